#!/usr/bin/env python3
"""Compile assets/svg/posterior.svg into the files the app reads at run time.

Run from the repository root:  python tools/compile_diagram.py [--check]

Writes, into assets/compiled/:
- posterior.geometry: the SVG's geometry, parsed once with svgelements (about two
  seconds; format: app/content/geometry_file.py);
- posterior.art.json: its art layers, each a small SVG document (app/content/art.py);
and, for each body figure other than the reference one (app/domain/figure.py):
- assets/svg/figures/<figure>.svg: the art layers warped onto that figure
  (app/content/figure_art.py), and <figure>.art.json, compiled from it.
Each records the SVG's SHA-256 and is used only for exactly those bytes.
tools/build_svg.py runs this after writing the SVG; run it yourself after editing the SVG
by hand. It then runs tools/compile_content.py, since the compiled content records the SVG
it was checked against. Until then the app parses the SVG at every start (and
tests/test_compiled_diagram.py fails). ``--check`` only says whether the files are up
to date (exit code 1 if not).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.content.art import dump_art  # noqa: E402
from app.content.figure_art import figure_svg  # noqa: E402
from app.content.geometry_file import dump_geometry, svg_sha256  # noqa: E402
from app.content.svg_parse import parse_svg  # noqa: E402
from app.domain.figure import FIGURES  # noqa: E402

SVG = ROOT / "assets" / "svg" / "posterior.svg"
OUT = ROOT / "assets" / "compiled"
GEOMETRY = OUT / "posterior.geometry"
ART = OUT / "posterior.art.json"


def compile_svg(svg: Path) -> dict[Path, bytes]:
    """The compiled files' bytes for the SVG at ``svg``, by where they go."""
    data = svg.read_bytes()
    out = {
        GEOMETRY: dump_geometry(parse_svg(svg, data), svg_sha256(data)),
        ART: dump_art(data),
    }
    for figure in FIGURES.values():
        if not figure.is_reference:
            art = figure_svg(data, figure)
            out[svg.parent / "figures" / f"{figure.id}.svg"] = art
            out[OUT / f"{figure.id}.art.json"] = dump_art(art)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only check that the files are current")
    args = ap.parse_args(argv)
    stale = 0
    for path, fresh in compile_svg(SVG).items():
        rel = path.relative_to(ROOT)
        if args.check:
            current = path.read_bytes() if path.exists() else b""
            if fresh != current:
                print(f"{rel} is out of date: run python tools/compile_diagram.py")
                stale += 1
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(fresh)
        print(f"wrote {rel} ({len(fresh) / 1024:.0f} KiB)")
    if args.check:
        return 1 if stale else 0
    # The compiled content records the SVG it was checked against: check it again.
    import compile_content

    return compile_content.main([])


if __name__ == "__main__":
    raise SystemExit(main())
