"""Moving from region to region with the arrow keys: which region lies next in a
direction. Plain numbers in, a region id out; no Qt."""

from __future__ import annotations

from collections.abc import Mapping

#: A region counts as "in that direction" when it lies within this many units sideways
#: per unit ahead (a cone of about 63 degrees either side).
CONE = 2.0
#: Sideways distance costs this much more than distance ahead, so the cursor goes
#: straight down a leg rather than across to the other one.
SIDEWAYS_COST = 2.0


def next_region(
    points: Mapping[str, tuple[float, float]],
    here: tuple[float, float],
    direction: tuple[float, float],
    *,
    current: str | None = None,
) -> str | None:
    """The region, other than ``current``, whose point (``points``: region -> the point
    a person would click for it) lies most directly ``direction`` (a unit step such as
    (1, 0) or (0, -1), in document coordinates, y down) from ``here``; None if none does."""
    dx, dy = direction
    best: tuple[float, str] | None = None
    for region, (x, y) in points.items():
        if region == current:
            continue
        vx, vy = x - here[0], y - here[1]
        ahead = vx * dx + vy * dy
        sideways = abs(vx * dy - vy * dx)
        if ahead <= 1e-9 or sideways > CONE * ahead:
            continue
        cost = ahead + SIDEWAYS_COST * sideways
        if best is None or (cost, region) < best:
            best = (cost, region)
    return None if best is None else best[1]
