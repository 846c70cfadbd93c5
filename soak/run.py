"""The soak test: gunicorn with production settings, one task worker and a webhook receiver on a
throwaway PostgreSQL; 60 s of readers while an editor publishes every second, then the same
load while PostgreSQL is stopped for a few seconds and started again.

Run inside a throwaway cluster (`make soak`, or
`scripts/throwaway_postgres.py -- python -m soak.run`). Prints a summary, writes it as JSON to
soak/results/ and exits with 1 when a check fails.
"""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from bench.run import configure, start_server
from scripts.throwaway_postgres import free_port

from .postgres import Cluster
from .receiver import Receiver
from .traffic import Traffic

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).with_name("results")
STEADY_SECONDS = 60
OUTAGE_AFTER = 10
OUTAGE_SECONDS = 5
AFTER_OUTAGE_SECONDS = 25
RECOVERY_LIMIT = 5
DRAIN_SECONDS = 60
PUBLISHED_PAGES = 3
WORKER_RESTART_SECONDS = 5  # RestartSec in deploy/glossary-worker.service


def prepare(port):
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    call_command("load_demo_content", base_url=f"http://127.0.0.1:{port}", stdout=open(os.devnull, "w"))  # noqa: SIM115
    call_command("start_scheduled_publishing")


def site_under_test(receiver):
    """The pages readers read and the editor publishes, and the editor's superuser token."""
    from django.contrib.auth import get_user_model

    from wagtail.models import APIToken

    from blog.models import BlogIndexPage
    from cms.models import WebhookEndpoint
    from glossary.models import GlossaryIndexPage, GlossaryPage

    WebhookEndpoint.objects.create(name="Soak receiver", url=receiver.url)
    _token, secret = APIToken.create_token(user=get_user_model().objects.get(username="admin"), name="soak")
    entries = list(GlossaryPage.objects.live().order_by("path"))
    published = entries[:PUBLISHED_PAGES]
    read = entries[PUBLISHED_PAGES]
    reader_paths = [
        "/",
        GlossaryIndexPage.objects.get().url,
        BlogIndexPage.objects.get().url,
        *(page.url for page in entries[: PUBLISHED_PAGES + 1]),
        "/api/v2/pages/?type=glossary.GlossaryPage&fields=*&limit=20",
        f"/api/v2/pages/{read.pk}/",
        f"/api/v3/pages/{read.pk}/",
        f"/api/v2/pages/find/?html_path={read.url}",
        "/search/?q=api",
    ]
    return reader_paths, [(page.pk, page.url) for page in published], secret


def revision_counts(page_ids):
    from django.db import connection

    from wagtail.models import Page

    connection.close()  # the server may have restarted since this process last asked
    return {page.pk: page.revisions.count() for page in Page.objects.filter(pk__in=page_ids)}


def live_titles(page_ids):
    from wagtail.models import Page

    return dict(Page.objects.filter(pk__in=page_ids).values_list("pk", "title"))


class SupervisedWorker:
    """`manage.py db_worker`, restarted when it exits, as deploy/glossary-worker.service has systemd do."""

    def __init__(self, log):
        self.log = log
        self.exits = []
        self.stopping = False
        self.process = None
        self.thread = threading.Thread(target=self.supervise)
        self.thread.start()

    def supervise(self):
        while not self.stopping:
            command = [sys.executable, "manage.py", "db_worker", "--no-reload", "--interval", "0.2"]
            self.process = subprocess.Popen(command, cwd=ROOT, stdout=self.log, stderr=self.log)
            code = self.process.wait()
            if not self.stopping:
                self.exits.append({"at": time.monotonic(), "code": code})
                time.sleep(WORKER_RESTART_SECONDS)

    def stop(self):
        self.stopping = True
        self.process.terminate()
        self.thread.join()


def quietly(start, log):
    """Run `start` with standard error sent to `log`, so the processes it starts log there."""
    saved = os.dup(2)
    os.dup2(log.fileno(), 2)
    try:
        return start()
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def outage(cluster, marks):
    time.sleep(OUTAGE_AFTER)
    marks["stopped"] = time.monotonic()
    cluster.stop()
    time.sleep(OUTAGE_SECONDS)
    cluster.start()
    marks["up"] = time.monotonic()


def wait_for_webhooks(receiver, expected):
    deadline = time.monotonic() + DRAIN_SECONDS
    while time.monotonic() < deadline and len({d["id"] for d in receiver.received()}) < expected:
        time.sleep(0.5)


def webhook_titles(receiver):
    """Titles of the page.published events each page received, in arrival order, each delivery once."""
    seen, titles = set(), {}
    for delivery in receiver.received():
        if delivery["event"] == "page.published" and delivery["id"] not in seen:
            seen.add(delivery["id"])
            titles.setdefault(delivery["page"]["id"], []).append(delivery["page"]["title"])
    return titles, len(receiver.received()) - len(seen)


def failed(answer):
    return answer.status is None or answer.status >= 500


def summarise(traffic, marks, receiver, revisions_before, revisions_after, titles_now, worker):
    answers = traffic.answers
    outage_failures = [a for a in answers if failed(a) and marks["stopped"] <= a.at <= marks["up"] + RECOVERY_LIMIT]
    other_errors = [a for a in answers if (failed(a) or a.status >= 400) and a not in outage_failures]
    after_up = [a.at - marks["up"] for a in answers if a.at > marks["up"] and a.status == 200]
    last_failure = max((a.at - marks["up"] for a in outage_failures if a.at > marks["up"]), default=0)
    expected = {}
    for publish in traffic.publishes:
        expected.setdefault(publish["page"], []).append(publish["title"])
    received, redelivered = webhook_titles(receiver)
    arrivals_after_up = [d["at"] - marks["up"] for d in receiver.received() if d["at"] > marks["up"]]
    visible = [p["visible_after"] for p in traffic.publishes if p["visible_after"] is not None]
    made = {page: len(titles) for page, titles in expected.items()}
    new_revisions = {page: revisions_after[page] - revisions_before[page] for page in revisions_before}
    checks = {
        "no 5xx or failed request outside the outage": not other_errors,
        "every publish visible to readers": len(visible) == len(traffic.publishes),
        "no lost revision": all(new_revisions[page] == made.get(page, 0) for page in new_revisions),
        "live title is the last one published": all(titles_now[p] == titles[-1] for p, titles in expected.items()),
        "site recovered after the outage": bool(after_up) and last_failure <= RECOVERY_LIMIT,
        "every publish's webhook arrived, in order per page": received == expected,
    }
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "platform": os.uname().release, "python": sys.version.split()[0]},
        "requests": {
            "total": len(answers),
            "by_status": dict(Counter(str(a.status) for a in answers)),
            "per_second": round(len(answers) / (STEADY_SECONDS + OUTAGE_AFTER + OUTAGE_SECONDS + AFTER_OUTAGE_SECONDS)),
            "errors_outside_outage": [vars(a) | {"at": round(a.at - marks["start"], 2)} for a in other_errors][:20],
        },
        "outage": {
            "stopped_seconds": round(marks["up"] - marks["stopped"], 2),
            "failed_requests": len(outage_failures),
            "first_success_after_restart_s": round(min(after_up), 3) if after_up else None,
            "last_failure_after_restart_s": round(last_failure, 3),
            "failed_editor_calls": sum(1 for a in outage_failures if a.path.startswith(("PATCH", "POST"))),
            "worker_exits": len(worker.exits),
        },
        "publishes": {
            "made": len(traffic.publishes),
            "visible_after_median_s": statistics.median(visible) if visible else None,
            "visible_after_max_s": max(visible) if visible else None,
            "new_revisions": sum(new_revisions.values()),
        },
        "webhooks": {
            "expected": len(traffic.publishes),
            "received": sum(len(titles) for titles in received.values()),
            "redelivered": redelivered,
            "first_arrival_after_restart_s": round(min(arrivals_after_up), 2) if arrivals_after_up else None,
        },
        "checks": checks,
    }


def main():
    if not os.environ.get("DATABASE_URL"):
        sys.exit("DATABASE_URL is not set: run through scripts/throwaway_postgres.py (see `make soak`).")
    started = time.monotonic()
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H%M%S")
    log_path = RESULTS / f"{stamp}-server.log"
    # Short webhook timeouts and scheduling runs, so a delivery cut by the outage is retried within the run.
    os.environ.update(WEBHOOK_TIMEOUT="2", SCHEDULED_PUBLISHING_INTERVAL="10", LOG_LEVEL="WARNING")
    with tempfile.TemporaryDirectory() as media_root, open(log_path, "ab") as log:
        port = free_port()
        configure(
            media_root, redis_url="", port=port
        )  # no Redis: the cache is in PostgreSQL too, so the outage stops everything
        from django.db import connection

        print("Migrating and loading the demo content...", flush=True)
        prepare(port)
        receiver = Receiver()
        reader_paths, pages, token = site_under_test(receiver)
        cluster = Cluster(connection)
        revisions_before = revision_counts([page for page, _url in pages])
        server = quietly(lambda: start_server(port), log)
        worker = SupervisedWorker(log)
        traffic = Traffic(port, reader_paths, pages, token)
        marks = {"start": time.monotonic()}
        try:
            print(f"Readers and an editor for {STEADY_SECONDS} s...", flush=True)
            traffic.run_for(STEADY_SECONDS)
            print(f"The same, with PostgreSQL stopped for {OUTAGE_SECONDS} s after {OUTAGE_AFTER} s...", flush=True)
            fault = threading.Thread(target=outage, args=(cluster, marks))
            fault.start()
            traffic.run_for(OUTAGE_AFTER + OUTAGE_SECONDS + AFTER_OUTAGE_SECONDS)
            fault.join()
            print("Waiting for the last webhooks...", flush=True)
            wait_for_webhooks(receiver, len(traffic.publishes))
        finally:
            worker.stop()
            server.terminate()
            server.wait()
            receiver.shutdown()
        page_ids = [page for page, _url in pages]
        report = summarise(
            traffic, marks, receiver, revisions_before, revision_counts(page_ids), live_titles(page_ids), worker
        )
    report["total_seconds"] = round(time.monotonic() - started, 1)
    report["log"] = str(log_path.relative_to(ROOT))
    path = RESULTS / f"{stamp}.json"
    path.write_text(json.dumps(report, indent=2))
    print(json.dumps({key: report[key] for key in ("requests", "outage", "publishes", "webhooks")}, indent=2))
    for name, ok in report["checks"].items():
        print(f"{'passed' if ok else 'FAILED':>7}  {name}")
    print(f"\nTotal {report['total_seconds']} s. Written to {path.relative_to(ROOT)}")
    return 0 if all(report["checks"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
