"""Presenting (F11, View → Present): the drawing alone on the screen, with a large
caption, for explaining a pattern to a patient or a class.

The side panels, toolbar, menus, banner and status bar are hidden and the window goes
full screen; marks, markers and labels grow with the drawing. N/P step through the answer's
candidates, or through the muscles chosen in *View → Muscles to present…*; Esc or F11
leaves and puts the window back exactly as it was. The state (presenting or not, the
chosen muscles) is app.ui.present_state's; stepping is the AppController's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QTransform
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ui.present_state import PresentState, caption

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

#: While presenting, marks, trigger-point markers and labels grow as the drawing does
#: (the view's height against the window's), up to this many times their usual size.
MAX_MARK_SCALE = 2.0
#: While presenting, the shown pattern fills the drawing with a quarter to spare...
PATTERN_MARGIN = 1.25
#: ... but never zoomed past three times "fit" (a small pattern would lose its context).
MOST_ZOOM = 3.0
TITLE_PX = 30
DETAIL_PX = 18


@dataclass
class _Layout:
    """What presenting changes, to put back exactly on leaving."""

    state: Qt.WindowState
    geometry: QRect
    splitter: QByteArray
    shown: dict[QWidget, bool]
    transform: QTransform
    centre: QPointF
    fitted: bool
    view_height: int


class Presenter(QObject):
    def __init__(self, window: MainWindow, centre: QWidget) -> None:
        super().__init__(window)
        self._w = window
        self.state = PresentState(window.settings, self)
        self.bar = QWidget()
        self.bar.setObjectName("presentCaption")
        self.title = QLabel()
        self.title.setObjectName("presentTitle")
        self.title.setWordWrap(True)
        self.title.setAccessibleName("Shown muscle and pattern")
        font = self.title.font()
        font.setPixelSize(TITLE_PX)
        font.setBold(True)
        self.title.setFont(font)
        self.detail = QLabel()
        self.detail.setObjectName("presentDetail")
        self.detail.setWordWrap(True)
        font = self.detail.font()
        font.setPixelSize(DETAIL_PX)
        self.detail.setFont(font)
        self.detail.setAccessibleName("How it matches, and where it is in the list")
        hint = QLabel(
            "N next · P previous · Esc leaves. Orange solid: main pain area; blue hatched: "
            "possible extra area; ×: trigger point. TriggerMap informs; it does not diagnose."
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self.bar)
        layout.setContentsMargins(12, 8, 12, 4)
        layout.setSpacing(2)
        for label in (self.title, self.detail, hint):
            layout.addWidget(label)
        self.bar.hide()
        box = centre.layout()
        assert isinstance(box, QVBoxLayout)
        box.insertWidget(0, self.bar)
        self._saved: _Layout | None = None
        window.controller.selection_changed.connect(self._update_caption)
        window.controller.answer_changed.connect(self._update_caption)
        window.controller.selection_changed.connect(self._zoom_to_pattern)
        # After the window has drawn the new figure (connected first): its pattern's box.
        window.controller.figure_changed.connect(self._zoom_to_pattern)

    @property
    def active(self) -> bool:
        return self.state.active

    def stepping_through(self) -> tuple[str, ...]:
        """While presenting, the chosen muscles (none: the answer's candidates)."""
        w = self._w
        if not self.state.active or w.atlas is None:
            return ()
        return self.state.stepping_through(w.lib)

    def actions(self) -> list[QAction]:
        """View → Present (F11), Leave (Esc, only while presenting), Muscles to present…"""
        w = self._w
        present = QAction("Present", w)
        present.setShortcut(QKeySequence(Qt.Key.Key_F11))
        present.setCheckable(True)
        present.setStatusTip("Show the drawing alone, full screen, with a large caption (F11)")
        present.toggled.connect(lambda on: self.enter() if on else self.leave())
        leave = QAction("Leave presentation", w)
        leave.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        leave.setStatusTip("Back to the window as it was (Esc)")
        leave.setEnabled(False)
        leave.triggered.connect(lambda: present.setChecked(False))
        choose = QAction("Muscles to present…", w)
        choose.setStatusTip("Choose the muscles N and P step through while presenting")
        choose.triggered.connect(self.choose_muscles)

        def sync() -> None:
            present.setChecked(self.state.active)
            leave.setEnabled(self.state.active)

        self.state.changed.connect(sync)
        self.present_action = present
        for action in (present, leave, choose):
            w.addAction(action)
        return [present, leave, choose]

    # -- entering and leaving ------------------------------------------------------------

    def _chrome(self) -> list[QWidget]:
        w = self._w
        return [
            w.menuBar(),
            w.statusBar(),
            w.banner,
            w.left,
            w.right,
            w.orientation,
            *w.toolbars(),
        ]

    def enter(self, *, full_screen: bool = True) -> None:
        if self.state.active:
            return
        w, view = self._w, self._w.view
        self._saved = _Layout(
            w.windowState(),
            w.geometry(),
            w.splitter.saveState(),
            {widget: widget.isVisible() for widget in self._chrome()},
            view.transform(),
            view.mapToScene(view.viewport().rect().center()),
            view.fitted,
            max(1, view.height()),
        )
        for widget in self._chrome():
            widget.hide()
        self.bar.show()
        self.state.set_active(True)
        view.installEventFilter(self)
        chosen = self.stepping_through()
        if chosen and w.controller.selection.muscle not in chosen:
            w.controller.select(chosen[0])  # presenting chosen muscles starts at the first
        self._update_caption()
        if full_screen:
            w.showFullScreen()
        self._zoom_to_pattern()
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def leave(self) -> None:
        saved, self._saved = self._saved, None
        if not self.state.active or saved is None:
            return
        w, view = self._w, self._w.view
        view.removeEventFilter(self)
        self.bar.hide()
        w.scene.set_mark_scale(1.0)
        for widget, shown in saved.shown.items():
            widget.setVisible(shown)
        w.setWindowState(saved.state)
        if saved.state == Qt.WindowState.WindowNoState:
            w.setGeometry(saved.geometry)
        w.splitter.restoreState(saved.splitter)
        self.state.set_active(False)
        if saved.fitted:
            view.fit_to_window()
        else:
            view.setTransform(saved.transform)
            view.centerOn(saved.centre)
            view.fitted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt virtual)
        # Before the view fits the drawing to its new size: the labels' size counts.
        if event.type() == QEvent.Type.Resize and self._saved is not None:
            assert isinstance(event, QResizeEvent)
            grown = event.size().height() / self._saved.view_height
            self._w.scene.set_mark_scale(max(1.0, min(MAX_MARK_SCALE, grown)))
        return False

    def _zoom_to_pattern(self) -> None:
        """While presenting, the shown pattern (its zones, muscle and trigger points, and
        the patient's marks) fills the drawing; with none shown, the whole figure."""
        if not self.state.active:
            return
        view = self._w.view
        rect = self._pattern_rect()
        if rect is None:
            view.fit_to_window()
        else:
            view.show_rect(rect, margin=PATTERN_MARGIN, most=MOST_ZOOM)

    def _pattern_rect(self) -> QRectF | None:
        from app.domain.framing import marks_box, pattern_box, union  # after the first paint

        w = self._w
        s = w.controller.selection
        if s.muscle is None or w.atlas is None:
            return None
        dia = w.atlas.diagram
        tps = [tp.id for tp in w.lib.muscle(s.muscle).trigger_points]
        shown = [t for t in tps if s.trigger_point in (None, t)]
        box = union(
            b
            for b in (
                pattern_box(dia, s.muscle, shown, s.sides, soles=True),
                marks_box(w.drawing.drawing, dia.regions),
            )
            if b is not None
        )
        return None if box is None else w.scene.rect_of(box.x0, box.y0, box.x1, box.y1)

    def _update_caption(self) -> None:
        w = self._w
        if not self.state.active or w.atlas is None:
            return
        text = caption(w.lib, w.controller.selection, w.controller.answer, self.stepping_through())
        self.title.setText(text.title)
        self.detail.setText(text.detail)

    # -- the chosen muscles ----------------------------------------------------------------

    def choose_muscles(self) -> None:
        """A dialog with a tick box per muscle; none ticked: step through the candidates."""
        w = self._w
        if w.atlas is None:
            return
        from PySide6.QtWidgets import (
            QDialog,
            QDialogButtonBox,
            QListWidget,
            QListWidgetItem,
        )

        dialog = QDialog(w)
        dialog.setObjectName("presentMuscles")
        dialog.setWindowTitle("Muscles to present")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        intro = QLabel(
            "N and P step through the ticked muscles while presenting, in this order. "
            "With none ticked they step through the answer's candidates."
        )
        intro.setWordWrap(True)
        rows = QListWidget()
        rows.setAccessibleName("Muscles to present")
        chosen = set(self.state.muscles)
        for muscle in sorted(w.lib.muscles, key=lambda m: m.name.lower()):
            item = QListWidgetItem(f"{muscle.name} ({muscle.plain_name})")
            item.setData(Qt.ItemDataRole.UserRole, muscle.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if muscle.id in chosen else Qt.CheckState.Unchecked
            )
            rows.addItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Reset
        )
        reset = buttons.button(QDialogButtonBox.StandardButton.Reset)
        reset.setText("Untick all")
        reset.setAccessibleName("Untick all muscles")

        def untick_all() -> None:
            for i in range(rows.count()):
                rows.item(i).setCheckState(Qt.CheckState.Unchecked)

        reset.clicked.connect(untick_all)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(intro)
        layout.addWidget(rows, 1)
        layout.addWidget(buttons)
        dialog.resize(420, 520)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                ticked = [
                    rows.item(i).data(Qt.ItemDataRole.UserRole)
                    for i in range(rows.count())
                    if rows.item(i).checkState() == Qt.CheckState.Checked
                ]
                self.state.set_muscles(ticked)
                self._update_caption()

        dialog.finished.connect(done)
        dialog.open()
