"""Look-alikes: pain areas of sources that are not muscles (issue 8).

Three lumbosacral nerve roots (``l4``, ``l5``, ``s1``) and the sacroiliac joint
(``sacroiliac``).  Each is an area on the posterior view, ``lookalike-{side}-{id}``, and,
where it reaches the sole, one on that side's sole inset, ``lookalike-sole-{side}-{id}``;
all of them in the group ``lookalikes`` (fill-opacity 0: the app draws them as outline
overlays, distinct from the trigger-point zones).  Everything is drawn for the
patient's LEFT side (the left body half, the left inset) and mirrored about x = 300, in
assets/art/lookalikes.svg: a group ``lookalike-left-{id}`` (layer ``lookalikes``) or
``lookalike-sole-left-{id}`` (layer ``lookalikes-sole``) of closed paths, joined.
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
iliac crest top y~95, PSIS (262, 163), gluteal fold y~350-360, knee crease y~670, calf bulge
y~770-800, lateral malleolus (215, 1080), medial malleolus (270, 1070), heel y~1095-1160,
sole y=1160.  Points beyond the outline are deliberate: the clip makes that edge the
body's own outline.
"""

from __future__ import annotations

import shapely
from shapely.geometry import Polygon
from shapely.ops import unary_union

from . import inset, sources
from .geom import blob

# vertex spacing of the drawn curves: an outline overlay needs less than a zone (1.2);
# where an area runs along the body's outline its edge is the outline's own (0.6)
STEP = 2.4
FILE = "lookalikes.svg"

# Drawing order and the ids of content/lookalikes.toml.
IDS = ("l4", "l5", "s1", "sacroiliac")
# Toes (0 = big toe) that an area on the sole takes in whole: S1's reaches the fourth
# and little toes (below).
SOLE_TOES: dict[str, tuple[int, ...]] = {"s1": (3, 4)}

# What each area is, from the sources above (the shapes are in lookalikes.svg):
# L4 (Harrison: knee, medial calf; Faleiros: the medial aspect of the leg; Williams &
# Sugars: to about 15 mm below the tip of the medial malleolus).  Seen from behind: the
# inner third of the leg from the inner side of the knee down the medial calf to just
# below the inner ankle bone.  Not on the sole.
# L5 (Harrison: buttocks, posterolateral thigh, lateral calf, dorsal foot; Faleiros and
# GPnotebook: the lateral aspect of the leg, the dorsum of the foot).  Seen from behind:
# the outer buttock just below the iliac crest, the outer back and side of the thigh,
# the outer side of the knee and the outer calf down to just above the outer ankle bone
# (below that it turns onto the front of the ankle and the top of the foot, which a back
# view does not show).  Not on the sole.
# S1 (Harrison: buttocks, posterior thigh, posterior calf, bottom of the foot; Faleiros:
# the back of the buttock, thigh and leg and the plantar skin; GPnotebook and the FRCEM
# page: the lateral ankle, the lateral border of the foot, the heel and most of the
# sole).  Seen from behind: the lower inner buttock, a band down the middle of the back
# of the thigh, the knee hollow and the calf, the Achilles tendon, then widening over the
# whole heel and the outer ankle to the outer edge of the foot.
# Sacroiliac joint (Fortin 1994): about 3 cm wide and 10 cm long, from the posterior
# superior iliac spine (262, 163) downwards and outwards over the upper inner buttock.
#
# On the sole, S1 only: the heel pad and the outer (lateral) half of the sole forward to
# the little and fourth toes (GPnotebook: "the heel and most of the sole"; FRCEM page:
# "lateral 1/3 and sole"; Harrison, sensory: "plantar surface, lateral aspect of the
# foot").  The drawing takes the middle of those: the whole heel, the outer half in front
# of it.  L4 ends at the inner ankle (Williams & Sugars) and L5's foot is the top of the
# foot, so neither is drawn on the sole.  In the left inset the outer border is on the
# right (x~100-119), the inner border with the arch on the left (x~33-50).


def _areas(layer: str, prefix: str) -> dict[str, list[Polygon]]:
    """Look-alike id -> its shapes in a layer (sampled), in the order of IDS."""
    src = sources.load(FILE)
    out = {lid: [blob(s.closed_beziers(), step=STEP) for s in src.layer(f"{prefix}{lid}")]
           for lid in IDS if f"{prefix}{lid}" in src.layers}
    stray = {s.id for s in src.layer(layer)} - {
        s.id for lid in out for s in src.layer(f"{prefix}{lid}")}
    if stray:
        raise sources.SourceError(f"assets/art/{FILE}: shapes of no look-alike "
                                  f"({', '.join(IDS)}): {sorted(stray)}")
    return out


def sole_left() -> dict[str, object]:
    """Raw areas on the LEFT sole inset (clipped to the foot by the caller), with the
    toes they take in whole."""
    out = {}
    for lid, shapes in _areas("lookalikes-sole", "lookalike-sole-left-").items():
        area = shapes[0] if len(shapes) == 1 else shapely.make_valid(unary_union(shapes))
        toes = [inset.toe(i) for i in SOLE_TOES.get(lid, ())]
        out[lid] = unary_union([area, unary_union(toes)]) if toes else area
    return out


def sole_ids() -> tuple[str, ...]:
    return tuple(i for i in IDS if i in sole_left())


def body_left() -> dict[str, object]:
    """Raw areas on the posterior view, left side (clipped to the body by the caller)."""
    return {lid: shapely.make_valid(unary_union(shapes))
            for lid, shapes in _areas("lookalikes", "lookalike-left-").items()}
