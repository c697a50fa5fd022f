"""Render the README's body-figure screenshots: the same pain spot and answer on the male
and the female figure, side by side, clicked as a person would, in a throw-away folder.

    QT_QPA_PLATFORM=offscreen python tools/figure_screenshots.py [OUT_DIR] [--theme dark]
        [--region ID] [--muscle ID] [--zoom RECT] [--name NAME] [--figures male female]
        [--cutaway]

RECT is x0,y0,x1,y1 in the reference figure's units (e.g. the pelvis: 120,-20,480,420);
without it both figures are fitted. Writes OUT_DIR/NAME.png (default docs/screenshots,
figures.png).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app import resources  # noqa: E402 (after the path is set)
from app.content.load import load_atlas  # noqa: E402
from app.domain.figure import FIGURES  # noqa: E402
from app.ui import theme  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402

GAP = 16


def settle(app: QApplication, w: MainWindow) -> None:
    for _ in range(60):
        app.processEvents()
        if not w.panels_pending:
            break


def shot(app: QApplication, figure: str, args: argparse.Namespace) -> QImage:
    atlas = load_atlas()
    with tempfile.TemporaryDirectory() as folder:
        w = MainWindow(resources.diagram_svg(), Path(folder), atlas)
        w.resize(1280, 900)
        w.show()
        settle(app, w)
        w.controller.set_figure(FIGURES[figure])
        settle(app, w)
        w.view.fit_to_window()
        if args.region:  # "" for none
            x, y = atlas.region_point(args.region)
            p = w.scene.at(x, y)
            w.view.centerOn(p)
            pos = w.view.mapFromScene(p)
            QTest.mouseClick(w.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
            settle(app, w)
        if args.muscle:
            w.show_selection(args.muscle)
            settle(app, w)
        if args.cutaway:
            w.set_cutaway(True)
        if args.zoom:
            x0, y0, x1, y1 = (float(v) for v in args.zoom.split(","))
            # The same part of the page on both figures, at the same zoom.
            w.view.show_rect(QRectF(x0, y0, x1 - x0, y1 - y0), margin=1.05, most=8.0)
        else:
            w.view.fit_to_window()
        settle(app, w)
        image = w.view.viewport().grab().toImage()
        caption = (
            f"{FIGURES[figure].name} figure"
            + (" — answer: " if w.candidates else "")
            + ", ".join(w.lib.muscle(c.muscle).name for c in w.candidates[:2])
        )
        w.close()
    return _captioned(image, caption)


def _captioned(image: QImage, text: str) -> QImage:
    out = QImage(image.width(), image.height() + 28, QImage.Format.Format_RGB32)
    out.fill(QColor(theme.current().canvas))
    p = QPainter(out)
    p.drawImage(0, 28, image)
    p.setPen(QColor(theme.current().label_text))
    font = p.font()
    font.setPointSizeF(10.5)
    p.setFont(font)
    p.drawText(QRectF(8, 0, image.width() - 16, 28), Qt.AlignmentFlag.AlignVCenter, text)
    p.end()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", nargs="?", type=Path, default=ROOT / "docs" / "screenshots")
    ap.add_argument("--theme", choices=("light", "dark"))
    ap.add_argument("--region", default="left-buttock-lower")
    ap.add_argument("--muscle")
    ap.add_argument("--zoom", metavar="RECT")
    ap.add_argument("--name", default="figures")
    ap.add_argument("--cutaway", action="store_true", help="the right side cut away (Shift+D)")
    ap.add_argument("--figures", nargs="+", choices=sorted(FIGURES), default=["male", "female"])
    args = ap.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    theme.apply(args.theme)
    images = [shot(app, name, args) for name in args.figures]
    width = sum(i.width() for i in images) + GAP
    out = QImage(width, max(i.height() for i in images), QImage.Format.Format_RGB32)
    out.fill(QColor(theme.current().canvas))
    p = QPainter(out)
    x = 0
    for image in images:
        p.drawImage(x, 0, image)
        x += image.width() + GAP
    p.end()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    path = args.out_dir / f"{args.name}.png"
    if not out.save(str(path)):
        print(f"figure_screenshots: could not write {path}", file=sys.stderr)
        return 1
    print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
