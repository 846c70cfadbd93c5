"""Runs Debian's `wrk` (installing it when missing) and reads its report."""

import re
import shutil
import subprocess
from pathlib import Path

from scripts.throwaway_postgres import apt_install

THREADS = 2
CONNECTIONS = 8
TIMEOUT = "30s"  # wrk drops slower answers from its figures (default 2 s); slow URLs must count
ROTATE = Path(__file__).with_name("rotate.lua")
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}
REQUESTS_PER_SEC = re.compile(r"Requests/sec:\s+([\d.]+)")
PERCENTILE = re.compile(r"^\s+(50|99)(?:\.0+)?%\s+([\d.]+)(us|ms|s|m)\s*$", re.MULTILINE)
NON_2XX = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")
SOCKET_ERRORS = re.compile(r"Socket errors: (.*)")


def ensure_wrk():
    if not shutil.which("wrk"):
        apt_install("wrk")


def parse(report):
    """req/s, p50 and p99 in milliseconds, non-2xx count and socket errors from `wrk --latency` output."""
    percentiles = {int(p): float(value) * UNITS[unit] for p, value, unit in PERCENTILE.findall(report)}
    non_2xx = NON_2XX.search(report)
    errors = SOCKET_ERRORS.search(report)
    return {
        "rps": float(REQUESTS_PER_SEC.search(report)[1]),
        "p50_ms": percentiles[50],
        "p99_ms": percentiles[99],
        "non_2xx": int(non_2xx[1]) if non_2xx else 0,
        "socket_errors": errors[1] if errors else "",
    }


def run(base_url, path, seconds, paths_file=None, headers=()):
    """One wrk run against `path`, or against every path in `paths_file` in turn, sending `headers`
    ("Name: value" strings) with every request."""
    command = ["wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{seconds}s", f"--timeout={TIMEOUT}", "--latency"]
    for header in headers:
        command += ["-H", header]
    if paths_file is not None:
        command += ["-s", str(ROTATE), base_url, "--", str(paths_file), str(THREADS)]
    else:
        command.append(base_url + path)
    report = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return parse(report)
