"""Production: everything secret or host-specific must come from the environment."""

import os

import dj_database_url
import dj_email_url

from .base import *  # noqa: F403
from .base import DB_CONN_MAX_AGE, env_bool, env_list, required_env

SECRET_KEY = required_env("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    required_env("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
    }

# A CDN in front, purged on publish (cms.cache_purge): Cloudflare, and/or a cache that accepts
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

if os.environ.get("EMAIL_URL"):
    vars().update(dj_email_url.config())

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
DATABASES = {
    "default": dj_database_url.parse(
        required_env("DATABASE_URL"), conn_max_age=DB_CONN_MAX_AGE, conn_health_checks=True
    )
}
