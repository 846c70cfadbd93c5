import { BasicPageView, isCrumbList } from "@/components/pages/BasicPageView";
import { BlogArticleView } from "@/components/pages/BlogArticleView";
import { BlogIndexView } from "@/components/pages/BlogIndexView";
import { GlossaryEntryView } from "@/components/pages/GlossaryEntryView";
import { GlossaryIndexView } from "@/components/pages/GlossaryIndexView";
import { HomeView } from "@/components/pages/HomeView";
import { type DetailPage, isPageOfType, pathOf } from "@/lib/cms";
import type { Locale } from "@/lib/i18n/locales";
import { type ArticleListing, FIRST_LISTING } from "@/lib/paths";

/**
 * Any page as the API details it, live or a draft, laid out for its type. `listing` picks a
 * blog index's page of articles and tag; without it, an index shows its first page. `locale`:
 * the page's language, which the front-end's own words are in.
 */
export function PageView({ page, listing, locale }: { page: DetailPage; listing?: ArticleListing; locale: Locale }) {
  if (isPageOfType(page, "home.HomePage")) {
    return <HomeView page={page} locale={locale} />;
  }
  if (isPageOfType(page, "glossary.GlossaryIndexPage")) {
    return <GlossaryIndexView page={page} locale={locale} />;
  }
  if (isPageOfType(page, "glossary.GlossaryPage")) {
    return <GlossaryEntryView page={page} locale={locale} />;
  }
  if (isPageOfType(page, "blog.BlogIndexPage")) {
    const indexListing = listing ?? { indexPath: pathOf(page.meta.html_url) ?? "/", ...FIRST_LISTING };
    return <BlogIndexView page={page} listing={indexListing} locale={locale} />;
  }
  if (isPageOfType(page, "blog.BlogPage")) {
    return <BlogArticleView page={page} locale={locale} />;
  }
  return (
    <BasicPageView
      title={page.title}
      breadcrumb={"breadcrumb" in page && isCrumbList(page.breadcrumb) ? page.breadcrumb : []}
      locale={locale}
    />
  );
}
