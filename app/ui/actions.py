"""The main window's menus, toolbar and keyboard shortcuts, and the small dialogs behind them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QAction, QKeySequence

from app.ui.compare import add_compare_actions
from app.ui.figure_menu import add_figure_menu

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox

    from app.ui.main_window import MainWindow


#: The settings key under which View > Show deep muscles is kept (off unless chosen).
DEEP_SETTING = "view/deep_muscles"


def deep_muscles_shown(settings: QSettings) -> bool:
    """Whether the deep muscles were shown last time (off: the superficial plate)."""
    return str(settings.value(DEEP_SETTING, "false")).lower() == "true"


def _show_deep(w: MainWindow, on: bool) -> None:
    w.scene.set_art_visible("muscles-deep", on)
    w.settings.setValue(DEEP_SETTING, on)


def _action(
    window: MainWindow,
    text: str,
    keys: QKeySequence | QKeySequence.StandardKey | list[QKeySequence] | None,
    slot: object,
    *,
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    if isinstance(keys, list):
        action.setShortcuts(keys)
    elif keys is not None:
        action.setShortcut(keys)
    action.triggered.connect(slot)
    action.setStatusTip(tip or text)
    window.addAction(action)
    return action


class _UndoSync:
    """Keeps the Undo/Redo actions in step with the drawing's history.

    The menu says what will be undone ("Undo Mark pain spot"); the toolbar buttons keep
    their short labels, so they never change width. The update runs just after the diagram
    has repainted (like the side panels), so a click's first frame is only the diagram.
    """

    def __init__(self, window: MainWindow, undo: QAction, redo: QAction) -> None:
        self._window, self._undo, self._redo = window, undo, redo
        for action, short in ((undo, "Undo"), (redo, "Redo")):
            action.setIconText(short)
        # Every edit of the history (push, undo, redo, restore) goes through a change of
        # the drawing; unlike the stack's own signals, that one is quiet while closing.
        window.drawing.changed.connect(lambda: window.after_paint(self.sync))
        window.controller.canvas_changed.connect(lambda: window.after_paint(self.sync))
        self.sync()

    def sync(self) -> None:
        stack = self._window.controller.canvas_drawing.undo_stack
        for action, verb, able, what in (
            (self._undo, "Undo", stack.canUndo(), stack.undoText()),
            (self._redo, "Redo", stack.canRedo(), stack.redoText()),
        ):
            action.setEnabled(able)
            action.setText(f"{verb} {what}" if able and what else verb)
            action.setStatusTip(action.text())


def build_actions(window: MainWindow) -> list[QAction]:
    """Create the window's actions, with their shortcuts, and put them in the menus and the
    toolbar. The actions belong to the window (their parent), which keeps them alive.
    Returns the actions that need the content loaded."""
    w = window
    # Undo, redo and clear act on what the diagram's pointer is routed to (the quiz's
    # painting while it asks the student to paint), so they never touch a hidden drawing.
    canvas = w.controller
    undo = _action(
        w, "Undo", QKeySequence.StandardKey.Undo, lambda: canvas.canvas_drawing.undo_stack.undo()
    )
    # Some platforms already bind Ctrl+Y to Redo: listing it twice makes it ambiguous.
    redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    if QKeySequence("Ctrl+Y") not in redo_keys:
        redo_keys.append(QKeySequence("Ctrl+Y"))
    redo = _action(w, "Redo", redo_keys, lambda: canvas.canvas_drawing.undo_stack.redo())
    _UndoSync(w, undo, redo)
    clear = _action(
        w, "Clear drawing", QKeySequence("Ctrl+Backspace"), lambda: canvas.canvas_drawing.clear()
    )
    tools = _tool_actions(w)
    intensity_label, intensity = _intensity_box(w)
    quality_label, quality = _quality_box(w)
    softer = _action(w, "Less intense", QKeySequence("["), lambda: intensity.stepBy(-1))
    stronger = _action(w, "More intense", QKeySequence("]"), lambda: intensity.stepBy(1))
    export = _action(
        w,
        "Export report…",
        QKeySequence("Ctrl+E"),
        lambda: _export_dialog(w),
        tip="Save a PDF to hand to the patient",
    )
    handout = _action(
        w,
        "Export handout…",
        QKeySequence("Ctrl+Shift+E"),
        lambda: _export_dialog(w, handout=True),
        tip="Save a one-page PDF for the patient: the drawing, the likely muscles, "
        "two stretches and the warning signs",
    )
    recover = _action(
        w,
        "Recover…",
        None,
        lambda: _recover(w),
        tip="Open an earlier session, or one set aside because it could not be loaded",
    )
    save_diary = _action(
        w,
        "Save to diary…",
        QKeySequence("Ctrl+Shift+D"),
        lambda: _diary(w, "save_to_diary"),
        tip="Keep this drawing in your pain diary, with the date and a note",
    )
    diary = _action(
        w,
        "Pain diary…",
        QKeySequence("Ctrl+H"),
        lambda: _diary(w, "open_diary"),
        tip="Your saved drawings: open one, or show two dates side by side",
    )
    quit_ = _action(w, "Quit", QKeySequence.StandardKey.Quit, w.close)
    zin = _action(
        w,
        "Zoom in",
        [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("+"), QKeySequence("=")],
        w.view.zoom_in,
    )
    zout = _action(
        w,
        "Zoom out",
        [QKeySequence(QKeySequence.StandardKey.ZoomOut), QKeySequence("-")],
        w.view.zoom_out,
    )
    fit = _action(
        w, "Fit to window", [QKeySequence("Ctrl+0"), QKeySequence("0")], w.view.fit_to_window
    )
    deep_on = deep_muscles_shown(w.settings)
    w.scene.set_art_visible("muscles-deep", deep_on)
    deep = _action(
        w,
        "Show deep muscles",
        QKeySequence("D"),
        lambda on: _show_deep(w, on),
        tip="Draw the deep muscles pale and dashed under the superficial ones (D); the "
        "selected muscle and the cut-away side (Shift+D) show them anyway",
    )
    regions = _action(w, "Show region borders", QKeySequence("R"), w.scene.set_regions_visible)
    lookalikes = _action(
        w,
        "Show look-alikes",
        QKeySequence("K"),
        lambda on: w.scene.set_lookalikes(
            [x.id for x in w.lib.lookalikes] if on and w.atlas is not None else []
        ),
        tip="Outline where the L4, L5 and S1 nerve roots and the sacroiliac joint can hurt (K)",
    )
    labels = _action(
        w, "Show labels", QKeySequence("L"), lambda on: w.scene.set_art_visible("labels", on)
    )
    cutaway = _action(
        w,
        "Cut away superficial muscles (right side)",
        QKeySequence("Shift+D"),
        w.set_cutaway,
        tip="Show the patient's right side as a dissection: the deep muscles, with the "
        "superficial ones cut away (Shift+D)",
    )
    cutaway.setCheckable(True)
    layers = [deep, regions, labels, lookalikes]
    for a, on in zip(layers, (deep_on, False, True, False), strict=True):
        a.setCheckable(True)
        a.setChecked(on)
    next_c = _action(w, "Next candidate", QKeySequence("N"), lambda: _step(w, 1))
    all_c = _action(w, "Show all candidates", QKeySequence("A"), w.show_all_candidates)
    prev_c = _action(w, "Previous candidate", QKeySequence("P"), lambda: _step(w, -1))

    bar = w.menuBar()
    m = bar.addMenu("&File")
    m.addActions([export, handout, save_diary, diary, recover, quit_])
    m = bar.addMenu("&Edit")
    m.addActions([undo, redo, clear])
    m.addSeparator()
    m.addActions(tools)
    m.addActions([softer, stronger])
    m = bar.addMenu("&View")
    m.addActions([zin, zout, fit])
    m.addSeparator()
    m.addActions(layers)
    m.addAction(cutaway)
    add_figure_menu(w, m)
    m.addSeparator()
    m.addActions([next_c, prev_c, all_c])
    compare = add_compare_actions(w, m)
    m.addSeparator()
    m.addActions(w.presenter.actions())
    m = bar.addMenu("&Help")
    m.addAction(_action(w, "When to get medical help", None, lambda: w.show_learn("safety")))
    check = _action(
        w,
        "Check your warning signs…",
        QKeySequence("Ctrl+Shift+W"),
        lambda: _warning_check(w),
        tip="Yes/no questions about warning signs, ending in plain advice",
    )
    m.addAction(check)
    m.addAction(_action(w, "About TriggerMap", None, lambda: _about(w)))

    tb = w.addToolBar("Main")
    tb.setObjectName("mainToolbar")
    tb.setMovable(False)
    tb.addActions([undo, redo, clear])
    tb.addSeparator()
    tb.addActions(tools)
    tb.addWidget(intensity_label)
    tb.addWidget(intensity)
    tb.addWidget(quality_label)
    tb.addWidget(quality)
    tb.addSeparator()
    # Zoom in and out (wheel, +, -), labels, region borders and deep muscles (L, R, D)
    # stay in the View menu: the toolbar must fit 1280 pixels, at 200% too.
    tb.addAction(fit)
    tb.addAction(lookalikes)
    tb.addAction(w.presenter.present_action)
    tb.addSeparator()
    tb.addAction(export)
    content = [export, handout, save_diary, diary, recover, check, lookalikes]
    return [*content, next_c, prev_c, all_c, *compare]


TOOL_ACTIONS = (
    ("spot", "Mark spots", "M", "Click where it hurts to mark a spot"),
    (
        "paint",
        "Paint area",
        "B",
        "Drag to paint an area that hurts (Shift-drag paints with any tool)",
    ),
    ("erase", "Erase", "E", "Click or drag over marks to remove them"),
)


def _tool_actions(window: MainWindow) -> list[QAction]:
    """One checked tool at a time; the model holds which, the actions follow it."""
    from PySide6.QtGui import QActionGroup

    group = QActionGroup(window)
    group.setExclusive(True)
    actions: dict[str, QAction] = {}
    for tool, text, key, tip in TOOL_ACTIONS:
        a = _action(
            window,
            text,
            QKeySequence(key),
            lambda _=False, t=tool: window.drawing.set_tool(t),
            tip=tip,
        )
        a.setCheckable(True)
        a.setObjectName(f"tool-{tool}")
        group.addAction(a)
        actions[tool] = a

    def sync() -> None:
        actions[window.drawing.tool].setChecked(True)
        window.view.tool = window.drawing.tool

    window.drawing.settings_changed.connect(sync)
    sync()
    return list(actions.values())


def _intensity_box(window: MainWindow) -> tuple[QLabel, QSpinBox]:
    """How much it hurts (0-10), given to each new mark."""
    from PySide6.QtWidgets import QLabel, QSpinBox

    box = QSpinBox()
    box.setObjectName("intensity")
    box.setRange(0, 10)
    box.setValue(window.drawing.intensity)
    box.setAccessibleName("Pain intensity for new marks, 0 to 10")
    box.setToolTip(
        "How much it hurts, 0 (none) to 10 (worst): given to each new mark. Keys [ and ]."
    )
    box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    label = QLabel(" Pain 0-10: ")
    label.setBuddy(box)
    box.valueChanged.connect(window.drawing.set_intensity)

    def sync() -> None:
        if box.value() != window.drawing.intensity:
            with QSignalBlocker(box):
                box.setValue(window.drawing.intensity)

    window.drawing.settings_changed.connect(sync)
    return label, box


QUALITY_CHOICES = (
    ("", "not said"),
    ("aching", "aching"),
    ("burning", "burning"),
    ("tingling", "pins and needles"),
    ("numb", "numb"),
)


def _quality_box(window: MainWindow) -> tuple[QLabel, QComboBox]:
    """What the pain feels like, given to each new mark."""
    from PySide6.QtWidgets import QComboBox, QLabel

    box = QComboBox()
    box.setObjectName("quality")
    for value, text in QUALITY_CHOICES:
        box.addItem(text, value)
    box.setAccessibleName("What new marks feel like")
    box.setToolTip(
        "What the pain feels like where you mark next. Burning, pins and needles and "
        "numbness can come from a nerve rather than a muscle."
    )
    box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    label = QLabel(" Feels: ")
    label.setBuddy(box)
    box.currentIndexChanged.connect(lambda i: window.drawing.set_quality(box.itemData(i) or None))

    def sync() -> None:
        i = box.findData(window.drawing.quality or "")
        if i != box.currentIndex():
            with QSignalBlocker(box):
                box.setCurrentIndex(i)

    window.drawing.settings_changed.connect(sync)
    return label, box


def _warning_check(window: MainWindow) -> None:
    if window.atlas is not None:
        from app.ui.safety_view import open_warning_check

        open_warning_check(window)


def _recover(window: MainWindow) -> None:
    from app.ui.recover import open_recover  # a dialog: loaded on first use

    open_recover(window)


def _diary(window: MainWindow, what: str) -> None:
    from app.ui import diary_window  # dialogs: loaded on first use

    getattr(diary_window, what)(window)


def _step(window: MainWindow, delta: int) -> None:
    """Show the next (or previous) candidate, wrapping round (while presenting: the next
    of the chosen muscles, if any are chosen; in the Quiz tab, N asks the next question)."""
    if window.quiz.step(delta):
        return
    window.step(delta)


def _export_dialog(window: MainWindow, *, handout: bool = False) -> None:
    from PySide6.QtWidgets import QFileDialog  # dialogs load on first use

    what, name = (
        ("handout", "triggermap-handout.pdf") if handout else ("report", "triggermap-report.pdf")
    )
    path, _ = QFileDialog.getSaveFileName(
        window, f"Export {what}", str(Path.home() / name), "PDF (*.pdf)"
    )
    if path:
        if handout:
            export_handout(window, Path(path))
        else:
            window.export_report(Path(path))


def export_report(window: MainWindow, path: Path) -> None:
    """Write the PDF report; say so in the status bar, or why not in a message box."""
    from app.ui.report import write_report  # only when exporting

    _export(window, path, "report", lambda: write_report(window.controller, path))


def export_handout(window: MainWindow, path: Path) -> None:
    """Write the one-page handout; say so in the status bar, or why not in a message box."""
    from app.ui.handout import write_handout  # only when exporting

    atlas, answer = window.controller.atlas, window.controller.answer
    assert atlas is not None
    figure = window.controller.figure
    _export(window, path, "handout", lambda: write_handout(path, atlas, answer, figure=figure))


def _export(window: MainWindow, path: Path, what: str, write: Callable[[], None]) -> None:
    try:
        write()
    except OSError as exc:
        from PySide6.QtWidgets import QMessageBox

        from app.domain.reasons import os_reason

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Export failed",
            f"Could not save the {what} to {path}: {os_reason(exc)}.",
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.setObjectName("exportFailed")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return
    window.statusBar().showMessage(f"{what.capitalize()} saved to {path}", 8000)


def _about(window: MainWindow) -> None:
    from html import escape

    from PySide6.QtWidgets import QMessageBox

    from app.safety_text import DISCLAIMER  # built in: About works without the content

    QMessageBox.about(
        window,
        "About TriggerMap",
        "<p><b>TriggerMap</b> shows where muscles with myofascial trigger points can "
        "send pain, after Travell &amp; Simons' Trigger Point Manual.</p>"
        f"<p>{escape(DISCLAIMER)}</p>",
    )
