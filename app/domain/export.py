"""Content as plain data for scripts (`triggermap muscles --json`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.diagram import ZoneKey
from app.domain.ids import PATTERNS, SIDES
from app.domain.models import Citation, Library, Muscle

if TYPE_CHECKING:
    from app.domain.lookup import Atlas


def muscles_json(atlas: Atlas) -> list[dict[str, object]]:
    """Every muscle with its trigger points, zones by pattern, differentials, perpetuating
    factors, stretches, self-care, cautions and references."""
    return [_muscle(atlas, m) for m in atlas.library.muscles]


def _muscle(atlas: Atlas, m: Muscle) -> dict[str, object]:
    lib = atlas.library
    dia = atlas.diagram
    tps = []
    for tp in m.trigger_points:
        zones: dict[str, object] = {}
        for pattern in PATTERNS:
            text = tp.essential if pattern == "essential" else tp.spillover
            if text is None:
                continue
            ids = [
                side
                for side in SIDES
                if (key := ZoneKey(side, tp.id, pattern)) in dia.zones or key in dia.sole_zones
            ]
            zones[pattern] = {"text": text, "sides": ids}
        tps.append(
            {
                "id": tp.id,
                "name": tp.name,
                "location": tp.location,
                "zones": zones,
                "not_visible": tp.not_visible,
                "citations": _cites(lib, tp.citations),
            }
        )
    return {
        "id": m.id,
        "name": m.name,
        "plain_name": m.plain_name,
        "depth": m.depth,
        "front_of_body": m.front_of_body,
        "summary": m.summary,
        "trigger_points": tps,
        "symptoms": list(m.symptoms),
        "activating_factors": list(m.activating_factors),
        "perpetuating_factors": list(m.perpetuating_factors),
        "differentials": [
            {"condition": d.condition, "clue": d.clue, "citations": _cites(lib, d.citations)}
            for d in m.differentials
        ],
        "stretches": list(m.stretches),
        "no_stretch": m.no_stretch,
        "self_care": list(m.self_care),
        "treatments": list(m.treatments),
        "cautions": [{"text": c.text, "citations": _cites(lib, c.citations)} for c in m.cautions],
        "references": _cites(lib, m.references),
    }


def _cites(lib: Library, citations: tuple[Citation, ...]) -> list[dict[str, object]]:
    shorts = {r.id: r.short for r in lib.references}
    return [{"ref": c.ref, "short": shorts.get(c.ref), "detail": c.detail} for c in citations]
