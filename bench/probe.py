"""Start-up probe for bench.py.

Prints "painted" after the window's first paint and "ready" once it can answer a
click (content loaded), then a JSON line with the peak memory. The app is started the
way `triggermap` starts it (app.ui.main.run_gui), minus the event loop's exit.
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
from pathlib import Path


def main(kind: str) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                QTimer.singleShot(0, painted)  # once the paint event is fully handled
            return False

    def painted() -> None:
        print("painted", flush=True)
        if kind == "bare":
            ready()

    def ready() -> None:
        print("ready", flush=True)
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps({"peak_rss_mb": peak_mb}), flush=True)
        app.quit()

    if kind == "bare":
        app = QApplication(sys.argv[:1])
        window = QLabel("bare PySide6 window")
        window.resize(1400, 900)
        target = window
    else:
        from app import resources
        from app.ui import main as ui_main
        from app.ui.main_window import MainWindow

        app = ui_main.application()
        window = MainWindow(resources.diagram_svg(), Path(tempfile.mkdtemp(prefix="tm-probe-")))
        target = window.view.viewport()

        def load_then_ready() -> None:
            ui_main._load_content(window)
            assert window.atlas is not None
            ready()

        # As run_gui does it: panels right after the first paint, then the content.
        def second_step() -> None:
            window.build_panels()
            QTimer.singleShot(1, load_then_ready)

        ui_main._AfterFirstPaint(target, second_step)
    first_paint = FirstPaint()  # keep a reference: an unowned filter would be collected
    target.installEventFilter(first_paint)
    window.show()
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1])
