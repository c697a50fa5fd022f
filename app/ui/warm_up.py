"""Idle-time preparation after the content is attached."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from app.ui.items import spot_picture

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

TICK_BUDGET_S = 0.004


def start_warm_up(window: MainWindow) -> None:
    """In idle time, build what the first clicks would otherwise wait for: hit-testing
    indexes, drawing paths, the muscle pages and the rasterised patterns. A few
    milliseconds per timer tick, so input is never held up; ``window.warmed_up`` turns
    True at the end."""
    assert window.atlas is not None

    def pages() -> Iterator[None]:
        for muscle in window.lib.muscles:
            window.muscle_page(muscle.id, None)
            yield

    def spot_pictures() -> Iterator[None]:
        ratio = window.view.viewport().devicePixelRatioF()
        for number in range(1, 10):
            spot_picture(number, ratio)
            yield

    steps = itertools.chain(
        window.atlas.warm_up(),
        spot_pictures(),
        window.scene.warm_up(),
        pages(),
        window.scene.prerender(window.view.viewport()),
    )
    timer = QTimer(window)

    def tick() -> None:
        deadline = time.perf_counter() + TICK_BUDGET_S
        while time.perf_counter() < deadline:
            if next(steps, StopIteration) is StopIteration:
                timer.stop()
                timer.deleteLater()
                window.warmed_up = True
                return

    timer.timeout.connect(tick)
    timer.start(0)
