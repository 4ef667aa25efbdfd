"""A loopback HTTP server in front of a stand-in service (``answer(url) -> (status, headers, body)`` or
``("timeout",)``), for the QGIS tests that go through the real network stack."""

from __future__ import annotations

import contextlib


@contextlib.contextmanager
def serve(service_factory, late_seconds: float = 3.0, late_answer=None):
    """An HTTP server on 127.0.0.1 answering as ``service_factory(base)``'s ``answer(url)`` does; a ("timeout",)
    fault answers ``late_answer`` (status, headers, body) ``late_seconds`` late. Yields (base URL, service)."""
    import http.server
    import threading
    import time

    from tests.qgis.submission.servers import free_port

    port = free_port()
    base = "http://127.0.0.1:{}".format(port)
    service = service_factory(base)

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            answer = service.answer(base + self.path)
            if answer[0] == "timeout":
                time.sleep(late_seconds)
                answer = late_answer or (200, {"content-type": "application/json"}, b"{}")
            status, headers, body = answer
            try:
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except OSError:
                pass  # the client gave up (time-out)

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield base, service
    finally:
        httpd.shutdown()
        httpd.server_close()
