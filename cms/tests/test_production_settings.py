"""Production settings read from the environment, each imported in a fresh process as a server would."""

import json
import re
import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
ENV_EXAMPLE = ROOT / "deploy" / "glossary.env.example"
DEPLOY_DOC = ROOT / "docs" / "deploy.md"
REQUIRED = {
    "SECRET_KEY": "production-settings-test-" + "k" * 50,
    "ALLOWED_HOSTS": "glossary.example.com",
    "DATABASE_URL": "postgres://glossary@db.invalid:5432/glossary",
    "WAGTAILADMIN_BASE_URL": "https://glossary.example.com",
    "WAGTAILAPI_BASE_URL": "https://api.glossary.example.com",
    "HEADLESS_CLIENT_URLS": "default=https://www.example.com/,blog.example.com=https://blog.example.com/",
}
SHOW_SETTINGS = (
    "import json, sys; from django.conf import settings; "
    "print(json.dumps([getattr(settings, name) for name in sys.argv[1:]]))"
)
SEARCH_BACKEND = {"URLS": ["https://search.internal:9200"], "INDEX_PREFIX": "glossary_"}


def run_python(env, *args):
    return subprocess.run(  # noqa: S603  the test's own interpreter and arguments
        [sys.executable, *args],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "cms.settings.production", **env},
        capture_output=True,
        text=True,
    )


def production_settings(*names, **env):
    done = run_python({**REQUIRED, **env}, "-c", SHOW_SETTINGS, *names)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_media_is_on_the_local_disk_without_a_bucket():
    assert production_settings("STORAGES")[0]["default"] == {"BACKEND": "django.core.files.storage.FileSystemStorage"}


def test_a_bucket_name_puts_media_in_s3_compatible_storage():
    [storages] = production_settings(
        "STORAGES",
        AWS_STORAGE_BUCKET_NAME="glossary-media",
        AWS_S3_ENDPOINT_URL="https://s3.eu-central-1.example.com",
        AWS_S3_REGION_NAME="eu-central-1",
        AWS_S3_CUSTOM_DOMAIN="media.glossary.example.com",
    )
    assert storages["default"] == {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": "glossary-media",
            "file_overwrite": False,
            "endpoint_url": "https://s3.eu-central-1.example.com",
            "region_name": "eu-central-1",
            "custom_domain": "media.glossary.example.com",
        },
    }


def test_s3_media_urls_use_the_custom_domain():
    env = {
        **REQUIRED,
        "AWS_STORAGE_BUCKET_NAME": "glossary-media",
        "AWS_S3_CUSTOM_DOMAIN": "media.glossary.example.com",
    }
    script = "from django.core.files.storage import storages; print(storages['default'].url('images/a.png'))"
    done = run_python(env, "-c", script)
    assert (done.returncode, done.stdout) == (0, "https://media.glossary.example.com/images/a.png\n"), done.stderr


def test_search_uses_the_database_without_a_search_url():
    assert production_settings("WAGTAILSEARCH_BACKENDS") == [
        {"default": {"BACKEND": "wagtail.search.backends.database"}}
    ]


def test_a_search_url_uses_opensearch_3():
    [backends] = production_settings("WAGTAILSEARCH_BACKENDS", SEARCH_URL="https://search.internal:9200")
    assert backends == {"default": {"BACKEND": "wagtail.search.backends.opensearch3", **SEARCH_BACKEND}}


def test_search_engine_picks_elasticsearch():
    [backends] = production_settings(
        "WAGTAILSEARCH_BACKENDS", SEARCH_URL="https://search.internal:9200", SEARCH_ENGINE="elasticsearch9"
    )
    assert backends == {"default": {"BACKEND": "wagtail.search.backends.elasticsearch9", **SEARCH_BACKEND}}


def test_an_unknown_search_engine_stops_start_up():
    env = {**REQUIRED, "SEARCH_URL": "https://search.internal:9200", "SEARCH_ENGINE": "solr"}
    done = run_python(env, "-c", SHOW_SETTINGS, "WAGTAILSEARCH_BACKENDS")
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == (
        "django.core.exceptions.ImproperlyConfigured: SEARCH_ENGINE must be one of "
        "opensearch3, opensearch2, elasticsearch9, elasticsearch8, elasticsearch7, not 'solr'."
    )


def test_redis_url_selects_the_outage_tolerant_redis_cache():
    [caches] = production_settings("CACHES", REDIS_URL="redis://redis.internal:6379/0")
    assert caches == {
        "default": {
            "BACKEND": "cms.caching.redis.OutageTolerantRedisCache",
            "LOCATION": "redis://redis.internal:6379/0",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }


def test_the_public_urls_come_from_the_environment():
    admin, api, preview = production_settings(
        "WAGTAILADMIN_BASE_URL", "WAGTAILAPI_BASE_URL", "WAGTAIL_HEADLESS_PREVIEW"
    )
    assert (admin, api, preview["CLIENT_URLS"]) == (
        "https://glossary.example.com",
        "https://api.glossary.example.com",
        {"default": "https://www.example.com/", "blog.example.com": "https://blog.example.com/"},
    )


EMAIL_SETTINGS = (
    "EMAIL_BACKEND",
    "EMAIL_HOST",
    "EMAIL_PORT",
    "EMAIL_HOST_USER",
    "EMAIL_HOST_PASSWORD",
    "EMAIL_USE_TLS",
    "EMAIL_USE_SSL",
    "EMAIL_TIMEOUT",
    "DEFAULT_FROM_EMAIL",
    "SERVER_EMAIL",
)


def test_mail_goes_to_localhost_without_an_email_url():
    assert production_settings(*EMAIL_SETTINGS) == [
        "django.core.mail.backends.smtp.EmailBackend",
        "localhost",
        25,
        "",
        "",
        False,
        False,
        None,
        "glossary@localhost",
        "root@localhost",
    ]


def test_an_email_url_sets_each_mail_setting():
    url = "submission://glossary%40example.com:p%40ss@smtp.example.com?timeout=7&_default_from_email=news@example.com"
    assert production_settings(*EMAIL_SETTINGS, EMAIL_URL=url) == [
        "django.core.mail.backends.smtp.EmailBackend",
        "smtp.example.com",
        587,
        "glossary@example.com",
        "p@ss",
        True,
        False,
        7,
        "news@example.com",
        "root@localhost",
    ]


def test_an_email_url_with_an_unknown_scheme_stops_start_up():
    done = run_python({**REQUIRED, "EMAIL_URL": "smtpx://smtp.example.com"}, "-c", SHOW_SETTINGS, "EMAIL_HOST")
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == (
        "django.core.exceptions.ImproperlyConfigured: EMAIL_URL's scheme must be one of "
        "smtp, submission, submit, smtps, console, file, memory, dummy, not 'smtpx'."
    )


def test_trusted_proxy_count_reads_the_client_address_from_x_forwarded_for():
    assert production_settings("AXES_IPWARE_META_PRECEDENCE_ORDER", "AXES_IPWARE_PROXY_COUNT") == [
        ["REMOTE_ADDR"],
        None,
    ]
    assert production_settings(
        "AXES_IPWARE_META_PRECEDENCE_ORDER", "AXES_IPWARE_PROXY_COUNT", TRUSTED_PROXY_COUNT="2"
    ) == [["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"], 1]


def test_a_trusted_proxy_count_that_is_not_a_number_stops_start_up():
    done = run_python({**REQUIRED, "TRUSTED_PROXY_COUNT": "two"}, "-c", SHOW_SETTINGS, "AXES_IPWARE_PROXY_COUNT")
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == (
        "django.core.exceptions.ImproperlyConfigured: "
        "TRUSTED_PROXY_COUNT must be a whole number of 0 or more, not 'two'."
    )


def test_a_database_that_does_not_answer_fails_the_connection_after_db_connect_timeout():
    with socket.socket() as silent:  # accepts connections (the kernel does) and never says a word
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        database_url = f"postgres://glossary@127.0.0.1:{silent.getsockname()[1]}/glossary"
        script = "import django; django.setup(); from django.db import connection; connection.ensure_connection()"
        started = time.monotonic()
        done = subprocess.run(  # noqa: S603  the test's own interpreter and arguments
            [sys.executable, "-c", script],
            cwd=ROOT,
            env={
                "PATH": "/usr/bin:/bin",
                "DJANGO_SETTINGS_MODULE": "cms.settings.production",
                **REQUIRED,
                "DATABASE_URL": database_url,
                "DB_CONNECT_TIMEOUT": "1",
            },
            capture_output=True,
            text=True,
            timeout=30,
        )
    assert time.monotonic() - started < 15
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1].startswith("django.db.utils.OperationalError: ")
    assert production_settings("DATABASES")[0]["default"]["OPTIONS"] == {"connect_timeout": 5}


def env_example():
    """{name: value} of the example's settings, commented-out (optional) ones included."""
    lines = ENV_EXAMPLE.read_text().splitlines()
    return dict(re.fullmatch(r"#? ?([A-Z][A-Z0-9_]*)=(.*)", line).groups() for line in lines if "=" in line)


def documented_variables():
    section = DEPLOY_DOC.read_text().split("## Environment variables", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| `([A-Z][A-Z0-9_]*)` \|", section, flags=re.MULTILINE)


def test_the_env_example_sets_exactly_the_documented_variables():
    assert sorted(env_example()) == sorted(documented_variables())


def test_check_deploy_passes_with_the_env_example():
    active = [line for line in ENV_EXAMPLE.read_text().splitlines() if line and not line.startswith("#")]
    env = dict(line.split("=", 1) for line in active)
    env["SECRET_KEY"] = secrets.token_urlsafe(50)  # as the example says to make one
    done = run_python(env, "manage.py", "check", "--deploy", "--fail-level", "WARNING")
    assert (done.returncode, done.stdout) == (0, "System check identified no issues (0 silenced).\n"), done.stderr
