"""HTTP through the QGIS network stack, behind the core's small :class:`Transport` interface.

``QgsNetworkAccessManager`` applies the user's QGIS proxy and SSL/certificate settings, and the QGIS
authentication manager adds the authentication configuration (``authcfg``) from the QGIS authentication
database: the plugin never sees the credentials. It may run in a ``QgsTask`` worker thread (each thread has its
own manager with the same settings).
"""

from __future__ import annotations

from typing import Callable

from qgis.core import QgsApplication, QgsNetworkAccessManager
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QByteArray, QCoreApplication, QEvent, QEventLoop, QThread, QTimer, QUrl
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


class _RequestThread(QThread):
    """One request on a thread of Qt's own: a plain Python thread has no event dispatcher when the network
    manager starts its timers ("QObject::startTimer: Timers can only be used with threads started with QThread")."""

    def __init__(self, call: Callable[[], t.HttpResponse]) -> None:
        super().__init__()
        self._call = call
        self.outcome: dict = {}

    def run(self) -> None:
        try:
            self.outcome["response"] = self._call()
        except BaseException as error:  # noqa: BLE001 (handed to the calling thread)
            self.outcome["error"] = error


class QgisTransport:
    """:class:`~ral_zuid_plugin.core.submission.transport.Transport` on the QGIS network access manager.

    Redirects are never followed here: ``QgsBlockingNetworkRequest`` follows them itself and applies the
    authentication configuration to the new address too, so a 307 to another origin would re-send the
    credentials and the data there. The answer (with its ``Location``) goes back to the core, which follows a
    redirect only within the same origin (:meth:`FeaturesClient._call`).
    """

    def __init__(self, authcfg: str = "", timeout_seconds: float = 30.0) -> None:
        self.authcfg = authcfg or ""
        self.timeout_ms = max(1, int(timeout_seconds * 1000))

    def request(
        self, method: str, url: str, body: bytes | None = None, headers: dict[str, str] | None = None
    ) -> t.HttpResponse:
        """Send one request and wait for the answer.

        On the main thread (``qgis_process``, tests, a dialog without a task) the request runs in a helper
        thread, as ``QgsBlockingNetworkRequest`` does: a nested event loop on the main thread would run every
        pending main-thread event (deferred deletions of layers, timers) in the middle of an algorithm. While it
        waits, the main thread only delivers queued calls, which QGIS needs for its SSL-error and
        authentication handlers.
        """
        application = QCoreApplication.instance()
        if application is None or QThread.currentThread() != application.thread():
            return self._request(method, url, body, headers)
        worker = _RequestThread(lambda: self._request(method, url, body, headers))
        worker.start()
        while not worker.wait(20):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
        outcome = worker.outcome
        sip.delete(worker)
        if "error" in outcome:
            raise outcome["error"]
        return outcome["response"]

    def _request(
        self, method: str, url: str, body: bytes | None = None, headers: dict[str, str] | None = None
    ) -> t.HttpResponse:
        request = QNetworkRequest(QUrl(url))
        request.setAttribute(
            QNetworkRequest.Attribute.CacheLoadControlAttribute, QNetworkRequest.CacheLoadControl.AlwaysNetwork
        )
        request.setAttribute(QNetworkRequest.Attribute.CacheSaveControlAttribute, False)
        request.setAttribute(
            QNetworkRequest.Attribute.RedirectPolicyAttribute, QNetworkRequest.RedirectPolicy.ManualRedirectPolicy
        )
        if hasattr(request, "setTransferTimeout"):  # Qt >= 5.15
            request.setTransferTimeout(self.timeout_ms)
        for name, value in (headers or {}).items():
            request.setRawHeader(name.encode("ascii"), value.encode("utf-8"))
        auth = QgsApplication.authManager()
        if self.authcfg:
            applied = auth.updateNetworkRequest(request, self.authcfg)
            ok, request = applied if isinstance(applied, tuple) else (applied, request)
            if not ok:
                raise t.TransportError(
                    t.OTHER, "authentication configuration {} could not be applied".format(self.authcfg)
                )
        manager = QgsNetworkAccessManager.instance()
        data = QByteArray(body or b"")
        method = method.upper()
        if method == "GET":
            reply = manager.get(request)
        elif method == "POST":
            reply = manager.post(request, data)
        elif method == "PUT":
            reply = manager.put(request, data)
        elif method == "DELETE":
            reply = manager.deleteResource(request)
        else:
            raise ValueError("unsupported HTTP method " + method)
        if self.authcfg:
            auth.updateNetworkReply(reply, self.authcfg)
        try:
            if not reply.isFinished():
                loop = QEventLoop()
                reply.finished.connect(loop.quit)
                timer = QTimer()  # a backstop where setTransferTimeout is missing or a stall sends trickles
                timer.setSingleShot(True)
                timer.timeout.connect(reply.abort)
                timer.start(self.timeout_ms + 1000)
                if not reply.isFinished():
                    loop.exec()
                timer.stop()
                # drop the connections and objects here, in this thread: a connection to loop.quit would keep
                # the loop alive until a garbage collection on another thread (QObjects must die in their own)
                if not sip.isdeleted(reply):
                    reply.finished.disconnect(loop.quit)
                sip.delete(timer)
                sip.delete(loop)
            if sip.isdeleted(reply):  # QGIS's own network timeout may abort and delete a stalled reply
                raise t.TransportError(t.TIMEOUT, "the request was aborted without an answer")
            status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
            if status is None or int(status or 0) == 0:
                raise self._transport_error(reply.error(), reply.errorString())
            headers_out = {bytes(k).decode("latin-1").lower(): bytes(reply.rawHeader(k)).decode("latin-1")
                           for k in reply.rawHeaderList()}  # fmt: skip
            return t.HttpResponse(int(status), bytes(reply.readAll()), headers_out)
        finally:
            if not sip.isdeleted(reply):
                reply.deleteLater()

    @staticmethod
    def _transport_error(code, message: str) -> t.TransportError:
        if code in _TLS_ERRORS or "ssl" in message.lower() or "certificate" in message.lower():
            return t.TransportError(t.TLS, message)
        if code in _TIMEOUT_ERRORS:
            return t.TransportError(t.TIMEOUT, message)
        if code in _CONNECTION_ERRORS:
            return t.TransportError(t.CONNECTION, message)
        return t.TransportError(t.OTHER, message)
