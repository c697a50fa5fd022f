"""Muscle table: thigh, knee, calf and ankle muscles added for issue 3.

Same format as ``table.py`` (read its docstring).  A trigger point whose essential
pattern lies only on the sole (gastrocnemius-tp1, flexor-digitorum-longus-tp1) has
``essential=[]`` here: that pattern is drawn in the sole inset (``inset.py``), and the
generator checks that it is.  ``spillover=[]`` means the staged content has no
spillover text: no spillover element is written.

Left-leg landmarks (document units, y down): ischial tuberosity (250, 330), gluteal
fold y~393, femoral condyles y~640-670 (lateral x~200-225, medial x~240-272), knee
crease y~670, head of the fibula (206, 700), calf bulge y~770-800, lower ends of the
gastrocnemius bellies y~875-895, Achilles tendon x~231-248, lateral malleolus
(215, 1080), medial malleolus (270, 1070), heel y~1095-1160.
Referral patterns after Travell & Simons, Vol. 2 (1992), ch. 16, 17, 20-23, 25 (the
figure of each trigger point is cited in its muscle's content file).
"""

from __future__ import annotations

from svgart.table import Muscle, TriggerPoint

# the crescent around the lateral malleolus (essential of both peroneal muscles): above
# it, behind it and below its tip; seen from behind, "behind" is the malleolus itself.
# Issue 8: T&S 2, fig. 20.1 puts the peroneal patterns on the outer ankle and the outer
# side of the foot, not the heel: build_svg.py cuts the heel region out of both
# peroneal muscles' zones (KEEP_OUT), so their inner edge is the heel region's edge.
LATERAL_MALLEOLUS_CRESCENT = [
    (197, 1044), (210, 1038), (222, 1042), (229, 1056), (232, 1080), (229, 1104),
    (220, 1120), (204, 1129), (188, 1128), (182, 1110), (190, 1090), (196, 1068),
]
# spillover a short way along the outer edge of the foot (seen from behind: below the
# malleolus, beside the heel)
OUTER_FOOT_EDGE = [
    (184, 1112), (198, 1108), (208, 1116), (211, 1134), (208, 1152), (198, 1168),
    (184, 1166), (178, 1140),
]

MUSCLES: list[Muscle] = [
    # ------------------------------------------------------------------ deep
    Muscle(
        id="popliteus",  # ch. 17: lateral femoral condyle -> back of the upper tibia,
        layer="deep",    # above the soleal line
        outline=[(203, 668), (210, 663), (228, 670), (252, 680), (272, 688), (280, 698),
                 (276, 714), (262, 728), (248, 740), (238, 738), (226, 714), (212, 690),
                 (203, 676)],
        fibres=([(205, 667), (206, 671), (207, 675)],
                [(272, 692), (262, 717), (246, 736)], 4),
        trigger_points=[
            TriggerPoint(
                id="popliteus-tp1", at=(259, 706),
                essential=[[(200, 660), (218, 647), (240, 643), (262, 648), (280, 660),
                            (284, 680), (276, 698), (256, 706), (232, 707), (210, 700),
                            (198, 684)]],
                spillover=[],
            ),
        ],
    ),
    Muscle(
        id="tibialis-posterior",  # ch. 23: back of the tibia, fibula and membrane
        layer="deep",             # -> behind the medial malleolus to the inner arch
        outline=[(212, 716), (226, 712), (242, 718), (249, 732), (249.5, 770), (248.5, 810),
                 (247, 850), (245.5, 895), (248, 925), (257, 955), (266, 985), (270.5, 1015),
                 (272.5, 1050), (273.5, 1090), (270.5, 1092), (269.5, 1052), (267.5, 1018),
                 (262, 992), (252, 966), (240, 940), (230, 915), (222, 870), (217, 810),
                 (214, 760)],
        trigger_points=[
            TriggerPoint(
                id="tibialis-posterior-tp1", at=(234, 772),
                essential=[[(238, 1004), (246, 1008), (250, 1030), (250, 1062),
                            (247, 1088), (239, 1096), (231, 1088), (228, 1060),
                            (228, 1030), (231, 1010)]],
                spillover=[[(232, 842), (246, 838), (256, 852), (258, 900), (257, 950),
                            (258, 1000), (260, 1050), (266, 1090), (273, 1128), (275, 1175),
                            (240, 1180), (205, 1175), (206, 1128), (214, 1092),
                            (220, 1050), (222, 1000), (224, 950), (224, 900), (226, 852)]],
            ),
        ],
    ),
    Muscle(
        id="flexor-digitorum-longus",  # ch. 25: back of the middle tibia -> behind the
        layer="deep",                  # medial malleolus to the sole (toes 2-5)
        outline=[(263, 762), (272, 766), (279, 790), (281, 840), (278, 895), (272, 935),
                 (266, 965), (261, 1000), (259.5, 1050), (259.5, 1094), (255.5, 1095),
                 (255.5, 1050), (256.5, 1000), (256.5, 960), (256, 910), (256.5, 850),
                 (258.5, 800), (259.5, 778)],
        trigger_points=[
            TriggerPoint(
                id="flexor-digitorum-longus-tp1", at=(268, 792),
                essential=[],  # forefoot only: drawn in the sole inset
                spillover=[[(262, 962), (270, 958), (276, 980), (280, 1020), (290, 1060),
                            (292, 1100), (280, 1124), (262, 1122), (256, 1100),
                            (258, 1060), (259, 1020), (259, 990)]],
            ),
        ],
    ),
    Muscle(
        id="plantaris",  # ch. 22: lateral supracondylar line -> obliquely across the
        layer="deep",    # knee hollow; long tendon to the inner side of the Achilles
        outline=[(211, 621), (217, 619), (225, 636), (233, 660), (239, 690), (241, 712),
                 (244, 760), (246, 850), (247, 950), (247.4, 1050), (247.4, 1097),
                 (245.8, 1098), (245.8, 1050), (245.4, 950), (244.4, 850), (242.4, 760),
                 (238, 716), (229, 694), (220, 670), (213, 646), (209, 630)],
        trigger_points=[
            TriggerPoint(
                id="plantaris-tp1", at=(229, 676),
                essential=[[(196, 664), (208, 646), (228, 640), (248, 646), (258, 664),
                            (256, 686), (240, 700), (218, 702), (200, 690)]],
                spillover=[[(214, 690), (230, 690), (248, 694), (256, 720), (257, 770),
                            (254, 812), (245, 840), (232, 846), (221, 830), (216, 790),
                            (213, 740)]],
            ),
        ],
    ),
    # ----------------------------------------------------------- superficial
    # soleus under the peroneals and gastrocnemius; the hamstrings over the heads of
    # gastrocnemius at the knee (they form the upper borders of the knee hollow)
    Muscle(
        id="soleus",          # ch. 22: back of the fibular head and upper fibula, soleal
        layer="superficial",  # line of the tibia -> Achilles tendon (under gastrocnemius)
        outline=[(199, 703), (210, 708), (226, 722), (244, 744), (262, 766), (278, 788),
                 (287, 815), (288.5, 850), (283, 890), (274, 930), (264, 966), (255, 996),
                 (247, 1014), (240, 1019), (233, 1012), (226, 996), (219, 968),
                 (212, 935), (205, 900), (197, 860), (191, 820), (188.5, 780), (188.5, 740),
                 (192, 714)],
        fibres=([(190, 760), (196, 712), (226, 722), (262, 766), (286, 820), (286, 870)],
                [(228, 1000), (231, 1008), (235, 1013), (240, 1015), (245, 1011),
                 (251, 1002)], 16),
        trigger_points=[
            TriggerPoint(
                id="soleus-tp1", at=(256, 924),
                essential=[[(230, 1040), (242, 1034), (252, 1044), (255, 1078), (262, 1098),
                            (270, 1128), (272, 1175), (240, 1180), (207, 1175), (208, 1128),
                            (216, 1100), (225, 1078), (227, 1056)]],
                spillover=[],
            ),
            TriggerPoint(
                id="soleus-tp2", at=(200, 744),
                essential=[[(196, 712), (220, 704), (250, 710), (276, 722), (290, 748),
                            (292, 786), (280, 812), (252, 822), (222, 818), (204, 800),
                            (194, 770), (192, 736)]],
                spillover=[],
            ),
            TriggerPoint(
                id="soleus-tp3", at=(223, 900),
                essential=[[(256, 160), (266, 162), (271, 172), (269, 184), (259, 189),
                            (249, 185), (246, 173), (249, 164)]],
                spillover=[],
            ),
        ],
    ),
    Muscle(
        id="peroneus-brevis",  # ch. 20: lower two-thirds of the outer fibula -> behind
        layer="superficial",   # the lateral malleolus to the base of the 5th metatarsal
        outline=[(190, 840), (196, 842), (201, 856), (205, 880), (210, 912), (214, 945),
                 (217, 980), (218.5, 1010), (219.5, 1040), (222.5, 1070), (226, 1093),
                 (221, 1099), (218.5, 1072), (214, 1045), (209, 1020), (203, 992),
                 (198, 960), (192, 925), (187, 890), (185.5, 860)],
        fibres=([(187, 862), (192, 846), (198, 856)],
                [(211, 1020), (215, 1025), (219, 1030)], 4),
        trigger_points=[
            TriggerPoint(
                id="peroneus-brevis-tp1", at=(205, 946),
                essential=[LATERAL_MALLEOLUS_CRESCENT],
                spillover=[OUTER_FOOT_EDGE],
            ),
        ],
    ),
    Muscle(
        id="peroneus-longus",  # ch. 20: head and upper two-thirds of the outer fibula ->
        layer="superficial",   # tendon behind the lateral malleolus, under the foot
        outline=[(196, 694), (203, 700), (199, 716), (193.5, 745), (189.5, 780), (188.5, 820),
                 (192, 855), (194, 878), (195, 900), (199, 930), (204, 965), (209, 1000),
                 (214.5, 1040), (221.5, 1070), (226, 1096), (222, 1099), (218, 1074),
                 (210, 1044), (204, 1005), (199, 970), (194, 937), (189, 905),
                 (183, 875), (178.5, 840), (176, 800), (175.6, 765), (176.6, 735),
                 (180, 712), (188, 698)],
        fibres=([(180, 712), (188, 700), (197, 698)],
                [(189, 876), (192, 880), (195, 884)], 4),
        trigger_points=[
            TriggerPoint(
                id="peroneus-longus-tp1", at=(186, 732),
                essential=[LATERAL_MALLEOLUS_CRESCENT],
                spillover=[[(168, 810), (186, 806), (200, 830), (206, 880), (207, 930),
                            (198, 946), (184, 932), (174, 890), (168, 850)],
                           OUTER_FOOT_EDGE],
            ),
        ],
    ),
    Muscle(
        id="gastrocnemius",   # ch. 21: medial and lateral femoral condyles -> Achilles
        layer="superficial",  # tendon -> back of the heel bone
        outline=[(205, 642), (213, 630), (222, 629), (228, 646), (233, 676), (238, 714),
                 (243, 678), (249, 648), (256, 630), (267, 625), (278, 634), (284, 660),
                 (288, 710), (289.5, 770), (287, 825), (279, 862), (266, 886), (254, 902),
                 (248, 914), (246.5, 960), (246.5, 1020), (247, 1070), (248, 1092),
                 (244, 1102), (236, 1102), (232, 1092), (233, 1070), (233.5, 1020),
                 (233.5, 960), (232, 900), (226, 884), (212, 868), (202, 848), (196.5, 815),
                 (195, 765), (196, 715), (199, 672)],
        fibres=([(198, 720), (203, 655), (216, 630), (228, 648), (238, 714), (250, 646),
                 (266, 626), (282, 650), (288, 720)],
                [(204, 846), (214, 866), (226, 880), (233, 895), (240, 905), (247, 910),
                 (256, 900), (270, 884), (282, 850)], 12),
        trigger_points=[
            TriggerPoint(
                id="gastrocnemius-tp1", at=(280, 760),
                essential=[],  # instep / inner arch only: drawn in the sole inset
                spillover=[[(240, 606), (252, 598), (262, 604), (276, 630), (290, 664), (290, 700),
                            (294, 760), (292, 820), (284, 880), (276, 940), (270, 990),
                            (266, 1026), (256, 1030), (250, 990), (250, 930), (248, 870),
                            (244, 800), (236, 740), (234, 690), (234, 640)]],
            ),
            TriggerPoint(
                id="gastrocnemius-tp2", at=(207, 786),
                essential=[[(214, 748), (228, 754), (237, 778), (237, 808), (228, 826),
                            (210, 828), (196, 812), (192, 786), (198, 760)]],
                spillover=[],
            ),
            TriggerPoint(
                id="gastrocnemius-knee-medial", at=(258, 653),
                essential=[[(258, 630), (272, 634), (280, 650), (276, 670), (260, 678),
                            (244, 670), (240, 650), (246, 636)]],
                spillover=[],
            ),
            TriggerPoint(
                id="gastrocnemius-knee-lateral", at=(221, 655),
                essential=[[(212, 634), (226, 638), (232, 654), (228, 672), (212, 680),
                            (196, 672), (192, 654), (200, 638)]],
                spillover=[],
            ),
        ],
    ),
    Muscle(
        id="biceps-femoris",  # ch. 16: ischial tuberosity (long head) and back of the
        layer="superficial",  # lower femur (short head) -> head of the fibula
        outline=[(244, 332), (254, 338), (252, 360), (246, 392), (239, 440), (233, 500),
                 (227, 550), (219, 600), (212, 640), (210, 672), (211, 694), (208, 706),
                 (201, 704), (198, 688), (194, 662), (188, 636), (181, 604), (177, 565),
                 (177, 520), (183, 470), (196, 420), (214, 375), (232, 344)],
        fibres=([(248, 340), (232, 352), (214, 380), (198, 418), (186, 460)],
                [(222, 560), (214, 600), (207, 630), (203, 650), (199, 668)], 7),
        trigger_points=[
            TriggerPoint(
                id="biceps-femoris-tp1", at=(198, 582),
                essential=[[(172, 650), (184, 632), (206, 626), (232, 630), (250, 644),
                            (254, 668), (246, 690), (224, 702), (196, 700), (178, 686)]],
                spillover=[[(196, 452), (210, 446), (222, 456), (228, 500), (234, 560),
                            (240, 620), (250, 660), (246, 706), (234, 746), (218, 756),
                            (202, 744), (188, 716), (178, 676), (178, 620), (182, 560),
                            (187, 500)]],
            ),
        ],
    ),
    Muscle(
        id="semitendinosus-semimembranosus",  # ch. 16: ischial tuberosity -> upper
        layer="superficial",                  # medial tibia (semimembranosus under it)
        outline=[(246, 330), (258, 334), (268, 356), (276, 396), (280, 450), (281, 510),
                 (280, 570), (281, 620), (284, 660), (288, 690), (289, 710), (283, 718),
                 (277, 704), (272, 680), (264, 652), (254, 625), (245, 595), (238, 550),
                 (234, 500), (235, 450), (238, 400), (241, 358)],
        fibres=([(241, 370), (248, 340), (260, 338), (272, 380), (279, 440)],
                [(252, 600), (262, 628), (270, 650), (277, 672), (283, 690)], 6),
        trigger_points=[
            TriggerPoint(
                id="semitendinosus-semimembranosus-tp1", at=(259, 546),
                essential=[[(224, 372), (242, 352), (266, 346), (288, 356), (298, 376),
                            (294, 402), (276, 428), (258, 446), (236, 446), (222, 428),
                            (218, 400)]],
                spillover=[[(234, 430), (256, 434), (272, 444), (276, 480), (274, 540),
                            (274, 600), (280, 650), (288, 700), (289, 760), (278, 780),
                            (264, 768), (254, 728), (246, 690), (240, 640), (236, 580),
                            (232, 520), (230, 470)]],
            ),
        ],
    ),
]
