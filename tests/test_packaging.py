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
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(d.relative_to(ROOT).parts)
        for d in [ROOT / "mailbot", *(ROOT / "mailbot").rglob("*")]
        if d.is_dir() and d.name != "__pycache__" and any(f.is_file() for f in d.iterdir())
    } | {
        "mailbot." + ".".join(d.relative_to(ROOT).parts)
        for d in [ROOT / "templates", *(ROOT / "templates").rglob("*")]
        if d.is_dir() and any(f.is_file() for f in d.iterdir())
    }
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"


def test_wheel_carries_templates_and_data(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    wheel = next(tmp_path.glob("mailbot-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    sources = {
        "mailbot/templates/" + str(p.relative_to(ROOT / "templates"))
        for p in (ROOT / "templates").rglob("*.j2")
    }
    assert sources and sources <= names, sorted(sources - names)[:5]
    assert "mailbot/data/words.toml" in names
    assert "mailbot/data/keywords/fi.toml" in names
    assert any(n.startswith("mailbot/demo_mail/") and n.endswith(".eml") for n in names)
    assert any(n.startswith("mailbot/migrations/versions/0001") for n in names)
    assert "mailbot/migrations/script.py.mako" in names
