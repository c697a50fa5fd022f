"""Issue 7 content against the shared spec: the ids the artwork is drawn from.

Content only (no SVG): each new muscle has exactly the spec's trigger points, a spillover
text exactly where the spec draws a spillover zone, and the new regions have names.
"""

import pytest

from app import resources
from app.content.library_loader import load_library

LIB = load_library(resources.content_dir())

# muscle id -> [(trigger point id, has a spillover)]
SPEC = {
    "iliocostalis-thoracis": [("iliocostalis-thoracis-t11", False)],
    "serratus-posterior-inferior": [("serratus-posterior-inferior-tp1", False)],
    "rectus-abdominis": [("rectus-abdominis-upper", False), ("rectus-abdominis-lower", False)],
    "gemelli": [("gemelli-tp1", True)],
    "quadratus-femoris": [("quadratus-femoris-tp1", True)],
    "abductor-hallucis": [("abductor-hallucis-tp1", True)],
    "quadratus-plantae": [("quadratus-plantae-tp1", False)],
    "flexor-digitorum-brevis": [("flexor-digitorum-brevis-tp1", False)],
    "abductor-digiti-minimi": [("abductor-digiti-minimi-tp1", True)],
}


@pytest.mark.parametrize("muscle_id", sorted(SPEC))
def test_new_muscle_matches_the_spec(muscle_id):
    muscle = LIB.muscle(muscle_id)
    assert [(tp.id, tp.spillover is not None) for tp in muscle.trigger_points] == SPEC[muscle_id]
    assert muscle.front_of_body == (muscle_id == "rectus-abdominis")
    assert muscle.perpetuating_factors
    assert len(muscle.self_care) >= 2


def test_front_of_body_muscle_says_what_the_back_view_cannot_show():
    for tp in LIB.muscle("rectus-abdominis").trigger_points:
        assert tp.not_visible, tp.id


@pytest.mark.parametrize(
    "region_id",
    [
        f"{side}-{base}"
        for side in ("left", "right")
        for base in ("thoracolumbar", "sole-heel", "sole-arch", "sole-forefoot", "sole-toes")
    ],
)
def test_new_regions_have_names(region_id):
    assert LIB.region_name(region_id).startswith(region_id.split("-")[0].capitalize() + " ")
