"""The answer's safety side: look-alike pages and outlines, and the warning-sign check."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui import html

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def show_lookalike(window: MainWindow, lookalike_id: str) -> None:
    """Its page on the right and its area outlined on the diagram (both sides)."""
    lib = window.lib
    la = next((x for x in lib.lookalikes if x.id == lookalike_id), None)
    if la is None:
        return
    window.scene.set_lookalikes([lookalike_id])
    window.show_page(html.lookalike_html(lib, la))


def open_warning_check(window: MainWindow) -> None:
    """The yes/no check, with the warnings for the marked places first."""
    from app.ui.warning_check import WarningCheck  # a dialog: loaded on first use

    first = window.last_result.warnings if window.last_result is not None else ()
    dialog = WarningCheck(window.lib, first, window)
    dialog.setObjectName("warningCheck")
    dialog.open()
    window.warning_check = dialog
