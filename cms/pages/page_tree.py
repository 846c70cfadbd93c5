"""Where every page is, read once per generation (cms.caching.generation_memo) in each process.

Serving a page and linking to one need only its url_path and its type, which only a publish
or a move changes. Wagtail walks the tree a query per level to route a request, and fetches
linked pages one rich text at a time; with this table in memory both cost nothing. A
thousand pages take about 100 kB here.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page

from cms.caching.generation_memo import PerGeneration


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
