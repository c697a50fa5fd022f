"""The README's pain-diary screenshots: the history over the window, and two dates side
by side. Run on an X server the size of the screenshot, e.g.

    xvfb-run -s "-screen 0 1280x800x24" python tools/screenshot_diary.py docs/screenshots
    QT_SCALE_FACTOR=2 xvfb-run -s "-screen 0 2560x1600x24" python tools/screenshot_diary.py /tmp

It writes diary-history.png and diary-compare.png into the folder given.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from app.domain import diary
from app.domain.drawing import Drawing, Mark
from app.ui.main import application, build_window


def wait(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(out: Path) -> None:
    app = application()
    state = Path(tempfile.mkdtemp(prefix="triggermap-diary-"))
    w = build_window(state)
    atlas = w.atlas
    assert atlas is not None
    screen = app.primaryScreen().availableGeometry()
    w.setGeometry(screen)
    w.show()
    wait(800)

    bx, by = atlas.region_point("left-buttock-lower")
    cx, cy = atlas.region_point("left-calf-lateral")
    calf = [(cx + 2, cy - 60 + 6 * i) for i in range(21)]
    folder = state / "diary"
    for when, note, marks in (
        (
            datetime(2026, 11, 16, 8, 30),
            "After the move: carried boxes all weekend",
            (Mark.spot(bx, by, intensity=8), Mark.stroke(calf, intensity=6, quality="tingling")),
        ),
        (
            datetime(2026, 11, 23, 9, 15),
            "Long drive to Leeds\nSitting makes it worse",
            (Mark.spot(bx, by, intensity=7), Mark.stroke(calf[:12], intensity=4)),
        ),
        (
            datetime(2026, 11, 30, 18, 40),
            "Better after a week of stretching",
            (Mark.spot(bx, by, intensity=3),),
        ),
    ):
        diary.save_entry(folder, when, note, Drawing(marks))
    w.drawing.replace(Drawing((Mark.spot(bx, by, intensity=3),)), "today")
    wait()

    next(a for a in w.actions() if a.text() == "Pain diary…").trigger()
    history = w.findChild(QDialog, "diaryWindow")
    wait()
    history.list.topLevelItem(0).setSelected(True)
    history.list.topLevelItem(2).setSelected(True)
    wait()
    app.primaryScreen().grabWindow(0).save(str(out / "diary-history.png"))

    history.compare_button.click()
    wait(800)
    app.primaryScreen().grabWindow(0).save(str(out / "diary-compare.png"))
    QApplication.closeAllWindows()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
