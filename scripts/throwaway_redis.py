"""A redis-server on 127.0.0.1 at a free port, with its data in a folder of the caller's.

Installs Debian's redis-server package when it is missing, as throwaway_postgres.py does
for PostgreSQL. Used by the benchmark and the deployment tests.
"""

import shutil
import subprocess
import time
from contextlib import contextmanager

import redis

from scripts.throwaway_postgres import apt_install, free_port

START_SECONDS = 60


def ensure_redis_server():
    if not shutil.which("redis-server"):
        apt_install("redis-server")


def wait_for(ready, what):
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if ready():
            return
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not start within {START_SECONDS}s")


class RedisServer:
    """redis-server with its data in `directory`: stop() saves it to disk, start() loads it again."""

    def __init__(self, directory):
        self.directory = directory
        self.port = free_port()
        self.process = None

    def url(self, db=0):
        return f"redis://127.0.0.1:{self.port}/{db}"

    def client(self):
        return redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=5)

    def answers(self):
        try:
            return self.client().ping()
        except redis.ConnectionError:
            return False

    def start(self):
        command = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.directory)]
        self.process = subprocess.Popen([*command, "--save", "", "--appendonly", "no"], stdout=subprocess.DEVNULL)
        wait_for(self.answers, "redis-server")

    def stop(self):
        """SHUTDOWN SAVE, as a Redis with persistence does when it is stopped or restarted."""
        self.client().shutdown(save=True)
        self.process.wait(timeout=30)

    @contextmanager
    def running(self):
        self.start()
        try:
            yield self
        finally:
            if self.process.poll() is None:
                self.process.terminate()
                self.process.wait(timeout=30)
