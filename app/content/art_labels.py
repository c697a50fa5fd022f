"""The words of the art layers, taken out so the window can draw them at a readable size.

The SVG's text is sized for the page: at "fit" in a window its landmark labels come out
5-6 pixels high. The window draws them itself at a fixed size on screen instead (never
below 11 px), anchored where the SVG puts them; the leader lines and dots stay in the
art, so each label stays joined to its landmark. No Qt here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from html import unescape

_TEXT = re.compile(rb"<text\b([^>]*)>(.*?)</text>\s*", re.S)
_RECT = re.compile(rb"<rect\b([^>]*)>")
_ATTR = re.compile(rb'([\w-]+)="([^"]*)"')
#: A text whose id is another's plus one of these is that label's next line (a note: the
#: line above it).
_NEXT_LINE = ("-2", "-note", "-subtitle")


@dataclass(frozen=True)
class TextLine:
    text: str
    size: float  # the SVG's font size, in document units
    bold: bool = False


@dataclass(frozen=True)
class TextLabel:
    id: str
    layer: str
    x: float  # the first line's anchor point (its baseline), in document coordinates
    y: float
    anchor: str  # "start", "middle" or "end", as the SVG's text-anchor
    lines: tuple[TextLine, ...]
    #: Which part of the label sits at ``y``: "first" (the first line's baseline), "last"
    #: (the last line's baseline) or "bottom" (the bottom of the last line).
    valign: str = "first"
    #: How the other lines line up with the main one: "anchor" (each by ``anchor``),
    #: "outer-left" (right edges together, growing out to the left) or "outer-right".
    align: str = "anchor"


def take_text(layer: str, doc: bytes) -> tuple[bytes, list[TextLabel]]:
    """``doc`` without its ``<text>`` elements, and those texts as labels, each one's
    other lines (``label-x-2``, ``label-x-note``, ``...-subtitle`` of ``...-title``) joined
    to it."""
    found: list[tuple[str, dict[str, str], str]] = []
    for m in _TEXT.finditer(doc):
        attrs = {k.decode(): v.decode() for k, v in _ATTR.findall(m.group(1))}
        words = unescape(re.sub(rb"<[^>]+>", b"", m.group(2)).decode()).strip()
        if words:
            found.append((attrs.get("id", ""), attrs, words))
    box = re.search(rb'viewBox="([^"]+)"', doc)
    numbers = (
        [_number(n.decode(), 0.0) for n in box.group(1).replace(b",", b" ").split()] if box else []
    )
    middle = numbers[0] + numbers[2] / 2 if len(numbers) == 4 else 0.0
    labels: dict[str, TextLabel] = {}
    found_y: dict[str, float] = {}  # a label's last line's baseline
    for text_id, attrs, words in found:
        line = TextLine(
            words,
            _number(attrs.get("font-size"), 10.0),
            attrs.get("font-weight", "") in ("bold", "700", "800", "900"),
        )
        base = _base_of(text_id, labels)
        if base is not None:
            first = labels[base]
            if text_id.endswith("-note"):
                # A note goes above what it annotates ("patient's left" over the big L):
                # under it, at screen size, it would run into the labels below.
                found_y[base] = found_y.get(base, first.y)
                outward = "outer-left" if first.x < middle else "outer-right"
                labels[base] = replace(first, lines=(line, *first.lines), align=outward)
            else:
                found_y[base] = _number(attrs.get("y"), first.y)
                labels[base] = replace(first, lines=(*first.lines, line))
            continue
        labels[text_id or f"{layer}-{len(labels)}"] = TextLabel(
            text_id,
            layer,
            _number(attrs.get("x"), 0.0),
            _number(attrs.get("y"), 0.0),
            attrs.get("text-anchor", "start"),
            (line,),
        )
    # At screen size a label is taller than on the page: a stack of lines ends where the
    # SVG's ends and grows upward, and a frame's title moves above its frame, so neither
    # runs into the words under it.
    frames = {
        attrs.get("id", "")[: -len("-frame")]: _number(attrs.get("y"), 0.0)
        for attrs in (
            {k.decode(): v.decode() for k, v in _ATTR.findall(m.group(1))}
            for m in _RECT.finditer(doc)
        )
        if attrs.get("id", "").endswith("-frame")
    }
    out = []
    for label in labels.values():
        frame = label.id.removesuffix("-title") if label.id.endswith("-title") else None
        if frame is not None and frame in frames:
            label = replace(label, y=frames[frame] - 2.0, valign="bottom")
        elif len(label.lines) > 1:
            last = found_y.get(label.id, label.y)
            label = replace(label, y=last, valign="last")
        out.append(label)
    return _TEXT.sub(b"", doc), out


def _base_of(text_id: str, labels: dict[str, TextLabel]) -> str | None:
    for suffix in _NEXT_LINE:
        if text_id.endswith(suffix):
            stem = text_id[: -len(suffix)]
            for base in (stem, stem + "-title"):
                if base in labels:
                    return base
    return None


def _number(value: str | None, default: float) -> float:
    try:
        return float(value) if value is not None else default
    except ValueError:
        return default
