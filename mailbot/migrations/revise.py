"""Developers' tool: write a new revision from the difference between the models and the migrations.

    python -m mailbot.migrations.revise "add the corrections table"

It upgrades a scratch SQLite database to the newest revision, compares it with the models
and writes the revision file; read it (and fix names) before committing.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from alembic import command

from mailbot import db


def main(message: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        engine = db.make_engine(f"sqlite:///{Path(tmp) / 'scratch.db'}")
        db.upgrade(engine)
        with engine.begin() as conn:
            number = len(list(db._scripts().walk_revisions())) + 1
            script = command.revision(
                db._alembic_config(conn), message=message, autogenerate=True, rev_id=f"{number:04d}"
            )
    path = Path(script.path)  # type: ignore[union-attr]
    lines = path.read_text().splitlines(keepends=True)
    path.write_text("".join(line for line in lines if "# ###" not in line))
    ruff = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    subprocess.run([ruff, "check", "-q", "--fix", str(path)], check=False)
    subprocess.run([ruff, "format", "-q", str(path)], check=False)
    print(f"read it before committing: {path}")


if __name__ == "__main__":
    main(" ".join(sys.argv[1:]) or "schema change")
