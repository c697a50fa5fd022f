"""Art-only layers: bones, surface contours, labels (left side authored, mirrored)."""

from __future__ import annotations

from .geom import MID_X, Pt, mirror_points, spline_d

BONE_STYLE = ('fill="#efe9df" stroke="#c9bba8" stroke-width="1" stroke-linejoin="round" '
              'stroke-linecap="round" opacity="0.8"')
BONE_LINE = 'fill="none" stroke="#c9bba8" stroke-width="0.8" stroke-linecap="round" opacity="0.8"'
CONTOUR = ('fill="none" stroke="#c7b1a0" stroke-width="1" stroke-linecap="round" '
           'stroke-linejoin="round"')
LABEL_FONT = 'font-family="DejaVu Sans, Arial, sans-serif" fill="#6b5a4e"'


def symmetric(half: list[Pt]) -> list[Pt]:
    """Closed outline of a midline shape from its left half, listed from the top
    midline point to the bottom midline point (both on x = 300)."""
    right = mirror_points(half[1:-1])[::-1]
    return half + right


# --------------------------------------------------------------------- bones
# (id, closed outline points) for the LEFT side; mirrored to bone-right-*.
SIDED_BONES: list[tuple[str, list[Pt]]] = [
    ("femur", [  # head in the acetabulum, neck, greater trochanter, shaft, condyles
        (222, 257), (233, 247), (235, 235), (230, 222), (218, 215), (205, 217), (192, 225),
        (176, 229), (163, 225), (151, 231), (146, 248), (147, 268), (153, 286), (160, 302),
        (168, 350), (178, 420), (189, 500), (199, 570), (205, 604), (202, 626), (199, 646),
        (202, 663), (212, 671), (224, 668), (231, 654), (239, 653), (244, 668), (254, 673),
        (267, 667), (273, 649), (271, 628), (258, 608), (229, 570), (218, 500), (208, 420),
        (199, 350), (194, 323), (189, 311), (196, 298), (205, 282), (214, 264)]),
    ("tibia", [
        (199, 679), (214, 675), (236, 679), (258, 675), (277, 679), (280, 697), (270, 718),
        (259, 760), (255, 850), (256, 950), (261, 1010), (268, 1040), (274, 1060),
        (275, 1075), (269, 1087), (259, 1083), (248, 1079), (234, 1079), (228, 1064),
        (229, 1030), (230, 950), (229, 850), (225, 760), (215, 722), (203, 708)]),
    ("fibula", [
        (196, 699), (202, 690), (212, 693), (216, 708), (219, 800), (222, 900), (225, 990),
        (227, 1040), (227, 1062), (224, 1088), (217, 1100), (209, 1097), (206, 1080),
        (210, 1058), (214, 1040), (214, 990), (211, 900), (208, 800), (205, 715)]),
    ("calcaneus", [
        (225, 1099), (240, 1094), (256, 1099), (262, 1115), (262, 1138), (255, 1151),
        (240, 1155), (224, 1151), (216, 1138), (217, 1115)]),
    ("hip", [  # ilium (crest to greater sciatic notch) and ischium
        (157, 128), (168, 110), (185, 99), (205, 96), (225, 103), (243, 118), (255, 138),
        (263, 160), (266, 178), (258, 194), (246, 206), (241, 222), (245, 240), (254, 252),
        (247, 264), (246, 282), (251, 303), (258, 324), (260, 342), (248, 350), (236, 343),
        (229, 325), (224, 300), (218, 277), (206, 264), (190, 256), (182, 238), (182, 218),
        (174, 197), (163, 173), (157, 150)]),
    ("ischial-tuberosity", [
        (250, 309), (258, 316), (261, 330), (258, 343), (249, 347), (240, 340), (238, 326),
        (242, 314)]),
]
SIDED_BONE_LINES: list[tuple[str, list[Pt]]] = [
    ("femur-intertrochanteric", [(160, 236), (172, 262), (186, 290), (192, 308)]),
    ("hip-acetabulum", [(193, 244), (205, 258), (222, 262), (236, 252)]),
    ("hip-gluteal-line", [(246, 128), (244, 150), (240, 172), (238, 188)]),
    ("tibia-plateau", [(203, 686), (236, 690), (273, 686)]),
]
MIDLINE_BONES: list[tuple[str, list[Pt]]] = [
    # lower thoracic vertebrae (the drawing is cut at the T10/T11 level, y=-112)
    ("t11", [(MID_X, -104), (284, -103), (280, -100), (273, -99), (269, -94), (273, -90),
             (281, -88), (285, -83), (293, -80), (295, -75), (MID_X, -72)]),
    ("t12", [(MID_X, -68), (284, -67), (279, -64), (271, -63), (267, -58), (271, -54),
             (280, -52), (285, -47), (293, -44), (295, -39), (MID_X, -36)]),
    # lumbar vertebrae, seen from behind: lamina, transverse processes, spinous process
    ("l1", [(MID_X, -33), (282, -32), (277, -28), (263, -26), (259, -21), (264, -17),
            (278, -16), (284, -11), (293, -9), (295, -3), (MID_X, 0)]),
    ("l2", [(MID_X, 4), (282, 5), (277, 9), (256, 11), (252, 17), (258, 21), (278, 22),
            (284, 27), (293, 29), (295, 36), (MID_X, 38)]),
    ("l3", [(MID_X, 41), (282, 42), (277, 46), (254, 48), (250, 54), (256, 58), (278, 59),
            (284, 64), (293, 66), (295, 73), (MID_X, 76)]),
    ("l4", [(MID_X, 79), (283, 80), (277, 84), (258, 85), (254, 91), (259, 95), (278, 95),
            (284, 100), (293, 102), (295, 109), (MID_X, 112)]),
    ("l5", [(MID_X, 115), (283, 116), (276, 119), (262, 119), (258, 126), (264, 131),
            (279, 131), (284, 134), (294, 135), (MID_X, 139)]),
    ("sacrum", [(MID_X, 140), (282, 140), (266, 141), (262, 150), (265, 172), (271, 195),
                (279, 214), (287, 230), (294, 240), (MID_X, 244)]),
    ("coccyx", [(MID_X, 246), (294, 247), (292, 255), (294, 265), (297, 273), (MID_X, 276)]),
]
# 11th and 12th ribs (left), from the side of their vertebra down and out to the tip
RIBS: list[tuple[str, list[Pt]]] = [
    ("rib-11", [(277, -97.5), (252, -90), (222, -76), (192, -58), (166, -40), (159, -34),
                (163, -31), (189, -50), (219, -68.5), (250, -82.5), (276, -90)]),
    ("rib-12", [(275, -61), (250, -52.5), (222, -38), (196, -22), (180, -9.5), (175, -5),
                (179, -2.5), (195, -14), (221, -29.5), (249, -44), (274, -54)]),
]
SACRAL_FORAMINA: list[tuple[Pt, float, float]] = [  # centre, half-width, half-height
    ((283, 156), 4.2, 3.2), ((285, 178), 3.8, 3.0), ((288, 198), 3.2, 2.6), ((291, 216), 2.6, 2.2),
]


def _ellipse_pts(c: Pt, rx: float, ry: float) -> list[Pt]:
    return [(c[0] + rx, c[1]), (c[0], c[1] + ry), (c[0] - rx, c[1]), (c[0], c[1] - ry)]


def bones() -> list[str]:
    out = []
    for name, half in MIDLINE_BONES:
        d = spline_d(symmetric(half), closed=True)
        out.append(f'<path id="bone-{name}" d="{d}" {BONE_STYLE}/>')
    out.append(f'<path id="bone-sacrum-crest" d="M300 146 L300 234" {BONE_LINE}/>')
    for name, pts in SIDED_BONES:
        for side, p in (("left", pts), ("right", mirror_points(pts))):
            d = spline_d(p, closed=True)
            out.append(f'<path id="bone-{side}-{name}" d="{d}" {BONE_STYLE}/>')
    for name, pts in RIBS:  # faint: drawn lighter than the other bones
        for side, p in (("left", pts), ("right", mirror_points(pts))):
            d = spline_d(p, closed=True)
            out.append(f'<path id="bone-{side}-{name}" d="{d}" {BONE_STYLE} '
                       'fill-opacity="0.7" stroke-opacity="0.75"/>')
    for name, pts in SIDED_BONE_LINES:
        for side, p in (("left", pts), ("right", mirror_points(pts))):
            out.append(f'<path id="bone-{side}-{name}" d="{spline_d(p)}" {BONE_LINE}/>')
    for i, (c, rx, ry) in enumerate(SACRAL_FORAMINA, start=1):
        for side, cc in (("left", c), ("right", (2 * MID_X - c[0], c[1]))):
            d = spline_d(_ellipse_pts(cc, rx, ry), closed=True)
            out.append(f'<path id="bone-{side}-sacral-foramen-s{i}" d="{d}" {BONE_LINE}/>')
    return out


# ------------------------------------------------------------ skin contours
CONTOURS: list[list[Pt]] = [  # left side, open curves; mirrored
    [(297, 393.5), (282, 396), (262, 397), (240, 394), (218, 386), (200, 376)],  # gluteal fold
    [(259, 158), (262, 164), (266, 168)],                                        # PSIS dimple
    [(207, 667), (222, 671), (238, 672), (254, 671), (268, 667)],                # popliteal crease
    [(231, 985), (232, 1040), (233, 1084)],                                      # achilles, lateral
    [(248, 985), (247, 1040), (246, 1084)],                                      # achilles, medial
]
FAINT_CONTOURS: list[list[Pt]] = [  # left side, lighter lines
    [(197, 596), (201, 636), (204, 668)],                       # biceps femoris tendon
    [(268, 596), (272, 636), (275, 666)],                       # semitendinosus tendon
    [(179, 812), (196, 850), (214, 872), (232, 882)],           # lower edge, lateral gastrocnemius
    [(291, 800), (281, 838), (264, 866), (246, 884)],           # lower edge, medial gastrocnemius
    [(238, 700), (239, 760), (240, 830)],                       # groove between the two heads
]
MID_CONTOURS: list[list[Pt]] = [
    [(MID_X, -104), (MID_X, 15), (MID_X, 132)],      # furrow over the spinous processes
    [(MID_X, 270), (MID_X, 330), (MID_X, 386)],      # gluteal cleft
]


def contours() -> list[str]:
    out = []
    for pts in CONTOURS:
        for p in (pts, mirror_points(pts)):
            out.append(f'<path d="{spline_d(p)}" {CONTOUR}/>')
    for pts in FAINT_CONTOURS:
        for p in (pts, mirror_points(pts)):
            out.append(f'<path d="{spline_d(p)}" {CONTOUR} opacity="0.55"/>')
    for pts in MID_CONTOURS:
        out.append(f'<path d="{spline_d(pts)}" {CONTOUR}/>')
    return out


# -------------------------------------------------------------------- labels
# (id, text, anchor of the leader on the body (right side), text position)
POINTERS: list[tuple[str, str, Pt, Pt]] = [
    ("iliac-crest", "Iliac crest", (410, 104), (492, 124)),
    ("sacrum", "Sacrum", (318, 176), (492, 164)),
    ("greater-trochanter", "Greater trochanter", (444, 240), (492, 246)),
    ("ischial-tuberosity", "Ischial tuberosity", (352, 328), (492, 330)),
    ("fibular-head", "Head of fibula", (397, 698), (468, 700)),
]
# (id, lines, anchor, text position): labels set in two lines beside the ankle, where the
# right sole inset leaves no room for a long one
POINTERS_2: list[tuple[str, tuple[str, str], Pt, Pt]] = [
    ("lateral-malleolus", ("Lateral", "malleolus"), (393, 1084), (407, 1082)),
]


def labels() -> list[str]:
    def text(tid: str, x: float, y: float, size: float, body: str, extra: str = "") -> str:
        return (f'<text id="label-{tid}" x="{x}" y="{y}" font-size="{size}" {extra}'
                f'{LABEL_FONT}>{body}</text>')

    end, middle, bold = 'text-anchor="end" ', 'text-anchor="middle" ', 'font-weight="bold" '
    out = [
        text("l", 30, 82, 40, "L", bold),
        text("r", 570, 82, 40, "R", bold + end),
        text("l-note", 30, 98, 9, "patient's left"),
        text("r-note", 570, 98, 9, "patient's right", end),
        text("title", 300, -128, 11, "Posterior view (seen from behind)", middle),
    ]
    for lid, name, (ax, ay), (tx, ty) in POINTERS:
        out.append(f'<path id="label-{lid}-leader" d="M{ax} {ay}L{tx - 4} {ty - 3.5}" fill="none" '
                   'stroke="#a89686" stroke-width="0.6"/>')
        out.append(f'<circle id="label-{lid}-dot" cx="{ax}" cy="{ay}" r="1.4" fill="#8a7666"/>')
        out.append(text(lid, tx, ty, 9.5, name))
    for lid, (first, second), (ax, ay), (tx, ty) in POINTERS_2:
        out.append(f'<path id="label-{lid}-leader" d="M{ax} {ay}L{tx - 3} {ay}" fill="none" '
                   'stroke="#a89686" stroke-width="0.6"/>')
        out.append(f'<circle id="label-{lid}-dot" cx="{ax}" cy="{ay}" r="1.4" fill="#8a7666"/>')
        out.append(text(lid, tx, ty, 9.5, first))
        out.append(text(f"{lid}-2", tx, ty + 11, 9.5, second))
    return out
