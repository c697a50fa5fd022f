"""Muscle table: lumbar, pelvic-floor and hip muscles added for issue 3.

Same format as ``table.py`` (read its docstring).  A trigger point without a spillover
group in zones.svg has no spillover text in the content: no spillover element is written.

Left-side landmarks, for drawing in the sources (document units, y down): top cut edge
y=-112 (T10/T11), 12th rib from the side of T12 (275,-58) down and out to its tip
(176,-4), transverse-process tips L1 (259,-21), L2 (252,17), L3 (250,54), L4 (254,91),
L5 (258,126), top of the iliac crest (205,96), PSIS (262,163), sacrum x 266-300 / y
140-244, ischial spine (254,252), lesser sciatic notch (247,270), coccyx tip (300,276),
greater trochanter (146-176, 225-300), ischial tuberosity (250,330), gluteal fold y~350-360,
knee crease y~670.
The erector spinae (iliocostalis lateral, longissimus medial) have their outer edge at
x~204 (top) .. 220 (L1) .. 238 (iliac crest); the lateral strip of quadratus lumborum
shows outside it.  Deep muscles are drawn where they project on the back.
Referral patterns after Travell & Simons 1992 (Vol. 2, ch. 4-6, 12, 14, 15) and Simons,
Travell & Simons 1999 (Vol. 1, ch. 48); see the staged brief zones-a.md for each figure.
"""

from __future__ import annotations

from svgart.table import Muscle, TriggerPoint

# Shared zone shapes (clones in zones.svg): the tailbone and the lowest sacrum is the
# essential zone of both levator ani and coccygeus (T&S 2, fig. 6.1).
# The erector and serratus outlines end at the drawing's top edge; serratus posterior
# inferior is four fleshy slips (digitations) rising laterally from its aponeurosis
# beside the spine to the lower borders of ribs 12, 11, 10 and 9 (the last two above the
# drawing's edge), drawn as one outline with rounded notches between them.

MUSCLES: list[Muscle] = [
    # ------------------------------------------------------------------ deep
    # T&S 2, ch. 5: psoas beside the T12-L5 bodies and iliacus in the iliac fossa, both ->
    # lesser trochanter (projected; seen from the front)
    Muscle("iliopsoas", "deep", trigger_points=[
        TriggerPoint("iliopsoas-main"),
    ]),
    # T&S 2, ch. 4: 12th rib and L1-L4 transverse processes -> iliolumbar ligament and inner
    # iliac crest
    Muscle("quadratus-lumborum", "deep", trigger_points=[
        # essential: a band along the iliac crest, from the erector's outer edge round the side
        TriggerPoint("quadratus-lumborum-superficial-upper"),
        # essential: oval over the greater trochanter, tongue down the upper outer thigh
        TriggerPoint("quadratus-lumborum-superficial-lower"),
        # essential: over the sacroiliac joint
        TriggerPoint("quadratus-lumborum-deep-upper"),
        # essential: lower-middle buttock
        TriggerPoint("quadratus-lumborum-deep-lower"),
    ]),
    # ST&S 1, ch. 48: the groove beside the spinous processes, from the back of the sacrum (to
    # S4) up through the lumbar spine
    Muscle("multifidus", "deep", trigger_points=[
        # essential: round the L4 spinous process
        TriggerPoint("multifidus-lumbar"),
        # essential: over the coccyx
        TriggerPoint("multifidus-s1"),
    ]),
    # T&S 2, ch. 6/10: fan on the inner pelvic wall round the obturator foramen, tendon round
    # the lesser sciatic notch -> GT
    Muscle("obturator-internus", "deep", trigger_points=[
        # essential: lower coccyx and just below it
        # spillover: back of the upper thigh
        TriggerPoint("obturator-internus-main"),
    ]),
    # T&S 2, ch. 6: from the inner pelvic side wall down and in, behind the anus, to the
    # anococcygeal body and the tip of the coccyx
    Muscle("levator-ani", "deep", trigger_points=[
        TriggerPoint("levator-ani-main"),
    ]),
    # T&S 2, ch. 6: ischial spine -> sides of the lowest sacrum and coccyx
    Muscle("coccygeus", "deep", trigger_points=[
        TriggerPoint("coccygeus-main"),
    ]),
    # ----------------------------------------------------------- superficial
    # T&S 2, ch. 12: front of the iliac crest -> iliotibial band; from behind only its posterior
    # edge shows
    Muscle("tensor-fasciae-latae", "superficial", trigger_points=[
        # essential: over the hip joint and the greater trochanter, onto the upper outer thigh
        # spillover: down the outer thigh, fading out above the knee
        TriggerPoint("tensor-fasciae-latae-main"),
    ]),
    # T&S 2, ch. 14: below the greater trochanter and the linea aspera, round the outer thigh ->
    # outer edge of the kneecap
    Muscle("vastus-lateralis", "superficial", trigger_points=[
        # essential: the whole outer thigh, below the trochanter down to the outer knee
        TriggerPoint("vastus-lateralis-lateral"),
        # essential: back-outer corner of the knee, band up the outer / back-outer thigh
        TriggerPoint("vastus-lateralis-posterior"),
        # essential: outer side of the knee
        TriggerPoint("vastus-lateralis-distal"),
    ]),
    # T&S 2, ch. 15: ischial tuberosity and lower pubic ramus -> back of the femur and adductor
    # tubercle (under the hamstrings but for the inner strip)
    Muscle("adductor-magnus", "superficial", trigger_points=[
        # essential: the inner edge of the thigh, groin level down to a few cm above the knee
        TriggerPoint("adductor-magnus-midthigh"),
    ]),
    # ST&S 1, ch. 48: iliac crest and sacrum (common erector tendon) -> angles of the lower six
    # ribs
    Muscle("iliocostalis-lumborum", "superficial", trigger_points=[
        # essential: narrow strip down the outer lumbar area and across the crest, widening
        # into an oval centred in the middle of the buttock
        TriggerPoint("iliocostalis-lumborum-l1"),
    ]),
    # ST&S 1, ch. 48: sacrum, common erector tendon and lumbar transverse processes -> thoracic
    # TPs and ribs
    Muscle("longissimus-thoracis", "superficial", trigger_points=[
        # essential: far below the trigger point: lower buttock, inner side, to the fold
        TriggerPoint("longissimus-thoracis-lower-thoracic"),
        # essential: strip down the low back beside the spine, ending in an oval in the upper
        # inner buttock next to (not over) the sacroiliac joint
        TriggerPoint("longissimus-thoracis-l1"),
    ]),
    # --------------------------------------------------------------- issue 7
    # ST&S 1, ch. 48: upper borders of the lower six ribs (medial to iliocostalis lumborum's
    # insertions) -> upper six ribs
    Muscle("iliocostalis-thoracis", "superficial", trigger_points=[
        # essential: the lower iliocostalis thoracis refers up toward the scapula (off the
        # drawing) and down over the lumbar area, beside the spine (fig. 48.1)
        TriggerPoint("iliocostalis-thoracis-t11"),
    ]),
    # ST&S 1, ch. 47: spinous processes T11-L2 (thoracolumbar fascia) -> lower borders of ribs
    # 9-12, up and out, over the erectors
    Muscle("serratus-posterior-inferior", "superficial", trigger_points=[
        # essential: an ache over and around the muscle, across the lower ribs (fig. 47.1)
        TriggerPoint("serratus-posterior-inferior-tp1"),
    ]),
    # ST&S 1, ch. 49: on the front of the abdomen; its upper and lower trigger points refer pain
    # across the back
    Muscle("rectus-abdominis", "superficial", front_of_body=True, trigger_points=[
        # essential: a horizontal band across the back at the thoracolumbar level, both sides
        # (fig. 49.2)
        TriggerPoint("rectus-abdominis-upper", crosses_midline=True),
        # essential: a horizontal band across the low back at the level of the sacroiliac
        # joints, both sides (fig. 49.2): over the sacroiliac joints and the top
        # of the sacrum, its ends along the iliac crests (not down into the buttocks)
        TriggerPoint("rectus-abdominis-lower", crosses_midline=True),
    ]),
]

