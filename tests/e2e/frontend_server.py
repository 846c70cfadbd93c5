"""The built Next.js front-end (frontend/), started afresh with `next start` for each test that reads it."""

import os
import selectors
import shutil
import signal
import subprocess
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from scripts.throwaway_postgres import free_port

FRONTEND = Path(__file__).resolve().parents[2] / "frontend"
NEXT = FRONTEND / "node_modules" / ".bin" / "next"
# The webhook secret the test front-end checks deliveries with (Standard Webhooks: whsec_ and a base64 key).
WEBHOOK_SECRET = "whsec_dGVzdCBmcm9udC1lbmQgd2ViaG9vayBrZXkgMzI="  # noqa: S105 (a test's key)
STARTUP_SECONDS = 120
READY = b"Ready in"


def missing_build():
    """Why the front-end cannot start, or "" when it can."""
    if not NEXT.exists():
        return f"{NEXT} is missing: run `make frontend-build` (npm ci, then next build)."
    if not (FRONTEND / ".next" / "BUILD_ID").exists():
        return "The front-end has not been built: run `make frontend-build`."
    return ""


def copy_build(workdir):
    """A copy of the build to serve from, without what a server running from it wrote since:
    the pages it rendered (.next/server/route-cache) and the data it fetched (.next/cache). So
    each test starts from the build as `next build` left it, whatever `make run` served."""
    for name in ("package.json", "next.config.ts"):
        shutil.copy2(FRONTEND / name, workdir / name)
    (workdir / "node_modules").symlink_to(FRONTEND / "node_modules")
    build = FRONTEND / ".next"
    written_when_serving = {build: ["cache"], build / "server": ["route-cache"]}
    shutil.copytree(build, workdir / ".next", ignore=lambda folder, names: written_when_serving.get(Path(folder), []))


def wait_until_ready(process, url, log_path):
    """Reads what `next start` prints until it says it is ready (for at most STARTUP_SECONDS),
    then writes the rest of its output to `log_path`.

    The pipe is unbuffered (`bufsize=0`): a buffered reader's readline() may take the "Ready"
    line into its buffer along with the banner, and select() on the pipe would then wait for
    output that has already arrived."""
    printed = []
    deadline = time.monotonic() + STARTUP_SECONDS
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while not any(READY in line for line in printed):
            line = process.stdout.readline() if selector.select(deadline - time.monotonic()) else b""
            if not line:
                output = b"".join(printed).decode(errors="replace")
                raise RuntimeError(f"The front-end did not start on {url}:\n{output}")
            printed.append(line)
    threading.Thread(target=keep_output, args=(process.stdout, log_path, printed), daemon=True).start()


def keep_output(stream, log_path, printed):
    with open(log_path, "wb") as log:
        log.writelines(printed)
        shutil.copyfileobj(stream, log)


@contextmanager
def serving(cms_url, workdir):
    """The front-end on a free port, reading the CMS at `cms_url`; yields its URL, and stops it after."""
    copy_build(workdir)
    port = free_port()
    # Under the CMS's host name: the admin's preview panel frames the front-end, and a browser
    # keeps the draft-mode cookie of a framed page only when both are on the same site.
    url = f"http://{urlsplit(cms_url).hostname}:{port}"
    env = {
        **os.environ,
        "CMS_URL": cms_url,
        "FRONTEND_WEBHOOK_SECRET": WEBHOOK_SECRET,
        "NEXT_TELEMETRY_DISABLED": "1",
        "NODE_ENV": "production",
    }
    process = subprocess.Popen(  # noqa: S603 (the project's own next)
        [str(NEXT), "start", "--hostname", "127.0.0.1", "--port", str(port)],
        cwd=workdir,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        bufsize=0,
        start_new_session=True,
    )
    try:
        wait_until_ready(process, url, workdir / "next.log")
        yield url
    finally:
        # Stop the whole group it leads, should Next serve from a child process.
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            # Next's graceful stop waits for connections still open; the test is done with them.
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
