#!/usr/bin/env python3
"""How often TriggerMap names the muscle that published case reports found responsible.

Reads tests/data/case_reports.toml (cited cases: where the patient felt pain, which
muscle's trigger points were found responsible) and asks the app two ways:

* clicks: one spot at the middle of each painful region (where a person would click
  for that region's name, `triggermap regions --json`);
* painted: each painful region painted whole.

A case counts as a hit at k when any of its responsible muscles is among the first k
candidates. Cases whose muscles the app does not have are skipped and counted.

Run from the repository root:  python tools/evaluate_cases.py [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.content.load import load_atlas  # noqa: E402
from app.domain.drawing import Drawing, Mark  # noqa: E402
from app.domain.lookup import Atlas  # noqa: E402

CASES = ROOT / "tests" / "data" / "case_reports.toml"
KS = (1, 3, 8)
MODES = ("clicks", "painted")


def load_cases(path: Path = CASES) -> list[dict[str, object]]:
    with path.open("rb") as f:
        return list(tomllib.load(f)["case"])


def drawing_of(atlas: Atlas, case: dict[str, object], mode: str) -> Drawing:
    regions = [str(r) for r in case["marks"]]  # type: ignore[attr-defined]
    levels = [int(v) for v in case.get("intensity", [5] * len(regions))]  # type: ignore[attr-defined]
    if mode == "clicks":
        return Drawing(
            tuple(
                Mark.spot(*atlas.region_point(r), intensity=v)
                for r, v in zip(regions, levels, strict=True)
            )
        )
    return Drawing(
        tuple(Mark.painted_region(r, intensity=v) for r, v in zip(regions, levels, strict=True))
    )


def rank_of(atlas: Atlas, case: dict[str, object], mode: str) -> int | None:
    """1-based place of the first responsible muscle, or None when it is not offered."""
    wanted = set(case["muscles"])  # type: ignore[call-overload]
    result = atlas.lookup(drawing_of(atlas, case, mode))
    for i, c in enumerate(result.candidates, 1):
        if c.muscle in wanted:
            return i
    return None


def evaluate(atlas: Atlas, cases: list[dict[str, object]]) -> dict[str, object]:
    known = {m.id for m in atlas.library.muscles}
    usable = [c for c in cases if set(c["muscles"]) & known]  # type: ignore[call-overload]
    out: dict[str, object] = {"cases": len(cases), "usable": len(usable), "per_case": {}}
    per_case: dict[str, dict[str, int | None]] = {}
    for mode in MODES:
        ranks = [rank_of(atlas, c, mode) for c in usable]
        for c, r in zip(usable, ranks, strict=True):
            per_case.setdefault(str(c["id"]), {})[mode] = r
        out[mode] = {f"top{k}": sum(1 for r in ranks if r is not None and r <= k) for k in KS} | {
            "missing": sum(1 for r in ranks if r is None)
        }
    out["per_case"] = per_case
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--json", action="store_true")
    args = p.parse_args()
    result = evaluate(load_atlas(), load_cases())
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    n = result["usable"]
    print(f"{result['cases']} cases, {n} with a muscle TriggerMap has")
    for mode in MODES:
        r = result[mode]
        assert isinstance(r, dict)
        print(
            f"  {mode:8} top-1 {r['top1']}/{n}  top-3 {r['top3']}/{n}  top-8 {r['top8']}/{n}"
            f"  not offered {r['missing']}/{n}"
        )
    for case_id, ranks in result["per_case"].items():  # type: ignore[attr-defined]
        print(f"  {case_id:40} " + "  ".join(f"{m}: {ranks[m]}" for m in MODES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
