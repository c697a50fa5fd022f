"""The content as one plain data file, compiled when the content is built.

Reading the 43 TOML files, importing pydantic's validators and validating every field
takes ~70 ms, and the cross-checks against the SVG another ~18 ms, at every start; the
content only changes when an author edits it. So ``tools/compile_content.py`` loads and
checks it once (exactly as ``triggermap validate`` does) and writes
``assets/compiled/content.json``, shipped with the package; the app builds the same
models from it without validating them again (~6 ms).

The file records the SHA-256 of what it was made from: every ``*.toml`` under the
content folder (names and bytes) together with ``app/domain/models.py`` (a changed model
may reject what the old one accepted), and the SHA-256 of the SVG it was checked against.
It is used only when both match, so edited content, another content folder or another
SVG is loaded and checked the slow way, never paired with a stale file.

Format: JSON, ``{"format", "content_sha256", "svg_sha256", "library"}``, where
``library`` is ``Library.model_dump(mode="json")``. Nothing in it is executed or
unpickled.
"""

from __future__ import annotations

import hashlib
import json
import types
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from app.domain import models
from app.domain.models import Library

FORMAT = "triggermap-content/1"


def content_sha256(base: Path) -> str:
    """The SHA-256 of every TOML file under ``base`` (relative name and bytes, in name
    order) and of the models' source. Raises OSError if a file cannot be read."""
    h = hashlib.sha256()
    for path in sorted(base.rglob("*.toml")):
        data = path.read_bytes()
        name = path.relative_to(base).as_posix().encode()
        h.update(b"%d:%s%d:" % (len(name), name, len(data)))
        h.update(data)
    source = Path(models.__file__).read_bytes()
    h.update(b"models.py%d:" % len(source))
    h.update(source)
    return h.hexdigest()


def dump_content(library: Library, content_sha: str, svg_sha: str) -> bytes:
    document = {
        "format": FORMAT,
        "content_sha256": content_sha,
        "svg_sha256": svg_sha,
        "library": library.model_dump(mode="json"),
    }
    return (json.dumps(document, ensure_ascii=False, indent=0) + "\n").encode()


def read_content(path: Path, content_sha: str, svg_sha: str) -> Library | None:
    """The library stored at ``path`` if it was compiled from exactly this content and
    checked against exactly this SVG; None if not, or if the file is missing or damaged
    (the caller then loads and checks the TOML files)."""
    try:
        document = json.loads(path.read_bytes())
        if (
            document.get("format") != FORMAT
            or document.get("content_sha256") != content_sha
            or document.get("svg_sha256") != svg_sha
        ):
            return None
        library = _build(Library, document["library"])
    except Exception:  # missing, unreadable or damaged: load the TOML files instead
        return None
    return library if isinstance(library, Library) else None


# -- building validated data back into models, without validating it again ---------------

_Plan = tuple[tuple[str, Any], ...]
_plans: dict[type[BaseModel], _Plan] = {}


def _build(cls: type[BaseModel], data: dict[str, Any]) -> BaseModel:
    """``cls`` holding ``data`` (a ``model_dump(mode="json")`` of a valid model): nested
    models built the same way, JSON lists back into tuples. ``model_construct`` trusts
    its input, as it may: the data was validated when the file was compiled."""
    plan = _plans.get(cls)
    if plan is None:
        plan = _plans[cls] = tuple(
            (name, _kind(field.annotation)) for name, field in cls.model_fields.items()
        )
    fields = cls.model_fields
    if not data.keys() <= fields.keys() or any(
        f.is_required() and name not in data for name, f in fields.items()
    ):
        raise ValueError(f"the file's {cls.__name__} does not have the model's fields")
    return cls.model_construct(
        **{name: _value(kind, data[name]) for name, kind in plan if name in data}
    )


def _kind(annotation: Any) -> Any:
    """How to rebuild a field: ``("model", cls)``, ``("tuple", item kind)`` or None
    (a str, int, bool or literal: as it is)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return ("model", annotation)
    origin = typing.get_origin(annotation)
    if origin is tuple:
        return ("tuple", _kind(typing.get_args(annotation)[0]))
    if origin in (typing.Union, types.UnionType):  # X | None
        (inner,) = (a for a in typing.get_args(annotation) if a is not type(None))
        return _kind(inner)
    return None


def _value(kind: Any, value: Any) -> Any:
    if kind is None or value is None:
        return value
    if kind[0] == "model":
        return _build(kind[1], value)
    return tuple(_value(kind[1], item) for item in value)
