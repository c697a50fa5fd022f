"""Art-only layers: bones, skin contours, labels, read from assets/art/ (bones.svg,
body.svg, labels.svg).  What the generator adds: the right side (the mirror image of the
left), the ids of the mirrored copies, and the styles below (the colours in the sources
are only there to show the art while it is edited)."""

from __future__ import annotations

import math
import re
from xml.sax.saxutils import escape

from . import paint, sources, table_foot
from .geom import Pt, area_d, bez_d, blob, mirror_beziers, mirror_geom, mirror_pt, num, sample

BONE_STYLE = ('fill="url(#bone-shade)" stroke="#bfae98" stroke-width="0.7" stroke-linejoin="round" '
              'stroke-linecap="round" opacity="0.75"')
BONE_LINE = 'fill="none" stroke="#bfae98" stroke-width="0.6" stroke-linecap="round" opacity="0.75"'
# Landmarks a clinician palpates (PSIS, greater trochanter, malleoli, spinous processes,
# ...): a shade stronger than the rest of the bone (drawn over the veil, with a slightly
# darker line), still lighter than the superficial muscles' outlines and far lighter than
# a zone.
LANDMARK = ('fill="#ede6da" stroke="#b3a08a" stroke-width="0.7" stroke-linejoin="round" '
            'opacity="0.8"')
# A landmark under a superficial muscle (the greater trochanter, under gluteus maximus):
# felt through the muscle, a tone (its outline left out under the muscle: data-hidden-under)
LANDMARK_FAINT = f'{LANDMARK} fill-opacity="0.9" stroke-opacity="0.6"'
# A deep landmark on the cut-away side (the lesser trochanter), seen through the muscles
LANDMARK_SEEN = ('fill="none" stroke="#ab9780" stroke-width="0.9" stroke-dasharray="1.2 2.4" '
                 'stroke-linecap="round" opacity="0.9"')
LANDMARK_LINE = ('fill="none" stroke="#b3a08a" stroke-width="0.8" stroke-linecap="round" '
                 'stroke-linejoin="round" opacity="0.8"')
CONTOUR = ('fill="none" stroke="#c7b1a0" stroke-width="1" stroke-linecap="round" '
           'stroke-linejoin="round"')
LABEL_FONT = 'font-family="DejaVu Sans, Arial, sans-serif" fill="#6b5a4e"'
LEADER = 'fill="none" stroke="#a89686" stroke-width="0.6"'
DOT = 'fill="#8a7666"'
# A quarter of a circle as one cubic: control points at this fraction of the radius
KAPPA = 4 * (math.sqrt(2) - 1) / 3
_SOLE_MUSCLES = {m.id for m in table_foot.MUSCLES}


def _right(sid: str) -> str:
    if not sid.startswith("bone-left-"):
        raise sources.SourceError(f"assets/art/bones.svg: #{sid}: a mirrored bone's id starts "
                                  "with bone-left-")
    return "bone-right-" + sid.removeprefix("bone-left-")


def ellipse_d(c: Pt, rx: float, ry: float, tilt: float) -> str:
    """Path data of an ellipse: four cubic arcs, one per quadrant, with the control
    points at KAPPA times the radius (a true ellipse to within 0.03 %), starting at the
    end of its first axis (from the left of an untilted one's centre going down)."""
    t = math.radians(tilt)
    cos, sin = math.cos(t), math.sin(t)

    def at(x: float, y: float) -> Pt:
        return (c[0] + x * cos - y * sin, c[1] + x * sin + y * cos)

    kx, ky = KAPPA * rx, KAPPA * ry
    arcs = (
        ((rx, 0), (rx, ky), (kx, ry), (0, ry)),
        ((0, ry), (-kx, ry), (-rx, ky), (-rx, 0)),
        ((-rx, 0), (-rx, -ky), (-kx, -ry), (0, -ry)),
        ((0, -ry), (kx, -ry), (rx, -ky), (rx, 0)),
    )
    return bez_d([tuple(at(x, y) for x, y in arc) for arc in arcs], closed=True)


def _own_opacity(style: str, s: sources.Shape) -> str:
    """The layer's style with the shape's own ``opacity`` in place of the layer's, if it
    gives one (a line drawn lighter than its layer: the greater trochanter's upper
    border)."""
    if "opacity" not in s.attrs:
        return style
    return re.sub(r'(?<![\w-])opacity="[^"]*"', f'opacity="{s.num("opacity"):g}"', style)


def _mirrored(layer: str, base_style: str) -> list[str]:
    """Each shape of a layer of bones.svg (left side), then its mirror image (an ellipse
    is mirrored as an ellipse: its centre mirrored). A shape with
    ``data-hidden-under="{muscle} ..."`` has no line where those muscles cover it (its
    fill is drawn whole, its outline only in the pieces outside them). A shape's own
    ``opacity`` replaces the layer's."""
    out = []
    for s in sources.load("bones.svg").layer(layer):
        style = _own_opacity(base_style, s)
        if s.tag == "ellipse":
            (cx, cy), rx, ry, tilt = s.ellipse()
            for sid, c, a in ((s.id, (cx, cy), tilt), (_right(s.id), mirror_pt((cx, cy)), -tilt)):
                out.append(f'<path id="{sid}" d="{ellipse_d(c, rx, ry, a)}" {style}/>')
            continue
        bz, closed = s.beziers()
        under = s.attrs.get("data-hidden-under", "").split()
        if not under:
            for sid, b in ((s.id, bz), (_right(s.id), mirror_beziers(bz))):
                out.append(f'<path id="{sid}" d="{bez_d(b, closed=closed)}" {style}/>')
            continue
        cover = _cover_of(under, s.where)
        fill, stroke = split_style(style)
        right = (_right(s.id), mirror_beziers(bz), mirror_geom(cover))
        for sid, b, c in ((s.id, bz, cover), right):
            out.append(f'<path id="{sid}" d="{bez_d(b, closed=closed)}" {fill}/>')
            if pieces := line_outside(b, c):
                out.append(f'<path d="{pieces}" fill="none" {stroke}/>')
    return out


def _cover_of(muscle_ids: list[str], where: str):
    """The left-side area the muscles (or the soft tissue of ``soft_tissue``) with these
    ids cover."""
    from shapely.ops import unary_union

    from . import muscles

    outlines = {d.muscle.id: d.outline for d in muscles.drawn()}
    outlines.update(soft_tissue())
    unknown = [m for m in muscle_ids if m not in outlines]
    if unknown:
        raise sources.SourceError(f"{where}: data-hidden-under names no drawn muscle "
                                  f"or soft tissue: {unknown}")
    return unary_union([blob(outlines[m], step=0.8) for m in muscle_ids])


def soft_tissue() -> dict[str, list]:
    """Name -> closed outline (left side) of the soft tissue over bones where no muscle
    lies (bones.svg, optional layer ``soft-tissue``, ids ``soft-left-{name}``: the fat of
    the popliteal fossa). The bones under it are veiled as under a muscle, and a bone
    with ``data-hidden-under="{name}"`` has no outline there."""
    src = sources.load("bones.svg")
    if "soft-tissue" not in src.layers:
        return {}
    return {s.id.removeprefix("soft-left-"): s.closed_beziers()
            for s in src.layer("soft-tissue")}


def soft_tissue_fill() -> list[str]:
    """The soft tissue's part no superficial muscle covers, both sides, in the skin's
    colour (drawn in the superficial muscle layer, so the bones there read as seen
    through fat, and the cut-away side, which replaces that layer, shows the bones)."""
    from shapely.ops import unary_union

    soft = [blob(bz, step=0.8) for bz in soft_tissue().values()]
    if not soft:
        return []
    exposed = unary_union(soft).difference(_muscle_cover()).simplify(0.1)
    return [f'<path d="{area_d(g)}" {paint.SOFT_TISSUE}/>'
            for g in (exposed, mirror_geom(exposed)) if not g.is_empty]


def cut_side_bone_lines(cut) -> list[str]:
    """The outlines of the bones (layer ``bones``) hidden under a muscle or soft tissue
    (``data-hidden-under``), on the right side and inside ``cut`` (the area the cut-away
    shows): with those muscles cut away, the bone is seen there."""
    out = []
    for s in sources.load("bones.svg").layer("bones"):
        under = s.attrs.get("data-hidden-under", "").split()
        if not under or s.tag == "ellipse":
            continue
        from shapely.geometry import box

        bz, _ = s.beziers()
        inside = mirror_geom(_cover_of(under, s.where)).intersection(cut)
        elsewhere = box(-100, -300, 700, 1300).difference(inside)
        if pieces := line_outside(mirror_beziers(bz), elsewhere):
            out.append(f'<path d="{pieces}" fill="none" {split_style(BONE_STYLE)[1]}/>')
    return out


#: The bones the cut-away lays bare, painted solid in bone tone on its side: the femur
#: round the greater trochanter (down to this height), the greater trochanter itself,
#: the intertrochanteric crest (quadratus femoris ends on its quadrate tubercle) and the
#: ischial tuberosity (the hamstrings' origin).
EXPOSED_FEMUR_BELOW = 400.0
EXPOSED_BONES = ("bone-left-greater-trochanter", "bone-left-ischial-tuberosity")
EXPOSED_CREST = "bone-left-femur-intertrochanteric"


def cutaway_exposed_bone_fill(cut) -> list[str]:
    """The femur's upper end inside ``cut`` (right side), filled in bone tone with no
    line (its outline is ``cut_side_bone_lines``'), under the deep muscles."""
    from shapely.geometry import box

    femur = next(s for s in sources.load("bones.svg").layer("bones") if s.id == "bone-left-femur")
    bare = mirror_geom(blob(femur.closed_beziers(), step=0.8)).intersection(cut)
    bare = bare.intersection(box(-100, -300, 700, EXPOSED_FEMUR_BELOW)).simplify(0.3)
    return [f'<path d="{area_d(bare)}" {split_style(paint.CUTAWAY_BONE)[0]}/>']


def cutaway_exposed_bones() -> list[str]:
    """The greater trochanter and the ischial tuberosity whole and the intertrochanteric
    crest as a ridge, right side, in bone tone with their outline (the window shows them
    only inside the cut), under the deep muscles that lie on them."""
    src = sources.load("bones.svg")
    shapes = {s.id: s for layer in ("bones", "landmarks-faint", "bone-lines")
              for s in src.layer(layer)}
    missing = [i for i in (*EXPOSED_BONES, EXPOSED_CREST) if i not in shapes]
    if missing:
        raise sources.SourceError(f"bones.svg: the cut-away's exposed bones {missing} missing")
    out = [f'<path d="{bez_d(mirror_beziers(shapes[i].closed_beziers()), closed=True)}" '
           f'{paint.CUTAWAY_BONE}/>' for i in EXPOSED_BONES]
    crest = bez_d(mirror_beziers(shapes[EXPOSED_CREST].open_beziers()))
    out.append(f'<path d="{crest}" {paint.CUTAWAY_CREST}/>')
    return out


def split_style(style: str) -> tuple[str, str]:
    """A style's attributes for the fill alone (stroke none) and for the line alone (no
    fill); ``opacity`` goes to both."""
    attrs = re.findall(r'([\w-]+)="([^"]*)"', style)
    fill = [f'{k}="{v}"' for k, v in attrs if not k.startswith("stroke")]
    line = [f'{k}="{v}"' for k, v in attrs if k.startswith("stroke") or k == "opacity"]
    return " ".join([*fill, 'stroke="none"']), " ".join(line)


def line_outside(bz, cover) -> str:
    """Path data of the pieces of a curve outside an area (straight segments through
    the sampled curve)."""
    from shapely.geometry import LineString
    from shapely.ops import linemerge

    line = LineString(sample(bz, 0.6)).difference(cover)
    if line.geom_type == "MultiLineString":
        line = linemerge(line)  # the pieces either side of a closed curve's start, joined
    line = line.simplify(0.05)
    parts = [g for g in getattr(line, "geoms", [line]) if not g.is_empty and g.length > 0.5]
    return "".join("M" + "L".join(f"{num(x)} {num(y)}" for x, y in g.coords) for g in parts)


def _muscle_cover():
    """The part of the body the superficial muscles cover (both sides; not the foot
    muscles of the sole insets, which lie on no bone of the drawing)."""
    from shapely.ops import unary_union

    from . import muscles

    cover = []
    for d in muscles.drawn():
        if d.muscle.layer == "superficial" and d.muscle.id not in _SOLE_MUSCLES:
            poly = blob(d.outline, step=0.8)
            cover += [poly, mirror_geom(poly)]
    return unary_union(cover).simplify(0.1)


def _veil_cover():
    """Where the bones are veiled: under the superficial muscles and the soft tissue."""
    from shapely.ops import unary_union

    soft = [blob(bz, step=0.8) for bz in soft_tissue().values()]
    return unary_union([_muscle_cover(), *soft, *(mirror_geom(p) for p in soft)]).simplify(0.1)


def _straight_d(bz) -> str:
    """Path data of a straight open line: its end points."""
    (x0, y0), (x1, y1) = bz[0][0], bz[-1][3]
    return f"M{num(x0)} {num(y0)} L{num(x1)} {num(y1)}"


def bones() -> list[str]:
    src = sources.load("bones.svg")
    out = [paint.BONE_DEFS]
    out += [f'<path id="{s.id}" d="{bez_d(s.closed_beziers(), closed=True)}" {BONE_STYLE}/>'
            for s in src.layer("bones-midline")]
    out += [f'<path id="{s.id}" d="{_straight_d(s.open_beziers())}" {BONE_LINE}/>'
            for s in src.layer("bone-lines-midline")]
    out += _mirrored("bones", BONE_STYLE)
    # faint: drawn lighter than the other bones (the 11th and 12th ribs)
    out += _mirrored("bones-faint", f'{BONE_STYLE} fill-opacity="0.7" stroke-opacity="0.75"')
    out += _mirrored("bone-lines", BONE_LINE)
    # where the superficial muscles cover the bones, the bones are seen faintly through
    # them; the palpable landmarks are drawn after this veil, at full strength
    # (cut at the fade's end, so the part in the fade fades with the bones under it)
    from shapely.geometry import box

    cover = _veil_cover()
    top = box(0, -200, 600, paint.FADE_END)
    out.append(f'<path d="{area_d(cover.intersection(top))}" {paint.VEIL}/>')
    out.append(f'<path d="{area_d(cover.difference(top))}" {paint.VEIL}/>')
    # landmarks last, over the bones they belong to (optional layers)
    if "landmarks-midline" in src.layers:
        out += [f'<path id="{s.id}" d="{bez_d(s.closed_beziers(), closed=True)}" {LANDMARK}/>'
                for s in src.layer("landmarks-midline")]
    for layer, style in (
        ("landmarks", LANDMARK),
        ("landmarks-faint", LANDMARK_FAINT),
        ("landmark-lines", LANDMARK_LINE),
    ):
        if layer in src.layers:
            out += _mirrored(layer, style)
    return paint.fade_top(out, "bones")


def cutaway_landmarks() -> list[str]:
    """The deep landmarks (``landmarks-deep`` of bones.svg: the lesser trochanter, where
    iliopsoas ends), the right side's only, for the cut-away: in the normal view they lay
    under two muscles and only cluttered the buttock. Dotted, unfilled, over the deep
    muscles: seen through quadratus femoris, as iliopsoas, which ends on it, is."""
    src = sources.load("bones.svg")
    if "landmarks-deep" not in src.layers:
        return []
    return [s for s in _mirrored("landmarks-deep", LANDMARK_SEEN) if 'id="bone-left-' not in s]


def cutaway_ligaments() -> list[str]:
    """The ligaments of the cut-away side (muscles.svg, ``cutaway-ligaments``: the
    sacrotuberous ligament, the landmark of the deep gluteal region), the right side's
    only, each at the opacity its source gives. None if the layer is missing."""
    src = sources.load("muscles.svg")
    out = []
    for s in src.layer("cutaway-ligaments") if "cutaway-ligaments" in src.layers else []:
        dim = f' opacity="{s.attrs["opacity"]}"' if "opacity" in s.attrs else ""
        d = bez_d(mirror_beziers(s.closed_beziers()), closed=True)
        out.append(f'<path d="{d}" {paint.CUTAWAY_TENDON}{dim}/>')
    return out


def contours() -> list[str]:
    """Skin contours (no ids): the left ones each followed by its mirror image, fainter
    ones likewise, then those on the midline (the gluteal cleft fainter)."""
    src = sources.load("body.svg")
    out = []
    for layer, style in (("contours", CONTOUR), ("contours-faint", f'{CONTOUR} opacity="0.55"')):
        for s in src.layer(layer):
            bz = s.open_beziers()
            for b in (bz, mirror_beziers(bz)):
                out.append(f'<path d="{bez_d(b)}" {style}/>')
    for layer, style in (("contours-midline", CONTOUR),
                         ("contours-midline-faint", f'{CONTOUR} opacity="0.45"')):
        for s in src.layer(layer) if layer in src.layers else []:
            out.append(f'<path d="{bez_d(s.open_beziers())}" {style}/>')
    return out


def text(s: sources.Shape, sid: str | None = None, x: float | None = None) -> str:
    """A ``<text>`` of a source, in the diagram's font (size, weight and alignment as
    the source sets them)."""
    x0, y = s.point()
    extra = ""
    for name in ("font-weight", "text-anchor"):
        if name in s.attrs:
            extra += f'{name}="{s.attrs[name]}" '
    size = num(s.num("font-size"))
    return (f'<text id="{sid or s.id}" x="{num(x0 if x is None else x)}" y="{num(y)}" '
            f'font-size="{size}" {extra}{LABEL_FONT}>{escape(s.text.strip())}</text>')


def labels() -> list[str]:
    """Titles and landmark labels (labels.svg, as placed: not mirrored): texts, leader
    lines (straight, from the dot on the body towards the text) and dots."""
    out = []
    for s in sources.load("labels.svg").layer("labels"):
        if s.tag == "text":
            out.append(text(s))
        elif s.tag == "path":
            bz = s.open_beziers()
            (x0, y0), (x1, y1) = bz[0][0], bz[-1][3]
            out.append(f'<path id="{s.id}" d="M{num(x0)} {num(y0)}L{num(x1)} {num(y1)}" '
                       f'{LEADER}/>')
        elif s.tag == "circle":
            x, y = s.point()
            out.append(f'<circle id="{s.id}" cx="{num(x)}" cy="{num(y)}" '
                       f'r="{num(s.radius())}" {DOT}/>')
        else:
            raise sources.SourceError(f"{s.where}: labels are texts, leader paths and dots")
    return out


def muscle_details() -> list[str]:
    """Art-only detail over the superficial muscles (muscles.svg, layer
    ``muscle-details``, left side, mirrored): light on the bulge of the bellies (ellipses
    in ``highlights``, dimmed by an ``opacity`` of their own), tendons and aponeuroses
    (closed shapes in ``tendons``) and lines (open paths in ``detail-lines``: the groove
    between the two heads of gastrocnemius, the borders of the iliotibial band). None if
    the layer is missing."""
    src = sources.load("muscles.svg")
    if "muscle-details" not in src.layers:
        return []
    out = []
    for s in src.layer("highlights") if "highlights" in src.layers else []:
        (cx, cy), rx, ry, tilt = s.ellipse()
        # An ellipse's own opacity (gluteus maximus: half) dims its light.
        dim = f' opacity="{s.attrs["opacity"]}"' if "opacity" in s.attrs else ""
        for c, a in (((cx, cy), tilt), (mirror_pt((cx, cy)), -tilt)):
            out.append(f'<path d="{ellipse_d(c, rx, ry, a)}" {paint.HIGHLIGHT}{dim}/>')
    for layer, style in (("tendons", paint.TENDON), ("detail-lines", paint.DETAIL_LINE)):
        for s in src.layer(layer) if layer in src.layers else []:
            bz, closed = s.beziers()
            # a thin sheet (serratus posterior inferior's aponeurosis) is seen through
            own = s.attrs.get("opacity") if layer == "tendons" else None
            dim = f' opacity="{own}"' if own else ""
            for b in (bz, mirror_beziers(bz)):
                out.append(f'<path d="{bez_d(b, closed=closed)}" {style}{dim}/>')
    return out


def detail_shapes() -> list[sources.Shape]:
    """The tendons and detail lines of muscles.svg (left side), in drawing order."""
    src = sources.load("muscles.svg")
    return [s for layer in ("tendons", "detail-lines") if layer in src.layers
            for s in src.layer(layer)]


def cutaway_context() -> list[list]:
    """Closed outlines (left side) of the context shapes of the cut-away (muscles.svg,
    layer ``muscle-details``, group ``cutaway-context``): art only, muscles of no table
    (no trigger point, no zone, no candidate), painted on the cut-away side only, under
    the deep muscles (flexor hallucis longus on the lower fibula). Not those painted
    over them (:func:`cutaway_context_over`). None if the group is missing."""
    return [s.closed_beziers() for s in _context_shapes() if "data-over" not in s.attrs]


def cutaway_context_over() -> list[tuple[list, list[str]]]:
    """The context shapes of the cut-away with ``data-over="deep"`` (the sciatic nerve,
    on the short rotators): painted over the deep muscles, but under those named in
    ``data-under`` (piriformis, which the nerve leaves below): (closed outline, left side;
    the muscle ids it passes under)."""
    out = []
    for s in _context_shapes():
        over = s.attrs.get("data-over")
        if over is None:
            continue
        if over != "deep":
            raise sources.SourceError(f'{s.where}: data-over is "deep" or absent')
        out.append((s.closed_beziers(), s.attrs.get("data-under", "").split()))
    return out


def _context_shapes() -> list[sources.Shape]:
    src = sources.load("muscles.svg")
    if "cutaway-context" not in src.layers:
        return []
    return list(src.layer("cutaway-context"))
