"""Published case reports (tests/data/case_reports.toml): the figures must not fall.

tools/evaluate_cases.py prints them; the README reports them with the method. FLOORS are
the figures measured when the rule in docs/scoring.md was written: a change that makes
the app name the responsible muscle less often fails here.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from app.content.load import load_atlas

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("evaluate_cases", ROOT / "tools/evaluate_cases.py")
assert _spec is not None
assert _spec.loader is not None
evaluate_cases = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(evaluate_cases)

ATLAS = load_atlas()
CASES = evaluate_cases.load_cases()

# mode -> (top-1, top-3, top-8) at least
FLOORS = {"clicks": (2, 5, 9), "painted": (3, 7, 10)}


def test_every_case_is_cited_and_uses_known_ids():
    known_regions = set(ATLAS.diagram.regions)
    for case in CASES:
        assert case["citation"], case["id"]
        assert case["read"].startswith(("abstract", "full text")), case["id"]
        assert set(case["marks"]) <= known_regions, case["id"]
        assert case["marks"], case["id"]
        assert len(case.get("intensity", case["marks"])) == len(case["marks"]), case["id"]


@pytest.mark.parametrize("mode", sorted(FLOORS))
def test_case_report_figures_do_not_fall(mode):
    result = evaluate_cases.evaluate(ATLAS, CASES)
    got = result[mode]
    floor = dict(zip(("top1", "top3", "top8"), FLOORS[mode], strict=True))
    assert all(got[k] >= v for k, v in floor.items()), (got, floor)
