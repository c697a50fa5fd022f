#!/usr/bin/env python3
"""Generate assets/svg/posterior.svg: posterior view of the lower body (T11 to feet).

Run from the repository root:  python tools/build_svg.py
(it then runs tools/compile_diagram.py, which compiles the SVG's geometry for the app)

Ids follow CONTEXT.md.  Regions tile the silhouette and the two sole insets exactly
(checked below with shapely and with an independent even-odd point test on the written
coordinates).

The drawing comes from the art sources, assets/art/*.svg (README, "Editing the art"):
every shape is drawn there, for the left side; this program mirrors it, clips the zones
to the body, tiles the regions, names everything and checks the result.  The code that
reads each source is in tools/svgart/: body.py (outline, region cuts and seeds),
muscles.py with the tables table.py, table_back.py, table_leg.py, table_foot.py (which
muscles, in which layer, with which trigger points, and the book each pattern comes
from: add muscles there), inset.py (the soles seen from below: outlines, sole regions,
sole zones), lookalikes.py (nerve-root and sacroiliac-joint areas, with their sources),
art.py (bones, contours, labels, muscle details), paint.py (colours, gradients, strokes),
sources.py (the SVG reader).  Shapely is used here
only, never by the app.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import Point, Polygon, box
from shapely.ops import polygonize, unary_union

sys.path.insert(0, str(Path(__file__).resolve().parent))

from svgart import art, inset, lookalikes, muscles, paint, table_foot  # noqa: E402
from svgart.geom import (  # noqa: E402
    MID_X,
    area_d,
    bez_d,
    blob,
    mirror_beziers,
    mirror_geom,
    mirror_points,
    num,
    polygons,
    sample,
    spline,
)
from svgart.muscles import MUSCLES, Drawn  # noqa: E402
from svgart.regions import (  # noqa: E402
    all_regions,
    check_partition,
    grid_check,
    grid_round,
    is_sole,
    silhouette_of,
    zone_grid_check,
)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assets" / "svg" / "posterior.svg"
SIDES = ("left", "right")
ZONE_STEP = 1.2  # vertex spacing of zone blobs (their edges along the body follow the outline)

# Regions a trigger point's zones are cut out of (both patterns, both sides), where the
# book says the pattern stops there; the zone's edge is then the region's own edge.
# Issue 8: T&S 2, fig. 20.1: the peroneal patterns are the outer ankle and the outer
# foot, not the heel; ch. 7: gluteus maximus TrP2's pattern does "not include the anal
# region or coccyx".
KEEP_OUT: dict[str, tuple[str, ...]] = {
    "peroneus-longus-tp1": ("heel",),
    "peroneus-brevis-tp1": ("heel",),
    "gluteus-maximus-tp2": ("coccyx",),
}

STYLE = {
    "region": 'fill="#ffffff" fill-opacity="0" stroke="none"',
    "essential": 'fill="#c0392b" fill-opacity="0" stroke="none" fill-rule="evenodd"',
    "spillover": 'fill="#e59866" fill-opacity="0" stroke="none" fill-rule="evenodd"',
    "tp": 'fill="#b03a2e" fill-opacity="0" stroke="none"',  # the app draws markers
    # look-alikes (nerve roots, the sacroiliac joint): the app draws their outlines
    "lookalike": 'fill="#2e6da4" fill-opacity="0" stroke="none" fill-rule="evenodd"',
}


# ------------------------------------------------------------------ muscles

def muscle_polygon(d: Drawn) -> Polygon:
    return blob(d.outline, step=0.8)


def fibre_paths(d: Drawn, poly: Polygon) -> list[str]:
    """Fibre lines from the origin curve to the insertion curve, clipped inside."""
    if not d.fibres:
        return []
    origin, insertion, count = d.fibres
    a = sample(origin, 0.5)
    b = sample(insertion, 0.5)
    inner = poly.buffer(-2.5)
    out = []
    for i in range(count):
        t = (i + 0.5) / count
        p = a[round(t * (len(a) - 1))]
        q = b[round(t * (len(b) - 1))]
        mid = ((p[0] + q[0]) / 2 + (q[1] - p[1]) * d.bow, (p[1] + q[1]) / 2 - (q[0] - p[0]) * d.bow)
        seg = shapely.LineString(sample(spline([p, mid, q]), 1.0)).intersection(inner)
        for piece in getattr(seg, "geoms", [seg]):
            if piece.length > 6:
                out.append(list(piece.simplify(0.05).coords))
    return out


def muscles_svg(layer: str) -> list[str]:
    """Per muscle (table order, later on top): its shape with its id (not painted: the
    window's geometry), then its art: a superficial muscle's visible part, shaded, and
    its fibre lines; a deep muscle pale and dashed, whole (seen through what covers it),
    or only dotted if it lies in front of the skeleton (``seen_through``)."""
    out = [paint.MUSCLE_DEFS, *art.soft_tissue_fill()] if layer == "superficial" else []
    drawn = muscles.drawn()
    for i, d in enumerate(drawn):
        m = d.muscle
        if m.layer != layer:
            continue
        poly = muscle_polygon(d)
        assert isinstance(poly, Polygon), f"{m.id}: outline not one piece"
        assert poly.is_valid, f"{m.id}: outline not simple"
        # fibres and paint only where the muscle is not covered by a later muscle of its layer
        above = [muscle_polygon(n) for n in drawn[i + 1:] if n.muscle.layer == layer]
        visible = poly.difference(unary_union(above)) if above else poly
        for tp_id, (at, radius) in d.markers.items():
            assert poly.contains(Point(at)), f"{tp_id} marker outside {m.id}"
            if not poly.contains(Point(at).buffer(radius)):
                print(f"note: marker {tp_id} pokes out of {m.id}")
        fibres = [] if d.seen_through else fibre_paths(d, visible)
        shown = _clean_art(visible) if layer == "superficial" else None
        seen = None if d.seen is None else poly.intersection(blob(d.seen, step=0.8)).simplify(0.3)
        for side in SIDES:
            bz = d.outline if side == "left" else mirror_beziers(d.outline)
            out.append(f'<path id="muscle-{side}-{m.id}" d="{bez_d(bz, closed=True)}" '
                       f'{paint.GEOMETRY}/>')
            if seen is not None:  # for the window's tint (app/content/art.py SEEN_ID)
                g = seen if side == "left" else mirror_geom(seen)
                out.append(f'<path id="seen-{side}-{m.id}" d="{area_d(g)}" {paint.GEOMETRY}/>')
            if shown is not None:
                g = shown if side == "left" else mirror_geom(shown)
                out.append(f'<path d="{area_d(g)}" {paint.SUPERFICIAL}/>')
            elif d.faint_below is not None and not d.seen_through:
                out += _deep_fading(bz, d.faint_below)
            else:
                style = paint.SEEN_THROUGH if d.seen_through else paint.DEEP
                out.append(f'<path d="{bez_d(bz, closed=True)}" {style}/>')
            fibre_style = paint.FIBRE if layer == "superficial" else paint.DEEP_FIBRE
            for f in fibres:
                f2 = f if side == "left" else mirror_points(f)
                fd = "M" + "L".join(f"{num(x)} {num(y)}" for x, y in f2)
                out.append(f'<path d="{fd}" {fibre_style}/>')
    if layer == "superficial":
        out += art.muscle_details()
    # what reaches into the torso's fade at the top fades with it
    return paint.fade_top(out, layer)


def _deep_fading(bz, below: float) -> list[str]:
    """A deep muscle's outline drawn pale and dashed, its line fainter below ``below``
    (the fill whole, then the line's pieces above and below that height)."""
    fill, line = art.split_style(paint.DEEP)
    low = box(-100, below, 700, 1300)
    high = box(-100, -300, 700, below)
    out = [f'<path d="{bez_d(bz, closed=True)}" {fill}/>']
    for outside, style in ((low, line), (high, paint.DEEP_FAINT_LINE)):
        if pieces := art.line_outside(bz, outside):
            out.append(f'<path d="{pieces}" fill="none" {style}/>')
    return out


#: Fibre lines of a deep muscle on the cut-away side whose source asks for none in the
#: deep layer.
CUTAWAY_FIBRES = 10
SOLE_MUSCLES = {m.id for m in table_foot.MUSCLES}
#: The superficial muscles the cut-away removes on the right side, each whole: those that
#: lie over the deep muscles drawn (gluteus maximus and medius over the deep gluteal
#: muscles; the erector columns and serratus posterior inferior, which lies on them, over
#: quadratus lumborum and multifidus; gastrocnemius and soleus over popliteus, plantaris,
#: tibialis posterior and flexor digitorum longus). The others (the hamstrings, the thigh,
#: the peroneals) stay: where a removed muscle lay on them they are drawn over the deep
#: layer, so the hamstrings keep their origin on the ischial tuberosity and their tendons
#: reach their insertions.
CUT_AWAY = ("gluteus-maximus", "gluteus-medius", "iliocostalis-lumborum",
            "longissimus-thoracis", "iliocostalis-thoracis", "serratus-posterior-inferior",
            "soleus", "gastrocnemius")
#: Details of muscles.svg (``tendons``, ``detail-lines``) that go with those muscles,
#: besides those named after one of them: the calcaneal tendon (gastrocnemius and
#: soleus) and the erector spinae aponeurosis (the erector columns' common tendon).
CUT_AWAY_DETAILS = ("detail-left-calcaneal-tendon", "detail-left-erector-spinae-aponeurosis")
#: Deep muscles whose outline the cut also opens, whole: quadratus lumborum, the
#: thoracolumbar fascia and aponeuroses lateral to the erector columns over it removed,
#: so its trapezoid shows with its own oblique lateral border.
CUT_OPEN = ("quadratus-lumborum",)
#: Soft tissue (bones.svg ``soft-tissue``) the cut also removes: the fat of the popliteal
#: fossa, so the nerves in it show (the tibial and common fibular nerves, context shapes).
CUT_OPEN_SOFT = ("popliteal-fossa",)
#: The cut reaches this far past the removed muscles' outlines, so no piece of their
#: lines (1.2 wide) is left along its edge.
CUT_MARGIN = 0.8
#: The id of the cut's shape in the cut-away layer (app/content/art.py reads it).
CUT_ID = "cutaway-cut"
#: Deep muscles the cut-away leaves dashed, whole (as the deep layer draws them): still
#: covered from behind once the superficial muscles are gone. Coccygeus lies on the pelvic
#: surface of the sacrospinous ligament, under it and the sacrotuberous ligament.
CUTAWAY_DASHED = ("coccygeus",)


def _is_cut_detail(sid: str) -> bool:
    return sid in CUT_AWAY_DETAILS or any(m in sid for m in CUT_AWAY)


def cut_area() -> Polygon:
    """What the cut-away removes, on the left side: the outlines of the ``CUT_AWAY``
    muscles and of their details, and those of the ``CUT_OPEN`` deep muscles (what lay
    over them) and the ``CUT_OPEN_SOFT`` soft tissue, a little grown (mirrored for the
    right side)."""
    outlines = {d.muscle.id: d.outline for d in muscles.drawn()}
    missing = [m for m in CUT_AWAY + CUT_OPEN if m not in outlines]
    assert not missing, f"cut-away: no such muscle {missing}"
    shapes = [blob(outlines[m], step=0.8) for m in CUT_AWAY + CUT_OPEN]
    soft = art.soft_tissue()
    missing = [m for m in CUT_OPEN_SOFT if m not in soft]
    assert not missing, f"cut-away: no such soft tissue {missing}"
    shapes += [blob(soft[m], step=0.8) for m in CUT_OPEN_SOFT]
    details = {s.id: s for s in art.detail_shapes()}
    missing = [sid for sid in CUT_AWAY_DETAILS if sid not in details]
    assert not missing, f"cut-away: no such detail {missing}"
    shapes += [blob(s.closed_beziers(), step=0.8) for s in details.values()
               if _is_cut_detail(s.id) and s.beziers()[1]]
    return unary_union(shapes).buffer(CUT_MARGIN).simplify(0.2)


def cutaway_svg(body: Polygon | None = None) -> list[str]:
    """The deep layer as a dissection shows it once the superficial muscles over it are
    cut away (``CUT_AWAY``), on the patient's right side only (the window shows it there
    when asked, beside the left side's superficial layer, as anatomy atlases do), inside
    the cut (the element ``CUT_ID``: the removed muscles' outlines, which the window clips
    this layer to and the other muscle layers out of): each deep muscle's part that no
    later deep muscle covers, shaded like a superficial one, with its fibre lines; one
    that lies in front of the skeleton (``seen_through``) stays dotted; one still covered
    (``CUTAWAY_DASHED``: coccygeus) stays dashed; one mostly out of
    sight (``seen``: obturator internus) stays dashed but for the part a back view sees,
    its tendon, painted last, over the gemelli it runs between. Under them, the exposed
    bed (the cut inside ``body``, the silhouette) a shade darker than the skin, the
    outlines of the bones the removed muscles hid and the context shapes (muscles of no
    table); over them the ligaments of the cut-away side and its deep landmarks, then
    the superficial muscles that stay (and their details) where a removed one lay on
    them. No ids but the cut's: the shapes are the deep layer's."""
    cut = mirror_geom(cut_area())
    out = [paint.CUTAWAY_DEFS, f'<path id="{CUT_ID}" d="{area_d(cut)}" {paint.CUT_CLIP}/>']
    if body is not None:
        bed = cut.intersection(body).simplify(0.3)
        out += [paint.cutaway_bed_defs(), f'<path d="{area_d(bed)}" {paint.CUTAWAY_BED}/>']
    out += art.cutaway_exposed_bone_fill(cut)
    out += art.cut_side_bone_lines(cut)
    out += art.cutaway_exposed_bones()
    drawn = [d for d in muscles.drawn() if d.muscle.layer == "deep"]
    # context shapes first, where no deep muscle of the tables lies over them
    deep = unary_union([muscle_polygon(d) for d in drawn if not d.seen_through])
    for bz in art.cutaway_context():
        shown = _clean_art(blob(bz, step=0.8).difference(deep))
        if not shown.is_empty:
            out.append(f'<path d="{area_d(mirror_geom(shown))}" {paint.CUTAWAY_CONTEXT}/>')
    seen_parts = []
    for i, d in enumerate(drawn):
        poly = muscle_polygon(d)
        if d.seen_through:
            out.append(f'<path d="{bez_d(mirror_beziers(d.outline), closed=True)}" '
                       f'{paint.SEEN_THROUGH}/>')
            continue
        if d.seen is not None or d.muscle.id in CUTAWAY_DASHED:
            out.append(f'<path d="{bez_d(mirror_beziers(d.outline), closed=True)}" '
                       f'{paint.DEEP}/>')
            if d.seen is not None:
                seen_parts.append(poly.intersection(blob(d.seen, step=0.8)))
            continue
        above = [muscle_polygon(n) for n in drawn[i + 1:] if not n.seen_through
                 and n.seen is None and n.muscle.id not in CUTAWAY_DASHED]
        visible = poly.difference(unary_union(above)) if above else poly
        shown = _clean_art(visible)
        out.append(f'<path d="{area_d(mirror_geom(shown))}" {paint.CUTAWAY}/>')
        # Uncovered, a deep muscle shows its fibres even where the dashed deep layer
        # leaves them out (data-count 0, against clutter under the superficial muscles).
        if d.fibres is not None and d.fibres[2] == 0:
            d = replace(d, fibres=(d.fibres[0], d.fibres[1], CUTAWAY_FIBRES))
        for f in fibre_paths(d, visible):
            fd = "M" + "L".join(f"{num(x)} {num(y)}" for x, y in mirror_points(f))
            out.append(f'<path d="{fd}" {paint.FIBRE}/>')
    out += art.cutaway_ligaments()
    for part in seen_parts:
        out.append(f'<path d="{area_d(mirror_geom(_clean_art(part)))}" {paint.CUTAWAY_TENDON}/>')
    out += _context_over(drawn)
    out += art.cutaway_landmarks()
    return out + _kept_over_cut(cut)


def _context_over(drawn: list[Drawn]) -> list[str]:
    """The context shapes painted over the deep muscles (the sciatic nerve), less where
    the deep muscles they pass under lie (piriformis), right side."""
    outlines = {d.muscle.id: d for d in drawn}
    out = []
    for bz, under in art.cutaway_context_over():
        missing = [m for m in under if m not in outlines]
        assert not missing, f"cut-away context: data-under names no deep muscle {missing}"
        shape = blob(bz, step=0.8)
        if under:
            shape = shape.difference(unary_union([muscle_polygon(outlines[m]) for m in under]))
        out.append(f'<path d="{area_d(mirror_geom(_clean_art(shape)))}" {paint.CUTAWAY_NERVE}/>')
    return out


def _kept_over_cut(cut) -> list[str]:
    """The superficial muscles the cut-away keeps, where they reach into the cut (right
    side): painted as in the superficial layer (the part no later kept muscle covers,
    whole, so its shading matches the rest of it outside the cut), their fibre lines in
    the cut, then their details there (the iliotibial tract, the semitendinosus tendon)."""
    near = cut.buffer(2.0)
    kept = [d for d in muscles.drawn() if d.muscle.layer == "superficial"
            and d.muscle.id not in CUT_AWAY and d.muscle.id not in SOLE_MUSCLES]
    out = []
    for i, d in enumerate(kept):
        poly = muscle_polygon(d)
        if not mirror_geom(poly).intersects(cut):
            continue
        above = [muscle_polygon(n) for n in kept[i + 1:]]
        visible = poly.difference(unary_union(above)) if above else poly
        out.append(f'<path d="{area_d(mirror_geom(_clean_art(visible)))}" {paint.CUTAWAY}/>')
        for f in fibre_paths(d, visible):
            line = shapely.LineString(mirror_points(f)).intersection(near)
            for piece in getattr(line, "geoms", [line]):
                if not piece.is_empty and piece.length > 1:
                    fd = "M" + "L".join(f"{num(x)} {num(y)}" for x, y in piece.coords)
                    out.append(f'<path d="{fd}" {paint.FIBRE}/>')
    for s in art.detail_shapes():
        if _is_cut_detail(s.id):
            continue
        bz, closed = s.beziers()
        right = mirror_beziers(bz)
        reach = blob(right, step=0.8) if closed else shapely.LineString(sample(right, 1.0))
        if reach.intersects(cut):
            style = paint.CUTAWAY_TENDON if closed else paint.DETAIL_LINE
            out.append(f'<path d="{bez_d(right, closed=closed)}" {style}/>')
    return out


def _clean_art(geom):
    """A muscle's visible part for painting: slivers dropped, vertices thinned (art only,
    so a tenth of a unit is invisible)."""
    parts = [p.simplify(0.1) for p in polygons(geom) if p.area > 2.0]
    return unary_union(parts)


# --------------------------------------------------------------------- zones

def _clean(geom):
    geom = grid_round(geom)
    if not geom.is_valid:
        geom = shapely.make_valid(geom, method="structure", keep_collapsed=False)
    parts = [p for p in polygons(geom) if p.area > 1.0]
    return unary_union(parts) if parts else Polygon()


def _zone_pair(essential, spillover, body: Polygon):
    """Essential and spillover areas inside ``body`` that share their common edges
    vertex for vertex: the three outlines are noded together and each face goes to
    one pattern (so the two never overlap).  Where a zone meets the body outline its
    corner is moved onto the nearest outline vertex (not merely rounded), so zone
    edges along the outline are the outline's own edges and never poke outside."""
    rings = [shapely.LineString(body.exterior.coords)]
    rings += [shapely.LineString(p.exterior.coords) for p in polygons(essential)]
    rings += [shapely.LineString(p.exterior.coords) for p in polygons(spillover)]
    faces = list(polygonize(unary_union([grid_round(r) for r in rings])))
    outline = np.asarray(body.exterior.coords)
    ring = body.exterior

    def fix(coords):
        out = np.round(coords / 0.01) * 0.01
        for i, (x, y) in enumerate(coords):
            new_crossing = abs(out[i, 0] - x) > 1e-9 or abs(out[i, 1] - y) > 1e-9
            if new_crossing and ring.distance(Point(x, y)) < 1e-6:
                d2 = (outline[:, 0] - x) ** 2 + (outline[:, 1] - y) ** 2
                k = int(np.argmin(d2))
                if d2[k] < 0.5:  # else a long straight edge (the midline): rounding is exact
                    out[i] = outline[k]
        return out

    ess, spill = [], []
    for f in faces:
        pt = f.representative_point()
        if not body.contains(pt):
            continue
        if essential.contains(pt):
            ess.append(shapely.transform(f, fix))
        elif spillover.contains(pt):
            spill.append(shapely.transform(f, fix))
    return _clean(unary_union(ess)), _clean(unary_union(spill))


def zones(silhouette: Polygon, regions: dict[str, Polygon]) -> dict[str, object]:
    """zone id -> (multi)polygon; the left one is clipped to x <= 300 (unless the TP's
    zones cross the midline) and cut out of its KEEP_OUT regions, then mirrored."""
    left_body = shapely.intersection(silhouette, box(0, -200, MID_X, 1200), grid_size=0.01)
    assert isinstance(left_body, Polygon)

    def body_for(tp) -> Polygon:
        body = silhouette if tp.crosses_midline else left_body
        names = KEEP_OUT.get(tp.id, ())
        if names:
            out = unary_union([regions.get(n) or regions[f"left-{n}"] for n in names])
            body = shapely.difference(body, out, grid_size=0.01)
            assert isinstance(body, Polygon), f"{tp.id}: keep-out splits the body"
            assert not body.interiors, f"{tp.id}: keep-out makes a hole"
        return body
    silhouette = grid_round(silhouette)
    out: dict[str, object] = {}
    on_sole = inset.patterns()
    known = {tp.id for m in MUSCLES for tp in m.trigger_points}
    assert {tp for tp, _ in on_sole} <= known, "sole inset zone of an unknown trigger point"
    sources = muscles.zones()
    for m in MUSCLES:
        for tp in m.trigger_points:
            src = sources[tp.id]
            ess, spill = _zone_pair(unary_union([blob(b, ZONE_STEP) for b in src.essential]),
                                    unary_union([blob(b, ZONE_STEP) for b in src.spillover]),
                                    body_for(tp))
            # no essential shape: the essential pattern lies on the sole only (the inset)
            assert not ess.is_empty or (not src.essential and (tp.id, "essential") in on_sole), \
                f"{tp.id}: empty essential zone"
            # no spillover shape -> no spillover element (the content has no spillover text)
            assert spill.is_empty == (not src.spillover), f"{tp.id}: empty spillover zone"
            patterns = ([("essential", ess)] if src.essential else []) + \
                ([("spillover", spill)] if src.spillover else [])
            for side in SIDES:
                for pattern, g in patterns:
                    g2 = g if side == "left" else _clean(mirror_geom(g))
                    out[f"zone-{side}-{tp.id}-{pattern}"] = g2
    return out


def lookalike_areas(silhouette: Polygon) -> dict[str, object]:
    """``lookalike-{side}-{id}`` (posterior view, clipped to that half of the body) and
    ``lookalike-sole-{side}-{id}`` (clipped to that side's foot) -> (multi)polygon."""
    left_body = shapely.intersection(silhouette, box(0, -200, MID_X, 1200), grid_size=0.01)
    assert isinstance(left_body, Polygon)
    out: dict[str, object] = {}
    for lid, raw in lookalikes.body_left().items():
        left, _ = _zone_pair(raw, Polygon(), grid_round(left_body))
        assert not left.is_empty, f"look-alike {lid}: empty on the body"
        out[f"lookalike-left-{lid}"] = left
        out[f"lookalike-right-{lid}"] = _clean(mirror_geom(left))
    feet = inset.feet()
    for lid, raw in lookalikes.sole_left().items():
        left = inset._in_foot(raw, feet["left"])
        assert not left.is_empty, f"look-alike {lid}: empty on the sole"
        out[f"lookalike-sole-left-{lid}"] = left
        out[f"lookalike-sole-right-{lid}"] = inset._in_foot(mirror_geom(left), feet["right"])
    return out


def trigger_points() -> list[str]:
    out = []
    for d in muscles.drawn():
        for tp_id, (at, radius) in d.markers.items():
            for side in SIDES:
                x, y = at if side == "left" else (2 * MID_X - at[0], at[1])
                out.append(f'<circle id="tp-{side}-{tp_id}" cx="{num(x)}" cy="{num(y)}" '
                           f'r="{num(radius)}" {STYLE["tp"]}/>')
    return out


# ---------------------------------------------------------------------- main

def group(gid: str, items: list[str]) -> str:
    return f'<g id="{gid}">\n' + "\n".join(items) + "\n</g>"


def build() -> str:
    regions = all_regions()
    silhouette = silhouette_of(regions)
    stats = check_partition(regions, silhouette)
    sil_d = area_d(silhouette)
    feet_ds = [area_d(f) for f in inset.feet().values()]
    region_ds = {name: area_d(p) for name, p in sorted(regions.items())}
    # the regions tile the body and the two feet of the insets: every grid point in one
    # of those outlines is in exactly one region
    grid = grid_check([sil_d, *feet_ds], region_ds)
    for key in ("gaps", "overlaps", "outside"):
        assert grid[key] == 0, grid

    zone_geoms = zones(silhouette, regions)
    # zones are inside the body up to grid rounding (< 0.02 units)
    grown = silhouette.buffer(0.02)
    worst_out = max(g.difference(silhouette).area for g in zone_geoms.values())
    for zid, g in zone_geoms.items():
        assert g.difference(grown).area < 1e-9, f"{zid} leaves the body"
    zone_ds = {zid: area_d(g) for zid, g in zone_geoms.items()}
    zgrid = zone_grid_check([sil_d], zone_ds)
    for key in ("outside", "both_patterns"):
        assert zgrid[key] == 0, zgrid
    sole_ds = {zid: area_d(g) for zid, g in inset.zones().items()}
    sgrid = zone_grid_check(feet_ds, sole_ds)
    for key in ("outside", "both_patterns"):
        assert sgrid[key] == 0, sgrid
    sole_art, sole_zones = inset.groups()
    for tp_id, names in KEEP_OUT.items():
        for zid, g in zone_geoms.items():
            side = zid.split("-")[1]
            if not zid.startswith(f"zone-{side}-{tp_id}-"):
                continue
            for name in names:
                region = regions.get(name) or regions[f"{side}-{name}"]
                inside = g.intersection(region).area
                assert inside < 1e-3, f"{zid} reaches into region {name} ({inside:.3f})"
    for zid in zone_geoms:
        if zid.endswith("-essential"):
            other = zone_geoms.get(zid.replace("-essential", "-spillover"))
            if other is not None:
                assert zone_geoms[zid].intersection(other).area < 1e-3, \
                    f"{zid} overlaps its spillover"

    look_geoms = lookalike_areas(silhouette)
    feet = inset.feet()
    for lid, g in look_geoms.items():
        side = "right" if "-right-" in lid else "left"
        on_sole = lid.startswith("lookalike-sole-")
        within = feet[side] if on_sole else silhouette
        assert g.difference(within.buffer(0.02)).area < 1e-9, f"{lid} leaves its outline"
        half = box(MID_X, -200, 600, 1200) if side == "left" else box(0, -200, MID_X, 1200)
        assert g.intersection(half).area < 1e-6, f"{lid} crosses to the other side"
    look_ds = {lid: area_d(g) for lid, g in look_geoms.items()}
    lgrid = zone_grid_check([sil_d], {k: d for k, d in look_ds.items() if "-sole-" not in k})
    lsgrid = zone_grid_check(feet_ds, {k: d for k, d in look_ds.items() if "-sole-" in k})
    assert lgrid["outside"] == 0, lgrid
    assert lsgrid["outside"] == 0, lsgrid

    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<svg xmlns="http://www.w3.org/2000/svg" version="1.1" '
        'viewBox="0 -152 600 1352" width="600" height="1352">',
        "<title>TriggerMap: posterior view of the lower body</title>",
        group("silhouette-layer", [paint.SKIN_DEFS,
                                   f'<path id="silhouette" d="{sil_d}" {paint.SILHOUETTE}/>',
                                   *paint.fade_top(art.contours(), "skin")]),
        sole_art,  # the soles seen from below, under the foot muscles (inset.py)
        group("regions", [f'<path id="region-{n}" d="{d}" {STYLE["region"]}/>'
                          for n, d in region_ds.items()]),
        group("bones", art.bones()),
        group("muscles-deep", muscles_svg("deep")),
        group("muscles-superficial", muscles_svg("superficial")),
        group("muscles-cutaway", cutaway_svg(silhouette)),
        group("zones", [f'<path id="{zid}" d="{area_d(g)}" '
                        f'{STYLE["essential" if zid.endswith("essential") else "spillover"]}/>'
                        for zid, g in sorted(zone_geoms.items())]),
        group("trigger-points", trigger_points()),
        group("labels", art.labels()),
        sole_zones,
        group("lookalikes", [f'<path id="{lid}" d="{d}" {STYLE["lookalike"]}/>'
                             for lid, d in look_ds.items()]),
        "</svg>",
    ]
    text = "\n".join(parts) + "\n"
    print(f"regions: {len(regions)}  partition: {stats}")
    print(f"grid check (step 1.3, offset 0.37): {grid}")
    print(f"zones: max area outside the silhouette {worst_out:.2e}; grid check: {zgrid}")
    print(f"sole zones: {len(sole_ds)}; grid check: {sgrid}")
    print(f"look-alikes: {len(look_ds)}; grid check: body {lgrid}, soles {lsgrid}")
    drawn = muscles.drawn()
    n_tps = sum(len(d.markers) for d in drawn) * 2
    n_sole = sum(is_sole(r) for r in regions)
    print(f"zones: {len(zone_geoms)}  trigger points: {n_tps}  muscle shapes: {len(drawn) * 2}"
          f"  (of {len(MUSCLES)} muscles)  sole regions: {n_sole}")
    return text


def main() -> None:
    text = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    size = OUT.stat().st_size
    # a guard against runaway vertex counts (1.37 MB before issue 7's nine muscles, two
    # sole insets and sole regions: 1.6 MB after; issue 8's look-alike areas, whose
    # edges along the body follow its outline: 1.75 MB; issue 11's cut-away deep layer:
    # 1.91 MB)
    assert size < 2_000_000, f"SVG too large: {size} bytes"
    print(f"wrote {OUT.relative_to(ROOT)} ({size / 1024:.0f} KiB)")
    # The app reads the geometry compiled from the SVG, not the SVG: keep them in step.
    import compile_diagram

    compile_diagram.main([])


if __name__ == "__main__":
    main()
