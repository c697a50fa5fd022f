"""``triggermap``: the window by default, and a scripting face for tests and the README."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__

if TYPE_CHECKING:
    from app.domain.lookup import Atlas, LookupResult


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="triggermap",
        description="Which muscle is sending this pain here? Without a command, opens the window.",
    )
    p.add_argument("--version", action="version", version=f"triggermap {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    r = sub.add_parser("regions", help="list the named body regions")
    r.add_argument("--json", action="store_true", help="print JSON")

    lk = sub.add_parser("lookup", help="which muscles refer pain to a region or point")
    where = lk.add_mutually_exclusive_group(required=True)
    where.add_argument("--region", metavar="ID", help="a region id, e.g. left-calf-lateral")
    where.add_argument(
        "--point", nargs=2, type=float, metavar=("X", "Y"), help="a point in SVG user units"
    )
    lk.add_argument("--json", action="store_true", help="print JSON")

    sub.add_parser("validate", help="check content/ and the SVG against each other")

    s = sub.add_parser("screenshot", help="render the window to a PNG without a display")
    s.add_argument("out", type=Path, metavar="OUT.png")
    s.add_argument("--region", metavar="ID", help="click this region first")
    s.add_argument("--muscle", metavar="ID", help="then select this muscle")
    s.add_argument(
        "--size", default="1400x900", metavar="WxH", help="window size (default 1400x900)"
    )
    return p


def _print_result(atlas: Atlas, result: LookupResult, *, as_json: bool) -> None:
    if as_json:
        print(json.dumps(result.as_json(), indent=2, ensure_ascii=False))
        return
    if result.region is None:
        print("That point is outside the body.")
        return
    print(f"{atlas.region_name(result.region)}:")
    if not result.candidates:
        print("  no muscle in TriggerMap refers pain here.")
    for i, c in enumerate(result.candidates, 1):
        print(f"  {i}. {c.name} ({c.pattern}, score {c.score:.1f}): {c.reason}")


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        from app.ui.main import run_gui

        return run_gui()
    if args.command == "screenshot":
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from app.ui.main import screenshot

        try:
            w, h = (int(v) for v in args.size.lower().split("x"))
        except ValueError:
            print(f"triggermap: --size must look like 1400x900, not {args.size!r}", file=sys.stderr)
            return 2
        return screenshot(args.out, region=args.region, muscle=args.muscle, size=(w, h))

    # Imported here so `triggermap` (the window) starts without loading pydantic first.
    from app.content.library_loader import ContentError
    from app.content.load import load_atlas

    try:
        atlas = load_atlas()
    except ContentError as exc:
        print("triggermap: the content is not consistent:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1

    if args.command == "validate":
        lib, dia = atlas.library, atlas.diagram
        print(
            f"OK: {len(lib.muscles)} muscles, "
            f"{sum(len(m.trigger_points) for m in lib.muscles)} trigger points, "
            f"{len(dia.zones)} zones, {len(dia.regions)} regions, "
            f"{len(lib.stretches)} stretches, {len(lib.treatments)} treatments, "
            f"{len(lib.references)} references."
        )
        return 0
    if args.command == "regions":
        rows = []
        for region_id in atlas.diagram.regions:
            x, y = atlas.diagram.region_point(region_id)
            rows.append(
                {
                    "id": region_id,
                    "name": atlas.region_name(region_id),
                    "point": [round(x, 2), round(y, 2)],
                }
            )
        if args.json:
            print(json.dumps(rows, indent=2, ensure_ascii=False))
        else:
            for row in rows:
                print(f"{row['id']:<28} {row['name']}")
        return 0
    if args.command == "lookup":
        if args.region is not None:
            if args.region not in atlas.diagram.regions:
                print(
                    f"triggermap: unknown region {args.region!r}; `triggermap regions` lists them",
                    file=sys.stderr,
                )
                return 2
            result = atlas.lookup_region(args.region)
        else:
            result = atlas.lookup_point(*args.point)
        _print_result(atlas, result, as_json=args.json)
        return 0
    raise AssertionError(args.command)  # argparse only allows the commands above
