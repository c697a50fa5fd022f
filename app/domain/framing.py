"""Which part of the body a printed drawing shows: the marked part, with room around it.

Plain numbers in document units (the SVG's user units, about a millimetre); no Qt.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import TYPE_CHECKING

from app.domain.drawing import Drawing
from app.domain.geometry import Area, BBox

if TYPE_CHECKING:
    from app.domain.diagram import Diagram
    from app.domain.ids import Side


def union(boxes: Iterable[BBox]) -> BBox | None:
    """The smallest box holding every box (None for none)."""
    found = list(boxes)
    if not found:
        return None
    return BBox(
        min(b.x0 for b in found),
        min(b.y0 for b in found),
        max(b.x1 for b in found),
        max(b.y1 for b in found),
    )


def marks_box(drawing: Drawing, regions: Mapping[str, Area]) -> BBox | None:
    """Where the marks are: spots and strokes with their brush, painted regions whole."""
    boxes = []
    for mark in drawing.marks:
        if mark.region is not None:
            if mark.region in regions:
                boxes.append(regions[mark.region].bbox)
            continue
        r = mark.radius
        xs = [x for x, _ in mark.points]
        ys = [y for _, y in mark.points]
        boxes.append(BBox(min(xs) - r, min(ys) - r, max(xs) + r, max(ys) + r))
    return union(boxes)


def pattern_box(
    diagram: Diagram,
    muscle: str,
    trigger_points: Collection[str],
    sides: Iterable[Side],
    *,
    soles: bool,
) -> BBox | None:
    """Where a muscle's pattern is drawn on ``sides``: its shape (its trigger points lie
    on it) and the zones of ``trigger_points``, with their parts on the sole insets if
    ``soles``."""
    boxes = []
    zones = [*diagram.zones.items(), *(diagram.sole_zones.items() if soles else ())]
    for side in sides:
        shape = diagram.muscles.get((side, muscle))
        if shape is not None:
            boxes.append(shape.bbox)
        boxes += [a.bbox for k, a in zones if k.side == side and k.trigger_point in trigger_points]
    return union(boxes)


def frame(
    box: BBox | None,
    *,
    bounds: BBox,
    aspect: float,
    margin: float,
    minimum: float,
) -> BBox:
    """A box of ``aspect`` (height / width) showing ``box`` with ``margin`` all round, at
    least ``minimum`` wide, moved to lie inside ``bounds`` where it fits (centred on
    ``bounds`` where it is larger). Without a box, the whole of ``bounds``."""
    if box is None:
        box, margin, minimum = bounds, 0.0, 0.0
    width = max(box.width + 2 * margin, minimum)
    height = box.height + 2 * margin
    if height < width * aspect:
        height = width * aspect
    else:
        width = height / aspect
    cx, cy = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
    x0 = _place(cx - width / 2, width, bounds.x0, bounds.x1)
    y0 = _place(cy - height / 2, height, bounds.y0, bounds.y1)
    return BBox(x0, y0, x0 + width, y0 + height)


def _place(start: float, size: float, low: float, high: float) -> float:
    if size >= high - low:
        return low - (size - (high - low)) / 2
    return min(max(start, low), high - size)
