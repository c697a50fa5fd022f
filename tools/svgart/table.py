"""Muscles and their trigger points: the data table (the drawing is in assets/art/).

The table says which muscles there are, in which layer, with which trigger points, and
where each pattern comes from (the comments cite the book).  The shapes are in the art
sources, by id, all drawn for the patient's LEFT side (viewer's left, x < 300); the
generator mirrors them about x = 300 for the right side:
  * ``assets/art/muscles.svg``: ``muscle-left-{muscle}`` (closed path) in the layer
    ``muscles-deep`` or ``muscles-superficial`` (deep ones are drawn dashed and pale);
    optionally a group ``fibres-left-{muscle}`` with two open paths, ``...-origin`` and
    ``...-insertion``, and ``data-count`` fibre lines are drawn from one to the other,
    clipped to the part of the muscle that no later muscle covers; a circle
    ``tp-left-{tp}`` per trigger point (its centre must lie inside its muscle);
  * ``assets/art/zones.svg``: a group ``zone-left-{tp}-essential`` and, where the content
    has a spillover text, ``zone-left-{tp}-spillover``, each holding one or more closed
    paths (joined).  Zones are clipped to the silhouette and to the left half (x <= 300;
    ``crosses_midline``: the whole back); spillover minus essential is written, so a
    spillover shape may simply enclose the essential.  A trigger point whose essential
    pattern lies only on the sole has no essential group (the sole's patterns:
    ``inset.py``).
  * a front-of-body muscle (``front_of_body``: rectus abdominis) has no shape and no
    markers, only zones (which may cross the midline).
Within a layer muscles are drawn in table order (later ones on top); the order of the
shapes in each layer of muscles.svg must be the same (the generator checks it).
Referral patterns after Travell & Simons, Myofascial Pain and Dysfunction: The
Trigger Point Manual, Vol. 2 (1992), ch. 7-10.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class TriggerPoint:
    id: str
    # zones authored over the whole back, not clipped to the left half: the left TP's
    # zone may cross the midline (rectus abdominis); the right one is its mirror image
    crosses_midline: bool = False


@dataclass(frozen=True)
class Muscle:
    id: str
    layer: str  # "superficial" | "deep"
    # a muscle on the front of the body (rectus abdominis): no shape, no markers, only
    # the zones it refers to the back (content: ``front_of_body = true``)
    front_of_body: bool = False
    trigger_points: list[TriggerPoint] = field(default_factory=list)


MUSCLES: list[Muscle] = [
    # ------------------------------------------------------------------ deep
    # ch. 9: outer ilium between the anterior and inferior gluteal lines -> anterior greater
    # trochanter
    Muscle("gluteus-minimus", "deep", trigger_points=[
        TriggerPoint("gluteus-minimus-anterior"),
        # issue 8, after T&S 2, ch. 9, fig. 9.2 (posterior part) and its text:
        # the posterior TrPs "project pain over the lower medial aspect of the
        # buttock, and down the back of the thigh and calf" (T&S list gluteus
        # minimus 2nd for calf pain).  Essential: the lower inner buttock and a
        # band down the middle of the back of the thigh, the knee hollow and the
        # calf to the lower ends of the gastrocnemius bellies ...
        # ... spillover: either side of it at the knee and the calf, and on down
        # the lower calf toward the ankle (stopping above the Achilles tendon)
        TriggerPoint("gluteus-minimus-posterior"),
    ]),
    # ch. 10: anterior sacrum (S2-S4) through the greater sciatic notch -> upper border of the
    # greater trochanter
    Muscle("piriformis", "deep", trigger_points=[
        TriggerPoint("piriformis-lateral"),
        TriggerPoint("piriformis-medial"),
    ]),
    # issue 7: the short lateral rotators below piriformis (T&S 2, ch. 10)
    # superior gemellus from the ischial spine, inferior from the top of the ischial tuberosity,
    # either side of the obturator internus tendon -> GT
    Muscle("gemelli", "deep", trigger_points=[
        # essential like piriformis (T&S 2, ch. 10): over the back of the hip joint and the
        # middle of the buttock ...
        # spillover: ... and down the upper two-thirds of the back of the thigh
        TriggerPoint("gemelli-tp1"),
    ]),
    # lateral border of the ischial tuberosity -> quadrate tubercle on the back of the greater
    # trochanter
    Muscle("quadratus-femoris", "deep", trigger_points=[
        # essential: the lower buttock and the back of the hip, from the trochanter round to
        # the ischial tuberosity ...
        # spillover: ... and the upper back of the thigh
        TriggerPoint("quadratus-femoris-tp1"),
    ]),
    # ----------------------------------------------------------- superficial
    # ch. 8: outer ilium under the crest -> greater trochanter (posterior part lies under
    # gluteus maximus)
    Muscle("gluteus-medius", "superficial", trigger_points=[
        TriggerPoint("gluteus-medius-tp1"),
        TriggerPoint("gluteus-medius-tp2"),
        TriggerPoint("gluteus-medius-tp3"),
    ]),
    # ch. 7: posterior crest, sacrum, coccyx, sacrotuberous ligament -> iliotibial band and
    # gluteal tuberosity
    Muscle("gluteus-maximus", "superficial", trigger_points=[
        TriggerPoint("gluteus-maximus-tp1"),
        # issue 8, after T&S 2, ch. 7, fig. 7.1B and its text: TrP2 "refers pain
        # that covers the entire buttock", the lower sacrum, and "projects
        # laterally below the crest of the ilium"; it does "not include the anal
        # region or coccyx".  So: both buttock regions up to just below the
        # iliac crest, the lower half of the sacrum (with the lower sacroiliac
        # area between them), down to the gluteal fold, kept off the coccyx and
        # off the bottom of the cleft (x <= 290 below the sacrum's apex).
        # spillover: the top of the back of the thigh, just below the fold
        TriggerPoint("gluteus-maximus-tp2"),
        TriggerPoint("gluteus-maximus-tp3"),
    ]),
]

