"""Compare two or three referral patterns: the menu entries, and opening the window.

Imported while the main window is built, before its first paint, so it imports nothing
heavy: the window (app/ui/compare_dialog.py), its state (compare_model.py) and its
diagrams (compare_scene.py) load on first use.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from PySide6.QtWidgets import QApplication, QMenu

    from app.ui.compare_dialog import CompareDialog
    from app.ui.main_window import MainWindow

SHORTCUT = "Ctrl+Shift+C"


def add_compare_actions(window: MainWindow, menu: QMenu) -> list[QAction]:
    """View → Compare…, Compare top candidates and Ready-made comparisons, added to
    ``menu``. Returns them: each needs the content loaded."""
    open_action = QAction("Compare…", window)
    open_action.setShortcut(QKeySequence(SHORTCUT))
    open_action.setStatusTip(
        "Compare two or three muscles or nerve roots: their patterns overlaid or side by "
        f"side, and how to tell them apart ({SHORTCUT})"
    )
    open_action.triggered.connect(lambda: open_compare(window))
    top = QAction("Compare top candidates", window)
    top.setStatusTip("Compare the two or three muscles at the top of the answer")
    top.triggered.connect(lambda: compare_top_candidates(window))
    window.addActions([open_action, top])
    menu.addSeparator()
    menu.addActions([open_action, top])
    presets = menu.addMenu("Ready-made comparisons")
    presets.setObjectName("comparePresetsMenu")
    presets.setStatusTip("Comparisons made ready, such as buttock and leg pain")
    presets.menuAction().setStatusTip(presets.statusTip())
    # Filled when first opened: the names come from the content, loaded after the menus.
    presets.aboutToShow.connect(lambda: _fill_presets(window, presets))
    window.controller.figure_changed.connect(lambda: _follow_figure(window))
    return [open_action, top, presets.menuAction()]


def _follow_figure(window: MainWindow) -> None:
    """An open compare window is drawn again on the figure now chosen."""
    from app.ui.compare_dialog import CompareDialog

    dialog = window.findChild(CompareDialog, "compareDialog")
    if dialog is not None and dialog.isVisible():
        open_compare(window)


def _fill_presets(window: MainWindow, menu: QMenu) -> None:
    if menu.actions() or window.atlas is None:
        return
    from app.domain.compare import presets

    for preset in presets(window.lib):
        action = menu.addAction(preset.label)
        action.setStatusTip(f"Compare {preset.names}")
        action.triggered.connect(lambda _=False, ids=preset.items: open_compare(window, ids))


def open_compare(window: MainWindow, ids: Sequence[str] | None = None) -> CompareDialog | None:
    """Show the compare window (one per main window), on ``ids`` if given, else on the
    last comparison."""
    if window.atlas is None:
        return None
    from app import resources
    from app.ui.compare_dialog import CompareDialog

    figure = window.controller.figure
    dialog = window.findChild(CompareDialog, "compareDialog")
    geometry = None
    if dialog is not None and dialog.figure != figure:  # drawn on the figure shown now
        geometry = dialog.geometry() if dialog.isVisible() else None
        dialog.setObjectName("")
        dialog.close()
        dialog.deleteLater()
        dialog = None
    if dialog is None:
        # The same comparison comes back: the model keeps it in the settings.
        dialog = CompareDialog(
            resources.diagram_svg(), window.atlas, window.settings, window, figure=figure
        )
        if geometry is not None:
            dialog.setGeometry(geometry)
    if ids is not None:
        dialog.model.set_items(ids)
    if dialog.isVisible() and QGuiApplication.platformName() != "offscreen":
        dialog.raise_()  # the offscreen platform has no stacking, and warns
    dialog.show()
    dialog.activateWindow()
    return dialog


def compare_top_candidates(window: MainWindow) -> None:
    if window.atlas is None:
        return
    from app.domain.compare import MIN_ITEMS, top_candidates

    ids = top_candidates(c.muscle for c in window.candidates)
    if len(ids) < MIN_ITEMS:
        window.statusBar().showMessage(
            "To compare the top candidates, mark where it hurts first: the answer needs "
            "at least two muscles.",
            8000,
        )
        return
    open_compare(window, ids)


def shoot_compare(
    app: QApplication, window: MainWindow, out: Path, ids: Sequence[str], size: tuple[int, int]
) -> int:
    """`triggermap screenshot OUT.png --compare ID ID [ID]`: the compare window, overlaid."""
    from app.domain.compare import CompareError, check_ids

    try:
        check_ids(window.lib, ids)
    except CompareError as exc:
        print(f"triggermap: --compare: {exc}", file=sys.stderr)
        return 2
    dialog = open_compare(window, ids)
    assert dialog is not None
    dialog.model.set_layout("overlay")
    dialog.resize(*size)
    app.processEvents()
    if not dialog.grab().save(str(out)):
        print(f"triggermap: could not write {out}", file=sys.stderr)
        return 1
    print(out)
    return 0
