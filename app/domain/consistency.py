"""Cross-checks between content ids and SVG ids, both ways."""

from __future__ import annotations

from app.domain.diagram import Diagram, ZoneKey, lookalike_svg_id
from app.domain.ids import SIDES, Pattern, Side
from app.domain.models import Library


def expected_region_ids(library: Library) -> set[str]:
    out: set[str] = set()
    for region in library.regions:
        if region.sided:
            out.update(f"{side}-{region.id}" for side in SIDES)
        else:
            out.add(region.id)
    return out


def other_side(side: Side) -> Side:
    return "right" if side == "left" else "left"


def consistency_problems(library: Library, diagram: Diagram) -> list[str]:
    """Everything that does not match between content/ and the SVG, as sentences."""
    problems: list[str] = []

    expected_regions = expected_region_ids(library)
    drawn_regions = set(diagram.regions)
    for r in sorted(expected_regions - drawn_regions):
        problems.append(f"regions.toml names region {r!r} but the SVG has no 'region-{r}'")
    for r in sorted(drawn_regions - expected_regions):
        problems.append(f"SVG element 'region-{r}' has no entry in regions.toml")

    tp_ids = {tp.id for m in library.muscles for tp in m.trigger_points}
    expected_zones: set[ZoneKey] = set()
    for muscle in library.muscles:
        # A muscle on the front of the body (rectus abdominis) is not seen from behind:
        # only its zones are drawn.
        drawn_here = not muscle.front_of_body
        for side in SIDES:
            if drawn_here and (side, muscle.id) not in diagram.muscles:
                problems.append(
                    f"muscles/{muscle.id}.toml: the SVG has no shape 'muscle-{side}-{muscle.id}'"
                )
        for tp in muscle.trigger_points:
            for side in SIDES:
                if drawn_here and (side, tp.id) not in diagram.markers:
                    problems.append(
                        f"muscles/{muscle.id}.toml: trigger point {tp.id!r} has no marker "
                        f"'tp-{side}-{tp.id}' in the SVG"
                    )
            patterns: tuple[Pattern, ...] = (
                ("essential", "spillover") if tp.spillover else ("essential",)
            )
            for pattern in patterns:
                keys = [ZoneKey(side, tp.id, pattern) for side in SIDES]
                # A pattern may live on the sole insets only (e.g. pain in the arch).
                on_sole = any(k in diagram.sole_zones for k in keys)
                if on_sole and not any(k in diagram.zones for k in keys):
                    continue
                expected_zones.update(keys)
    for key in sorted(expected_zones - set(diagram.zones)):
        problems.append(
            f"trigger point {key.trigger_point!r} has no zone '{key.svg_id}' in the SVG"
        )
    for key in sorted(set(diagram.zones) - expected_zones):
        if key.trigger_point not in tp_ids:
            problems.append(f"SVG zone '{key.svg_id}' belongs to no trigger point in content/")
        else:
            problems.append(
                f"SVG zone '{key.svg_id}' is drawn but the trigger point has no "
                f"{key.pattern} text in content/"
            )
    spill_text = {tp.id for m in library.muscles for tp in m.trigger_points if tp.spillover}
    for key in sorted(diagram.sole_zones):
        if key.trigger_point not in tp_ids:
            problems.append(f"SVG sole zone '{key.sole_svg_id}' belongs to no trigger point")
        elif key.pattern == "spillover" and key.trigger_point not in spill_text:
            problems.append(
                f"SVG sole zone '{key.sole_svg_id}' is drawn but the trigger point has no "
                "spillover text in content/"
            )
        # Each foot shows the same patterns: a pattern drawn on one sole only is half a map.
        twin = ZoneKey(other_side(key.side), key.trigger_point, key.pattern)
        if twin not in diagram.sole_zones:
            problems.append(
                f"SVG sole zone '{key.sole_svg_id}' has no twin '{twin.sole_svg_id}' on the "
                "other foot"
            )
    for side, tp_id in sorted(diagram.markers):
        if tp_id not in tp_ids:
            problems.append(
                f"SVG marker 'tp-{side}-{tp_id}' belongs to no trigger point in content/"
            )
    muscle_ids = {m.id for m in library.muscles}
    for side, muscle_id in sorted(diagram.muscles):
        if muscle_id not in muscle_ids:
            problems.append(
                f"SVG shape 'muscle-{side}-{muscle_id}' has no file muscles/{muscle_id}.toml"
            )
    # A front-of-body muscle drawn on the back view would teach a wrong place to press.
    for muscle in library.muscles:
        if not muscle.front_of_body:
            continue
        for side in SIDES:
            if (side, muscle.id) in diagram.muscles:
                problems.append(
                    f"muscles/{muscle.id}.toml says front_of_body, but the SVG draws "
                    f"'muscle-{side}-{muscle.id}'"
                )
            for tp in muscle.trigger_points:
                if (side, tp.id) in diagram.markers:
                    problems.append(
                        f"muscles/{muscle.id}.toml says front_of_body, but the SVG draws "
                        f"the marker 'tp-{side}-{tp.id}'"
                    )

    problems += lookalike_problems(library, diagram)

    # A marker must sit on its own muscle, or the drawing teaches the wrong spot.
    owner = {tp.id: m.id for m in library.muscles for tp in m.trigger_points}
    for (side, tp_id), marker in diagram.markers.items():
        owner_id = owner.get(tp_id)
        shape = diagram.muscles.get((side, owner_id)) if owner_id else None
        if shape is not None and not shape.contains(marker.x, marker.y):
            problems.append(
                f"SVG marker 'tp-{side}-{tp_id}' lies outside 'muscle-{side}-{owner_id}'"
            )
    return problems


def lookalike_problems(library: Library, diagram: Diagram) -> list[str]:
    """Look-alikes (content/lookalikes.toml) against their areas in the SVG, both ways:
    every look-alike is drawn on both sides, every drawn area has an entry, and each piece
    (on the body, on a sole inset) has its twin on the other side. No look-alikes in the
    content is fine only while the SVG draws none either."""
    problems: list[str] = []
    known = {x.id for x in library.lookalikes}
    for lookalike in library.lookalikes:
        for side in SIDES:
            if (side, lookalike.id) not in diagram.lookalikes:
                problems.append(
                    f"lookalikes.toml: look-alike {lookalike.id!r} has no area "
                    f"'{lookalike_svg_id(side, lookalike.id)}' in the SVG"
                )
    for side, lookalike_id in sorted(diagram.lookalikes):
        if lookalike_id not in known:
            problems.append(
                f"SVG look-alike '{lookalike_svg_id(side, lookalike_id)}' has no entry in "
                "lookalikes.toml"
            )
    # The two sides show the same pieces: a piece on one side only is half a map. (A side
    # without the look-alike at all is reported above.)
    for side, lookalike_id in sorted(diagram.lookalikes):
        if (other_side(side), lookalike_id) not in diagram.lookalikes:
            continue
        for sole, where in ((False, "side"), (True, "foot")):
            piece = lookalike_svg_id(side, lookalike_id, sole=sole)
            twin = lookalike_svg_id(other_side(side), lookalike_id, sole=sole)
            if piece in diagram.element_ids and twin not in diagram.element_ids:
                problems.append(
                    f"SVG look-alike '{piece}' has no twin '{twin}' on the other {where}"
                )
    return problems
