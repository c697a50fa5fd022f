"""The command line (app/cli.py), pointed at the test fixtures instead of the bundled files."""

import json
import shutil
from pathlib import Path

import pytest

from app import resources
from app.cli import main
from app.content.load import load_atlas

FIXTURES = Path(__file__).parent / "fixtures"

#: The safety keys of a lookup with no warnings and no look-alikes (the fixture has none).
NO_SAFETY = {"warnings": [], "nerve_roots": [], "joints": []}


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
    assert data["regions"] == ["left-back"]
    assert [(c["muscle"], c["pattern"]) for c in data["candidates"]][:2] == [
        ("alpha", "essential"),
        ("beta", "spillover"),
    ]
    assert set(data["candidates"][0]) == {
        "muscle", "name", "side", "pattern", "trigger_point", "summary", "score", "reason",
        "explains", "coverage",
    }  # fmt: skip
    assert data["candidates"][0]["explains"] == [0]
    # Plain words first, as in the window; the details stay in "reason".
    assert data["candidates"][0]["summary"] == (
        "Alpha muscle (upper test muscle): main pain area, left side"
    )
    assert data["candidates"][1]["summary"] == (
        "Beta muscle (lower test muscle): possible extra pain area, left side"
    )


def test_lookup_point_outside_json(use_files, capsys):
    code, out, _ = run(capsys, "lookup", "--point", "5", "5", "--json")
    assert code == 0
    assert json.loads(out) == {
        "region": None,
        "regions": [None],
        "candidates": [],
        "nearest": [],
        **NO_SAFETY,
    }


def test_lookup_point_accepts_decimals_and_negatives(use_files, capsys):
    code, out, _ = run(capsys, "lookup", "--point", "-3.5", "1e1", "--json")
    assert code == 0
    assert json.loads(out)["region"] is None


def test_lookup_point_text(use_files, capsys):
    code, out, _ = run(capsys, "lookup", "--point", "37", "25")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Left back:"
    # Each candidate in plain words, as the window shows it, then its details.
    assert lines[1] == "  1. Alpha muscle (upper test muscle): main pain area, left side"
    assert lines[2].startswith(
        "     Main pain area (essential zone) of the upper alpha point, left side. Score "
    )
    assert lines[3] == "  2. Beta muscle (lower test muscle): possible extra pain area, left side"


def test_lookup_point_text_outside(use_files, capsys):
    code, out, _ = run(capsys, "lookup", "--point", "5", "5")
    assert (code, out) == (0, "That is outside the body.\n")


def test_lookup_point_text_in_no_zone_names_the_nearest(use_files, capsys, monkeypatch):
    # The mini body is a tenth of the real figure: with a tenth of the tolerance, (50, 12)
    # is out of reach of every zone (alpha's spillover frame is 7 away).
    from app.domain import lookup

    monkeypatch.setattr(lookup, "NEAR_TOLERANCE", 2.0)
    code, out, err = run(capsys, "lookup", "--point", "50", "12")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Spine (middle of the back):",
        "  No muscle in TriggerMap refers pain here.",
        "  Nearest: Alpha muscle (upper test muscle): its possible extra pain area is 7 mm away,"
        " left side.",
        "  Nearest: Beta muscle (lower test muscle): its possible extra pain area is 10 mm away,"
        " left side.",
        "  Warning sign (See a doctor soon): Back pain with weakness needs a doctor soon (test).",
        "  Warning sign (See a doctor soon): Fever with pain anywhere needs a doctor soon (test).",
    ]


def test_lookup_region_json(use_files, capsys, atlas):
    code, out, err = run(capsys, "lookup", "--region", "spine", "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data == atlas.lookup_region("spine").as_json()
    assert data["region"] == "spine"
    assert data["candidates"][0]["muscle"] == "beta"


def test_lookup_unknown_region_exits_2(use_files, capsys):
    code, out, err = run(capsys, "lookup", "--region", "left-arm", "--json")
    assert code == 2
    assert out == ""
    assert "unknown region 'left-arm'" in err
    assert "triggermap regions" in err


# -- lookup of a whole drawing ---------------------------------------------------------


def test_lookup_drawing_keeps_the_marks_in_order(use_files, capsys, atlas):
    from app.domain.drawing import Drawing, Mark

    argv = ["lookup", "--point", "32", "20", "--region", "left-leg", "--point", "5", "5"]
    code, out, err = run(capsys, *argv, "--intensity", "8", "--intensity", "3", "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    expected = Drawing(
        (
            Mark.spot(32, 20, intensity=8),
            Mark.painted_region("left-leg", intensity=3),
            Mark.spot(5, 5),
        )
    )
    assert data == json.loads(json.dumps(atlas.lookup(expected).as_json()))
    assert data["regions"] == ["left-back", "left-leg", None]
    assert data["region"] is None
    top = data["candidates"][0]
    assert (top["muscle"], top["explains"]) == ("alpha", [0, 1])
    assert 0 < top["coverage"] <= 1


def test_lookup_drawing_text_lists_every_mark(use_files, capsys):
    code, out, _ = run(capsys, "lookup", "--point", "32", "20", "--point", "35", "65")
    assert code == 0
    lines = out.splitlines()
    assert lines[:2] == ["Mark 1: Left back", "Mark 2: Left leg"]
    assert lines[2].startswith("  1. Alpha muscle (upper test muscle): ")
    assert lines[3].startswith("     Explains the left back and the left leg.")


def test_batch_prints_one_result_per_line(use_files, capsys, atlas, tmp_path):
    from app.domain.drawing import Drawing, Mark

    batch = tmp_path / "drawings.jsonl"
    batch.write_text(
        '{"points": [[37, 25]]}\n'
        "{}\n"
        '{"points": [[32, 20]], "regions": ["left-leg"], "intensity": [9]}\n',
        encoding="utf-8",
    )
    code, out, err = run(capsys, "lookup", "--batch", str(batch), "--json")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 3
    assert json.loads(lines[0]) == atlas.lookup_point(37, 25).as_json()
    assert json.loads(lines[1]) == {
        "region": None,
        "regions": [],
        "candidates": [],
        "nearest": [],
        **NO_SAFETY,
    }
    third = Drawing((Mark.spot(32, 20, intensity=9), Mark.painted_region("left-leg")))
    assert json.loads(lines[2]) == json.loads(json.dumps(atlas.lookup(third).as_json()))


def test_batch_reads_standard_input(use_files, capsys, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO('{"points": [[37, 25]]}\n'))
    code, out, _ = run(capsys, "lookup", "--batch", "-")
    assert code == 0
    assert json.loads(out)["region"] == "left-back"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        pytest.param("nonsense", "line 2: not valid JSON", id="not-json"),
        pytest.param("", "line 2: empty line", id="empty-line"),
        pytest.param("[1, 2]", "line 2: must be a JSON object", id="not-an-object"),
        pytest.param('{"dots": []}', "line 2: unknown key 'dots'", id="unknown-key"),
        pytest.param('{"points": [[NaN, 1]]}', "line 2: not valid JSON (NaN is not", id="nan"),
        pytest.param(
            '{"points": [[1e400, 1]]}', "points[0]: a coordinate must be a finite", id="overflow"
        ),
        pytest.param(
            '{"points": [[1' + "0" * 400 + ", 1]]}",
            "points[0]: a coordinate must lie",
            id="huge-integer",
        ),
        pytest.param('{"points": [[1, 2, 3]]}', "points[0] must be a pair", id="triple"),
        pytest.param('{"points": [["1", 2]]}', "a coordinate must be a number", id="string"),
        pytest.param('{"regions": ["left-arm"]}', "unknown region 'left-arm'", id="region"),
        pytest.param('{"regions": "left-leg"}', "regions must be a list", id="regions-not-list"),
        pytest.param(
            '{"points": [[1, 2]], "intensity": [11]}',
            "intensity[0]: intensity must",
            id="intensity-range",
        ),
        pytest.param('{"points": [[1, 2]], "intensity": [2.5]}', "whole number", id="fraction"),
        pytest.param(
            '{"points": [[1, 2]], "intensity": [1, 2]}',
            "2 values for 1 marks",
            id="too-many-intensities",
        ),
        pytest.param("[" * 100000, "line 2: not valid JSON", id="deep-nesting"),
    ],
)
def test_batch_bad_line_is_one_line_error_and_no_output(use_files, capsys, tmp_path, line, message):
    batch = tmp_path / "drawings.jsonl"
    batch.write_text('{"points": [[37, 25]]}\n' + line + "\n", encoding="utf-8")
    code, out, err = run(capsys, "lookup", "--batch", str(batch))
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert err.startswith(f"triggermap lookup: --batch {batch} ")
    assert message in err


def test_batch_unreadable_file_says_why(use_files, capsys, tmp_path):
    code, out, err = run(capsys, "lookup", "--batch", str(tmp_path / "none.jsonl"))
    assert (code, out) == (2, "")
    assert (
        err == f"triggermap lookup: --batch: cannot read {tmp_path / 'none.jsonl'}: "
        "no such file or directory\n"
    )
    code, _, err = run(capsys, "lookup", "--batch", str(tmp_path))
    assert code == 2
    assert "is a directory" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        pytest.param(["lookup"], "needs at least one --point or --region", id="no-marks"),
        pytest.param(
            ["lookup", "--point", "1"], "--point: expected 2 arguments", id="one-coordinate"
        ),
        pytest.param(["lookup", "--point", "x", "2"], "not a number: 'x'", id="not-a-number"),
        pytest.param(["lookup", "--point", "nan", "2"], "finite number, not nan", id="nan"),
        pytest.param(["lookup", "--point", "inf", "2"], "finite number, not inf", id="inf"),
        pytest.param(["lookup", "--point", "1e400", "2"], "finite number, not inf", id="overflow"),
        pytest.param(
            ["lookup", "--point", "1", "2", "--intensity", "11"],
            "--intensity",
            id="intensity-range",
        ),
        pytest.param(
            ["lookup", "--point", "1", "2", "--intensity", "-1"],
            "--intensity",
            id="intensity-negative",
        ),
        pytest.param(
            ["lookup", "--point", "1", "2", "--intensity", "5", "--intensity", "5"],
            "--intensity: 2 values for 1 marks",
            id="too-many-intensities",
        ),
        pytest.param(
            ["lookup", "--batch", "x", "--point", "1", "2"],
            "--batch takes no",
            id="batch-and-point",
        ),
        pytest.param(["frobnicate"], "invalid choice", id="unknown-command"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(use_files, capsys, argv, message):
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err.count("\n") == 1, err
    assert message in err


def test_broken_pipe_is_quiet(tmp_path):
    import subprocess
    import sys

    cmd = f"{sys.executable} -m app regions --json | head -c 1 > /dev/null; exit ${{PIPESTATUS[0]}}"
    proc = subprocess.run(
        ["bash", "-c", cmd],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert "Traceback" not in proc.stderr
    assert "BrokenPipeError" not in proc.stderr


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


# -- issue 8: qualities, warnings, muscles --------------------------------------------


def test_lookup_quality_and_warnings(use_files, capsys, atlas):
    from app.domain.drawing import Drawing, Mark

    argv = ["lookup", "--point", "35", "65", "--point", "37", "25", "--quality", "tingling"]
    code, out, err = run(capsys, *argv, "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    expected = Drawing((Mark.spot(35, 65, quality="tingling"), Mark.spot(37, 25)))
    assert data == json.loads(json.dumps(atlas.lookup(expected).as_json()))
    assert [w["id"] for w in data["warnings"]] == ["leg-clot", "back-weakness", "fever"]
    code, out, _ = run(capsys, *argv)
    assert "Warning sign (EMERGENCY): A swollen, warm leg needs a doctor today (test)." in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        pytest.param(["--quality", "itchy"], "--quality: one of aching, burning", id="unknown"),
        pytest.param(
            ["--quality", "numb", "--quality", "numb"], "--quality: 2 values for 1", id="too-many"
        ),
    ],
)
def test_bad_quality_is_one_line(use_files, capsys, argv, message):
    try:
        code = main(["lookup", "--point", "1", "2", *argv])
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert message in err


def test_batch_reads_qualities(use_files, capsys, tmp_path, atlas):
    from app.domain.drawing import Drawing, Mark

    batch = tmp_path / "b.jsonl"
    batch.write_text('{"points": [[35, 65]], "quality": ["numb"]}\n{"quality": ["x"]}\n')
    code, out, err = run(capsys, "lookup", "--batch", str(batch))
    assert (code, out) == (2, "")
    assert "line 2: quality has 1 values for 0 marks" in err
    batch.write_text('{"points": [[35, 65]], "quality": ["numb"]}\n')
    code, out, _ = run(capsys, "lookup", "--batch", str(batch))
    expected = atlas.lookup(Drawing((Mark.spot(35, 65, quality="numb"),))).as_json()
    assert json.loads(out) == json.loads(json.dumps(expected))


def test_muscles_json_lists_every_muscle_with_its_advice(use_files, capsys, atlas):
    code, out, err = run(capsys, "muscles", "--json")
    assert (code, err) == (0, "")
    rows = json.loads(out)
    assert [r["id"] for r in rows] == [m.id for m in atlas.library.muscles]
    alpha = rows[0]
    for key in (
        "trigger_points",
        "differentials",
        "perpetuating_factors",
        "stretches",
        "self_care",
        "cautions",
        "references",
    ):
        assert key in alpha
    tp = alpha["trigger_points"][0]
    assert set(tp["zones"]) == {"essential", "spillover"}
    assert tp["zones"]["essential"]["sides"] == ["left", "right"]
    code, out, _ = run(capsys, "muscles")
    assert out.splitlines()[0].split()[0] == "alpha"


def test_validate_checks_another_content_folder(capsys, tmp_path):
    # No monkeypatching: --content and --svg name the folder and the diagram.
    content = Path(shutil.copytree(FIXTURES / "content_min", tmp_path / "content"))
    argv = ["validate", "--content", str(content), "--svg", str(FIXTURES / "mini.svg")]
    code, out, err = run(capsys, *argv)
    assert (code, err) == (0, "")
    assert out.startswith("OK: 2 muscles, 3 trigger points")
    beta = content / "muscles" / "beta.toml"
    beta.write_text(beta.read_text(encoding="utf-8").replace("commonness = 3", "commonness = 7"))
    code, out, err = run(capsys, *argv)
    assert (code, out) == (1, "")
    assert "  - muscles/beta.toml: commonness: Input should be less than or equal to 3" in err
    code, _, err = run(capsys, "validate", "--content", str(tmp_path / "none"))
    assert code == 1
    assert "content folder not found" in err


def test_screenshot_shows_the_saved_drawing_and_leaves_it_alone(tmp_path, state_dir):
    """`triggermap screenshot` without --region renders the saved session as the window
    opens it; the saved file is not changed."""
    from PySide6.QtGui import QImage

    from app.content.load import load_atlas
    from app.domain.drawing import Drawing, Mark
    from app.domain.session import Session, save_session

    atlas = load_atlas()
    state_dir.mkdir(parents=True, exist_ok=True)
    empty_png, marked_png = tmp_path / "empty.png", tmp_path / "marked.png"
    assert main(["screenshot", str(empty_png), "--size", "900x700"]) == 0
    saved = state_dir / "session.json"
    save_session(saved, Session(Drawing((Mark.spot(*atlas.region_point("left-heel")),))))
    before = saved.read_bytes()
    assert main(["screenshot", str(marked_png), "--size", "900x700"]) == 0
    assert saved.read_bytes() == before
    assert QImage(str(empty_png)) != QImage(str(marked_png))
