from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import prefetch_related_objects
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.api.fields import ArticleLinksAPIField, AuthorsAPIField, ImageAPIField, TagsAPIField
from cms.caching.generation_memo import PerGeneration
from cms.pages.base import BasePage, SectionPage
from cms.pages.blocks import BaseStreamBlock
from cms.pages.seo import article_dates, compact, page_language, share_image_url
from glossary.models import GlossaryPage, RelatedTerm, RelatedTermsMixin, TermLinksMixin
from glossary.widgets import CharacterCountTextarea

PAGE_SIZE = 10
RECENT_ARTICLES = 3
INTRO_MAX_LENGTH = 500


class Author(index.Indexed, models.Model):
    name = models.CharField(max_length=120)
    role = models.CharField(max_length=120, blank=True, help_text=_("E.g. Backend Engineer."))
    photo = models.ForeignKey("wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    panels = [
        FieldPanel("name", heading=_("Name")),
        FieldPanel("role", heading=_("Role")),
        FieldPanel("photo", heading=_("Photo")),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class BlogIndexPage(SectionPage):
    # The header's navigation lists it (Wagtail's "Show in menus", which editors can untick).
    show_in_menus_default = True
    parent_page_types = ["home.HomePage"]
    subpage_types = ["blog.BlogPage"]

    class Meta:
        verbose_name = _("blog index")

    def live_posts(self):
        return (
            BlogPage.objects.child_of(self)
            .live()
            .public()
            .order_by("-date", "-first_published_at")
            .prefetch_related("authors__author__photo", "tagged_items__tag")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        posts = self.live_posts()
        tag = None
        if "tag" in request.GET:
            # Only tags on live articles exist for readers: a draft's tag must not show through.
            tag = Tag.objects.filter(slug=request.GET["tag"], blog_blogpagetag_items__content_object__in=posts).first()
            if tag is None:
                raise Http404("No such tag.")
            posts = posts.filter(tags=tag)
        paginator = Paginator(posts, PAGE_SIZE)
        try:
            context["posts"] = paginator.page(request.GET.get("page", 1))
        except (EmptyPage, PageNotAnInteger) as error:
            raise Http404("No such page of articles.") from error
        context["tag"] = tag
        return context


class BlogPageTag(TaggedItemBase):
    content_object = ParentalKey("blog.BlogPage", on_delete=models.CASCADE, related_name="tagged_items")


class BlogPage(RelatedTermsMixin, TermLinksMixin, BasePage):
    date = models.DateField(_("Post date"), default=timezone.localdate)
    intro = models.TextField(
        max_length=INTRO_MAX_LENGTH,
        validators=[MaxLengthValidator(INTRO_MAX_LENGTH)],
        help_text=_("One or two sentences shown in listings and as the search description."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = StreamField(BaseStreamBlock())
    tags = ClusterTaggableManager(through=BlogPageTag, blank=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("date"),
                InlinePanel("authors", label=_("Author"), min_num=1),
                FieldPanel("tags", heading=_("Tags")),
            ],
            heading=_("About this article"),
        ),
        FieldPanel("intro", heading=_("Intro"), widget=CharacterCountTextarea),
        FieldPanel("hero_image", heading=_("Hero image")),
        FieldPanel("body", heading=_("Body")),
        InlinePanel("related_terms", label=_("Related glossary term"), heading=_("Related glossary terms")),
    ]

    promote_panels = BasePage.promote_panels + TermLinksMixin.term_links_panels

    api_fields = BasePage.api_fields + [
        *BasePage.reading_time_api_fields,
        APIField("date", writable=True),
        APIField("authors", serializer=AuthorsAPIField(source="author_list")),
        APIField("tags", serializer=TagsAPIField(source="tag_list")),
        APIField("intro", writable=True),
        APIField("hero_image", serializer=ImageAPIField()),
        APIField("body", writable=True),
        *RelatedTermsMixin.related_terms_api_fields,
        *TermLinksMixin.term_links_api_fields,
        APIField("recent_articles", serializer=ArticleLinksAPIField()),
    ]
    api_filters = ["blog.api_filters.TagFilter"]

    search_fields = BasePage.search_fields + [
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []
    search_label = _("Blog article")
    og_type = "article"

    class Meta:
        verbose_name = _("blog article")

    @classmethod
    def newest(cls, limit, locale_id, exclude=None):
        """The newest live, public articles of the locale (at most RECENT_ARTICLES), for sidebars
        and the home page."""
        articles = [article for article in newest_in(locale_id) if exclude is None or article.pk != exclude.pk]
        return articles[:limit]

    @classmethod
    def recent(cls, page):
        """The "Recent Articles" sidebar of an entry or an article: the newest articles in its language."""
        return cls.newest(RECENT_ARTICLES, page.locale_id, exclude=page)

    def get_listing_summary(self):
        return self.intro

    def get_url_paths_showing(self):
        """Every live entry and article in its language as well: their "Recent Articles" sidebar
        may list it, and a publish can move any article into or out of it."""
        return super().get_url_paths_showing() | set(
            Page.objects.live()
            .filter(locale_id=self.locale_id)
            .type(GlossaryPage, BlogPage)
            .values_list("url_path", flat=True)
        )

    def editorial_problems(self):
        """The admin form asks for an author; a draft saved any other way is checked here."""
        return [] if self.authors.all() else [gettext("The article needs at least one author.")]

    def get_share_image(self):
        return self.og_image or self.hero_image

    def get_post_date(self):
        return self.date

    def json_ld_node(self, request, trail):
        url = self.get_full_url(request)
        dates = article_dates(self) or {}
        language = page_language(self)
        return compact(
            {
                "@type": "BlogPosting",
                "headline": self.title,
                "description": self.intro,
                "datePublished": dates.get("published"),
                "dateModified": dates.get("modified"),
                "author": [
                    compact({"@type": "Person", "name": author.name, "jobTitle": author.role})
                    for author in self.author_list()
                ],
                "image": share_image_url(self, request),
                "url": url,
                "inLanguage": language,
                "mainEntityOfPage": {"@type": "WebPage", "@id": url, "inLanguage": language},
            }
        )

    @classmethod
    def prefetch_for_listing(cls, pages):
        prefetch_related_objects(pages, "locale", "hero_image", "authors__author__photo", "tagged_items__tag")
        super().prefetch_for_listing(pages)

    def recent_articles(self):
        return self.recent(self)

    def _links(self, relation, *select_related):
        """A child relation, from a listing's prefetch when there is one."""
        manager = getattr(self, relation)
        if relation in getattr(self, "_prefetched_objects_cache", {}):
            return manager.all()
        return manager.select_related(*select_related)

    def author_list(self):
        return [link.author for link in self._links("authors", "author__photo")]

    def tag_list(self):
        return [item.tag for item in self._links("tagged_items", "tag")]


# Locale id -> the locale's newest articles, one more than the sidebar shows: an article's own
# sidebar leaves itself out.
NEWEST = PerGeneration(dict)


def newest_in(locale_id):
    """The locale's newest live, public articles, read once per generation."""
    known = NEWEST.get()
    if locale_id not in known:
        articles = BlogPage.objects.live().public().filter(locale_id=locale_id)
        known[locale_id] = list(articles.order_by("-date", "-first_published_at")[: RECENT_ARTICLES + 1])
    return known[locale_id]


class BlogPageAuthor(Orderable):
    page = ParentalKey(BlogPage, on_delete=models.CASCADE, related_name="authors")
    author = models.ForeignKey(Author, on_delete=models.PROTECT, related_name="+")

    panels = [FieldPanel("author", heading=_("Author"))]

    def __str__(self):
        return str(self.author)


class BlogPageRelatedTerm(RelatedTerm):
    page = ParentalKey(BlogPage, on_delete=models.CASCADE, related_name="related_terms")
