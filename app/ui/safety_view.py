"""The answer's safety side: look-alike pages and outlines, and the warning-sign check."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from app.ui import html

if TYPE_CHECKING:
    from collections.abc import Sequence

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


def builtin_safety_html(problems: Sequence[str]) -> str:
    """When to get help, from the built-in text, then the content's problems in full: the
    page for when the content could not be loaded."""
    from app import safety_text as s

    flags = "".join(f"<li class='warn'>{escape(f)}</li>" for f in s.RED_FLAGS)
    items = "".join(f"<li>{escape(p)}</li>" for p in problems)
    return (
        f"<h2>When to get medical help</h2><p>{escape(s.RED_FLAGS_INTRO)}</p><ul>{flags}</ul>"
        f"<p>{escape(s.WHEN_TO_SEE_SOMEONE)}</p><p class='note'>{escape(s.DISCLAIMER)}</p>"
        "<h2>TriggerMap cannot load its content</h2><p>The muscles, their patterns and the "
        "reading pages are not available until these problems are mended:</p>"
        f"<ul>{items}</ul>"
    )
