#!/usr/bin/env python3
"""Compile content/ into assets/compiled/content.json, the form the app reads at run time.

Run from the repository root after editing anything in content/ (or app/domain/models.py):

    python tools/compile_content.py [--check]

The content is loaded, validated and checked against assets/svg/posterior.svg exactly as
`triggermap validate` does; nothing is written if there is any problem. The file records
the SHA-256 of the content (and of the models) and of the SVG, and the app uses it only
for exactly those (format: app/content/content_file.py). Until it is rerun the app loads
the TOML files at every start, and tests/test_compiled_content.py fails. ``--check`` only
says whether the file is up to date (exit code 1 if not).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.content.content_file import content_sha256, dump_content  # noqa: E402
from app.content.geometry_file import svg_sha256  # noqa: E402
from app.content.library_loader import ContentError, load_library  # noqa: E402
from app.content.load import illustration_problems, picture_problems  # noqa: E402
from app.content.svg_loader import load_diagram  # noqa: E402
from app.domain.consistency import consistency_problems  # noqa: E402

CONTENT = ROOT / "content"
SVG = ROOT / "assets" / "svg" / "posterior.svg"
OUT = ROOT / "assets" / "compiled" / "content.json"
GEOMETRY = ROOT / "assets" / "compiled" / "posterior.geometry"


def compile_content(content: Path = CONTENT, svg: Path = SVG) -> bytes:
    """The compiled file's bytes; raises ContentError listing every problem."""
    library = load_library(content)
    diagram = load_diagram(svg, compiled=GEOMETRY)
    problems = consistency_problems(library, diagram)
    problems += illustration_problems(library, svg.parent / "illustrations")
    problems += picture_problems(library, svg.parent / "illustrations")
    if problems:
        raise ContentError(problems)
    return dump_content(library, content_sha256(content), svg_sha256(svg.read_bytes()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only check that the file is current")
    args = ap.parse_args(argv)
    try:
        fresh = compile_content()
    except ContentError as exc:
        print("the content has problems, nothing written:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    rel = OUT.relative_to(ROOT)
    if args.check:
        if not OUT.exists() or OUT.read_bytes() != fresh:
            print(f"{rel} is out of date: run python tools/compile_content.py")
            return 1
        print(f"{rel} is up to date")
        return 0
    OUT.write_bytes(fresh)
    print(f"wrote {rel} ({len(fresh) / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
