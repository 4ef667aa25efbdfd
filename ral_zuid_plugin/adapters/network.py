"""HTTP through the QGIS network stack, behind the core's small :class:`Transport` interface.

``QgsBlockingNetworkRequest`` applies the user's QGIS proxy, SSL/certificate settings and the authentication
configuration (``authcfg``) from the QGIS authentication database: the plugin never sees the credentials. It
may run in a ``QgsTask`` worker thread.
"""

from __future__ import annotations

from qgis.core import QgsBlockingNetworkRequest
from qgis.PyQt.QtCore import QByteArray, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ral_zuid_plugin.core.submission import transport as t

_TLS_ERRORS = {QNetworkReply.NetworkError.SslHandshakeFailedError}
_TIMEOUT_ERRORS = {QNetworkReply.NetworkError.TimeoutError, QNetworkReply.NetworkError.OperationCanceledError}
_CONNECTION_ERRORS = {
    QNetworkReply.NetworkError.ConnectionRefusedError,
    QNetworkReply.NetworkError.RemoteHostClosedError,
    QNetworkReply.NetworkError.HostNotFoundError,
    QNetworkReply.NetworkError.TemporaryNetworkFailureError,
    QNetworkReply.NetworkError.NetworkSessionFailedError,
    QNetworkReply.NetworkError.ProxyConnectionRefusedError,
    QNetworkReply.NetworkError.ProxyConnectionClosedError,
    QNetworkReply.NetworkError.ProxyNotFoundError,
    QNetworkReply.NetworkError.ProxyTimeoutError,
    QNetworkReply.NetworkError.UnknownNetworkError,
}


class QgisTransport:
    """:class:`~ral_zuid_plugin.core.submission.transport.Transport` on ``QgsBlockingNetworkRequest``."""

    def __init__(self, authcfg: str = "", timeout_seconds: float = 30.0) -> None:
        self.authcfg = authcfg or ""
        self.timeout_ms = max(1, int(timeout_seconds * 1000))

    def request(
        self, method: str, url: str, body: bytes | None = None, headers: dict[str, str] | None = None
    ) -> t.HttpResponse:
        request = QNetworkRequest(QUrl(url))
        request.setAttribute(
            QNetworkRequest.Attribute.CacheLoadControlAttribute, QNetworkRequest.CacheLoadControl.AlwaysNetwork
        )
        request.setAttribute(QNetworkRequest.Attribute.CacheSaveControlAttribute, False)
        if hasattr(request, "setTransferTimeout"):  # Qt >= 5.15
            request.setTransferTimeout(self.timeout_ms)
        for name, value in (headers or {}).items():
            request.setRawHeader(name.encode("ascii"), value.encode("utf-8"))
        blocking = QgsBlockingNetworkRequest()
        if self.authcfg:
            blocking.setAuthCfg(self.authcfg)
        data = QByteArray(body or b"")
        method = method.upper()
        if method == "GET":
            blocking.get(request, True)
        elif method == "POST":
            blocking.post(request, data, True)
        elif method == "PUT":
            blocking.put(request, data)
        elif method == "DELETE":
            blocking.deleteResource(request)
        else:
            raise ValueError("unsupported HTTP method " + method)
        reply = blocking.reply()
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        if status is None or int(status or 0) == 0:
            raise self._transport_error(reply.error(), reply.errorString() or blocking.errorMessage())
        headers_out = {bytes(k).decode("latin-1").lower(): bytes(reply.rawHeader(k)).decode("latin-1")
                       for k in reply.rawHeaderList()}  # fmt: skip
        return t.HttpResponse(int(status), bytes(reply.content()), headers_out)

    @staticmethod
    def _transport_error(code, message: str) -> t.TransportError:
        if code in _TLS_ERRORS or "ssl" in message.lower() or "certificate" in message.lower():
            return t.TransportError(t.TLS, message)
        if code in _TIMEOUT_ERRORS:
            return t.TransportError(t.TIMEOUT, message)
        if code in _CONNECTION_ERRORS:
            return t.TransportError(t.CONNECTION, message)
        return t.TransportError(t.OTHER, message)
