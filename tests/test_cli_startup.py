"""`mailbot --help` and `--version` load no database, settings or mail-parsing library.

The speed itself is a benchmark (bench/bench_cli.py); this guards its cause, so a new
top-level import in cli.py that drags SQLAlchemy back in fails here.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ["sqlalchemy", "sqlmodel", "pydantic_settings", "mailparser", "fpdf", "jinja2"]


@pytest.mark.parametrize(
    "argv, heavy",
    [
        (["--help"], [*HEAVY, "pydantic"]),
        (["--version"], [*HEAVY, "pydantic"]),
        # typer itself brings pydantic in to read some commands' option types
        (["queue", "--help"], HEAVY),
    ],
)
def test_help_imports_nothing_heavy(argv: list[str], heavy: list[str]) -> None:
    code = (
        "import json, sys\n"
        f"sys.argv = ['mailbot', *{argv!r}]\n"
        "import mailbot.cli\n"
        "try:\n    mailbot.cli.app()\nexcept SystemExit:\n    pass\n"
        f"print(json.dumps([m for m in {heavy!r} if m in sys.modules]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


def test_a_command_still_loads_what_it_needs(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mailbot.cli",
            "contacts",
            "list",
            "--config",
            str(tmp_path / "none.toml"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2 and "none.toml" in result.stderr + result.stdout
