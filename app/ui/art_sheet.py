"""The SVG's art layers as one cached raster under the zones, quick at the first paint."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRectF, Qt, QTimer, qVersion
from PySide6.QtGui import QImage, QPaintDevice, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.content.art import load_snapshot
from app.content.cache import write_cached
from app.ui import style

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

    from app.content.art import Art

_FORMAT = QImage.Format.Format_ARGB32_Premultiplied
# Raise when _render() draws differently, so old first-paint snapshots are not reused.
_DRAWING_VERSION = 1


class ArtSheet(QGraphicsItem):
    """The art layers (muscles faded into context) painted as one cached raster.

    Each layer is its own small document (see :mod:`app.content.art`) in the drawing's
    coordinate system, rendered into the shared viewBox. Qt keeps the result per zoom
    level (device-coordinate cache). The first raster of a session is also kept on disk:
    if the next start-up paints at exactly the same scale, offset, pixel ratio and with
    the same layers hidden, those pixels are copied instead of rendering the SVG, and the
    SVG renderers are only made when something else is needed (idle warm-up, a zoom)."""

    def __init__(self, art: Art, hidden: set[str], *, z: float) -> None:
        super().__init__()
        self._art = art
        self.layers = list(art.documents)
        self._hidden = hidden
        self._renderers: dict[str, QSvgRenderer] | None = None
        self._view_box = QRectF(*art.view_box) if art.view_box else QRectF()
        # Strokes reach a little past the drawing's edge.
        self._bounds = self._view_box.adjusted(-2, -2, 2, 2)
        file = art.snapshot_file
        self._snapshot = load_snapshot(file) if file is not None else None
        self._take_snapshot = file is not None
        #: How the last paint was done: "snapshot" or "rendered" (tests and benchmarks).
        self.last_paint = ""
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    @property
    def view_box(self) -> QRectF:
        return QRectF(self._view_box)

    def renderers(self) -> dict[str, QSvgRenderer]:
        """Qt's SVG renderers of the layers, made on first need."""
        if self._renderers is None:
            from PySide6.QtSvg import QSvgRenderer

            self._renderers = {
                layer: QSvgRenderer(QByteArray(doc)) for layer, doc in self._art.documents.items()
            }
        return self._renderers

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt virtual)
        return self._bounds

    def paint(  # noqa: N802 (Qt virtual)
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        device = painter.device()
        key = self._key(painter, device)
        snap = self._snapshot
        if snap is not None and snap["key"] == key:
            image = QImage(
                snap["pixels"],  # type: ignore[call-overload]
                snap["width"],
                snap["height"],
                snap["stride"],
                _FORMAT,
            )
            image.setDevicePixelRatio(snap["ratio"])  # type: ignore[arg-type]
            self._blit(painter, image)
            self.last_paint = "snapshot"
            return
        self.last_paint = "rendered"
        if not self._take_snapshot:
            self._render(painter)
            return
        # The first paint of the session: render into an image of the cache's size with
        # the same transform (the same pixels), keep it for the next start-up, copy it in.
        self._take_snapshot = False
        ratio = device.devicePixelRatioF()
        image = QImage(device.width(), device.height(), _FORMAT)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        p = QPainter(image)
        p.setRenderHints(painter.renderHints())
        p.setWorldTransform(painter.worldTransform())
        self._render(p)
        p.end()
        self._blit(painter, image)
        snap = {
            "key": key,
            "width": image.width(),
            "height": image.height(),
            "stride": image.bytesPerLine(),
            "ratio": ratio,
            "pixels": bytes(image.constBits()),  # type: ignore[call-overload]
        }
        file = self._art.snapshot_file
        assert file is not None
        QTimer.singleShot(0, lambda: write_cached(file, snap))

    def _key(self, painter: QPainter, device: QPaintDevice) -> tuple[object, ...]:
        t = painter.worldTransform()
        numbers = (t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy())
        return (
            # What the pixels also depend on: how this class draws, and Qt's rasteriser.
            _DRAWING_VERSION,
            style.MUSCLE_CONTEXT_OPACITY,
            qVersion(),
            tuple(round(n, 6) for n in numbers),
            device.width(),
            device.height(),
            round(device.devicePixelRatioF(), 6),
            tuple(layer for layer in self.layers if layer in self._hidden),
            int(painter.renderHints().value),
        )

    @staticmethod
    def _blit(painter: QPainter, image: QImage) -> None:
        painter.save()
        painter.resetTransform()
        painter.setOpacity(1.0)
        painter.drawImage(0, 0, image)
        painter.restore()

    def _render(self, painter: QPainter) -> None:
        for layer, renderer in self.renderers().items():
            if layer in self._hidden:
                continue
            painter.setOpacity(
                style.MUSCLE_CONTEXT_OPACITY if layer.startswith("muscles-") else 1.0
            )
            renderer.render(painter, self._view_box)
