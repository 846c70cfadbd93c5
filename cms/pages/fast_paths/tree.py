"""Where every page is: the page tree (about 100 kB a thousand pages) and the Site roots."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page, Site

from cms.caching.generation_memo import PerGeneration
from cms.pages.site_paths import path_on_site, serving_roots


@dataclass(frozen=True)
class TreePlace:
    url_path: str
    translation_key: object
    language_code: str


PLACE_FIELDS = ("url_path", "translation_key", "locale__language_code")


@dataclass(frozen=True)
class PageTree:
    places: dict  # page id -> TreePlace
    by_url_path: dict  # url_path -> (page id, content type id)


def read_tree():
    rows = list(Page.objects.values_list("pk", "content_type_id", *PLACE_FIELDS))
    return PageTree(
        places={pk: TreePlace(*place) for pk, _type, *place in rows},
        by_url_path={place[0]: (pk, content_type) for pk, content_type, *place in rows},
    )


TREE = PerGeneration(read_tree)


def places_of(ids):
    """Where each page id is (strings from rich text included): a TreePlace, None for a missing page.

    A page created since the generation began (a draft: publishing starts a new one) is read
    from the database.
    """
    ids = [int(pk) if str(pk).isdigit() else None for pk in ids]
    known = TREE.get().places
    missing = {pk for pk in ids if pk is not None and pk not in known}
    read = {}
    if missing:
        read = {
            pk: TreePlace(*place) for pk, *place in Page.objects.filter(pk__in=missing).values_list("pk", *PLACE_FIELDS)
        }
    return [known.get(pk, read.get(pk)) for pk in ids]


def page_at(url_path):
    """The page at `url_path` as its specific type, in one query; None when no page has it."""
    found = TREE.get().by_url_path.get(url_path)
    if found is None:
        return None
    pk, content_type_id = found
    model = ContentType.objects.get_for_id(content_type_id).model_class() or Page
    return model.objects.filter(pk=pk).first()


class RoutesByUrlPath:
    """For a Site's root page type: find the page for a URL by its url_path instead of walking
    the tree a query per level.

    No page type below routes sub-paths of its own (the differential test checks it); a path
    no page has is walked as Wagtail does, which gives the 404.
    """

    def route(self, request, path_components):
        page = path_components and page_at(self.url_path + "".join(f"{part}/" for part in path_components))
        if not page:
            return super().route(request, path_components)
        return page.route(request, [])


# Changing a Site renews the generation (cms.pages.signals), so each process reads them once.
SITE_ROOTS = PerGeneration(Site.get_site_root_paths)


def url_maker(absolute=False):
    """Turns a url_path into the URL `Page.get_url()` gives (`get_full_url()` when `absolute`;
    None off every Site)."""
    roots = SITE_ROOTS.get()
    single_site = len({root.site_id for root in roots}) == 1 and not absolute

    def url(url_path):
        serving = serving_roots(url_path, roots)
        if not serving:
            return None
        path = path_on_site(url_path, serving[0])
        return path if single_site else serving[0].root_url + path

    return url
