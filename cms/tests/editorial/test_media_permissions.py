"""Images and documents: editors and reviewers change and delete only what they uploaded, and
only an administrator deletes a file that a live page uses, in API v3 and in the admin."""

import importlib
import json
from dataclasses import dataclass

import pytest

from django.apps import apps
from django.contrib.auth.models import Group, Permission, User
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import APIToken, Collection, GroupCollectionPermission
from wagtail_factories import DocumentFactory, ImageFactory

from blog.factories import AuthorFactory, BlogPageFactory
from blog.models import BlogPageAuthor
from cms.editorial.roles import EDITORS, REVIEWERS
from cms.tests.html import soup, texts
from cms.tests.people import member
from glossary.factories import GlossaryPageFactory, glossary_body


@dataclass(frozen=True)
class Kind:
    name: str
    model: type
    factory: type
    api: str
    delete_url_name: str
    edit_url_name: str
    index_url_name: str

    def block(self, obj):
        """A body block showing `obj` on a glossary entry."""
        if self.name == "image":
            return {"type": "image", "value": {"image": obj.pk, "alt_text": "A picture", "caption": ""}}
        link = f'<p>Read <a linktype="document" id="{obj.pk}">the report</a>.</p>'
        return {"type": "conclusion", "value": {"heading": "Conclusion", "text": link}}


IMAGE = Kind(
    "image",
    get_image_model(),
    ImageFactory,
    "/api/v3/images/",
    "wagtailimages:delete",
    "wagtailimages:edit",
    "wagtailimages:index",
)
DOCUMENT = Kind(
    "document",
    get_document_model(),
    DocumentFactory,
    "/api/v3/documents/",
    "wagtaildocs:delete",
    "wagtaildocs:edit",
    "wagtaildocs:index",
)
KINDS = pytest.mark.parametrize("kind", [IMAGE, DOCUMENT], ids=["image", "document"])


@pytest.fixture
def people(db):
    return {
        "editor": member("edie", EDITORS),
        "other_editor": member("eve", EDITORS),
        "reviewer": member("rex", REVIEWERS),
        "admin": User.objects.create_superuser("ada", "ada@example.com", "pass"),
    }


def upload(kind, title, user):
    root = Collection.get_first_root_node()
    if kind is DOCUMENT:
        return DocumentFactory(title=title, uploaded_by_user=user, collection=root, file__filename="report.pdf")
    return ImageFactory(title=title, uploaded_by_user=user, collection=root)


def bearer(user):
    _token, secret = APIToken.create_token(user=user, name=f"{user.username}'s front-end")
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


def use_on_page(tree, kind, obj, title="Backend", live=True):
    return GlossaryPageFactory(
        parent=tree.glossary, title=title, live=live, body=[*glossary_body(title), kind.block(obj)]
    )


def in_use_message(kind, obj, *titles):
    listed = ", ".join(f'"{title}"' for title in titles)
    return f'The {kind.name} "{obj.title}" is used by live pages: {listed}. Only an administrator can delete it.'


def not_yours(kind, obj, verb):
    return f'Only the person who uploaded the {kind.name} "{obj.title}", or an administrator, can {verb} it.'


def api_delete(client, kind, obj, user):
    response = client.delete(f"{kind.api}{obj.pk}/", **bearer(user))
    return response.status_code, response.json() if response.content else None


def api_patch(client, kind, obj, user, body):
    response = client.patch(
        f"{kind.api}{obj.pk}/", data=json.dumps(body), content_type="application/json", **bearer(user)
    )
    return response.status_code, response.json()


def exists(obj):
    return type(obj).objects.filter(pk=obj.pk).exists()


def messages_of(response):
    """The messages the page shows."""
    return [str(message) for message in response.context["messages"]]


# API v3


@KINDS
@pytest.mark.parametrize("role", ["editor", "reviewer"])
def test_api_an_uploader_deletes_their_own_unused_file(client, tree, people, kind, role):
    own = upload(kind, "Mine", people[role])
    assert api_delete(client, kind, own, people[role]) == (204, None)
    assert not exists(own)


@KINDS
@pytest.mark.parametrize("role", ["editor", "reviewer"])
def test_api_someone_elses_file_is_neither_deleted_nor_changed(client, tree, people, kind, role):
    theirs = upload(kind, "Theirs", people["other_editor"])
    status, body = api_delete(client, kind, theirs, people[role])
    assert (status, body["detail"]) == (403, not_yours(kind, theirs, "delete"))
    status, body = api_patch(client, kind, theirs, people[role], {"title": "Renamed"})
    assert (status, body["detail"]) == (403, not_yours(kind, theirs, "change"))
    theirs.refresh_from_db()
    assert theirs.title == "Theirs"


@KINDS
def test_api_an_uploader_changes_their_own_file(client, tree, people, kind):
    own = upload(kind, "Mine", people["editor"])
    status, body = api_patch(client, kind, own, people["editor"], {"title": "Renamed"})
    assert (status, body["title"]) == (200, "Renamed")


@KINDS
def test_api_a_file_a_live_page_uses_is_not_deleted_even_by_its_uploader(client, tree, people, kind):
    own = upload(kind, "Diagram", people["editor"])
    use_on_page(tree, kind, own, title="Backend")
    use_on_page(tree, kind, own, title="API")
    status, body = api_delete(client, kind, own, people["editor"])
    assert (status, body["detail"]) == (403, in_use_message(kind, own, "API", "Backend"))
    assert exists(own)


@KINDS
def test_api_a_draft_that_uses_a_file_does_not_keep_it(client, tree, people, kind):
    own = upload(kind, "Diagram", people["editor"])
    use_on_page(tree, kind, own, live=False)
    assert api_delete(client, kind, own, people["editor"]) == (204, None)


@KINDS
def test_api_a_live_page_keeps_its_file_while_only_a_draft_drops_it(client, tree, people, kind):
    own = upload(kind, "Diagram", people["editor"])
    page = use_on_page(tree, kind, own, title="Backend")
    page.body = glossary_body("Backend")
    page.save_revision(user=people["editor"])
    status, body = api_delete(client, kind, own, people["editor"])
    assert (status, body["detail"]) == (403, in_use_message(kind, own, "Backend"))


def test_api_an_authors_photo_on_a_live_article_is_in_use(client, tree, people):
    photo = upload(IMAGE, "Portrait", people["editor"])
    article = BlogPageFactory(parent=tree.blog, title="Why backends matter")
    article.authors = [BlogPageAuthor(author=AuthorFactory(name="Priya Raman", photo=photo))]
    article.save()
    status, body = api_delete(client, IMAGE, photo, people["editor"])
    assert (status, body["detail"]) == (403, in_use_message(IMAGE, photo, "Why backends matter"))


@KINDS
def test_api_an_administrator_deletes_a_file_a_live_page_uses(client, tree, people, kind):
    own = upload(kind, "Diagram", people["editor"])
    use_on_page(tree, kind, own)
    assert api_delete(client, kind, own, people["admin"]) == (204, None)
    assert not exists(own)


# The admin


@KINDS
def test_admin_lists_only_an_editors_own_files_and_refuses_a_typed_delete_url(client, tree, people, kind):
    upload(kind, "Mine", people["editor"])
    theirs = upload(kind, "Theirs", people["other_editor"])
    client.force_login(people["editor"])
    listing = client.get(reverse(kind.index_url_name)).content.decode()
    assert "Mine" in listing
    assert "Theirs" not in listing
    for method in (client.get, client.post):
        response = method(reverse(kind.delete_url_name, args=[theirs.pk]), follow=True)
        assert response.redirect_chain == [(reverse(kind.index_url_name), 302)]
        assert messages_of(response) == [not_yours(kind, theirs, "delete")]
    assert exists(theirs)


@KINDS
def test_admin_refuses_deleting_a_file_a_live_page_uses_and_says_why(client, tree, people, kind):
    own = upload(kind, "Diagram", people["editor"])
    use_on_page(tree, kind, own, title="Backend")
    client.force_login(people["editor"])
    delete_url = reverse(kind.delete_url_name, args=[own.pk])
    assert delete_url not in client.get(reverse(kind.edit_url_name, args=[own.pk])).content.decode()
    for method in (client.get, client.post):
        response = method(delete_url, follow=True)
        assert response.redirect_chain == [(reverse(kind.index_url_name), 302)]
        assert messages_of(response) == [in_use_message(kind, own, "Backend")]
    assert exists(own)


@KINDS
def test_admin_an_uploader_deletes_their_own_unused_file(client, tree, people, kind):
    own = upload(kind, "Mine", people["editor"])
    client.force_login(people["editor"])
    delete_url = reverse(kind.delete_url_name, args=[own.pk])
    assert delete_url in client.get(reverse(kind.edit_url_name, args=[own.pk])).content.decode()
    assert client.post(delete_url).status_code == 302
    assert not exists(own)


@KINDS
def test_admin_an_administrator_deletes_a_file_a_live_page_uses(client, tree, people, kind):
    own = upload(kind, "Diagram", people["editor"])
    use_on_page(tree, kind, own)
    client.force_login(people["admin"])
    assert client.post(reverse(kind.delete_url_name, args=[own.pk])).status_code == 302
    assert not exists(own)


@KINDS
def test_admin_bulk_delete_leaves_files_a_live_page_uses_and_others_files(client, tree, people, kind):
    unused = upload(kind, "Unused", people["editor"])
    in_use = upload(kind, "Diagram", people["editor"])
    use_on_page(tree, kind, in_use)
    theirs = upload(kind, "Theirs", people["other_editor"])
    client.force_login(people["editor"])
    opts = kind.model._meta
    url = reverse("wagtail_bulk_action", args=[opts.app_label, opts.model_name, "delete"])
    query = f"?id={unused.pk}&id={in_use.pk}&id={theirs.pk}"
    kept = soup(client.get(url + query)).find("p", string="These will not be deleted:").find_next_sibling("ul")
    reasons = [not_yours(kind, theirs, "delete"), in_use_message(kind, in_use, "Backend")]
    assert sorted(texts(kept.select("li"))) == reasons
    assert client.post(url + query).status_code == 302
    assert (exists(unused), exists(in_use), exists(theirs)) == (False, True, True)


# The roles


def test_editors_and_reviewers_may_add_and_choose_but_not_change_every_file(db):
    for group_name in (EDITORS, REVIEWERS):
        granted = GroupCollectionPermission.objects.filter(group__name=group_name, collection__depth=1)
        codenames = sorted(granted.values_list("permission__codename", flat=True))
        assert codenames == ["add_document", "add_image", "choose_document", "choose_image"]


def test_the_migration_takes_change_away_from_a_database_that_granted_it(db):
    editors = Group.objects.get(name=EDITORS)
    change_image = Permission.objects.get(content_type__app_label="wagtailimages", codename="change_image")
    GroupCollectionPermission.objects.create(
        group=editors, collection=Collection.get_first_root_node(), permission=change_image
    )
    migration = importlib.import_module("cms.migrations.0005_editors_change_only_their_own_media")
    migration.apply_declared_roles(apps, None)
    assert not GroupCollectionPermission.objects.filter(group=editors, permission=change_image).exists()
