"""PostgreSQL stopped and started under a running site: gunicorn answers 503 with Retry-After
while it is down, the task worker waits it out, and both carry on when it is back.

The site runs on a PostgreSQL cluster of its own (this test stops it), under production
settings without Redis, so the cache is in the database too and every request needs it.
The cluster starts with a copy of the test database (quicker than migrating a new one), `migrate`
makes the cache table, and the emptied database gets a site with a home page.
"""

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from django.db import connection

from scripts.throwaway_postgres import Cluster
from tests.scaleout.servers import Gunicorn, manage, postgres_command

ROOT = Path(__file__).resolve().parents[2]
UNAVAILABLE = "The site is briefly unavailable: try again in a minute."


# The copy holds whatever earlier tests left, so it is emptied and given a site of its own.
A_SITE_WITH_A_HOME_PAGE = """
from wagtail.models import Page, Site
home = Page.add_root(instance=Page(title="Root", slug="root")).add_child(instance=Page(title="Home", slug="home"))
Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
"""


def wait_until(condition, timeout, what):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"Waited {timeout} s for {what}")
        time.sleep(0.2)


@pytest.fixture(scope="module")
def cluster(django_db_setup, django_db_blocker, tmp_path_factory):
    """A cluster of its own holding a copy of the migrated test database."""
    with django_db_blocker.unblock():
        test_database = connection.settings_dict["NAME"]
    source = os.environ["DATABASE_URL"].rsplit("/", 1)[0] + f"/{test_database}"
    with Cluster() as cluster:
        dump = tmp_path_factory.mktemp("dump") / "test.dump"
        postgres_command("pg_dump", "--format=custom", "--no-owner", f"--file={dump}", source)
        postgres_command("pg_restore", "--no-owner", "--dbname", cluster.url, str(dump))
        yield cluster


@pytest.fixture(scope="module")
def env(cluster, tmp_path_factory):
    env = {key: value for key, value in os.environ.items() if key != "REDIS_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY="outage-test-" + "k" * 50,
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=cluster.url,
        MEDIA_ROOT=str(tmp_path_factory.mktemp("media")),
        WAGTAILADMIN_BASE_URL="http://127.0.0.1:8000",
        WAGTAILAPI_BASE_URL="http://127.0.0.1:8000",
        HEADLESS_CLIENT_URLS="http://127.0.0.1:8020/",
    )
    manage(env, "migrate", "--noinput")
    manage(env, "flush", "--noinput")
    manage(env, "shell", "-v0", "-c", A_SITE_WITH_A_HOME_PAGE)
    manage(env, "collectstatic", "--noinput")
    return env


@pytest.fixture
def worker(env, tmp_path):
    log_path = tmp_path / "worker.log"
    with open(log_path, "ab") as log:
        command = [sys.executable, "manage.py", "db_worker", "--no-reload", "--interval", "0.2", "--no-startup-delay"]
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log)  # noqa: S603
    process.log = log_path.read_text
    wait_until(lambda: "Starting worker" in process.log(), 30, "the worker to start")
    yield process
    process.terminate()
    process.wait(timeout=30)


def tasks(cluster, task_path):
    with psycopg.connect(cluster.url) as db:
        query = "SELECT status FROM django_tasks_database_dbtaskresult WHERE task_path = %s"
        return [status for (status,) in db.execute(query, [task_path])]


def test_a_database_outage_answers_503_and_the_site_and_worker_carry_on(cluster, env, worker, tmp_path):
    site = Gunicorn(env, tmp_path / "gunicorn.log", workers=2)
    site.start()
    try:
        assert site.request("/").status == 200

        cluster.stop()
        page = site.request("/")
        api_v2 = site.request("/api/v2/pages/")
        api_v3 = site.request("/api/v3/pages/")
        wait_until(lambda: "Database unreachable" in worker.log(), 15, "the worker to notice the outage")
        assert worker.poll() is None

        assert (page.status, page.headers["Retry-After"], page.headers["Cache-Control"]) == (503, "30", "no-store")
        assert page.headers["Content-Type"] == "text/html; charset=utf-8"
        assert "<h1>Briefly unavailable</h1>" in page.text
        assert '<a class="site-header__name" href="/">Software Glossary</a>' in page.text
        assert (api_v2.status, api_v2.headers["Retry-After"], api_v2.headers["Content-Type"]) == (
            503,
            "30",
            "application/json",
        )
        assert json.loads(api_v2.text) == {"message": UNAVAILABLE}
        assert (api_v3.status, api_v3.headers["Retry-After"], api_v3.headers["Content-Type"]) == (
            503,
            "30",
            "application/problem+json",
        )
        assert json.loads(api_v3.text) == {
            "type": "about:blank",
            "title": "Service Unavailable",
            "status": 503,
            "detail": UNAVAILABLE,
        }

        cluster.start()
        assert site.request("/").status == 200
        assert site.request("/api/v2/pages/").status == 200
        assert site.request("/api/v3/pages/").status == 200
    finally:
        site.stop()

    # Back, the worker books the scheduled-publishing run an outage may have cut, and runs tasks again.
    wait_until(lambda: "Database reachable again" in worker.log(), 15, "the worker to reconnect")
    assert tasks(cluster, "cms.editorial.tasks.publish_scheduled_pages") == ["READY"]
    enqueue = "from cms.webhooks.tasks import deliver_webhooks; deliver_webhooks.enqueue()"
    manage(env, "shell", "-v0", "-c", enqueue)
    wait_until(lambda: tasks(cluster, "cms.webhooks.tasks.deliver_webhooks") == ["SUCCESSFUL"], 15, "the task to run")
    assert worker.poll() is None
    outage_lines = [line for line in worker.log().splitlines() if line.startswith("Database ")]
    assert len(outage_lines) == 2, outage_lines
    assert re.fullmatch(r"Database unreachable \(.+\): the worker tries again every 2 s\.", outage_lines[0])
    assert re.fullmatch(r"Database reachable again after \d+ s: the worker carries on\.", outage_lines[1])
