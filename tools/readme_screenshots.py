"""Render the README's drawing screenshots again after the art changes: the whole window
(light and dark) with the README's example drawing, the zoomed pictures of the pelvis,
knee, foot and the cut-away, and the male | female pairs (the last two kinds through
tools/figure_screenshots.py).

    QT_QPA_PLATFORM=offscreen python tools/readme_screenshots.py [OUT_DIR]

Writes into OUT_DIR (default docs/screenshots) and docs/screenshot.png.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: The README's example: a spot on the left lower buttock (pain 7), and an area painted
#: down the outer left calf (pain 5), in reference units.
SPOT = (237.17, 325.39)
CALF_STROKE_RADIUS = 9.0

#: The zoomed pictures: name -> figure_screenshots.py options (male figure).
ZOOMED = {
    "anatomy-pelvis": ["--zoom", "150,100,450,450"],
    "anatomy-pelvis-dark": ["--zoom", "150,100,450,450", "--theme", "dark"],
    "anatomy-knee": ["--zoom", "150,560,450,820", "--region", ""],
    "anatomy-foot": ["--zoom", "0,700,600,1240", "--region", ""],  # both sole insets whole
    # wide enough for the right-hand labels and the "patient's right" marker, whole
    "cutaway": ["--zoom", "175,-40,630,450", "--region", "", "--cutaway"],
}
#: The male | female pairs: name -> figure_screenshots.py options.
PAIRS = {
    "figures": [],
    "figures-pelvis": ["--zoom", "110,-130,560,560"],
    "figures-pelvis-dark": ["--zoom", "110,-130,560,560", "--theme", "dark"],
    "figures-thigh": ["--region", "left-hip-lateral", "--zoom", "120,170,560,770"],
}


def window(out: Path, dark: bool) -> None:
    """The whole window at 1280 x 800 with the README's example drawing."""
    from figure_screenshots import settle  # tools/, beside this script

    from app import resources
    from app.content.load import load_atlas
    from app.ui import theme
    from app.ui.main import application
    from app.ui.main_window import MainWindow

    app = application()
    theme.apply("dark" if dark else "light")
    atlas = load_atlas()
    with tempfile.TemporaryDirectory() as folder:
        w = MainWindow(resources.diagram_svg(), Path(folder), atlas)
        w.resize(1280, 800)
        w.show()
        app.processEvents()
        w.drawing.set_intensity(7)
        w.drawing.add_spot(*SPOT)
        w.drawing.set_intensity(5)
        x, y = atlas.region_point("left-calf-lateral")
        w.drawing.add_stroke([(x + 2, y - 70 + 6 * k) for k in range(25)], CALF_STROKE_RADIUS)
        settle(app, w)
        if not w.grab().save(str(out)):
            raise SystemExit(f"readme_screenshots: could not write {out}")
        w.close()
    print(out)


def main() -> int:
    if sys.argv[1:2] == ["--window"]:  # one window, in a process of its own (see below)
        window(Path(sys.argv[2]), "--dark" in sys.argv[3:])
        return 0
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out_dir.mkdir(parents=True, exist_ok=True)
    python = sys.executable
    cmd = [python, str(ROOT / "tools" / "figure_screenshots.py"), str(out_dir)]
    for name, options in ZOOMED.items():
        subprocess.run([*cmd, "--figures", "male", "--name", name, *options], check=True)
    for name, options in PAIRS.items():
        subprocess.run([*cmd, "--name", name, *options], check=True)
    # One window per process: the palette is chosen once, before the first window.
    for name, dark in (("anatomy-after", False), ("anatomy-dark", True)):
        out = str(out_dir / f"{name}.png")
        subprocess.run(
            [python, __file__, "--window", out, *(["--dark"] if dark else [])], check=True
        )
    if out_dir == ROOT / "docs" / "screenshots":
        (ROOT / "docs" / "screenshot.png").write_bytes((out_dir / "anatomy-after.png").read_bytes())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
