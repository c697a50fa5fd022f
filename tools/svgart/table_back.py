"""Muscle table: lumbar, pelvic-floor and hip muscles added for issue 3.

Same format as ``table.py`` (read its docstring).  ``spillover=[]`` means the staged
content has no spillover text for that trigger point: no spillover element is written.

Left-side landmarks (document units, y down): top cut edge y=-112 (T10/T11), 12th rib
from the side of T12 (275,-58) down and out to its tip (176,-4), transverse-process tips
L1 (259,-21), L2 (252,17), L3 (250,54), L4 (254,91), L5 (258,126), top of the iliac
crest (205,96), PSIS (262,163), sacrum x 266-300 / y 140-244, ischial spine (254,252),
lesser sciatic notch (247,270), coccyx tip (300,276), greater trochanter (146-176,
225-300), ischial tuberosity (250,330), gluteal fold y~393, knee crease y~670.
The erector spinae (iliocostalis lateral, longissimus medial) have their outer edge at
x~204 (top) .. 220 (L1) .. 238 (iliac crest); the lateral strip of quadratus lumborum
shows outside it.  Deep muscles are drawn where they project on the back.
Referral patterns after Travell & Simons 1992 (Vol. 2, ch. 4-6, 12, 14, 15) and Simons,
Travell & Simons 1999 (Vol. 1, ch. 48); see the staged brief zones-a.md for each figure.
"""

from __future__ import annotations

import math

from svgart.body import LATERAL, MEDIAL, UPPER
from svgart.geom import Pt, curve
from svgart.table import Muscle, TriggerPoint

_FLANK = curve(UPPER) + curve(LATERAL)      # lateral outline, top to sole (left side)
_INNER = curve(MEDIAL)                      # medial outline of the leg, sole to crotch


def _x_at(line: list[Pt], y: float) -> float:
    for (x0, y0), (x1, y1) in zip(line[:-1], line[1:], strict=True):
        if min(y0, y1) <= y <= max(y0, y1) and y0 != y1:
            return x0 + (y - y0) * (x1 - x0) / (y1 - y0)
    raise ValueError(f"no outline point at y={y}")


def flank(y: float, inset: float) -> Pt:
    """Point ``inset`` units inside the lateral outline at height ``y``."""
    return (round(_x_at(_FLANK, y) + inset, 2), y)


def inner(y: float, inset: float) -> Pt:
    """Point ``inset`` units inside the medial outline of the thigh at height ``y``."""
    return (round(_x_at(_INNER, y) - inset, 2), y)


def oval(cx: float, cy: float, rx: float, ry: float, n: int = 10) -> list[Pt]:
    return [(round(cx + rx * math.cos(2 * math.pi * k / n), 2),
             round(cy + ry * math.sin(2 * math.pi * k / n), 2)) for k in range(n)]


def _serratus_outline() -> list[Pt]:
    """Serratus posterior inferior: four fleshy slips (digitations) rising laterally from
    its aponeurosis beside the spine to the lower borders of ribs 12, 11, 10 and 9 (the
    last two above the drawing's edge), as one outline with rounded notches between them."""
    from shapely.geometry import LineString, box
    from shapely.ops import unary_union

    slips = [((280, 8), (204, -20)), ((280, -20), (194, -48)), ((280, -48), (194, -78)),
             ((280, -76), (200, -110))]
    sheet = unary_union([LineString(s).buffer(12.5, quad_segs=12) for s in slips])
    sheet = sheet.buffer(3.0, quad_segs=8).buffer(-3.0, quad_segs=8)
    # the fleshy slips end medially where the aponeurosis begins; cut at the drawing's edge
    sheet = sheet.intersection(box(0, -110.5, 266, 200))
    # points no more than 4 apart: the smooth curve drawn through them keeps the straight
    # top edge straight (no bulge over the drawing's edge at the corners)
    ring = list(sheet.simplify(0.35).segmentize(4.0).exterior.coords)[:-1]
    return [(round(x, 2), round(y, 2)) for x, y in ring]


# the tailbone and the lowest sacrum (coccygeus, levator ani: T&S 2, fig. 6.1)
TAILBONE = [(300, 214), (304, 250), (304, 280), (300, 287), (296.5, 282), (291, 270),
            (288, 256), (288, 238), (292, 222)]

MUSCLES: list[Muscle] = [
    # ------------------------------------------------------------------ deep
    Muscle(
        id="iliopsoas",  # T&S 2, ch. 5: psoas beside the T12-L5 bodies and iliacus in the
        layer="deep",    # iliac fossa, both -> lesser trochanter (projected; seen from the front)
        outline=[(284, -62), (282, -20), (279, 30), (277, 70), (275, 105), (271, 135),
                 (264, 165), (254, 195), (242, 225), (228, 256), (216, 282), (208, 300),
                 (201, 308), (194, 302), (188, 284), (179, 252), (170, 212), (164, 170),
                 (164, 138), (172, 119), (190, 108), (210, 106), (228, 111), (238, 114),
                 (241, 95), (246, 58), (254, 20), (262, -18), (270, -50), (275, -62)],
        trigger_points=[
            TriggerPoint(
                id="iliopsoas-main", at=(262, 76),
                essential=[[(262, -122), (296, -122), (297, 0), (296, 80), (290, 118),
                            (274, 138), (268, 170), (266, 205), (256, 222), (244, 206),
                            (241, 170), (244, 132), (252, 100), (256, 40), (258, -40)]],
                spillover=[[(216, 172), (236, 150), (256, 160), (266, 196), (262, 226),
                            (248, 244), (228, 246), (212, 230), (208, 200)]],
            ),
        ],
    ),
    Muscle(
        id="quadratus-lumborum",  # T&S 2, ch. 4: 12th rib and L1-L4 transverse processes
        layer="deep",             # -> iliolumbar ligament and inner iliac crest
        outline=[(272, -50), (248, -40), (222, -27), (203, -16), (197, -8), (194, 20),
                 (193, 60), (194, 90), (198, 98), (212, 98), (227, 104), (241, 114),
                 (252, 121), (258, 122), (257, 106), (254, 88), (250, 62), (250, 48),
                 (252, 25), (255, 8), (259, -14), (262, -28), (267, -42)],
        fibres=([(268, -46), (240, -36), (215, -22), (199, -10)],
                [(256, 118), (240, 110), (220, 101), (199, 96)], 5),
        trigger_points=[
            TriggerPoint(
                id="quadratus-lumborum-superficial-upper", at=(207, -3),
                # a band along the iliac crest, from the erector's outer edge round the side
                essential=[[(122, 128), (146, 104), (170, 90), (196, 84), (218, 87),
                            (236, 97), (248, 112), (247, 126), (234, 122), (216, 112),
                            (194, 108), (172, 114), (150, 128), (124, 152)]],
                spillover=[],
            ),
            TriggerPoint(
                id="quadratus-lumborum-superficial-lower", at=(208, 82),
                # oval over the greater trochanter, tongue down the upper outer thigh
                essential=[[(112, 200), (134, 190), (158, 198), (174, 222), (178, 256),
                            (170, 292), (160, 330), (152, 372), (142, 412), (126, 414),
                            (112, 370), (108, 300), (106, 240)]],
                spillover=[],
            ),
            TriggerPoint(
                id="quadratus-lumborum-deep-upper", at=(242, 56),
                essential=[oval(254, 170, 12.5, 38, 12)],  # over the sacroiliac joint
                spillover=[],
            ),
            TriggerPoint(
                id="quadratus-lumborum-deep-lower", at=(245, 106),
                essential=[oval(224, 332, 40, 28, 12)],  # lower-middle buttock
                spillover=[],
            ),
        ],
    ),
    Muscle(
        id="multifidus",  # ST&S 1, ch. 48: the groove beside the spinous processes, from
        layer="deep",     # the back of the sacrum (to S4) up through the lumbar spine
        outline=[(295, -110), (284, -110), (283, -60), (281, 0), (278, 50), (273, 100),
                 (268, 140), (268, 172), (274, 196), (284, 212), (292, 216), (296, 206),
                 (295.5, 150), (295.5, 50), (295.5, -50)],
        trigger_points=[
            TriggerPoint(
                id="multifidus-lumbar", at=(288, 95),
                essential=[oval(296, 95, 15, 17, 10)],  # round the L4 spinous process
                spillover=[],
            ),
            TriggerPoint(
                id="multifidus-s1", at=(286, 150),
                essential=[[(300, 240), (304, 262), (303, 282), (299, 287), (294, 278),
                            (289.5, 262), (291, 246)]],  # over the coccyx
                spillover=[],
            ),
        ],
    ),
    Muscle(
        id="obturator-internus",  # T&S 2, ch. 6/10: fan on the inner pelvic wall round the
        layer="deep",             # obturator foramen, tendon round the lesser sciatic notch
        outline=[(163, 245), (178, 240), (205, 238), (230, 242), (248, 252), (264, 258),  # -> GT
                 (280, 265), (289, 280), (289, 300), (282, 316), (268, 320), (256, 312),
                 (248, 296), (244, 280), (236, 267), (214, 256), (190, 253), (170, 252)],
        trigger_points=[
            TriggerPoint(
                id="obturator-internus-main", at=(266, 292),
                essential=[[(300, 262), (303, 282), (300, 298), (295, 298), (291, 288),
                            (290.5, 274), (294, 264)]],  # lower coccyx and just below it
                spillover=[[(184, 398), (222, 398), (262, 402), (264, 440), (258, 468),
                            (222, 474), (190, 466), (180, 430)]],  # back of the upper thigh
            ),
        ],
    ),
    Muscle(
        id="levator-ani",  # T&S 2, ch. 6: from the inner pelvic side wall down and in, behind
        layer="deep",      # the anus, to the anococcygeal body and the tip of the coccyx
        outline=[(256, 266), (270, 263), (285, 267), (294, 272), (298, 282), (298.5, 300),
                 (297, 318), (288, 322), (274, 316), (262, 304), (254, 288), (251, 274)],
        trigger_points=[
            TriggerPoint(
                id="levator-ani-main", at=(289, 280),
                essential=[TAILBONE],
                spillover=[],
            ),
        ],
    ),
    Muscle(
        id="coccygeus",  # T&S 2, ch. 6: ischial spine -> sides of the lowest sacrum and coccyx
        layer="deep",
        outline=[(252, 251), (262, 243), (276, 233), (286, 225), (291, 236), (293, 250),
                 (294, 264), (284, 265), (268, 260), (256, 256)],
        fibres=([(253, 251), (254, 252), (255, 253)],
                [(287, 229), (291, 245), (293, 261)], 3),
        trigger_points=[
            TriggerPoint(
                id="coccygeus-main", at=(273, 248),
                essential=[TAILBONE],
                spillover=[],
            ),
        ],
    ),
    # ----------------------------------------------------------- superficial
    Muscle(
        id="tensor-fasciae-latae",  # T&S 2, ch. 12: front of the iliac crest -> iliotibial
        layer="superficial",        # band; from behind only its posterior edge shows
        outline=[flank(132, 1.2), (142, 140), (147, 160), (148, 186), (144, 214), (137, 246),
                 (130, 280), (125, 306), flank(322, 1.0), flank(300, 1.2), flank(260, 1.2),
                 flank(220, 1.2), flank(180, 1.2), flank(150, 1.2)],
        fibres=([(142, 142), (145, 156), (147, 172)],
                [(124, 300), (126, 290), (129, 278)], 3),
        trigger_points=[
            TriggerPoint(
                id="tensor-fasciae-latae-main", at=(140, 186),
                # over the hip joint and the greater trochanter, onto the upper outer thigh
                essential=[[(114, 150), (140, 136), (162, 150), (176, 190), (180, 240),
                            (176, 290), (166, 340), (152, 372), (128, 380), (110, 330),
                            (106, 250), (108, 190)]],
                # down the outer thigh, fading out above the knee
                spillover=[[(112, 320), (150, 330), (164, 400), (174, 470), (184, 530),
                            (196, 584), (196, 606), (178, 610), (160, 596), (142, 540),
                            (126, 470), (112, 400)]],
            ),
        ],
    ),
    Muscle(
        id="vastus-lateralis",  # T&S 2, ch. 14: below the greater trochanter and the linea
        layer="superficial",    # aspera, round the outer thigh -> outer edge of the kneecap
        outline=[flank(296, 1.5), (138, 292), (158, 296), (170, 306), (176, 340), (180, 400),
                 (184, 460), (185, 520), (187, 570), (193, 604), (190, 620), (178, 628),
                 flank(620, 2.0), flank(600, 1.5), flank(560, 1.5), flank(500, 1.5),
                 flank(440, 1.5), flank(380, 1.5), flank(330, 1.5)],
        fibres=([(140, 296), (156, 298), (168, 306)],
                [(166, 622), (176, 624), (186, 616)], 5),
        trigger_points=[
            TriggerPoint(
                id="vastus-lateralis-lateral", at=(140, 450),
                # the whole outer thigh, below the trochanter down to the outer knee
                essential=[[(110, 300), (146, 298), (164, 370), (172, 450), (180, 530),
                            (194, 590), (204, 612), (190, 622), (162, 624), (146, 580),
                            (128, 510), (114, 430), (108, 360)]],
                spillover=[],
            ),
            TriggerPoint(
                id="vastus-lateralis-posterior", at=(166, 532),
                # back-outer corner of the knee, band up the outer / back-outer thigh
                essential=[[(150, 420), (172, 416), (184, 480), (194, 560), (206, 620),
                            (218, 652), (214, 690), (194, 700), (176, 688), (166, 650),
                            (154, 600), (140, 530), (134, 460)]],
                spillover=[],
            ),
            TriggerPoint(
                id="vastus-lateralis-distal", at=(168, 600),
                essential=[oval(166, 606, 20, 15, 10)],  # outer side of the knee
                spillover=[],
            ),
        ],
    ),
    Muscle(
        id="adductor-magnus",  # T&S 2, ch. 15: ischial tuberosity and lower pubic ramus ->
        layer="superficial",   # back of the femur and adductor tubercle (under the hamstrings
        outline=[(246, 334), (258, 326), (274, 334), (289, 350), (297, 378),  # but for the
                 inner(410, 2.0), inner(450, 1.8), inner(500, 1.8),          # inner strip)
                 inner(550, 1.8), inner(590, 2.0), (283, 612), (274, 618), (266, 608),
                 (262, 580), (258, 530), (254, 480), (252, 430), (250, 385), (248, 352)],
        fibres=([(252, 336), (264, 330), (278, 338), (290, 356)],
                [(264, 560), (268, 590), (274, 608), (284, 600)], 5),
        trigger_points=[
            TriggerPoint(
                id="adductor-magnus-midthigh", at=(285, 500),
                # the inner edge of the thigh, groin level down to a few cm above the knee
                essential=[[(266, 400), (290, 394), (306, 400), (308, 500), (306, 590),
                            (294, 604), (280, 600), (272, 560), (268, 480)]],
                spillover=[],
            ),
        ],
    ),
    Muscle(
        id="iliocostalis-lumborum",  # ST&S 1, ch. 48: iliac crest and sacrum (common
        layer="superficial",         # erector tendon) -> angles of the lower six ribs
        outline=[(204.5, -105), (207, -110), (228, -110.5), (247.5, -110), (250, -105),
                 (251, -60), (253, -15), (256, 40),
                 (259, 90), (262, 128), (262, 150), (256, 154), (248, 142), (240, 124),
                 (236, 100), (232, 70), (226, 30), (220, -5), (214, -40), (208, -80)],
        fibres=([(244, 132), (250, 144), (256, 150)],
                [(208, -108), (228, -108), (248, -108)], 4),
        trigger_points=[
            TriggerPoint(
                id="iliocostalis-lumborum-l1", at=(228, -14),
                # narrow strip down the outer lumbar area and across the crest, widening
                # into an oval centred in the middle of the buttock
                essential=[[(220, 0), (236, 0), (242, 60), (244, 120), (248, 180),
                            (254, 224), (252, 272), (236, 302), (208, 308), (182, 294),
                            (172, 262), (180, 224), (204, 190), (218, 150), (220, 90),
                            (218, 40)]],
                spillover=[],
            ),
        ],
    ),
    Muscle(
        id="longissimus-thoracis",  # ST&S 1, ch. 48: sacrum, common erector tendon and
        layer="superficial",        # lumbar transverse processes -> thoracic TPs and ribs
        outline=[(249.5, -105), (252, -110), (268, -110.5), (285.5, -110), (288, -105),
                 (287, -60), (286.5, 0), (286, 60),
                 (284, 120), (283, 160), (288, 196), (284, 206), (276, 200), (268, 176),
                 (263, 145), (260, 100), (257, 50), (254, 0), (251, -50)],
        fibres=([(272, 190), (276, 196), (282, 200)],
                [(252, -108), (268, -108), (286, -108)], 4),
        trigger_points=[
            TriggerPoint(
                id="longissimus-thoracis-lower-thoracic", at=(266, -92),
                # far below the trigger point: lower buttock, inner side, to the fold
                essential=[[(238, 322), (262, 314), (286, 324), (294, 350), (290, 378),
                            (272, 392), (248, 392), (232, 380), (226, 352)]],
                spillover=[],
            ),
            TriggerPoint(
                id="longissimus-thoracis-l1", at=(266, -14),
                # strip down the low back beside the spine, ending in an oval in the upper
                # inner buttock next to (not over) the sacroiliac joint
                essential=[[(262, 2), (282, 2), (282, 60), (276, 100), (262, 124),
                            (246, 140), (240, 160), (242, 190), (236, 214), (218, 222),
                            (202, 208), (200, 180), (212, 150), (232, 126), (252, 100),
                            (262, 60)]],
                spillover=[],
            ),
        ],
    ),
    # --------------------------------------------------------------- issue 7
    Muscle(
        id="iliocostalis-thoracis",  # ST&S 1, ch. 48: upper borders of the lower six ribs
        layer="superficial",         # (medial to iliocostalis lumborum's insertions) ->
        outline=[(217, -105), (219.5, -110), (232, -110.5), (243, -110), (245, -105),  # upper
                 (243, -80), (239.5, -56), (236, -44), (229, -42), (225, -52),  # six ribs
                 (221, -74)],
        fibres=([(229, -44), (233, -44), (236.5, -45)],
                [(221, -108), (232, -108), (243, -108)], 4),
        trigger_points=[
            TriggerPoint(
                id="iliocostalis-thoracis-t11", at=(232, -88),
                # the lower iliocostalis thoracis refers up toward the scapula (off the
                # drawing) and down over the lumbar area, beside the spine (fig. 48.1)
                essential=[[(204, -124), (256, -124), (258, -60), (259, 0), (257, 50),
                            (251, 90), (236, 106), (220, 100), (212, 60), (207, 0),
                            (204, -60)]],
                spillover=[],
            ),
        ],
    ),
    Muscle(
        id="serratus-posterior-inferior",  # ST&S 1, ch. 47: spinous processes T11-L2
        layer="superficial",               # (thoracolumbar fascia) -> lower borders of
        outline=_serratus_outline(),                # ribs 9-12, up and out, over the
        fibres=([(265, 16), (265, -20), (265, -50), (265, -80), (265, -109)],  # erectors
                [(206, -10), (194, -44), (192, -76), (198, -102), (206, -110)], 14),
        trigger_points=[
            TriggerPoint(
                id="serratus-posterior-inferior-tp1", at=(206, -42),
                # an ache over and around the muscle, across the lower ribs (fig. 47.1)
                essential=[[(158, -100), (196, -112), (246, -106), (270, -72), (272, -34),
                            (262, -12), (232, -9), (196, -10), (166, -16), (152, -50)]],
                spillover=[],
            ),
        ],
    ),
    Muscle(
        id="rectus-abdominis",  # ST&S 1, ch. 49: on the front of the abdomen; its upper and
        layer="superficial",    # lower trigger points refer pain across the back
        outline=[],
        front_of_body=True,
        trigger_points=[
            TriggerPoint(
                id="rectus-abdominis-upper", at=None,
                # a horizontal band across the back at the thoracolumbar level, both sides
                # (fig. 49.2)
                essential=[[(168, -74), (204, -82), (252, -86), (300, -86), (348, -86),
                            (396, -82), (432, -74), (436, -52), (426, -34), (390, -28),
                            (340, -26), (300, -26), (260, -26), (210, -28), (174, -34),
                            (164, -52)]],
                spillover=[],
                crosses_midline=True,
            ),
            TriggerPoint(
                id="rectus-abdominis-lower", at=None,
                # a horizontal band across the low back at the level of the sacroiliac
                # joints, both sides (fig. 49.2): over the sacroiliac joints and the top
                # of the sacrum, its ends along the iliac crests (not down into the buttocks)
                essential=[[(204, 100), (226, 94), (256, 100), (280, 108), (300, 110),
                            (320, 108), (344, 100), (374, 94), (396, 100), (398, 112),
                            (384, 119), (352, 128), (330, 148), (300, 162), (270, 148),
                            (248, 128), (216, 119), (202, 112)]],
                spillover=[],
                crosses_midline=True,
            ),
        ],
    ),
]
