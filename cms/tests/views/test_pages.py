"""Pages are served by Wagtail's view with the route found from the tree (cms.views.pages);
Wagtail's other reader URLs, which the same URL pattern would match, still answer."""

from wagtail.models import PageViewRestriction

from glossary.factories import GlossaryPageFactory


def test_a_reader_unlocks_a_password_protected_entry(client, tree):
    entry = GlossaryPageFactory(parent=tree.glossary, title="Secret", slug="secret", summary="Hidden.")
    restriction = PageViewRestriction.objects.create(
        page=entry, restriction_type=PageViewRestriction.PASSWORD, password="opensesame"
    )

    form = client.get("/glossary/secret/")
    action = f"/_util/authenticate_with_password/{restriction.pk}/{entry.pk}/"
    unlocked = client.post(action, {"password": "opensesame", "return_url": "/glossary/secret/"}, follow=True)

    assert form.status_code == 200
    assert f'action="{action}"' in form.content.decode()
    assert unlocked.redirect_chain == [("/glossary/secret/", 302)]
    assert "<h1>Secret</h1>" in unlocked.content.decode()


def test_a_page_for_signed_in_readers_sends_others_to_wagtails_sign_in_page(client, tree):
    PageViewRestriction.objects.create(page=tree.blog, restriction_type=PageViewRestriction.LOGIN)

    refused = client.get("/blog/")
    sign_in = client.get(refused["Location"])

    assert refused.status_code == 302
    assert refused["Location"] == "/_util/login/?next=/blog/"
    assert sign_in.status_code == 200
    assert 'name="password"' in sign_in.content.decode()


def test_a_request_for_a_host_that_is_not_allowed_gets_the_400_page_with_the_sites_menu(client, tree, settings):
    settings.ALLOWED_HOSTS = ["localhost"]

    response = client.get("/glossary/", HTTP_HOST="elsewhere.example")

    assert response.status_code == 400
    page = response.content.decode()
    assert "<h1>Bad request</h1>" in page
    assert 'href="/glossary/"' in page
