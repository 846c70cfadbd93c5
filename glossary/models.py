from functools import cached_property
from itertools import groupby

from modelcluster.fields import ParentalKey

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import OuterRef, Q, Subquery, prefetch_related_objects
from django.db.models.functions import Lower
from django.http import Http404, HttpResponse
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Orderable, Page, TranslatableMixin
from wagtail.search import index

from . import conf
from .alphabets import LETTERS, index_order, letter_of
from .api_fields import TermGroupsAPIField, TermLinksAPIField, TextListAPIField
from .blocks import new_entry_body
from .forms import entry_form_class
from .term_index import alias_names_by_page, linked_term_ids
from .versions import PerVersion
from .widgets import CharacterCountTextarea

SUMMARY_MAX_LENGTH = 300
FILTER_MAX_LENGTH = 100
# The index shows this many terms to a page, A to Z, with the A-Z navigation above them.
TERMS_PER_PAGE = 100
# Where the index serves its dataset, below its own URL.
DATASET_PATH = "jsonld/"
LISTING_FIELDS = ("id", "title", "slug", "url_path", "summary", "path", "depth", "locale", "translation_key")

# Locale id -> language code, read once per terms version rather than once per page.
LOCALE_LANGUAGES = PerVersion(lambda: dict(Locale.objects.values_list("pk", "language_code")))


def language_of(page):
    """The page's language code ("en", "de"), as schema.org's `inLanguage` and the index's alphabet want it."""
    return LOCALE_LANGUAGES.get().get(page.locale_id) or page.locale.language_code


def ids_by_letter():
    ids = {}
    for pk, title, language in GlossaryPage.objects.values_list("pk", "title", "locale__language_code"):
        ids.setdefault(letter_of(title, language), []).append(pk)
    return ids


# Entry ids under each A-Z heading of their language, for the API's `letter` filter: titles change only on publish.
IDS_BY_LETTER = PerVersion(ids_by_letter)
# An index's live terms in its A-Z order and their initial letters, by index id.
INDEX_TITLES = PerVersion(dict)


def grouped(terms, language_code):
    """(letter, terms) pairs of terms already in the language's index order."""
    return [
        (letter, list(group)) for letter, group in groupby(terms, key=lambda term: letter_of(term.title, language_code))
    ]


def compact(node):
    """The JSON-LD node without its empty values."""
    return {key: value for key, value in node.items() if value not in (None, "", [])}


class AbstractGlossaryIndexPage(RoutablePageMixin, Page):
    """The glossary: an introduction, then every live entry A to Z, a page of them at a time;
    at `jsonld/`, its live, public entries as a JSON-LD DefinedTermSet to download."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    # Site menus list it (Wagtail's "Show in menus", which editors can untick).
    show_in_menus_default = True
    subpage_types = ["glossary.GlossaryPage"]
    # One glossary, translated into each language (a translation is a copy, not a page added here).
    max_count = 1
    glossary_content_panels = [FieldPanel("intro", heading=_("Intro"))]
    glossary_api_fields = [APIField("intro"), APIField("terms", serializer=TermGroupsAPIField(source="term_groups"))]
    # The terms this render shows, for its JSON-LD (set by get_context).
    terms_on_page = ()

    class Meta:
        abstract = True

    @path(DATASET_PATH, name="dataset")
    def dataset(self, request):
        from .term_files import live_terms_dataset

        return HttpResponse(live_terms_dataset(self, request), content_type="application/ld+json; charset=utf-8")

    def dataset_url(self):
        return self.url + self.reverse_subpage("dataset") if self.url else None

    def serve_preview(self, request, mode_name):
        # The page's own preview (or its base's), not RoutablePageMixin's, which serves the "" route.
        return super(RoutablePageMixin, self).serve_preview(request, mode_name)

    def live_terms(self):
        return GlossaryPage.objects.child_of(self).live().public().order_by(Lower("title")).only(*LISTING_FIELDS)

    def term_groups(self):
        """Every live term A-Z as (letter, terms) pairs, for the API."""
        language = language_of(self)
        terms = self.live_terms().prefetch_related("term_aliases")
        return grouped(sorted(terms, key=lambda term: index_order(term.title, language)), language)

    def titles_and_letters(self, query):
        """`titles_in_order(query)` and the initial letters among them, in order. Without a query
        they are worked out once per terms version: they change only when the glossary does."""
        if query:
            return self.with_letters(self.titles_in_order(query))
        known = INDEX_TITLES.get()
        if self.pk not in known:
            known[self.pk] = self.with_letters(self.titles_in_order(""))
        return known[self.pk]

    def with_letters(self, rows):
        language = language_of(self)
        return rows, list(dict.fromkeys(letter_of(title, language) for _pk, title in rows))

    def titles_in_order(self, query):
        """(id, title) of every live term in the index's language's A-Z order; with `query`, of those
        whose title or an alias contains it. Titles only: a page shows at most TERMS_PER_PAGE terms
        in full. The index's entries are its children: the German index lists the German entries."""
        terms = GlossaryPage.objects.child_of(self).live().public()
        if query:
            aliased = GlossaryAlias.objects.filter(name__icontains=query).values("page_id")
            terms = terms.filter(Q(title__icontains=query) | Q(pk__in=aliased))
        rows = terms.order_by(Lower("title")).values_list("pk", "title")
        language = language_of(self)
        return sorted(rows, key=lambda row: index_order(row[1], language))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        query = " ".join(request.GET.get("q", "").split())[:FILTER_MAX_LENGTH]
        selected = request.GET.get("letter")
        if selected is not None:
            selected = selected.upper()
            if selected not in LETTERS:
                raise Http404("No such letter.")
        language = language_of(self)
        rows, context["letters"] = self.titles_and_letters(query)
        if selected is not None:
            rows = [(pk, title) for pk, title in rows if letter_of(title, language) == selected]
        try:
            shown = Paginator(rows, TERMS_PER_PAGE).page(request.GET.get("page", 1))
        except (EmptyPage, PageNotAnInteger) as error:
            raise Http404("No such page of terms.") from error
        found = with_alias_names(
            GlossaryPage.objects.live().public().only(*LISTING_FIELDS).in_bulk([pk for pk, _title in shown])
        )
        self.terms_on_page = [found[pk] for pk, _title in shown if pk in found]
        context["selected_letter"] = selected
        context["groups"] = grouped(self.terms_on_page, language)
        context["terms_page"] = shown
        context["query"] = query
        context["match_count"] = shown.paginator.count
        return context

    def json_ld_node(self, request, trail=None):
        """The index as a schema.org DefinedTermSet with the terms this render shows, all in its language."""
        language = language_of(self)
        terms = [
            {"@type": "DefinedTerm", "name": term.title, "url": term.get_full_url(request), "inLanguage": language}
            for term in self.terms_on_page
        ]
        return compact(
            {
                "@type": "DefinedTermSet",
                "name": self.title,
                "description": self.search_description,
                "url": self.get_full_url(request),
                "inLanguage": language,
                "hasDefinedTerm": terms,
            }
        )


class TermLinksMixin(models.Model):
    """Glossary terms linked where the body mentions them, when the page is rendered (glossary.term_index)."""

    link_glossary_terms = models.BooleanField(
        default=True,
        help_text=_(
            "Link the first mention of each glossary term in the body to its entry, with the entry's "
            "summary as a tooltip. The text you wrote is not changed. Untick to show the body without them."
        ),
    )

    term_links_panels = [FieldPanel("link_glossary_terms")]
    term_links_api_fields = [APIField("linked_terms", serializer=TermLinksAPIField())]

    class Meta:
        abstract = True

    def linked_terms(self):
        return live_terms_with_ids(linked_term_ids(self), self.locale_id)


class RelatedTermsMixin(models.Model):
    """A page that links to related glossary terms: its RelatedTerm subclass's ParentalKey
    has related_name="related_terms"."""

    related_terms_api_fields = [APIField("related_terms", serializer=TermLinksAPIField(source="live_related_terms"))]

    class Meta:
        abstract = True

    def live_related_terms(self):
        return live_terms_in_order(self.related_terms, self.locale_id)

    @classmethod
    def prefetch_for_listing(cls, pages):
        """The related-term links of many pages, and the terms they name, in a few queries a locale."""
        prefetch_related_objects(pages, "related_terms")
        term_ids = {}
        for page in pages:
            term_ids.setdefault(page.locale_id, []).extend(link.term_id for link in page.related_terms.all())
        for locale_id, ids in term_ids.items():
            live_terms_with_ids(ids, locale_id)


class AbstractGlossaryPage(RelatedTermsMixin, TermLinksMixin, Page):
    """A glossary entry: a summary, and a body with a definition, advantages and applications."""

    summary = models.TextField(
        max_length=SUMMARY_MAX_LENGTH,
        validators=[MaxLengthValidator(SUMMARY_MAX_LENGTH)],
        help_text=format_lazy(
            _(
                "One or two plain sentences (at most {limit} characters), shown in "
                "listings and as the description in search results."
            ),
            limit=SUMMARY_MAX_LENGTH,
        ),
    )
    body = StreamField(conf.imported("GLOSSARY_BODY_BLOCK")(), default=new_entry_body)
    last_reviewed = models.DateField(null=True, blank=True, help_text=_("When an expert last checked this entry."))

    glossary_content_panels = [
        FieldPanel("summary", heading=_("Summary"), widget=CharacterCountTextarea),
        FieldPanel("body", heading=_("Body")),
        MultiFieldPanel(
            [
                InlinePanel("term_aliases", label=_("Alias"), heading=_("Aliases")),
                InlinePanel("related_terms", label=_("Related term"), heading=_("Related terms")),
                FieldPanel("last_reviewed", heading=_("Last reviewed")),
            ],
            heading=_("Connections"),
        ),
    ]
    glossary_api_fields = [
        APIField("summary", writable=True),
        APIField("aliases", serializer=TextListAPIField(source="alias_names")),
        APIField("body", writable=True),
        *RelatedTermsMixin.related_terms_api_fields,
        *TermLinksMixin.term_links_api_fields,
        APIField("last_reviewed", writable=True),
    ]
    # API v2 filters of the pages listing, as dotted paths (Wagtail's API cannot be imported while models load).
    api_filters = ["glossary.api_filters.LetterFilter"]
    glossary_search_fields = [
        index.SearchField("summary", boost=2),
        index.RelatedFields("term_aliases", [index.SearchField("name", boost=3)]),
        index.SearchField("body"),
    ]

    parent_page_types = ["glossary.GlossaryIndexPage"]
    subpage_types = []

    class Meta:
        abstract = True

    def editorial_problems(self):
        """What an entry needs beyond valid blocks: a definition, advantages and applications.

        Only their presence: a definition's text and a list's first item are the blocks' own rules.
        """
        kinds = {block.block_type for block in self.body}
        required = {
            "definition": gettext("The entry needs a definition with some text."),
            "advantages": gettext("The entry needs an advantages block with at least one item."),
            "applications": gettext("The entry needs an applications block with at least one item."),
        }
        return [problem for kind, problem in required.items() if kind not in kinds]

    @classmethod
    def prefetch_for_listing(cls, pages):
        prefetch_related_objects(pages, "locale", "term_aliases")
        super().prefetch_for_listing(pages)

    @cached_property
    def alias_names(self):
        return [alias.name for alias in self.term_aliases.all()]

    def filter_text(self):
        """What the glossary index's filter-as-you-type matches: the title and the aliases."""
        return " ".join([self.title, *self.alias_names]).lower()

    def json_ld_node(self, request, trail=None):
        """The entry as a schema.org DefinedTerm in its glossary's DefinedTermSet; `trail`, when
        given, runs from the site's home page to this entry."""
        glossary = trail[-2] if trail else self.get_parent()
        language = language_of(self)
        return compact(
            {
                "@type": "DefinedTerm",
                "name": self.title,
                "description": self.summary,
                "url": self.get_full_url(request),
                "inLanguage": language,
                "alternateName": self.alias_names,
                "inDefinedTermSet": {
                    "@type": "DefinedTermSet",
                    "name": glossary.title,
                    "url": glossary.get_full_url(request),
                    "inLanguage": language,
                },
            }
        )


def with_alias_names(terms):
    """`terms` ({id: entry}) with each entry's `alias_names` read for all of them in one query."""
    names = alias_names_by_page(GlossaryAlias.objects.filter(page_id__in=terms))
    for pk, term in terms.items():
        term.alias_names = names.get(pk, [])
    return terms


def live_terms_in_order(related_terms, locale_id):
    """The live, public terms of the locale among a page's related-term links, in the editor's order.

    A link to an entry of another locale shows that entry's live, public translation in the
    locale, or nothing. Reads the links through the page's cluster, so previews of unsaved
    drafts show the links the editor just chose.
    """
    return live_terms_with_ids([link.term_id for link in related_terms.all()], locale_id)


# Terms as listings show them, by (id, locale id): the entry, or its translation, in that locale;
# None where the locale has no live, public one.
LISTED_TERMS = PerVersion(dict)


def live_terms_with_ids(ids, locale_id):
    """The live, public entries of the locale that are, or translate, the entries `ids`, in that
    order and each once; each is read once per terms version."""
    known = LISTED_TERMS.get()
    missing = {term_id for term_id in ids if (term_id, locale_id) not in known}
    if missing:
        in_locale = GlossaryPage.objects.live().public().filter(locale_id=locale_id)
        shown = Subquery(in_locale.filter(translation_key=OuterRef("translation_key")).values("pk")[:1])
        shown_ids = dict(GlossaryPage.objects.filter(pk__in=missing).annotate(shown=shown).values_list("pk", "shown"))
        live = (
            GlossaryPage.objects.only(*LISTING_FIELDS)
            .prefetch_related("term_aliases")
            .in_bulk({pk for pk in shown_ids.values() if pk is not None})
        )
        known.update({(term_id, locale_id): live.get(shown_ids.get(term_id)) for term_id in missing})
    terms = (known[term_id, locale_id] for term_id in ids)
    return list({term.pk: term for term in terms if term is not None}.values())


PAGE_BASE = conf.page_base()
INDEX_PAGE_BASE = conf.index_page_base()


class GlossaryIndexPage(AbstractGlossaryIndexPage, INDEX_PAGE_BASE):
    content_panels = INDEX_PAGE_BASE.content_panels + AbstractGlossaryIndexPage.glossary_content_panels
    api_fields = [*getattr(INDEX_PAGE_BASE, "api_fields", ()), *AbstractGlossaryIndexPage.glossary_api_fields]

    class Meta:
        verbose_name = _("glossary index")


class GlossaryPage(AbstractGlossaryPage, PAGE_BASE):  # noqa: DJ008  Page.__str__ gives the title.
    content_panels = PAGE_BASE.content_panels + AbstractGlossaryPage.glossary_content_panels
    promote_panels = PAGE_BASE.promote_panels + TermLinksMixin.term_links_panels
    api_fields = [*getattr(PAGE_BASE, "api_fields", ()), *AbstractGlossaryPage.glossary_api_fields]
    search_fields = PAGE_BASE.search_fields + AbstractGlossaryPage.glossary_search_fields
    base_form_class = entry_form_class(PAGE_BASE)

    class Meta:
        verbose_name = _("glossary entry")
        verbose_name_plural = _("glossary entries")


class GlossaryAlias(TranslatableMixin, Orderable):
    """A name the entry is also known by; translatable, so each language's entry has its own."""

    page = ParentalKey(GlossaryPage, on_delete=models.CASCADE, related_name="term_aliases")
    name = models.CharField(max_length=120, help_text=_('A synonym or abbreviation, e.g. "back-end development".'))

    panels = [FieldPanel("name")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("alias")
        verbose_name_plural = _("aliases")
        constraints = [models.UniqueConstraint(fields=["page", "name"], name="unique_alias_per_term")]

    def __str__(self):
        return self.name


class RelatedTerm(Orderable):
    """A link from a page to a glossary entry; pages add their own ParentalKey."""

    term = models.ForeignKey(GlossaryPage, on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("term", heading=_("Term"))]

    class Meta(Orderable.Meta):
        abstract = True

    def __str__(self):
        return self.term.title


class GlossaryRelatedTerm(RelatedTerm):
    page = ParentalKey(GlossaryPage, on_delete=models.CASCADE, related_name="related_terms")


# The admin's terms imports (glossary.admin_imports).
from .admin_imports.models import TermImport  # noqa: E402, F401
