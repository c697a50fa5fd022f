"""Cut the silhouette and the two sole insets into regions (a partition) and check it."""

from __future__ import annotations

import itertools

import numpy as np
import shapely
from shapely.geometry import LineString, Point, Polygon
from shapely.ops import polygonize, unary_union

from . import inset
from .body import cuts, left_half, seeds, top_y
from .geom import GRID, mirror_geom, sample

# rows of the grid checks: from a little above the top cut edge to below the soles
GRID_Y0 = top_y() - 8.0
GRID_Y1 = 1200.0


def grid_round(geom):
    """Round every coordinate to the 0.01 grid (the same value in every neighbour,
    unlike snap-rounding, which may differ between two polygons sharing an edge)."""
    g = shapely.transform(geom, lambda c: np.round(c / GRID) * GRID)
    return shapely.remove_repeated_points(g, 0.0)


def _faces(half: Polygon) -> list[Polygon]:
    lines = [LineString(half.exterior.coords)]
    lines += [grid_round(LineString(sample(bz))) for bz in cuts().values()]
    faces = [f for f in polygonize(unary_union(lines)) if half.contains(f.representative_point())]
    return faces


def left_regions() -> dict[str, Polygon]:
    half = left_half()
    faces = _faces(half)
    seed_at = {name: p for name, (p, _) in seeds().items()}
    owner: list[str | None] = []
    for f in faces:
        names = [n for n, p in seed_at.items() if f.contains(Point(p))]
        assert len(names) <= 1, f"face at {f.representative_point()} holds seeds {names}"
        owner.append(names[0] if names else None)
    missing = set(seed_at) - set(o for o in owner if o)
    assert not missing, f"seeds outside every face: {missing}"
    # slivers without a seed join the neighbour they share most boundary with
    while None in owner:
        progressed = False
        for i, f in enumerate(faces):
            if owner[i] is not None:
                continue
            best, best_len = None, 0.0
            for j, g in enumerate(faces):
                if owner[j] is None:
                    continue
                shared = f.boundary.intersection(g.boundary).length
                if shared > best_len:
                    best, best_len = owner[j], shared
            if best is not None:
                where = f.representative_point()
                assert f.area < 5.0, f"unseeded face of area {f.area:.1f} at {where}"
                owner[i] = best
                progressed = True
        assert progressed, "unseeded faces with no seeded neighbour"
    out: dict[str, Polygon] = {}
    for name in seed_at:
        geom = unary_union([f for f, o in zip(faces, owner, strict=True) if o == name])
        geom = grid_round(geom)
        assert isinstance(geom, Polygon), f"region {name} is not one polygon"
        assert geom.is_valid, f"region {name} is not valid"
        assert not geom.interiors, f"region {name} has holes"
        out[name] = geom
    return out


def all_regions() -> dict[str, Polygon]:
    """Region id -> polygon: the body's, both sides and the midline, then the soles'."""
    return {**body_regions(), **inset.sole_regions()}


def is_sole(region_id: str) -> bool:
    return "-sole-" in region_id


def body_regions() -> dict[str, Polygon]:
    """Region id -> polygon for both sides and the midline of the body."""
    left = left_regions()
    midline = {name for name, (_, mid) in seeds().items() if mid}
    regions: dict[str, Polygon] = {}
    for name, poly in left.items():
        right = grid_round(mirror_geom(poly))
        if name in midline:
            whole = grid_round(unary_union([poly, right]))
            assert isinstance(whole, Polygon), name
            assert not whole.interiors, name
            regions[name] = whole
        else:
            regions[f"left-{name}"] = poly
            regions[f"right-{name}"] = right
    return regions


def silhouette_of(regions: dict[str, Polygon]) -> Polygon:
    """The body outline: the union of the body's regions (the soles' are left out)."""
    sil = unary_union([p for n, p in regions.items() if not is_sole(n)])
    assert isinstance(sil, Polygon), "silhouette is not one polygon"
    assert not sil.interiors, "silhouette has holes"
    return sil


def check_partition(regions: dict[str, Polygon], silhouette: Polygon) -> dict[str, float]:
    """Shapely checks: validity, the body's regions' union == silhouette (reference
    outline), each foot's regions' union == that foot's outline, no overlaps at all."""
    reference = grid_round(unary_union([left_half(), mirror_geom(left_half())]))
    for name, p in regions.items():
        assert isinstance(p, Polygon), name
        assert p.is_valid, name
        assert not p.interiors, name
    union = unary_union([p for n, p in regions.items() if not is_sole(n)])
    rel = abs(union.area - reference.area) / reference.area
    assert rel < 1e-6, f"union area differs from the outline by {rel:.2e}"
    assert abs(union.area - silhouette.area) / silhouette.area < 1e-9
    for side, outline in inset.feet().items():
        sole = unary_union([p for n, p in regions.items() if n.startswith(f"{side}-sole-")])
        diff = sole.symmetric_difference(outline).area / outline.area
        assert diff < 1e-6, f"the {side} sole regions differ from the foot by {diff:.2e}"
        assert not outline.intersects(silhouette), f"the {side} sole inset touches the body"
        rel = max(rel, diff)
    union = unary_union(list(regions.values()))
    total = sum(p.area for p in regions.values())
    names = list(regions)
    tree = shapely.STRtree([regions[n] for n in names])
    worst = 0.0
    for i, n in enumerate(names):
        for j in tree.query(regions[n]):
            if j <= i:
                continue
            a = regions[n].intersection(regions[names[j]]).area
            worst = max(worst, a)
            assert a < 1e-6, f"{n} overlaps {names[j]} by {a}"
    return {"silhouette_area": silhouette.area, "union_rel_diff": rel,
            "sum_minus_union": total - union.area, "max_pair_overlap": worst}


# ----------------------------------------------------- independent even-odd check

def parse_rings(d: str) -> list[np.ndarray]:
    """Rings of path data written by geom.area_d ("M x yL x y x y ...Z")."""
    rings = []
    for sub in d.split("M")[1:]:
        body = sub.rstrip().rstrip("Z").replace("L", " ")
        vals = np.array(body.split(), dtype=float)
        rings.append(vals.reshape(-1, 2))
    return rings


def even_odd(rings: list[np.ndarray], xs: np.ndarray, ys: np.ndarray, y0: float,
             step: float) -> np.ndarray:
    """Boolean grid [row, col]: point (xs[col], ys[row]) inside the rings under the
    even-odd rule, by counting edge crossings of a ray to +x (half-open in y).
    Rows are ys = y0 + step * k.  Pure numpy; no shapely."""
    nrows = len(ys)
    keys = []
    for r in rings:
        a, b = r, np.roll(r, -1, axis=0)
        lo, hi = np.minimum(a[:, 1], b[:, 1]), np.maximum(a[:, 1], b[:, 1])
        k0 = np.ceil((lo - y0) / step).astype(int)
        k1 = np.ceil((hi - y0) / step).astype(int)  # rows with lo <= y < hi
        k0, k1 = np.clip(k0, 0, nrows), np.clip(k1, 0, nrows)
        cnt = k1 - k0
        idx = np.repeat(np.arange(len(a)), cnt)
        spans = zip(k0[cnt > 0], k1[cnt > 0], strict=True)
        rows = [np.arange(s, e) for s, e in spans]
        rows = np.concatenate(rows) if rows else np.zeros(0, int)
        y = ys[rows]
        ax, ay, bx, by = a[idx, 0], a[idx, 1], b[idx, 0], b[idx, 1]
        x = ax + (y - ay) * (bx - ax) / (by - ay)
        keys.append(rows * 10000.0 + x)
    allk = np.sort(np.concatenate(keys)) if keys else np.zeros(0)
    R, C = np.meshgrid(np.arange(nrows), np.arange(len(xs)), indexing="ij")
    pk = R * 10000.0 + xs[C]
    row_end = np.searchsorted(allk, (R + 1) * 10000.0, side="left")
    right = row_end - np.searchsorted(allk, pk, side="right")
    return (right % 2) == 1


def grid_check(tiled_ds: list[str], region_ds: dict[str, str], step: float = 1.3,
               offset: float = 0.37) -> dict[str, int]:
    """Every grid point inside the tiled outlines (the silhouette and the feet, which do
    not touch) is in exactly one region; none outside is in any."""
    xs = np.arange(offset, 600, step)
    ys = np.arange(GRID_Y0 + offset, GRID_Y1, step)
    rings = [r for d in tiled_ds for r in parse_rings(d)]
    inside = even_odd(rings, xs, ys, ys[0], step)
    count = np.zeros_like(inside, dtype=int)
    for d in region_ds.values():
        count += even_odd(parse_rings(d), xs, ys, ys[0], step)
    bad_gap = int(np.sum(inside & (count == 0)))
    bad_overlap = int(np.sum(count > 1))
    bad_outside = int(np.sum(~inside & (count > 0)))
    return {"points": int(xs.size * ys.size), "inside": int(inside.sum()),
            "gaps": bad_gap, "overlaps": bad_overlap, "outside": bad_outside}


def check_pairs_identical_edges(regions: dict[str, Polygon]) -> None:  # pragma: no cover
    """(debug) shared boundaries of neighbours should be lines, not slivers."""
    for a, b in itertools.combinations(regions, 2):
        inter = regions[a].intersection(regions[b])
        assert inter.area < 1e-9, (a, b)


def zone_grid_check(outline_ds: list[str], zone_ds: dict[str, str], step: float = 1.3,
                    offset: float = 0.37) -> dict[str, int]:
    """Every grid point of a zone is in the outlines (the body, or the feet for sole
    zones); none is in both patterns of a TP (a TP without spillover has no spillover
    zone)."""
    xs = np.arange(offset, 600, step)
    ys = np.arange(GRID_Y0 + offset, GRID_Y1, step)
    rings = [r for d in outline_ds for r in parse_rings(d)]
    inside = even_odd(rings, xs, ys, ys[0], step)
    outside = both = 0
    masks = {z: even_odd(parse_rings(d), xs, ys, ys[0], step) for z, d in zone_ds.items()}
    for z, m in masks.items():
        outside += int(np.sum(m & ~inside))
        spill = z[: -len("essential")] + "spillover"
        if z.endswith("-essential") and spill in masks:
            both += int(np.sum(m & masks[spill]))
    return {"zones": len(zone_ds), "outside": outside, "both_patterns": both}
