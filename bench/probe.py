"""Start-up probe for bench.py.

Prints "painted" after the window's first paint and "ready" once it can answer a
click (content loaded), then a JSON line with the peak memory and the first clicks.
The app is started the way `triggermap` starts it (app.ui.main.open_window, as run_gui
does).

Right after "ready", before any idle-time warm-up has run, the probe clicks a few
spots: the first one is what a person who clicks the moment the window is ready waits
for. Each is timed until the diagram has repainted, and until the side panels have
followed.
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from pathlib import Path

#: Where the first clicks land (document units): buttock, calf, lower back, thigh, sole.
#: bench.py passes an offset so that successive launches start at different spots.
CLICKS = ((237.0, 325.0), (215.0, 760.0), (300.0, 180.0), (380.0, 560.0), (120.0, 1120.0))


def main(kind: str, first: int = 0) -> None:
    from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication, QLabel

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.paints += 1
                if not self.done:
                    self.done = True
                    QTimer.singleShot(0, painted)  # once the paint event is fully handled
            return False

        paints = 0

    def painted() -> None:
        print("painted", flush=True)
        if kind == "bare":
            ready()

    def ready() -> None:
        print("ready", flush=True)
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        out: dict[str, object] = {"peak_rss_mb": peak_mb}
        if kind != "bare":
            out["first_clicks"] = first_clicks()
        print(json.dumps(out), flush=True)
        app.quit()

    def first_clicks() -> list[tuple[float, float]]:
        """(ms to the diagram repainted, ms to the side panels updated) per click."""
        from PySide6.QtCore import QEventLoop

        view = window.view
        out = []
        for i in range(len(CLICKS)):
            x, y = CLICKS[(first + i) % len(CLICKS)]
            pos = QPointF(view.mapFromScene(x, y))
            t0 = time.perf_counter()
            for ev_kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
                buttons = (
                    Qt.MouseButton.LeftButton
                    if ev_kind == QEvent.Type.MouseButtonPress
                    else Qt.MouseButton.NoButton
                )
                ev = QMouseEvent(
                    ev_kind,
                    pos,
                    view.viewport().mapToGlobal(pos),
                    Qt.MouseButton.LeftButton,
                    buttons,
                    Qt.KeyboardModifier.NoModifier,
                )
                QApplication.sendEvent(view.viewport(), ev)
            before = first_paint.paints
            app.sendPostedEvents()
            if first_paint.paints == before:
                view.viewport().repaint()
            repainted = (time.perf_counter() - t0) * 1000
            while window.panels_pending:
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            app.sendPostedEvents()
            out.append((repainted, (time.perf_counter() - t0) * 1000))
        return out

    if kind == "bare":
        app = QApplication(sys.argv[:1])
        window = QLabel("bare PySide6 window")
        window.resize(1400, 900)
        target = window
    else:
        from app.ui import main as ui_main

        app = ui_main.application()
        state = Path(tempfile.mkdtemp(prefix="tm-probe-"))
        if hasattr(ui_main, "open_window"):
            # Started as `triggermap` starts it (run_gui), with a state folder of its own.
            window = ui_main.open_window(state, on_ready=ready)
        else:  # a tree from before issue 9 (bench.py --alt): its run_gui, step by step
            from app import resources
            from app.ui.main_window import MainWindow

            window = MainWindow(resources.diagram_svg(), state)

            def second_step() -> None:
                window.build_panels()
                QTimer.singleShot(1, lambda: (ui_main._load_content(window), ready()))

            ui_main._AfterFirstPaint(window.view.viewport(), second_step)
        target = window.view.viewport()
    first_paint = FirstPaint()  # keep a reference: an unowned filter would be collected
    target.installEventFilter(first_paint)  # before the event loop paints it
    window.show()
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 0)
