"""Muscle table: the intrinsic muscles of the sole, added for issue 7.

Same format as ``table.py`` (read its docstring), with one difference: the shapes and the
trigger-point markers are drawn IN THE SOLE INSET of their side (``inset.py``), not on
the posterior view.  Everything is authored for the LEFT inset (the left sole seen from
below: big toe on the viewer's left, heel at the bottom) and mirrored about x = 300 for
the right inset, like the rest of the drawing.  The zones in the ``essential`` /
``spillover`` lists below are on the posterior view (only abductor hallucis reaches a
part the back view shows: the inner side of the heel); the zones on the soles are in
``inset.py``.

Left-inset landmarks (document units): heel pad y~1110-1176 (centre x~76), medial
(inner) border x~33-50 with the arch hollow at y~1040-1110, lateral (outer) border
x~100-119, heads of the metatarsals y~995-1035, the crease at the base of the toes
y~992-1003, big toe centre (49.5, 975).
Referral patterns after Travell & Simons, Vol. 2 (1992), ch. 26 and 27.
"""

from __future__ import annotations

from shapely.geometry import LineString, Polygon
from shapely.ops import unary_union

from svgart.geom import Pt, blob
from svgart.table import Muscle, TriggerPoint


def _outline(belly: list[Pt], tendons: list[tuple[list[Pt], float]]) -> list[Pt]:
    """Outline points of a belly (a closed curve) with tendons (polylines of a half-width)
    running out of it, joined with small fillets; the generator draws a smooth curve
    through them."""
    shape = unary_union([blob(belly), *(LineString(t).buffer(w, quad_segs=8)
                                        for t, w in tendons)])
    shape = shape.buffer(1.5, quad_segs=8).buffer(-1.5, quad_segs=8)
    assert isinstance(shape, Polygon)
    ring = list(shape.simplify(0.25).exterior.coords)[:-1]
    return [(round(x, 2), round(y, 2)) for x, y in ring]


MUSCLES: list[Muscle] = [
    # ------------------------------------------------------------------ deep
    Muscle(
        id="quadratus-plantae",  # ch. 27: two heads from the underside of the calcaneus
        layer="deep",            # -> the tendon of flexor digitorum longus (second layer)
        outline=[(62, 1136), (62, 1114), (66, 1094), (74, 1082), (84, 1079), (94, 1084),
                 (98, 1098), (98, 1118), (94, 1136), (86, 1142), (78, 1134), (70, 1142)],
        fibres=([(64, 1134), (78, 1132), (92, 1136)],
                [(72, 1084), (80, 1080), (90, 1082)], 5),
        trigger_points=[
            TriggerPoint(id="quadratus-plantae-tp1", at=(80, 1110), essential=[], spillover=[]),
        ],
    ),
    # ----------------------------------------------------------- superficial
    Muscle(
        id="flexor-digitorum-brevis",  # ch. 26: medial process of the calcaneus -> four
        layer="superficial",           # tendons to the middle phalanges of toes 2-5
        outline=_outline([(76, 1140), (70, 1124), (66, 1098), (66, 1070), (69, 1048),
                          (76, 1034), (86, 1030), (95, 1036), (97, 1056), (94, 1084),
                          (89, 1110), (83, 1130)],
                         [([(75, 1040), (72.5, 1010), (71.5, 988)], 2.0),
                          ([(82, 1036), (85, 1012), (88, 992)], 1.9),
                          ([(88, 1038), (96, 1016), (100.5, 999)], 1.8),
                          ([(92, 1044), (103, 1024), (109, 1008)], 1.6)]),
        fibres=([(73, 1134), (76, 1138), (80, 1134)],
                [(69, 1046), (77, 1034), (87, 1031), (95, 1040)], 6),
        trigger_points=[
            TriggerPoint(id="flexor-digitorum-brevis-tp1", at=(81, 1070), essential=[],
                         spillover=[]),
        ],
    ),
    Muscle(
        id="abductor-hallucis",  # ch. 26: medial process of the calcaneus -> along the
        layer="superficial",     # inner border of the sole -> base of the big toe
        outline=_outline([(49, 1048), (51.5, 1070), (54, 1100), (56, 1128), (58, 1150),
                          (63, 1156), (68, 1148), (68, 1124), (66, 1096), (62.5, 1070),
                          (57.5, 1052), (52, 1040)],
                         [([(51, 1046), (44.5, 1016), (41, 997)], 2.4)]),
        fibres=([(58, 1150), (62, 1154), (66, 1148)],
                [(48, 1044), (52, 1038), (57, 1044)], 5),
        trigger_points=[
            TriggerPoint(
                id="abductor-hallucis-tp1", at=(60, 1084),
                # on the posterior view: the inner side of the heel, below and behind the
                # medial malleolus (the instep spillover is on the sole only)
                essential=[[(264, 1110), (277, 1104), (289, 1116), (293, 1138), (290, 1158),
                            (274, 1164), (263, 1150), (260, 1130)]],
                spillover=[],
            ),
        ],
    ),
    Muscle(
        id="abductor-digiti-minimi",  # ch. 26: lateral process of the calcaneus -> along
        layer="superficial",          # the outer border of the sole -> base of toe 5
        outline=_outline([(92, 1146), (89.5, 1124), (90, 1100), (92.5, 1076), (96.5, 1058),
                          (101.5, 1047), (105.5, 1043), (108.5, 1054), (107, 1078),
                          (104.5, 1104), (103, 1130), (99, 1150)],
                         [([(104.5, 1048), (110.5, 1024), (114.5, 1006)], 2.0)]),
        fibres=([(91, 1142), (95, 1149), (100, 1144)],
                [(100, 1046), (105, 1040), (109, 1044)], 4),
        trigger_points=[
            TriggerPoint(id="abductor-digiti-minimi-tp1", at=(98, 1094), essential=[],
                         spillover=[]),
        ],
    ),
]
