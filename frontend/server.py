"""A reference front-end that renders the site from the CMS's JSON API v2 alone.

It exists to exercise the headless flow for real: pages come from /api/v2/pages/find/,
and an editor's "Preview" (?content_type=...&token=...) from /api/v2/page_preview/.
Standard library only, and separate from the Django site: run the CMS (`make run`),
then `make frontend` serves this on http://127.0.0.1:8020 (CMS_URL, FRONTEND_PORT).
"""

import json
import os
import threading
from contextlib import contextmanager
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.error import HTTPError, URLError
from urllib.parse import parse_qs, urlencode, urlsplit
from urllib.request import Request, urlopen

TIMEOUT = 10
PREVIEW_BANNER = '<p class="preview-banner" role="status">Preview of an unpublished draft</p>'


class ApiError(Exception):
    """The CMS answered with an error status (`status`), or not at all (`status` None)."""

    def __init__(self, status, message):
        super().__init__(message)
        self.status = status
        self.message = message


def fetch_json(url):
    # Only http(s): make_server refuses any other CMS_URL, and the API paths are fixed.
    request = Request(url, headers={"Accept": "application/json"})  # noqa: S310
    try:
        with urlopen(request, timeout=TIMEOUT) as response:  # noqa: S310
            return json.load(response)
    except HTTPError as error:
        try:
            message = json.load(error).get("message", error.reason)
        except (ValueError, AttributeError):
            message = error.reason
        raise ApiError(error.code, str(message)) from error
    except (URLError, TimeoutError, ValueError) as error:
        raise ApiError(None, f"no usable answer: {error}") from error


def link(page):
    if not page["html_path"]:
        return escape(page["title"])
    return f'<a href="{escape(page["html_path"])}">{escape(page["title"])}</a>'


def date_tag(date):
    return f'<time datetime="{escape(date)}">{escape(date)}</time>'


def link_list(pages):
    items = "".join(f"<li>{link(page)}</li>" for page in pages)
    return f'<ul class="links">{items}</ul>' if pages else ""


def article_list(articles):
    items = "".join(f"<li>{link(article)} {date_tag(article['date'])}</li>" for article in articles)
    return f'<ul class="articles">{items}</ul>' if articles else ""


def image(data, size="medium", alt=None):
    if not data or not data["renditions"]:
        return ""
    rendition = data["renditions"][size]
    alt = data["alt"] if alt is None else alt
    return (
        f'<img src="{escape(rendition["url"])}" alt="{escape(alt)}" '
        f'width="{rendition["width"]}" height="{rendition["height"]}">'
    )


def heading(text):
    return f"<h2>{escape(text)}</h2>" if text else ""


def items_block(value, label):
    items = "".join(f"<li><h3>{escape(item[label])}</h3>{item['text']}</li>" for item in value["items"])
    return f'{heading(value["heading"])}<ul class="items">{items}</ul>'


def image_block(value):
    caption = f"<figcaption>{escape(value['caption'])}</figcaption>" if value["caption"] else ""
    return f"<figure>{image(value['image'], alt=value['alt_text'])}{caption}</figure>"


def quote_block(value):
    attribution = f"<footer>{escape(value['attribution'])}</footer>" if value["attribution"] else ""
    return f"<blockquote><p>{escape(value['quote'])}</p>{attribution}</blockquote>"


def callout_block(value):
    title = f"<p><strong>{escape(value['title'])}</strong></p>" if value["title"] else ""
    return f'<div class="callout callout--{escape(value["tone"])}" role="note">{title}{value["text"]}</div>'


BLOCKS = {
    "definition": lambda value, title: heading(value["heading"] or f"What is {title}?") + value["text"],
    "advantages": lambda value, title: items_block(value, "title"),
    "applications": lambda value, title: items_block(value, "domain"),
    "section": lambda value, title: heading(value["heading"]) + value["text"],
    "conclusion": lambda value, title: heading(value["heading"]) + value["text"],
    "image": lambda value, title: image_block(value),
    "quote": lambda value, title: quote_block(value),
    "code": lambda value, title: (
        f'<pre><code class="language-{escape(value["language"])}">{escape(value["code"])}</code></pre>'
    ),
    "callout": lambda value, title: callout_block(value),
}


def body(blocks, title):
    sections = []
    for block in blocks:
        if block["type"] in BLOCKS:
            content = BLOCKS[block["type"]](block["value"], title)
            sections.append(f'<section class="block block--{escape(block["type"])}">{content}</section>')
    return "".join(sections)


def related_and_recent(page):
    related = f"<h2>Related terms</h2>{link_list(page['related_terms'])}" if page["related_terms"] else ""
    recent = article_list(page["recent_articles"])
    aside = f'<aside aria-label="Recent articles"><h2>Recent articles</h2>{recent}</aside>' if recent else ""
    return related + aside


def home_page(page, articles):
    featured = f"<h2>Featured terms</h2>{link_list(page['featured_terms'])}" if page["featured_terms"] else ""
    newest = f"<h2>Newest articles</h2>{article_list(page['newest_articles'])}" if page["newest_articles"] else ""
    return page["intro"] + featured + newest


def glossary_index_page(page, articles):
    groups = "".join(
        f'<section class="letter" id="letter-{escape(group["letter"])}">'
        f"<h2>{escape(group['letter'])}</h2>{link_list(group['terms'])}</section>"
        for group in page["terms"]
    )
    return page["intro"] + groups


def glossary_page(page, articles):
    aliases = f"<p>Also known as: {escape(', '.join(page['aliases']))}</p>" if page["aliases"] else ""
    reviewed = (
        f'<p class="reviewed">Last reviewed {date_tag(page["last_reviewed"])}</p>' if page["last_reviewed"] else ""
    )
    return (
        f'<p class="lead">{escape(page["summary"])}</p>{aliases}'
        f"{body(page['body'], page['title'])}{reviewed}{related_and_recent(page)}"
    )


def blog_index_page(page, articles):
    items = "".join(
        f'<li><a href="{escape(urlsplit(article["meta"]["html_url"]).path)}">{escape(article["title"])}</a> '
        f"{date_tag(article['date'])}<p>{escape(article['intro'])}</p></li>"
        for article in articles
    )
    return page["intro"] + (f'<ul class="articles">{items}</ul>' if items else "<p>No articles yet.</p>")


def blog_page(page, articles):
    authors = ", ".join(
        escape(f"{author['name']} ({author['role']})" if author["role"] else author["name"])
        for author in page["authors"]
    )
    byline = date_tag(page["date"]) + (f" by {authors}" if authors else "") + f" · {page['reading_time']} min read"
    tags = "".join(f"<li>{escape(tag['name'])}</li>" for tag in page["tags"])
    return (
        f'<p class="byline">{byline}</p>{image(page["hero_image"], "large")}'
        f'<p class="lead">{escape(page["intro"])}</p>{body(page["body"], page["title"])}'
        + (f'<ul class="tags">{tags}</ul>' if tags else "")
        + related_and_recent(page)
    )


PAGE_TYPES = {
    "home.HomePage": home_page,
    "glossary.GlossaryIndexPage": glossary_index_page,
    "glossary.GlossaryPage": glossary_page,
    "blog.BlogIndexPage": blog_index_page,
    "blog.BlogPage": blog_page,
}


def document(title, main, description="", share_image=None):
    meta = f'<meta name="description" content="{escape(description)}">' if description else ""
    if share_image and share_image["renditions"]:
        meta += f'<meta property="og:image" content="{escape(share_image["renditions"]["social"]["url"])}">'
    return (
        '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title>{meta}</head>\n"
        f'<body><header><a href="/">Software glossary</a></header>\n<main>{main}</main></body>\n</html>\n'
    )


def render_page(page, articles=(), preview=False):
    breadcrumb = "".join(f"<li>{link(crumb)}</li>" for crumb in page["breadcrumb"])
    content = PAGE_TYPES.get(page["meta"]["type"], lambda page, articles: "")(page, articles)
    main = (
        (PREVIEW_BANNER if preview else "")
        + (f'<nav aria-label="Breadcrumb"><ol>{breadcrumb}</ol></nav>' if breadcrumb else "")
        + f"<h1>{escape(page['title'])}</h1>{content}"
    )
    return document(page["title"], main, page["meta_description"], page["share_image"])


def error_page(title, message=""):
    return document(title, f"<h1>{escape(title)}</h1>" + (f'<p class="error">{escape(message)}</p>' if message else ""))


class Handler(BaseHTTPRequestHandler):
    server_version = "ReferenceFrontend/1"

    def do_GET(self):
        url = urlsplit(self.path)
        query = {name: values[0] for name, values in parse_qs(url.query).items()}
        preview = "content_type" in query and "token" in query
        try:
            if preview:
                page = self.api("page_preview/", {"content_type": query["content_type"], "token": query["token"]})
            else:
                page = self.api("pages/find/", {"html_path": url.path})
            articles = []
            if page["meta"]["type"] == "blog.BlogIndexPage" and page["id"]:
                params = {"child_of": page["id"], "type": "blog.BlogPage", "order": "-date", "fields": "intro,date"}
                articles = self.api("pages/", params)["items"]
            status, html = 200, render_page(page, articles, preview)
        except ApiError as error:
            if preview and error.status and 400 <= error.status < 500:
                status, html = error.status, error_page("Preview unavailable", error.message)
            elif error.status == 404:
                status, html = 404, error_page("Page not found")
            else:
                self.log_error("CMS API error %s: %s", error.status, error.message)
                status, html = 502, error_page("The site is unavailable", "The CMS could not serve this page.")
        except (KeyError, TypeError) as error:
            self.log_error("Unexpected JSON from the CMS API: %r", error)
            status, html = 502, error_page("The site is unavailable", "The CMS could not serve this page.")
        self.respond(status, html, no_store=preview)

    def api(self, endpoint, params):
        return fetch_json(f"{self.server.cms_url}/api/v2/{endpoint}?{urlencode(params)}")

    def respond(self, status, html, no_store=False):
        content = html.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(content)))
        if no_store:
            self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(content)


def make_server(cms_url, host="127.0.0.1", port=8020):
    if urlsplit(cms_url).scheme not in ("http", "https"):
        raise ValueError(f"CMS_URL must be an http(s) URL, not {cms_url!r}")
    server = ThreadingHTTPServer((host, port), Handler)
    server.cms_url = cms_url.rstrip("/")
    return server


@contextmanager
def serving(cms_url):
    """The front-end in a background thread on a free port, reading the API at `cms_url`; yields its URL."""
    server = make_server(cms_url, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def main():
    cms_url = os.environ.get("CMS_URL", "http://127.0.0.1:8000")
    server = make_server(cms_url, port=int(os.environ.get("FRONTEND_PORT", "8020")))
    host, port = server.server_address[:2]
    print(f"Reference front-end on http://{host}:{port}/, reading {server.cms_url}/api/v2/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
