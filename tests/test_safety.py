"""Warning signs tied to regions, the yes/no check, pain qualities, and their command
line, on the small test body (tests/fixtures)."""

from __future__ import annotations

import json

import pytest

from app.domain.drawing import Drawing, Mark, MarkError
from app.domain.lookalikes import check_advice, warnings_for
from app.domain.session import SessionError, load_session


def ids(warnings) -> list[str]:
    return [w.id for w in warnings]


def test_warnings_follow_the_marked_regions_emergencies_first(mini_atlas):
    lib = mini_atlas.library
    assert ids(warnings_for(lib, ["left-leg"])) == ["leg-clot", "fever"]
    assert ids(warnings_for(lib, ["right-back"])) == ["back-weakness", "fever"]
    assert ids(warnings_for(lib, ["spine", "right-leg"])) == ["leg-clot", "back-weakness", "fever"]
    assert warnings_for(lib, [None]) == ()
    assert warnings_for(lib, []) == ()


def test_a_lookup_carries_the_warnings_of_its_marks(mini_atlas):
    result = mini_atlas.lookup(Drawing((Mark.spot(35, 65), Mark.spot(5, 5))))
    data = result.as_json()
    assert [w["id"] for w in data["warnings"]] == ["leg-clot", "fever"]
    assert data["warnings"][0]["urgency"] == "emergency"
    assert data["nerve_roots"] == []
    assert data["joints"] == []


@pytest.mark.parametrize(
    ("yes", "level"),
    [
        pytest.param([], "self-care", id="none"),
        pytest.param(["fever"], "soon", id="soon"),
        pytest.param(["fever", "leg-clot"], "emergency", id="emergency-wins"),
    ],
)
def test_the_check_ends_in_plain_advice(mini_library, yes, level):
    got, text = check_advice(mini_library, yes)
    assert got == level
    assert text
    if level == "self-care":
        assert mini_library.safety.when_to_see_someone in text


def test_a_mark_carries_a_quality_and_rejects_unknown_ones():
    assert Mark.spot(1, 2, quality="tingling").nerve_like
    assert not Mark.spot(1, 2, quality="aching").nerve_like
    assert not Mark.spot(1, 2).nerve_like
    with pytest.raises(MarkError, match="quality must be one of"):
        Mark.spot(1, 2, quality="itchy")  # type: ignore[arg-type]


def test_quality_is_saved_with_the_session(tmp_path):
    from app.domain.session import Session, load_session, save_session

    drawing = Drawing((Mark.spot(1, 2, quality="numb"), Mark.stroke([(3, 4)], quality="burning")))
    path = tmp_path / "session.json"
    save_session(path, Session(drawing))
    assert load_session(path).drawing == drawing
    data = json.loads(path.read_text(encoding="utf-8"))
    assert [m.get("quality") for m in data["marks"]] == ["numb", "burning"]


def test_unknown_warning_region_names_file_and_field(content_copy):
    from app.content.library_loader import ContentError, load_library

    safety = content_copy / "safety.toml"
    safety.write_text(
        safety.read_text(encoding="utf-8").replace('regions = ["leg"]', 'regions = ["arm"]'),
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as info:
        load_library(content_copy)
    assert "safety.toml: warnings[0].regions: unknown region 'arm' (not in regions.toml)" in (
        info.value.problems
    )


def test_spot_at_finds_the_nearest_spot_within_reach():
    d = Drawing((Mark.spot(10, 10), Mark.stroke([(10, 10)]), Mark.spot(13, 10), Mark.spot(50, 50)))
    assert d.spot_at(12, 10, reach=5) == 2  # nearer than the first
    assert d.spot_at(11.5, 10, reach=5) == 2  # a tie: the newest, drawn on top
    assert d.spot_at(10, 10, reach=0.5) == 0  # strokes are never hit as spots
    assert d.spot_at(30, 30, reach=5) is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(
            '{"format": "triggermap-session", "version": 1, "spots": [[NaN, 1]]}',
            "not valid JSON",
            id="nan",
        ),
        pytest.param(
            '{"format": "triggermap-session", "version": 1, "spots": [[Infinity, 1]]}',
            "not valid JSON",
            id="infinity",
        ),
        pytest.param(
            '{"format": "triggermap-session", "version": 1, "spots": [[1e400, 1]]}',
            "finite number",
            id="overflow",
        ),
        pytest.param(
            '{"format": "triggermap-session", "version": 1, "spots": [[1' + "0" * 400 + ", 1]]}",
            "must lie within",
            id="huge-integer",
        ),
        pytest.param("[" * 100_000, "not valid JSON", id="deep-nesting"),
        pytest.param(
            '{"format": "triggermap-session", "version": 1, "spots": ['
            + ",".join(["[1, 2]"] * 501)
            + "]}",
            "more than 500",
            id="too-many-spots",
        ),
        pytest.param(
            '{"format": "triggermap-session", "version": 2, "marks": [{"kind": "spot", '
            '"points": [[1, 2]], "intensity": 11}]}',
            "intensity",
            id="intensity",
        ),
    ],
)
def test_a_hostile_session_file_is_rejected_with_a_reason(tmp_path, text, message):
    path = tmp_path / "session.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SessionError) as info:
        load_session(path)
    assert message in str(info.value)
    assert path.read_text(encoding="utf-8") == text  # never rewritten


def test_an_oversized_session_file_is_not_read(tmp_path):
    from app.domain.session import MAX_FILE_BYTES

    path = tmp_path / "session.json"
    with path.open("w", encoding="utf-8") as f:
        f.write(" " * (MAX_FILE_BYTES + 1))
    with pytest.raises(SessionError, match="larger than"):
        load_session(path)
