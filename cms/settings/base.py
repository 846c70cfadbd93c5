"""Settings shared by every environment.

Secure by default: DEBUG is off and nothing secret has a default here. dev.py and
test.py relax this for local work; production.py adds what a public host needs.
Configuration comes from environment variables only.
"""

import datetime
import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE

from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None:
        return default
    if value.strip().lower() in ("1", "true", "yes", "on"):
        return True
    if value.strip().lower() in ("0", "false", "no", "off"):
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")


def client_urls(value):
    """{"default": URL, hostname: URL, ...} from "URL" or "default=URL,hostname=URL,..."; {} from ""."""
    urls = {}
    for item in (part.strip() for part in value.split(",")):
        if not item:
            continue
        key, equals, url = item.partition("=")
        if equals and "://" not in key:
            urls[key.strip()] = url.strip()
        else:
            urls["default"] = item
    if urls and "default" not in urls:
        raise ImproperlyConfigured("HEADLESS_CLIENT_URLS needs a default front-end URL.")
    return urls


def trusted_proxy_settings(count):
    """AXES_IPWARE_META_PRECEDENCE_ORDER and AXES_IPWARE_PROXY_COUNT: django-axes' client
    address (read by django-ipware) behind `count` reverse proxies.

    Each proxy appends the address it received the request from to X-Forwarded-For, so the
    client is the count-th entry from the right (the last proxy is REMOTE_ADDR itself);
    entries a client wrote into the header are further left and never read. With no proxy,
    REMOTE_ADDR alone.
    """
    if count == 0:
        return ("REMOTE_ADDR",), None
    return ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"), count - 1


def env_count(name, default):
    value = os.environ.get(name, str(default))
    if not value.strip().isdigit():
        raise ImproperlyConfigured(f"{name} must be a whole number of 0 or more, not {value!r}.")
    return int(value)


def required_env(name):
    value = os.environ.get(name)
    if not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable.")
    return value


def required_url(name):
    """The environment variable `name`, which must be an absolute http(s) URL."""
    value = required_env(name)
    for url in client_urls(value).values() if name == "HEADLESS_CLIENT_URLS" else [value]:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ImproperlyConfigured(f"{name} must be an absolute http(s) URL, not {url!r}.")
    return value


DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

# The glossary app (glossary/README.md) builds its pages on this site's page base, so this
# site keeps the glossary's migrations with its own (home/glossary_migrations/).
GLOSSARY_PAGE_BASE = "home.glossary.GlossaryEntryBase"
GLOSSARY_INDEX_PAGE_BASE = "home.glossary.GlossaryIndexBase"
GLOSSARY_BODY_BLOCK = "home.glossary.EntryBodyBlock"
# The terms version in the shared cache, renewed again after a Redis outage (cms.caching.redis).
GLOSSARY_TERMS_VERSION_CLASS = "cms.caching.shared_token.SharedToken"
MIGRATION_MODULES = {"glossary": "home.glossary_migrations"}

INSTALLED_APPS = [
    # Before cms: its ready() connects Wagtail's own purge receivers, which cms.caching.purge replaces.
    "wagtail.contrib.frontend_cache",
    "cms",
    "home",
    "glossary",
    "blog",
    "wagtail.api.v2",
    "wagtail.api.v3",
    "wagtail_headless_preview",
    "wagtail_localize",
    # wagtail-localize's Locales admin, in place of wagtail.locales.
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "corsheaders",
    "django_tasks",
    "django_tasks_db",
    # Its templates and static files serve API v3's Swagger UI from this site, not a CDN.
    "ninja",
    "csp",
    "axes",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Each shared token (the page cache's generation, the terms version) read once a request.
    "cms.caching.shared_token.OneReadPerRequestMiddleware",
    # Answers cached pages to requests without a session cookie, before any session is read.
    "cms.caching.page_cache.PageCacheMiddleware",
    # Inside the page cache: a cached page is stored with the policy (and nonce) it was rendered with.
    "cms.security.content_security_policy.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language from the URL's prefix (/de/...); unprefixed URLs are in LANGUAGE_CODE.
    "cms.pages.languages.LanguageFromPathMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Before any view reads a query parameter: refuses control characters with a 400.
    "cms.security.query_parameters.QueryParameterMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DB_CONN_MAX_AGE = int(os.environ.get("DB_CONN_MAX_AGE", "60"))
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=DB_CONN_MAX_AGE,
        conn_health_checks=True,
    )
}
if DATABASES["default"].get("ENGINE", "").endswith("sqlite3"):
    # The demo's web server and task worker write to one SQLite file: take the write lock
    # when a transaction starts, wait for it, and let readers read while one writes.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Sign-in throttling (django-axes), for the Wagtail admin and the Django admin alike: after
# LOGIN_FAILURE_LIMIT wrong passwords for one username from one address, that pair is locked
# out for LOGIN_LOCKOUT_MINUTES after its last failure; a successful sign-in clears its count.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("LOGIN_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "axes/lockout.html"
# The client's address, for lockouts and password-reset limits: REMOTE_ADDR, or behind
# TRUSTED_PROXY_COUNT reverse proxies, the address the outermost one saw (X-Forwarded-For).
TRUSTED_PROXY_COUNT = env_count("TRUSTED_PROXY_COUNT", 0)
AXES_IPWARE_META_PRECEDENCE_ORDER, AXES_IPWARE_PROXY_COUNT = trusted_proxy_settings(TRUSTED_PROXY_COUNT)
# Not strict: X-Forwarded-For may hold more entries than the proxies add (a client's own).
IPWARE_STRICT = False
# "Forgot password?" in the admin sends at most this many mails per client address and per
# account in PASSWORD_RESET_WINDOW (cms.security.password_reset); past that, the same answer, no mail.
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "cms.security.password_reset.ThrottledPasswordResetForm"  # noqa: S105  a class path
PASSWORD_RESET_ADDRESS_LIMIT = env_count("PASSWORD_RESET_ADDRESS_LIMIT", 5)
PASSWORD_RESET_ACCOUNT_LIMIT = env_count("PASSWORD_RESET_ACCOUNT_LIMIT", 3)
PASSWORD_RESET_WINDOW = datetime.timedelta(hours=1)

# The site's languages: the first is the default, served without a prefix; every other one
# under /<code>/. Adding a language here (and its Locale in the admin) is all a new locale needs.
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [("en", "English"), ("de", "Deutsch")]
LANGUAGE_CODE = LANGUAGES[0][0]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
# Files WhiteNoise serves at the site's root: /favicon.ico.
WHITENOISE_ROOT = BASE_DIR / "static" / "root"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# Whether Django serves MEDIA_ROOT at MEDIA_URL (the demo); in production the reverse proxy does.
SERVE_MEDIA = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# The page editor posts one field per block; long glossary entries exceed Django's 1000.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# Webhooks: seconds one delivery attempt may take, and the waits between the 10 tries
# (1 min, 5 min, 15 min, 30 min, 1 h, 2 h, 4 h, 6 h, 10 h: about a day in all).
WEBHOOK_TIMEOUT = int(os.environ.get("WEBHOOK_TIMEOUT", "10"))
WEBHOOK_RETRY_DELAYS = [60, 300, 900, 1800, 3600, 7200, 14400, 21600, 36000]
# Seconds between the worker's runs of Wagtail's publish_scheduled (go-live and expiry times).
SCHEDULED_PUBLISHING_INTERVAL = int(os.environ.get("SCHEDULED_PUBLISHING_INTERVAL", "60"))

# Seconds an anonymous reader's page stays in the cache (and a CDN's); publishing purges it
# sooner (cms.caching.page_cache, cms.caching.purge). 0 turns the page cache off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# One cache for every process (web servers and workers), so a publish anywhere retires
# pages everywhere: the database unless production.py finds REDIS_URL. `migrate` makes
# its table (cms.caching.cache_table).
CACHES = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "django_cache"}}

WAGTAIL_SITE_NAME = "Software Glossary"
# The site's public URL, for links in mails and the admin. It, WAGTAILAPI_BASE_URL and
# HEADLESS_CLIENT_URLS have no default here: dev.py defaults them to loopback addresses,
# production.py stops start-up without them.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
# Upload limits, checked by the admin's upload forms with an error that names the limit.
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(os.environ.get("IMAGE_MAX_UPLOAD_MB", "10")) * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = int(os.environ.get("IMAGE_MAX_MEGAPIXELS", "40")) * 1_000_000
WAGTAILDOCS_MAX_UPLOAD_SIZE = int(os.environ.get("DOCUMENT_MAX_UPLOAD_MB", "20")) * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "cms.security.uploads.DocumentForm"
WAGTAIL_I18N_ENABLED = True
WAGTAIL_FINISH_WORKFLOW_ACTION = "cms.editorial.workflows.publish_on_approval"
# "Translate this page" makes a draft, even of a live page: translations go live through review.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# The APIs (v2 and v3). Page URLs in responses come from the Site records; API and image
# URLs from WAGTAILAPI_BASE_URL, so a front-end never sees an internal host name.
WAGTAILAPI_BASE_URL = os.environ.get("WAGTAILAPI_BASE_URL", "")
WAGTAILAPI_LIMIT_MAX = int(os.environ.get("WAGTAILAPI_LIMIT_MAX", "100"))
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
WAGTAILAPI_SEARCH_ENABLED = True
REST_FRAMEWORK = {"DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]}

# Cross-origin reads of the API by the decoupled front-ends listed in CORS_ALLOWED_ORIGINS.
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_HEADERS = ["accept", "authorization", "content-type"]

# Headless preview: the editor's "Preview" opens the front-end at this URL with
# ?content_type=...&token=..., and the front-end reads the draft from /api/v2/page_preview/.
# HEADLESS_CLIENT_URLS is one URL, or "default=URL,<site hostname>=URL,..." for several sites.
WAGTAIL_HEADLESS_PREVIEW = {
    "CLIENT_URLS": client_urls(os.environ.get("HEADLESS_CLIENT_URLS", "")),
    "REDIRECT_ON_PREVIEW": True,
    "ENFORCE_TRAILING_SLASH": True,
}
# Seconds a preview token stays valid; publishing the page ends its tokens at once.
HEADLESS_PREVIEW_MAX_AGE = int(os.environ.get("HEADLESS_PREVIEW_MAX_AGE", "3600"))

# Content-Security-Policy (django-csp; cms.security.content_security_policy). Readers' pages, the API
# and its Swagger UI: everything from this site, inline scripts only with the request's
# nonce (`nonce="{{ request.csp_nonce }}"`), and no framing by other sites.
# CSP_IMAGE_ORIGINS lists where images come from when media is served from another host.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "img-src": [SELF, "data:", *env_list("CSP_IMAGE_ORIGINS")],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        # The admin's preview panel frames our own pages (Wagtail renders previews through
        # this middleware with the page's own path, so they carry this policy).
        "frame-ancestors": [SELF],
    }
}
# The Wagtail admin replaces these directives. Its form widgets (date and time pickers,
# inline panels) still print inline scripts, without a request to take a nonce from, and
# its editor and sidebar set inline styles, so both need 'unsafe-inline'. Its preview panel
# frames our own preview and, in "Decoupled front-end" mode, the front-end.
ADMIN_CONTENT_SECURITY_POLICY = {
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "frame-src": [SELF],  # and the origins of WAGTAIL_HEADLESS_PREVIEW["CLIENT_URLS"]
    # Wagtail's check for a newer release, shown to admins on the dashboard.
    "connect-src": [SELF, "https://releases.wagtail.org"],
}
# No Gravatar: the admin loads nothing from other sites (users may upload their own avatar).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# SecurityMiddleware sends this, X-Content-Type-Options: nosniff and
# Cross-Origin-Opener-Policy: same-origin on every response.
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"

# "Fintech" and "fintech" are one tag, so a tag filter finds every article carrying it.
TAGGIT_CASE_INSENSITIVE = True

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "glossary@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # django-tasks logs every task's start and end at INFO: only failures by default.
        "django_tasks": {"level": os.environ.get("TASK_LOG_LEVEL", "WARNING")},
    },
}
