"""The console's words: one TOML message catalogue per language, chosen per user."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

LANGUAGES = ("fi", "sv", "en")


@cache
def catalogue(language: str) -> dict[str, str]:
    path = resources.files("mailbot.web") / "messages" / f"{language}.toml"
    return dict(tomllib.loads(path.read_text(encoding="utf-8")))


def translator(language: str):  # noqa: ANN201 - a plain callable for the templates
    """gettext for `language`, falling back to English and then to the key itself."""
    lang = language if language in LANGUAGES else "en"
    own, english = catalogue(lang), catalogue("en")

    def t(key: str, **values: object) -> str:
        text = own.get(key) or english.get(key) or key
        return text.format(**values) if values else text

    return t


def from_header(accept_language: str, default: str) -> str:
    """The first of fi/sv/en in Accept-Language, else the organisation's language."""
    for part in accept_language.split(",")[:20]:
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return default if default in LANGUAGES else "en"
