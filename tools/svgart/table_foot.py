"""Muscle table: the intrinsic muscles of the sole, added for issue 7.

Same format as ``table.py`` (read its docstring), with one difference: the shapes and the
trigger-point markers are drawn IN THE SOLE INSET of their side (``inset.py``), not on
the posterior view.  Everything is drawn for the LEFT inset (the left sole seen from
below: big toe on the viewer's left, heel at the bottom) and mirrored about x = 300 for
the right inset, like the rest of the drawing.  Their zones in zones.svg are on the
posterior view (only abductor hallucis reaches a
part the back view shows: the inner side of the heel); the zones on the soles are in
``inset.py``.  Each outline is a belly with its tendons running out of it (the
abductors one, flexor digitorum brevis four, to toes 2-5).

Left-inset landmarks (document units): heel pad y~1110-1176 (centre x~76), medial
(inner) border x~33-50 with the arch hollow at y~1040-1110, lateral (outer) border
x~100-119, heads of the metatarsals y~995-1035, the crease at the base of the toes
y~992-1003, big toe centre (49.5, 975).
Referral patterns after Travell & Simons, Vol. 2 (1992), ch. 26 and 27.
"""

from __future__ import annotations

from svgart.table import Muscle, TriggerPoint

MUSCLES: list[Muscle] = [
    # ------------------------------------------------------------------ deep
    # ch. 27: two heads from the underside of the calcaneus -> the tendon of flexor digitorum
    # longus (second layer)
    Muscle("quadratus-plantae", "deep", trigger_points=[
        TriggerPoint("quadratus-plantae-tp1"),
    ]),
    # ----------------------------------------------------------- superficial
    # ch. 26: medial process of the calcaneus -> four tendons to the middle phalanges of toes
    # 2-5
    Muscle("flexor-digitorum-brevis", "superficial", trigger_points=[
        TriggerPoint("flexor-digitorum-brevis-tp1"),
    ]),
    # ch. 26: medial process of the calcaneus -> along the inner border of the sole -> base of
    # the big toe
    Muscle("abductor-hallucis", "superficial", trigger_points=[
        # essential, on the posterior view: the inner side of the heel, below and behind the
        # medial malleolus (the instep spillover is on the sole only)
        TriggerPoint("abductor-hallucis-tp1"),
    ]),
    # ch. 26: lateral process of the calcaneus -> along the outer border of the sole -> base of
    # toe 5
    Muscle("abductor-digiti-minimi", "superficial", trigger_points=[
        TriggerPoint("abductor-digiti-minimi-tp1"),
    ]),
]

