"""The benchmark: generated content on PostgreSQL, served by gunicorn with production settings, loaded by wrk.

Run inside a throwaway cluster (`make bench`, or
`scripts/throwaway_postgres.py -- python -m bench.run [--quick]`). Every figure is the median
of three wrk runs after a warm-up, and is also given as a ratio to the static file (what this
machine and gunicorn can do at all) and to the minimal Django view (what Django's middleware
costs), both measured in the same run, so results compare across machines.
"""

import argparse
import cProfile
import io
import json
import os
import pstats
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from scripts.throwaway_postgres import free_port
from scripts.throwaway_redis import RedisServer, ensure_redis_server

from . import wrk

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).with_name("results")
REPEATS = 3
WORKERS = 2
WORKER_CLASS = "sync"
THREADS = 1
FULL = {"terms": 5000, "articles": 1000, "seconds": 10, "warmup": 3, "renders": 200}
GLOSSARY_TYPE = "glossary.GlossaryPage"
QUICK = {"terms": 500, "articles": 100, "seconds": 2, "warmup": 1, "renders": 30}
# Renders before the timed ones: what a process has built after serving the site for a while.
WARM_RENDERS = 5
PROFILE_LINES = 60
# The rows whose renders are also timed in this process (`render_milliseconds`).
TIMED_RENDERS = ("entry_cold", "glossary_index", "blog_index", "home", "api_v2_list", "api_v2_detail", "api_v3_detail")
# What Node's fetch (the front-end's client) sends; browsers and `curl --compressed` accept gzip too.
ACCEPT_GZIP = "gzip, deflate, br"


@dataclass
class Case:
    name: str
    label: str
    path: str
    cold: bool = False
    # A bearer token: the API renders for it, as the shared cache never answers a request with one.
    token: str = ""
    accept_gzip: bool = False
    # Sends the ETag of the answer it got before (If-None-Match), as a browser revalidating does.
    revalidate: bool = False

    @property
    def request_headers(self):
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        if self.accept_gzip:
            headers["Accept-Encoding"] = ACCEPT_GZIP
        return headers

    @property
    def headers(self):
        """For wrk."""
        return tuple(f"{name}: {value}" for name, value in self.request_headers.items())

    @property
    def client_headers(self):
        """For Django's test client."""
        return {f"HTTP_{name.upper()}": value for name, value in self.request_headers.items()}


def configure(media_root, redis_url, port):
    base_url = f"http://127.0.0.1:{port}"
    os.environ.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        MEDIA_ROOT=media_root,
        REDIS_URL=redis_url,
        WAGTAILADMIN_BASE_URL=base_url,
        WAGTAILAPI_BASE_URL=base_url,
        HEADLESS_CLIENT_URLS="http://127.0.0.1:8020/",  # no front-end runs: previews are not measured
    )
    import django

    django.setup()


def prepare(terms, articles):
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    started = time.monotonic()
    call_command("generate_content", terms=terms, articles=articles)
    generated = time.monotonic() - started
    # The planner's statistics, as autovacuum gathers them on a site that has been running: without
    # them the glossary index's query of 100 entries joined all 5,000 first (46 ms instead of 3).
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return generated


def cases():
    """The URLs measured, and a file listing every entry for the cold-cache run."""
    from django.conf import settings

    from wagtail.models import Locale

    from blog.models import BlogIndexPage
    from glossary.models import GlossaryIndexPage, GlossaryPage

    entries = list(GlossaryPage.objects.live().filter(locale=Locale.get_default()).order_by("path"))
    entry = entries[len(entries) // 2]
    static = Path(settings.STATIC_ROOT) / "bench" / "page.html"
    static.parent.mkdir(exist_ok=True)
    static.write_bytes(client().get(entry.url).content)
    paths_file = Path(tempfile.mkstemp(suffix=".txt")[1])
    paths_file.write_text("".join(f"{page.url}\n" for page in entries))
    api_list = f"/api/v2/pages/?type={GLOSSARY_TYPE}&fields=*&limit=20"
    token = api_token()
    return paths_file, [
        Case("static", "Static file (entry-sized)", f"{settings.STATIC_URL}bench/page.html"),
        Case("floor", "Minimal Django view", "/bench/floor/"),
        Case("entry_cold", "Glossary entry, cache cold", entry.url, cold=True),
        Case("entry_warm", "Glossary entry, cache warm, gzip", entry.url, accept_gzip=True),
        Case("entry_warm_identity", "Glossary entry, warm, identity", entry.url),
        Case(
            "glossary_index",
            f"Glossary index ({len(entries)}), gzip",
            GlossaryIndexPage.objects.get(locale=entry.locale).url,
            accept_gzip=True,
        ),
        Case("entry_revalidated", "Glossary entry, 304 (If-None-Match)", entry.url, accept_gzip=True, revalidate=True),
        Case("blog_index", "Blog index, gzip", BlogIndexPage.objects.get(locale=entry.locale).url, accept_gzip=True),
        Case("home", "Home page, gzip", "/", accept_gzip=True),
        Case("api_v2_list", "API v2 list (20), render", api_list, token=token),
        Case("api_v2_detail", "API v2 detail, render", f"/api/v2/pages/{entry.pk}/", token=token),
        Case("api_v3_detail", "API v3 detail, render", f"/api/v3/pages/{entry.pk}/", token=token),
        Case("api_v2_list_hit", "API v2 list (20), cached, gzip", api_list, accept_gzip=True),
        Case("api_v2_list_hit_identity", "API v2 list (20), hit, identity", api_list),
        Case("api_v2_detail_hit", "API v2 detail, cached, gzip", f"/api/v2/pages/{entry.pk}/", accept_gzip=True),
        Case("api_v3_detail_hit", "API v3 detail, cached, gzip", f"/api/v3/pages/{entry.pk}/", accept_gzip=True),
        Case("search", "Search for a term", f"/search/?q={quote(entry.title)}"),
    ]


def api_token():
    """The secret of a front-end's API token, as a site's build server holds one."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from wagtail.models import APIToken

    from cms.editorial.roles import EDITORS

    user, _created = get_user_model().objects.get_or_create(username="bench-front-end")
    user.groups.add(Group.objects.get(name=EDITORS))  # API v3 answers a token of someone who may edit
    _token, secret = APIToken.create_token(user=user, name="bench")
    return secret


def client():
    from django.test import Client

    return Client(HTTP_HOST="127.0.0.1")


def page_cache_key(case):
    """The page cache's key of the entry that answers the case's request."""
    from django.test import RequestFactory

    from cms.caching.page_cache import entry_key

    return entry_key(RequestFactory(HTTP_HOST="127.0.0.1").get(case.path, **case.client_headers))


def queries_of(case):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client().get(case.path, **case.client_headers)
    return len(queries)


def count_queries(case):
    """Database queries of one request: with the cache emptied first ("uncached"); as a
    page-cache miss once the process has served it before ("miss": what a render costs a
    running site); and as wrk's requests find the cache ("served": a page-cache hit costs none)."""
    from django.core.cache import cache

    cache.clear()
    uncached = queries_of(case)
    cache.delete(page_cache_key(case))
    miss = queries_of(case)
    return {"queries_uncached": uncached, "queries_miss": miss, "queries": miss if case.cold else queries_of(case)}


def render_milliseconds(case, renders):
    """The median time, in milliseconds, one request for the case's URL spends in Python with the
    page cache missed, in this process once it has served the URL before: CPU time of this thread
    (`time.thread_time`), so waiting for PostgreSQL and Redis does not count, and no profiler
    slows it down. Also the median wall time, waits included."""
    from django.core.cache import cache

    key = page_cache_key(case)
    browser = client()
    cpu, wall = [], []
    for _ in range(WARM_RENDERS + renders):
        cache.delete(key)
        started_cpu, started_wall = time.thread_time(), time.perf_counter()
        browser.get(case.path, **case.client_headers)
        cpu.append(time.thread_time() - started_cpu)
        wall.append(time.perf_counter() - started_wall)
    return {
        "render_cpu_ms": round(statistics.median(cpu[WARM_RENDERS:]) * 1000, 2),
        "render_wall_ms": round(statistics.median(wall[WARM_RENDERS:]) * 1000, 2),
    }


def matcher_build():
    """Term linking's matchers for the generated glossary: how long reading the live terms and
    building the matchers take, and the memory the matchers hold (traced in a second build, as
    tracing slows the first)."""
    from glossary.term_index import live_terms_by_locale
    from glossary.term_linking import Matcher

    started = time.perf_counter()
    terms = live_terms_by_locale()
    read = time.perf_counter() - started
    started = time.perf_counter()
    {locale_id: Matcher(locale_terms) for locale_id, locale_terms in terms.items()}
    build = time.perf_counter() - started
    tracemalloc.start()
    matchers = {locale_id: Matcher(locale_terms) for locale_id, locale_terms in terms.items()}
    held, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del matchers
    return {
        "terms": sum(len(locale_terms) for locale_terms in terms.values()),
        "read_seconds": round(read, 2),
        "build_seconds": round(build, 2),
        "held_mb": round(held / 2**20, 1),
        "peak_mb": round(peak / 2**20, 1),
    }


def profile(case, renders):
    """cProfile's view of the case's renders (page cache missed, process warm), by cumulative time."""
    from django.core.cache import cache

    key = page_cache_key(case)
    browser = client()
    for _ in range(WARM_RENDERS):
        cache.delete(key)
        browser.get(case.path, **case.client_headers)
    profiler = cProfile.Profile()
    for _ in range(renders):
        cache.delete(key)
        profiler.runcall(browser.get, case.path, **case.client_headers)
    report = io.StringIO()
    pstats.Stats(profiler, stream=report).sort_stats("cumulative").print_stats(PROFILE_LINES)
    return report.getvalue()


def start_server(port, worker_class, threads):
    command = [
        *(sys.executable, "-m", "gunicorn", "cms.wsgi:application"),
        *("--workers", str(WORKERS), "--bind", f"127.0.0.1:{port}", "--log-level", "warning"),
        *("--worker-class", worker_class, "--threads", str(threads)),
    ]
    server = subprocess.Popen(command, cwd=ROOT)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/bench/floor/", timeout=1)  # noqa: S310  our own server
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise RuntimeError("gunicorn did not start")


def worker_rss_mb(server):
    """The largest resident memory of gunicorn's workers (children of the master)."""
    children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
    sizes = []
    for pid in children:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                sizes.append(int(line.split()[1]) / 1024)
    return round(max(sizes), 1)


def answer(url, headers):
    """(status, body size, Content-Encoding, ETag) of one request to our own server."""
    request = urllib.request.Request(url, headers=headers)  # noqa: S310  our own server
    try:
        with urllib.request.urlopen(request) as response:  # noqa: S310  our own server
            return response.status, len(response.read()), response.headers["Content-Encoding"], response.headers["ETag"]
    except urllib.error.HTTPError as response:  # urllib raises for a 304 too
        return response.code, len(response.read()), response.headers["Content-Encoding"], response.headers["ETag"]


def measure(base_url, case, paths_file, seconds, warmup):
    from django.core.cache import cache

    status, size, encoding, etag = answer(base_url + case.path, case.request_headers)
    headers = case.headers
    if case.revalidate:
        headers += (f"If-None-Match: {etag}",)
        status, size, _encoding, _etag = answer(base_url + case.path, {**case.request_headers, "If-None-Match": etag})
    rotate = paths_file if case.cold else None
    wrk.run(base_url, case.path, warmup, rotate, headers)
    runs = []
    for _ in range(REPEATS):
        if case.cold:
            cache.clear()
        runs.append(wrk.run(base_url, case.path, seconds, rotate, headers))
    return {
        "label": case.label,
        "path": "every entry in turn" if case.cold else case.path,
        "status": status,
        "bytes": size,
        "content_encoding": encoding or "identity",
        "rps": statistics.median(run["rps"] for run in runs),
        "p50_ms": statistics.median(run["p50_ms"] for run in runs),
        "p99_ms": statistics.median(run["p99_ms"] for run in runs),
        "non_2xx": sum(run["non_2xx"] for run in runs),
        "socket_errors": [run["socket_errors"] for run in runs if run["socket_errors"]],
        "runs": runs,
    }


def targets(rows, memory_mb):
    """(target, measured, met) for each target of docs/performance.md."""
    static, floor = rows["static"], rows["floor"]["rps"]
    checks = []
    for name in ("entry_warm", "glossary_index", "blog_index", "home"):
        ratio, p99 = rows[name]["rps"] / static["rps"], rows[name]["p99_ms"] / static["p99_ms"]
        checks.append((f"{name} >= 0.9x static req/s", ratio, ratio >= 0.9))
        checks.append((f"{name} p99 <= 1.5x static p99", p99, p99 <= 1.5))
    cold = rows["entry_cold"]["rps"] / floor
    checks.append(("entry_cold >= 0.1x floor req/s", cold, cold >= 0.1))
    for name, limit in (("entry_cold", 6), ("glossary_index", 10), ("blog_index", 10)):
        milliseconds = rows[name]["render_cpu_ms"]
        checks.append((f"{name} render <= {limit} ms of Python", milliseconds, milliseconds <= limit))
    for name, limit in (("api_v2_detail", 0.15), ("api_v3_detail", 0.15), ("api_v2_list", 0.06)):
        ratio = rows[name]["rps"] / static["rps"]
        checks.append((f"{name} (render) >= {limit}x static req/s", ratio, ratio >= limit))
    for name in ("api_v2_list_hit", "api_v2_detail_hit", "api_v3_detail_hit"):
        ratio = rows[name]["rps"] / static["rps"]
        checks.append((f"{name} >= 0.5x static req/s", ratio, ratio >= 0.5))
    for name, limit in (("entry_cold", 12), ("glossary_index", 12), ("blog_index", 12), ("api_v2_list", 15)):
        queries = rows[name]["queries_miss"]
        checks.append((f"{name} queries per render <= {limit}", queries, queries <= limit))
    checks.append(("worker RSS < 130 MB", memory_mb, memory_mb < 130))
    return [{"target": target, "measured": round(value, 2), "met": met} for target, value, met in checks]


def table(rows):
    static, floor = rows["static"]["rps"], rows["floor"]["rps"]
    header = f"{'URL':<36} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'non-2xx':>7} {'served':>6} {'miss':>4}"
    header += f" {'uncached':>8}"
    lines = [header + f" {'bytes':>7} {'x static':>8} {'x floor':>7} {'render ms':>9}"]
    for row in rows.values():
        render = f"{row['render_cpu_ms']:.2f}" if "render_cpu_ms" in row else ""
        lines.append(
            f"{row['label']:<36} {row['rps']:>8.0f} {row['p50_ms']:>8.2f} {row['p99_ms']:>8.2f} {row['non_2xx']:>7} "
            f"{row['queries']:>6} {row['queries_miss']:>4} {row['queries_uncached']:>8} {row['bytes']:>7} "
            f"{row['rps'] / static:>8.2f} {row['rps'] / floor:>7.2f} {render:>9}"
        )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="500 entries, 100 articles and 2 s runs")
    parser.add_argument("--scale", type=int, help="this many entries and a fifth as many articles (full runs)")
    parser.add_argument("--worker-class", default=WORKER_CLASS, help=f"gunicorn's (default {WORKER_CLASS})")
    parser.add_argument("--threads", type=int, default=THREADS, help=f"per gunicorn worker (default {THREADS})")
    parser.add_argument("--profile", metavar="ROW", help="print the profile of a row's renders instead of measuring")
    options = parser.parse_args()
    if not os.environ.get("DATABASE_URL"):
        sys.exit("DATABASE_URL is not set: run through scripts/throwaway_postgres.py (see `make bench`).")
    plan = dict(QUICK if options.quick else FULL)
    if options.scale:
        plan.update(terms=options.scale, articles=options.scale // 5)
    started = time.monotonic()
    wrk.ensure_wrk()
    ensure_redis_server()
    with tempfile.TemporaryDirectory() as media_root, RedisServer(media_root).running() as redis:
        port = free_port()
        configure(media_root, redis.url(), port)
        generate_seconds = prepare(plan["terms"], plan["articles"])
        paths_file, measured = cases()
        if options.profile:
            case = next(case for case in measured if case.name == options.profile)
            print(profile(case, plan["renders"]))
            return
        matchers = matcher_build()
        queries = {case.name: count_queries(case) for case in measured}
        timed = [case for case in measured if case.name in TIMED_RENDERS]
        renders = {case.name: render_milliseconds(case, plan["renders"]) for case in timed}
        server = start_server(port, options.worker_class, options.threads)
        try:
            started_mb = worker_rss_mb(server)
            rows = {}
            for case in measured:
                print(f"Measuring {case.label}...", flush=True)
                rows[case.name] = measure(f"http://127.0.0.1:{port}", case, paths_file, plan["seconds"], plan["warmup"])
                rows[case.name].update(queries[case.name], **renders.get(case.name, {}))
            memory_mb = worker_rss_mb(server)
        finally:
            server.terminate()
            server.wait()
            paths_file.unlink()
    report = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "quick": options.quick,
        "machine": {"cpus": os.cpu_count(), "platform": os.uname().release, "python": sys.version.split()[0]},
        "wrk": {"threads": wrk.THREADS, "connections": wrk.CONNECTIONS, "seconds": plan["seconds"]},
        "dataset": {**plan, "generate_seconds": round(generate_seconds, 1)},
        "gunicorn": {"workers": WORKERS, "worker_class": options.worker_class, "threads": options.threads},
        "term_matchers": matchers,
        "worker_rss_mb": memory_mb,
        "worker_rss_at_start_mb": started_mb,
        "rows": rows,
        "targets": targets(rows, memory_mb),
        "total_seconds": round(time.monotonic() - started, 1),
    }
    RESULTS.mkdir(exist_ok=True)
    name = f"{report['date'][:19].replace(':', '')}{'-quick' if options.quick else ''}-{plan['terms']}.json"
    (RESULTS / name).write_text(json.dumps(report, indent=2))
    print(table(rows))
    print(f"\nWorker RSS: {memory_mb} MB ({started_mb} MB at start).")
    print(f"Generated the dataset in {report['dataset']['generate_seconds']} s.")
    print(
        f"Term matchers: {matchers['terms']} terms read in {matchers['read_seconds']} s, built in "
        f"{matchers['build_seconds']} s, holding {matchers['held_mb']} MB (peak {matchers['peak_mb']} MB)."
    )
    for check in report["targets"]:
        print(f"{'met' if check['met'] else 'NOT met':>8}  {check['target']}: {check['measured']}")
    print(f"\nTotal {report['total_seconds']} s. Written to {RESULTS / name}")


if __name__ == "__main__":
    main()
