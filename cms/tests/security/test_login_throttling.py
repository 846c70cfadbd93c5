"""Admin sign-in: repeated wrong passwords lock a username out from one address, the client's
own address also behind reverse proxies; password-reset mails are limited per address and per
account; weak passwords are refused."""

import pytest

from django.contrib.auth.models import User
from django.core import mail

from cms.caching.redis import OutageTolerantRedisCache
from cms.settings.base import trusted_proxy_settings
from cms.tests.html import soup, texts
from scripts.throwaway_postgres import free_port

LOCKED = "Too many failed sign-in attempts for “edith”. Try again in 15 minutes."
WRONG = "Your username and password didn't match. Please try again."


@pytest.fixture(autouse=True)
def _throttling(settings):
    settings.AXES_ENABLED = True


@pytest.fixture
def edith(db):
    return User.objects.create_user("edith", "edith@example.com", "edith-password", is_superuser=True)


def sign_in(client, username, password, address="203.0.113.7", **headers):
    return client.post("/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address, **headers)


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


PROXY = "10.0.0.2"


@pytest.fixture
def behind_one_proxy(settings):
    """TRUSTED_PROXY_COUNT=1: a reverse proxy at PROXY appends the client's address to X-Forwarded-For."""
    settings.AXES_IPWARE_META_PRECEDENCE_ORDER, settings.AXES_IPWARE_PROXY_COUNT = trusted_proxy_settings(1)


def via_proxy(client, username, password, forwarded_for):
    return sign_in(client, username, password, address=PROXY, HTTP_X_FORWARDED_FOR=forwarded_for)


def test_behind_a_proxy_a_lockout_holds_for_the_clients_own_address(client, edith, behind_one_proxy):
    assert [via_proxy(client, "edith", "wrong", "203.0.113.7").status_code for _ in range(5)] == [200] * 4 + [429]
    assert via_proxy(client, "edith", "edith-password", "203.0.113.7").status_code == 429

    assert via_proxy(client, "edith", "edith-password", "198.51.100.9").status_code == 302
    assert is_signed_in(client)


def test_behind_a_proxy_an_address_the_client_forwards_itself_is_not_read(client, edith, behind_one_proxy):
    # The attacker at 203.0.113.7 writes a different address into the header each time; the proxy appends the real one.
    attempts = [via_proxy(client, "edith", "wrong", f"192.0.2.{n}, 203.0.113.7") for n in range(5)]
    assert [response.status_code for response in attempts] == [200] * 4 + [429]
    assert via_proxy(client, "edith", "edith-password", "198.51.100.9, 203.0.113.7").status_code == 429

    # Nor can the attacker lock edith out from an address of her choosing.
    assert via_proxy(client, "edith", "edith-password", "198.51.100.9").status_code == 302


def test_without_a_trusted_proxy_x_forwarded_for_is_not_read(client, edith):
    attempts = [sign_in(client, "edith", "wrong", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}") for n in range(5)]
    assert [response.status_code for response in attempts] == [200] * 4 + [429]
    assert sign_in(client, "edith", "edith-password", HTTP_X_FORWARDED_FOR="198.51.100.9").status_code == 429


def test_trusted_proxy_settings():
    assert trusted_proxy_settings(0) == (("REMOTE_ADDR",), None)
    assert trusted_proxy_settings(1) == (("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"), 0)
    assert trusted_proxy_settings(2) == (("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"), 1)


DONE = ["Check your email"]


def reset_password(client, email, address="203.0.113.7"):
    response = client.post("/admin/password_reset/", {"email": email}, REMOTE_ADDR=address, follow=True)
    assert response.redirect_chain == [("/admin/password_reset/done/", 302)]
    assert texts(soup(response).select("main h1")) == DONE
    return response


def test_password_reset_mails_are_limited_per_address(client, edith, settings):
    User.objects.create_user("otto", "otto@example.com", "otto-password")
    settings.PASSWORD_RESET_ADDRESS_LIMIT = 3
    for email in ["edith@example.com", "nobody@example.com", "otto@example.com", "otto@example.com"]:
        reset_password(client, email)

    assert [message.to for message in mail.outbox] == [["edith@example.com"], ["otto@example.com"]]
    reset_password(client, "otto@example.com", address="198.51.100.9")
    assert [message.to for message in mail.outbox][-1] == ["otto@example.com"]
    assert len(mail.outbox) == 3


def test_password_reset_mails_are_limited_per_account(client, edith, settings):
    settings.PASSWORD_RESET_ACCOUNT_LIMIT = 2
    for n in range(4):
        reset_password(client, "edith@example.com", address=f"198.51.100.{n}")

    assert [message.to for message in mail.outbox] == [["edith@example.com"]] * 2
    assert "/admin/password_reset/confirm/" in mail.outbox[0].body


def test_password_reset_limits_default_to_five_per_address_and_three_per_account(client, edith):
    for n in range(6):
        reset_password(client, f"nobody{n}@example.com")
    reset_password(client, "edith@example.com")
    assert mail.outbox == []

    for n in range(4):
        reset_password(client, "edith@example.com", address=f"198.51.100.{n}")
    assert len(mail.outbox) == 3


def test_behind_a_proxy_password_resets_are_counted_per_client_address(client, edith, behind_one_proxy, settings):
    settings.PASSWORD_RESET_ADDRESS_LIMIT = 1
    for client_address in ["203.0.113.7", "203.0.113.7", "198.51.100.9"]:
        client.post(
            "/admin/password_reset/",
            {"email": "edith@example.com"},
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR=client_address,
        )
    assert len(mail.outbox) == 2


def test_an_unreachable_redis_counts_nothing():
    unreachable = OutageTolerantRedisCache(
        f"redis://127.0.0.1:{free_port()}/0", {"OPTIONS": {"socket_connect_timeout": 1}}
    )
    assert unreachable.add("password-reset:address:203.0.113.7", 0) is False
    with pytest.raises(ValueError, match="not found"):
        unreachable.incr("password-reset:address:203.0.113.7")


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
