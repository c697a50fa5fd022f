"""The main window's menus, toolbar and keyboard shortcuts, and the small dialogs behind them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


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
    """Keeps the Undo/Redo actions in step with the spot history.

    The menu says what will be undone ("Undo Mark pain spot"); the toolbar buttons keep
    their short labels, so they never change width. The update runs just after the diagram
    has repainted (like the side panels), so a click's first frame is only the diagram.
    """

    def __init__(self, window: MainWindow, undo: QAction, redo: QAction) -> None:
        self._window, self._undo, self._redo = window, undo, redo
        for action, short in ((undo, "Undo"), (redo, "Redo")):
            action.setIconText(short)
        # Every edit of the history (push, undo, redo, restore) goes through a change of
        # the spots; unlike the stack's own signals, that one is quiet while closing.
        window.spots.changed.connect(lambda: window.after_paint(self.sync))
        self.sync()

    def sync(self) -> None:
        stack = self._window.spots.undo_stack
        for action, verb, able, what in (
            (self._undo, "Undo", stack.canUndo(), stack.undoText()),
            (self._redo, "Redo", stack.canRedo(), stack.redoText()),
        ):
            action.setEnabled(able)
            action.setText(f"{verb} {what}" if able and what else verb)
            action.setStatusTip(action.text())


def build_actions(window: MainWindow) -> None:
    """Create the window's actions, with their shortcuts, and put them in the menus and the
    toolbar. The actions belong to the window (their parent), which keeps them alive."""
    w = window
    stack = w.spots.undo_stack
    undo = _action(w, "Undo", QKeySequence.StandardKey.Undo, stack.undo)
    redo = _action(
        w,
        "Redo",
        [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")],
        stack.redo,
    )
    _UndoSync(w, undo, redo)
    clear = _action(w, "Clear pain spots", QKeySequence("Ctrl+Backspace"), w.spots.clear)
    export = _action(
        w,
        "Export report…",
        QKeySequence("Ctrl+E"),
        lambda: _export_dialog(w),
        tip="Save a PDF to hand to the patient",
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
    deep = _action(
        w,
        "Show deep muscles",
        QKeySequence("D"),
        lambda on: w.scene.set_art_visible("muscles-deep", on),
    )
    regions = _action(w, "Show region borders", QKeySequence("R"), w.scene.set_regions_visible)
    labels = _action(
        w, "Show labels", QKeySequence("L"), lambda on: w.scene.set_art_visible("labels", on)
    )
    layers = [deep, regions, labels]
    for a, on in zip(layers, (True, False, True), strict=True):
        a.setCheckable(True)
        a.setChecked(on)
    next_c = _action(w, "Next candidate", QKeySequence("N"), lambda: _step(w, 1))
    all_c = _action(w, "Show all candidates", QKeySequence("A"), w.show_all_candidates)
    prev_c = _action(w, "Previous candidate", QKeySequence("P"), lambda: _step(w, -1))

    bar = w.menuBar()
    m = bar.addMenu("&File")
    m.addActions([export, quit_])
    m = bar.addMenu("&Edit")
    m.addActions([undo, redo, clear])
    m = bar.addMenu("&View")
    m.addActions([zin, zout, fit])
    m.addSeparator()
    m.addActions(layers)
    m.addSeparator()
    m.addActions([next_c, prev_c, all_c])
    m = bar.addMenu("&Help")
    m.addAction(_action(w, "When to get medical help", None, lambda: w.show_learn("safety")))
    m.addAction(_action(w, "About TriggerMap", None, lambda: _about(w)))

    tb = w.addToolBar("Main")
    tb.setObjectName("mainToolbar")
    tb.setMovable(False)
    tb.addActions([undo, redo, clear])
    tb.addSeparator()
    tb.addActions([zin, zout, fit])
    tb.addSeparator()
    tb.addActions(layers)
    tb.addSeparator()
    tb.addAction(export)


def _step(window: MainWindow, delta: int) -> None:
    """Select the next (or previous) candidate in the list, wrapping round."""
    lst = window.candidates_panel.list
    if lst.count():
        lst.setCurrentRow((lst.currentRow() + delta) % lst.count())


def _export_dialog(window: MainWindow) -> None:
    from PySide6.QtWidgets import QFileDialog  # dialogs load on first use

    path, _ = QFileDialog.getSaveFileName(
        window, "Export report", str(Path.home() / "triggermap-report.pdf"), "PDF (*.pdf)"
    )
    if path:
        window.export_report(Path(path))


def export_report(window: MainWindow, path: Path) -> None:
    """Write the PDF report; say so in the status bar, or why not in a message box."""
    try:
        from app.ui.report import write_report  # only when exporting

        write_report(window, path)
    except OSError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(window, "Export failed", f"Could not write {path}:\n{exc}")
        return
    window.statusBar().showMessage(f"Report saved to {path}", 8000)


def _about(window: MainWindow) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(
        window,
        "About TriggerMap",
        "<p><b>TriggerMap</b> shows where muscles with myofascial trigger points can "
        "send pain, after Travell &amp; Simons' Trigger Point Manual.</p>"
        f"<p>{window.lib.safety.disclaimer}</p>",
    )
