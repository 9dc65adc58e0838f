"""Issue 9: no import cycle among mailbot's modules, and no import inside a function to
dodge one.

The imports are read with `ast`, not by importing: every `import`/`from … import` of a
mailbot module counts, at module level *and inside functions*, so an import moved into a
function to dodge a cycle is still seen closing it. Lazy imports for start-up speed (an
optional or heavy library loaded only by the command that needs it, marked `# lazy:`)
are fine as long as they close no cycle. Only imports under `if TYPE_CHECKING:` are left
out: they are annotations and never run.
"""

from __future__ import annotations

import ast
from pathlib import Path

import mailbot

ROOT = Path(mailbot.__file__).parent


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in ROOT.rglob("*.py")}


def _resolve(name: str) -> str | None:
    """The mailbot module an imported name lives in (a module, else its package)."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports(module: str, source: str | None = None) -> list[tuple[str, int, bool]]:
    """(imported mailbot module, line, inside a function) for each import that runs."""
    path = MODULES.get(module, ROOT / "x.py")
    source = path.read_text() if source is None else source
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: list[tuple[str, int, bool]] = []

    def visit(nodes: list[ast.stmt], in_function: bool) -> None:
        for node in nodes:
            if isinstance(node, ast.If) and _type_checking(node):
                visit(node.orelse, in_function)
                continue
            if isinstance(node, ast.Import):
                for alias in node.names:
                    target = _resolve(alias.name)
                    if target:
                        found.append((target, node.lineno, in_function))
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")
                    anchor = anchor[: len(anchor) - (node.level - 1)]
                    base = ".".join([*anchor, base] if base else anchor)
                for alias in node.names:
                    target = _resolve(f"{base}.{alias.name}") or _resolve(base)
                    if target:
                        found.append((target, node.lineno, in_function))
            inner = isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            for field in ("body", "orelse", "finalbody", "handlers"):
                children = getattr(node, field, None)
                if isinstance(children, list) and children and isinstance(children[0], ast.AST):
                    stmts = [
                        c
                        for child in children
                        for c in (child.body if isinstance(child, ast.ExceptHandler) else [child])
                    ]
                    visit(stmts, in_function or inner)

    visit(ast.parse(source).body, False)
    return found


def graph() -> dict[str, set[str]]:
    return {m: {t for t, _, _ in imports(m) if t != m} for m in MODULES}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def strong(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(edges):
        if v not in index:
            strong(v)
    return out


def test_the_walker_sees_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_walker_counts_imports_inside_functions_and_skips_type_checking() -> None:
    source = """
from typing import TYPE_CHECKING
from mailbot import clock
if TYPE_CHECKING:
    from mailbot.service import Service
def f():
    from mailbot.actions import erase
    try:
        from . import lifecycle
    except ImportError:
        import mailbot.register
"""
    found = imports("mailbot.fake", source)
    assert [(t, inner) for t, _, inner in found] == [
        ("mailbot.clock", False),
        ("mailbot.actions", True),
        ("mailbot.lifecycle", True),
        ("mailbot.register", True),
    ]


def test_the_walker_reads_the_imports() -> None:
    assert "mailbot.executor" in graph()["mailbot.service"]
    assert "mailbot.handlers.base" in graph()["mailbot.handlers.requests"]


def test_no_import_cycle_among_mailbot_modules() -> None:
    found = cycles(graph())
    assert found == [], "import cycles: " + "; ".join(" ↔ ".join(c) for c in found)


def test_the_old_circle_does_not_import_service_even_for_annotations() -> None:
    """service → handlers → actions → lifecycle → register → service was the circle of
    issue 9; the writers now depend on the small `writer.Writer` protocol instead.
    """
    for module in ("actions", "lifecycle", "register", "handlers.requests", "executor"):
        source = MODULES[f"mailbot.{module}"].read_text()
        assert "mailbot.service" not in source, module


def test_the_pure_core_touches_no_database() -> None:
    """The request handlers and what they return are functions of their inputs."""
    writers = {"mailbot.db", "mailbot.executor", "mailbot.service", "mailbot.uow"}
    for module in ("handlers.requests", "intents", "request_types", "deadlines"):
        name = f"mailbot.{module}"
        assert not {t for t, _, _ in imports(name)} & writers, module
        assert "Session" not in MODULES[name].read_text(), module
