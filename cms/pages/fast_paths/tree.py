"""Where every page is: the page tree (about 100 kB a thousand pages) and the Site roots."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import DisallowedHost
from django.http import Http404
from django.utils import translation

from wagtail.coreutils import get_supported_content_language_variant
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
SITES_BY_HOST = PerGeneration(dict)
# Hosts are checked against ALLOWED_HOSTS; the bound keeps the memo small under a wide list.
MAX_HOSTS = 100


def site_for_request(request):
    """`Site.find_for_request(request)`, asked of Wagtail once per host and port in each generation.

    The answer is left where Wagtail keeps it for the request (`request._wagtail_site`), so
    every later `Site.find_for_request` of the request reads it from there."""
    if not hasattr(request, "_wagtail_site"):
        try:
            key = (request.get_host(), request.get_port())
        except DisallowedHost:  # the 400 page of a request for a host not in ALLOWED_HOSTS
            return Site.find_for_request(request)
        sites = SITES_BY_HOST.get()
        if key not in sites:
            if len(sites) >= MAX_HOSTS:
                sites.clear()
            sites[key] = Site.find_for_request(request)
        request._wagtail_site = sites[key]
    return request._wagtail_site


def localized_root_path(site):
    """The url_path of the Site's home page in the active language, as `site.root_page.localized`
    finds it (any translation, live or not; the Site's own root page when there is none)."""
    try:
        language = get_supported_content_language_variant(translation.get_language() or settings.LANGUAGE_CODE)
    except LookupError:
        language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    for root in SITE_ROOTS.get():
        if root.site_id == site.pk and root.language_code == language:
            return root.root_path
    return site.root_page.url_path


def route_for_request(request, path):
    """`Page.route_for_request(request, path)`, the route of a path ("glossary/api/") on the
    request's Site in the active language.

    Wagtail reads the Site, the active Locale, the home page and its specific page before it
    routes. Where a page has the path, it is read in one query and routed here, and the answer
    is left where Wagtail keeps it for the request (`request._wagtail_route_for_request`), so
    Wagtail reads none of them. Any other path (a routable page's own route, or a path no page
    has) is routed by Wagtail."""
    site = site_for_request(request)
    if site is not None and not hasattr(request, "_wagtail_route_for_request"):
        page = page_at(localized_root_path(site) + "".join(f"{part}/" for part in path.split("/") if part))
        if page is not None:
            try:
                request._wagtail_route_for_request = page.route(request, [])
            except Http404:
                request._wagtail_route_for_request = None
    return Page.route_for_request(request, path)


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
