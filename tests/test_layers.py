"""The package's layers point one way, and every import of our own code is at the top.

base  = accusegraph.{errors, model, settings, output, csvout, curation}: each other only;
middle = accusegraph.ingest and accusegraph.graph: the base and themselves, never each other;
roof  = accusegraph.{cli, pipeline, demo, __main__}: anything.
(README "## Layout" states the rule; this test is its check.)

Every module of the package is parsed with `ast`, not imported, so a lazy import inside a
function counts as much as one at the top.
"""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIRS = {"accusegraph": ROOT / "accusegraph", "accusegraph.graph": ROOT / "graph",
                "accusegraph.ingest": ROOT / "ingest", "accusegraph.queries": ROOT / "queries"}
BASE = {f"accusegraph.{name}" for name in ("errors", "model", "settings", "output", "csvout", "curation")}
ROOF = {f"accusegraph.{name}" for name in ("cli", "pipeline", "demo", "__main__")}
MIDDLE = ("accusegraph.graph", "accusegraph.ingest")


def _modules() -> dict[str, Path]:
    """Every module of the installed package by dotted name, from the checkout's folders."""
    found: dict[str, Path] = {}
    for package, folder in PACKAGE_DIRS.items():
        for path in sorted(folder.glob("*.py")):
            found[package if path.stem == "__init__" else f"{package}.{path.stem}"] = path
    return found


MODULES = _modules()


def layer(module: str) -> str:
    """The layer a module of ours belongs to; a package's `__init__` and the data-only
    `accusegraph.queries` count with the base (they import nothing of ours)."""
    if module in ROOF:
        return "roof"
    for middle in MIDDLE:
        if module == middle or module.startswith(middle + "."):
            return middle
    return "base"


def allowed(importer: str, imported: str) -> bool:
    """May `importer` import `imported`? Down and within a layer only."""
    source, target = layer(importer), layer(imported)
    if source == "roof" or target == "base":
        return True
    return source == target


def _is_package(module: str) -> bool:
    return MODULES[module].stem == "__init__"


def _targets(module: str, node: ast.Import | ast.ImportFrom) -> list[str]:
    """The modules of ours one import statement names (empty if it names none)."""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        if node.level:
            base = module.split(".")
            base = base if _is_package(module) else base[:-1]
            base = base[:len(base) - (node.level - 1)]
            stem = ".".join(base + ([node.module] if node.module else []))
        else:
            stem = node.module or ""
        # `from . import db` names a module; `from .model import Claim` names one module.
        names = [f"{stem}.{alias.name}" if f"{stem}.{alias.name}" in MODULES else stem for alias in node.names]
    ours = []
    for name in names:
        while name and name not in MODULES:  # `import accusegraph.graph.db.x` -> the module it is in
            name = name.rpartition(".")[0]
        if name.startswith("accusegraph") and name not in ours:
            ours.append(name)
    return ours


def _imports(path: Path) -> list[tuple[ast.Import | ast.ImportFrom, bool]]:
    """Every import statement of a file, each with whether it sits inside a function."""
    found: list[tuple[ast.Import | ast.ImportFrom, bool]] = []

    def walk(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                found.append((child, in_function))
            walk(child, in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)))

    walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)), False)
    return found


def violations() -> list[str]:
    """One line per import that points up or sideways, or imports our own code inside a function."""
    problems = []
    for module, path in MODULES.items():
        where = path.relative_to(ROOT)
        for node, in_function in _imports(path):
            text = ast.unparse(node)
            for target in _targets(module, node):
                if not allowed(module, target):
                    problems.append(f"{where}:{node.lineno}: `{text}` ({layer(module)} imports {layer(target)})")
                elif in_function:
                    problems.append(f"{where}:{node.lineno}: `{text}` (our own module imported inside a function)")
    return problems


def test_the_package_is_found():
    assert {"accusegraph.cli", "accusegraph.model", "accusegraph.graph.load", "accusegraph.ingest.readers"} <= set(MODULES)
    assert {layer(m) for m in MODULES} == {"base", "accusegraph.graph", "accusegraph.ingest", "roof"}


def test_the_checker_sees_what_it_must():
    """The rule itself, on examples: a wrong direction and a local import are caught."""
    tree = ast.parse("from .graph import load\nfrom ..ingest.readers import x\ndef f():\n    from . import db\n")
    first, second = tree.body[0], tree.body[1]
    assert _targets("accusegraph.model", first) == ["accusegraph.graph.load"]
    assert not allowed("accusegraph.model", "accusegraph.graph.load")
    assert _targets("accusegraph.graph.load", second) == ["accusegraph.ingest.readers"]
    assert not allowed("accusegraph.graph.load", "accusegraph.ingest.readers")
    assert allowed("accusegraph.cli", "accusegraph.ingest.readers")
    assert allowed("accusegraph.graph.load", "accusegraph.model")


def test_imports_point_down_and_sit_at_the_top():
    problems = violations()
    assert not problems, f"{len(problems)} import(s) break the layering (README, Layout):\n" + "\n".join(problems)


def test_every_module_postpones_annotations():
    """`from __future__ import annotations` everywhere, so annotations may name types
    imported only under `typing.TYPE_CHECKING` (the heavy libraries)."""
    missing = [str(path.relative_to(ROOT)) for path in MODULES.values()
               if path.read_text(encoding="utf-8").strip()
               and "from __future__ import annotations" not in path.read_text(encoding="utf-8")]
    assert not missing, f"no `from __future__ import annotations` in: {', '.join(missing)}"
