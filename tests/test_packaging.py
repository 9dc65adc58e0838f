"""The installed package carries its templates and data (design card: templates/ at the top).

pyproject lists mailbot's packages by hand so that top-level templates/ can be installed as
mailbot/templates; a package added later and forgotten there would vanish from a wheel.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_is_listed_in_pyproject() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "mailbot").rglob("__init__.py")
    }
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"


def test_wheel_carries_templates_and_data(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
         "-w", str(tmp_path), str(ROOT)],
        check=True, capture_output=True,
    )
    wheel = next(tmp_path.glob("mailbot-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    sources = {
        "mailbot/templates/" + str(p.relative_to(ROOT / "templates"))
        for p in (ROOT / "templates").rglob("*.j2")
    }
    assert sources and sources <= names, sorted(sources - names)[:5]
    assert "mailbot/data/words.toml" in names
