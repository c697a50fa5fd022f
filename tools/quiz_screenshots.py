"""Render the README's quiz screenshots: one per kind of question, answered as a student
would (real clicks and strokes on the diagram), in a throw-away data folder.

    QT_QPA_PLATFORM=offscreen python tools/quiz_screenshots.py [OUT_DIR] [--size 1280x800]

Set QT_SCALE_FACTOR=2 to look at them at 200% (the README's copies are at 100%).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app import resources  # noqa: E402 (after the path is set)
from app.content.load import load_atlas  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402

SEED = {"name": 3, "paint": 2, "point": 5}


def settle(app: QApplication, w: MainWindow) -> None:
    for _ in range(50):
        app.processEvents()
        if not w.panels_pending:
            break


def drag(app: QApplication, w: MainWindow, points: list[QPoint]) -> None:
    vp = w.view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, points[0])
    for p in points[1:]:
        QTest.mouseMove(vp, p)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, points[-1])
    settle(app, w)


def shoot(app: QApplication, out: Path, mode: str, size: tuple[int, int]) -> None:
    atlas = load_atlas()
    with tempfile.TemporaryDirectory() as folder:
        w = MainWindow(resources.diagram_svg(), Path(folder), atlas)
        w.resize(*size)
        w.show()
        settle(app, w)
        w.quiz.rng.seed(SEED[mode])
        w.left_tabs.setCurrentWidget(w.quiz_panel)
        w.quiz.set_mode(mode)
        settle(app, w)
        q = w.quiz.question
        assert q is not None
        if mode == "name":
            wrong = next(b for b in w.quiz_panel.buttons if b.property("id") != q.muscle)
            QTest.mouseClick(wrong, Qt.MouseButton.LeftButton)
        elif mode == "paint":
            from app.domain.quiz import essential_zones

            [zone, *_] = essential_zones(atlas.diagram, q.side, q.trigger_point)
            b = zone.bbox
            # Two strokes down the zone, the second drifting outside it.
            for dx, drift in ((0.35, 0.0), (0.65, 0.25)):
                pts = [
                    w.view.mapFromScene(
                        b.x0 + b.width * (dx + drift * t / 10), b.y0 + b.height * t / 10
                    )
                    for t in range(1, 10)
                ]
                drag(app, w, pts)
            w.quiz.model.check()
        else:
            marker = atlas.diagram.markers[(q.side, q.trigger_point)]
            x, y = marker.x + 18, marker.y + 14
            QTest.mouseClick(
                w.view.viewport(), Qt.MouseButton.LeftButton, pos=w.view.mapFromScene(x, y)
            )
        settle(app, w)
        # 256 colours: a third smaller, and the README's pictures stay under 300 KB.
        image = w.grab().toImage().convertToFormat(QImage.Format.Format_Indexed8)
        image.save(str(out / f"quiz-{mode}.png"))
        w.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    random.seed(0)
    for mode in ("name", "paint", "point"):
        shoot(app, out, mode, (width, height))
        print(out / f"quiz-{mode}.png")


if __name__ == "__main__":
    main()
