"""Console users, passwords and sessions: the parts the CLI and the web server share.

Passwords are Argon2id hashes (argon2-cffi). A set-password link and a session id
are random tokens of which the database keeps only the SHA-256, so a copy of the
database lets nobody log in. Every change of a user is an audit event naming who
made it.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete
from sqlmodel import Session, col, select

from mailbot import audit, clock
from mailbot.models import Meta, WebSession, WebUser

ROLES = ("admin", "staff", "chat_agent")
LANGUAGES = ("fi", "sv", "en")
MIN_PASSWORD = 12
TOKEN_HOURS = 48

_hasher = PasswordHasher()
# Verified when the address is unknown, so that answer takes as long as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


class UserError(Exception):
    """A user command that cannot be done (one line for the CLI or the page)."""


def sha256(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def normal_email(email: str) -> str:
    """One plain address. The notices put it in a To: header, so no list separator
    (, ;), no group or comment syntax and no control character may slip in."""
    value = email.strip().lower()
    local, at, domain = value.rpartition("@")
    if (
        not at
        or not local
        or not domain
        or "@" in local
        or len(value) > 320
        or any(c.isspace() or not c.isprintable() or c in "<>\"',;:()[]\\" for c in value)
    ):
        raise UserError(f"not an e-mail address: {email!r}")
    return value


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise UserError(f"a password needs at least {MIN_PASSWORD} characters")
    if len(password) > 1024:
        raise UserError("a password has at most 1024 characters")


def hash_password(password: str) -> str:
    check_password(password)
    return _hasher.hash(password)


def verify_password(user: WebUser | None, password: str) -> bool:
    """True when the password is the user's; as slow for an unknown or unusable user."""
    stored = user.password_hash if user is not None and user.password_hash else _DUMMY_HASH
    try:
        ok = _hasher.verify(stored, password[:1024])
    except (VerificationError, InvalidHashError):
        ok = False
    return ok and user is not None and bool(user.password_hash) and not user.disabled


def needs_rehash(user: WebUser) -> bool:
    return bool(user.password_hash) and _hasher.check_needs_rehash(user.password_hash or "")


def get(session: Session, email: str) -> WebUser | None:
    try:
        address = normal_email(email)
    except UserError:
        return None
    return session.exec(select(WebUser).where(WebUser.email == address)).first()


def get_or_fail(session: Session, email: str) -> WebUser:
    user = get(session, email)
    if user is None:
        raise UserError(f"no console user {email}")
    return user


def _new_token(user: WebUser) -> str:
    token = secrets.token_urlsafe(32)
    user.token_hash = sha256(token)
    user.token_expires_at = clock.now() + timedelta(hours=TOKEN_HOURS)
    return token


def add(
    session: Session,
    email: str,
    role: str,
    by: str,
    password: str | None = None,
    language: str | None = None,
) -> tuple[WebUser, str | None]:
    """A new user; returns it and, without a password, the one-time set-password token."""
    if role not in ROLES:
        raise UserError(f"role must be one of {', '.join(ROLES)}")
    if language is not None and language not in LANGUAGES:
        raise UserError(f"language must be one of {', '.join(LANGUAGES)}")
    address = normal_email(email)
    if get(session, address) is not None:
        raise UserError(f"console user {address} exists already")
    now = clock.now()
    user = WebUser(email=address, role=role, language=language, created_at=now, updated_at=now)
    token = None
    if password is not None:
        user.password_hash = hash_password(password)
    else:
        token = _new_token(user)
    session.add(user)
    session.flush()
    audit.record(session, "add", "WebUser", user.id, {"role": role}, actor=by)
    return user, token


def reset(session: Session, email: str, by: str, password: str | None = None) -> str | None:
    """A new password, or a new set-password token; ends every session of the user."""
    user = get_or_fail(session, email)
    user.password_hash = hash_password(password) if password is not None else None
    token = None if password is not None else _new_token(user)
    if password is not None:
        user.token_hash = user.token_expires_at = None
    user.totp_secret = None
    user.updated_at = clock.now()
    session.add(user)
    end_sessions(session, user)
    audit.record(session, "reset", "WebUser", user.id, {"fields": ["password"]}, actor=by)
    return token


def disable(session: Session, email: str, by: str, disabled: bool = True) -> WebUser:
    user = get_or_fail(session, email)
    if disabled and user.role == "admin" and not user.disabled and not _other_admin(session, user):
        raise UserError(f"{user.email} is the last enabled admin: add another admin first")
    user.disabled = disabled
    user.updated_at = clock.now()
    session.add(user)
    if disabled:
        end_sessions(session, user)
    audit.record(session, "disable" if disabled else "enable", "WebUser", user.id, {}, actor=by)
    return user


def _other_admin(session: Session, user: WebUser) -> bool:
    """Whether an enabled admin other than `user` exists (the console must keep one)."""
    other = session.exec(
        select(WebUser.id)
        .where(WebUser.role == "admin")
        .where(WebUser.disabled == False)  # noqa: E712
        .where(WebUser.id != user.id)
    ).first()
    return other is not None


def set_preferences(
    session: Session, email: str, by: str, language: str, notify: bool | None = None
) -> WebUser:
    """A user's own choices: the console's language, and notices of queued requests."""
    if language not in LANGUAGES:
        raise UserError(f"language must be one of {', '.join(LANGUAGES)}")
    user = get_or_fail(session, email)
    user.language = language
    fields = ["language"]
    if notify is not None and user.role in ("admin", "staff"):
        user.notify = notify
        fields.append("notify")
    user.updated_at = clock.now()
    session.add(user)
    audit.record(session, "change", "WebUser", user.id, {"fields": fields}, actor=by)
    return user


def set_totp(session: Session, email: str, secret: str) -> WebUser:
    """The user's second factor, after they showed a first code from it."""
    user = get_or_fail(session, email)
    user.totp_secret = secret
    user.updated_at = clock.now()
    session.add(user)
    audit.record(session, "change", "WebUser", user.id, {"fields": ["totp"]}, actor=user.email)
    return user


def user_for_token(session: Session, token: str) -> WebUser | None:
    if not token or len(token) > 200:
        return None
    user = session.exec(select(WebUser).where(WebUser.token_hash == sha256(token))).first()
    if user is None or user.disabled or user.token_expires_at is None:
        return None
    return user if user.token_expires_at > clock.now() else None


def set_password_by_token(session: Session, token: str, password: str) -> WebUser:
    user = user_for_token(session, token)
    if user is None:
        raise UserError("this link is not valid any more")
    user.password_hash = hash_password(password)
    user.token_hash = user.token_expires_at = None
    user.updated_at = clock.now()
    session.add(user)
    end_sessions(session, user)
    audit.record(session, "reset", "WebUser", user.id, {"fields": ["password"]}, actor=user.email)
    return user


def end_sessions(session: Session, user: WebUser) -> None:
    session.execute(delete(WebSession).where(col(WebSession.user_id) == user.id))


def user_dict(user: WebUser) -> dict[str, Any]:
    return {
        "email": user.email,
        "role": user.role,
        "disabled": user.disabled,
        "language": user.language,
        "totp": bool(user.totp_secret),
        "password_set": bool(user.password_hash),
        "created_at": user.created_at.isoformat(),
        "last_login_at": user.last_login_at.isoformat() if user.last_login_at else None,
    }


def all_users(session: Session) -> list[WebUser]:
    return list(session.exec(select(WebUser).order_by(col(WebUser.email))).all())


# --------------------------------------------------------------------------- sessions


def cookie_key(session: Session) -> bytes:
    """The HMAC key that signs the console's cookies: made once, kept in the database."""
    row = session.get(Meta, "web_cookie_key")
    if row is None:
        row = Meta(key="web_cookie_key", value=secrets.token_hex(32))
        session.add(row)
        session.flush()
    return row.value.encode()


def same(a: str, b: str) -> bool:
    """Constant-time comparison that any text can go through (compare_digest refuses
    non-ASCII str, and a hostile cookie or form field may hold anything)."""
    return hmac.compare_digest(a.encode("utf-8", "replace"), b.encode("utf-8", "replace"))


def sign(key: bytes, value: str) -> str:
    mac = hmac.new(key, value.encode(), hashlib.sha256).hexdigest()[:32]
    return f"{value}.{mac}"


def unsign(key: bytes, signed: str | None) -> str | None:
    if not signed or len(signed) > 300 or "." not in signed:
        return None
    value, _, mac = signed.rpartition(".")
    good = hmac.new(key, value.encode(), hashlib.sha256).hexdigest()[:32]
    return value if same(good, mac) else None


def start_session(session: Session, user: WebUser, totp_ok: bool) -> tuple[str, WebSession]:
    """A new session (a fresh id at every login: no fixation); returns the cookie's id."""
    sid = secrets.token_urlsafe(32)
    now = clock.now()
    row = WebSession(
        id=sha256(sid),
        user_id=user.id or 0,
        csrf=secrets.token_urlsafe(32),
        created_at=now,
        seen_at=now,
        totp_ok=totp_ok,
    )
    session.add(row)
    user.last_login_at = now
    session.add(user)
    return sid, row


def rotate_session(session: Session, row: WebSession, totp_ok: bool) -> str:
    """A new id (and CSRF token) for a session whose privilege grows, e.g. at the second
    factor, so an id seen before that step is worth nothing after it."""
    sid = secrets.token_urlsafe(32)
    new = WebSession(
        id=sha256(sid),
        user_id=row.user_id,
        csrf=secrets.token_urlsafe(32),
        created_at=row.created_at,
        seen_at=clock.now(),
        totp_ok=totp_ok,
    )
    if row in session:
        session.delete(row)
    else:
        session.execute(delete(WebSession).where(col(WebSession.id) == row.id))
    session.add(new)
    return sid


def totp_counter(secret: str, code: str, last: int | None) -> int | None:
    """The time step a code belongs to (one step of clock skew either way), or None when
    it is wrong or its step is not newer than `last` (a code works only once)."""
    import pyotp

    totp = pyotp.TOTP(secret)
    now = totp.timecode(clock.now())
    for step in (now - 1, now, now + 1):
        if same(code, totp.generate_otp(step)) and (last is None or step > last):
            return step
    return None


def live_session(
    session: Session, sid: str, idle: timedelta, absolute: timedelta
) -> tuple[WebSession, WebUser] | None:
    """The session and its user, or None (and the row deleted) when it has ended."""
    row = session.get(WebSession, sha256(sid))
    if row is None:
        return None
    now = clock.now()
    user = session.get(WebUser, row.user_id)
    if user is None or user.disabled or now - row.seen_at > idle or now - row.created_at > absolute:
        session.delete(row)
        return None
    if now - row.seen_at > timedelta(seconds=30):  # not a write for every request
        row.seen_at = now
        session.add(row)
    return row, user


def prune_sessions(session: Session, idle: timedelta, absolute: timedelta) -> None:
    now = clock.now()
    session.execute(
        delete(WebSession).where(
            (col(WebSession.seen_at) < now - idle) | (col(WebSession.created_at) < now - absolute)
        )
    )


def expires(row: WebSession, idle: timedelta, absolute: timedelta) -> datetime:
    return min(row.seen_at + idle, row.created_at + absolute)
