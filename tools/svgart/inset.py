"""Sole-of-the-foot insets: two small figures in the lower corners, both feet seen from below.

The LEFT sole is in the lower-left corner and the RIGHT sole in the lower-right corner,
heels at the bottom and toes at the top.  Which side is the big toe on?  Stand the
patient on a glass floor facing "up the page" and look at the soles from underneath with
the toes at the top: seen from above the left foot's big toe (its medial side, toward the
right foot) is on the viewer's right; seen from below everything left-right is mirrored,
so the left big toe is on the viewer's LEFT, and the right big toe on the viewer's RIGHT.
(The same follows from the posterior view: a kneeling patient shows the soles with the
heels up and the left big toe on the viewer's right; turning that picture the right way
up, heel down, is a half-turn, which puts it on the left.)  So the right sole is the
mirror image of the left one about the drawing's midline x = 300, like everything else:
everything here is drawn for the left inset and mirrored.

The drawing is in assets/art/inset.svg: the frame (``inset-sole-left-frame``), the sole
without the toes (``inset-sole-left-sole``) and the five toes (ellipses
``inset-sole-left-toe-1`` .. ``-5``, big toe first), which the generator joins into the
foot outline with the webs between the toes; the crease at the base of the toes; the
titles and labels of both insets (placed by hand); the cuts and seeds of the sole regions
(as for the body, see body.py); and the areas the sole zones are made of
(``sole-area-*``; which trigger point's pattern uses which is ``_left_patterns`` below).

Each foot outline is cut into four regions (``region-{side}-sole-toes``, ``-forefoot``,
``-arch``, ``-heel``), written into the ``regions`` group with the body's regions: the
regions tile the body silhouette plus the two foot outlines (checked in build_svg.py).

Written as two groups:
  * ``inset-sole``: art only (frames, feet filled like the skin, creases, titles, labels),
    drawn before the muscle layers, so the foot muscles (``table_foot.py``, in the
    ``muscles-*`` groups like every muscle) lie on the feet;
  * ``inset-sole-zones``: ``sole-{side}-{tp}-essential`` / ``-spillover`` paths
    (fill-opacity 0: the app draws them), each clipped to its foot outline; a spillover
    never overlaps the essential of the same trigger point.
Geometry in absolute document coordinates (no transforms), like the rest of the SVG.
"""

from __future__ import annotations

import math

import shapely
from shapely.geometry import LineString, Point, Polygon
from shapely.ops import polygonize, unary_union

from . import sources, table_foot
from .art import text
from .geom import (
    MID_X,
    Bez,
    Pt,
    area_d,
    mirror_beziers,
    mirror_geom,
    num,
    polygons,
    sample,
)
from .geom import blob as _blob

GRID = 0.01
FILE = "inset.svg"
SIDES = ("left", "right")

SKIN = 'fill="#f4ece4" stroke="#9c8676" stroke-width="1.2" stroke-linejoin="round"'
# no fill: the canvas shows through, in the light and the dark palette alike
FRAME_STYLE = 'fill="none" stroke="#c9bba8" stroke-width="0.8"'
CREASE = ('fill="none" stroke="#c7b1a0" stroke-width="0.7" stroke-linecap="round" '
          'opacity="0.7"')
# where it crosses the tendons of the foot muscles drawn over it
CREASE_FAINT = ('fill="none" stroke="#c7b1a0" stroke-width="0.6" stroke-linecap="round" '
                'opacity="0.25"')
ZONE_STYLE = {
    "essential": 'fill="#c0392b" fill-opacity="0" stroke="none" fill-rule="evenodd"',
    "spillover": 'fill="#e59866" fill-opacity="0" stroke="none" fill-rule="evenodd"',
}

def _src() -> sources.Source:
    return sources.load(FILE)


def toes() -> list[tuple[Pt, float, float, float]]:
    """The toes, big toe first: (centre, half-width, half-length, tilt in degrees)."""
    return [_src().get(f"inset-sole-left-toe-{i}").ellipse() for i in range(1, 6)]


def sole_cuts() -> dict[str, list[Bez]]:
    """The cuts between the sole regions (open curves across the left foot, overshooting
    its outline; the overshoot is a dangle that polygonize drops)."""
    return {s.id.removeprefix("sole-cut-"): s.open_beziers() for s in _src().layer("sole-cuts")}


def sole_seeds() -> dict[str, Pt]:
    """``sole-toes`` ... ``sole-heel`` -> a point inside that region of the left foot."""
    return {s.id.removeprefix("seed-left-"): s.point() for s in _src().layer("sole-seeds")}


def area(name: str) -> Polygon:
    """A sole zone area (``sole-area-{name}``), sampled like the body's zones (its edges
    along the foot outline are the outline's own)."""
    return _blob(_src().get(f"sole-area-{name}").closed_beziers(), step=1.2)


def _round(geom):
    g = shapely.transform(geom, lambda c: (c / GRID).round() * GRID)
    return shapely.remove_repeated_points(g, 0.0)


def _ellipse(c: Pt, rx: float, ry: float, tilt: float, n: int = 120) -> Polygon:
    t = math.radians(tilt)
    pts = []
    for i in range(n):
        a = 2 * math.pi * i / n
        x, y = rx * math.cos(a), ry * math.sin(a)
        pts.append((c[0] + x * math.cos(t) - y * math.sin(t),
                    c[1] + x * math.sin(t) + y * math.cos(t)))
    return Polygon(pts)


def toe(i: int) -> Polygon:
    """The pad of toe ``i`` (0 = big toe) of the left foot."""
    return _ellipse(*toes()[i])


def _webs() -> list[Polygon]:
    """The skin between each two neighbouring toes, from the sole up to about their
    middle; the cleft above it ends in a round U as wide as the cleft there."""
    out = []
    tt = toes()
    for i in range(len(tt) - 1):
        a, b = toe(i), toe(i + 1)
        pair = unary_union([a, b]).convex_hull
        y = (tt[i][0][1] + tt[i + 1][0][1]) / 2 + 0.3 * min(tt[i][2], tt[i + 1][2])
        x0, _, x1, y1 = pair.bounds
        gap = LineString([(x0, y), (x1, y)]).intersection(pair).difference(a).difference(b)
        r = gap.length / 2
        mid = gap.interpolate(0.5, normalized=True)
        web = pair.intersection(shapely.box(x0, y, x1, y1))
        out.append(web.difference(Point(mid.x, y).buffer(r, quad_segs=32)))
    return out


def foot() -> Polygon:
    """Outline of the left sole with the toes (one polygon; the clefts between the toes
    end in a round U)."""
    sole = _blob(_src().get("inset-sole-left-sole").closed_beziers())
    geom = unary_union([sole, *(toe(i) for i in range(len(toes()))), *_webs()])
    geom = geom.buffer(0.6, quad_segs=8).buffer(-0.6, quad_segs=8)
    assert isinstance(geom, Polygon), "foot outline is not one polygon"
    geom = Polygon(geom.exterior)  # a pocket the closing sealed off at a cleft's end
    # short edges, like the body's outline: where a region cut crosses an edge, rounding
    # the crossing onto the grid then moves the edge by a negligible sliver
    geom = _round(shapely.segmentize(shapely.simplify(geom, 0.05), 1.2))
    assert isinstance(geom, Polygon), "foot outline is not one polygon"
    assert not geom.interiors, "foot outline has holes"
    return geom


def feet() -> dict[str, Polygon]:
    """Foot outline per side (the right one mirrored)."""
    left = foot()
    return {"left": left, "right": _round(mirror_geom(left))}


# ------------------------------------------------------------------ regions

def left_sole_regions() -> dict[str, Polygon]:
    """``sole-toes`` ... ``sole-heel`` -> polygon, tiling the left foot outline."""
    outline = foot()
    lines = [LineString(outline.exterior.coords)]
    lines += [_round(LineString(sample(bz))) for bz in sole_cuts().values()]
    faces = [f for f in polygonize(unary_union(lines))
             if outline.contains(f.representative_point())]
    out: dict[str, Polygon] = {}
    for name, seed in sole_seeds().items():
        mine = [f for f in faces if f.contains(Point(seed))]
        assert len(mine) == 1, f"{name}: seed in {len(mine)} faces"
        out[name] = mine[0]
    owned = {id(p) for p in out.values()}
    stray = [f for f in faces if id(f) not in owned]
    # slivers (where a cut grazes the outline) join the neighbour sharing most boundary
    for f in stray:
        assert f.area < 5.0, f"unseeded sole face of area {f.area:.1f}"
        best = max(out, key=lambda n: f.boundary.intersection(out[n].boundary).length)
        out[best] = unary_union([out[best], f])
    for name, p in out.items():
        p = _round(p)
        assert isinstance(p, Polygon), name
        assert p.is_valid, name
        assert not p.interiors, name
        out[name] = p
    return out


def sole_regions() -> dict[str, Polygon]:
    """Region id (``left-sole-heel`` ...) -> polygon, both feet."""
    out: dict[str, Polygon] = {}
    for name, p in left_sole_regions().items():
        out[f"left-{name}"] = p
        out[f"right-{name}"] = _round(mirror_geom(p))
    return out


# -------------------------------------------------------------------- zones

def _in_foot(geom, outline: Polygon):
    g = _round(geom.intersection(outline))
    if not g.is_valid:
        g = shapely.make_valid(g, method="structure", keep_collapsed=False)
    parts = [p for p in polygons(g) if p.area > 1.0]
    return unary_union(parts) if parts else Polygon()


def _left_patterns() -> dict[tuple[str, str], object]:
    """(trigger point, pattern) -> raw area on the left sole (clipped later).  After
    Travell & Simons, Vol. 2: the figure of each is cited in its muscle's content file."""
    outline = foot()
    toes_2_to_5 = unary_union([toe(i) for i in range(1, 5)])
    all_toes = unary_union([toe(i) for i in range(5)])
    heel_pad = area("heel-pad")
    inner_arch = area("inner-arch")
    ball_2_to_5 = area("ball-2-to-5").difference(toes_2_to_5)
    # issue 7: the intrinsic muscles of the sole (T&S 2, ch. 26, 27)
    medial_heel = area("medial-heel")
    instep = area("instep")
    heads_2_to_4 = area("heads-2-to-4").difference(all_toes)
    fifth_head = area("fifth-head").difference(all_toes)
    outer_border = area("outer-border")
    return {
        # soleus TrP1: back and underside of the heel
        ("soleus-tp1", "essential"): heel_pad,
        # gastrocnemius TrP1: the instep (inner longitudinal arch)
        ("gastrocnemius-tp1", "essential"): inner_arch,
        # tibialis posterior: spillover over the whole sole and the undersides of the toes
        ("tibialis-posterior-tp1", "spillover"): outline,
        # flexor digitorum longus: ball of the foot behind toes 2-5; spillover into those toes
        ("flexor-digitorum-longus-tp1", "essential"): ball_2_to_5,
        ("flexor-digitorum-longus-tp1", "spillover"): toes_2_to_5.difference(ball_2_to_5),
        # abductor hallucis: the medial side of the heel; spillover along the instep
        ("abductor-hallucis-tp1", "essential"): medial_heel,
        ("abductor-hallucis-tp1", "spillover"): instep,
        # quadratus plantae: the underside of the heel
        ("quadratus-plantae-tp1", "essential"): heel_pad,
        # flexor digitorum brevis: over the heads of the 2nd to 4th metatarsals
        ("flexor-digitorum-brevis-tp1", "essential"): heads_2_to_4,
        # abductor digiti minimi: over the head of the 5th metatarsal; spillover a little
        # further back along the outer border
        ("abductor-digiti-minimi-tp1", "essential"): fifth_head,
        ("abductor-digiti-minimi-tp1", "spillover"): outer_border,
    }


def zones() -> dict[str, object]:
    """``sole-{side}-{tp}-{pattern}`` -> (multi)polygon inside that side's foot outline;
    a spillover is written minus its own essential."""
    outline = foot()
    raw = _left_patterns()
    left: dict[tuple[str, str], object] = {}
    for (tp, pattern), g in raw.items():
        if pattern == "spillover" and (tp, "essential") in raw:
            g = g.difference(raw[tp, "essential"].buffer(0.005))
        left[tp, pattern] = _in_foot(g, outline)
    out: dict[str, object] = {}
    outlines = feet()
    for (tp, pattern), g in left.items():
        assert not g.is_empty, f"{tp} {pattern} is empty on the sole"
        for side in SIDES:
            g2 = g if side == "left" else _in_foot(mirror_geom(g), outlines["right"])
            assert g2.difference(outlines[side].buffer(0.02)).area < 1e-9, (side, tp, pattern)
            out[f"sole-{side}-{tp}-{pattern}"] = g2
    for zid, g in out.items():
        if zid.endswith("-spillover"):
            ess = out.get(zid.replace("-spillover", "-essential"))
            if ess is not None:
                assert g.intersection(ess).area < 1e-3, f"{zid} overlaps its essential"
    return out


def patterns() -> set[tuple[str, str]]:
    """(trigger point id, pattern) drawn in the insets (the same on both feet)."""
    return set(_left_patterns())


# ---------------------------------------------------------------------- art

def _crease(pre: str, crease: list[Bez], side: str) -> list[str]:
    """The crease at the base of the toes: faint where it crosses the tendons of the
    superficial foot muscles (flexor digitorum brevis and the abductors), which lie over
    it, full elsewhere (the piece outside them carries the id)."""
    from . import muscles
    from .art import line_outside

    foot = {m.id for m in table_foot.MUSCLES if m.layer == "superficial"}
    cover = unary_union([_blob(d.outline, step=0.8) for d in muscles.drawn()
                         if d.muscle.id in foot])
    if side != "left":
        cover = mirror_geom(cover)
    big = shapely.box(-100, 800, 700, 1300)
    return [f'<path id="{pre}-crease-toes" d="{line_outside(crease, cover)}" {CREASE}/>',
            f'<path d="{line_outside(crease, big.difference(cover))}" {CREASE_FAINT}/>']


def groups() -> tuple[str, str]:
    """The two inset groups, as SVG text: art, and the sole zones."""
    outlines = feet()
    src = _src()
    x, y, width, height, rx = src.get("inset-sole-left-frame").rect()
    crease = src.get("inset-sole-left-crease-toes").open_beziers()
    labels = src.layer("inset-labels")
    art: list[str] = []
    for side in SIDES:
        x0 = x if side == "left" else 2 * MID_X - x - width
        pre = f"inset-sole-{side}"
        art += [
            f'<rect id="{pre}-frame" x="{num(x0)}" y="{num(y)}" width="{num(width)}" '
            f'height="{num(height)}" rx="{num(rx)}" {FRAME_STYLE}/>',
            f'<path id="{pre}-foot" d="{area_d(outlines[side])}" {SKIN}/>',
            *_crease(pre, crease if side == "left" else mirror_beziers(crease), side),
        ]
        # titles and labels, as placed in the source (big toe label above the big toe;
        # heel label beside the heel, on the outer side)
        art += [text(s) for s in labels if s.id.startswith(f"{pre}-")]
    zone_items = [
        f'<path id="{zid}" d="{area_d(g)}" '
        f'{ZONE_STYLE["essential" if zid.endswith("-essential") else "spillover"]}/>'
        for zid, g in sorted(zones().items())
    ]
    return ('<g id="inset-sole">\n' + "\n".join(art) + "\n</g>",
            '<g id="inset-sole-zones">\n' + "\n".join(zone_items) + "\n</g>")
