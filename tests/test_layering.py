"""Layering: the domain and the content loaders stay Qt-free, and the domain knows no UI.

Checked on the source with ast (so an import hidden in a function counts too) and, once,
by importing the modules in a fresh interpreter.
"""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2")


def imported_modules(source: str, module: str) -> set[str]:
    """Absolute names of every module `source` (the text of `module`) imports."""
    names: set[str] = set()
    package = module.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                prefix = ".".join(base)
                target = f"{prefix}.{node.module}" if node.module else prefix
            else:
                target = node.module or ""
            names.add(target)
            # `from app import ui` imports the module app.ui
            names.update(f"{target}.{alias.name}" for alias in node.names)
    return names


def is_under(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def modules_in(folder: str) -> list[tuple[str, Path]]:
    paths = sorted((APP / folder).rglob("*.py"))
    return [(".".join(p.relative_to(ROOT).with_suffix("").parts), p) for p in paths]


DOMAIN = modules_in("domain")
CONTENT = modules_in("content")


def test_the_layers_have_modules():
    assert {"app.domain.geometry", "app.domain.lookup"} <= {m for m, _ in DOMAIN}
    assert {"app.content.svg_loader", "app.content.load"} <= {m for m, _ in CONTENT}


@pytest.mark.parametrize(("module", "path"), DOMAIN + CONTENT, ids=[m for m, _ in DOMAIN + CONTENT])
def test_no_qt_imports(module, path):
    names = imported_modules(path.read_text(encoding="utf-8"), module)
    qt = sorted(n for n in names if any(is_under(n, q) for q in QT_MODULES))
    assert qt == [], f"{path.relative_to(ROOT)} imports Qt: {qt}"


@pytest.mark.parametrize(("module", "path"), DOMAIN, ids=[m for m, _ in DOMAIN])
def test_domain_does_not_import_ui_content_or_cli(module, path):
    names = imported_modules(path.read_text(encoding="utf-8"), module)
    bad = sorted(
        n for n in names if any(is_under(n, p) for p in ("app.ui", "app.content", "app.cli"))
    )
    assert bad == [], f"{path.relative_to(ROOT)} imports an outer layer: {bad}"


@pytest.mark.parametrize(("module", "path"), CONTENT, ids=[m for m, _ in CONTENT])
def test_content_does_not_import_ui(module, path):
    names = imported_modules(path.read_text(encoding="utf-8"), module)
    bad = sorted(n for n in names if is_under(n, "app.ui") or is_under(n, "app.cli"))
    assert bad == [], f"{path.relative_to(ROOT)} imports the UI: {bad}"


# The checker itself must catch each way of importing.
@pytest.mark.parametrize(
    ("source", "module", "expected"),
    [
        pytest.param("import PySide6.QtCore", "app.domain.x", "PySide6.QtCore", id="import"),
        pytest.param("from PySide6 import QtGui", "app.domain.x", "PySide6", id="from-import"),
        pytest.param("import shiboken6", "app.domain.x", "shiboken6", id="shiboken"),
        pytest.param(
            "def f():\n    from PySide6.QtWidgets import QWidget\n",
            "app.domain.x",
            "PySide6.QtWidgets",
            id="inside-function",
        ),
        pytest.param("from app.ui import main", "app.domain.x", "app.ui", id="absolute-ui"),
        pytest.param("from app import ui", "app.domain.x", "app.ui", id="from-app-import-ui"),
        pytest.param("from ..ui import main", "app.domain.x", "app.ui", id="relative-ui"),
        pytest.param(
            "from ..ui.main import run", "app.domain.x", "app.ui.main", id="relative-deep"
        ),
        pytest.param("from . import geometry", "app.domain.x", "app.domain", id="relative-sibling"),
    ],
)
def test_import_checker_sees(source, module, expected):
    assert expected in imported_modules(source, module)


def test_importing_domain_and_content_does_not_load_qt():
    code = (
        "import sys\n"
        "import app.cli, app.content.load, app.domain.lookup, app.domain.consistency\n"
        f"loaded = sorted(m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r})\n"
        "print(','.join(loaded))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def _runtime_imports(path: Path) -> set[str]:
    """The app modules a file imports when it runs (imports in functions count; those
    under ``if TYPE_CHECKING:``, which never run, do not)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {
        id(n)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for n in ast.walk(node)
    }
    out: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("app"):
            out.add(node.module or "")
            out.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("app"))
    return out


def test_no_import_loops():
    modules = {}
    for path in APP.rglob("*.py"):
        if "_bundled" in path.parts:
            continue
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        modules[name] = path
    graph = {
        m: {d for d in _runtime_imports(p) if d in modules and d != m} for m, p in modules.items()
    }

    def reach(start: str) -> set[str]:
        seen, todo = set(), list(graph[start])
        while todo:
            m = todo.pop()
            if m not in seen:
                seen.add(m)
                todo.extend(graph[m])
        return seen

    loops = sorted(m for m in graph if m in reach(m))
    assert loops == [], f"modules that import themselves through others: {loops}"
