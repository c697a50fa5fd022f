"""The command line (app/cli.py), pointed at the test fixtures instead of the bundled files."""

import json
import shutil
from pathlib import Path

import pytest

from app import resources
from app.cli import main
from app.content.load import load_atlas

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def use_files(monkeypatch):
    """Point app.resources (and so load_atlas()) at the given content folder and SVG."""

    def point(content: Path = FIXTURES / "content_min", svg: Path = FIXTURES / "mini.svg") -> None:
        monkeypatch.setattr(resources, "content_dir", lambda: content)
        monkeypatch.setattr(resources, "diagram_svg", lambda: svg)

    point()
    return point


@pytest.fixture
def atlas():
    return load_atlas(content=FIXTURES / "content_min", svg=FIXTURES / "mini.svg")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_load_atlas_uses_the_patched_resources(use_files):
    assert sorted(load_atlas().diagram.regions) == [
        "left-back",
        "left-leg",
        "right-back",
        "right-leg",
        "spine",
    ]


# -- regions -----------------------------------------------------------------------


def test_regions_json_points_lie_in_their_regions(use_files, capsys, atlas):
    code, out, err = run(capsys, "regions", "--json")
    assert (code, err) == (0, "")
    rows = json.loads(out)
    assert [row["id"] for row in rows] == [
        "left-back",
        "left-leg",
        "right-back",
        "right-leg",
        "spine",
    ]
    for row in rows:
        assert set(row) == {"id", "name", "point"}
        x, y = row["point"]
        assert atlas.region_at(x, y) == row["id"], row
    names = {row["id"]: row["name"] for row in rows}
    assert names["left-leg"] == "Left leg"
    assert names["spine"] == "Spine (middle of the back)"


def test_regions_text(use_files, capsys):
    code, out, _ = run(capsys, "regions")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 5
    assert lines[0].split(maxsplit=1) == ["left-back", "Left back"]


# -- lookup ------------------------------------------------------------------------


def test_lookup_point_json(use_files, capsys, atlas):
    code, out, err = run(capsys, "lookup", "--point", "37", "25", "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data == atlas.lookup_point(37, 25).as_json()
    assert data["region"] == "left-back"
    assert [(c["muscle"], c["pattern"]) for c in data["candidates"]] == [
        ("alpha", "essential"),
        ("beta", "spillover"),
    ]
    assert set(data["candidates"][0]) == {
        "muscle",
        "name",
        "side",
        "pattern",
        "trigger_point",
        "score",
        "reason",
    }


def test_lookup_point_outside_json(use_files, capsys):
    code, out, _ = run(capsys, "lookup", "--point", "5", "5", "--json")
    assert code == 0
    assert json.loads(out) == {"region": None, "candidates": []}


def test_lookup_point_accepts_decimals_and_negatives(use_files, capsys):
    code, out, _ = run(capsys, "lookup", "--point", "-3.5", "1e1", "--json")
    assert code == 0
    assert json.loads(out)["region"] is None


def test_lookup_point_text(use_files, capsys):
    code, out, _ = run(capsys, "lookup", "--point", "37", "25")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Left back:"
    assert lines[1].startswith("  1. Alpha muscle (essential, score ")
    assert lines[1].endswith(
        "): Main pain area (essential zone) of the upper alpha point, left side."
    )
    assert lines[2].startswith("  2. Beta muscle (spillover, score ")


def test_lookup_point_text_outside(use_files, capsys):
    code, out, _ = run(capsys, "lookup", "--point", "5", "5")
    assert (code, out) == (0, "That point is outside the body.\n")


def test_lookup_point_text_in_no_zone(use_files, capsys):
    code, out, _ = run(capsys, "lookup", "--point", "50", "12")
    assert code == 0
    assert out == "Spine (middle of the back):\n  no muscle in TriggerMap refers pain here.\n"


def test_lookup_region_json(use_files, capsys, atlas):
    code, out, err = run(capsys, "lookup", "--region", "spine", "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data == atlas.lookup_region("spine").as_json()
    assert data["region"] == "spine"
    assert [c["muscle"] for c in data["candidates"]] == ["beta"]


def test_lookup_unknown_region_exits_2(use_files, capsys):
    code, out, err = run(capsys, "lookup", "--region", "left-arm", "--json")
    assert code == 2
    assert out == ""
    assert "unknown region 'left-arm'" in err
    assert "triggermap regions" in err


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["lookup"], id="no-region-or-point"),
        pytest.param(["lookup", "--region", "spine", "--point", "1", "2"], id="both"),
        pytest.param(["lookup", "--point", "1"], id="one-coordinate"),
        pytest.param(["lookup", "--point", "x", "2"], id="not-a-number"),
        pytest.param(["frobnicate"], id="unknown-command"),
    ],
)
def test_bad_arguments_exit_2(use_files, capsys, argv):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert "usage: triggermap" in capsys.readouterr().err


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == "triggermap 0.1.0"


# -- validate ----------------------------------------------------------------------


def test_validate_good_content(use_files, capsys):
    code, out, err = run(capsys, "validate")
    assert (code, err) == (0, "")
    assert out == (
        "OK: 2 muscles, 3 trigger points, 10 zones, 5 regions, "
        "1 stretches, 1 treatments, 1 references.\n"
    )


def test_validate_broken_content_exits_1_listing_problems(use_files, capsys, tmp_path):
    content = Path(shutil.copytree(FIXTURES / "content_min", tmp_path / "content"))
    alpha = content / "muscles" / "alpha.toml"
    alpha.write_text(alpha.read_text(encoding="utf-8").replace("commonness = 2", "commonness = 9"))
    (content / "safety.toml").unlink()
    use_files(content=content)
    code, out, err = run(capsys, "validate")
    assert code == 1
    assert out == ""
    assert err.splitlines() == [
        "triggermap: the content is not consistent:",
        "  - muscles/alpha.toml: commonness: Input should be less than or equal to 3",
        "  - safety.toml: file is missing",
    ]


def test_validate_svg_not_matching_content_exits_1(use_files, capsys, tmp_path):
    svg = tmp_path / "mini.svg"
    text = (FIXTURES / "mini.svg").read_text(encoding="utf-8")
    svg.write_text(text.replace('id="region-spine"', 'id="region-middle"'), encoding="utf-8")
    use_files(svg=svg)
    code, _, err = run(capsys, "validate")
    assert code == 1
    assert "  - regions.toml names region 'spine' but the SVG has no 'region-spine'" in err
    assert "  - SVG element 'region-middle' has no entry in regions.toml" in err


def test_validate_missing_svg_exits_1(use_files, capsys, tmp_path):
    use_files(svg=tmp_path / "nowhere.svg")
    code, _, err = run(capsys, "validate")
    assert code == 1
    assert "nowhere.svg: file not found" in err


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["regions"], id="regions"),
        pytest.param(["lookup", "--point", "1", "1"], id="lookup"),
    ],
)
def test_every_command_refuses_broken_content(use_files, capsys, tmp_path, argv):
    use_files(svg=tmp_path / "nowhere.svg")
    code, out, err = run(capsys, *argv)
    assert (code, out) == (1, "")
    assert err.startswith("triggermap: the content is not consistent:")
