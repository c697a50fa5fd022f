"""Sole-of-the-foot inset: a small separate figure in the lower-left corner.

The sole of the LEFT foot seen from below, heel at the bottom and toes at the top.
Which side is the big toe on?  Stand the patient on a glass floor facing "up the
page" and look at the soles from underneath with the toes at the top: seen from
above the left foot's big toe (its medial side, toward the right foot) is on the
viewer's right; seen from below everything left-right is mirrored, so the big toe is
on the viewer's LEFT.  (The same follows from the posterior view: a kneeling patient
shows the soles with the heels up and the left big toe on the viewer's right; turning
that picture the right way up, heel down, is a half-turn, which puts it on the left.)

Written as two groups, drawn on top of everything else:
  * ``inset-sole``: art only (frame, foot outline filled like the skin, labels);
  * ``inset-sole-zones``: ``sole-{tp}-essential`` / ``sole-{tp}-spillover`` paths
    (fill-opacity 0: the app draws them), each clipped to the foot outline; a
    spillover never overlaps the essential of the same trigger point.
Geometry in absolute document coordinates (no transforms), like the rest of the SVG.
"""

from __future__ import annotations

import math

import shapely
from shapely.geometry import Polygon
from shapely.ops import unary_union

from .art import LABEL_FONT
from .geom import Pt, area_d, blob, num, polygons
from .regions import grid_round

FRAME = (12.0, 924.0, 148.0, 1186.0)  # x0, y0, x1, y1

SKIN = 'fill="#f4ece4" stroke="#9c8676" stroke-width="1.2" stroke-linejoin="round"'
FRAME_STYLE = 'fill="#ffffff" fill-opacity="0.6" stroke="#c9bba8" stroke-width="0.8"'
CREASE = ('fill="none" stroke="#c7b1a0" stroke-width="0.7" stroke-linecap="round" '
          'opacity="0.7"')
ZONE_STYLE = {
    "essential": 'fill="#c0392b" fill-opacity="0" stroke="none" fill-rule="evenodd"',
    "spillover": 'fill="#e59866" fill-opacity="0" stroke="none" fill-rule="evenodd"',
}

# sole without the toes, clockwise on screen from the back of the heel: outer (lateral)
# border on the right, inner (medial) border with the arch on the left
SOLE: list[Pt] = [
    (84, 1174), (100, 1171), (110, 1160), (114, 1140), (115, 1112), (117, 1085),
    (121, 1058), (126, 1032), (129, 1012), (128, 998), (118, 990), (100, 985), (84, 981),
    (66, 980), (52, 985), (44, 998), (43, 1015), (47, 1036), (55, 1060), (60, 1084),
    (59, 1108), (56, 1132), (58, 1156), (68, 1170),
]
# toes, big toe first (centre, half-width, half-length, tilt in degrees)
TOES: list[tuple[Pt, float, float, float]] = [
    ((59.5, 975.0), 12.5, 15.5, -6.0),
    ((81.8, 972.0), 7.8, 11.5, 2.0),
    ((98.6, 976.8), 6.8, 10.4, 7.0),
    ((112.4, 984.0), 6.0, 8.8, 13.0),
    ((123.6, 993.5), 5.5, 7.8, 22.0),
]


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
    """The pad of toe ``i`` (0 = big toe)."""
    return _ellipse(*TOES[i])


def foot() -> Polygon:
    """Outline of the sole with the toes (one polygon; the clefts between the toes
    are rounded off by a small closing)."""
    geom = unary_union([blob(SOLE), *(toe(i) for i in range(len(TOES)))])
    geom = geom.buffer(0.8, quad_segs=8).buffer(-0.8, quad_segs=8)
    geom = grid_round(shapely.simplify(geom, 0.05))
    assert isinstance(geom, Polygon), "foot outline is not one polygon"
    assert not geom.interiors, "foot outline has holes"
    return geom


def _in_foot(geom, feet: Polygon):
    g = grid_round(geom.intersection(feet))
    if not g.is_valid:
        g = shapely.make_valid(g)
    parts = [p for p in polygons(g) if p.area > 1.0]
    return unary_union(parts) if parts else Polygon()


def zones() -> dict[str, object]:
    """``sole-{tp}-{pattern}`` -> (multi)polygon inside the foot outline."""
    feet = foot()
    toes_2_to_5 = unary_union([toe(i) for i in range(1, 5)])
    heel_pad = blob([(84, 1112), (104, 1120), (118, 1146), (104, 1182), (64, 1182),
                     (52, 1146), (64, 1120)])
    inner_arch = blob([(46, 1026), (60, 1018), (76, 1030), (80, 1062), (76, 1096),
                       (64, 1112), (50, 1104), (44, 1066)])
    ball_2_to_5 = blob([(76, 990), (96, 986), (114, 991), (128, 1000), (126, 1022),
                        (104, 1032), (82, 1030), (72, 1012)]).difference(toes_2_to_5)
    raw: dict[str, object] = {
        # soleus TrP1: back and underside of the heel
        "sole-soleus-tp1-essential": heel_pad,
        # gastrocnemius TrP1: the instep (inner longitudinal arch)
        "sole-gastrocnemius-tp1-essential": inner_arch,
        # tibialis posterior: spillover over the whole sole and the undersides of the toes
        "sole-tibialis-posterior-tp1-spillover": feet,
        # flexor digitorum longus: ball of the foot behind toes 2-5; spillover into those toes
        "sole-flexor-digitorum-longus-tp1-essential": ball_2_to_5,
        "sole-flexor-digitorum-longus-tp1-spillover": toes_2_to_5.difference(ball_2_to_5),
    }
    out = {zid: _in_foot(g, feet) for zid, g in raw.items()}
    for zid, g in out.items():
        assert not g.is_empty, f"{zid} is empty"
        assert g.difference(feet.buffer(0.02)).area < 1e-9, f"{zid} leaves the foot"
        if zid.endswith("-spillover"):
            ess = out.get(zid.replace("-spillover", "-essential"))
            if ess is not None:
                assert g.intersection(ess).area < 1e-3, f"{zid} overlaps its essential"
    return out


def patterns() -> set[tuple[str, str]]:
    """(trigger point id, pattern) drawn in the inset."""
    out = set()
    for zid in zones():
        tp, pattern = zid[len("sole-"):].rsplit("-", 1)
        out.add((tp, pattern))
    return out


def _text(tid: str, x: float, y: float, size: float, body: str, extra: str = "") -> str:
    return (f'<text id="{tid}" x="{num(x)}" y="{num(y)}" font-size="{size}" {extra}'
            f'{LABEL_FONT}>{body}</text>')


def groups() -> list[str]:
    """The two inset groups, as SVG text (art first, zones on top)."""
    x0, y0, x1, y1 = FRAME
    feet = foot()
    art = [
        f'<rect id="inset-sole-frame" x="{num(x0)}" y="{num(y0)}" width="{num(x1 - x0)}" '
        f'height="{num(y1 - y0)}" rx="4" {FRAME_STYLE}/>',
        f'<path id="inset-sole-foot" d="{area_d(feet)}" {SKIN}/>',
        # faint skin crease at the base of the toes
        '<path id="inset-sole-crease-toes" d="M56 995 Q88 985 120 1003" ' + CREASE + '/>',
        _text("inset-sole-title", (x0 + x1) / 2, y0 + 12, 8.5, "Sole of the left foot",
              'text-anchor="middle" '),
        _text("inset-sole-subtitle", (x0 + x1) / 2, y0 + 22.5, 7.5, "(seen from below)",
              'text-anchor="middle" '),
        _text("inset-sole-label-big-toe", 44, 960, 7, "big toe", 'text-anchor="end" '),
        '<path id="inset-sole-label-big-toe-leader" d="M38 963L49 968" fill="none" '
        'stroke="#a89686" stroke-width="0.6"/>',
        _text("inset-sole-label-heel", 117, 1168, 7, "heel"),
    ]
    zone_items = [
        f'<path id="{zid}" d="{area_d(g)}" '
        f'{ZONE_STYLE["essential" if zid.endswith("-essential") else "spillover"]}/>'
        for zid, g in sorted(zones().items())
    ]
    return [
        '<g id="inset-sole">\n' + "\n".join(art) + "\n</g>",
        '<g id="inset-sole-zones">\n' + "\n".join(zone_items) + "\n</g>",
    ]
