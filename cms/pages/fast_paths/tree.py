"""Where every page is: the page tree (about 100 kB a thousand pages) and the Site roots."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page, Site

from cms.caching.generation_memo import PerGeneration
from cms.pages.site_paths import path_on_site, serving_roots


@dataclass(frozen=True)
class PageTree:
    url_paths: dict  # page id -> url_path
    by_url_path: dict  # url_path -> (page id, content type id)


def read_tree():
    rows = list(Page.objects.values_list("pk", "url_path", "content_type_id"))
    return PageTree(
        url_paths={pk: url_path for pk, url_path, _type in rows},
        by_url_path={url_path: (pk, content_type) for pk, url_path, content_type in rows},
    )


TREE = PerGeneration(read_tree)


def url_paths_of(ids):
    """The url_path of each page id (strings from rich text included); None for a missing page.

    A page created since the generation began (a draft: publishing starts a new one) is read
    from the database.
    """
    ids = [int(pk) if str(pk).isdigit() else None for pk in ids]
    known = TREE.get().url_paths
    missing = {pk for pk in ids if pk is not None and pk not in known}
    read = dict(Page.objects.filter(pk__in=missing).values_list("pk", "url_path")) if missing else {}
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


def url_maker():
    """Turns a url_path into the URL `Page.get_url()` gives (None off every Site)."""
    roots = SITE_ROOTS.get()
    single_site = len({root.site_id for root in roots}) == 1

    def url(url_path):
        serving = serving_roots(url_path, roots)
        if not serving:
            return None
        path = path_on_site(url_path, serving[0])
        return path if single_site else serving[0].root_url + path

    return url
