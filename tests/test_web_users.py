"""Console users, sessions and the small parsers of the web console, without a browser:
Argon2 hashes, tokens kept only as hashes, idle and absolute timeouts, signed cookies,
safe redirects and the language header (hypothesis for the parsers)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import Session, select

from mailbot import clock, db
from mailbot.models import AuditEvent, WebSession, WebUser
from mailbot.web import i18n, users
from mailbot.web.app import _safe_next

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
IDLE, ABSOLUTE = timedelta(minutes=30), timedelta(hours=12)


@pytest.fixture
def session(tmp_path: Path):
    engine = db.make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    db.create_schema(engine)
    with Session(engine, expire_on_commit=False) as s:
        yield s
    engine.dispose()


def test_passwords_are_argon2id_and_links_are_kept_as_hashes(session: Session) -> None:
    with clock.frozen(T0):
        user, token = users.add(session, "Staff@Example.com", "staff", "admin@example.com")
    assert user.email == "staff@example.com" and user.password_hash is None
    assert token and user.token_hash == users.sha256(token) and token not in str(user.token_hash)
    with clock.frozen(T0 + timedelta(hours=1)), pytest.raises(users.UserError, match="12 char"):
        users.set_password_by_token(session, token, "short")
    with clock.frozen(T0 + timedelta(hours=1)):
        users.set_password_by_token(session, token, "a long enough passphrase")
    assert user.password_hash and user.password_hash.startswith("$argon2id$")
    assert users.verify_password(user, "a long enough passphrase")
    assert not users.verify_password(user, "a long enough passphrasE")
    assert not users.verify_password(None, "a long enough passphrase")
    with clock.frozen(T0 + timedelta(hours=1)), pytest.raises(users.UserError):
        users.set_password_by_token(session, token, "used twice is refused")  # one time
    users.disable(session, "staff@example.com", "admin@example.com")
    assert not users.verify_password(user, "a long enough passphrase")
    actions = [e.action for e in session.exec(select(AuditEvent)).all()]
    assert actions == ["add", "reset", "disable"]


def test_a_set_password_link_expires(session: Session) -> None:
    with clock.frozen(T0):
        _, token = users.add(session, "late@example.com", "chat_agent", "admin@example.com")
    with clock.frozen(T0 + timedelta(hours=users.TOKEN_HOURS, seconds=1)):
        assert users.user_for_token(session, token or "") is None


def test_roles_and_addresses_are_checked(session: Session) -> None:
    with pytest.raises(users.UserError, match="role"):
        users.add(session, "x@example.com", "root", "admin")
    with pytest.raises(users.UserError, match="not an e-mail"):
        users.add(session, "<x@example.com>", "staff", "admin")
    users.add(session, "x@example.com", "staff", "admin", password="a long enough passphrase")
    with pytest.raises(users.UserError, match="exists"):
        users.add(session, "X@example.com", "admin", "admin")


def test_sessions_end_when_idle_too_long_or_too_old(session: Session) -> None:
    user, _ = users.add(
        session, "a@example.com", "admin", "cli", password="a long enough passphrase"
    )
    with clock.frozen(T0):
        sid, _ = users.start_session(session, user, totp_ok=True)
    assert session.get(WebSession, sid) is None  # the table holds only the hash
    minute = T0
    for _ in range(12 * 60 // 20 - 1):  # used every 20 minutes: alive for 12 hours
        minute += timedelta(minutes=20)
        with clock.frozen(minute):
            assert users.live_session(session, sid, IDLE, ABSOLUTE) is not None
    with clock.frozen(T0 + ABSOLUTE + timedelta(minutes=1)):
        assert users.live_session(session, sid, IDLE, ABSOLUTE) is None  # absolute
    with clock.frozen(T0):
        sid2, _ = users.start_session(session, user, totp_ok=True)
    with clock.frozen(T0 + IDLE + timedelta(seconds=1)):
        assert users.live_session(session, sid2, IDLE, ABSOLUTE) is None  # idle
    assert session.exec(select(WebSession)).all() == []


def test_disabling_or_resetting_ends_every_session(session: Session) -> None:
    user, _ = users.add(
        session, "b@example.com", "staff", "cli", password="a long enough passphrase"
    )
    sid, _ = users.start_session(session, user, totp_ok=True)
    users.reset(session, "b@example.com", "cli")
    assert users.live_session(session, sid, IDLE, ABSOLUTE) is None
    assert session.get(WebUser, user.id).password_hash is None


@given(st.text(max_size=400))
def test_signed_values_survive_only_unchanged(value: str) -> None:
    key = b"k" * 32
    signed = users.sign(key, value)
    if len(signed) <= 300:
        assert users.unsign(key, signed) == value
    assert users.unsign(b"other-key" * 4, signed) is None
    assert users.unsign(key, signed[:-1] + ("0" if signed[-1] != "0" else "1")) is None
    assert users.unsign(key, value) in (None, value.rpartition(".")[0] or None)


@given(st.text(max_size=400))
def test_next_is_only_ever_a_local_path(value: str) -> None:
    target = _safe_next(value)
    assert target.startswith("/") and not target.startswith("//") and "\\" not in target


def test_next_refuses_other_sites() -> None:
    for bad in ("//evil.example", "https://evil.example/", "/\\evil.example", "evil", ""):
        assert _safe_next(bad) == "/"
    assert _safe_next("/queue/3?status=all") == "/queue/3?status=all"


@given(st.text(max_size=300))
def test_accept_language_always_gives_a_catalogue(header: str) -> None:
    assert i18n.from_header(header, "fi") in i18n.LANGUAGES


def test_catalogues_have_the_same_keys_with_the_same_placeholders() -> None:
    import string

    english = i18n.catalogue("en")
    for lang in ("fi", "sv"):
        other = i18n.catalogue(lang)
        assert set(other) <= set(english), lang
        for key, text in other.items():
            names = {f for _, f, _, _ in string.Formatter().parse(text) if f}
            assert names == {f for _, f, _, _ in string.Formatter().parse(english[key]) if f}, key
    assert set(i18n.catalogue("fi")) == set(i18n.catalogue("sv")) == set(english)  # complete
