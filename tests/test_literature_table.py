"""Which muscles must and must not be offered for a region, from the literature.

Each row cites the figure(s) of Travell & Simons it is drawn from:
T&S 2 = Travell JG, Simons DG. Myofascial Pain and Dysfunction: The Trigger Point Manual,
Vol. 2, The Lower Extremities. Williams & Wilkins, 1992.
T&S 1 = Simons DG, Travell JG, Simons LS. Vol. 1, Upper Half of Body, 2nd ed., 1999.

"must" = T&S draw an essential or spillover zone of the muscle over that area; "must not" =
nothing of the muscle's pattern reaches it. Borderline cases (a tapering spillover that
may or may not touch a region edge) are deliberately in neither list. The lookup is
`lookup_region` on the patient's left side: muscles whose zones cover part of the region.
"""

from __future__ import annotations

import pytest

from app.content.load import load_atlas
from app.domain.diagram import ZoneKey
from app.domain.geometry import centred_grid

ATLAS = load_atlas()

GLUTEAL = ["gluteus-maximus", "gluteus-medius", "gluteus-minimus", "piriformis"]
LEG_B = [
    "biceps-femoris", "semitendinosus-semimembranosus", "gastrocnemius", "soleus", "plantaris",
    "popliteus", "peroneus-longus", "peroneus-brevis", "tibialis-posterior",
    "flexor-digitorum-longus",
]  # fmt: skip
BATCH_A = [
    "quadratus-lumborum", "iliopsoas", "iliocostalis-lumborum", "longissimus-thoracis",
    "multifidus", "coccygeus", "levator-ani", "obturator-internus", "adductor-magnus",
    "tensor-fasciae-latae", "vastus-lateralis",
]  # fmt: skip

# (region, must, must_not, citation)
TABLE: list[tuple[str, list[str], list[str], str]] = [
    # --- the source article and T&S 2 ch. 7-10 (gluteal muscles) ----------------------
    ("calf-lateral", ["gluteus-minimus", "peroneus-longus"], [
        "gluteus-maximus", "gluteus-medius", "piriformis", "semitendinosus-semimembranosus",
        "popliteus", "tibialis-posterior", "flexor-digitorum-longus",
    ], "T&S 2 fig. 9.1 (minimus anterior TP to the ankle); fig. 20.1; absence figs. 7.1, 8.1, "
       "10.1, 16.1A, 17.1, 23.1, 25.1"),
    ("sacroiliac", ["gluteus-medius", "gluteus-maximus", "piriformis", "quadratus-lumborum",
                    "iliopsoas", "soleus"],
     ["coccygeus", "levator-ani", "obturator-internus", "adductor-magnus",
      "tensor-fasciae-latae", "vastus-lateralis", "multifidus", "peroneus-longus"],
     "T&S 2 figs. 7.1, 8.1, 10.1, 4.1, 5.1, 22.1 (soleus TP3); absence 6.1, 6.2, 12.1, 14.4, "
     "15.2, 20.1; T&S 1 fig. 48.3"),
    ("coccyx", ["gluteus-maximus", "multifidus", "coccygeus", "levator-ani",
                "obturator-internus"],
     ["quadratus-lumborum", "iliopsoas", "iliocostalis-lumborum", "longissimus-thoracis",
      "adductor-magnus", "tensor-fasciae-latae", "vastus-lateralis", *LEG_B],
     "T&S 2 fig. 7.1 (maximus TP3), figs. 6.1, 6.2; T&S 1 fig. 48.3; absence figs. 4.1, 5.1, "
     "12.1, 14.4, 15.2, 16.1-25.1; T&S 1 figs. 48.1, 48.2"),
    # --- batch A (T&S 2 ch. 4-6, 12, 14, 15; T&S 1 ch. 48) -----------------------------
    ("lumbar", ["iliopsoas", "longissimus-thoracis", "multifidus", "iliocostalis-lumborum"],
     ["coccygeus", "levator-ani", "obturator-internus", "adductor-magnus",
      "tensor-fasciae-latae", "vastus-lateralis", *LEG_B],
     "T&S 2 fig. 5.1; T&S 1 figs. 48.1-48.3; absence T&S 2 figs. 6.1, 6.2, 12.1, 14.4, 15.2"),
    ("iliac-crest", ["quadratus-lumborum", "gluteus-medius"],
     ["coccygeus", "levator-ani", "obturator-internus", "adductor-magnus", "vastus-lateralis",
      "multifidus", *LEG_B],
     "T&S 2 figs. 4.1, 8.1; absence figs. 6.1, 6.2, 14.4, 15.2, 16.1-25.1; T&S 1 fig. 48.3"),
    ("buttock-upper", ["iliopsoas", "longissimus-thoracis", "iliocostalis-lumborum",
                       "gluteus-medius"],
     ["coccygeus", "levator-ani", "multifidus", "adductor-magnus", "vastus-lateralis",
      "peroneus-longus", "peroneus-brevis", "gastrocnemius"],
     "T&S 2 figs. 5.1, 8.1; T&S 1 figs. 48.1, 48.2; absence T&S 2 figs. 6.1, 14.4, 15.2, 20.1, "
     "21.1; T&S 1 fig. 48.3"),
    ("buttock-lower", ["quadratus-lumborum", "longissimus-thoracis", "iliocostalis-lumborum",
                       "semitendinosus-semimembranosus", "gluteus-maximus"],
     ["iliopsoas", "multifidus", "adductor-magnus", "tensor-fasciae-latae", "vastus-lateralis",
      "popliteus", "plantaris", "peroneus-longus", "peroneus-brevis", "tibialis-posterior",
      "flexor-digitorum-longus"],
     "T&S 2 figs. 4.1, 16.1A, 7.1; T&S 1 figs. 48.1, 48.2; absence T&S 2 figs. 5.1, 12.1, "
     "14.4, 15.2, 17.1, 20.1, 22.2, 23.1, 25.1; T&S 1 fig. 48.3"),
    ("hip-lateral", ["quadratus-lumborum", "tensor-fasciae-latae"],
     ["iliopsoas", "iliocostalis-lumborum", "longissimus-thoracis", "multifidus", "coccygeus",
      "levator-ani", "obturator-internus", "adductor-magnus", *LEG_B],
     "T&S 2 figs. 4.1, 12.1; absence figs. 5.1, 6.1, 6.2, 15.2, 16.1-25.1; T&S 1 figs. 48.1-3"),
    ("thigh-lateral", ["vastus-lateralis", "tensor-fasciae-latae", "gluteus-minimus"],
     ["iliopsoas", "iliocostalis-lumborum", "longissimus-thoracis", "multifidus", "coccygeus",
      "levator-ani", "obturator-internus", "adductor-magnus"],
     "T&S 2 figs. 14.4, 12.1, 9.1; absence figs. 5.1, 6.1, 6.2, 15.2; T&S 1 figs. 48.1-48.3"),
    ("thigh-medial", ["adductor-magnus"],
     ["quadratus-lumborum", "iliopsoas", "iliocostalis-lumborum", "longissimus-thoracis",
      "multifidus", "coccygeus", "levator-ani", "tensor-fasciae-latae", "vastus-lateralis"],
     "T&S 2 fig. 15.2; absence figs. 4.1, 5.1, 6.1, 12.1, 14.4; T&S 1 figs. 48.1-48.3"),
    ("thigh-posterior-upper", ["obturator-internus", "semitendinosus-semimembranosus",
                               "gluteus-minimus", "piriformis"],
     ["iliopsoas", "iliocostalis-lumborum", "longissimus-thoracis", "multifidus", "coccygeus",
      "levator-ani", "popliteus", "gastrocnemius", "soleus", "plantaris", "peroneus-longus",
      "peroneus-brevis", "tibialis-posterior", "flexor-digitorum-longus"],
     "T&S 2 figs. 6.2, 16.1A, 9.2, 10.1; absence figs. 5.1, 6.1, 17.1, 20.1-25.1; "
     "T&S 1 figs. 48.1-48.3"),
    # --- batch B (T&S 2 ch. 16, 17, 20-23, 25) ------------------------------------------
    ("thigh-posterior-lower", ["biceps-femoris", "semitendinosus-semimembranosus"],
     ["popliteus", "soleus", "plantaris", "peroneus-longus", "peroneus-brevis",
      "tibialis-posterior", "flexor-digitorum-longus"],
     "T&S 2 figs. 16.1A/B; absence figs. 17.1, 20.1, 22.1, 22.2, 23.1, 25.1"),
    ("knee-posterior", ["biceps-femoris", "popliteus", "plantaris", "gastrocnemius",
                        "semitendinosus-semimembranosus", "vastus-lateralis"],
     ["soleus", "peroneus-longus", "peroneus-brevis", "tibialis-posterior",
      "flexor-digitorum-longus", "quadratus-lumborum", "iliopsoas", "iliocostalis-lumborum",
      "longissimus-thoracis", "multifidus", "coccygeus", "levator-ani", "obturator-internus",
      "adductor-magnus", "tensor-fasciae-latae"],
     "T&S 2 figs. 16.1A/B, 17.1, 21.1, 22.2, 14.4; absence figs. 20.1, 22.1, 23.1, 25.1, "
     "4.1, 5.1, 6.1, 6.2, 12.1, 15.2; T&S 1 figs. 48.1-48.3"),
    ("calf-upper", ["soleus", "gastrocnemius", "plantaris"],
     ["popliteus", "peroneus-longus", "peroneus-brevis", "flexor-digitorum-longus", *BATCH_A],
     "T&S 2 figs. 21.1, 22.1, 22.2; absence figs. 17.1, 20.1, 25.1 and all of batch A"),
    ("calf-lower", ["gastrocnemius", "tibialis-posterior"],
     ["biceps-femoris", "semitendinosus-semimembranosus", "popliteus", "plantaris",
      "peroneus-longus", "peroneus-brevis", *BATCH_A],
     "T&S 2 figs. 21.1, 23.1; absence figs. 16.1, 17.1, 20.1, 22.2"),
    ("achilles", ["soleus", "tibialis-posterior"],
     ["biceps-femoris", "semitendinosus-semimembranosus", "popliteus", "plantaris",
      "peroneus-longus", "peroneus-brevis", *BATCH_A, *GLUTEAL],
     "T&S 2 figs. 22.1, 23.1; absence figs. 16.1, 17.1, 20.1, 22.2"),
    ("heel", ["soleus", "tibialis-posterior"],
     ["biceps-femoris", "semitendinosus-semimembranosus", "popliteus", "plantaris",
      "gastrocnemius", *BATCH_A, *GLUTEAL],
     "T&S 2 figs. 22.1, 23.1; absence figs. 16.1, 17.1, 21.1, 22.2"),
    ("ankle-lateral", ["peroneus-longus", "peroneus-brevis"],
     ["biceps-femoris", "semitendinosus-semimembranosus", "popliteus", "plantaris",
      "gastrocnemius", "tibialis-posterior", "flexor-digitorum-longus", *BATCH_A],
     "T&S 2 fig. 20.1; absence figs. 16.1, 17.1, 21.1, 22.2, 23.1, 25.1"),
    ("ankle-medial", ["flexor-digitorum-longus"],
     ["biceps-femoris", "semitendinosus-semimembranosus", "popliteus", "plantaris",
      "peroneus-longus", "peroneus-brevis", *BATCH_A, *GLUTEAL],
     "T&S 2 fig. 25.1; absence figs. 16.1, 17.1, 20.1, 22.2"),
]  # fmt: skip


def _sided(region: str) -> str:
    return region if region in ("sacrum", "coccyx") else f"left-{region}"


@pytest.mark.parametrize(
    ("region", "must", "must_not", "citation"), TABLE, ids=[row[0] for row in TABLE]
)
def test_region_candidates_match_the_literature(region, must, must_not, citation):
    region_id = _sided(region)
    # "must": the muscle's zone covers some part of the region.
    found = {c.muscle for c in ATLAS.lookup_region(region_id).candidates}
    missing = sorted(set(must) - found)
    assert not missing, f"{region}: expected after {citation}"
    # "must not": no zone of the muscle covers a click in the middle of the region (a
    # zone that only passes near it may be offered as a near miss, and says so).
    x, y = ATLAS.region_point(region_id)
    at_click = {c.muscle for c in ATLAS.lookup_point(x, y).candidates if c.distance == 0}
    wrong = sorted(set(must_not) & at_click)
    assert not wrong, f"{region}: no pattern of these reaches it ({citation})"


def test_sacrum_offers_no_leg_muscle():
    # T&S 2 figs. 16.1-25.1: no hamstring, calf or ankle pattern reaches the sacrum
    # (soleus TP3 reaches the sacroiliac joint, beside it, not the sacrum's midline).
    found = {c.muscle for c in ATLAS.lookup_region("sacrum").candidates}
    assert not found & (set(LEG_B) - {"soleus"})


@pytest.mark.parametrize("side", ["left", "right"])
def test_sole_inset_shows_the_plantar_patterns(side):
    # T&S 2 figs. 21.1 (gastrocnemius TP1, instep), 22.1 (soleus TP1, heel pad),
    # 25.1 (flexor digitorum longus, forefoot), 23.1 (tibialis posterior, whole sole).
    sole = ATLAS.diagram.sole_zones
    assert ZoneKey(side, "gastrocnemius-tp1", "essential") in sole
    assert ZoneKey(side, "soleus-tp1", "essential") in sole
    assert ZoneKey(side, "flexor-digitorum-longus-tp1", "essential") in sole
    assert ZoneKey(side, "tibialis-posterior-tp1", "spillover") in sole


# (trigger point, pattern, the sole region holding most of it), on each foot's inset
SOLE_PLACES = [
    ("soleus-tp1", "essential", "sole-heel"),  # T&S 2 fig. 22.1
    ("gastrocnemius-tp1", "essential", "sole-arch"),  # fig. 21.1 (instep)
    ("flexor-digitorum-longus-tp1", "essential", "sole-forefoot"),  # fig. 25.1
    ("flexor-digitorum-longus-tp1", "spillover", "sole-toes"),
]


@pytest.mark.parametrize("side", ["left", "right"])
@pytest.mark.parametrize(("tp", "pattern", "region"), SOLE_PLACES)
def test_sole_zone_lies_mostly_in_its_part_of_the_sole(side, tp, pattern, region):
    d = ATLAS.diagram
    zone = d.sole_zones[ZoneKey(side, tp, pattern)]
    inside = [p for p in centred_grid(zone.bbox, step=1.0) if zone.contains(*p)]
    where = [d.region_at(*p) for p in inside]
    assert all(r is not None and r.startswith(f"{side}-sole-") for r in where)
    assert where.count(f"{side}-{region}") > 0.5 * len(where)


def test_the_worked_example_of_docs_scoring_md():
    from app.domain.drawing import Drawing, Mark

    drawing = Drawing(
        (Mark.spot(237.17, 325.39, intensity=7), Mark.spot(193.71, 777.25, intensity=4))
    )
    result = ATLAS.lookup(drawing)
    assert result.regions == ("left-buttock-lower", "left-calf-lateral")
    top = [(c.muscle, round(c.score, 3), c.explains) for c in result.candidates[:3]]
    assert top == [
        ("gluteus-minimus", 1.028, (0, 1)),
        ("quadratus-lumborum", 0.935, (0,)),
        ("gluteus-maximus", 0.903, (0,)),
    ]
    assert round(result.candidates[0].coverage, 2) == 0.82
    assert result.as_json()["nerve_roots"] == ["S1"]
    assert result.candidates[0].reason.startswith(
        "Explains the left lower buttock and the left lateral calf. Main pain area (essential "
        "zone) of the posterior (back) trigger points, left side."
    )
