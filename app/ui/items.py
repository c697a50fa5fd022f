"""The diagram's graphics items: pain spots, trigger-point markers, referral zones and the
flattened SVG art, plus the conversion of a domain area into a drawing path."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.ui import style

if TYPE_CHECKING:
    from app.content.art_labels import TextLabel
    from app.domain.figure import Warp
    from app.domain.geometry import Area

Z_ART = 0
Z_TINT, Z_REGIONS, Z_SPILL, Z_ESS, Z_OUTLINE, Z_HOVER, Z_MARKER, Z_SPOT = 4, 5, 6, 7, 8, 9, 30, 31
Z_STROKE = 29  # painted areas: above the zones, under the markers and spots
Z_LABEL = 3  # landmark labels: above the art, under washes, zones and marks (never hiding them)
Z_CURSOR = 32  # the keyboard cursor, on top of everything

#: The smallest landmark label on screen, in pixels (11 px is the floor for reading).
LABEL_MIN_PX = 12.0
#: The SVG's font sizes are for the page; on screen a label is this many pixels per
#: document unit of its font size, but never under LABEL_MIN_PX ("L" and "R" stay big).
LABEL_PX_PER_UNIT = 0.6

# Outlines are drawn simplified to 0.08 document units: under one screen pixel even at
# the largest zoom, and 10-20x fewer vertices to stroke. Hit-testing never uses this.
DRAW_TOLERANCE = 0.08


def rings_path(rings: Iterable[Sequence[tuple[float, float]]]) -> QPainterPath:
    """Closed rings as one path, filled even-odd (a ring inside another is a hole)."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in rings:
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in ring]))
        path.closeSubpath()
    return path


def area_path(area: Area, warp: Warp) -> QPainterPath:
    """An area's outline as drawn through ``warp`` (a figure's skin or tissue)."""
    from app.domain.geometry import simplify_ring  # loaded with the content

    return rings_path(
        warp.ring_to_figure(simplify_ring(ring, tolerance=DRAW_TOLERANCE)) for ring in area.rings
    )


def stroke_path(
    points: Sequence[tuple[float, float]], radius: float, warp: Warp | None = None
) -> QPainterPath:
    """The area a brush of ``radius`` covers along reference ``points``: round ends and
    joins, drawn through ``warp`` (a figure's skin) when given. The band is made on the
    reference figure, where the lookup measures it, and its outline is then warped, so
    on another figure it is drawn exactly where it is looked up (a brush circle there
    is widened sideways as the skin is)."""
    band = _band(points, radius)
    if warp is None or warp.is_identity:
        return band
    # (the stroker's simplified band is filled even-odd, as rings_path fills)
    return rings_path(
        warp.ring_to_figure([(p.at(i).x(), p.at(i).y()) for i in range(p.size())])
        for p in band.toSubpathPolygons()
    )


def _band(points: Sequence[tuple[float, float]], radius: float) -> QPainterPath:
    line = QPainterPath(QPointF(*points[0]))
    if len(points) == 1:
        # A dab: a zero-length line still gets its round caps.
        line.lineTo(QPointF(points[0][0] + 1e-3, points[0][1]))
    for x, y in points[1:]:
        line.lineTo(QPointF(x, y))
    stroker = QPainterPathStroker()
    stroker.setWidth(2 * radius)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return stroker.createStroke(line).simplified()


class _ScreenSizedItem(QGraphicsItem):
    """An item drawn in screen pixels at a scene point (pain spots, TP markers), painted
    once into a cached raster and then copied, like every other item on the diagram."""

    RADIUS = 10.0
    _BOUNDS = QRectF(-RADIUS - 12, -RADIUS - 12, 2 * RADIUS + 38, 2 * RADIUS + 24)

    def __init__(self, home: QPointF) -> None:
        super().__init__()
        self.home = home
        self.setPos(home)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt virtual)
        return self._BOUNDS


class SpotItem(_ScreenSizedItem):
    """A pain spot. It moves with every click, and a cached raster would be drawn again
    at each new place, so it copies a ready-made picture of its ring and number instead."""

    def __init__(self, number: int) -> None:
        super().__init__(QPointF())
        self.number = number
        self.setZValue(Z_SPOT)
        self.setCacheMode(QGraphicsItem.CacheMode.NoCache)

    def set_number(self, number: int) -> None:
        if number != self.number:
            self.number = number
            self.update()

    def paint(  # noqa: N802 (Qt virtual)
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        # Scaled up while presenting: the picture is made at that size, so it stays sharp.
        ratio = painter.device().devicePixelRatioF() * self.scale()
        painter.drawPixmap(self._BOUNDS.topLeft(), spot_picture(self.number, ratio))


@cache
def spot_picture(number: int, ratio: float) -> QPixmap:
    bounds = _ScreenSizedItem._BOUNDS
    pixmap = QPixmap(round(bounds.width() * ratio), round(bounds.height() * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.translate(-bounds.left(), -bounds.top())
    style.draw_spot(p, 0.0, 0.0, number)
    p.end()
    return pixmap


class MarkLabelItem(_ScreenSizedItem):
    """The number of a painted stroke, at the stroke's middle point."""

    def __init__(self, number: int) -> None:
        super().__init__(QPointF())
        self.number = number
        self.setZValue(Z_SPOT)

    def paint(  # noqa: N802 (Qt virtual)
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        style.draw_mark_number(painter, 0.0, 0.0, self.number)


class MarkerItem(_ScreenSizedItem):
    """A trigger-point marker at its place on the drawing (``home``)."""

    def __init__(self, home: QPointF) -> None:
        super().__init__(home)
        self.setZValue(Z_MARKER)

    def paint(  # noqa: N802 (Qt virtual)
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        style.draw_marker(painter, 0.0, 0.0, 7.0)


class LabelItem(QGraphicsItem):
    """A landmark label of the art, drawn at a fixed size on screen (never under
    LABEL_MIN_PX) on a plate of the canvas colour, so it reads over the body too. It sits
    where the SVG puts its text; the art's leader line joins it to its landmark."""

    PAD = 2.0

    def __init__(self, label: TextLabel, *, text: QColor, plate: QColor) -> None:
        super().__init__()
        self.label = label
        self.setPos(QPointF(label.x, label.y))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z_LABEL)
        self._text, self._plate = QColor(text), QColor(plate)
        self._lines: list[tuple[str, QFont, QRectF, float]] = []  # text, font, box, baseline
        y = 0.0
        for i, line in enumerate(label.lines):
            font = QFont()
            font.setPixelSize(round(max(LABEL_MIN_PX, line.size * LABEL_PX_PER_UNIT)))
            font.setBold(line.bold)
            metrics = QFontMetricsF(font)
            width = metrics.horizontalAdvance(line.text)
            if i:  # the next line starts under the last one
                y += metrics.ascent()
            left = {"middle": -width / 2, "end": -width}.get(label.anchor, 0.0)
            box = QRectF(left, y - metrics.ascent(), width, metrics.ascent() + metrics.descent())
            self._lines.append((line.text, font, box, y))
            y += metrics.descent() + 1.0
        if label.align != "anchor":
            # Notes line up with the main (last) line's outer edge and grow outward,
            # away from the body.
            main = self._lines[-1][2]
            self._lines = [
                (
                    t,
                    f,
                    box.translated(
                        main.right() - box.right()
                        if label.align == "outer-left"
                        else main.left() - box.left(),
                        0,
                    ),
                    b,
                )
                for t, f, box, b in self._lines[:-1]
            ] + self._lines[-1:]
        # Lines were laid out from the first baseline down; move them so the part of the
        # label the SVG places (label.valign) is at the item's origin.
        shift = {
            "last": -self._lines[-1][3],
            "bottom": -self._lines[-1][2].bottom(),
        }.get(label.valign, 0.0)
        self._lines = [(t, f, box.translated(0, shift), b + shift) for t, f, box, b in self._lines]
        bounds = QRectF()
        for _, _, box, _ in self._lines:
            bounds = bounds.united(box)
        self._bounds = bounds.adjusted(-self.PAD, -self.PAD, self.PAD, self.PAD)

    def set_colours(self, *, text: QColor, plate: QColor) -> None:
        self._text, self._plate = QColor(text), QColor(plate)
        self.update()

    def colours(self) -> tuple[QColor, QColor]:
        """The text colour and the plate's colour under it."""
        return QColor(self._text), QColor(self._plate)

    def line_boxes(self) -> list[QRectF]:
        """Each line's box (ascent to descent) in the item's own (screen pixel) units."""
        return [QRectF(box) for _, _, box, _ in self._lines]

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt virtual)
        return self._bounds

    def paint(  # noqa: N802 (Qt virtual)
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._plate)
        for _, _, box, _ in self._lines:
            painter.drawRoundedRect(box.adjusted(-self.PAD, -1, self.PAD, 1), 3, 3)
        painter.setPen(self._text)
        for text, font, box, baseline in self._lines:
            painter.setFont(font)
            painter.drawText(QPointF(box.left(), baseline), text)
