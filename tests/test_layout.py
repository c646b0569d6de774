"""The package's shape: stages import one way, no cycles, no private names, small modules."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "src" / "bycn"
# The pipeline's stages in order; a module may import its own stage and those before it.
# Base modules (vocabulary, periods, schema ...) sit below every stage; the CLI above all.
STAGES = ("text", "indicators", "report", "build")
MAX_LINES = 450


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _imports(path: Path) -> list[tuple[str, tuple[str, ...]]]:
    """(module, names) of every bycn import in ``path``, wherever it stands."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("bycn"):
            found.append((node.module, tuple(a.name for a in node.names)))
        elif isinstance(node, ast.Import):
            found += [(a.name, ()) for a in node.names if a.name.startswith("bycn")]
    return found


def _rank(module: str) -> int:
    parts = module.split(".")
    if len(parts) == 1 or parts[1] not in (*STAGES, "cli", "__main__"):
        return 0  # bycn itself and its base modules
    if parts[1] in ("cli", "__main__"):
        return len(STAGES) + 1
    return STAGES.index(parts[1]) + 1


def test_stages_import_only_themselves_and_earlier_stages():
    wrong = []
    for module, path in _modules().items():
        if module == "bycn":
            continue  # the package's lazy front door names the public API of every stage
        for imported, _ in _imports(path):
            if _rank(imported) > _rank(module):
                wrong.append(f"{module} imports {imported}")
    assert not wrong


def test_no_module_imports_another_modules_private_names():
    wrong = []
    for module, path in _modules().items():
        for imported, names in _imports(path):
            private = [n for n in names if n.startswith("_") and not n.startswith("__")]
            if private and imported != module:
                wrong.append(f"{module} imports {private} from {imported}")
    assert not wrong


def test_no_import_cycles():
    modules = _modules()
    graph = {
        module: {
            target
            for imported, names in _imports(path)
            for target in (imported, *(f"{imported}.{n}" for n in names))
            if target in modules and target != module
        }
        for module, path in modules.items()
    }
    graph["bycn"] = set()  # its imports are lazy, by name

    def cycle_from(start: str) -> list[str] | None:
        stack = [(start, [start])]
        while stack:
            node, trail = stack.pop()
            for nxt in graph.get(node, ()):
                if nxt == start:
                    return [*trail, nxt]
                if nxt not in trail and len(trail) < len(graph):
                    stack.append((nxt, [*trail, nxt]))
        return None

    cycles = [c for m in graph if (c := cycle_from(m)) is not None]
    assert not cycles, cycles[0]


def test_no_module_is_longer_than_the_limit():
    long = {
        module: n
        for module, path in _modules().items()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long
