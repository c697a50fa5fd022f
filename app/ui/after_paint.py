"""Work that follows the diagram's repaint: side panels, pages, actions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class AfterPaint(QObject):
    """Runs each requested job once, right after the pending repaint: a 1 ms timer fires
    after the posted paint events, unlike a zero timer. Requests made before then
    coalesce. One timer, restarted: cheaper on every click than a new single-shot one."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._jobs: list[Callable[[], None]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._run)

    def request(self, job: Callable[[], None]) -> None:
        if job not in self._jobs:
            self._jobs.append(job)
            if len(self._jobs) == 1:
                self._timer.start()

    @property
    def pending(self) -> bool:
        return bool(self._jobs)

    def _run(self) -> None:
        jobs, self._jobs = self._jobs, []
        for job in jobs:
            job()
