"""The benchmark: generated content on PostgreSQL, served by gunicorn with production settings, loaded by wrk.

Run inside a throwaway cluster (`make bench`, or
`scripts/throwaway_postgres.py -- python -m bench.run [--quick]`). Every figure is the median
of three wrk runs after a warm-up, and is also given as a ratio to the static file (what this
machine and gunicorn can do at all) and to the minimal Django view (what Django's middleware
costs), both measured in the same run, so results compare across machines.
"""

import argparse
import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
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
FULL = {"terms": 5000, "articles": 1000, "seconds": 10, "warmup": 3}
GLOSSARY_TYPE = "glossary.GlossaryPage"
QUICK = {"terms": 500, "articles": 100, "seconds": 2, "warmup": 1}
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

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    started = time.monotonic()
    call_command("generate_content", terms=terms, articles=articles)
    return time.monotonic() - started


def cases():
    """The URLs measured, and a file listing every entry for the cold-cache run."""
    from django.conf import settings

    from blog.models import BlogIndexPage
    from glossary.models import GlossaryIndexPage, GlossaryPage

    entries = list(GlossaryPage.objects.live().order_by("path"))
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
            GlossaryIndexPage.objects.get().url,
            accept_gzip=True,
        ),
        Case("blog_index", "Blog index, gzip", BlogIndexPage.objects.get().url, accept_gzip=True),
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
    from django.test import RequestFactory

    from cms.caching.page_cache import entry_key

    cache.clear()
    uncached = queries_of(case)
    cache.delete(entry_key(RequestFactory(HTTP_HOST="127.0.0.1").get(case.path, **case.client_headers)))
    miss = queries_of(case)
    return {"queries_uncached": uncached, "queries_miss": miss, "queries": miss if case.cold else queries_of(case)}


def start_server(port):
    command = [
        *(sys.executable, "-m", "gunicorn", "cms.wsgi:application"),
        *("--workers", str(WORKERS), "--bind", f"127.0.0.1:{port}", "--log-level", "warning"),
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


def measure(base_url, case, paths_file, seconds, warmup):
    from django.core.cache import cache

    request = urllib.request.Request(base_url + case.path, headers=case.request_headers)  # noqa: S310  our own server
    with urllib.request.urlopen(request) as response:  # noqa: S310  our own server
        size, status, encoding = len(response.read()), response.status, response.headers["Content-Encoding"]
    rotate = paths_file if case.cold else None
    wrk.run(base_url, case.path, warmup, rotate, case.headers)
    runs = []
    for _ in range(REPEATS):
        if case.cold:
            cache.clear()
        runs.append(wrk.run(base_url, case.path, seconds, rotate, case.headers))
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
    static, floor = rows["static"]["rps"], rows["floor"]["rps"]
    checks = [
        (f"{name} >= 0.8x static req/s", rows[name]["rps"] / static, rows[name]["rps"] / static >= 0.8)
        for name in ("entry_warm", "glossary_index", "blog_index")
    ]
    checks += [
        (f"{name} >= 0.5x floor req/s", rows[name]["rps"] / floor, rows[name]["rps"] / floor >= 0.5)
        for name in ("entry_cold", "api_v2_detail", "api_v3_detail")
    ]
    checks += [
        (f"{name} >= 0.5x static req/s", rows[name]["rps"] / static, rows[name]["rps"] / static >= 0.5)
        for name in ("api_v2_list_hit", "api_v2_detail_hit", "api_v3_detail_hit")
    ]
    index_p99 = rows["glossary_index"]["p99_ms"] / rows["entry_warm"]["p99_ms"]
    checks.append(("glossary_index p99 < 3x entry_warm p99", index_p99, index_p99 < 3))
    for name, limit in (("entry_cold", 12), ("glossary_index", 12), ("blog_index", 12), ("api_v2_list", 15)):
        queries = rows[name]["queries_miss"]
        checks.append((f"{name} queries per render <= {limit}", queries, queries <= limit))
    checks.append(("worker RSS < 150 MB", memory_mb, memory_mb < 150))
    return [{"target": target, "measured": round(value, 2), "met": met} for target, value, met in checks]


def table(rows):
    static, floor = rows["static"]["rps"], rows["floor"]["rps"]
    header = f"{'URL':<32} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'non-2xx':>7} {'served':>6} {'miss':>4}"
    header += f" {'uncached':>8}"
    lines = [header + f" {'bytes':>7} {'x static':>8} {'x floor':>7}"]
    for row in rows.values():
        lines.append(
            f"{row['label']:<32} {row['rps']:>8.0f} {row['p50_ms']:>8.2f} {row['p99_ms']:>8.2f} {row['non_2xx']:>7} "
            f"{row['queries']:>6} {row['queries_miss']:>4} {row['queries_uncached']:>8} {row['bytes']:>7} "
            f"{row['rps'] / static:>8.2f} {row['rps'] / floor:>7.2f}"
        )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="500 entries, 100 articles and 2 s runs")
    options = parser.parse_args()
    if not os.environ.get("DATABASE_URL"):
        sys.exit("DATABASE_URL is not set: run through scripts/throwaway_postgres.py (see `make bench`).")
    plan = QUICK if options.quick else FULL
    started = time.monotonic()
    wrk.ensure_wrk()
    ensure_redis_server()
    with tempfile.TemporaryDirectory() as media_root, RedisServer(media_root).running() as redis:
        port = free_port()
        configure(media_root, redis.url(), port)
        generate_seconds = prepare(plan["terms"], plan["articles"])
        paths_file, measured = cases()
        queries = {case.name: count_queries(case) for case in measured}
        server = start_server(port)
        try:
            rows = {}
            for case in measured:
                print(f"Measuring {case.label}...", flush=True)
                rows[case.name] = measure(f"http://127.0.0.1:{port}", case, paths_file, plan["seconds"], plan["warmup"])
                rows[case.name].update(queries[case.name])
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
        "gunicorn_workers": WORKERS,
        "worker_rss_mb": memory_mb,
        "rows": rows,
        "targets": targets(rows, memory_mb),
        "total_seconds": round(time.monotonic() - started, 1),
    }
    RESULTS.mkdir(exist_ok=True)
    name = f"{report['date'][:19].replace(':', '')}{'-quick' if options.quick else ''}.json"
    (RESULTS / name).write_text(json.dumps(report, indent=2))
    print(table(rows))
    print(f"\nWorker RSS: {memory_mb} MB. Generated the dataset in {report['dataset']['generate_seconds']} s.")
    for check in report["targets"]:
        print(f"{'met' if check['met'] else 'NOT met':>8}  {check['target']}: {check['measured']}")
    print(f"\nTotal {report['total_seconds']} s. Written to {RESULTS / name}")


if __name__ == "__main__":
    main()
