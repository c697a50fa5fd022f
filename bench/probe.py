"""Start-up probe for bench.py: show a window, print 'painted' after its first paint."""

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
                # Report once the paint event has been fully handled.
                QTimer.singleShot(0, report)
            return False

    def report() -> None:
        print("painted", flush=True)
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps({"peak_rss_mb": peak_mb}), flush=True)
        app.quit()

    if kind == "bare":
        app = QApplication(sys.argv[:1])
        window = QLabel("bare PySide6 window")
        target = window
    else:
        from app.ui.main import application, build_window

        app = application()
        window = build_window(Path(tempfile.mkdtemp(prefix="tm-probe-")))
        target = window.view.viewport()
    f = FirstPaint()
    target.installEventFilter(f)
    window.resize(1400, 900)
    window.show()
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1])
