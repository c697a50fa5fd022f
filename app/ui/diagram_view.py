"""The canvas: zoom (wheel, pinch, keys), pan (drag), click, paint, erase, hover.

It emits intent in scene (= document) coordinates and ids; it decides nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QApplication, QGraphicsView, QVBoxLayout, QWidget

from app.ui.diagram_scene import DiagramScene

if TYPE_CHECKING:
    from PySide6.QtGui import QMouseEvent, QPaintEvent, QWheelEvent

MIN_ZOOM = 0.6  # relative to "fit to window"
FIT_MARGIN = 0.97  # at "fit", the drawing takes this much of the view's width or height
FIT_FIGURE_SHARE = 0.9  # ... and the figure itself at least this much of it
MAX_ZOOM = 12.0
STEP = 1.25
#: A stroke records a point each time the pointer has moved this far on screen.
STROKE_STEP_PX = 4.0
#: The brush's radius on screen: a fingertip-sized dab at any zoom. In document units it
#: is this divided by the zoom, within the domain's limits for a stroke's radius.
BRUSH_PX = 12.0
#: How close (on screen) the eraser must come to a mark to remove it.
ERASE_PX = 10.0
BRUSH_RADIUS_MIN = 1.0  # app.domain.drawing's limits, without importing the domain
BRUSH_RADIUS_MAX = 60.0


class DiagramView(QGraphicsView):
    point_clicked = Signal(float, float)
    #: A stroke being painted (points in document coordinates, brush radius), live...
    stroke_changed = Signal(list, float)
    #: ... and when the button is released.
    stroke_finished = Signal(list, float)
    #: The eraser touched (x, y) with a reach of ``slack`` document units.
    erase_started = Signal()
    erase_moved = Signal(float, float, float)
    erase_finished = Signal()
    region_hovered = Signal(str)  # "" when the cursor leaves the body
    zoom_changed = Signal(float)

    def __init__(self, scene: DiagramScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        # A viewport made here, from Python: Qt's own would first reach Python through a
        # QWidget* return value, and resolving that type makes PySide set up every widget
        # class of QtWidgets (~17 ms before the first paint).
        self.setViewport(QWidget())
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        # Pad the scrollable area so any point can be brought under the cursor or to the
        # centre, even when the drawing is smaller than the window.
        self.diagram_scene = scene
        rect = scene.sceneRect()
        self.setSceneRect(rect.adjusted(-rect.width(), -rect.height(), rect.width(), rect.height()))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        # Items restore their own painter state; the plain background can be cached.
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.setAccessibleName("Body diagram, posterior view")
        #: What the view shows again when it is resized: the whole figure ("fit"), a
        #: part of it (a rectangle with its margin and zoom limit), or what it shows now.
        self._keep: Literal["fit"] | tuple[QRectF, float, float] | None = "fit"
        self._press: QPoint | None = None
        self._panning = False
        self._stroke: list[tuple[float, float]] | None = None
        self._last_paint: QPoint | None = None
        self._erasing = False
        self._hovered = ""
        self.tool = "spot"  # "spot", "paint" or "erase": set by the window from its model

    def brush_radius(self) -> float:
        """The brush's radius in document units at the current zoom."""
        scale = self.transform().m11() or 1.0
        return max(BRUSH_RADIUS_MIN, min(BRUSH_RADIUS_MAX, BRUSH_PX / scale))

    # -- zoom --------------------------------------------------------------------

    def fit_scale(self) -> float:
        """The zoom at which the figure, the insets and the labels just fill the view; in
        a narrow view the figure still takes FIT_FIGURE_SHARE of it (labels may then
        reach past the edge, a pan away)."""
        vp = self.viewport().rect()
        figure = self.diagram_scene.content_rect(None)
        if vp.isEmpty() or figure.isEmpty():
            return 1.0

        def fitting(rect: QRectF) -> float:
            return min(vp.width() / rect.width(), vp.height() / rect.height()) * FIT_MARGIN

        # The labels keep their size on screen, so the smaller the figure the more room
        # they take in document units: a few rounds settle it.
        scale = fitting(figure)
        for _ in range(6):
            scale = fitting(self.diagram_scene.content_rect(scale))
        return max(scale, FIT_FIGURE_SHARE * fitting(figure))

    def _fit_centre(self, scale: float) -> QPointF:
        """The middle of what "fit" shows: all of it if it fits, else the figure."""
        vp = self.viewport().rect()
        rect = self.diagram_scene.content_rect(scale)
        if rect.width() * scale > vp.width() or rect.height() * scale > vp.height():
            rect = self.diagram_scene.content_rect(None)
        return rect.center()

    @property
    def fitted(self) -> bool:
        """Whether the view keeps the figure fitted as the window is resized."""
        return self._keep == "fit"

    @fitted.setter
    def fitted(self, on: bool) -> None:
        self._keep = "fit" if on else None

    def zoom(self) -> float:
        """Current zoom relative to fit-to-window (1.0 = fitted)."""
        return self.transform().m11() / self.fit_scale()

    def fit_to_window(self) -> None:
        self._keep = "fit"
        self.resetTransform()
        s = self.fit_scale()
        self.scale(s, s)
        self.centerOn(self._fit_centre(s))
        self.zoom_changed.emit(self.zoom())

    def show_rect(self, rect: QRectF, *, margin: float, most: float) -> None:
        """Zoom so ``rect`` (document units) fills the view, grown by ``margin`` (1.25: a
        quarter more), never smaller than the whole figure fitting the view nor more than
        ``most`` times that (the figure alone: labels, whose size may change, aside)."""
        vp = self.viewport().rect()
        figure = self.diagram_scene.content_rect(None)
        if vp.isEmpty() or rect.isEmpty() or figure.isEmpty():
            return
        fit = min(vp.width() / figure.width(), vp.height() / figure.height())
        wanted = min(vp.width() / rect.width(), vp.height() / rect.height()) / margin
        s = max(fit, min(fit * most, wanted))
        self._keep = (rect, margin, most)
        self.resetTransform()
        self.scale(s, s)
        self.centerOn(rect.center())
        self.zoom_changed.emit(self.zoom())

    def zoom_by(self, factor: float, *, anchor: QPointF | None = None) -> None:
        target = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom() * factor))
        factor = target / self.zoom()
        if abs(factor - 1.0) < 1e-6:
            return
        self._keep = None
        at = anchor.toPoint() if anchor is not None else self.viewport().rect().center()
        fixed = self.mapToScene(at)
        self.scale(factor, factor)
        # Scroll so the scene point that was under the anchor is under it again.
        drift = self.mapFromScene(fixed) - at
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + drift.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + drift.y())
        self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        self.zoom_by(STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / STEP)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt virtual)
        super().resizeEvent(event)
        if self._keep == "fit":
            self.fit_to_window()
        elif self._keep is not None:
            rect, margin, most = self._keep
            self.show_rect(rect, margin=margin, most=most)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt virtual)
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(STEP**steps, anchor=event.position())
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt virtual)
        # The gesture classes are imported on the first gesture: PySide sets up each Qt
        # class on first use, and these are not needed before the first paint.
        kind = event.type()
        if kind == QEvent.Type.NativeGesture:
            from PySide6.QtGui import QNativeGestureEvent

            if isinstance(event, QNativeGestureEvent) and (
                event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
            ):
                self.zoom_by(1.0 + event.value(), anchor=event.position())
                return True
        elif kind == QEvent.Type.Gesture:
            from PySide6.QtWidgets import QGestureEvent, QPinchGesture

            if isinstance(event, QGestureEvent):
                pinch = event.gesture(Qt.GestureType.PinchGesture)
                if isinstance(pinch, QPinchGesture):
                    centre = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
                    self.zoom_by(pinch.scaleFactor(), anchor=QPointF(centre))
                    return True
        return super().viewportEvent(event)

    # -- mouse: click marks, drag pans, Shift-drag (or the paint tool) paints ----

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt virtual)
        button = event.button()
        if button not in (Qt.MouseButton.LeftButton, Qt.MouseButton.MiddleButton):
            super().mousePressEvent(event)
            return
        self._press = event.position().toPoint()
        self._panning = button == Qt.MouseButton.MiddleButton
        if button == Qt.MouseButton.LeftButton:
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if shift or self.tool == "paint":
                self._stroke = []
                self._paint_at(self._press)
            elif self.tool == "erase":
                self._erasing = True
                self.erase_started.emit()
                self._erase_at(self._press)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt virtual)
        pos = event.position().toPoint()
        self._update_hover(pos)
        if self._press is None:
            return
        if self._stroke is not None:
            self._paint_at(pos)
            return
        if self._erasing:
            self._erase_at(pos)
            return
        moved = (pos - self._press).manhattanLength() >= QApplication.startDragDistance()
        if moved and not self._panning:
            self._panning = True
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        if self._panning:
            delta = pos - self._press
            self._press = pos
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            self._keep = None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt virtual)
        if self._press is None:
            super().mouseReleaseEvent(event)
            return
        if self._stroke is not None:
            stroke, self._stroke, self._last_paint = self._stroke, None, None
            self.stroke_finished.emit(stroke, self.brush_radius())
        elif self._erasing:
            self._erasing = False
            self.erase_finished.emit()
        elif not self._panning and event.button() == Qt.MouseButton.LeftButton:
            p = self.reference_at(event.position().toPoint())
            self.point_clicked.emit(p.x(), p.y())
        if self._panning:
            self.viewport().unsetCursor()
        self._press = None
        self._panning = False
        event.accept()

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt virtual)
        self._set_hovered("")
        super().leaveEvent(event)

    def _paint_at(self, pos: QPoint) -> None:
        assert self._stroke is not None
        if self._last_paint is not None:
            d = pos - self._last_paint
            if (d.x() ** 2 + d.y() ** 2) ** 0.5 < STROKE_STEP_PX:
                return
        p = self.reference_at(pos)
        self._last_paint = pos
        self._stroke.append((p.x(), p.y()))
        self.stroke_changed.emit(list(self._stroke), self.brush_radius())

    def _erase_at(self, pos: QPoint) -> None:
        p = self.reference_at(pos)
        scale = self.transform().m11() or 1.0
        self.erase_moved.emit(p.x(), p.y(), ERASE_PX / scale)

    def reference_at(self, pos: QPoint) -> QPointF:
        """The point of the reference figure (the one the domain core is asked about)
        drawn at the viewport position ``pos`` on the shown figure."""
        p = self.mapToScene(pos)
        return QPointF(*self.diagram_scene.figure.to_reference(p.x(), p.y()))

    def _region_at(self, p: QPointF) -> str | None:
        atlas = self.diagram_scene.atlas
        return atlas.region_at(p.x(), p.y()) if atlas is not None else None

    def _update_hover(self, pos: QPoint) -> None:
        self._set_hovered(self._region_at(self.reference_at(pos)) or "")

    def announce_region(self, region: str) -> None:
        """Name the region under the keyboard cursor, as pointing at it does."""
        self._hovered = ""
        self._set_hovered(region)

    def _set_hovered(self, region: str) -> None:
        if region != self._hovered:
            self._hovered = region
            self.region_hovered.emit(region)


class FocusFrame(QWidget):
    """Holds the diagram and draws a clear ring round it while it has the keyboard focus
    (a view's own frame is repainted only in part as the drawing scrolls)."""

    RING = 3

    def __init__(self, view: DiagramView) -> None:
        super().__init__()
        self.view = view
        self.colour = QColor("#1a5fb4")
        layout = QVBoxLayout(self)
        m = self.RING
        layout.setContentsMargins(m, m, m, m)
        layout.addWidget(view)
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt virtual)
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.update()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt virtual)
        if not self.view.hasFocus():
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(self.colour, self.RING))
        half = self.RING / 2
        p.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 3, 3)
        p.end()
