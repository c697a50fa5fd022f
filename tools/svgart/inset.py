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
everything here is authored for the left inset and mirrored.

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

from .art import LABEL_FONT
from .geom import MID_X, Pt, area_d, curve, mirror_geom, mirror_pt, num, polygons, spline_d
from .geom import blob as _blob

GRID = 0.01

FRAME = (12.0, 918.0, 140.0, 1188.0)  # x0, y0, x1, y1 of the left inset
SIDES = ("left", "right")

SKIN = 'fill="#f4ece4" stroke="#9c8676" stroke-width="1.2" stroke-linejoin="round"'
FRAME_STYLE = 'fill="#ffffff" fill-opacity="0.6" stroke="#c9bba8" stroke-width="0.8"'
CREASE = ('fill="none" stroke="#c7b1a0" stroke-width="0.7" stroke-linecap="round" '
          'opacity="0.7"')
ZONE_STYLE = {
    "essential": 'fill="#c0392b" fill-opacity="0" stroke="none" fill-rule="evenodd"',
    "spillover": 'fill="#e59866" fill-opacity="0" stroke="none" fill-rule="evenodd"',
}

# Left sole without the toes, clockwise on screen from the back of the heel: outer
# (lateral) border on the right, inner (medial) border with the arch on the left.
SOLE: list[Pt] = [
    (74, 1174), (90, 1171), (100, 1160), (104, 1140), (105, 1112), (107, 1085),
    (111, 1058), (116, 1032), (119, 1012), (118, 1000), (108, 995), (90, 991), (74, 988),
    (56, 987), (42, 989), (34, 998), (33, 1015), (37, 1036), (45, 1060), (50, 1084),
    (49, 1108), (46, 1132), (48, 1156), (58, 1170),
]
# toes, big toe first (centre, half-width, half-length, tilt in degrees)
TOES: list[tuple[Pt, float, float, float]] = [
    ((49.0, 975.5), 11.8, 18.0, -5.0),
    ((71.4, 974.5), 7.4, 15.0, 2.0),
    ((88.2, 979.0), 6.6, 13.8, 9.0),
    ((102.0, 986.0), 6.0, 12.2, 17.0),
    ((113.4, 995.0), 5.4, 10.6, 27.0),
]
# The cuts between the sole regions (open curves across the left foot, overshooting its
# outline; the overshoot is a dangle that polygonize drops).
SOLE_CUTS: dict[str, list[Pt]] = {
    # the skin crease at the base of the toes (drawn as art too)
    "toes": [(22, 999.8), (34, 997.4), (46, 995), (62, 992.2), (78, 992), (94, 995.4),
             (110, 1003), (128, 1014.5)],
    # behind the ball of the foot: the necks of the metatarsals, the first one furthest
    # forward
    "forefoot": [(22, 1034), (50, 1037.5), (80, 1042.5), (110, 1048), (128, 1051.5)],
    # front of the heel pad
    "heel": [(22, 1113), (48, 1108.5), (76, 1106.5), (102, 1108.5), (128, 1114)],
}
SOLE_SEEDS: dict[str, Pt] = {
    "sole-toes": (72, 975), "sole-forefoot": (76, 1015), "sole-arch": (78, 1075),
    "sole-heel": (76, 1145),
}


def blob(points: list[Pt]) -> Polygon:
    """A zone blob, sampled like the body's zones (its edges along the foot outline are
    the outline's own)."""
    return _blob(points, step=1.2)


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
    return _ellipse(*TOES[i])


def _webs() -> list[Polygon]:
    """The skin between each two neighbouring toes, from the sole up to about their
    middle; the cleft above it ends in a round U as wide as the cleft there."""
    out = []
    for i in range(len(TOES) - 1):
        a, b = toe(i), toe(i + 1)
        pair = unary_union([a, b]).convex_hull
        y = (TOES[i][0][1] + TOES[i + 1][0][1]) / 2 + 0.3 * min(TOES[i][2], TOES[i + 1][2])
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
    geom = unary_union([_blob(SOLE), *(toe(i) for i in range(len(TOES))), *_webs()])
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
    lines += [_round(LineString(curve(pts))) for pts in SOLE_CUTS.values()]
    faces = [f for f in polygonize(unary_union(lines))
             if outline.contains(f.representative_point())]
    out: dict[str, Polygon] = {}
    for name, seed in SOLE_SEEDS.items():
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
    heel_pad = blob([(74, 1112), (94, 1120), (108, 1146), (94, 1182), (54, 1182),
                     (42, 1146), (54, 1120)])
    inner_arch = blob([(36, 1026), (50, 1018), (66, 1030), (70, 1062), (66, 1096),
                       (54, 1112), (40, 1104), (34, 1066)])
    ball_2_to_5 = blob([(66, 990), (86, 986), (104, 991), (118, 1000), (116, 1022),
                        (94, 1032), (72, 1030), (62, 1012)]).difference(toes_2_to_5)
    # issue 7: the intrinsic muscles of the sole (T&S 2, ch. 26, 27)
    medial_heel = blob([(46, 1116), (58, 1112), (66, 1124), (68, 1148), (62, 1172),
                        (48, 1170), (40, 1150), (40, 1130)])
    instep = blob([(30, 1008), (42, 1004), (52, 1022), (58, 1056), (61, 1088), (60, 1116),
                   (50, 1122), (42, 1108), (37, 1078), (31, 1044)])
    heads_2_to_4 = blob([(62, 999), (78, 994), (96, 998), (104, 1010), (101, 1030),
                         (84, 1036), (66, 1032), (58, 1016)]).difference(all_toes)
    fifth_head = blob([(98, 1008), (110, 1002), (122, 1010), (123, 1028), (115, 1040),
                       (102, 1040), (95, 1026)]).difference(all_toes)
    outer_border = blob([(98, 1036), (114, 1036), (118, 1050), (114, 1076), (108, 1096),
                         (99, 1098), (95, 1076), (96, 1054)])
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

def _text(tid: str, x: float, y: float, size: float, body: str, extra: str = "") -> str:
    return (f'<text id="{tid}" x="{num(x)}" y="{num(y)}" font-size="{size}" {extra}'
            f'{LABEL_FONT}>{body}</text>')


def _crease_d(side: str) -> str:
    pts = SOLE_CUTS["toes"][1:-1]
    if side == "right":
        pts = [mirror_pt(p) for p in pts]
    return spline_d(pts)


def groups() -> tuple[str, str]:
    """The two inset groups, as SVG text: art, and the sole zones."""
    outlines = feet()
    art: list[str] = []
    for side in SIDES:
        x0, y0, x1, y1 = FRAME if side == "left" else (2 * MID_X - FRAME[2], FRAME[1],
                                                        2 * MID_X - FRAME[0], FRAME[3])
        cx = (x0 + x1) / 2

        def at(p: Pt, side: str = side) -> Pt:
            return p if side == "left" else mirror_pt(p)

        # big toe label above the big toe; heel label beside the heel, on the outer side
        tx, _ = at((TOES[0][0][0] - 1, 0))
        hx, _ = at((106, 0))
        pre = f"inset-sole-{side}"
        art += [
            f'<rect id="{pre}-frame" x="{num(x0)}" y="{num(y0)}" width="{num(x1 - x0)}" '
            f'height="{num(y1 - y0)}" rx="4" {FRAME_STYLE}/>',
            f'<path id="{pre}-foot" d="{area_d(outlines[side])}" {SKIN}/>',
            f'<path id="{pre}-crease-toes" d="{_crease_d(side)}" {CREASE}/>',
            _text(f"{pre}-title", cx, y0 + 12, 8.5, f"Sole of the {side} foot",
                  'text-anchor="middle" '),
            _text(f"{pre}-subtitle", cx, y0 + 22.5, 7.5, "(seen from below)",
                  'text-anchor="middle" '),
            _text(f"{pre}-label-big-toe", tx, 954.5, 7, "big toe", 'text-anchor="middle" '),
            _text(f"{pre}-label-heel", hx, 1170, 7, "heel",
                  "" if side == "left" else 'text-anchor="end" '),
        ]
    zone_items = [
        f'<path id="{zid}" d="{area_d(g)}" '
        f'{ZONE_STYLE["essential" if zid.endswith("-essential") else "spillover"]}/>'
        for zid, g in sorted(zones().items())
    ]
    return ('<g id="inset-sole">\n' + "\n".join(art) + "\n</g>",
            '<g id="inset-sole-zones">\n' + "\n".join(zone_items) + "\n</g>")
