"""The WSGI application of the submission server: pygeoapi behind the gateway (run it in the pygeoapi venv).

Environment: ``PYGEOAPI_CONFIG`` and ``PYGEOAPI_OPENAPI`` (pygeoapi's own), ``RALZUID_ACCOUNTS`` (the accounts
file of :mod:`ral_zuid_server.gate`) and ``PGPASSFILE`` (the database roles' passwords; none in the config).

Production: ``gunicorn -w 4 ral_zuid_server.app:application`` behind the TLS terminator. Tests and the demo:
``python -m ral_zuid_server.app <port>`` (werkzeug's threaded server on 127.0.0.1).
"""

from __future__ import annotations

import logging
import os
import sys

from ral_zuid_server.gate import Accounts, Gate


def create_application() -> Gate:
    from pygeoapi.flask_app import APP  # reads PYGEOAPI_CONFIG when imported

    return Gate(APP, Accounts.load(os.environ["RALZUID_ACCOUNTS"]))


application = create_application()


def main(argv: list[str]) -> int:
    from werkzeug.serving import WSGIRequestHandler, run_simple

    class QuietHandler(WSGIRequestHandler):
        def log_request(self, *args, **kwargs) -> None:  # the gateway logs (user, method, path, status)
            pass

    handler = logging.StreamHandler()  # pygeoapi configured the root logger from its config already
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(message)s"))
    gate_log = logging.getLogger("ral_zuid_server.gate")
    gate_log.addHandler(handler)
    gate_log.setLevel(logging.INFO)
    gate_log.propagate = False
    run_simple("127.0.0.1", int(argv[0]), application, threaded=True, request_handler=QuietHandler)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
