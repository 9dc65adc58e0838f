"""Names imported on first use, so `mailbot --help` does not load SQLAlchemy, pydantic & co.

The CLI names every command's dependencies at the top, as usual; each is a stand-in
that imports its module the first time it is called or an attribute is read. Exception
classes cannot be stand-ins (an `except` clause needs the class itself): the CLI reads
them as attributes of a module stand-in (`except config.ConfigError`).
"""

from __future__ import annotations

import importlib
from typing import Any


class Lazy:
    """A module, or one name in it, loaded when first used."""

    __slots__ = ("_module", "_name", "_target")

    def __init__(self, module: str, name: str | None = None) -> None:
        self._module = module
        self._name = name
        self._target: Any = None

    def _load(self) -> Any:
        if self._target is None:
            module = importlib.import_module(self._module)
            self._target = getattr(module, self._name) if self._name else module
        return self._target

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._load(), attr)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._load()(*args, **kwargs)

    def __repr__(self) -> str:
        return f"<lazy {self._module}{'.' + self._name if self._name else ''}>"
