#!/usr/bin/env python3
"""How much of each region no referral zone covers: the blind spots of the diagram.

Run from the repository root:  python tools/measure_coverage.py [--svg PATH] [--step 1.0]

For every region it prints its area and the percentage of that area covered by no zone
at all (essential or spillover, any muscle, either side), then the total over the body.
Body regions count the zones of the posterior view (``zone-*``); the sole regions of the
insets count the sole zones (``sole-*``).  The area is sampled on a square grid of
``--step`` document units, with the app's own point-in-area test (no shapely).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import resources  # noqa: E402
from app.content.svg_loader import load_diagram  # noqa: E402
from app.domain.geometry import Area, centred_grid  # noqa: E402


def uncovered(region: Area, zones: list[Area], step: float) -> tuple[int, int]:
    """(sample points in the region, of which in no zone)."""
    near = [z for z in zones if z.bbox.intersects(region.bbox)]
    inside = empty = 0
    for x, y in centred_grid(region.bbox, step=step):
        if not region.contains(x, y):
            continue
        inside += 1
        if not any(z.contains(x, y) for z in near):
            empty += 1
    return inside, empty


def is_sole(region_id: str) -> bool:
    return "-sole-" in f"-{region_id}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=ROOT / "assets" / "svg" / "posterior.svg")
    parser.add_argument("--step", type=float, default=1.0, help="grid step, document units")
    args = parser.parse_args(argv)

    diagram = load_diagram(args.svg, compiled=resources.compiled_geometry())
    body_zones = list(diagram.zones.values())
    sole_zones = list(diagram.sole_zones.values())
    totals = {"body": [0, 0], "soles": [0, 0]}
    print(f"{'region':<34} {'area':>8} {'no zone':>8}")
    for region_id, area in diagram.regions.items():
        sole = is_sole(region_id)
        n, empty = uncovered(area, sole_zones if sole else body_zones, args.step)
        total = totals["soles" if sole else "body"]
        total[0] += n
        total[1] += empty
        pct = 100.0 * empty / n if n else 0.0
        print(f"{region_id:<34} {n * args.step**2:>8.0f} {pct:>7.1f}%")
    for name, (n, empty) in totals.items():
        if n:
            print(f"{'TOTAL ' + name:<34} {n * args.step**2:>8.0f} {100.0 * empty / n:>7.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
