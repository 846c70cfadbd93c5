"""The one signal that says what readers see has changed, for everything that keeps a copy of it.

``published_content_changed`` is sent once the change's transaction has committed (a change
that rolls back sends nothing), once for each change: a page published (also when Wagtail
only schedules the revision), unpublished (Wagtail unpublishes every live page it deletes,
just before deleting it), moved (to another parent, or among its siblings) or given a new
slug, made private or public again (a view restriction added, changed or removed), or a Site
saved or deleted. A publish that also changes the slug is two changes to Wagtail
(``page_published``, then ``page_slug_changed`` with the old path), and sends twice.

Arguments, besides ``sender`` (the changed page's specific class, or ``Site``):

- ``pages``: the changed pages: the page, and its live descendants when a move to another
  parent, a new slug or a view restriction changed their URLs or who may see them. ``None``
  for a Site: any page's URL may have changed.
- ``page_ids``: their ids, read before the change committed (a deleted page's object has
  none by then). ``None`` for a Site.
- ``url_paths``: the Wagtail ``url_path`` of every page whose rendering shows the change,
  before and after it (a moved page's old paths too), collected before the change committed,
  while a deleted page, its place in the tree and the references to it still existed. Which
  pages show a page is the page type's answer (``BasePage.get_url_paths_showing()``). Empty
  for a reorder among siblings (no URL changed, no page shows the order) and for a Site (no
  list of URLs covers a new host name).

Receivers retire what they keep: the page cache's generation (which retires every cached
page and everything kept per generation) and the CDN, by URL (``cms.caching.purge``).
(The glossary app keeps its terms version from Wagtail's own signals: ``glossary.versions``.)
Webhooks are not receivers: their outbox
rows are written inside the change's transaction (``cms.webhooks.events``). This module
imports nothing but Django, so that an app can listen without depending on anything else here.
"""

from django.dispatch import Signal

published_content_changed = Signal()
