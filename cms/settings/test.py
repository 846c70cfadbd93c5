"""Tests run on a real PostgreSQL: `make test` starts one and sets DATABASE_URL."""

import os
import tempfile

import dj_database_url

from cms.settings.base import *  # noqa: F403
from cms.settings.base import required_env

if not required_env("DATABASE_URL").startswith(("postgres://", "postgresql://")):
    raise ImportError("Tests need PostgreSQL: run them with `make test`.")

DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Django's test client signs in without a request, which django-axes refuses; the sign-in
# throttling tests (cms/tests/security/test_login_throttling.py) switch it back on.
AXES_ENABLED = False
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Tests of pages measure what rendering costs; the page cache's own tests switch it on.
PAGE_CACHE_SECONDS = 0
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
MEDIA_ROOT = tempfile.mkdtemp(prefix="glossary-test-media-")
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WAGTAILADMIN_BASE_URL = "http://testserver"
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAIL_HEADLESS_PREVIEW = {**WAGTAIL_HEADLESS_PREVIEW, "CLIENT_URLS": {"default": "http://127.0.0.1:8020/api/draft/"}}  # noqa: F405
STATIC_ROOT = tempfile.mkdtemp(prefix="glossary-test-static-")
# The benchmark's dataset command (bench/), used by the query-budget tests and its own tests.
INSTALLED_APPS = [*INSTALLED_APPS, "bench"]  # noqa: F405
