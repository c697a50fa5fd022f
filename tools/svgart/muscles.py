"""The muscles' drawing, read from the art sources by the ids ``table.py`` describes:
outlines, fibre curves and markers (assets/art/muscles.svg), zone shapes
(assets/art/zones.svg); checked both ways against the tables."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from . import sources, table, table_back, table_foot, table_leg
from .geom import Bez, Pt
from .table import Muscle

# Drawing order within a layer is table order: back and pelvic muscles first, then the
# leg, then the gluteal muscles on top (gluteus maximus covers the top of the hamstrings);
# the foot muscles lie in the sole insets, apart from the rest.
MUSCLES: list[Muscle] = [
    *table_back.MUSCLES,
    *table_leg.MUSCLES,
    *table.MUSCLES,
    *table_foot.MUSCLES,
]
LAYERS = ("deep", "superficial")


@dataclass(frozen=True)
class Zones:
    """The source shapes of one trigger point's zones (left side): closed curves."""

    essential: list[list[Bez]]
    spillover: list[list[Bez]]


@dataclass(frozen=True)
class Drawn:
    """One muscle as drawn for the left side."""

    muscle: Muscle
    outline: list[Bez]  # closed
    fibres: tuple[list[Bez], list[Bez], int] | None  # origin, insertion, how many lines
    markers: dict[str, tuple[Pt, float]]  # trigger point -> (centre, radius)
    # lies in front of the pelvis and spine, so a back view cannot see it (iliopsoas): the
    # outline has ``data-seen-through="true"`` and is drawn as a dotted outline only
    seen_through: bool = False
    # mostly out of sight from behind (obturator internus: its belly inside the pelvis):
    # ``seen-left-{muscle}``, a closed shape round the part a back view sees (its tendon);
    # the cut-away paints only that part, the rest of the outline stays dashed
    seen: list[Bez] | None = None
    # how far the fibre lines bow, a share of their length (``data-bow`` on the fibres
    # group; 0: straight, as serratus posterior inferior's)
    bow: float = 0.04
    # a deep muscle's outline drawn fainter below this height (``data-faint-below``),
    # where the tendons of the deep calf crowd the medial ankle
    faint_below: float | None = None


@cache
def drawn() -> list[Drawn]:
    """The muscles with a shape, in table order; checks that muscles.svg has exactly
    those shapes, in the layers and order of the table."""
    src = sources.load("muscles.svg")
    out = []
    for m in MUSCLES:
        if m.front_of_body:
            continue
        shape = src.get(f"muscle-left-{m.id}")
        outline = shape.closed_beziers()
        seen_through = shape.attrs.get("data-seen-through", "") == "true"
        faint = shape.attrs.get("data-faint-below")
        try:
            faint_below = float(faint) if faint is not None else None
        except ValueError:
            raise sources.SourceError(
                f"assets/art/muscles.svg: #muscle-left-{m.id}: data-faint-below should be "
                f"a height (y), not {faint!r}"
            ) from None
        fibres = None
        bow = 0.04
        if f"fibres-left-{m.id}" in src.layers:
            count = src.group_attrs(f"fibres-left-{m.id}").get("data-count", "")
            bow = float(src.group_attrs(f"fibres-left-{m.id}").get("data-bow", bow))
            if not count.isdigit():
                raise sources.SourceError(
                    f"assets/art/muscles.svg: #fibres-left-{m.id} needs "
                    "data-count, the number of fibre lines"
                )
            fibres = (
                src.get(f"fibres-left-{m.id}-origin").open_beziers(),
                src.get(f"fibres-left-{m.id}-insertion").open_beziers(),
                int(count),
            )
        markers = {}
        for tp in m.trigger_points:
            dot = src.get(f"tp-left-{tp.id}")
            markers[tp.id] = (dot.point(), dot.radius())
        seen = None
        if f"seen-left-{m.id}" in src.shapes:
            seen = src.get(f"seen-left-{m.id}").closed_beziers()
        out.append(Drawn(m, outline, fibres, markers, seen_through, seen, bow, faint_below))
    for layer in LAYERS:
        ids = [s.id for s in src.layer(f"muscles-{layer}") if s.id.startswith("muscle-left-")]
        want = [f"muscle-left-{d.muscle.id}" for d in out if d.muscle.layer == layer]
        if ids != want:
            raise sources.SourceError(
                f"assets/art/muscles.svg: the layer muscles-{layer} should hold {want} in "
                f"that order (the tables' order), not {ids}"
            )
    known = {f"tp-left-{tp.id}" for d in out for tp in d.muscle.trigger_points}
    stray = sorted(s for s in src.shapes if s.startswith("tp-left-") and s not in known)
    if stray:
        raise sources.SourceError(
            f"assets/art/muscles.svg: markers of no trigger point in the tables: {stray}"
        )
    return out


@cache
def zones() -> dict[str, Zones]:
    """Trigger point -> its zones' source shapes; checks that zones.svg has no zone of a
    trigger point the tables do not know."""
    src = sources.load("zones.svg")
    out = {}
    for m in MUSCLES:
        for tp in m.trigger_points:
            shapes = {}
            for pattern in ("essential", "spillover"):
                gid = f"zone-left-{tp.id}-{pattern}"
                shapes[pattern] = (
                    [s.closed_beziers() for s in src.layer(gid)] if gid in src.layers else []
                )
                if gid in src.layers and not shapes[pattern]:
                    raise sources.SourceError(f"assets/art/zones.svg: #{gid} is empty")
                crosses = src.groups.get(gid, {}).get("data-crosses-midline") == "true"
                if gid in src.layers and crosses != tp.crosses_midline:
                    raise sources.SourceError(
                        f"assets/art/zones.svg: #{gid}: data-crosses-midline should "
                        f"{'' if tp.crosses_midline else 'not '}be true (as in the table)"
                    )
            out[tp.id] = Zones(shapes["essential"], shapes["spillover"])
    groups = {
        g
        for g in src.layers
        if g.startswith("zone-left-") and g.endswith(("-essential", "-spillover"))
    }
    known = {f"zone-left-{tp}-{p}" for tp in out for p in ("essential", "spillover")}
    if groups - known:
        raise sources.SourceError(
            f"assets/art/zones.svg: zones of no trigger point in the "
            f"tables: {sorted(groups - known)}"
        )
    return out
