"""Scoring the quiz's two drawn answers, as plain numbers (no Qt).

**Painting** ("paint where it refers"). Everything is counted on one lattice of points
``OVERLAP_STEP`` mm apart (the lattice the lookup samples strokes on,
:func:`app.domain.geometry.brush_cells`). Let

* Z: the lattice points inside the trigger point's essential zone(s) on the asked side
  (on the body and, where the pattern reaches it, on that side's sole inset);
* P: the lattice points the painting covers *on the body* (each stroke at its brush
  radius, each spot as a dab of ``SPOT_RADIUS``); paint that spills off the figure is
  left out, as the lookup leaves it out;
* B: the points of P outside Z but less than m from Z's edge, where m is the widest brush
  radius used (at most ``EDGE_ALLOWANCE_MAX``): a brush cannot stop exactly at an edge,
  so paint that overshoots by less than its own radius is neither credited nor held
  against the student.

Then::

    covered = |P ∩ Z| / |Z|                 "You covered 62% of the main pain area"
    outside = |P \\ Z \\ B| / |P|            "20% of your painting was outside it"
    overlap = |P ∩ Z| / (|Z| + |P \\ Z \\ B|)  the Jaccard index of Z and P \\ B

The answer is *right* when ``overlap >= PAINT_RIGHT`` and *close* when
``overlap >= PAINT_CLOSE``.

**Clicking** ("click the trigger point"): the distance in mm (document units) from the
click to the trigger point's marker on the asked side; *right* within ``POINT_RIGHT_MM``,
*close* within ``POINT_CLOSE_MM``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from app.domain.diagram import Marker
from app.domain.drawing import DEFAULT_BRUSH_RADIUS, Drawing
from app.domain.geometry import Area, area_cells, brush_cells

Verdict = Literal["right", "close", "missed"]
VERDICTS: tuple[Verdict, ...] = ("right", "close", "missed")

#: Lattice step for the overlap, in mm: an eighth of the narrowest essential zone (about
#: 17 mm across), so even the smallest zone holds some 70 points; the largest holds
#: about 9,000, counted in a few tens of milliseconds.
OVERLAP_STEP = 2.0
#: A clicked spot counts as a dab of this radius: the circle a spot draws on the figure.
SPOT_RADIUS = DEFAULT_BRUSH_RADIUS
#: The most paint may overshoot a zone's edge and be let off (mm). The brush is 12 screen
#: pixels wide at any zoom, about 22 mm on the figure fitted into a 1280x800 window; a
#: student who zooms far out gets a wider brush, but no wider allowance than this.
EDGE_ALLOWANCE_MAX = 25.0
#: Overlap (Jaccard) for a right answer. A person drawing the same pain twice, a minute
#: apart, matches their first drawing at a Jaccard index of about 0.62 (Leoni et al.
#: 2013, the note on NEAR_TOLERANCE in app.domain.lookup); from memory, half is good.
PAINT_RIGHT = 0.5
#: Overlap for a close answer: half of a right one.
PAINT_CLOSE = 0.25
#: A click within this distance (mm) of the marker is right: about a fingertip's width
#: either side of the marker, which shows a schematic place, not an exact one.
POINT_RIGHT_MM = 20.0
#: Within this distance it is close: two touches closer than about 4 cm on the back and
#: the leg feel like one (the note on NEAR_TOLERANCE in app.domain.lookup).
POINT_CLOSE_MM = 40.0


@dataclass(frozen=True)
class PaintScore:
    covered: float  # share of the essential zone painted, 0-1
    outside: float  # share of the painting outside the zone and its allowance, 0-1
    overlap: float  # Jaccard index, 0-1
    allowance: float  # m above, in mm

    @property
    def verdict(self) -> Verdict:
        if self.overlap >= PAINT_RIGHT:
            return "right"
        return "close" if self.overlap >= PAINT_CLOSE else "missed"

    def words(self) -> str:
        return (
            f"You covered {_percent(self.covered)} of the main pain area; "
            f"{_percent(self.outside)} of your painting was outside it (more than "
            f"{self.allowance:.0f} mm from its edge). Overlap {_percent(self.overlap)}."
        )


@dataclass(frozen=True)
class PointScore:
    distance: float  # mm from the marker

    @property
    def verdict(self) -> Verdict:
        if self.distance <= POINT_RIGHT_MM:
            return "right"
        return "close" if self.distance <= POINT_CLOSE_MM else "missed"

    def words(self) -> str:
        return (
            f"Your click was {self.distance:.0f} mm from the trigger point "
            f"(right within {POINT_RIGHT_MM:.0f} mm, close within {POINT_CLOSE_MM:.0f} mm)."
        )


def score_painting(
    drawing: Drawing,
    zones: Sequence[Area],
    *,
    on_body: Callable[[float, float], bool],
) -> PaintScore:
    """How well ``drawing`` covers ``zones`` (the module's formula). ``on_body`` says
    whether a point lies on the figure (the atlas's ``region_at(x, y) is not None``)."""
    step = OVERLAP_STEP
    target: set[tuple[int, int]] = set()
    for zone in zones:
        target |= area_cells(zone, step=step)
    painted: set[tuple[int, int]] = set()
    allowance = 0.0
    for mark in drawing.marks:
        if not mark.points:
            continue  # a whole painted region: the quiz's painting has none
        radius = mark.radius if mark.kind == "stroke" else SPOT_RADIUS
        allowance = max(allowance, radius)
        painted |= brush_cells(mark.points, radius=radius, step=step)
    painted = {c for c in painted if on_body(c[0] * step, c[1] * step)}
    allowance = min(allowance, EDGE_ALLOWANCE_MAX)
    hit = len(painted & target)
    outside = sum(
        1
        for i, j in painted - target
        if all(z.distance(i * step, j * step, limit=allowance) >= allowance for z in zones)
    )
    return PaintScore(
        covered=hit / len(target) if target else 0.0,
        outside=outside / len(painted) if painted else 0.0,
        overlap=hit / (len(target) + outside) if target else 0.0,
        allowance=allowance,
    )


def score_point(marker: Marker, x: float, y: float) -> PointScore:
    return PointScore(math.hypot(x - marker.x, y - marker.y))


def _percent(share: float) -> str:
    return f"{round(100 * share)}%"
