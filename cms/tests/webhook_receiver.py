"""A real HTTP receiver on 127.0.0.1 for webhook tests: it records what arrives and answers
with the statuses it is told to, in turn."""

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Received:
    headers: dict
    body: bytes

    @property
    def json(self):
        return json.loads(self.body)


@dataclass
class Receiver:
    port: int
    received: list = field(default_factory=list)
    statuses: list = field(default_factory=list)
    server: ThreadingHTTPServer | None = None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}/hooks/"

    def answer(self, *statuses):
        """The statuses for the next requests, in order; 200 once they run out."""
        self.statuses.extend(statuses)

    def start(self):
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.received.append(Received({k.lower(): v for k, v in self.headers.items()}, body))
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None
