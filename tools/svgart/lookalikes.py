"""Look-alikes: pain areas of sources that are not muscles (issue 8).

Three lumbosacral nerve roots (``l4``, ``l5``, ``s1``) and the sacroiliac joint
(``sacroiliac``).  Each is an area on the posterior view, ``lookalike-{side}-{id}``, and,
where it reaches the sole, one on that side's sole inset, ``lookalike-sole-{side}-{id}``;
all of them in the group ``lookalikes`` (fill-opacity 0: the app draws them as outline
overlays, distinct from the trigger-point zones).  Everything is authored for the
patient's LEFT side (the left body half, the left inset) and mirrored about x = 300.
The areas may overlap each other and the muscle zones (root areas overlap in life too);
the generator clips them to the left half of the silhouette and to the foot outline.

What is drawn is where the PAIN of an irritated root is usually felt as seen from behind
(not a strict dermatome: the skin map of one root is narrower, and varies between
people), and, for the joint, the area its pain most consistently occupies.  The sources
(read for this drawing; the content file ``content/lookalikes.toml`` cites its own):

* Engstrom JW, Deyo RA. Back and neck pain. In: Harrison's Principles of Internal
  Medicine, 19th ed., Table "Lumbosacral radiculopathy: neurologic features", column
  "pain distribution": L4 knee, medial calf (and anterolateral thigh, on the front);
  L5 lateral calf, dorsal foot, posterolateral thigh, buttocks; S1 bottom of the foot,
  posterior calf, posterior thigh, buttocks.  Sensory column: L4 medial calf; L5 dorsal
  foot, lateral calf; S1 plantar surface and lateral aspect of the foot.
* Faleiros ATS et al. L4-L5-S1 human dermatomes: a clinical, electromyographical,
  imaging and surgical findings. Arq Neuropsiquiatr 2009;67(2A) (abstract): L4 the
  medial aspect of the leg; L5 the lateral aspect of the leg and the dorsum of the foot;
  S1 the back of the buttock, thigh and leg and the plantar skin.
* Lee MWL, McPhee RW, Stringer MD. An evidence-based approach to human dermatomes. Clin
  Anat 2008;21:363-73 (abstract read): the evidence-based map shows the most consistent
  areas; overlap and variability between people are large.
* Williams RP, Sugars W. Lumbar root innervation of the medial foot and ankle region.
  ANZ J Surg 1998;68:565-7 (abstract): the L4 (saphenous) supply ends near the medial
  malleolus, on average about 15 mm below its tip, well short of the forefoot.
* GPnotebook, "lower limb dermatomes", and an FRCEM anatomy page (bromleyemergency.com,
  "lower limb dermatomes"): S1 the lateral ankle, the lateral foot, the heel and most of
  the sole (the lateral third of the foot and the sole); L5 the lateral lower leg and
  the front of the ankle and the top of the foot.
* Fortin JD, Dwyer AP, West S, Pier J. Sacroiliac joint: pain referral maps upon
  applying a new injection/arthrography technique. Part I: asymptomatic volunteers.
  Spine 1994;19:1475-82 (abstract): the area of maximal pain on injection, and of
  hypoaesthesia after it, extended about 10 cm caudally and 3 cm laterally from the
  posterior superior iliac spine ("Fortin's area"; van der Wurff et al. 2006 found it in
  all patients who responded to joint blocks).
* Murphy DR et al. Chiropr Osteopat 2009;17:9 and Albert HB et al. Chiropr Man Therap
  2019;27:50: radicular pain follows a dermatome in only about a third of cases (S1
  most often), and pain drawings cannot tell L5 from S1 reliably.  (For the limits the
  content states; not used for the outlines.)

Left-side landmarks used (document units, about 1 mm; see body.py and table_leg.py):
iliac crest top y~95, PSIS (262, 163), gluteal fold y~393, knee crease y~670, calf bulge
y~770-800, lateral malleolus (215, 1080), medial malleolus (270, 1070), heel y~1095-1160,
sole y=1160.  Points beyond the outline are deliberate: the clip makes that edge the
body's own outline.
"""

from __future__ import annotations

import shapely
from shapely.ops import unary_union

from . import inset
from .geom import Pt, blob

Blob = list[Pt]
# vertex spacing of the authored curves: an outline overlay needs less than a zone (1.2);
# where an area runs along the body's outline its edge is the outline's own (0.6)
STEP = 2.4

# Drawing order and the ids of content/lookalikes.toml.
IDS = ("l4", "l5", "s1", "sacroiliac")

BODY: dict[str, list[Blob]] = {
    # L4 (Harrison: knee, medial calf; Faleiros: the medial aspect of the leg; Williams &
    # Sugars: to about 15 mm below the tip of the medial malleolus).  Seen from behind:
    # the inner third of the leg from the inner side of the knee down the medial calf
    # to just below the inner ankle bone.  Not on the sole.
    "l4": [[
        (262, 634), (282, 626), (302, 640), (306, 720), (306, 820), (300, 900),
        (292, 970), (288, 1030), (292, 1080), (290, 1100), (276, 1106), (264, 1098),
        (258, 1080), (254, 1050), (250, 1000), (249, 950), (252, 890), (257, 830),
        (261, 770), (262, 710), (260, 668),
    ]],
    # L5 (Harrison: buttocks, posterolateral thigh, lateral calf, dorsal foot; Faleiros
    # and GPnotebook: the lateral aspect of the leg, the dorsum of the foot).  Seen from
    # behind: the outer buttock just below the iliac crest, the outer back and side of
    # the thigh, the outer side of the knee and the outer calf down to just above the
    # outer ankle bone (below that it turns onto the front of the ankle and the top of
    # the foot, which a back view does not show).  Not on the sole.
    "l5": [[
        (174, 146), (206, 136), (236, 148), (246, 178), (242, 232), (230, 292),
        (214, 352), (203, 420), (197, 500), (197, 580), (204, 640), (213, 690),
        (214, 745), (212, 805), (214, 865), (218, 925), (222, 985), (224, 1030),
        (216, 1046), (200, 1048), (192, 1020), (180, 960), (166, 890), (160, 820),
        (160, 750), (160, 690), (148, 630), (128, 560), (112, 480), (106, 400),
        (108, 330), (130, 270), (150, 210), (160, 168),
    ]],
    # S1 (Harrison: buttocks, posterior thigh, posterior calf, bottom of the foot;
    # Faleiros: the back of the buttock, thigh and leg and the plantar skin; GPnotebook
    # and the FRCEM page: the lateral ankle, the lateral border of the foot, the heel and
    # most of the sole).  Seen from behind: the lower inner buttock, a band down the
    # middle of the back of the thigh, the knee hollow and the calf, the Achilles tendon,
    # then widening over the whole heel and the outer ankle to the outer edge of the foot.
    "s1": [[
        (220, 240), (252, 230), (280, 242), (291, 290), (293, 350), (290, 405),
        (281, 460), (275, 540), (273, 620), (276, 680), (274, 740), (268, 800),
        (262, 860), (258, 920), (256, 980), (255, 1030), (256, 1070), (262, 1094),
        (268, 1118), (273, 1146), (282, 1172), (240, 1176), (196, 1174), (176, 1160),
        (176, 1130), (188, 1090), (198, 1052), (214, 1036), (224, 1008), (222, 960),
        (216, 900), (212, 840), (210, 780), (210, 720), (206, 680), (200, 620),
        (200, 560), (202, 480), (208, 400), (213, 330), (214, 280),
    ]],
    # Sacroiliac joint (Fortin 1994): about 3 cm wide and 10 cm long, from the posterior
    # superior iliac spine (262, 163) downwards and outwards over the upper inner buttock.
    "sacroiliac": [[
        (246, 155), (262, 154), (268, 161), (269, 185), (267, 220), (263, 250),
        (256, 264), (242, 265), (233, 256), (231, 225), (232, 190), (236, 166),
    ]],
}


def sole_left() -> dict[str, object]:
    """Raw areas on the LEFT sole inset (clipped to the foot by the caller).

    S1 only: the heel pad and the outer (lateral) half of the sole forward to the little
    and fourth toes (GPnotebook: "the heel and most of the sole"; FRCEM page: "lateral
    1/3 and sole"; Harrison, sensory: "plantar surface, lateral aspect of the foot").
    The drawing takes the middle of those: the whole heel, the outer half in front of it.
    L4 ends at the inner ankle (Williams & Sugars) and L5's foot is the top of the foot,
    so neither is drawn on the sole.  In the left inset the outer border is on the right
    (x~100-119), the inner border with the arch on the left (x~33-50).
    """
    outer = blob(step=STEP, points=[
        (44, 1108), (62, 1104), (78, 1098), (82, 1070), (82, 1040), (84, 1012),
        (92, 992), (106, 976), (120, 984), (128, 1004), (126, 1050), (118, 1110),
        (112, 1160), (98, 1186), (70, 1188), (46, 1182), (36, 1150), (36, 1120),
    ])
    toes = unary_union([inset.toe(3), inset.toe(4)])
    return {"s1": unary_union([outer, toes])}


def sole_ids() -> tuple[str, ...]:
    return tuple(i for i in IDS if i in sole_left())


def body_left() -> dict[str, object]:
    """Raw areas on the posterior view, left side (clipped to the body by the caller)."""
    out: dict[str, object] = {}
    for lid in IDS:
        blobs = [blob(b, step=STEP) for b in BODY.get(lid, [])]
        if blobs:
            out[lid] = shapely.make_valid(unary_union(blobs))
    return out
