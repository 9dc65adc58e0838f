"""cli.py parses and prints: it has no database query or transaction of its own.

Read from cli.py's syntax tree, so a query that creeps back in fails here whatever
way it is imported (a plain import, an import inside a function, a Lazy stand-in).
"""

from __future__ import annotations

import ast
from pathlib import Path

import mailbot.cli

DATABASE_MODULES = ("sqlalchemy", "sqlmodel", "mailbot.models", "mailbot.db", "mailbot.uow")
QUERY_NAMES = {"Session", "select", "col", "update", "delete", "insert", "func"}
SESSION_METHODS = {"exec", "execute", "commit", "rollback", "add", "flush", "scalars", "query"}
# What cli.py may still use from mailbot.db: schema upgrade/revision commands, its error.
DB_ALLOWED = {"make_engine", "upgrade", "current_revision", "head_revision", "SchemaError"}


def _tree() -> ast.Module:
    return ast.parse(Path(mailbot.cli.__file__).read_text(encoding="utf-8"))


def _is_database(module: str) -> bool:
    return any(module == m or module.startswith(m + ".") for m in DATABASE_MODULES)


def test_cli_imports_no_database_module() -> None:
    found = []
    for node in ast.walk(_tree()):
        if isinstance(node, ast.ImportFrom) and node.module and _is_database(node.module):
            # `from sqlalchemy.engine import Engine` for a type hint only is harmless
            if not (
                node.module == "sqlalchemy.engine" and [a.name for a in node.names] == ["Engine"]
            ):
                found.append(f"line {node.lineno}: from {node.module} import …")
        elif isinstance(node, ast.Import):
            found += [
                f"line {node.lineno}: import {a.name}" for a in node.names if _is_database(a.name)
            ]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "Lazy"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and _is_database(str(node.args[0].value))
            and str(node.args[0].value) != "mailbot.db"
        ):
            found.append(f"line {node.lineno}: Lazy({node.args[0].value!r})")
    assert found == []


def test_cli_runs_no_query_and_no_transaction() -> None:
    found = []
    for node in ast.walk(_tree()):
        if isinstance(node, ast.Name) and node.id in QUERY_NAMES:
            found.append(f"line {node.lineno}: {node.id}")
        elif isinstance(node, ast.Attribute):
            owner = node.value.id if isinstance(node.value, ast.Name) else ""
            # app_* are the application layer's modules (app_contacts.add is a command)
            if node.attr in SESSION_METHODS and not owner.startswith("app_"):
                found.append(f"line {node.lineno}: .{node.attr}")
            if owner == "db" and node.attr not in DB_ALLOWED:
                found.append(f"line {node.lineno}: db.{node.attr}")
    assert found == []


def test_the_checks_catch_a_query() -> None:
    """The same walk flags the query cli.py used to hold (so the tests above can fail)."""
    old = ast.parse(
        "from sqlmodel import select\n"
        "with Session(engine) as session:\n"
        "    session.exec(select(AuditEvent)).all()\n"
    )
    names = {n.id for n in ast.walk(old) if isinstance(n, ast.Name)} & QUERY_NAMES
    methods = {n.attr for n in ast.walk(old) if isinstance(n, ast.Attribute)} & SESSION_METHODS
    assert names == {"Session", "select"} and methods == {"exec"}
