"""Every referral zone against the landmarks its own words name (issue 11, item 3).

Each row is one trigger point: the words of its content (``location``, ``essential``,
``spillover`` in content/muscles/*.toml), the Travell & Simons figure the content cites
(T&S 2 = Travell JG, Simons DG. Myofascial Pain and Dysfunction: The Trigger Point Manual,
Vol. 2, The Lower Extremities. Williams & Wilkins, 1992; T&S 1 = Simons DG, Travell JG,
Simons LS. Vol. 1, Upper Half of Body, 2nd ed., 1999), and what the words make checkable
against the landmarks drawn in the art sources (``tools/zone_landmarks.py``):

- ``reach``: the zone overlaps the landmark (or comes within the given gap of it, where
  the words say "just below" or "next to");
- ``stop``: the zone stays at least the given gap away from a landmark the words put
  beyond where the pattern stops;
- ``marker``: the trigger point marker's centre lies within the given distance of the
  landmark its ``location`` names;
- ``around``: the zone holds its own marker ("around the trigger point").

A pattern is ``essential``, ``spillover`` or ``pattern`` (both together). Only clear words
are checked; borderline cases are in no list (``docs/zone-audit.md`` says why, row by
row). Both sides are checked: the right side's landmarks are the left's mirrored.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from shapely.geometry import Point

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

from zone_landmarks import Zones, landmark, marker_distance, measure  # noqa: E402

from app.content.load import load_atlas  # noqa: E402

E, S, P = "essential", "spillover", "pattern"


@dataclass(frozen=True)
class Row:
    tp: str
    source: str  # the content's citation of T&S, and the words checked
    reach: tuple[tuple[str, str, float], ...] = ()  # (pattern, landmark, allowed gap)
    stop: tuple[tuple[str, str, float], ...] = ()  # (pattern, landmark, least gap)
    marker: tuple[tuple[str, float], ...] = ()  # (landmark, greatest distance)
    around: tuple[str, ...] = field(default=())  # patterns that hold the marker


def R(pattern: str, mark: str, gap: float = 0.0) -> tuple[str, str, float]:
    return (pattern, mark, gap)


TABLE: list[Row] = [
    Row("abductor-hallucis-tp1", "T&S 2 fig. 26.1: E 'the inner (medial) side of the heel'",
        reach=(R(E, "calcaneus"),), stop=(R(P, "lateral-malleolus", 10),)),
    Row("adductor-magnus-midthigh",
        "T&S 2 fig. 15.2: E 'the inner side of the thigh, from the groin down nearly to the "
        "knee' (the groin seen from behind: the inner end of the gluteal fold)",
        reach=(R(E, "gluteal-fold"),), stop=(R(E, "knee-line", 20),)),
    Row("biceps-femoris-tp1",
        "T&S 2 fig. 16.1B: E 'the back of the knee, a little toward the outside'; S 'part "
        "of the way up the back of the thigh ... a short distance below the knee'",
        reach=(R(E, "popliteal-crease"), R(E, "fibular-head")),
        stop=(R(P, "gluteal-fold", 40), R(P, "ischial-tuberosity", 40),
              R(P, "lateral-malleolus", 100))),
    Row("coccygeus-main",
        "T&S 2 fig. 6.1: E 'the tailbone (coccyx) and the lowest part of the sacrum'; "
        "L 'between the ischial spine and the side edge of the tailbone'",
        reach=(R(E, "coccyx"), R(E, "sacrum")),
        stop=(R(E, "sacroiliac-joint", 10), R(E, "l5", 20)), marker=(("coccyx", 25),)),
    Row("flexor-digitorum-longus-tp1",
        "T&S 2 fig. 25.1: S '... occasionally the inner side of the ankle and the lower "
        "calf'; L 'close behind the inner edge of the shin bone (tibia)'",
        reach=(R(S, "medial-malleolus"),),
        stop=(R(P, "lateral-malleolus", 5), R(P, "knee-line", 150)),
        marker=(("tibia", 15),)),
    Row("gastrocnemius-tp1",
        "T&S 2 fig. 21.1 (TrP1): S 'the back of the knee and the back of the calf on its "
        "inner side ... sometimes the lowest part of the back of the thigh'",
        reach=(R(S, "popliteal-crease"),),
        stop=(R(P, "fibular-head", 5), R(P, "gluteal-fold", 150))),
    Row("gastrocnemius-tp2",
        "T&S 2 fig. 21.1 (TrP2): E 'the area around the trigger point, over the outer upper "
        "calf'", around=(E,),
        stop=(R(E, "medial-malleolus", 100), R(E, "lateral-malleolus", 100))),
    Row("gastrocnemius-knee-medial",
        "T&S 2 fig. 21.1 (TrP3/TrP4): E 'the back of the knee, around the trigger point'; "
        "L 'at the back of the knee'", around=(E,),
        reach=(R(E, "popliteal-crease"),), marker=(("popliteal-crease", 20),)),
    Row("gastrocnemius-knee-lateral",
        "T&S 2 fig. 21.1 (TrP3/TrP4): E 'the back of the knee, around the trigger point'; "
        "L 'at the back of the knee'", around=(E,),
        reach=(R(E, "popliteal-crease"),), marker=(("popliteal-crease", 20),)),
    Row("gemelli-tp1",
        "T&S 2 ch. 10 (as fig. 10.1): E 'the buttock and the back of the hip joint'; S 'the "
        "upper two-thirds of the back of the thigh'; L 'towards the back of the greater "
        "trochanter'",
        reach=(R(E, "greater-trochanter"), R(S, "gluteal-fold")),
        stop=(R(P, "knee-line", 60),), marker=(("greater-trochanter", 25),)),
    Row("gluteus-maximus-tp1",
        "T&S 2 fig. 7.1A: E 'along the edge of the sacrum ... from the sacroiliac joint down "
        "to the crease under the buttock (gluteal fold)'; S 'the nearby inner part of the "
        "buttock'; L 'right next to the sacrum ... close to the sacroiliac joint'",
        reach=(R(E, "sacroiliac-joint"), R(E, "sacrum"), R(E, "gluteal-fold")),
        stop=(R(P, "greater-trochanter", 20),),
        marker=(("sacrum", 15), ("sacroiliac-joint", 15))),
    Row("gluteus-maximus-tp2",
        "T&S 2 fig. 7.1B: E 'the whole buttock, the lower part of the sacrum, and the area "
        "just below the iliac crest'; T&S 2 ch. 7: not the anal region or coccyx; S 'the top "
        "of the back of the thigh'; L 'just above the ischial tuberosity'",
        reach=(R(E, "sacrum"), R(E, "ischial-tuberosity"), R(E, "greater-trochanter"),
               R(E, "iliac-crest", 10)),
        stop=(R(P, "coccyx", 1), R(P, "knee-line", 150)),
        marker=(("ischial-tuberosity", 15),)),
    Row("gluteus-maximus-tp3",
        "T&S 2 fig. 7.1C: E 'the tailbone (coccyx) and the lower inner buttock next to it'; "
        "L 'next to the coccyx' (the marker in the lowest medial fibres, 13 units from "
        "its tip)",
        reach=(R(E, "coccyx"),),
        stop=(R(P, "greater-trochanter", 40), R(P, "iliac-crest", 40)),
        marker=(("coccyx", 16),)),
    Row("gluteus-medius-tp1",
        "T&S 2 fig. 8.1 (TrP1): E 'along the back part of the iliac crest, over the "
        "sacroiliac joint and across the sacrum'; S 'the upper buttock'; L 'just under the "
        "back part of the iliac crest, close to the sacroiliac joint'",
        reach=(R(E, "iliac-crest"), R(E, "sacroiliac-joint"), R(E, "sacrum")),
        stop=(R(P, "gluteal-fold", 40), R(P, "ischial-tuberosity", 20)),
        marker=(("iliac-crest", 15), ("sacroiliac-joint", 25))),
    Row("gluteus-medius-tp2",
        "T&S 2 fig. 8.1 (TrP2): S 'the upper part of the thigh'; L 'just under the iliac "
        "crest, about halfway along it'",
        stop=(R(P, "knee-line", 100),), marker=(("iliac-crest", 25),)),
    Row("gluteus-medius-tp3",
        "T&S 2 fig. 8.1 (TrP3): E 'along the iliac crest and across the lowest part of the "
        "back'; S 'over the sacrum'; L 'just under the front part of the iliac crest'",
        reach=(R(E, "iliac-crest"), R(E, "l5")), marker=(("iliac-crest", 15),)),
    Row("gluteus-minimus-anterior",
        "T&S 2 fig. 9.1: E 'the lower outer buttock, then down the outer side of the thigh "
        "to the knee' (the essential zone ends at the knee, within 5 units of the knee line, "
        "where the spillover takes over); S 'down the outer side of the lower leg ... as far "
        "as the ankle'",
        reach=(R(E, "greater-trochanter"), R(E, "knee-line", 5), R(S, "fibular-head"),
               R(S, "lateral-malleolus")),
        stop=(R(P, "medial-malleolus", 10),)),
    Row("gluteus-minimus-posterior",
        "T&S 2 fig. 9.2: E 'the lower inner buttock and down the back of the thigh'; S 'the "
        "back of the knee and down the back of the calf, as far as its lower part'",
        reach=(R(E, "ischial-tuberosity"), R(E, "gluteal-fold"), R(P, "popliteal-crease"),
               R(P, "calcaneal-tendon")),
        stop=(R(P, "calcaneus", 20),)),
    Row("iliocostalis-lumborum-l1",
        "T&S 1 fig. 48.1: E 'downward from the trigger point into the buttock'; L 'at the "
        "level of the first lumbar vertebra (just below the lowest ribs)'",
        stop=(R(E, "gluteal-fold", 20),), marker=(("rib-12", 20),)),
    Row("iliocostalis-thoracis-t11",
        "T&S 1 fig. 48.1: E 'over the area of the lowest ribs and down over the low back'; "
        "L 'over the lowest ribs'",
        reach=(R(E, "rib-11"), R(E, "rib-12"), R(E, "l3-transverse")),
        stop=(R(E, "sacrum", 20), R(E, "gluteal-fold", 100)), marker=(("rib-11", 15),)),
    Row("iliopsoas-main",
        "T&S 2 fig. 5.1: E 'a vertical strip along the low back ... next to the spine, "
        "reaching down to the sacroiliac joint area'; S 'the upper inner part of the "
        "buttock, next to the sacrum'",
        reach=(R(E, "sacroiliac-joint"), R(E, "l3-transverse"), R(E, "l4-transverse"),
               R(S, "sacrum", 10)),
        stop=(R(P, "gluteal-fold", 50), R(P, "greater-trochanter", 10))),
    Row("levator-ani-main",
        "T&S 2 fig. 6.1: E 'the tailbone (coccyx) and the lowest part of the sacrum'",
        reach=(R(E, "coccyx"), R(E, "sacrum")),
        stop=(R(E, "sacroiliac-joint", 10), R(E, "l5", 20)), marker=(("coccyx", 15),)),
    Row("longissimus-thoracis-lower-thoracic",
        "T&S 1 fig. 48.2: E 'far below the trigger point, in the lower part of the buttock'; "
        "L 'at about the level of the 10th to 11th thoracic vertebrae (the lower ribs)'",
        reach=(R(E, "ischial-tuberosity"),),
        stop=(R(E, "iliac-crest", 50), R(E, "sacroiliac-joint", 50)),
        marker=(("rib-11", 15),)),
    Row("longissimus-thoracis-l1",
        "T&S 1 fig. 48.2: E 'down the low back ... to the upper part of the buttock, next to "
        "the sacroiliac joint'; L 'beside the spine, at about the level of the first lumbar "
        "vertebra'",
        reach=(R(E, "iliac-crest"), R(E, "sacroiliac-joint", 20)),
        stop=(R(E, "gluteal-fold", 50),), marker=(("l1", 25),)),
    Row("multifidus-lumbar",
        "T&S 1 fig. 48.3: E 'around the spinous process ... next to the trigger point, at "
        "the same level'", around=(E,),
        reach=(R(E, "l4-spinous"),), stop=(R(E, "l2-spinous", 5), R(E, "sacrum", 5)),
        marker=(("l4-spinous", 15),)),
    Row("multifidus-s1",
        "T&S 1 fig. 48.3: E 'down to the tailbone (coccyx)'; L 'at the top of the sacrum ... "
        "just below the lowest lumbar vertebra'",
        reach=(R(E, "coccyx"),), stop=(R(E, "l5", 20),),
        marker=(("sacrum", 0), ("l5", 15))),
    Row("obturator-internus-main",
        "T&S 2 fig. 6.2: E 'the area around the anus and the tailbone'; S 'the back of the "
        "upper thigh'",
        reach=(R(E, "coccyx"), R(S, "gluteal-fold", 5)),
        stop=(R(E, "greater-trochanter", 50), R(S, "knee-line", 100))),
    Row("peroneus-brevis-tp1",
        "T&S 2 fig. 20.1: E 'around the outer ankle bone (lateral malleolus): just above it, "
        "behind it and below it'; L 'just in front of or behind the tendon of the peroneus "
        "longus' (on the fibula)",
        reach=(R(E, "lateral-malleolus"),), stop=(R(P, "medial-malleolus", 5),),
        marker=(("fibula", 10),)),
    Row("peroneus-longus-tp1",
        "T&S 2 fig. 20.1: E 'around the outer ankle bone'; S '... over the outside of the "
        "middle third of the lower leg'; L 'about 2 to 4 cm below the head of the fibula'",
        reach=(R(E, "lateral-malleolus"),),
        stop=(R(P, "medial-malleolus", 5), R(P, "knee-line", 100)),
        marker=(("fibular-head", 40),)),
    Row("piriformis-lateral",
        "T&S 2 fig. 10.1 (TrP1): E 'the back of the hip joint and the outer (lateral) "
        "buttock'; S 'across the buttock and over the upper two-thirds of the back of the "
        "thigh'; L 'towards where it attaches on the greater trochanter'",
        reach=(R(E, "greater-trochanter"), R(S, "gluteal-fold")),
        stop=(R(P, "knee-line", 60),), marker=(("greater-trochanter", 25),)),
    Row("piriformis-medial",
        "T&S 2 fig. 10.1 (TrP2): E 'the sacroiliac joint area'; S as TrP1; L 'close to the "
        "sacrum'",
        reach=(R(E, "sacroiliac-joint"), R(S, "gluteal-fold")),
        stop=(R(E, "greater-trochanter", 20), R(P, "knee-line", 60)),
        marker=(("sacrum", 10),)),
    Row("plantaris-tp1",
        "T&S 2 fig. 22.2: E 'the back of the knee'; S 'down into the upper calf, as far as "
        "about its middle'; L 'at the back of the knee'",
        reach=(R(E, "popliteal-crease"),),
        stop=(R(P, "lateral-malleolus", 150), R(P, "medial-malleolus", 150)),
        marker=(("popliteal-crease", 10),)),
    Row("popliteus-tp1",
        "T&S 2 fig. 17.1: E 'the back of the knee'; L 'just below the knee crease ... near "
        "the top of the shin bone'",
        reach=(R(E, "popliteal-crease"),), stop=(R(E, "gluteal-fold", 100),),
        marker=(("popliteal-crease", 40), ("tibia", 0))),
    Row("quadratus-femoris-tp1",
        "T&S 2 ch. 10 (as fig. 10.1): E 'the lower buttock and the back of the hip, between "
        "the sitting bone and the bony point at the side of the hip'; S 'the upper part of "
        "the back of the thigh'; L 'about halfway between the sitting bone ... and the back "
        "of the greater trochanter'",
        reach=(R(E, "ischial-tuberosity"),), stop=(R(P, "knee-line", 100),),
        marker=(("ischial-tuberosity", 40), ("greater-trochanter", 60))),
    Row("quadratus-lumborum-superficial-upper",
        "T&S 2 fig. 4.1: E 'a band along the iliac crest'; L 'just below the 12th rib'",
        reach=(R(E, "iliac-crest"),),
        stop=(R(E, "gluteal-fold", 100), R(E, "greater-trochanter", 30)),
        marker=(("rib-12", 20),)),
    Row("quadratus-lumborum-superficial-lower",
        "T&S 2 fig. 4.1: E 'the greater trochanter ... and the outer side of the upper "
        "thigh'; L 'just above the iliac crest'",
        reach=(R(E, "greater-trochanter"),), stop=(R(E, "knee-line", 100),),
        marker=(("iliac-crest", 20),)),
    Row("quadratus-lumborum-deep-upper",
        "T&S 2 fig. 4.1: E 'the sacroiliac joint area'; L 'close to the ... transverse "
        "processes ... at about the level of the third lumbar vertebra'",
        reach=(R(E, "sacroiliac-joint"),),
        stop=(R(E, "greater-trochanter", 30), R(E, "gluteal-fold", 100)),
        marker=(("l3-transverse", 15),)),
    Row("quadratus-lumborum-deep-lower",
        "T&S 2 fig. 4.1: E 'the lower part of the buttock'; L 'just above the iliac crest, "
        "between the transverse processes of the fourth and fifth lumbar vertebrae'",
        stop=(R(E, "iliac-crest", 50),),
        marker=(("iliac-crest", 15), ("l4-transverse", 20))),
    Row("rectus-abdominis-upper",
        "T&S 1 fig. 49.2 (number not checked): E 'a band running straight across the "
        "middle of the back on both sides, at the level of the lowest ribs'",
        reach=(R(E, "rib-11"), R(E, "rib-12"), R(E, "rib-12@other")),
        stop=(R(E, "iliac-crest", 50),)),
    Row("rectus-abdominis-lower",
        "T&S 1 fig. 49.2 (number not checked): E 'a band running straight across the low "
        "back on both sides, at the level of the sacroiliac joints'; Kent 2009 quoting "
        "Simons & Travell: 'bilaterally to the sacroiliac and low back regions'",
        reach=(R(E, "sacroiliac-joint"), R(E, "sacroiliac-joint@other")),
        stop=(R(E, "gluteal-fold", 100),)),
    Row("semitendinosus-semimembranosus-tp1",
        "T&S 2 fig. 16.1A: E 'the lower buttock and the top of the back of the thigh, "
        "around the buttock crease (gluteal fold) and the sitting bone'; S 'down the back "
        "of the thigh on its inner side to the back of the knee, and sometimes onto the "
        "upper inner calf'",
        reach=(R(E, "gluteal-fold"), R(E, "ischial-tuberosity"), R(S, "popliteal-crease")),
        stop=(R(P, "fibular-head", 5), R(P, "medial-malleolus", 150))),
    Row("serratus-posterior-inferior-tp1",
        "T&S 1 fig. 47.1 (number not checked): E 'across the lowest ribs at the back'; "
        "L 'over the lowest ribs'",
        reach=(R(E, "rib-11"), R(E, "rib-12")), stop=(R(E, "iliac-crest", 50),),
        marker=(("rib-12", 15),)),
    Row("soleus-tp1",
        "T&S 2 fig. 22.1 (TrP1): E 'the back and the underside (sole) of the heel, and the "
        "lower end of the Achilles tendon'; L 'a few centimetres above where the muscle "
        "joins the Achilles tendon'",
        reach=(R(E, "calcaneus"), R(E, "calcaneal-tendon")), stop=(R(E, "knee-line", 200),),
        marker=(("calcaneal-tendon", 10),)),
    Row("soleus-tp2",
        "T&S 2 fig. 22.1 (TrP2): E 'the upper back of the calf'; L 'below the head of the "
        "fibula'",
        stop=(R(E, "lateral-malleolus", 150), R(E, "medial-malleolus", 150)),
        marker=(("fibular-head", 45),)),
    Row("soleus-tp3",
        "T&S 2 fig. 22.1 (TrP3): E 'a small area over the sacroiliac joint on the same "
        "side'",
        reach=(R(E, "sacroiliac-joint"),),
        stop=(R(E, "greater-trochanter", 50), R(E, "gluteal-fold", 100))),
    Row("tensor-fasciae-latae-main",
        "T&S 2 fig. 12.1: E 'the hip joint area and over the greater trochanter'; S 'down "
        "the outer side of the thigh towards the knee'; L 'a few finger-widths below the "
        "front of the iliac crest'",
        reach=(R(E, "greater-trochanter"),), stop=(R(P, "fibular-head", 5),),
        marker=(("iliac-crest", 60),)),
    Row("tibialis-posterior-tp1",
        "T&S 2 fig. 23.1: E 'the Achilles tendon just above the heel'; S 'from the middle "
        "of the calf down to the heel ...'",
        reach=(R(E, "calcaneal-tendon"), R(S, "calcaneus")),
        stop=(R(E, "knee-line", 200), R(P, "knee-line", 100))),
    Row("vastus-lateralis-lateral",
        "T&S 2 fig. 14.4: E 'the whole outer side of the thigh, from near the hip down to "
        "the outer side of the knee'",
        reach=(R(E, "knee-line"), R(E, "greater-trochanter", 15))),
    Row("vastus-lateralis-posterior",
        "T&S 2 fig. 14.4: E 'the back-outer side of the knee and up the outer side of the "
        "thigh'",
        reach=(R(E, "popliteal-crease"), R(E, "fibular-head"), R(E, "knee-line"))),
    Row("vastus-lateralis-distal",
        "T&S 2 fig. 14.4: E 'the outer side of the knee'",
        reach=(R(E, "knee-line"),), stop=(R(E, "gluteal-fold", 100),)),
]  # fmt: skip

# Trigger points with no row: their words name no drawn landmark, or their patterns lie on
# the sole inset, which draws no bones (docs/zone-audit.md).
NO_CHECK = {
    "abductor-digiti-minimi-tp1": "sole inset only",
    "flexor-digitorum-brevis-tp1": "sole inset only",
    "quadratus-plantae-tp1": "sole inset only",
}

ATLAS = load_atlas()
ZONES = Zones(ATLAS)
OTHER = {"left": "right", "right": "left"}


def _landmark(name: str, side: str):
    name, _, other = name.partition("@")
    return landmark(name, OTHER[side] if other else side)


def test_every_trigger_point_has_a_row_or_a_reason():
    rows = [row.tp for row in TABLE]
    assert len(rows) == len(set(rows))
    every = {tp for _, tp in ZONES.trigger_points()}
    assert set(rows) | set(NO_CHECK) == every
    assert not set(rows) & set(NO_CHECK)


@pytest.mark.parametrize("side", ["left", "right"])
@pytest.mark.parametrize("row", TABLE, ids=[row.tp for row in TABLE])
def test_zone_reaches_what_its_words_name(row, side):
    for pattern, name, gap in row.reach:
        zone = ZONES.zone(side, row.tp, pattern)
        assert not zone.is_empty, f"{row.tp}: no {pattern} zone on the body"
        m = measure(zone, _landmark(name, side))
        assert m.distance <= gap, (
            f"{row.tp} {pattern} misses {name} by {m.distance} (allowed {gap}); {row.source}"
        )


@pytest.mark.parametrize("side", ["left", "right"])
@pytest.mark.parametrize("row", [r for r in TABLE if r.stop], ids=[r.tp for r in TABLE if r.stop])
def test_zone_stops_where_its_words_stop(row, side):
    for pattern, name, gap in row.stop:
        zone = ZONES.zone(side, row.tp, pattern)
        m = measure(zone, _landmark(name, side))
        assert m.distance >= gap, (
            f"{row.tp} {pattern} comes within {m.distance} of {name} (at least {gap}); {row.source}"
        )


MARKED = [r for r in TABLE if r.marker or r.around]


@pytest.mark.parametrize("side", ["left", "right"])
@pytest.mark.parametrize("row", MARKED, ids=[r.tp for r in MARKED])
def test_marker_sits_where_its_location_says(row, side):
    x, y, _ = ZONES.marker(side, row.tp)
    for name, most in row.marker:
        d = marker_distance(x, y, _landmark(name, side))
        assert d <= most, f"{row.tp}: marker {d} from {name} (at most {most}); {row.source}"
    for pattern in row.around:
        assert ZONES.zone(side, row.tp, pattern).contains(Point(x, y)), row.source


@pytest.mark.parametrize("side", ["left", "right"])
def test_every_marker_lies_inside_its_muscle(side):
    for muscle, tp in ZONES.trigger_points():
        if (side, tp) not in ATLAS.diagram.markers:
            continue  # a front-of-body muscle has no marker
        x, y, r = ZONES.marker(side, tp)
        assert ZONES.muscle(side, muscle).contains(Point(x, y).buffer(r)), tp


@pytest.mark.parametrize("side", ["left", "right"])
def test_soleus_tp3_lies_above_and_outside_tp1(side):
    # T&S 2 fig. 22.1: TrP3 'a little above and to the outer side of TP1' (the content's
    # location words); outer = away from the midline x = 300.
    x1, y1, _ = ZONES.marker(side, "soleus-tp1")
    x3, y3, _ = ZONES.marker(side, "soleus-tp3")
    assert y3 < y1
    assert abs(x3 - 300) > abs(x1 - 300)
