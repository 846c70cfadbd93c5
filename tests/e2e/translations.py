"""German translations of pages, as an editor's translation live on the site."""

from wagtail.models import Locale


def translated(page, *, publish=True, **german_fields):
    """The page's German translation with `german_fields` in German: live, or a saved draft."""
    german = page.copy_for_translation(Locale.objects.get(language_code="de"))
    for name, value in german_fields.items():
        setattr(german, name, value)
    revision = german.save_revision()
    if publish:
        revision.publish()
    return german
