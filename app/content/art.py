"""The drawing's art layers as small stand-alone SVG documents, for Qt to paint.

The SVG in ``assets/`` stays the single source of geometry and art. Most of its bytes are
referral zones and regions, which the window draws itself from the parsed geometry, so
handing the whole file to Qt's SVG renderer means parsing four times what it paints.
This module copies each art layer (unchanged) into a document of its own with the same
viewBox, and caches the result keyed by the SVG's bytes, like the geometry cache. No Qt.
"""

from __future__ import annotations

import marshal
import os
import zlib
from collections.abc import Sequence
from pathlib import Path

SVG_NS = "http://www.w3.org/2000/svg"
# Part of the cache key: a change in how layers are split re-splits.
_FORMAT = b"art-1"
_ROOT_ATTRIBUTES = ("viewBox", "width", "height", "preserveAspectRatio")


def split_layers(data: bytes, layers: Sequence[str]) -> dict[str, bytes]:
    """For each top-level group named in ``layers`` that the SVG has, a document holding
    only that group, in the same coordinate system as the original."""
    import xml.etree.ElementTree as ET  # only when the cache is cold

    ET.register_namespace("", SVG_NS)
    root = ET.fromstring(data)
    out: dict[str, bytes] = {}
    for group in root:
        layer = group.get("id")
        if layer is None or layer not in layers:
            continue
        doc = ET.Element(f"{{{SVG_NS}}}svg")
        for name in _ROOT_ATTRIBUTES:
            value = root.get(name)
            if value is not None:
                doc.set(name, value)
        doc.append(group)
        out[layer] = ET.tostring(doc, encoding="utf-8", xml_declaration=True)
    return {layer: out[layer] for layer in layers if layer in out}


def art_documents(svg_path: Path, layers: Sequence[str], cache: Path | None) -> dict[str, bytes]:
    """The art layers of ``svg_path`` as documents, from ``cache`` (a folder) when the
    SVG's bytes are unchanged. A missing, damaged or unwritable cache only costs time."""
    data = svg_path.read_bytes()
    if cache is None:
        return split_layers(data, layers)
    # CRC-32 and length, not SHA-256: this runs before the first paint, and hashlib's
    # import alone costs more than the whole lookup. Collisions only cost a wrong cache
    # for a locally edited SVG, which `triggermap validate` would still check in full.
    salt = _FORMAT + "\0".join(layers).encode()
    key = f"{zlib.crc32(data + salt):08x}-{len(data)}"
    cached = cache / f"art-{key}.marshal"
    try:
        docs = marshal.loads(cached.read_bytes())
        if isinstance(docs, dict) and all(isinstance(v, bytes) for v in docs.values()):
            return docs
    except Exception:  # missing, stale or damaged: it is only derived data
        pass
    docs = split_layers(data, layers)
    try:
        cache.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(".tmp")
        tmp.write_bytes(marshal.dumps(docs))
        os.replace(tmp, cached)
    except OSError:
        pass
    return docs
