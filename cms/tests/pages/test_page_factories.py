"""Every page type has a factory in its app's `factories` module, and what it builds is a page readers can open."""

from importlib import import_module

from django.apps import apps
from django.utils.module_loading import module_has_submodule

from wagtail.models import Page, Site, get_page_models
from wagtail.test.utils import WagtailPageTestCase
from wagtail_factories import PageFactory


def page_factories():
    """Each app's page factories by the page model they build."""
    factories = {}
    for app in apps.get_app_configs():
        if not module_has_submodule(app.module, "factories"):
            continue
        for value in vars(import_module(f"{app.name}.factories")).values():
            if isinstance(value, type) and issubclass(value, PageFactory) and value._meta.model is not Page:
                factories[value._meta.model] = value
    return factories


class PageFactoryTests(WagtailPageTestCase):
    def test_every_page_type_has_a_factory(self):
        self.assertEqual(
            {model.__name__ for model in page_factories()},
            {model.__name__ for model in get_page_models() if model is not Page},
        )

    def test_each_factory_builds_a_valid_page_readers_can_route_to_and_open(self):
        """Built top-down from the tree's root, each page under one of a type its model allows as parent."""
        Page.objects.filter(depth=2).delete()  # Wagtail's welcome page, and its Site with it
        built = [Page.get_first_root_node()]
        pending = page_factories()
        while pending:
            placeable = [(model, parent) for model in pending for parent in built if model.can_create_at(parent)]
            self.assertTrue(placeable, f"No page in the tree may hold a {', '.join(m.__name__ for m in pending)}")
            model, parent = placeable[0]
            page = pending.pop(model)(parent=parent)
            if page.depth == 2:  # a page under the root node is reachable only as a site's root
                Site.objects.create(hostname="localhost", port=80, root_page=page, is_default_site=True)
            built.append(page)
            with self.subTest(model.__name__):
                self.assertIsInstance(page, model)
                page.full_clean()
                self.assertPageIsRoutable(page)
                self.assertPageIsRenderable(page)
