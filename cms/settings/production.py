"""Production: everything secret or host-specific must come from the environment."""

import os

import dj_database_url
import dj_email_url

from django.core.exceptions import ImproperlyConfigured

from cms.settings.base import *  # noqa: F403
from cms.settings.base import DB_CONN_MAX_AGE, client_urls, env_bool, env_count, env_list, required_env, required_url

SECRET_KEY = required_env("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    required_env("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# The public URLs: mail links and the admin's frame policy, API URLs and `find` redirects, previews.
WAGTAILADMIN_BASE_URL = required_url("WAGTAILADMIN_BASE_URL")
WAGTAILAPI_BASE_URL = required_url("WAGTAILAPI_BASE_URL")
WAGTAIL_HEADLESS_PREVIEW = {  # noqa: F405
    **WAGTAIL_HEADLESS_PREVIEW,  # noqa: F405
    "CLIENT_URLS": client_urls(required_url("HEADLESS_CLIENT_URLS")),
}

if os.environ.get("REDIS_URL"):
    # Pages keep being served, uncached, while Redis is unreachable (cms.caching.redis).
    CACHES = {
        "default": {
            "BACKEND": "cms.caching.redis.OutageTolerantRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }

# Media (images, renditions, documents) in an S3-compatible bucket instead of MEDIA_ROOT.
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    media_options = {"bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"], "file_overwrite": False}
    for option, name in (
        ("endpoint_url", "AWS_S3_ENDPOINT_URL"),
        ("region_name", "AWS_S3_REGION_NAME"),
        ("custom_domain", "AWS_S3_CUSTOM_DOMAIN"),
    ):
        if os.environ.get(name):
            media_options[option] = os.environ[name]
    STORAGES = {**STORAGES, "default": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": media_options}}  # noqa: F405

# OpenSearch or Elasticsearch instead of the database search backend. The client package
# is not in requirements.txt: docs/deploy.md says which one each engine needs.
SEARCH_ENGINES = ("opensearch3", "opensearch2", "elasticsearch9", "elasticsearch8", "elasticsearch7")
if os.environ.get("SEARCH_URL"):
    search_engine = os.environ.get("SEARCH_ENGINE", "opensearch3")
    if search_engine not in SEARCH_ENGINES:
        raise ImproperlyConfigured(f"SEARCH_ENGINE must be one of {', '.join(SEARCH_ENGINES)}, not {search_engine!r}.")
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": f"wagtail.search.backends.{search_engine}",
            "URLS": [os.environ["SEARCH_URL"]],
            "INDEX_PREFIX": "glossary_",
        }
    }

# A CDN in front, purged on publish (cms.caching.purge): Cloudflare, and/or a cache that accepts
# HTTP PURGE requests (Varnish, Squid...). Without either, only our own page cache is purged.
frontend_caches = {}
if os.environ.get("FRONTEND_CACHE_CLOUDFLARE_ZONEID"):
    frontend_caches["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["FRONTEND_CACHE_CLOUDFLARE_ZONEID"],
        "BEARER_TOKEN": required_env("FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN"),
    }
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    frontend_caches["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if frontend_caches:
    WAGTAILFRONTENDCACHE = frontend_caches

# Mail: EMAIL_URL, e.g. submission://user:password@smtp.example.com (docs/deploy.md).
if os.environ.get("EMAIL_URL"):
    email = dj_email_url.parse(os.environ["EMAIL_URL"])
    if "EMAIL_BACKEND" not in email:
        scheme = os.environ["EMAIL_URL"].partition(":")[0]
        raise ImproperlyConfigured(
            f"EMAIL_URL's scheme must be one of {', '.join(dj_email_url.SCHEMES)}, not {scheme!r}."
        )
    EMAIL_BACKEND = email["EMAIL_BACKEND"]
    EMAIL_HOST = email["EMAIL_HOST"] or "localhost"
    EMAIL_PORT = email["EMAIL_PORT"] or 25
    EMAIL_HOST_USER = email["EMAIL_HOST_USER"] or ""
    EMAIL_HOST_PASSWORD = email["EMAIL_HOST_PASSWORD"] or ""
    EMAIL_USE_TLS = email["EMAIL_USE_TLS"]
    EMAIL_USE_SSL = email["EMAIL_USE_SSL"]
    EMAIL_TIMEOUT = email["EMAIL_TIMEOUT"]
    EMAIL_FILE_PATH = email["EMAIL_FILE_PATH"]
    DEFAULT_FROM_EMAIL = email.get("DEFAULT_FROM_EMAIL", DEFAULT_FROM_EMAIL)  # noqa: F405
    SERVER_EMAIL = email.get("SERVER_EMAIL", "root@localhost")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
DATABASES = {
    "default": dj_database_url.parse(
        required_env("DATABASE_URL"), conn_max_age=DB_CONN_MAX_AGE, conn_health_checks=True
    )
}
# A database that does not answer (a network cut rather than a stopped server) fails a
# connection after this many seconds, so requests answer 503 (cms.views.errors) instead of
# hanging until gunicorn kills the worker. A connect_timeout in DATABASE_URL wins.
DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", env_count("DB_CONNECT_TIMEOUT", 5))
