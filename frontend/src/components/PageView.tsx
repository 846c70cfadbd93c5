import { BasicPageView, isCrumbList } from "@/components/pages/BasicPageView";
import { BlogArticleView } from "@/components/pages/BlogArticleView";
import { BlogIndexView } from "@/components/pages/BlogIndexView";
import { GlossaryEntryView } from "@/components/pages/GlossaryEntryView";
import { GlossaryIndexView } from "@/components/pages/GlossaryIndexView";
import { HomeView } from "@/components/pages/HomeView";
import { type DetailPage, isPageOfType, pathOf } from "@/lib/cms";
import { type ArticleListing, FIRST_LISTING } from "@/lib/paths";

/**
 * Any page as the API details it, live or a draft, laid out for its type. `listing` picks a
 * blog index's page of articles and tag; without it, an index shows its first page.
 */
export function PageView({ page, listing }: { page: DetailPage; listing?: ArticleListing }) {
  if (isPageOfType(page, "home.HomePage")) {
    return <HomeView page={page} />;
  }
  if (isPageOfType(page, "glossary.GlossaryIndexPage")) {
    return <GlossaryIndexView page={page} />;
  }
  if (isPageOfType(page, "glossary.GlossaryPage")) {
    return <GlossaryEntryView page={page} />;
  }
  if (isPageOfType(page, "blog.BlogIndexPage")) {
    const indexListing = listing ?? { indexPath: pathOf(page.meta.html_url) ?? "/", ...FIRST_LISTING };
    return <BlogIndexView page={page} listing={indexListing} />;
  }
  if (isPageOfType(page, "blog.BlogPage")) {
    return <BlogArticleView page={page} />;
  }
  return <BasicPageView title={page.title} breadcrumb={"breadcrumb" in page && isCrumbList(page.breadcrumb) ? page.breadcrumb : []} />;
}
