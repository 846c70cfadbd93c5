"""Local development: DEBUG on, a fixed throwaway key, loopback URLs, mail printed to the console."""

import os

from cms.settings.base import *  # noqa: F403
from cms.settings.base import client_urls, env_bool, env_list

# `make run` turns DEBUG off (DEBUG=false), so the demo shows the site's own error pages;
# static files and media are served either way.
DEBUG = env_bool("DEBUG", True)
SERVE_MEDIA = True
WHITENOISE_USE_FINDERS = True
SECRET_KEY = "dev-only-insecure-key-never-use-in-production"  # noqa: S105
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
# The site, its API and the reference front-end as `make run` serves them.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILAPI_BASE_URL = os.environ.get("WAGTAILAPI_BASE_URL", WAGTAILADMIN_BASE_URL)
WAGTAIL_HEADLESS_PREVIEW = {  # noqa: F405
    **WAGTAIL_HEADLESS_PREVIEW,  # noqa: F405
    "CLIENT_URLS": client_urls(os.environ.get("HEADLESS_CLIENT_URLS", "http://127.0.0.1:8020/api/draft/")),
}
# The benchmark's dataset command (`manage.py generate_content`), for trying the site at scale.
INSTALLED_APPS = [*INSTALLED_APPS, "bench"]  # noqa: F405
