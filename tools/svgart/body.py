"""The body outline (left half, authored in document units) and the region cuts.

Landmarks (left side, y grows downwards): cut edge at the T10/T11 level y=-112 (the
trunk once started at L3, y=40; everything from y=40 down is unchanged), T12 y~-68..-37,
tip of the 12th rib (176,-4), L1 y~-34..-1 (the thoracolumbar | lumbar cut runs at its
lower edge, y~-3 at the midline), L3 y~41..76, top of the iliac crest
y~95, PSIS (262,163), greater trochanter top y~232, coccyx tip y~270, gluteal fold /
crotch y~393, knee joint line y~672, calf bulge y~770-800, malleoli y~1070-1090,
soles y=1160.
"""

from __future__ import annotations

from shapely.geometry import Polygon

from .geom import MID_X, Pt, curve, snap

TOP_Y = -112.0  # T10/T11
SOLE_Y = 1160.0
CROTCH = (MID_X, 393.0)

# flank above the old L3 top (151, 40): a gentle waist just above the iliac crest, widening
# to the lower ribs.  The last-but-one point lies on the line through (149.2, 70) and
# (151, 40), so this curve meets the old one with the same tangent.
UPPER: list[Pt] = [
    (147.2, TOP_Y), (148.6, -80), (150.8, -45), (152.5, -12), (152.68, 12), (151, 40),
]

# lateral outline, top corner down to the outer edge of the foot
LATERAL: list[Pt] = [
    (151, 40), (149.2, 70), (146.4, 102), (140.6, 138), (131.6, 182), (124.2, 230),
    (120.6, 275), (120.4, 318), (122.2, 368), (127.6, 428), (135.5, 490), (146.2, 550),
    (159, 604), (167, 636), (173, 662), (176, 690), (176.2, 718), (174.5, 750),
    (173, 786), (175, 830), (183, 884), (194, 936), (203, 985), (207.5, 1022), (206.5, 1052),
    (203, 1078), (203.2, 1097), (199, 1114), (191.5, 1129), (187, 1142), (186.4, 1152),
    (189, 1158.2), (195, SOLE_Y),
]
# medial outline, inner edge of the foot up to the crotch
MEDIAL: list[Pt] = [
    (282, SOLE_Y), (288.5, 1158.6), (291.8, 1153), (291.5, 1144), (287, 1131), (280.5, 1117),
    (276.3, 1101), (276.8, 1084), (275.8, 1068), (271.5, 1046), (268.5, 1016), (269.5, 985),
    (273.5, 950), (280, 905), (287.5, 858), (292.5, 815), (294.2, 778), (292.8, 745),
    (289.5, 715), (287.4, 690), (287, 668), (287.4, 646), (288.6, 615), (290.6, 558), (293.2, 492),
    (296.4, 432), (298.8, 407), CROTCH,
]


def left_outline() -> list[Pt]:
    """Closed ring of the left half of the body (x <= 300), densely sampled."""
    ring: list[Pt] = []
    ring += curve([(MID_X, TOP_Y), UPPER[0]])[:-1]                         # top cut edge
    ring += curve(UPPER, end=LATERAL[1])[:-1]                             # flank, waist
    ring += curve(LATERAL)[:-1]                                           # flank, hip, leg
    ring += curve([LATERAL[-1], MEDIAL[0]])[:-1]                          # sole
    # medial leg; the phantom end point mirrors the last-but-one point so that the
    # crotch arch is smooth once the right half is added
    prev = MEDIAL[-2]
    ring += curve(MEDIAL, end=(2 * MID_X - prev[0], prev[1]))[:-1]
    ring += curve([CROTCH, (MID_X, TOP_Y)])[:-1]                           # midline
    return ring


def left_half() -> Polygon:
    poly = snap(Polygon(left_outline()))
    assert isinstance(poly, Polygon), "left half outline is not one polygon"
    assert poly.is_valid, "left half outline is not simple"
    return poly


# ------------------------------------------------------------------ region cuts
# Open curves (left side) that cut the left half into regions.  Each one overshoots
# the curve it ends on by a unit or two; the overshoot is a dangle that polygonize
# drops.  The anatomy of each cut is in its name.
CUTS: dict[str, list[Pt]] = {
    # thoracolumbar | lumbar: at the lower edge of L1, dipping a little laterally so the
    # tip of the 12th rib (176, -4) stays in the band above; just above the tops of the
    # L1 zones of iliocostalis lumborum and longissimus (y -2.5, -1.2), which refer down
    "thoracolumbar": [(148, 2.0), (165, 1.2), (180, 0.0), (195, -1.6), (210, -2.9),
                      (230, -3.4), (260, -3.2), (MID_X, -3.0), (302, -3.0)],
    # lumbar | iliac crest band, sacroiliac, sacrum (follows the top of the crest,
    # then the top of the sacrum, L5/S1)
    "lumbar-lower": [(135, 118), (150, 103), (170, 89), (195, 82), (215, 84), (235, 93),
                     (252, 110), (262, 126), (275, 136), (MID_X, 139), (302, 139.2)],
    # lower edge of the iliac crest band
    "crest-lower": [(137, 150), (155, 132), (175, 120), (200, 116), (222, 122), (240, 134),
                    (247, 141)],
    # lateral / lower edge of the sacroiliac area around the PSIS
    "sacroiliac": [(249, 98), (246, 115), (242, 135), (240, 158), (244, 185), (254, 207),
                   (266, 219), (278, 224.5), (288, 226)],
    # lateral border of the sacrum, continued as the edge of the coccyx area
    "sacrum-coccyx": [(267.5, 124), (266, 150), (268, 175), (273, 200), (280, 215), (287, 232),
                      (285, 250), (288, 270), (MID_X, 284)],
    # sacrum | coccyx (apex of the sacrum)
    "sacrum-apex": [(284, 229), (292, 236), (MID_X, 242), (301.5, 242.8)],
    # hip-lateral | buttock, continued as thigh-lateral | posterior thigh
    "lateral-strip": [(162, 120), (165, 145), (168, 190), (170, 240), (170.5, 290), (171, 330),
                      (173, 380), (177, 450), (185, 530), (196, 600), (204, 632)],
    # bottom of hip-lateral (below the greater trochanter)
    "hip-lower": [(172, 317), (150, 322), (110, 326)],
    # upper | lower buttock
    "buttock-mid": [(166, 258), (200, 262), (240, 265), (270, 263), (289, 262)],
    # gluteal fold
    "gluteal-fold": [(301.5, 390), (290, 391.5), (270, 393.5), (245, 391), (220, 384),
                     (196, 372), (180, 360), (168, 346), (165, 342)],
    # thigh-medial | posterior thigh
    "medial-strip": [(266, 385), (264, 400), (260, 450), (257, 520), (256, 590), (257, 632)],
    # upper | lower posterior thigh (mid-thigh)
    "thigh-mid": [(174, 505), (220, 512), (259, 512)],
    # knee-posterior top and bottom
    "knee-upper": [(155, 622), (200, 626), (240, 628), (280, 626), (296, 624)],
    "knee-lower": [(165, 716), (230, 720), (300, 716)],
    # calf-lateral | calf, continued as the lateral edge of the achilles area
    "calf-lateral": [(216, 714), (215, 760), (213, 810), (216, 870), (221, 930), (225, 985),
                     (226, 1030), (225.5, 1070), (224.5, 1098), (224, 1104)],
    "calf-mid": [(211, 850), (250, 852), (300, 848)],
    "achilles-top": [(222, 985), (238, 979), (255, 983)],
    "achilles-medial": [(253.5, 977), (253, 1030), (253, 1070), (253, 1104)],
    "ankle-lateral-top": [(195, 1044), (212, 1046), (228, 1046)],
    "ankle-medial-top": [(251, 1038), (262, 1036), (285, 1034)],
    # top of the heel (arch over the calcaneus)
    "heel": [(211, 1165), (210, 1140), (214, 1115), (222, 1101), (238, 1095), (254, 1100),
             (262, 1114), (267, 1138), (268, 1165)],
}

# one point inside each region of the left half (midline regions: their left half)
SEEDS: dict[str, Pt] = {
    "thoracolumbar": (230, -60), "lumbar": (230, 60), "iliac-crest": (200, 100),
    "sacroiliac": (255, 165),
    "sacrum": (285, 180), "coccyx": (295, 262), "buttock-upper": (215, 200),
    "buttock-lower": (230, 320), "hip-lateral": (140, 230), "thigh-lateral": (150, 450),
    "thigh-medial": (280, 500), "thigh-posterior-upper": (220, 450),
    "thigh-posterior-lower": (220, 570), "knee-posterior": (235, 670),
    "calf-upper": (255, 790), "calf-lateral": (195, 850), "calf-lower": (250, 930),
    "achilles": (239, 1040), "heel": (239, 1140), "ankle-lateral": (210, 1080),
    "ankle-medial": (265, 1075),
}
MIDLINE_REGIONS = ("sacrum", "coccyx")
