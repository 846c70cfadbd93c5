"""A demo site's database, Redis servers and gunicorn instances, all real and all removed afterwards.

These tests start servers as subprocesses under production settings and talk to them over
HTTP; they need the throwaway PostgreSQL's DATABASE_URL, which `make test` sets.
"""

from dataclasses import dataclass
from pathlib import Path

import pytest

from scripts.throwaway_redis import RedisServer, ensure_redis_server

from .servers import Gunicorn, create_database, drop_database, manage, production_env


@dataclass
class DemoSite:
    database: str
    media_root: Path
    admin_token: str

    def env(self, redis_url=None, database=None, media_root=None):
        return production_env(database or self.database, media_root or self.media_root, redis_url)


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory):
    """The demo content in a fresh database, set up with the release steps of docs/deploy.md."""
    database = create_database()
    site = DemoSite(database, tmp_path_factory.mktemp("media"), "")
    env = site.env()
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput")
    manage(env, "load_demo_content")
    site.admin_token = manage(env, "api_tokens", "create", "--user", "admin", "--name", "deploy tests").strip()
    yield site
    drop_database(database)


@pytest.fixture
def redis_server(tmp_path):
    ensure_redis_server()
    with RedisServer(tmp_path).running() as server:
        yield server


@pytest.fixture
def start_gunicorn(tmp_path):
    """start_gunicorn(env, workers=1): a started instance, stopped after the test."""
    started = []

    def start(env, workers=1):
        instance = Gunicorn(env, tmp_path / f"gunicorn-{len(started)}.log", workers)
        instance.start()
        started.append(instance)
        return instance

    yield start
    for instance in started:
        instance.stop()
