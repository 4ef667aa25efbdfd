"""A local server that answers like PDOK's BRT-Achtergrondkaart WMTS (v2_0): capabilities and PNG tiles.

The capabilities follow PDOK's published service: layers ``standaard``, ``grijs``, ``pastel`` and ``water``, tile
matrix set ``EPSG:28992`` with top-left corner (-285401.92, 903401.92), 256 px tiles, scale denominator
12288000 at level 0 halving per level (resolution 3440.64 m / 2^level), RESTful tile URLs
``/{layer}/EPSG:28992/{TileMatrix}/{TileCol}/{TileRow}.png``. Every tile is one flat colour per layer, so a test
can find the background in a rendered map. Every request path is recorded.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice
from qgis.PyQt.QtGui import QColor, QImage

LAYERS = ("standaard", "grijs", "pastel", "water")
# Flat tile colours, one per layer: a test finds "grijs" (180, 120, 200) in the map only if that layer was drawn.
TILE_COLOURS = {"standaard": (40, 160, 40), "grijs": (180, 120, 200), "pastel": (230, 180, 60), "water": (60, 60, 230)}
LEVELS = 15
TOP_LEFT = (-285401.92, 903401.92)


def capabilities(base: str) -> str:
    matrices = "".join(
        "<TileMatrix><ows:Identifier>{z:02d}</ows:Identifier><ScaleDenominator>{scale}</ScaleDenominator>"
        "<TopLeftCorner>{x} {y}</TopLeftCorner><TileWidth>256</TileWidth><TileHeight>256</TileHeight>"
        "<MatrixWidth>{n}</MatrixWidth><MatrixHeight>{n}</MatrixHeight></TileMatrix>".format(
            z=z, scale=12288000.0 / 2**z, x=TOP_LEFT[0], y=TOP_LEFT[1], n=2**z
        )
        for z in range(LEVELS)
    )
    layers = "".join(
        "<Layer><ows:Title>{name}</ows:Title><ows:Identifier>{name}</ows:Identifier>"
        "<ows:WGS84BoundingBox><ows:LowerCorner>-1.65729 48.0405</ows:LowerCorner>"
        "<ows:UpperCorner>12.4317 56.1105</ows:UpperCorner></ows:WGS84BoundingBox>"
        '<Style isDefault="true"><ows:Identifier>default</ows:Identifier></Style><Format>image/png</Format>'
        "<TileMatrixSetLink><TileMatrixSet>EPSG:28992</TileMatrixSet></TileMatrixSetLink>"
        '<ResourceURL format="image/png" resourceType="tile" '
        'template="{base}/{name}/EPSG:28992/{{TileMatrix}}/{{TileCol}}/{{TileRow}}.png"/></Layer>'.format(
            name=name, base=base
        )
        for name in LAYERS
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Capabilities xmlns="http://www.opengis.net/wmts/1.0" xmlns:ows="http://www.opengis.net/ows/1.1" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" version="1.0.0">'
        "<ows:ServiceIdentification><ows:Title>BRT Achtergrondkaart (fake)</ows:Title>"
        "<ows:ServiceType>OGC WMTS</ows:ServiceType><ows:ServiceTypeVersion>1.0.0</ows:ServiceTypeVersion>"
        "</ows:ServiceIdentification>"
        "<Contents>{layers}<TileMatrixSet><ows:Identifier>EPSG:28992</ows:Identifier>"
        "<ows:SupportedCRS>urn:ogc:def:crs:EPSG::28992</ows:SupportedCRS>{matrices}</TileMatrixSet></Contents>"
        "</Capabilities>"
    ).format(layers=layers, matrices=matrices)


def tile_png(colour: tuple[int, int, int]) -> bytes:
    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(QColor(*colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


class FakeWmts:
    """``with FakeWmts() as server:`` serves at ``server.capabilities_url``; ``server.requests`` lists paths."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.tiles = {name: tile_png(colour) for name, colour in TILE_COLOURS.items()}
        handler = self._handler()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.base = "http://127.0.0.1:{port}/brt/achtergrondkaart/wmts/v2_0".format(port=self.server.server_port)
        self.capabilities_url = self.base + "?request=GetCapabilities&service=WMTS"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                fake.requests.append(self.path)
                path = self.path.split("?", 1)[0]
                prefix = "/brt/achtergrondkaart/wmts/v2_0"
                if path == prefix and "getcapabilities" in self.path.lower():
                    self._send(capabilities(fake.base).encode("utf-8"), "application/xml")
                    return
                parts = path[len(prefix) + 1 :].split("/") if path.startswith(prefix + "/") else []
                if len(parts) == 5 and parts[0] in fake.tiles and parts[4].endswith(".png"):
                    self._send(fake.tiles[parts[0]], "image/png")
                    return
                self.send_error(404)

            def _send(self, body: bytes, content_type: str) -> None:
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):  # quiet
                pass

        return Handler

    def tile_requests(self, layer: str) -> list[str]:
        return [path for path in self.requests if path.startswith("/brt/achtergrondkaart/wmts/v2_0/" + layer + "/")]

    def __enter__(self) -> FakeWmts:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
