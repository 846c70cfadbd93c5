"""Facts about the published site that each process keeps until anything is published.

The page cache's generation (`cms.caching.page_cache.GENERATION`, a `cms.caching.shared_token.SharedToken`)
is renewed, once the change commits, whenever readers' view of the tree changes: a page
published, unpublished, moved (reordered among its siblings too) or deleted, its privacy or a
Site changed (`cms.pages.signals.published_content_changed`, received by `cms.caching.purge`).
A value built for one generation is therefore good until the next, in every process. The
generation is read before the data, so a value is never labelled newer than what it was
built from.

Keys that name pages use `url_path`, which only a publish or a move changes.
"""

from cms.caching.page_cache import GENERATION


class PerGeneration:
    """`build()`'s result, built again when the generation has changed since it was built."""

    def __init__(self, build):
        self.build = build
        self.built = (None, None)

    def get(self):
        generation = GENERATION.current()
        built_for, value = self.built
        if built_for != generation:
            value = self.build()
            self.built = (generation, value)
        return value
