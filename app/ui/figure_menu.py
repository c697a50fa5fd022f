"""View → Body figure: the drawing on a female or a male figure, remembered.

The choice is the controller's (``AppController.figure``); the window's settings keep it
between sessions, and the scene redraws everything on the chosen figure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from app.domain.figure import FIGURES, REFERENCE, Figure

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from app.ui.main_window import MainWindow

#: The settings key the chosen figure is kept under.
SETTING = "view/figure"


def saved_figure(settings: QSettings) -> Figure:
    """The figure chosen last time (the reference figure if none, or an unknown one)."""
    return FIGURES.get(str(settings.value(SETTING, REFERENCE.id)), REFERENCE)


def add_figure_menu(window: MainWindow, menu: QMenu) -> QMenu:
    """The "Body figure" submenu of ``menu``: one checkable action a figure."""
    sub = menu.addMenu("&Body figure")
    group = QActionGroup(sub)
    group.setExclusive(True)
    controller = window.controller
    actions: dict[str, QAction] = {}
    for figure in sorted(FIGURES.values(), key=lambda f: f.name):
        action = QAction(f"&{figure.name}", sub)
        action.setCheckable(True)
        action.setStatusTip(
            f"Show the drawing on the {figure.name.lower()} figure; the answers are the same"
        )
        action.triggered.connect(lambda _=False, f=figure: controller.set_figure(f))
        group.addAction(action)
        sub.addAction(action)
        actions[figure.id] = action

    def sync() -> None:
        actions[controller.figure.id].setChecked(True)

    controller.figure_changed.connect(sync)
    sync()
    return sub
