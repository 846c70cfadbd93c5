"""The outage: stop the soak's PostgreSQL cluster and start it again with its own options."""

import os
import shlex
import subprocess
from pathlib import Path

from scripts.throwaway_postgres import as_server_user, find_bindir, wait_until_ready


class Cluster:
    """The cluster behind Django's default connection (scripts/throwaway_postgres.py's)."""

    def __init__(self, connection):
        with connection.cursor() as cursor:
            cursor.execute("SHOW data_directory")
            self.datadir = cursor.fetchone()[0]
            cursor.execute("SHOW port")
            self.port = int(cursor.fetchone()[0])
        # The server's command line; pg_ctl only reuses it for `restart`, which has no pause.
        command = shlex.split(Path(self.datadir, "postmaster.opts").read_text())
        self.options = shlex.join(command[3:] if command[1] == "-D" else command[1:])
        self.bindir = find_bindir()

    def pg_ctl(self, *arguments):
        command = [os.path.join(self.bindir, "pg_ctl"), "-D", self.datadir, "-w", *arguments]
        subprocess.run(as_server_user(command), check=True, stdout=subprocess.DEVNULL)

    def stop(self):
        self.pg_ctl("-m", "fast", "stop")

    def start(self):
        self.pg_ctl("-o", self.options, "-l", str(Path(self.datadir).parent / "server.log"), "start")
        wait_until_ready(self.bindir, self.port)
