"""What the soak does to the site: anonymous readers in threads, and an editor who publishes
through API v3 once a second and waits until readers see the new title."""

import http.client
import json
import threading
import time
from dataclasses import dataclass, field

VISIBLE_WITHIN = 10
READERS = 4


@dataclass
class Answer:
    at: float
    path: str
    status: int | None  # None: no answer (connection refused or dropped)


def request(port, method, path, body=None, token=None):
    """(status or None, body) of one request on a new connection."""
    headers = {"Host": "127.0.0.1"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if body is not None:
        headers["Content-Type"] = "application/json"
        body = json.dumps(body)
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=15)
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, response.read()
    except (OSError, http.client.HTTPException):
        return None, b""
    finally:
        connection.close()


@dataclass
class Traffic:
    port: int
    reader_paths: list
    pages: list  # (id, url) of the pages the editor publishes, in turn
    token: str
    answers: list = field(default_factory=list)  # readers' and the editor's requests
    publishes: list = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def run_for(self, seconds):
        self.stop.clear()
        threads = [threading.Thread(target=self.read, args=(offset,)) for offset in range(READERS)]
        threads.append(threading.Thread(target=self.edit))
        for thread in threads:
            thread.start()
        time.sleep(seconds)
        self.stop.set()
        for thread in threads:
            thread.join()

    def read(self, offset):
        turn = offset
        while not self.stop.is_set():
            path = self.reader_paths[turn % len(self.reader_paths)]
            status, _body = request(self.port, "GET", path)
            self.answers.append(Answer(time.monotonic(), path, status))
            turn += 1

    def edit(self):
        draft = None  # (page, title) saved but not yet published: published before the next edit
        next_at = time.monotonic()
        while not self.stop.is_set():
            time.sleep(max(0, next_at - time.monotonic()))
            next_at += 1
            if draft is None:
                page = self.pages[len(self.publishes) % len(self.pages)]
                title = f"Soak title {len(self.publishes) + 1}"
                if not self.call("PATCH", f"/api/v3/pages/{page[0]}/", {"title": title}):
                    continue
                draft = (page, title)
            (page_id, url), title = draft
            if not self.call("POST", f"/api/v3/pages/{page_id}/actions/publish/"):
                continue
            published_at = time.monotonic()
            self.publishes.append(
                {"page": page_id, "title": title, "at": published_at, "visible_after": self.wait_visible(url, title)}
            )
            draft = None

    def call(self, method, path, body=None):
        status, _body = request(self.port, method, path, body, self.token)
        self.answers.append(Answer(time.monotonic(), f"{method} {path}", status))
        return status == 200

    def wait_visible(self, url, title):
        """Seconds until an anonymous reader's page shows `title`, or None after VISIBLE_WITHIN."""
        started = time.monotonic()
        while time.monotonic() - started < VISIBLE_WITHIN:
            status, body = request(self.port, "GET", url)
            if status == 200 and f">{title}<".encode() in body:
                return round(time.monotonic() - started, 3)
            time.sleep(0.05)
        return None
