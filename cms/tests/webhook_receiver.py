"""A real HTTP receiver on 127.0.0.1 for webhook tests: it records what arrives and answers
with the statuses (and headers) it is told to, in turn."""

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# The example secret of the Standard Webhooks specification.
EXAMPLE_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


@dataclass
class Received:
    headers: dict
    body: bytes
    method: str = "POST"

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
        """The statuses for the next requests, in order, each a code or (code, headers); 200
        once they run out."""
        self.statuses.extend(statuses)

    def start(self):
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                headers = {k.lower(): v for k, v in self.headers.items()}
                receiver.received.append(Received(headers, body, self.command))
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                status, extra_headers = status if isinstance(status, tuple) else (status, {})
                self.send_response(status)
                for name, value in extra_headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_GET = do_POST

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None
