#!/usr/bin/env python3
"""Write app/safety_text.py from content/safety.toml.

The window shows the safety text before (and whatever happens to) the content, so the
same words ship as plain Python strings. Run after editing safety.toml; a test fails
while the two differ.  Usage: python tools/build_safety_text.py
"""

from __future__ import annotations

import textwrap
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ("summary", "banner", "disclaimer", "red_flags_intro", "when_to_see_someone")


def _string(value: str, indent: str) -> str:
    lines = textwrap.wrap(value, 80, drop_whitespace=False, break_on_hyphens=False)
    if len(lines) == 1:
        return repr(value)
    body = "\n".join(f"{indent}    {line!r}" for line in lines)
    return f"(\n{body}\n{indent})"


def render(data: dict[str, object]) -> str:
    out = [
        '"""The safety text, built in: shown from the first moment and whatever happens to the',
        "content files. Written by tools/build_safety_text.py from content/safety.toml (a test",
        'keeps the two equal). Plain strings only, so nothing can stop it from loading."""',
        "",
        "from __future__ import annotations",
        "",
    ]
    for field in FIELDS:
        value = data[field]
        assert isinstance(value, str)
        out.append(f"{field.upper()} = {_string(value, '')}")
    flags = data["red_flags"]
    assert isinstance(flags, list)
    out.append("RED_FLAGS = (")
    for flag in flags:
        out.append(f"    {_string(flag, '    ')},")
    out.append(")")
    return "\n".join(out) + "\n"


def main() -> None:
    data = tomllib.loads((ROOT / "content" / "safety.toml").read_text(encoding="utf-8"))
    (ROOT / "app" / "safety_text.py").write_text(render(data), encoding="utf-8")


if __name__ == "__main__":
    main()
