"""Real servers for the deployment tests: databases in the throwaway PostgreSQL, and gunicorn.

Everything runs on 127.0.0.1 at free ports, under production settings, and is stopped and
removed by the fixtures in conftest.py. Redis comes from scripts/throwaway_redis.py.
"""

import os
import secrets
import subprocess
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
from psycopg import sql

from scripts.throwaway_postgres import find_bindir, free_port
from scripts.throwaway_redis import wait_for

ROOT = Path(__file__).resolve().parent.parent.parent


def database_url(name):
    return urlsplit(os.environ["DATABASE_URL"])._replace(path=f"/{name}").geturl()


def create_database():
    name = f"deploy_{secrets.token_hex(4)}"
    with psycopg.connect(os.environ["DATABASE_URL"], autocommit=True) as connection:
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return name


def drop_database(name):
    with psycopg.connect(os.environ["DATABASE_URL"], autocommit=True) as connection:
        connection.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


def postgres_command(name, *args):
    """A PostgreSQL client program (pg_dump, pg_restore) from the server's own bin folder."""
    return subprocess.run([os.path.join(find_bindir(), name), *args], check=True, capture_output=True, text=True)


def production_env(database, media_root, redis_url=None):
    env = {key: value for key, value in os.environ.items() if key != "REDIS_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY="deploy-test-" + "k" * 50,
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=database_url(database),
        MEDIA_ROOT=str(media_root),
        WAGTAILADMIN_BASE_URL="http://127.0.0.1:8000",
        WAGTAILAPI_BASE_URL="http://127.0.0.1:8000",
        HEADLESS_CLIENT_URLS="http://127.0.0.1:8020/",
    )
    if redis_url:
        env["REDIS_URL"] = redis_url
    return env


def manage(env, *args):
    done = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, f"manage.py {args[0]} exited with {done.returncode}:\n{done.stderr}"
    return done.stdout


@dataclass
class Response:
    status: int
    headers: dict
    text: str


class Gunicorn:
    """The site under gunicorn, as docs/deploy.md runs it; its log is kept in `log_path`."""

    def __init__(self, env, log_path, workers=1):
        self.env = env
        self.log_path = log_path
        self.workers = workers
        self.port = free_port()
        self.process = None

    @property
    def base_url(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self):
        command = [sys.executable, "-m", "gunicorn", "cms.wsgi:application", "--bind", f"127.0.0.1:{self.port}"]
        command += ["--no-control-socket"]  # gunicorn's default one is shared by every instance
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                [*command, "--workers", str(self.workers)], cwd=ROOT, env=self.env, stderr=log
            )
        wait_for(self.answers, "gunicorn")

    def answers(self):
        try:
            return self.request("/robots.txt").status == 200
        except OSError:
            return False

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)

    def log(self):
        return Path(self.log_path).read_text()

    def request(self, path, method="GET", data=None, headers=None):
        request = urllib.request.Request(self.base_url + path, data=data, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return Response(response.status, dict(response.headers), response.read().decode())
        except urllib.error.HTTPError as error:
            return Response(error.code, dict(error.headers), error.read().decode())
