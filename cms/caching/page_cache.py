"""Anonymous readers' pages and API reads, kept in Django's cache and retired all at once on publish.

Keys (in the ``default`` cache, Redis in production):

- ``page-cache:generation``: the current generation, a random token. Publishing,
  unpublishing, moving or deleting a page stores a new one (``new_generation``).
- ``page-cache:page:<sha256 of scheme://host/path?query>``: ``(generation, body, headers)``
  of one URL's response, kept ``PAGE_CACHE_SECONDS``; the same key ending in ``:gzip``: what a
  client that accepts gzip gets (see "Compression" below).

An entry is served only while its generation is the current one, so one write of the
generation key retires every cached page for every process sharing the cache. That is
chosen over deleting the keys of the changed URLs because:

- A request reads the generation before its view reads the database. A reader whose view
  ran before the publish committed stores its old page under the old generation, which the
  new generation (written after commit) already retired; deleting keys cannot stop such a
  late write from putting the old page back.
- A change shows on pages whose URLs carry query strings (``?letter=``, ``?page=``,
  ``?tag=``) that no URL list can name.
- Every article sits in the "Recent Articles" sidebar of every entry and article, so most
  publishes invalidate most pages anyway.

The generation is a `cms.caching.shared_token.SharedToken`: random, so if the cache evicts or loses
it, the new one matches no entry stored before, and an eviction can never revive a retired page.
While Redis is unreachable (`cms.caching.redis`) nothing is served from the cache or stored
in it: every page is rendered. When Redis answers again the generation is renewed, so a
publish made during the outage cannot let pages cached before it come back.

The middleware answers a hit before the session and authentication middleware run: a
request is anonymous when it has no session cookie and no ``Authorization`` header (an API
token), so nothing reads a session or a token. Only 200 answers to a GET are stored, of
Wagtail's page-serving view and of the API's page reads (v2's and v3's page listing and
detail, ``API_READS``), and only when they set no cookie, vary on nothing but ``Cookie`` and
do not forbid caching: Wagtail marks every page under a view restriction ``private,
no-cache, no-store``, so private pages never enter. 404s are not stored: a redirect added
in the admin (no publish) must apply at once, and probes for made-up URLs would fill the
cache. Previews are answered by the admin and the API's ``page_preview`` endpoint, which
are never stored, nor is v3's ``version=draft``.

Headers readers see: every page response varies on ``Cookie``. A shared response carries
``max-age=0, s-maxage=PAGE_CACHE_SECONDS`` so browsers revalidate and a CDN may keep it
until it is purged (``cms.caching.purge``). A URL with a query string is ``private``: the
CDN is purged by exact URL and could not be told about it. Page responses for editors and
others with a session are ``private``. ``X-Cache`` says ``HIT`` or ``MISS`` for anonymous
page requests and API reads.

API reads also vary on ``Authorization`` (an answer to a token is ``private``). Every shared
answer, page or API read, carries an ``ETag``, computed once when stored, so a reader (or a CDN)
revalidating with it gets a ``304 Not Modified`` without its body.

Compression: a shared answer of at least ``MIN_COMPRESSED_BYTES`` is compressed once, when it
is stored, and a request that accepts gzip is answered from the ``:gzip`` entry as Django's
``GZipMiddleware`` would answer it (``Content-Encoding: gzip``, the ETag made weak, random bytes
in the gzip header against BREACH), so no hit compresses anything. Both representations say
``Vary: Accept-Encoding``. A smaller answer is stored under both keys as it is: compressing it
would save no network packet. Answers to editors and tokens are never compressed.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.gzip import GZipMiddleware, re_accepts_gzip
from django.utils.cache import (
    cc_delim_re,
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
    set_response_etag,
)
from django.utils.text import compress_string

from cms.caching.shared_token import SharedToken

GENERATION_KEY = "page-cache:generation"
GENERATION = SharedToken(GENERATION_KEY)
ENTRY_PREFIX = "page-cache:page:"
GZIP_SUFFIX = ":gzip"
# Below this, compressing saves at most a few hundred bytes, under half a network packet.
MIN_COMPRESSED_BYTES = 1024
SERVE_URL_NAME = "wagtail_serve"
NOT_SHAREABLE = {"private", "no-cache", "no-store"}
# The API's reads of live pages, by URL namespaces: the URL names of their listing and detail.
API_READS = {("wagtailapi_v2", "pages"): {"listing", "detail"}, ("wagtailapi_v3",): {"list_pages", "detail_page"}}
PAGE_VARY = ("Cookie",)
API_VARY = ("Cookie", "Authorization")


# Retires every cached page, in every process that shares the cache.
new_generation = GENERATION.renew


def url_key(request):
    return ENTRY_PREFIX + hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()


def accepts_gzip(request):
    return re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")) is not None


def entry_key(request):
    """The key of the entry that answers this request."""
    return url_key(request) + GZIP_SUFFIX if accepts_gzip(request) else url_key(request)


def is_anonymous_read(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
    )


def is_page_response(request):
    match = request.resolver_match
    return match is not None and match.url_name == SERVE_URL_NAME


def is_api_read(request):
    match = request.resolver_match
    return match is not None and match.url_name in API_READS.get(tuple(match.namespaces), ())


def asks_for_draft(request):
    return request.GET.get("version", "live") != "live"


def directives(header_value):
    return {part.split("=", 1)[0].strip().lower() for part in cc_delim_re.split(header_value) if part.strip()}


def is_shareable(response):
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not directives(response.get("Cache-Control", "")) & NOT_SHAREABLE
        and directives(response.get("Vary", "")) <= {"cookie"}
    )


def cached_response(entry, outcome):
    _generation, content, headers = entry
    response = HttpResponse(content, headers=headers)
    response["X-Cache"] = outcome
    return response


def compressed(content):
    """The body compressed as GZipMiddleware compresses it, or None when that does not pay."""
    if len(content) < MIN_COMPRESSED_BYTES:
        return None
    body = compress_string(content, max_random_bytes=GZipMiddleware.max_random_bytes)
    return body if len(body) < len(content) else None


def encode_gzip(response, body):
    """Make the response GZipMiddleware's answer to a client that accepts gzip, given its compressed body."""
    response.content = body
    response["Content-Length"] = str(len(body))
    response["Content-Encoding"] = "gzip"
    etag = response.get("ETag")
    if etag and etag.startswith('"'):
        response["ETag"] = "W/" + etag


def entries(request, generation, response):
    """The entries of a shareable response, by key: as it is, and for clients that accept gzip."""
    key = url_key(request)
    body = compressed(response.content)
    if body is None:
        entry = (generation, response.content, list(response.items()))
        return {key: entry, key + GZIP_SUFFIX: entry}
    patch_vary_headers(response, ("Accept-Encoding",))
    identity = (generation, response.content, list(response.items()))
    encode_gzip(response, body)
    return {key: identity, key + GZIP_SUFFIX: (generation, response.content, list(response.items()))}


def cache_control(request, shareable, seconds):
    """What browsers and a CDN may keep: the CDN only what a purge by exact URL reaches."""
    if not shareable:
        return {"private": True}
    if request.META.get("QUERY_STRING"):
        return {"private": True, "max_age": 0}
    return {"max_age": 0, "s_maxage": seconds}


def patch_headers(request, response, vary, shareable, seconds):
    patch_vary_headers(response, vary)
    patch_cache_control(response, **cache_control(request, shareable, seconds))


def not_modified_or(request, response):
    """A 304 when the reader already holds the answer's ETag."""
    if "ETag" not in response:
        return response
    return get_conditional_response(request, etag=response["ETag"], response=response)


class PageCacheMiddleware:
    """Serve anonymous readers' pages from the cache; store what may be shared."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if seconds <= 0:
            return self.get_response(request)
        if not is_anonymous_read(request):
            response = self.get_response(request)
            if is_page_response(request):
                patch_headers(request, response, PAGE_VARY, False, seconds)
            elif is_api_read(request):
                patch_headers(request, response, API_VARY, False, seconds)
            return response

        key = entry_key(request)
        found = cache.get_many([GENERATION_KEY, key])
        generation = GENERATION.current(found)
        entry = found.get(key)
        if entry is not None and entry[0] == generation:
            return not_modified_or(request, cached_response(entry, "HIT"))

        response = self.get_response(request)
        if is_page_response(request):
            shareable = is_shareable(response)
            patch_headers(request, response, PAGE_VARY, shareable, seconds)
        elif is_api_read(request):
            shareable = is_shareable(response) and not asks_for_draft(request)
            patch_headers(request, response, API_VARY, shareable, seconds)
        else:
            return response
        if not shareable:
            response["X-Cache"] = "MISS"
            return not_modified_or(request, response)
        set_response_etag(response)
        stored = entries(request, generation, response)
        if request.method == "GET":
            cache.set_many(stored, seconds)
        return not_modified_or(request, cached_response(stored[key], "MISS"))
