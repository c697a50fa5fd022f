"""The art of another body figure: the reference SVG's art layers, warped.

``tools/compile_diagram.py`` writes ``assets/svg/figures/<id>.svg`` from
``assets/svg/posterior.svg`` with :func:`figure_svg`, and compiles its art layers as it
does the reference's. Only the art is written: regions, zones and trigger points stay in
the reference SVG, and the window draws them on the figure through the same warps
(:mod:`app.domain.figure`). Each layer goes through the warp of what it shows
(:data:`LAYER_WARPS`): the skin's or the tissue's. No Qt here.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from app.content.art import ART_LAYERS, PATH_TOKEN, SVG_NS
from app.domain.figure import Figure, Warp

#: Path commands whose numbers are all absolute (x, y) pairs; anything else is refused.
_PAIRED = frozenset("MLC")

#: Which warp each art layer is drawn through, and why.
LAYER_WARPS: dict[str, tuple[str, str]] = {
    "silhouette-layer": ("skin", "the body outline and the skin's contour lines"),
    "inset-sole": ("skin", "the soles seen from below: their outline is skin"),
    "bones": ("tissue", "bones lie under the muscles"),
    "muscles-deep": ("tissue", "muscles: the trigger points' markers lie on them"),
    "muscles-superficial": ("tissue", "muscles, their fibres and details"),
    "muscles-cutaway": ("tissue", "the deep muscles as a dissection shows them"),
    "labels": ("skin", "the words sit beside the body (a leader's landmark end: below)"),
}
#: In the labels, a leader's first point and its dot mark the landmark (a bone): they go
#: through the tissue warp; the rest of the leader and the words through the skin's.
LANDMARK_SUFFIXES = ("-dot", "-leader")


class FigureArtError(ValueError):
    """The reference SVG holds something the warp cannot carry over."""


def figure_svg(data: bytes, figure: Figure) -> bytes:
    """The art layers of the reference SVG ``data`` drawn on ``figure``."""
    ET.register_namespace("", SVG_NS)
    root = ET.fromstring(data)
    out = ET.Element(root.tag, {k: v for k, v in root.attrib.items()})
    title = ET.SubElement(out, f"{{{SVG_NS}}}title")
    title.text = f"TriggerMap: the {figure.name.lower()} figure's art (generated, do not edit)"
    desc = ET.SubElement(out, f"{{{SVG_NS}}}desc")
    desc.text = (
        "Written by tools/compile_diagram.py from assets/svg/posterior.svg: its art layers "
        "warped through anatomical landmarks (app/domain/figure.py). Edit the art sources "
        "in assets/art/ instead. Regions, zones and trigger points are the reference "
        "SVG's; the window draws them through the same warps."
    )
    for group in root:
        layer = group.get("id")
        if layer in ART_LAYERS:
            warp = figure.tissue if LAYER_WARPS[layer][0] == "tissue" else figure.skin
            for element in group.iter():
                if layer == "labels" and (element.get("id") or "").endswith(LANDMARK_SUFFIXES):
                    _warp_element(element, warp, landmark=figure.tissue)
                else:
                    _warp_element(element, warp)
            out.append(group)
    return ET.tostring(out, encoding="utf-8", xml_declaration=True) + b"\n"


def _warp_element(element: ET.Element, warp: Warp, *, landmark: Warp | None = None) -> None:
    """Draw ``element`` through ``warp``; with ``landmark``, its first point (a path's,
    or a circle's centre) goes through that warp instead."""
    tag = element.tag.rsplit("}", 1)[-1]
    where = f"<{tag} id={element.get('id')!r}>"
    if element.get("transform") is not None:
        raise FigureArtError(f"{where}: a transform cannot be warped; write the coordinates")
    d = element.get("d")
    if d is not None:
        element.set("d", _warp_path(d, warp, where, first=landmark or warp))
    if tag.endswith("Gradient"):
        # The art's gradients are fractions of a shape's box, or run straight down
        # (the torso's fade): heights are not warped, so both stay as they are.
        return
    for x_name, y_name in (("cx", "cy"), ("x", "y")):
        x, y = element.get(x_name), element.get(y_name)
        if x is None or y is None:
            continue
        width, height = element.get("width"), element.get("height")
        x0, y0 = float(x), float(y)
        if x_name == "x" and width is not None and height is not None:
            # A box (a rectangle, a mask's area) holds all that is drawn in it after the
            # warp: the box round the warped box, whatever the scale down its height.
            left, _, right, _ = warp.box_to_figure(x0, y0, x0 + float(width), y0 + float(height))
            element.set("x", _num(left))
            element.set("width", _num(right - left))
            continue
        wx, _ = (landmark or warp).to_figure(x0, y0)
        element.set(x_name, _num(wx))
    if tag == "ellipse" and element.get("rx") is not None:
        scale = warp.scale_at(float(element.get("cy", "0")))
        element.set("rx", _num(float(element.get("rx", "0")) * scale))


def _warp_path(d: str, warp: Warp, where: str, *, first: Warp) -> str:
    """The path ``d`` drawn through ``warp``, its first point through ``first``."""
    parts: list[str] = []
    numbers: list[float] = []
    command = ""

    def flush() -> None:
        if len(numbers) % 2:
            raise FigureArtError(f"{where}: an odd count of numbers after {command!r}")
        at_start = len(parts) == 1
        pairs = [
            (first if at_start and i == 0 else warp).to_figure(numbers[i], numbers[i + 1])
            for i in range(0, len(numbers), 2)
        ]
        parts.append(" ".join(f"{_num(x)} {_num(y)}" for x, y in pairs))
        numbers.clear()

    for token in PATH_TOKEN.findall(d):
        if token.isalpha():
            if numbers:
                flush()
            if token not in _PAIRED and token not in "Zz":
                raise FigureArtError(
                    f"{where}: path command {token!r}: only absolute M, L, C and Z are warped"
                )
            command = token
            parts.append(token)
        else:
            numbers.append(float(token))
    if numbers:
        flush()
    return " ".join(parts)


def _num(v: float) -> str:
    text = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
