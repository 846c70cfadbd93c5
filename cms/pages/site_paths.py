"""Where a page is on the public site, from Wagtail's internal `url_path` alone.

For code that has a path but no page to ask, such as a deleted page, a path before a move, or
rows read with `values_list`: Wagtail's `Page.get_url_parts()` needs the page itself.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from wagtail.models import Site


def serving_roots(url_path, roots=None):
    """The Site roots `url_path` lies under, the closest first. Pass `roots` to read them once."""
    roots = Site.get_site_root_paths() if roots is None else roots
    serving = [root for root in roots if url_path.startswith(root.root_path)]
    return sorted(serving, key=lambda root: len(root.root_path), reverse=True)


def path_on_site(url_path, root):
    """The path readers type on that root's Site, e.g. "/glossary/api/", or "/de/glossar/api/"
    under the German translation of its home page."""
    path = url_path[len(root.root_path) :]
    if not settings.WAGTAIL_I18N_ENABLED:
        return reverse("wagtail_serve", args=(path,))
    with translation.override(root.language_code):
        return reverse("wagtail_serve", args=(path,))
