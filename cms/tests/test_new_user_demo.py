"""The demo as a new user runs it: `manage.py` commands under the dev settings on a fresh
SQLite file, each in its own process, as `make run` runs them."""

import os
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from scripts.throwaway_postgres import free_port

ROOT = Path(__file__).resolve().parents[2]


class Demo:
    def __init__(self, folder):
        self.database = folder / "db.sqlite3"
        self.media_root = folder / "media"
        self.env = {
            "PATH": os.environ["PATH"],
            "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
            "DATABASE_URL": f"sqlite:///{self.database}",
            "MEDIA_ROOT": str(self.media_root),
            "DEBUG": "false",  # as `make run` exports it
        }

    def manage(self, *args, **env):
        return subprocess.run(  # noqa: S603  the test's own interpreter and arguments
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env={**self.env, **env},
            capture_output=True,
            text=True,
            check=False,
        )

    def query(self, sql):
        with sqlite3.connect(self.database) as connection:
            return connection.execute(sql).fetchall()

    def task_counts(self):
        return dict(self.query("SELECT status, COUNT(*) FROM django_tasks_database_dbtaskresult GROUP BY status"))


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A fresh database: `migrate`, then `load_demo_content`, and nothing else."""
    demo = Demo(tmp_path_factory.mktemp("demo"))
    demo.migrated = demo.manage("migrate", "--noinput", "-v0")
    demo.loaded = demo.manage("load_demo_content", "--base-url", "http://127.0.0.1:8000")
    return demo


def test_migrate_then_load_demo_content_needs_no_other_step(demo):
    assert demo.migrated.returncode == 0, demo.migrated.stderr
    assert demo.loaded.returncode == 0, demo.loaded.stderr
    assert "admin     Administrator  admin-demo-pass" in demo.loaded.stdout
    assert demo.query("SELECT name FROM sqlite_master WHERE name = 'django_cache'") == [("django_cache",)]


def test_migrate_again_keeps_the_cache_table_and_its_rows(demo):
    rows = demo.query("SELECT COUNT(*) FROM django_cache")
    assert rows[0][0] > 0
    assert demo.manage("migrate", "--noinput", "-v0").returncode == 0
    assert demo.query("SELECT COUNT(*) FROM django_cache") == rows


def test_the_task_worker_logs_no_line_per_task(demo):
    ready = demo.task_counts()["READY"]
    assert ready > 0  # the demo content's search index and reference index updates

    worked = demo.manage("db_worker", "--no-reload", "--batch", "--no-startup-delay")

    assert worked.returncode == 0, worked.stderr
    assert demo.task_counts() == {"SUCCESSFUL": ready}
    assert "Task id=" not in worked.stdout + worked.stderr
    assert [line.split(" worker_id=")[0] for line in worked.stderr.splitlines() if "worker_id=" in line] == [
        "Starting worker",
        "No more tasks to run for",
    ]


def test_task_log_level_shows_each_task_run(demo):
    enqueue = "from cms.webhooks.tasks import deliver_webhooks; print(deliver_webhooks.enqueue().id)"
    task_id = demo.manage("shell", "-v0", "-c", enqueue).stdout.strip()

    worked = demo.manage("db_worker", "--no-reload", "--batch", "--no-startup-delay", TASK_LOG_LEVEL="INFO")

    assert [line for line in worked.stderr.splitlines() if line.startswith("Task id=")] == [
        f"Task id={task_id} path=cms.webhooks.tasks.deliver_webhooks state=RUNNING",
        f"Task id={task_id} path=cms.webhooks.tasks.deliver_webhooks state=SUCCESSFUL",
    ]


@pytest.fixture(scope="module")
def runserver(demo):
    """`manage.py runserver` as `make run` starts it, on a free port."""
    port = free_port()
    command = [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"]
    server = subprocess.Popen(command, cwd=ROOT, env=demo.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # noqa: S603
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            get(base_url + "/robots.txt")
            break
        except OSError:
            time.sleep(0.2)
    yield base_url
    server.terminate()
    server.wait(timeout=10)


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310  our own server
            return response.status, response.headers["Content-Type"], response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read()


def test_an_unknown_address_shows_the_sites_own_404(runserver):
    status, content_type, body = get(runserver + "/no-such-page/")
    html = body.decode()
    assert (status, content_type) == (404, "text/html; charset=utf-8")
    assert "<h1>Page not found</h1>" in html
    assert '<a class="site-header__name" href="/">Software Glossary</a>' in html
    assert "URLconf" not in html


def test_static_files_media_and_the_favicon_are_served(runserver, demo):
    image = next((demo.media_root / "original_images").glob("*.png"))
    assert get(f"{runserver}/media/original_images/{image.name}") == (200, "image/png", image.read_bytes())
    assert get(runserver + "/favicon.ico") == (200, "image/x-icon", (ROOT / "static/root/favicon.ico").read_bytes())
    assert get(runserver + "/static/favicon.svg") == (200, "image/svg+xml", (ROOT / "static/favicon.svg").read_bytes())
    status, content_type, _css = get(runserver + "/static/css/site.css")
    assert (status, content_type) == (200, 'text/css; charset="utf-8"')


def test_pages_link_the_favicon(runserver):
    _status, _type, body = get(runserver + "/")
    assert '<link rel="icon" href="/favicon.ico" sizes="16x16 32x32 48x48">' in body.decode()
    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in body.decode()
