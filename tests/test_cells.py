"""CSV cells a spreadsheet would run as formulas are defused, and come back unchanged."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mailbot import cells

STARTS = "=+-@\t\r\n＝＋－＠"


@given(st.text(max_size=40))
def test_safe_never_begins_a_formula_and_round_trips(value: str) -> None:
    cell = cells.safe(value)
    assert cell.lstrip(" \u00a0\u3000")[:1] not in set(STARTS)
    assert cells.unquote(cell) == value


@given(st.sampled_from(list(STARTS)), st.text(max_size=20), st.sampled_from(["", " ", "  "]))
def test_every_formula_start_is_quoted(start: str, rest: str, blanks: str) -> None:
    assert cells.safe(blanks + start + rest).startswith("'")


def test_ordinary_values_are_left_as_they_are() -> None:
    for value in ("Aino Esimerkki", "aino@example.org", "040 123 4567", "", "Oy Ab"):
        assert cells.safe(value) == value
        assert cells.unquote(value) == value
    assert cells.safe("＝HYPERLINK(1)") == "'＝HYPERLINK(1)"  # full-width, read as = by some
    assert cells.unquote("'hello") == "'hello"  # a hand-written apostrophe stays
