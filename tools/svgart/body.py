"""The body outline (left half) and the region cuts, read from assets/art/body.svg.

Layers of body.svg:
  * ``outline``: the outline of the left half (x <= 300) as open paths laid end to end,
    from the top cut edge at the midline round the flank, the leg and the sole, up the
    inner leg to the crotch and back up the midline.  Each piece is resampled on its own
    (vertices evenly spaced along it, at most 0.6 apart), so a corner that must stay
    sharp is where two pieces meet;
  * ``region-cuts``: open curves (left side) that cut the left half into regions, each
    overshooting the curve it ends on by a unit or two (the overshoot is a dangle the
    generator drops); the anatomy of each cut is in its id;
  * ``region-seeds``: a dot inside each region of the left half: ``seed-left-{name}``
    makes ``region-left-{name}`` and its mirror ``region-right-{name}``;
    ``seed-{name}`` a region on the midline, ``region-{name}``, whole (its seed lies in
    its left half).

Landmarks (left side, y grows downwards): cut edge at the T10/T11 level y=-112, T12
y~-68..-37, tip of the 12th rib (176,-4), L1 y~-34..-1 (the thoracolumbar | lumbar cut
runs at its lower edge, y~-3 at the midline), L3 y~41..76, top of the iliac crest y~95,
PSIS (262,163), greater trochanter top y~232, coccyx tip y~270, ischial tuberosity
y~309-347, crotch y=350, gluteal fold y~348-360 (lowest laterally), knee joint line
y~672, calf bulge y~770-800, malleoli y~1070-1090, soles y=1160.
"""

from __future__ import annotations

import math

from shapely.geometry import Polygon

from . import sources
from .geom import Bez, Pt, sample, snap

FILE = "body.svg"


def outline_pieces() -> list[list[Bez]]:
    """The pieces of the left half's outline, in order; each must start where the one
    before it ends, and the last end where the first starts."""
    shapes = sources.load(FILE).layer("outline")
    pieces = [s.open_beziers() for s in shapes]
    for (a, pa), (b, pb) in zip(zip(shapes, pieces, strict=True),
                                zip(shapes[1:] + shapes[:1], pieces[1:] + pieces[:1],
                                    strict=True), strict=True):
        end, start = pa[-1][3], pb[0][0]
        if math.dist(end, start) > 1e-6:
            raise sources.SourceError(f"{a.where} ends at {end}, but #{b.id}, the next piece "
                                      f"of the outline, starts at {start}")
    return pieces


def left_outline() -> list[Pt]:
    """Closed ring of the left half of the body (x <= 300), densely sampled."""
    ring: list[Pt] = []
    for piece in outline_pieces():
        ring += sample(piece)[:-1]
    return ring


def top_y() -> float:
    """The top cut edge of the drawing."""
    return min(y for piece in outline_pieces() for b in piece for _, y in b)


def left_half() -> Polygon:
    poly = snap(Polygon(left_outline()))
    assert isinstance(poly, Polygon), "left half outline is not one polygon"
    assert poly.is_valid, "left half outline is not simple"
    return poly


def cuts() -> dict[str, list[Bez]]:
    """Cut name (the id without ``cut-``) -> open curve, in document order."""
    out = {}
    for s in sources.load(FILE).layer("region-cuts"):
        out[s.id.removeprefix("cut-")] = s.open_beziers()
    return out


def seeds() -> dict[str, tuple[Pt, bool]]:
    """Region name of the left half -> (a point inside it, whether it is a midline
    region), in document order."""
    out = {}
    for s in sources.load(FILE).layer("region-seeds"):
        if not s.id.startswith("seed-"):
            raise sources.SourceError(f"{s.where}: a seed's id is seed-left-NAME or seed-NAME")
        name = s.id.removeprefix("seed-")
        midline = not name.startswith("left-")
        out[name.removeprefix("left-")] = (s.point(), midline)
    return out
