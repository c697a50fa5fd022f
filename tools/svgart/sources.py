"""Read the art sources, assets/art/*.svg: the drawing as an illustrator edits it.

Each file has the diagram's viewBox and draws in its document units (no scaling). The
generator finds what it needs by id (``muscle-left-gluteus-maximus``) or by layer (a
group with an id, such as ``region-cuts``, whose shapes it reads in document order).
Paths may use any SVG path commands; they are read as chains of cubic Beziers (a
straight segment becomes the cubic with its handles at the thirds, as the old spline
code made it, so a source written with full-precision numbers reads back exactly).
Transforms (Inkscape writes them when a group is moved) are applied; without one the
numbers are used as written. ``<use>`` (an Inkscape clone) stands for the shape it
clones. The layer ``reference`` (the generated diagram, shown underneath for
orientation) and ``<image>``, ``<title>``, ``<desc>`` and metadata are ignored.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from svgelements import Arc, Close, CubicBezier, Line, Matrix, Move, QuadraticBezier
from svgelements import Path as SvgPath

from .geom import Bez, Pt

ART = Path(__file__).resolve().parents[2] / "assets" / "art"
SVG_NS = "http://www.w3.org/2000/svg"
XLINK = "{http://www.w3.org/1999/xlink}href"
INKSCAPE_LABEL = "{http://www.inkscape.org/namespaces/inkscape}label"
SHAPES = ("path", "circle", "ellipse", "rect", "text", "use")
IGNORED = ("image", "title", "desc", "metadata", "defs", "namedview", "style")


class SourceError(ValueError):
    """A source file lacks a shape the generator needs, or has one it cannot read."""


@dataclass(frozen=True)
class Shape:
    """One drawn element of a source file, with its transform applied."""

    file: str
    id: str
    tag: str  # path, circle, ellipse, rect or text (a <use> gives its target's tag)
    attrs: dict[str, str]
    matrix: Matrix | None  # None: no transform (the numbers are used as written)
    text: str = ""
    label: str = ""

    @property
    def where(self) -> str:
        return f"assets/art/{self.file}: #{self.id}"

    def num(self, name: str) -> float:
        try:
            return float(self.attrs[name])
        except (KeyError, ValueError):
            raise SourceError(f"{self.where}: needs a number in {name!r}") from None

    def _pt(self, x: float, y: float) -> Pt:
        if self.matrix is None:
            return (x, y)
        p = self.matrix.point_in_matrix_space((x, y))
        return (float(p.x), float(p.y))

    def point(self) -> Pt:
        """Centre of a circle or ellipse; anchor of a text."""
        if self.tag in ("circle", "ellipse"):
            return self._pt(self.num("cx"), self.num("cy"))
        if self.tag == "text":
            return self._pt(self.num("x"), self.num("y"))
        raise SourceError(f"{self.where}: a {self.tag} has no single point")

    def radius(self) -> float:
        r = self.num("r")
        return r if self.matrix is None else r * math.sqrt(abs(self.matrix.determinant))

    def ellipse(self) -> tuple[Pt, float, float, float]:
        """(centre, rx, ry, tilt in degrees) of an ellipse.  Turned about its own centre
        (Inkscape writes ``rotate(a cx cy)``), the numbers are used as written; under any
        other transform they are computed from it."""
        if self.tag != "ellipse":
            raise SourceError(f"{self.where}: expected an ellipse, found a {self.tag}")
        c = (self.num("cx"), self.num("cy"))
        rx, ry = self.num("rx"), self.num("ry")
        if self.matrix is None:
            return (c, rx, ry, 0.0)
        own = _ROTATE.fullmatch(self.attrs.get("transform", "").strip())
        only_own = self.matrix == Matrix(self.attrs.get("transform", ""))
        if own and own[2] is not None and only_own and (float(own[2]), float(own[3])) == c:
            return (c, rx, ry, float(own[1]))
        return self._general_ellipse(c, rx, ry)

    def _general_ellipse(self, c: Pt, rx: float, ry: float) -> tuple[Pt, float, float, float]:
        m = self.matrix
        assert m is not None
        scale = math.hypot(m.a, m.b)
        return (self._pt(*c), rx * scale, ry * scale, math.degrees(math.atan2(m.b, m.a)))

    def rect(self) -> tuple[float, float, float, float, float]:
        """(x, y, width, height, rx) of an untransformed rect."""
        if self.tag != "rect" or self.matrix is not None:
            raise SourceError(f"{self.where}: expected a rect without a transform")
        return (
            self.num("x"),
            self.num("y"),
            self.num("width"),
            self.num("height"),
            float(self.attrs.get("rx", 0)),
        )

    def beziers(self) -> tuple[list[Bez], bool]:
        """The path as one chain of cubic Beziers, and whether it is closed."""
        if self.tag != "path":
            raise SourceError(f"{self.where}: expected a path, found a {self.tag}")
        out: list[Bez] = []
        closed = False
        for seg in SvgPath(self.attrs.get("d", "")):
            if isinstance(seg, Move):
                if out:
                    raise SourceError(
                        f"{self.where}: one piece per path, please (Path > Break Apart)"
                    )
                continue
            if closed:
                raise SourceError(f"{self.where}: nothing may follow the path's Z")
            if isinstance(seg, Close):
                closed = True
                a, b = _xy(seg.start), _xy(seg.end)
                if a != b:
                    out.append(_line(a, b))
            elif isinstance(seg, Line):
                out.append(_line(_xy(seg.start), _xy(seg.end)))
            elif isinstance(seg, CubicBezier):
                out.append((_xy(seg.start), _xy(seg.control1), _xy(seg.control2), _xy(seg.end)))
            elif isinstance(seg, QuadraticBezier):
                p0, c, p1 = _xy(seg.start), _xy(seg.control), _xy(seg.end)
                out.append((p0, _lerp(p0, c, 2 / 3), _lerp(p1, c, 2 / 3), p1))
            elif isinstance(seg, Arc):
                for cub in seg.as_cubic_curves():
                    out.append((_xy(cub.start), _xy(cub.control1), _xy(cub.control2), _xy(cub.end)))
            else:  # pragma: no cover - svgelements yields only the kinds above
                raise SourceError(f"{self.where}: cannot read segment {seg!r}")
        if not out:
            raise SourceError(f"{self.where}: empty path")
        if self.matrix is not None:
            out = [tuple(self._pt(*p) for p in b) for b in out]  # type: ignore[misc]
        return out, closed

    def closed_beziers(self) -> list[Bez]:
        bz, closed = self.beziers()
        if not closed:
            raise SourceError(f"{self.where}: must be a closed path (end it with Z)")
        return bz

    def open_beziers(self) -> list[Bez]:
        bz, closed = self.beziers()
        if closed:
            raise SourceError(f"{self.where}: must be an open path (no Z)")
        return bz


_ROTATE = re.compile(r"rotate\(\s*([-+.\deE]+)(?:[\s,]+([-+.\deE]+)[\s,]+([-+.\deE]+))?\s*\)")


def _xy(p) -> Pt:
    return (float(p.x), float(p.y))


def _line(a: Pt, b: Pt) -> Bez:
    """A straight segment as the cubic geom.spline makes of two points."""
    (ax, ay), (bx, by) = a, b
    return (
        a,
        (ax + (bx - ax) / 3, ay + (by - ay) / 3),
        (ax + 2 * (bx - ax) / 3, ay + 2 * (by - ay) / 3),
        b,
    )


def _lerp(a: Pt, b: Pt, t: float) -> Pt:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


@dataclass
class Source:
    """One source file: its shapes by id, and each layer's (group's) shapes in order."""

    name: str
    shapes: dict[str, Shape] = field(default_factory=dict)
    layers: dict[str, list[Shape]] = field(default_factory=dict)
    groups: dict[str, dict[str, str]] = field(default_factory=dict)

    def get(self, sid: str) -> Shape:
        try:
            return self.shapes[sid]
        except KeyError:
            raise SourceError(f"assets/art/{self.name}: no element with id {sid!r}") from None

    def layer(self, gid: str) -> list[Shape]:
        """The shapes inside group ``gid`` (at any depth), in document order."""
        try:
            return self.layers[gid]
        except KeyError:
            raise SourceError(f"assets/art/{self.name}: no group with id {gid!r}") from None

    def group_attrs(self, gid: str) -> dict[str, str]:
        self.layer(gid)
        return self.groups[gid]


@cache
def load(name: str, folder: Path | None = None) -> Source:
    """Parse ``folder/name`` (default: ``ART``, the shipped sources; cached: the generator
    asks for the same file many times, so clear the cache after changing ``ART``)."""
    path = (folder or ART) / name
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise SourceError(f"assets/art/{name}: cannot read it ({exc})") from None
    src = Source(name)
    found: list[tuple[ET.Element, Matrix | None, list[str]]] = []  # in document order

    def combine(outer: Matrix | None, el: ET.Element) -> Matrix | None:
        t = el.get("transform")
        if not t:
            return outer
        own = Matrix(t)
        return own if outer is None else Matrix(own * outer)  # own first, then the outer

    def walk(el: ET.Element, matrix: Matrix | None, groups: list[str]) -> None:
        for child in el:
            tag = _local(child.tag)
            if tag in IGNORED or child.get("id") == "reference":
                continue
            m = combine(matrix, child)
            if tag == "g":
                gid = child.get("id")
                inner = groups
                if gid:
                    src.layers[gid] = []
                    src.groups[gid] = {_local(k): v for k, v in child.attrib.items()}
                    inner = [*groups, gid]
                walk(child, m, inner)
            elif tag in SHAPES:
                if not child.get("id"):
                    raise SourceError(
                        f"assets/art/{name}: a {tag} without an id (give it one in the XML editor)"
                    )
                found.append((child, m, groups))

    walk(root, None, [])
    for el, m, _ in found:
        if _local(el.tag) != "use":
            src.shapes[el.get("id", "")] = Shape(
                name,
                el.get("id", ""),
                _local(el.tag),
                {_local(k): v for k, v in el.attrib.items()},
                m,
                "".join(el.itertext()),
                el.get(INKSCAPE_LABEL, ""),
            )
    for el, m, groups in found:
        sid = el.get("id", "")
        if _local(el.tag) == "use":  # a clone: its original, moved by the clone's transform
            ref = (el.get(XLINK) or el.get("href") or "").lstrip("#")
            orig = src.shapes.get(ref)
            if orig is None:
                raise SourceError(
                    f"assets/art/{name}: #{sid} clones {ref!r}, which is not a shape of this file"
                )
            x, y = float(el.get("x", 0)), float(el.get("y", 0))
            if x or y:
                shift = Matrix(f"translate({x}, {y})")
                m = shift if m is None else Matrix(shift * m)
            if orig.attrs.get("transform"):  # the original's own, not its ancestors'
                own = Matrix(orig.attrs["transform"])
                m = own if m is None else Matrix(own * m)
            if sid in src.shapes:
                raise SourceError(f"assets/art/{name}: id {sid!r} used twice")
            src.shapes[sid] = Shape(
                name, sid, orig.tag, orig.attrs, m, orig.text, el.get(INKSCAPE_LABEL, "")
            )
        elif sum(1 for e, _, _ in found if e.get("id") == sid) > 1:
            raise SourceError(f"assets/art/{name}: id {sid!r} used twice")
        for g in groups:
            src.layers[g].append(src.shapes[sid])
    return src
