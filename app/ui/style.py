"""Colours and pens shared by the diagram, the legend and the report.

Essential vs spillover differ in colour *and* texture (Okabe-Ito vermillion solid vs
blue hatched), so they stay apart for colour-blind users and in greyscale print.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPixmap

ESSENTIAL = QColor(213, 94, 0)  # Okabe-Ito vermillion
SPILLOVER = QColor(0, 114, 178)  # Okabe-Ito blue
SPOT = QColor(20, 20, 20)
#: Look-alike outlines (nerve roots, the sacroiliac joint): violet, dashed, no fill, so
#: they never read as a trigger-point zone (orange/blue) and stay apart in greyscale.
LOOKALIKE = QColor(110, 60, 150)
MARKER = QColor(120, 20, 40)
# Candidate muscles: a neutral outline and wash, so they never look like a zone.
CANDIDATE_TINT = QColor(96, 84, 120, 38)
CANDIDATE_OUTLINE = QColor(96, 84, 120, 200)
SELECTED_OUTLINE = QColor(120, 40, 20)
SELECTED_FILL = QColor(196, 104, 88, 110)
# Muscles not being discussed stay in the background so the zones read clearly.
MUSCLE_CONTEXT_OPACITY = 0.4
HOVER_OUTLINE = QColor(60, 60, 60, 160)
REGION_OUTLINE = QColor(110, 95, 85, 120)
BACKGROUND = QColor(252, 251, 249)


def essential_brush() -> QBrush:
    c = QColor(ESSENTIAL)
    c.setAlpha(150)
    return QBrush(c)


def spillover_fill() -> QBrush:
    c = QColor(SPILLOVER)
    c.setAlpha(45)
    return QBrush(c)


def spillover_hatch() -> QBrush:
    c = QColor(SPILLOVER)
    c.setAlpha(200)
    return QBrush(c, Qt.BrushStyle.BDiagPattern)


def cosmetic_pen(color: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    """A pen whose width is in screen pixels, so outlines stay crisp at any zoom."""
    pen = QPen(color, width, style)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def swatch(kind: str, size: int = 22) -> QPixmap:
    """Legend swatches drawn with the very brushes the diagram uses."""
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    r = pm.rect().adjusted(2, 2, -2, -2)
    if kind == "essential":
        p.setPen(cosmetic_pen(ESSENTIAL, 1.2))
        p.setBrush(essential_brush())
        p.drawRoundedRect(r, 3, 3)
    elif kind == "spillover":
        p.setPen(cosmetic_pen(SPILLOVER, 1.2))
        p.setBrush(spillover_fill())
        p.drawRoundedRect(r, 3, 3)
        p.setBrush(spillover_hatch())
        p.drawRoundedRect(r, 3, 3)
    elif kind == "spot":
        draw_spot(p, float(r.center().x()), float(r.center().y()), None)
    elif kind == "stroke":
        ends = (QPointF(r.left() + 4, r.bottom() - 4), QPointF(r.right() - 4, r.top() + 4))
        # On a pale halo, as on the body, so it shows on a dark panel too.
        for colour, width in ((QColor(255, 255, 255, 200), 12.0), (stroke_fill(7), 9.0)):
            pen = QPen(colour, width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            p.setPen(pen)
            p.drawLine(*ends)
    elif kind == "marker":
        draw_marker(p, float(r.center().x()), float(r.center().y()), 6.0)
    p.end()
    return pm


def draw_spot(p: QPainter, x: float, y: float, number: int | None) -> None:
    """A pain spot: a ring with a hollow centre so the colour underneath stays visible."""
    p.setBrush(Qt.BrushStyle.NoBrush)
    centre = QPointF(x, y)
    p.setPen(QPen(QColor(255, 255, 255, 230), 4.5))
    p.drawEllipse(centre, 7.0, 7.0)
    p.setPen(QPen(SPOT, 2.2))
    p.drawEllipse(centre, 7.0, 7.0)
    if number is not None:
        f = p.font()
        f.setPixelSize(10)
        f.setBold(True)
        p.setFont(f)
        p.setPen(QPen(SPOT))
        p.drawText(int(x + 8), int(y - 6), str(number))


def stroke_fill(intensity: int) -> QColor:
    """A painted area: the pain spots' near-black, more opaque for a stronger pain, but
    always light enough for the zones underneath to show through."""
    return QColor(SPOT.red(), SPOT.green(), SPOT.blue(), 40 + 9 * intensity)


def stroke_outline(intensity: int) -> QColor:
    return QColor(SPOT.red(), SPOT.green(), SPOT.blue(), 120 + 8 * intensity)


def draw_mark_number(p: QPainter, x: float, y: float, number: int) -> None:
    """A mark's number with a white halo, readable over any colour."""
    f = p.font()
    f.setPixelSize(11)
    f.setBold(True)
    p.setFont(f)
    text = str(number)
    rect = p.fontMetrics().boundingRect(text)
    rx, ry = x - rect.width() / 2, y + rect.height() / 2 - 2
    path = QPainterPath()
    path.addText(QPointF(rx, ry), f, text)
    p.setPen(QPen(QColor(255, 255, 255, 235), 3.0))
    p.drawPath(path)
    p.fillPath(path, SPOT)


def draw_marker(p: QPainter, x: float, y: float, r: float) -> None:
    """A trigger point: the X used in Travell & Simons' drawings, on a white disc."""
    p.setPen(QPen(MARKER, 1.2))
    p.setBrush(QColor(255, 255, 255, 220))
    p.drawEllipse(QPointF(x, y), r, r)
    pen = QPen(MARKER, 2.0)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    d = r * 0.55
    p.drawLine(QPointF(x - d, y - d), QPointF(x + d, y + d))
    p.drawLine(QPointF(x - d, y + d), QPointF(x + d, y - d))
