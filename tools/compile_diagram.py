#!/usr/bin/env python3
"""Compile assets/svg/posterior.svg into the geometry file the app reads at run time.

Run from the repository root:  python tools/compile_diagram.py [--check]

Parses the SVG once (svgelements, about two seconds) and writes
assets/compiled/posterior.geometry (format: app/content/geometry_file.py), which records
the SVG's SHA-256. tools/build_svg.py runs this after writing the SVG; run it yourself
after editing the SVG by hand. Until then the app parses the SVG at every start, and
tests/test_compiled_geometry.py fails. ``--check`` only says whether the file is up to
date (exit code 1 if not).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.content.geometry_file import dump_geometry, svg_sha256  # noqa: E402
from app.content.svg_parse import parse_svg  # noqa: E402

SVG = ROOT / "assets" / "svg" / "posterior.svg"
OUT = ROOT / "assets" / "compiled" / "posterior.geometry"


def compile_geometry(svg: Path) -> bytes:
    """The geometry file's bytes for the SVG at ``svg``."""
    data = svg.read_bytes()
    return dump_geometry(parse_svg(svg, data), svg_sha256(data))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only check that the file is current")
    args = ap.parse_args(argv)
    fresh = compile_geometry(SVG)
    current = OUT.read_bytes() if OUT.exists() else b""
    rel = OUT.relative_to(ROOT)
    if args.check:
        if fresh != current:
            print(f"{rel} is out of date: run python tools/compile_diagram.py", file=sys.stderr)
            return 1
        print(f"{rel} is up to date")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(fresh)
    print(f"wrote {rel} ({len(fresh) / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
