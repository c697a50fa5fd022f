"""Marking spots without a mouse: the arrow keys move a visible cursor over the diagram,
from region to region (Shift or Alt + arrows: in small steps), and Enter or Space marks a
spot there, as a click would. The region under the cursor is announced in the label
under the diagram and in the diagram's accessible description."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.domain.navigation import next_region
from app.ui import theme
from app.ui.items import Z_CURSOR

if TYPE_CHECKING:
    from app.domain.figure import Figure
    from app.ui.diagram_view import DiagramView

#: A small step (Shift or Alt + arrow), in screen pixels.
SMALL_STEP_PX = 8.0
ARROWS = {
    Qt.Key.Key_Left: (-1.0, 0.0),
    Qt.Key.Key_Right: (1.0, 0.0),
    Qt.Key.Key_Up: (0.0, -1.0),
    Qt.Key.Key_Down: (0.0, 1.0),
}
MARK_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
HELP = "Arrow keys move the cursor from region to region (Shift: small steps); Enter marks."


class CursorItem(QGraphicsItem):
    """A crosshair ring of a fixed size on screen, in the focus colour with a halo."""

    R = 11.0

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z_CURSOR)
        self.colour = QColor(theme.current().focus)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt virtual)
        r = self.R + 8
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(  # noqa: N802 (Qt virtual)
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        r = self.R
        for colour, width in ((QColor(255, 255, 255, 235), 5.0), (self.colour, 2.5)):
            painter.setPen(QPen(colour, width))
            painter.drawEllipse(QPointF(0, 0), r, r)
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                painter.drawLine(
                    QPointF(dx * (r - 4), dy * (r - 4)), QPointF(dx * (r + 6), dy * (r + 6))
                )


class KeyboardCursor(QObject):
    def __init__(self, view: DiagramView) -> None:
        super().__init__(view)
        self._view = view
        self.item = CursorItem()
        self.item.hide()
        view.diagram_scene.addItem(self.item)
        self._points: dict[str, tuple[float, float]] | None = None
        self.region: str | None = None
        view.setAccessibleDescription(HELP)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)

    @property
    def shown(self) -> bool:
        return self.item.isVisible()

    @property
    def position(self) -> QPointF:
        return self.item.pos()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt virtual)
        kind = event.type()
        if watched is self._view and kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key(event)
        if kind == QEvent.Type.MouseButtonPress:
            self.item.hide()  # a mouse user: the pointer shows where they are
        return False

    def _key(self, event: QKeyEvent) -> bool:
        atlas = self._view.diagram_scene.atlas
        key = Qt.Key(event.key())
        if atlas is None or (key not in ARROWS and key not in MARK_KEYS):
            return False
        if not self.shown:  # the first key shows the cursor where it was, or mid-body
            self._show_at(self.item.pos() if self.region else self._start())
            return True
        if key in MARK_KEYS:
            x, y = self._reference(self.item.pos())
            self._view.point_clicked.emit(x, y)
            return True
        direction = ARROWS[key]
        fine = event.modifiers() & (
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier
        )
        here = self.item.pos()
        if fine:
            step = SMALL_STEP_PX / (self._view.transform().m11() or 1.0)
            self._show_at(QPointF(here.x() + direction[0] * step, here.y() + direction[1] * step))
            return True
        region = next_region(
            self._region_points(), self._reference(here), direction, current=self.region
        )
        if region is not None:
            self._show_at(self._view.diagram_scene.at(*self._region_points()[region]))
        return True

    def follow_figure(self, old: Figure) -> None:
        """After the scene changed from figure ``old``: the same place on the body."""
        p = self.item.pos()
        self.item.setPos(self._view.diagram_scene.at(*old.to_reference(p.x(), p.y())))

    def _reference(self, p: QPointF) -> tuple[float, float]:
        """The reference point under the cursor drawn at scene point ``p``."""
        return self._view.diagram_scene.figure.to_reference(p.x(), p.y())

    def _region_points(self) -> dict[str, tuple[float, float]]:
        """A point inside each region, in reference coordinates."""
        if self._points is None:
            atlas = self._view.diagram_scene.atlas
            assert atlas is not None
            self._points = {r: atlas.region_point(r) for r in atlas.diagram.regions}
        return self._points

    def _start(self) -> QPointF:
        """The region point nearest the middle of the view."""
        view = self._view
        mx, my = self._reference(view.mapToScene(view.viewport().rect().center()))
        points = self._region_points()
        best = min(points, key=lambda r: (points[r][0] - mx) ** 2 + (points[r][1] - my) ** 2)
        return view.diagram_scene.at(*points[best])

    def _show_at(self, p: QPointF) -> None:
        view = self._view
        atlas = view.diagram_scene.atlas
        assert atlas is not None
        self.item.colour = QColor(theme.current().focus)
        self.item.setScale(view.diagram_scene.mark_scale)
        self.item.setPos(p)
        self.item.show()
        self.item.update()
        view.ensureVisible(QRectF(p.x() - 1, p.y() - 1, 2, 2), 40, 40)
        self.region = atlas.region_at(*self._reference(p))
        name = atlas.region_name(self.region) if self.region else "outside the body"
        view.announce_region(self.region or "")
        view.setAccessibleDescription(f"Cursor on {name}. {HELP}")
