"""A webhook receiver on the loopback interface, recording every delivery in arrival order."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Receiver(ThreadingHTTPServer):
    def __init__(self):
        super().__init__(("127.0.0.1", 0), DeliveryHandler)
        self.deliveries = []
        self.lock = threading.Lock()
        self.url = f"http://127.0.0.1:{self.server_address[1]}/hooks/"
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def received(self):
        with self.lock:
            return list(self.deliveries)


class DeliveryHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        with self.server.lock:
            self.server.deliveries.append({"id": self.headers["webhook-id"], "at": time.monotonic(), **body})
        self.send_response(204)
        self.end_headers()

    def log_message(self, format, *args):
        pass
