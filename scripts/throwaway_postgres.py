#!/usr/bin/env python3
"""Run a command against a throwaway PostgreSQL cluster, then remove the cluster.

    python scripts/throwaway_postgres.py -- pytest

initdb into a temporary folder, listen on 127.0.0.1 at a free port, export
DATABASE_URL for the command, and stop and delete the cluster afterwards, whether
the command passed, failed or was interrupted. Installs Debian's postgresql package
if no server binaries are found. As root, the server runs as the `postgres` user.
"""

import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time


def find_bindir():
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    if candidates:
        return os.path.dirname(candidates[0])
    on_path = shutil.which("initdb")
    return os.path.dirname(on_path) if on_path else None


def apt_install(package):
    """Debian's `package`, for a fresh machine that lacks a server or tool a command needs."""
    print(f"Installing Debian's {package} package.", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-q"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-q", package], check=True, env=env)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def as_server_user(command):
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


def wait_until_ready(bindir, port, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready = subprocess.run(
            [os.path.join(bindir, "pg_isready"), "-h", "127.0.0.1", "-p", str(port)],
            capture_output=True,
        )
        if ready.returncode == 0:
            return
        time.sleep(0.2)
    raise RuntimeError(f"PostgreSQL did not start on port {port} within {timeout}s")


class Cluster:
    """A new PostgreSQL cluster in a temporary folder, on 127.0.0.1 at a free port.

    `with Cluster() as cluster:` creates and starts it, and stops and deletes it afterwards;
    `stop()` and `start()` in between take it down and bring it back with the same data.
    """

    def __init__(self):
        self.bindir = find_bindir()
        if self.bindir is None:
            print("PostgreSQL not found.", flush=True)
            apt_install("postgresql")
            self.bindir = find_bindir()
        self.workdir = tempfile.mkdtemp(prefix="throwaway-pg-")
        self.datadir = os.path.join(self.workdir, "data")
        self.port = free_port()
        self.running = False

    @property
    def url(self):
        return f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    def pg_ctl(self, *arguments):
        command = [os.path.join(self.bindir, "pg_ctl"), "-D", self.datadir, *arguments]
        subprocess.run(as_server_user(command), check=True, stdout=subprocess.DEVNULL)

    def start(self):
        options = (
            f"-p {self.port} -k {self.workdir} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self.pg_ctl("-o", options, "-l", os.path.join(self.workdir, "server.log"), "-w", "start")
        self.running = True
        wait_until_ready(self.bindir, self.port)

    def stop(self, mode="fast"):
        self.pg_ctl("-m", mode, "-w", "stop")
        self.running = False

    def __enter__(self):
        if os.geteuid() == 0:
            shutil.chown(self.workdir, "postgres", "postgres")
        try:
            subprocess.run(
                as_server_user(
                    [
                        os.path.join(self.bindir, "initdb"),
                        "-D",
                        self.datadir,
                        "-U",
                        "postgres",
                        "-A",
                        "trust",
                        "-E",
                        "UTF8",
                    ]
                ),
                check=True,
                stdout=subprocess.DEVNULL,
            )
            self.start()
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc_info):
        if self.running:
            subprocess.run(
                as_server_user([os.path.join(self.bindir, "pg_ctl"), "-D", self.datadir, "-m", "immediate", "stop"]),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            self.running = False
        shutil.rmtree(self.workdir, ignore_errors=True)


def main(argv):
    if "--" in argv:
        argv = argv[argv.index("--") + 1 :]
    if not argv:
        sys.exit("usage: throwaway_postgres.py -- COMMAND [ARGS...]")

    with Cluster() as cluster:
        env = {**os.environ, "DATABASE_URL": cluster.url}
        print(f"Throwaway PostgreSQL on 127.0.0.1:{cluster.port}", flush=True)
        child = subprocess.Popen(argv, env=env)
        try:
            return child.wait()
        except KeyboardInterrupt:
            child.send_signal(signal.SIGINT)
            return child.wait()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
