"""Wagtail's answers about where pages are and who may see them, from what each process keeps per generation.

Serving a page, linking to one and checking its privacy need only every page's `url_path`,
type and the view restrictions, which change only with a publish, unpublish, move, delete or
privacy change: each renews the page cache's generation (cms.caching.generation_memo), so
they are read once per generation here instead of by Wagtail's queries on every render.
Queries each saves per render:

- `tree.site_for_request` for `Site.find_for_request` (1 or 2 per request, asked once per host);
- `tree.route_for_request` for `Page.route_for_request` (the active Locale, the home page and
  its specific page: 3 per page served);
- `tree.RoutesByUrlPath.route` for `Page.route` (a query per tree level: 3 for an entry);
- `links.CachedPageLinkHandler` for `PageLinkHandler` (2 per rich text with page links: 6 for an
  entry, 120 for an API listing of 20);
- `privacy.PageQuerySet.private_q`, behind `.public()`, for Wagtail's (1 per queryset);
- `privacy.view_restrictions` for `Page.get_view_restrictions` (2 for every page served);
- `tree.url_maker` for `Page.get_url()`, where there is a url_path but no page (rich-text page links).

docs/performance.md, "Wagtail's own paths vs ours", has the measurements. Each answer is
compared with Wagtail's own for every page of a generated site by
cms/tests/pages/test_fast_paths.py, which also fails when a page type overrides what these
bypass (`route`, `get_url_parts`) or translation is switched on (Wagtail's answers then
depend on the locale): a Wagtail upgrade or a new page type cannot make them drift silently.
"""
