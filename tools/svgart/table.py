"""Muscles, trigger points and referral zones: the data table.

Everything is authored for the patient's LEFT side (viewer's left, x < 300) in
document units; the generator mirrors it about x = 300 for the right side.

Adding a muscle = adding a ``Muscle`` entry (and its ``TriggerPoint`` entries):
  * ``outline``: points of a closed smooth curve (centripetal Catmull-Rom);
  * ``layer``: "superficial" or "deep" (deep ones are drawn dashed and pale);
  * ``fibres``: optional (origin points, insertion points, count): that many fibre
    lines are drawn from the origin curve to the insertion curve, clipped to the muscle;
  * ``front_of_body``: a front muscle whose pain reaches the back: no outline and no
    markers, only zones (which may cross the midline: ``crosses_midline``);
  * each trigger point has ``at`` (marker centre, must lie inside its muscle) and
    ``essential`` / ``spillover``: lists of blobs (closed curves through points).
    Zones are clipped to the silhouette and to the left half (x <= 300); spillover
    minus essential is written, so a spillover blob may simply enclose the essential.
Within a layer muscles are drawn in table order (later ones on top).
Referral patterns after Travell & Simons, Myofascial Pain and Dysfunction: The
Trigger Point Manual, Vol. 2 (1992), ch. 7-10.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Pt = tuple[float, float]
Blob = list[Pt]


@dataclass(frozen=True)
class TriggerPoint:
    id: str
    at: Pt | None  # None only for a front-of-body muscle (no marker)
    essential: list[Blob]
    spillover: list[Blob]
    # zones authored over the whole back, not clipped to the left half: the left TP's
    # zone may cross the midline (rectus abdominis); the right one is its mirror image
    crosses_midline: bool = False


@dataclass(frozen=True)
class Muscle:
    id: str
    layer: str  # "superficial" | "deep"
    outline: list[Pt]
    fibres: tuple[list[Pt], list[Pt], int] | None = None
    trigger_points: list[TriggerPoint] = field(default_factory=list)
    # a muscle on the front of the body (rectus abdominis): no shape, no markers, only
    # the zones it refers to the back (content: ``front_of_body = true``)
    front_of_body: bool = False


MUSCLES: list[Muscle] = [
    # ------------------------------------------------------------------ deep
    Muscle(
        id="gluteus-minimus",  # ch. 9: outer ilium between the anterior and inferior
        layer="deep",          # gluteal lines -> anterior greater trochanter
        outline=[(160, 152), (171, 135), (189, 126), (208, 127), (224, 138), (233, 154),
                 (218, 178), (197, 203), (176, 224), (162, 236), (152, 233), (149, 213),
                 (151, 186), (154, 166)],
        fibres=([(158, 160), (180, 130), (208, 128), (230, 150)],
                [(156, 226), (158, 230), (160, 232), (163, 233)], 6),
        trigger_points=[
            TriggerPoint(
                id="gluteus-minimus-anterior", at=(164, 186),
                essential=[[(128, 262), (150, 250), (172, 262), (188, 300), (192, 360),
                            (190, 430), (193, 510), (199, 585), (203, 640), (192, 668),
                            (176, 652), (160, 602), (146, 540), (134, 470), (125, 400),
                            (120, 330)]],
                spillover=[[(170, 640), (196, 648), (212, 700), (219, 780), (222, 860),
                            (227, 940), (232, 1010), (233, 1070), (224, 1106), (204, 1112),
                            (196, 1092), (200, 1046), (197, 980), (186, 905), (174, 830),
                            (170, 760), (168, 690)]],
            ),
            TriggerPoint(
                id="gluteus-minimus-posterior", at=(208, 158),
                # issue 8, after T&S 2, ch. 9, fig. 9.2 (posterior part) and its text:
                # the posterior TrPs "project pain over the lower medial aspect of the
                # buttock, and down the back of the thigh and calf" (T&S list gluteus
                # minimus 2nd for calf pain).  Essential: the lower inner buttock and a
                # band down the middle of the back of the thigh, the knee hollow and the
                # calf to the lower ends of the gastrocnemius bellies ...
                essential=[[(232, 286), (262, 296), (284, 318), (291, 360), (282, 404),
                            (269, 452), (260, 520), (256, 590), (262, 640), (272, 690),
                            (276, 745), (272, 800), (264, 858), (255, 898), (245, 911),
                            (235, 905), (228, 878), (223, 828), (219, 762), (215, 700),
                            (211, 648), (206, 600), (200, 532), (196, 462), (200, 400),
                            (209, 338), (218, 302)]],
                # ... spillover: either side of it at the knee and the calf, and on down
                # the lower calf toward the ankle (stopping above the Achilles tendon)
                spillover=[[(200, 632), (240, 626), (278, 640), (286, 690), (289, 760),
                            (284, 830), (272, 890), (263, 935), (254, 968), (244, 984),
                            (234, 982), (228, 962), (221, 925), (212, 870), (204, 800),
                            (200, 730), (196, 670)]],
            ),
        ],
    ),
    Muscle(
        id="piriformis",  # ch. 10: anterior sacrum (S2-S4) through the greater sciatic
        layer="deep",     # notch -> upper border of the greater trochanter
        outline=[(287, 170), (271, 175), (250, 187), (226, 201), (200, 214), (176, 223),
                 (160, 227), (155, 232), (160, 238), (180, 237), (205, 233), (232, 227),
                 (258, 225), (279, 227), (291, 219), (292, 194)],
        fibres=([(286, 178), (286, 192), (286, 206), (286, 218)],
                [(160, 230), (160, 232), (160, 234), (160, 236)], 4),
        trigger_points=[
            TriggerPoint(
                id="piriformis-lateral", at=(197, 225),
                essential=[[(146, 214), (172, 199), (205, 203), (226, 224), (224, 254),
                            (201, 270), (170, 268), (149, 255), (140, 234)]],
                spillover=[[(148, 190), (175, 156), (222, 148), (268, 172), (290, 226),
                            (293, 300), (286, 362), (276, 430), (268, 500), (262, 548),
                            (240, 568), (206, 564), (186, 522), (175, 452), (160, 382),
                            (143, 322), (136, 250)]],
            ),
            TriggerPoint(
                id="piriformis-medial", at=(268, 205),
                essential=[[(243, 140), (257, 126), (271, 134), (278, 164), (277, 200),
                            (268, 224), (251, 220), (241, 196), (237, 166)]],
                spillover=[[(150, 200), (180, 162), (225, 150), (262, 160), (292, 208),
                            (294, 300), (286, 362), (276, 430), (268, 500), (262, 548),
                            (240, 568), (206, 564), (186, 522), (175, 452), (160, 382),
                            (147, 320), (143, 250)]],
            ),
        ],
    ),
    # issue 7: the short lateral rotators below piriformis (T&S 2, ch. 10)
    Muscle(
        id="gemelli",     # superior gemellus from the ischial spine, inferior from the top of
        layer="deep",     # the ischial tuberosity, either side of the obturator internus
        outline=[(160, 240), (176, 236.5), (200, 238), (224, 243), (244, 250), (254, 257),  # tendon
                 (256, 270), (252, 284), (242, 290), (224, 284), (200, 271), (178, 262),  # -> GT
                 (163, 256), (157, 248)],
        fibres=([(252, 258), (256, 270), (252, 282)],
                [(161, 244), (161, 248), (162, 252)], 5),
        trigger_points=[
            TriggerPoint(
                id="gemelli-tp1", at=(196, 255),
                # like piriformis (T&S 2, ch. 10): over the back of the hip joint and the
                # middle of the buttock ...
                essential=[[(148, 232), (170, 220), (204, 222), (232, 236), (246, 260),
                            (240, 288), (214, 300), (182, 298), (156, 284), (142, 258)]],
                # ... and down the upper two-thirds of the back of the thigh
                spillover=[[(156, 220), (200, 206), (244, 218), (270, 250), (276, 320),
                            (274, 400), (268, 470), (262, 540), (246, 574), (218, 580),
                            (196, 560), (186, 500), (178, 430), (166, 350), (150, 290)]],
            ),
        ],
    ),
    Muscle(
        id="quadratus-femoris",  # lateral border of the ischial tuberosity -> quadrate
        layer="deep",            # tubercle on the back of the greater trochanter
        outline=[(174, 276), (192, 278), (214, 287), (232, 297), (243, 306), (245, 320),
                 (241, 334), (230, 334), (210, 322), (190, 310), (176, 303), (170, 290)],
        fibres=([(242, 308), (245, 320), (241, 332)],
                [(174, 280), (172, 290), (176, 300)], 5),
        trigger_points=[
            TriggerPoint(
                id="quadratus-femoris-tp1", at=(210, 303),
                # the lower buttock and the back of the hip, from the trochanter round to
                # the ischial tuberosity ...
                essential=[[(144, 284), (172, 272), (208, 280), (242, 296), (264, 318),
                            (262, 346), (238, 360), (204, 354), (170, 340), (148, 318),
                            (140, 300)]],
                # ... and the upper back of the thigh
                spillover=[[(176, 330), (220, 350), (262, 352), (278, 380), (276, 430),
                            (266, 480), (240, 500), (210, 494), (192, 460), (182, 410),
                            (174, 370)]],
            ),
        ],
    ),
    # ----------------------------------------------------------- superficial
    Muscle(
        id="gluteus-medius",  # ch. 8: outer ilium under the crest -> greater trochanter
        layer="superficial",  # (posterior part lies under gluteus maximus)
        outline=[(159, 136), (170, 116), (187, 105), (206, 101), (224, 108), (239, 121),
                 (249, 137), (238, 160), (217, 186), (195, 208), (177, 225), (165, 236),
                 (153, 239), (149, 226), (148, 200), (150, 172), (153, 152)],
        fibres=([(156, 150), (170, 118), (206, 103), (238, 122), (245, 145)],
                [(152, 232), (156, 234), (160, 235), (164, 235), (168, 233)], 9),
        trigger_points=[
            TriggerPoint(
                id="gluteus-medius-tp1", at=(237, 138),
                essential=[[(213, 110), (240, 104), (262, 117), (284, 134), (298, 150),
                            (298, 182), (285, 205), (270, 211), (257, 191), (245, 166),
                            (231, 142), (213, 128)]],
                spillover=[[(198, 112), (244, 94), (300, 128), (300, 214), (286, 250),
                            (256, 264), (220, 256), (196, 230), (188, 182), (190, 140)]],
            ),
            TriggerPoint(
                id="gluteus-medius-tp2", at=(202, 118),
                essential=[[(148, 202), (165, 166), (191, 150), (225, 160), (248, 196),
                            (256, 240), (250, 290), (229, 321), (195, 331), (161, 320),
                            (141, 285), (137, 240)]],
                spillover=[[(134, 182), (160, 140), (201, 134), (242, 150), (266, 200),
                            (271, 262), (262, 330), (249, 382), (234, 432), (214, 480),
                            (184, 500), (150, 490), (128, 440), (122, 370), (121, 280)]],
            ),
            TriggerPoint(
                id="gluteus-medius-tp3", at=(164, 150),
                essential=[[(143, 110), (164, 86), (195, 70), (231, 66), (266, 78),
                            (292, 98), (298, 124), (281, 139), (251, 129), (225, 119),
                            (195, 119), (170, 131), (150, 142)]],
                spillover=[[(262, 142), (282, 132), (300, 134), (300, 240), (291, 250),
                            (278, 231), (268, 200), (260, 166)]],
            ),
        ],
    ),
    Muscle(
        id="gluteus-maximus",  # ch. 7: posterior crest, sacrum, coccyx, sacrotuberous
        layer="superficial",   # ligament -> iliotibial band and gluteal tuberosity
        outline=[(244, 126), (256, 138), (265, 156), (270, 178), (277, 200), (284, 222),
                 (290, 242), (293, 262), (294, 285), (293, 310), (288, 332), (268, 350),
                 (240, 366), (210, 378), (185, 386), (168, 388), (157, 372), (147, 340),
                 (140, 300), (138, 268), (142, 246), (160, 222), (185, 196), (212, 168),
                 (232, 142)],
        fibres=([(241, 131), (266, 160), (278, 204), (290, 246), (293, 290), (289, 328)],
                [(146, 240), (139, 282), (145, 325), (156, 362), (172, 386)], 9),
        trigger_points=[
            TriggerPoint(
                id="gluteus-maximus-tp1", at=(258, 188),
                essential=[[(262, 150), (273, 147), (285, 176), (293, 216), (298, 262),
                            (298, 330), (296, 381), (286, 386), (283, 340), (279, 282),
                            (271, 232), (261, 196), (255, 170)]],
                spillover=[[(244, 134), (271, 128), (293, 160), (300, 220), (300, 396),
                            (281, 399), (262, 362), (257, 302), (249, 242), (237, 192),
                            (235, 155)]],
            ),
            TriggerPoint(
                id="gluteus-maximus-tp2", at=(246, 298),
                # issue 8, after T&S 2, ch. 7, fig. 7.1B and its text: TrP2 "refers pain
                # that covers the entire buttock", the lower sacrum, and "projects
                # laterally below the crest of the ilium"; it does "not include the anal
                # region or coccyx".  So: both buttock regions up to just below the
                # iliac crest, the lower half of the sacrum (with the lower sacroiliac
                # area between them), down to the gluteal fold, kept off the coccyx and
                # off the bottom of the cleft (x <= 290 below the sacrum's apex).
                essential=[[(166, 131), (176, 123), (200, 119), (222, 125), (238, 136),
                            (247, 150), (256, 168), (270, 183), (286, 195), (304, 204),
                            (304, 244), (292, 246), (284, 252), (282, 268), (285, 292),
                            (289, 330), (289, 364), (286, 389), (268, 392), (245, 389),
                            (220, 382), (196, 369), (180, 357), (171, 343), (171, 310),
                            (170.5, 260), (169, 200), (167, 160)]],
                # spillover: the top of the back of the thigh, just below the fold
                spillover=[[(172, 344), (200, 362), (230, 376), (262, 384), (286, 382),
                            (291, 400), (286, 426), (250, 434), (212, 426), (188, 408),
                            (175, 380)]],
            ),
            TriggerPoint(
                id="gluteus-maximus-tp3", at=(283, 302),
                essential=[[(283, 239), (296, 234), (300, 252), (300, 302), (297, 331),
                            (285, 337), (274, 316), (272, 285), (276, 258)]],
                spillover=[[(270, 224), (295, 220), (300, 230), (300, 352), (285, 363),
                            (265, 346), (257, 300), (259, 256)]],
            ),
        ],
    ),
]
