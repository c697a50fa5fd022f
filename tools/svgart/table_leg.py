"""Muscle table: thigh, knee, calf and ankle muscles added for issue 3.

Same format as ``table.py`` (read its docstring).  A trigger point whose essential
pattern lies only on the sole (gastrocnemius-tp1, flexor-digitorum-longus-tp1) has
``essential=[]`` here: that pattern is drawn in the sole inset (``inset.py``), and the
generator checks that it is.  ``spillover=[]`` means the staged content has no
spillover text: no spillover element is written.

Left-leg landmarks (document units, y down): ischial tuberosity (250, 330), gluteal
fold y~350-360, femoral condyles y~640-670 (lateral x~200-225, medial x~240-272), knee
crease y~670, head of the fibula (206, 700), calf bulge y~770-800, lower ends of the
gastrocnemius bellies y~875-895, Achilles tendon x~231-248, lateral malleolus
(215, 1080), medial malleolus (270, 1070), heel y~1095-1160.
Referral patterns after Travell & Simons, Vol. 2 (1992), ch. 16, 17, 20-23, 25 (the
figure of each trigger point is cited in its muscle's content file).
"""

from __future__ import annotations

from svgart.table import Muscle, TriggerPoint

# Shared zone shapes (clones in zones.svg): the crescent around the lateral malleolus is
# the essential zone of both peroneal muscles: above it, behind it and below its tip;
# seen from behind, "behind" is the malleolus itself.  Their spillover runs a short way
# along the outer edge of the foot (seen from behind: below the malleolus, beside the
# heel).  Issue 8: T&S 2, fig. 20.1 puts the peroneal patterns on the outer ankle and
# the outer side of the foot, not the heel: build_svg.py cuts the heel region out of
# both peroneal muscles' zones (KEEP_OUT), so their inner edge is the heel region's edge.

MUSCLES: list[Muscle] = [
    # ------------------------------------------------------------------ deep
    # ch. 17: lateral femoral condyle -> back of the upper tibia, above the soleal line
    Muscle("popliteus", "deep", trigger_points=[
        TriggerPoint("popliteus-tp1"),
    ]),
    # ch. 23: back of the tibia, fibula and membrane -> behind the medial malleolus to the inner
    # arch
    Muscle("tibialis-posterior", "deep", trigger_points=[
        TriggerPoint("tibialis-posterior-tp1"),
    ]),
    # ch. 25: back of the middle tibia -> behind the medial malleolus to the sole (toes 2-5)
    Muscle("flexor-digitorum-longus", "deep", trigger_points=[
        # essential: forefoot only, drawn in the sole inset
        TriggerPoint("flexor-digitorum-longus-tp1"),
    ]),
    # ch. 22: lateral supracondylar line -> obliquely across the knee hollow; long tendon to the
    # inner side of the Achilles
    Muscle("plantaris", "deep", trigger_points=[
        TriggerPoint("plantaris-tp1"),
    ]),
    # ----------------------------------------------------------- superficial
    # soleus under the peroneals and gastrocnemius; the hamstrings over the heads of
    # gastrocnemius at the knee (they form the upper borders of the knee hollow)
    # ch. 22: back of the fibular head and upper fibula, soleal line of the tibia -> Achilles
    # tendon (under gastrocnemius)
    Muscle("soleus", "superficial", trigger_points=[
        TriggerPoint("soleus-tp1"),
        TriggerPoint("soleus-tp2"),
        TriggerPoint("soleus-tp3"),
    ]),
    # ch. 20: lower two-thirds of the outer fibula -> behind the lateral malleolus to the base
    # of the 5th metatarsal
    Muscle("peroneus-brevis", "superficial", trigger_points=[
        TriggerPoint("peroneus-brevis-tp1"),
    ]),
    # ch. 20: head and upper two-thirds of the outer fibula -> tendon behind the lateral
    # malleolus, under the foot
    Muscle("peroneus-longus", "superficial", trigger_points=[
        TriggerPoint("peroneus-longus-tp1"),
    ]),
    # ch. 21: medial and lateral femoral condyles -> Achilles tendon -> back of the heel bone
    Muscle("gastrocnemius", "superficial", trigger_points=[
        # essential: instep / inner arch only, drawn in the sole inset
        TriggerPoint("gastrocnemius-tp1"),
        TriggerPoint("gastrocnemius-tp2"),
        TriggerPoint("gastrocnemius-knee-medial"),
        TriggerPoint("gastrocnemius-knee-lateral"),
    ]),
    # ch. 16: ischial tuberosity (long head) and back of the lower femur (short head) -> head of
    # the fibula
    Muscle("biceps-femoris", "superficial", trigger_points=[
        TriggerPoint("biceps-femoris-tp1"),
    ]),
    # ch. 16: ischial tuberosity -> upper medial tibia (semimembranosus under it)
    Muscle("semitendinosus-semimembranosus", "superficial", trigger_points=[
        TriggerPoint("semitendinosus-semimembranosus-tp1"),
    ]),
]

