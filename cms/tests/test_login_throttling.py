"""Admin sign-in: repeated wrong passwords lock a username out from one address; weak
passwords are refused."""

import pytest

from django.contrib.auth.models import User

from cms.tests.html import soup, texts

LOCKED = "Too many failed sign-in attempts for “edith”. Try again in 15 minutes."
WRONG = "Your username and password didn't match. Please try again."


@pytest.fixture(autouse=True)
def _throttling(settings):
    settings.AXES_ENABLED = True


@pytest.fixture
def edith(db):
    return User.objects.create_user("edith", "edith@example.com", "edith-password", is_superuser=True)


def sign_in(client, username, password, address="203.0.113.7"):
    return client.post("/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address)


def messages(response):
    return texts(soup(response).select(".messages li"))


def is_signed_in(client):
    return client.get("/admin/").status_code == 200


def fail(client, times, username="edith", address="203.0.113.7"):
    return [sign_in(client, username, "wrong-password", address) for _ in range(times)]


def test_five_wrong_passwords_lock_the_username_out_even_with_the_right_one(client, edith):
    first_four = fail(client, 4)
    assert [response.status_code for response in first_four] == [200, 200, 200, 200]
    assert messages(first_four[-1]) == [WRONG]

    fifth = sign_in(client, "edith", "wrong-password")
    assert fifth.status_code == 429
    assert messages(fifth) == [LOCKED]

    right = sign_in(client, "edith", "edith-password")
    assert right.status_code == 429
    assert texts(soup(right).select("h1")) == ["Sign-in locked"]
    assert messages(right) == [LOCKED]
    assert soup(right).select_one("main a")["href"] == "/admin/login/"
    assert not is_signed_in(client)


def test_a_successful_sign_in_clears_the_count(client, edith):
    fail(client, 4)
    assert sign_in(client, "edith", "edith-password").status_code == 302
    client.post("/admin/logout/")

    assert [response.status_code for response in fail(client, 4)] == [200, 200, 200, 200]
    assert sign_in(client, "edith", "edith-password").status_code == 302
    assert is_signed_in(client)


def test_other_users_and_other_addresses_are_not_locked_out(client, edith):
    User.objects.create_user("otto", "otto@example.com", "otto-password", is_superuser=True)
    fail(client, 5)

    assert sign_in(client, "otto", "otto-password").status_code == 302
    assert is_signed_in(client)
    client.post("/admin/logout/")
    assert sign_in(client, "edith", "edith-password", address="198.51.100.9").status_code == 302
    assert is_signed_in(client)


def test_the_limit_and_the_wait_follow_the_settings(client, edith, settings):
    settings.AXES_FAILURE_LIMIT = 2
    settings.AXES_COOLOFF_TIME = 1  # hours
    assert fail(client, 1)[0].status_code == 200
    locked = sign_in(client, "edith", "wrong-password")
    assert locked.status_code == 429
    assert messages(locked) == ["Too many failed sign-in attempts for “edith”. Try again in 60 minutes."]


def test_a_weak_password_is_refused_by_the_admin_user_form(client, admin_user):
    client.force_login(admin_user)
    response = client.post(
        "/admin/users/new/",
        {
            "username": "newcomer",
            "email": "newcomer@example.com",
            "first_name": "New",
            "last_name": "Comer",
            "password1": "12345",
            "password2": "12345",
        },
    )
    assert response.status_code == 200
    field = soup(response).select_one("#id_password2").find_parent(class_="w-field")
    assert texts(field.select(".error-message")) == [
        "This password is too short. It must contain at least 8 characters. "
        "This password is too common. This password is entirely numeric."
    ]
    assert not User.objects.filter(username="newcomer").exists()
