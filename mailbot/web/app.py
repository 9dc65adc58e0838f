"""The web console: a server-rendered Starlette application (issue 10).

Every route is declared with the roles that may use it (REGISTER.md's table) and
goes through one wrapper that finds the session, enforces the idle and absolute
timeouts, checks the role and, for every POST, the CSRF token — on the server, so a
hidden button protects nothing and a typed URL gets 403. Pages have no script at
all, which the Content-Security-Policy states.
"""

from __future__ import annotations

import csv
import io
import logging
import secrets
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import quote, urlencode

import jinja2
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, or_, select
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mailbot import actions, cells, clock
from mailbot.config import Settings
from mailbot.models import (
    AuditEvent,
    ChatRecord,
    Company,
    Contact,
    Enquiry,
    FollowUp,
    InboundMessage,
    Meta,
    OutboundMail,
    QueuedAction,
    WebSession,
    WebUser,
)
from mailbot.web import i18n, ops, users

log = logging.getLogger("mailbot.web")

MAX_BODY = 256 * 1024
SESSION_COOKIE = "mailbot_session"
LOGIN_COOKIE = "mailbot_login"  # the CSRF token of the login form, before any session
ALL = ("admin", "staff", "chat_agent")
STAFF = ("admin", "staff")
ADMIN = ("admin",)
PUBLIC: tuple[str, ...] = ()
TOTP_PAGES = ("logout", "totp_form", "totp_check", "totp_setup")  # open before the 2nd factor

SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
        b"frame-ancestors 'none'; base-uri 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
    (b"cache-control", b"no-store"),
]
HSTS = (b"strict-transport-security", b"max-age=31536000")


class SecurityHeaders:
    """Every answer, also errors and the stylesheet, carries the same headers."""

    def __init__(self, app: ASGIApp, https: bool = False) -> None:
        self.app = app
        self.headers = SECURITY_HEADERS + ([HSTS] if https else [])

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.headers if k not in names]
                message["headers"] = list(message.get("headers", [])) + extra
            await send(message)

        await self.app(scope, receive, with_headers)


class Throttle:
    """Failed logins per key within a window; past the limit the key waits it out."""

    def __init__(self, limit: int, window: float, cap: int = 100_000) -> None:
        self.limit, self.window, self.cap = limit, window, cap
        self.failures: dict[str, deque[float]] = {}
        self.lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        q = self.failures.setdefault(key, deque())
        while q and q[0] <= now - self.window:
            q.popleft()
        return q

    def blocked(self, key: str) -> bool:
        with self.lock:
            return len(self._recent(key, time.monotonic())) >= self.limit

    def fail(self, key: str) -> None:
        with self.lock:
            now = time.monotonic()
            q = self._recent(key, now)
            q.append(now)
            if len(self.failures) > self.cap:  # a flood of invented names
                self._shrink(now)

    def _shrink(self, now: float) -> None:
        """Forget what has expired, then the oldest keys that are not blocked: a flood of
        invented names must never free an account that is being guessed at."""
        for key in list(self.failures):
            if not self._recent(key, now):
                del self.failures[key]
        excess = len(self.failures) - self.cap // 2
        for key in list(self.failures):
            if excess <= 0:
                break
            if len(self.failures[key]) < self.limit:
                del self.failures[key]
                excess -= 1

    def clear(self, key: str) -> None:
        with self.lock:
            self.failures.pop(key, None)


@dataclass
class Ctx:
    """What a page handler gets: the request, the form, the user and a database session."""

    console: Console
    request: Request
    db: Session
    form: dict[str, str] = field(default_factory=dict)
    form_lists: dict[str, list[str]] = field(default_factory=dict)
    user: WebUser | None = None
    web_session: WebSession | None = None
    lang: str = "en"
    changed: bool = False  # the handler changed the register: send the outbox after

    @property
    def t(self) -> Callable[..., str]:
        return i18n.translator(self.lang)

    @property
    def by(self) -> str:
        assert self.user is not None
        return self.user.email

    def act(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a console operation (ops.py: an application command) as the logged-in user.

        The page's own read transaction ends first: on SQLite one writer at a time.
        """
        self.db.commit()
        self.changed = True
        return fn(self.console.service, self.by, *args, **kwargs)

    def param(self, name: str) -> int:
        try:
            return int(self.request.path_params[name])
        except (KeyError, ValueError):
            raise NotFound() from None

    def render(self, template: str, status: int = 200, **values: Any) -> HTMLResponse:
        return HTMLResponse(self.console.render(self, template, **values), status_code=status)

    def redirect(self, path: str, note: str | None = None) -> RedirectResponse:
        if note:  # signed: a crafted ?note= link cannot put words in the console's mouth
            signed = users.sign(self.console.key, note[:200])
            path += ("&" if "?" in path else "?") + urlencode({"note": signed})
        return RedirectResponse(path, status_code=303)


class NotFound(Exception):
    pass


Handler = Callable[[Ctx], Response]


@dataclass
class Page:
    path: str
    handler: Handler
    roles: tuple[str, ...]
    methods: tuple[str, ...]
    name: str


PAGES: list[Page] = []


def page(path: str, roles: tuple[str, ...], methods: tuple[str, ...] = ("GET",)) -> Callable:
    def register(fn: Handler) -> Handler:
        PAGES.append(Page(path, fn, roles, methods, fn.__name__))
        return fn

    return register


class Console:
    """One console: settings, database and the Service the domain functions need."""

    def __init__(
        self,
        settings: Settings,
        engine: Engine,
        send_outbox: Callable[[], object] | None = None,
        last_poll: Callable[[], datetime | None] | None = None,
    ) -> None:
        from mailbot.handlers.base import Context
        from mailbot.service import Service

        self.settings = settings
        self.engine = engine
        self.service = Service(Context.of(settings), engine)
        self.send_outbox = send_outbox
        self.last_poll = last_poll
        web = settings.web
        self.idle = timedelta(minutes=web.idle_minutes)
        # Served over https (public_url): the browser is told to keep to https (HSTS) and
        # the cookies carry the __Host- prefix (Secure, this host only, path /), so a
        # sibling subdomain or a plain-http page cannot plant or overwrite them.
        self.https = web.public_url.lower().startswith("https:")
        prefix = "__Host-" if self.https else ""
        self.session_cookie = prefix + SESSION_COOKIE
        self.login_cookie = prefix + LOGIN_COOKIE
        self.absolute = timedelta(hours=web.session_hours)
        window = web.throttle_minutes * 60.0
        self.by_account = Throttle(web.max_failures_per_account, window)
        self.by_address = Throttle(web.max_failures_per_address, window)
        with Session(engine) as session:
            self.key = users.cookie_key(session)
            users.prune_sessions(session, self.idle, self.absolute)
            session.commit()
        from mailbot.mailer import template_dir

        folder = template_dir() / "web"
        loader = jinja2.FileSystemLoader(str(folder))
        self.env = jinja2.Environment(loader=loader, autoescape=True)
        self.css = (folder / "console.css").read_bytes()
        self._sending = threading.Lock()

    def render(self, ctx: Ctx, template: str, **values: Any) -> str:
        role = ctx.user.role if ctx.user else None
        return self.env.get_template(template).render(
            t=ctx.t,
            lang=ctx.lang,
            user=ctx.user,
            role=role,
            csrf=ctx.web_session.csrf if ctx.web_session else "",
            may=lambda path: role is not None and _may(role, path),
            note=users.unsign(self.key, ctx.request.query_params.get("note")) or "",
            org=self.settings.organisation.name,
            fmt=_fmt,
            **values,
        )

    def send_later(self) -> None:
        """After a change: send what it queued, off the request (best effort, one at a time)."""
        if self.send_outbox is None:
            return

        def send() -> None:
            with self._sending:
                try:
                    self.send_outbox()  # type: ignore[misc]
                except Exception:  # noqa: BLE001 - the mail stays in the outbox for the loop
                    log.exception("sending the outbox after a console action failed")

        threading.Thread(target=send, name="mailbot-web-send", daemon=True).start()


def _fmt(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return str(value)


def _may(role: str, path: str) -> bool:
    """Whether a role may open a page (for links; the server checks anyway)."""
    for p in PAGES:
        if p.path == path and "GET" in p.methods:
            return not p.roles or role in p.roles
    return False


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _https(request: Request, settings: Settings) -> bool:
    """Cookies are Secure over https, and always when the console's public address is
    https: behind a TLS proxy that is not (yet) in trusted_proxies the request looks
    like plain http, and a session cookie must still never travel unencrypted."""
    return request.url.scheme == "https" or settings.web.public_url.lower().startswith("https:")


def _wrap(console: Console, p: Page) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        form: dict[str, str] = {}
        lists: dict[str, list[str]] = {}
        if request.method == "POST":
            # Forms are small: a body without a length or over MAX_BODY is refused unread.
            length = request.headers.get("content-length", "")
            if not length.isdigit() or int(length) > MAX_BODY:
                return PlainTextResponse("request body too large", status_code=413)
            try:
                data = await request.form(max_files=0, max_fields=2000)
            except Exception:  # noqa: BLE001 - a broken or oversized body is refused
                return PlainTextResponse("bad request", status_code=400)
            for key, value in data.multi_items():
                if isinstance(value, str):
                    form.setdefault(key, value[:20000])
                    lists.setdefault(key, []).append(value[:200])
        return await run_in_threadpool(_serve, console, p, request, form, lists)

    return endpoint


def _serve(
    console: Console, p: Page, request: Request, form: dict[str, str], lists: dict[str, list[str]]
) -> Response:
    default = i18n.from_header(
        request.headers.get("accept-language", ""), console.settings.organisation.default_language
    )
    with Session(console.engine, expire_on_commit=False) as db:
        ctx = Ctx(console, request, db, form, lists, lang=default)
        sid = users.unsign(console.key, request.cookies.get(console.session_cookie))
        found = users.live_session(db, sid, console.idle, console.absolute) if sid else None
        db.commit()
        if found:
            ctx.web_session, ctx.user = found
            ctx.lang = ctx.user.language or console.settings.organisation.default_language
        if p.roles:
            if ctx.user is None or ctx.web_session is None:
                nxt = request.url.path if request.method == "GET" else "/"
                response: Response = RedirectResponse(
                    "/login?next=" + quote(nxt, safe="/"), status_code=303
                )
                if sid:
                    response.delete_cookie(console.session_cookie, path="/")
                return response
            if not ctx.web_session.totp_ok and p.name not in TOTP_PAGES:
                return RedirectResponse(
                    "/login/totp" if ctx.user.totp_secret else "/account/totp", status_code=303
                )
            if ctx.user.role not in p.roles:
                return ctx.render("error.html", status=403, message=ctx.t("forbidden"))
            if request.method == "POST" and not users.same(
                form.get("csrf", ""), ctx.web_session.csrf
            ):
                return ctx.render("error.html", status=403, message=ctx.t("csrf_failed"))
        try:
            response = p.handler(ctx)
            if request.method == "POST":
                console.service.flush_deferred(db)
            db.commit()
        except NotFound:
            db.rollback()
            return ctx.render("error.html", status=404, message=ctx.t("not_found"))
        except ops.NotFound:
            db.rollback()
            return ctx.render("error.html", status=404, message=ctx.t("not_found"))
        except (ops.ActionError, ops.Refused, users.UserError) as exc:
            db.rollback()
            return ctx.render("error.html", status=400, message=str(exc))
    if ctx.changed:
        console.send_later()
    return response


# --------------------------------------------------------------------------- login


def _login_token(ctx: Ctx) -> tuple[str, str | None]:
    """The login form's CSRF token and, when new, the signed cookie that carries it."""
    token = users.unsign(ctx.console.key, ctx.request.cookies.get(ctx.console.login_cookie))
    if token:
        return token, None
    token = secrets.token_urlsafe(24)
    return token, users.sign(ctx.console.key, token)


def _login_page(ctx: Ctx, status: int = 200, error: str = "") -> Response:
    token, cookie = _login_token(ctx)
    nxt = _safe_next(ctx.request.query_params.get("next") or ctx.form.get("next", "/"))
    response = ctx.render("login.html", status=status, login_csrf=token, error=error, next=nxt)
    if cookie:
        response.set_cookie(
            ctx.console.login_cookie,
            cookie,
            max_age=3600,
            path="/",
            httponly=True,
            samesite="lax",
            secure=_https(ctx.request, ctx.console.settings),
        )
    return response


def _safe_next(value: str) -> str:
    """Only a path on this site: never //host or a scheme (no open redirect)."""
    if not value.startswith("/") or value.startswith("//") or "\\" in value or len(value) > 300:
        return "/"
    return value


@page("/login", PUBLIC)
def login_form(ctx: Ctx) -> Response:
    if ctx.user is not None and ctx.web_session is not None and ctx.web_session.totp_ok:
        return ctx.redirect("/")
    return _login_page(ctx)


@page("/login", PUBLIC, ("POST",))
def login(ctx: Ctx) -> Response:
    token = users.unsign(ctx.console.key, ctx.request.cookies.get(ctx.console.login_cookie))
    if not token or not users.same(ctx.form.get("csrf", ""), token):
        return ctx.render("error.html", status=403, message=ctx.t("csrf_failed"))
    console = ctx.console
    address = ctx.form.get("email", "").strip().lower()[:320]
    account, client = "account:" + address, "address:" + _client(ctx.request)
    if console.by_account.blocked(account) or console.by_address.blocked(client):
        log.warning("console login throttled for %s", _client(ctx.request))
        return _login_page(ctx, 429, ctx.t("login_throttled"))
    user = users.get(ctx.db, address)
    if not users.verify_password(user, ctx.form.get("password", "")):
        console.by_account.fail(account)
        console.by_address.fail(client)
        log.info("console login refused from %s", _client(ctx.request))
        return _login_page(ctx, 200, ctx.t("login_failed"))
    assert user is not None
    console.by_account.clear(account)
    if users.needs_rehash(user):
        user.password_hash = users.hash_password(ctx.form.get("password", ""))
    if ctx.web_session is not None:  # a new id at every login
        ctx.db.delete(ctx.web_session)
    needs_totp = bool(user.totp_secret) or console.settings.web.require_totp
    sid, _ = users.start_session(ctx.db, user, totp_ok=not needs_totp)
    from mailbot import audit

    audit.record(ctx.db, "login", "WebUser", user.id, {}, actor=user.email)
    target = _safe_next(ctx.form.get("next", "/"))
    if needs_totp:
        target = "/login/totp" if user.totp_secret else "/account/totp"
    response = RedirectResponse(target, status_code=303)
    _set_session_cookie(ctx, response, sid)
    response.delete_cookie(ctx.console.login_cookie, path="/")
    return response


@page("/logout", ALL, ("POST",))
def logout(ctx: Ctx) -> Response:
    assert ctx.web_session is not None
    ctx.db.delete(ctx.web_session)
    response = ctx.redirect("/login")
    response.delete_cookie(ctx.console.session_cookie, path="/")
    return response


@page("/set-password/{token}", PUBLIC)
def set_password_form(ctx: Ctx) -> Response:
    token = ctx.request.path_params.get("token", "")
    user = users.user_for_token(ctx.db, token)
    login_csrf, cookie = _login_token(ctx)
    response = ctx.render(
        "set_password.html", who=user.email if user else None, login_csrf=login_csrf, error=""
    )
    if cookie:
        response.set_cookie(
            ctx.console.login_cookie,
            cookie,
            max_age=3600,
            path="/",
            httponly=True,
            samesite="lax",
            secure=_https(ctx.request, ctx.console.settings),
        )
    return response


@page("/set-password/{token}", PUBLIC, ("POST",))
def set_password(ctx: Ctx) -> Response:
    csrf = users.unsign(ctx.console.key, ctx.request.cookies.get(ctx.console.login_cookie))
    if not csrf or not users.same(ctx.form.get("csrf", ""), csrf):
        return ctx.render("error.html", status=403, message=ctx.t("csrf_failed"))
    token = ctx.request.path_params.get("token", "")
    if ctx.form.get("password", "") != ctx.form.get("password2", ""):
        user = users.user_for_token(ctx.db, token)
        return ctx.render(
            "set_password.html",
            status=400,
            who=user.email if user else None,
            login_csrf=csrf,
            error=ctx.t("passwords_differ"),
        )
    ctx.db.commit()
    ops.users_command(
        ctx.console.service, "web", users.set_password_by_token, token, ctx.form.get("password", "")
    )
    return ctx.redirect("/login", ctx.t("password_set"))


@page("/login/totp", ALL)
def totp_form(ctx: Ctx) -> Response:
    return ctx.render("totp.html", secret=None, uri=None, error="")


@page("/login/totp", ALL, ("POST",))
def totp_check(ctx: Ctx) -> Response:
    return _totp_verify(ctx, ctx.user.totp_secret if ctx.user else None)


def _totp_verify(ctx: Ctx, secret: str | None, login: bool = True) -> Response:
    """Check a code; at login a code (its time step) is good only once. Setting up a new
    secret neither consults nor records the last step: the first login after it may use
    the code of the same half minute."""
    assert ctx.user is not None and ctx.web_session is not None
    key = "totp:" + ctx.user.email
    if not secret or ctx.console.by_account.blocked(key):
        return ctx.render(
            "totp.html", status=429, secret=None, uri=None, error=ctx.t("login_throttled")
        )
    if not _code_ok(ctx, secret, "code", once=login):
        return ctx.render("totp.html", status=400, secret=None, uri=None, error=ctx.t("totp_wrong"))
    web_session = ctx.web_session
    if ctx.user.totp_secret != secret:
        ctx.act(ops.users_command, users.set_totp, ctx.user.email, secret)
    # The second factor raises the session's privilege: a new id, the old one is void.
    sid = users.rotate_session(ctx.db, web_session, totp_ok=True)
    response = ctx.redirect("/")
    _set_session_cookie(ctx, response, sid)
    return response


def _set_session_cookie(ctx: Ctx, response: Response, sid: str) -> None:
    response.set_cookie(
        ctx.console.session_cookie,
        users.sign(ctx.console.key, sid),
        path="/",
        httponly=True,
        samesite="lax",
        secure=_https(ctx.request, ctx.console.settings),
    )


@page("/account/totp", ALL, ("GET", "POST"))
def totp_setup(ctx: Ctx) -> Response:
    """Set up the second factor: a new secret shown once, confirmed by a first code."""
    import pyotp

    assert ctx.user is not None
    if ctx.user.totp_secret and not ctx.web_session.totp_ok:  # type: ignore[union-attr]
        return ctx.redirect("/login/totp")
    replacing = bool(ctx.user.totp_secret)
    if ctx.request.method == "POST" and ctx.form.get("secret"):
        # Replacing a second factor takes a code from the current one: a session left
        # open (or taken) is not enough to move the account onto someone else's phone.
        if replacing and not _current_totp_ok(ctx):
            secret = ctx.form["secret"][:64]
            uri = pyotp.TOTP(secret).provisioning_uri(name=ctx.user.email, issuer_name="mailbot")
            return ctx.render(
                "totp.html",
                status=400,
                secret=secret,
                uri=uri,
                replacing=True,
                error=ctx.t("totp_current_wrong"),
            )
        return _totp_verify(ctx, ctx.form["secret"][:64], login=False)
    secret = pyotp.random_base32()
    uri = pyotp.TOTP(secret).provisioning_uri(name=ctx.user.email, issuer_name="mailbot")
    return ctx.render("totp.html", secret=secret, uri=uri, replacing=replacing, error="")


def _current_totp_ok(ctx: Ctx) -> bool:
    """A fresh code of the user's present secret (not one used before; throttled)."""
    assert ctx.user is not None and ctx.user.totp_secret
    if ctx.console.by_account.blocked("totp:" + ctx.user.email):
        return False
    return _code_ok(ctx, ctx.user.totp_secret, "current_code", once=True)


def _code_ok(ctx: Ctx, secret: str, field: str, once: bool) -> bool:
    """The form's `field` is a code of `secret`. With `once`, a time step already used
    is refused and this one recorded (no replay). A wrong code counts for the throttle."""
    assert ctx.user is not None
    key = "totp:" + ctx.user.email
    code = "".join(ctx.form.get(field, "").split())[:10]
    used_key = f"web_totp_used:{ctx.user.id}"  # the last time step used
    used = ctx.db.get(Meta, used_key) if once else None
    last = int(used.value) if used and used.value else None
    step = users.totp_counter(secret, code, last) if code else None
    if step is None:
        ctx.console.by_account.fail(key)
        return False
    ctx.console.by_account.clear(key)
    if once:
        ctx.db.merge(Meta(key=used_key, value=str(step)))
    return True


# --------------------------------------------------------------------------- dashboard


@page("/", ALL)
def dashboard(ctx: Ctx) -> Response:
    if ctx.user and ctx.user.role == "chat_agent":
        return ctx.redirect("/chats")
    db = ctx.db
    soon = clock.now() + timedelta(days=max(ctx.console.settings.lifecycle.digest_days, 14))
    due = db.exec(
        select(QueuedAction)
        .where(QueuedAction.status == "pending")
        .where(QueuedAction.due <= soon)
        .order_by(col(QueuedAction.due))
    ).all()
    pending = len(db.exec(select(QueuedAction.id).where(QueuedAction.status == "pending")).all())
    left = db.exec(
        select(InboundMessage)
        .where(
            or_(
                InboundMessage.flagged == True,  # noqa: E712
                col(InboundMessage.status).in_(("unsure", "unprocessable", "too_large")),
            )
        )
        .order_by(col(InboundMessage.processed_at).desc())
        .limit(30)
    ).all()
    if not _is_admin(ctx):
        # Who asked to leave the newsletter is the administrator's to see (REGISTER.md),
        # as on the message's own page.
        left = [m for m in left if "unsubscribe" not in (m.requests or [])]
    failed = db.exec(
        select(OutboundMail)
        .where(OutboundMail.status == "failed")
        .order_by(col(OutboundMail.created_at).desc())
        .limit(30)
    ).all()
    last_mail = db.exec(
        select(InboundMessage.processed_at).order_by(col(InboundMessage.processed_at).desc())
    ).first()
    last_poll = ctx.console.last_poll() if ctx.console.last_poll else None
    if last_poll is None:  # written by `mailbot run` after each poll
        row = db.get(Meta, "last_poll_at")
        last_poll = datetime.fromisoformat(row.value) if row else None
    return ctx.render(
        "dashboard.html",
        due=[(a, ops.days_left(a), ops.urgency(ops.days_left(a))) for a in due],
        pending=pending,
        left=left,
        failed=failed,
        last_poll=last_poll,
        last_mail=last_mail,
        jobs=_next_jobs(ctx.console.settings),
    )


@page("/outbox/retry", STAFF, ("POST",))
def outbox_retry(ctx: Ctx) -> Response:
    done = ctx.act(ops.retry_outbox)
    return ctx.redirect("/", ctx.t("retried", n=done.failed))


def _message(ctx: Ctx) -> Any:
    """The message of the page, or None when the user's role may not see it."""
    from mailbot.app import messages

    try:
        [m] = messages.show_message(ctx.console.engine, str(ctx.param("id")))
    except (ops.NotFound, ValueError):
        raise NotFound() from None
    # Ids count up: without this, staff could walk /messages/1.. and list the opt-outs,
    # which REGISTER.md shows to the administrator only.
    return None if "unsubscribe" in (m.requests or []) and not _is_admin(ctx) else m


def _is_admin(ctx: Ctx) -> bool:
    return ctx.user is not None and ctx.user.role == "admin"


@page("/messages/{id:int}", STAFF)
def message_show(ctx: Ctx) -> Response:
    """One processed message: what was decided and why, and what it caused."""
    from mailbot import kinds
    from mailbot.app import messages
    from mailbot.app.corrections import list_corrections
    from mailbot.request_types import REQUEST_TYPES

    m = _message(ctx)
    if m is None:
        return ctx.render("error.html", status=403, message=ctx.t("forbidden"))
    return ctx.render(
        "message.html",
        m=m,
        why=messages.why(m),
        kinds=kinds.NAMES,
        requests=tuple(REQUEST_TYPES),
        corrections=list_corrections(ctx.console.engine, m.id),
    )


@page("/messages/{id:int}/relabel", STAFF, ("POST",))
def message_relabel(ctx: Ctx) -> Response:
    """Correct the classifier from the message's page: recorded now, acted on next poll."""
    m = _message(ctx)  # staff may neither see nor make an opt-out
    if m is None or (ctx.form.get("request") == "unsubscribe" and not _is_admin(ctx)):
        return ctx.render("error.html", status=403, message=ctx.t("forbidden"))
    kind = ctx.form.get("kind", "")[:40]
    request = ctx.form.get("request", "")[:40] if kind == "data_request" else ""
    ctx.act(ops.relabel, m.id, kind, request or None)
    return ctx.redirect(f"/messages/{m.id}", ctx.t("relabelled"))


def _next_jobs(settings: Settings) -> list[tuple[str, datetime | None]]:
    from datetime import datetime as dt

    from mailbot.scheduler import triggers

    now = dt.now().astimezone()
    out = []
    for name, trigger in triggers(settings).items():
        try:
            out.append((name, trigger.get_next_fire_time(None, now)))
        except Exception:  # noqa: BLE001 - a trigger that cannot say is shown without a time
            out.append((name, None))
    return sorted(out, key=lambda x: (x[1] is None, x[1] or now))


# --------------------------------------------------------------------------- review queue

QUEUE_FILTERS = ("action", "status", "due", "verification", "q")


@page("/queue", STAFF)
def queue_list(ctx: Ctx) -> Response:
    q = {k: ctx.request.query_params.get(k, "")[:100] for k in QUEUE_FILTERS}
    query = select(QueuedAction).order_by(col(QueuedAction.due), col(QueuedAction.id))
    status = q["status"] or "pending"
    if status != "all":
        query = query.where(QueuedAction.status == status)
    if q["action"]:
        query = query.where(QueuedAction.action == q["action"])
    if q["verification"]:
        query = query.where(QueuedAction.verification == q["verification"])
    now = clock.now()
    if q["due"] == "overdue":
        query = query.where(QueuedAction.due < now)
    elif q["due"] in ("5", "10", "30"):
        query = query.where(QueuedAction.due <= now + timedelta(days=int(q["due"])))
    if q["q"]:
        needle = "%" + q["q"].replace("%", "").replace("_", "").lower() + "%"
        query = query.where(
            or_(col(QueuedAction.email).ilike(needle), col(QueuedAction.text).ilike(needle))
        )
    rows = ctx.db.exec(query.limit(500)).all()
    return ctx.render(
        "queue.html",
        rows=[(a, ops.days_left(a), ops.urgency(ops.days_left(a))) for a in rows],
        q={**q, "status": status},
    )


def _action(ctx: Ctx) -> QueuedAction:
    action = ctx.db.get(QueuedAction, ctx.param("id"))
    if action is None:
        raise NotFound()
    return action


@page("/queue/{id:int}", STAFF)
def queue_show(ctx: Ctx) -> Response:
    return ctx.render("queue_show.html", **_show_values(ctx, _action(ctx)))


def _erase_counts(service: Any, session: Session, contact_id: int) -> dict[str, int]:
    """What erasing the contact would delete (for the preview; rolled back)."""
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise ops.ActionError(f"no contact {contact_id}")
    return actions.erase(
        service.ctx.settings, session, contact.email, contact_id=contact_id, server=True
    )


def _approve_counts(service: Any, session: Session, action_id: int, by: str) -> dict[str, int]:
    """Approve, and count what the approval deletes (for the preview)."""
    from mailbot.models import AuditEvent as Event

    actions.approve(service, session, action_id, by)
    service.flush_deferred(session)
    erased = session.exec(
        select(Event).where(Event.action == "erase").order_by(col(Event.id).desc())
    ).first()
    return dict(erased.fields) if erased and erased.actor == by else {}


@page("/queue/{id:int}/approve", STAFF, ("POST",))
def queue_approve(ctx: Ctx) -> Response:
    action = _action(ctx)
    if action.action in ("erasure", "purge") and ctx.form.get("confirm", "").strip() != "DELETE":
        raise ops.ActionError(ctx.t("type_delete"))
    ctx.act(ops.approve, action.id or 0)
    return ctx.redirect(f"/queue/{action.id}", ctx.t("approved"))


@page("/queue/{id:int}/reject", STAFF, ("POST",))
def queue_reject(ctx: Ctx) -> Response:
    """Reject: first a preview of the exact mail, then (with send=1) the rejection itself."""
    action = _action(ctx)
    reason = ctx.form.get("reason", "").strip()
    if not reason:
        return _show_with(ctx, action, status=400, error=ctx.t("reason_required"))
    if ctx.form.get("send") != "1":
        _, mails, error = ops.dry_run(
            ctx.console.service, ctx.db, actions.reject, action.id, ctx.by, reason
        )
        if error:
            raise ops.ActionError(error)
        return _show_with(ctx, action, reject_preview=mails, reason=reason)
    ctx.act(ops.reject, action.id or 0, reason)
    return ctx.redirect(f"/queue/{action.id}", ctx.t("rejected"))


def _show_with(ctx: Ctx, action: QueuedAction, status: int = 200, **values: Any) -> Response:
    """The detail page again, with a reject preview or an error on it."""
    return ctx.render("queue_show.html", status=status, **{**_show_values(ctx, action), **values})


def _show_values(ctx: Ctx, action: QueuedAction) -> dict[str, Any]:
    contact = ctx.db.get(Contact, action.contact_id) if action.contact_id else None
    before = {}
    if contact is not None:
        from mailbot.register import contact_dict

        before = contact_dict(ctx.db, contact)
    diff = [
        (f, before.get(f), c.get("new") if isinstance(c, dict) else c)
        for f, c in action.proposed.items()
    ]
    counts, approve_preview, approve_error = None, [], None
    if action.status == "pending":  # what approving would do, rolled back: the exact mail
        counts, approve_preview, approve_error = ops.dry_run(
            ctx.console.service, ctx.db, _approve_counts, action.id, ctx.by
        )
    days = ops.days_left(action)
    return dict(
        a=action,
        contact=contact,
        diff=diff,
        editable=action.action == "rectification" and action.status == "pending",
        follow_ups=ctx.db.exec(select(FollowUp).where(FollowUp.action_id == action.id)).all(),
        history=ctx.db.exec(
            select(AuditEvent)
            .where(AuditEvent.entity == "QueuedAction")
            .where(AuditEvent.entity_id == str(action.id))
            .order_by(col(AuditEvent.id))
        ).all(),
        evidence=ops.evidence(ctx.db, action),
        approve_preview=approve_preview,
        approve_error=approve_error,
        counts=counts,
        days=days,
        urgency=ops.urgency(days),
        reject_preview=None,
        reason="",
        error="",
    )


@page("/queue/{id:int}/extend", STAFF, ("POST",))
def queue_extend(ctx: Ctx) -> Response:
    action = _action(ctx)
    reason = ctx.form.get("reason", "").strip()
    if not reason:
        return _show_with(ctx, action, status=400, error=ctx.t("reason_required"))
    try:
        months = int(ctx.form.get("months", "2"))
    except ValueError:
        months = 0
    ctx.act(ops.extend, action.id or 0, reason, months)
    return ctx.redirect(f"/queue/{action.id}", ctx.t("extended"))


@page("/queue/{id:int}/edit", STAFF, ("POST",))
def queue_edit(ctx: Ctx) -> Response:
    action = _action(ctx)
    new = {k[4:]: v for k, v in ctx.form.items() if k.startswith("new_")}
    ctx.act(ops.edit_proposed, action.id or 0, new)
    return ctx.redirect(f"/queue/{action.id}", ctx.t("saved"))


@page("/queue/{id:int}/followup/{fid:int}", STAFF, ("POST",))
def queue_follow_up(ctx: Ctx) -> Response:
    action_id = ctx.param("id")
    ctx.act(ops.follow_up_done, action_id, ctx.param("fid"))
    return ctx.redirect(f"/queue/{action_id}")


@page("/queue/bulk", STAFF, ("POST",))
def queue_bulk(ctx: Ctx) -> Response:
    """Approve or reject a selection; each one as alone (its own mail and audit events)."""
    ids = [int(x) for x in ctx.form_lists.get("ids", []) if x.isdigit()][:200]
    decision = ctx.form.get("decision", "")
    reason = ctx.form.get("reason", "").strip()
    if not ids:
        raise ops.ActionError(ctx.t("nothing_selected"))
    if decision == "reject" and not reason:
        raise ops.ActionError(ctx.t("reason_required"))
    if decision == "approve" and ctx.form.get("confirm", "").strip() != "DELETE":
        raise ops.ActionError(ctx.t("type_delete"))
    if decision not in ("approve", "reject"):
        raise ops.ActionError("?")
    # Each decision stands alone: one that cannot be made (decided meanwhile, gone) is
    # named in the note, and the others are still made and said to be.
    done, failed = 0, []
    for action_id in ids:
        try:
            if decision == "approve":
                ctx.act(ops.approve, action_id)
            else:
                ctx.act(ops.reject, action_id, reason)
            done += 1
        except (ops.ActionError, ops.Refused, ops.NotFound):
            ctx.db.rollback()
            failed.append(f"#{action_id}")
    note = ctx.t("bulk_done", n=done)
    if failed:
        note += " " + ctx.t("bulk_failed", items=", ".join(failed[:20]))
    return ctx.redirect("/queue", note)


# --------------------------------------------------------------------------- contacts


@page("/contacts", STAFF)
def contacts_list(ctx: Ctx) -> Response:
    needle = ctx.request.query_params.get("q", "")[:100].strip()
    query = select(Contact).order_by(col(Contact.email))
    if needle:
        like = "%" + needle.replace("%", "").replace("_", "").lower() + "%"
        query = query.where(or_(col(Contact.email).ilike(like), col(Contact.name).ilike(like)))
    rows = ctx.db.exec(query.limit(500)).all()
    companies = {c.id: c.name for c in ctx.db.exec(select(Company)).all()}
    return ctx.render("contacts.html", rows=rows, companies=companies, q=needle)


@page("/contacts/add", STAFF, ("POST",))
def contacts_add(ctx: Ctx) -> Response:
    f = ctx.form
    contact_id = ctx.act(
        ops.add_contact,
        email=f.get("email", ""),
        name=f.get("name", ""),
        company=f.get("company") or None,
        phone=f.get("phone") or None,
        title=f.get("title") or None,
        language=f.get("language") or None,
    )
    return ctx.redirect(f"/contacts/{contact_id}", ctx.t("contact_added"))


def _contact(ctx: Ctx) -> Contact:
    contact = ctx.db.get(Contact, ctx.param("id"))
    if contact is None:
        raise NotFound()
    return contact


@page("/contacts/{id:int}", STAFF)
def contacts_show(ctx: Ctx) -> Response:
    from mailbot.register import contact_dict

    contact = _contact(ctx)
    history = ctx.db.exec(
        select(AuditEvent)
        .where(AuditEvent.entity == "Contact")
        .where(AuditEvent.entity_id == str(contact.id))
        .order_by(col(AuditEvent.id))
    ).all()
    if not _is_admin(ctx):  # opt-outs are the admin's (REGISTER.md)
        history = [e for e in history if not _about_newsletter(e)]
    return ctx.render(
        "contact.html", c=contact, data=contact_dict(ctx.db, contact), history=history
    )


def _about_newsletter(event: AuditEvent) -> bool:
    """Whether an audit event tells of a newsletter subscription or opt-out."""
    fields = event.fields or {}
    named = fields.get("fields") if isinstance(fields.get("fields"), list) else []
    words = [str(k) for k in fields] + [str(f) for f in named] + [str(fields.get("undo", ""))]
    return any("newsletter" in w or "unsubscribe" in w or "opt_out" in w for w in words)


@page("/contacts/{id:int}/edit", STAFF, ("POST",))
def contacts_edit(ctx: Ctx) -> Response:
    contact = _contact(ctx)
    new = {k: ctx.form[k] for k in ops.actions.EDITABLE if k in ctx.form}
    changed = ctx.act(ops.edit_contact, contact.id or 0, new)
    return ctx.redirect(f"/contacts/{contact.id}", ctx.t("saved") + f" ({', '.join(changed)})")


@page("/contacts/{id:int}/erase", STAFF, ("GET", "POST"))
def contacts_erase(ctx: Ctx) -> Response:
    """Erase: a preview of everything that goes, then a typed confirmation."""
    contact = _contact(ctx)
    if ctx.request.method == "POST":
        if ctx.form.get("confirm", "").strip() != "DELETE":
            raise ops.ActionError(ctx.t("type_delete"))
        ctx.act(ops.erase_contact, contact.id or 0)
        return ctx.redirect("/contacts", ctx.t("erased"))
    counts, _, error = ops.dry_run(ctx.console.service, ctx.db, _erase_counts, contact.id)
    return ctx.render("erase.html", c=contact, counts=counts or {}, error=error)


# --------------------------------------------------------------------------- enquiries, chats


@page("/enquiries", STAFF)
def enquiries_list(ctx: Ctx) -> Response:
    rows = ctx.db.exec(select(Enquiry).order_by(col(Enquiry.id).desc()).limit(500)).all()
    return ctx.render("enquiries.html", rows=rows)


@page("/enquiries/{id:int}", STAFF)
def enquiries_show(ctx: Ctx) -> Response:
    e = ctx.db.get(Enquiry, ctx.param("id"))
    if e is None:
        raise NotFound()
    return ctx.render("enquiry.html", e=e)


@page("/enquiries/{id:int}/promote", STAFF, ("POST",))
def enquiries_promote(ctx: Ctx) -> Response:
    contact_id = ctx.act(ops.promote_enquiry, ctx.param("id"))
    return ctx.redirect(f"/contacts/{contact_id}", ctx.t("contact_added"))


@page("/enquiries/{id:int}/delete", STAFF, ("POST",))
def enquiries_delete(ctx: Ctx) -> Response:
    ctx.act(ops.delete_enquiry, ctx.param("id"))
    return ctx.redirect("/enquiries", ctx.t("deleted"))


CHATS = ("admin", "chat_agent")


@page("/chats", CHATS)
def chats_list(ctx: Ctx) -> Response:
    rows = ctx.db.exec(select(ChatRecord).order_by(col(ChatRecord.id).desc()).limit(500)).all()
    return ctx.render("chats.html", rows=rows)


@page("/chats/{id:int}", CHATS)
def chats_show(ctx: Ctx) -> Response:
    c = ctx.db.get(ChatRecord, ctx.param("id"))
    if c is None:
        raise NotFound()
    return ctx.render("chat.html", c=c)


@page("/chats/{id:int}/delete", CHATS, ("POST",))
def chats_delete(ctx: Ctx) -> Response:
    ctx.act(ops.delete_chat, ctx.param("id"))
    return ctx.redirect("/chats", ctx.t("deleted"))


@page("/chats/{id:int}/promote", ADMIN, ("POST",))
def chats_promote(ctx: Ctx) -> Response:
    contact_id = ctx.act(ops.promote_chat, ctx.param("id"))
    return ctx.redirect(f"/contacts/{contact_id}", ctx.t("contact_added"))


# --------------------------------------------------------------------------- newsletter, audit


@page("/newsletter", ADMIN)
def newsletter(ctx: Ctx) -> Response:
    optouts = ctx.db.exec(
        select(Contact)
        .where(col(Contact.newsletter_opt_out_at).is_not(None))
        .where(Contact.newsletter == False)  # noqa: E712
        .order_by(col(Contact.newsletter_opt_out_at).desc())
    ).all()
    subscribers = ctx.db.exec(
        select(Contact).where(Contact.newsletter == True).order_by(col(Contact.email))  # noqa: E712
    ).all()
    return ctx.render("newsletter.html", optouts=optouts, subscribers=subscribers)


AUDIT_FILTERS = ("actor", "action", "entity", "entity_id", "since", "until")


def _audit_query(ctx: Ctx) -> tuple[Any, dict[str, str]]:
    q = {k: ctx.request.query_params.get(k, "")[:100].strip() for k in AUDIT_FILTERS}
    query = select(AuditEvent).order_by(col(AuditEvent.id).desc())
    for key in ("actor", "action", "entity", "entity_id"):
        if q[key]:
            query = query.where(getattr(AuditEvent, key) == q[key])
    for key, op in (("since", "__ge__"), ("until", "__lt__")):
        if q[key]:
            try:
                day = datetime.fromisoformat(q[key]).replace(tzinfo=clock.now().tzinfo)
            except ValueError:
                continue
            if key == "until":
                day += timedelta(days=1)
            query = query.where(getattr(col(AuditEvent.at), op)(day))
    return query, q


@page("/audit", ADMIN)
def audit_list(ctx: Ctx) -> Response:
    query, q = _audit_query(ctx)
    rows = ctx.db.exec(query.limit(500)).all()
    verified = None
    if ctx.request.query_params.get("verify") == "1":
        from mailbot import audit

        bad = audit.verify(ctx.db.exec(select(AuditEvent).order_by(col(AuditEvent.id))).all())
        verified = ctx.t("chain_ok") if bad is None else ctx.t("chain_broken", id=bad.id)
    return ctx.render("audit.html", rows=rows, q=q, verified=verified, query_string=urlencode(q))


@page("/audit.csv", ADMIN)
def audit_csv(ctx: Ctx) -> Response:
    query, _ = _audit_query(ctx)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "time", "reviewer", "action", "entity", "entity_id", "fields"])
    for e in ctx.db.exec(query).all():
        fields = " ".join(f"{k}={v}" for k, v in sorted(e.fields.items()))
        row = [e.id, e.at.isoformat(), e.actor, e.action, e.entity, e.entity_id or "", fields]
        writer.writerow([cells.safe(c) if isinstance(c, str) else c for c in row])
    return Response(
        buf.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": 'attachment; filename="audit.csv"'},
    )


# --------------------------------------------------------------------------- users, account


@page("/users", ADMIN)
def users_list(ctx: Ctx) -> Response:
    return ctx.render("users.html", rows=users.all_users(ctx.db), link=None)


@page("/users/add", ADMIN, ("POST",))
def users_add(ctx: Ctx) -> Response:
    user, token = ctx.act(
        ops.users_command,
        users.add,
        ctx.form.get("email", ""),
        ctx.form.get("role", ""),
        ctx.by,
        language=ctx.form.get("language") or None,
    )
    return ctx.render("users.html", rows=users.all_users(ctx.db), link=_link(ctx, token))


def _link(ctx: Ctx, token: str | None) -> str | None:
    if token is None:
        return None
    base = ctx.console.settings.web.public_url.rstrip("/") or str(ctx.request.base_url).rstrip("/")
    return f"{base}/set-password/{token}"


@page("/users/{id:int}/disable", ADMIN, ("POST",))
def users_disable(ctx: Ctx) -> Response:
    user = ctx.db.get(WebUser, ctx.param("id"))
    if user is None:
        raise NotFound()
    if user.id == (ctx.user.id if ctx.user else None):
        raise users.UserError(ctx.t("not_yourself"))
    ctx.act(ops.users_command, users.disable, user.email, ctx.by, disabled=not user.disabled)
    return ctx.redirect("/users", ctx.t("saved"))


@page("/users/{id:int}/reset", ADMIN, ("POST",))
def users_reset(ctx: Ctx) -> Response:
    user = ctx.db.get(WebUser, ctx.param("id"))
    if user is None:
        raise NotFound()
    token = ctx.act(ops.users_command, users.reset, user.email, ctx.by)
    return ctx.render("users.html", rows=users.all_users(ctx.db), link=_link(ctx, token))


@page("/account", ALL, ("GET", "POST"))
def account(ctx: Ctx) -> Response:
    assert ctx.user is not None
    if ctx.request.method == "POST":
        language = ctx.form.get("language", "")
        ctx.act(
            ops.users_command,
            users.set_preferences,
            ctx.user.email,
            ctx.by,
            language,
            notify=ctx.form.get("notify") == "1",
        )
        return ctx.redirect("/account", i18n.translator(language)("saved"))
    return ctx.render("account.html")


# --------------------------------------------------------------------------- the application


async def _css(request: Request) -> Response:
    console: Console = request.app.state.console
    return Response(console.css, media_type="text/css")


def create_app(
    settings: Settings,
    engine: Engine,
    send_outbox: Callable[[], object] | None = None,
    last_poll: Callable[[], datetime | None] | None = None,
) -> Starlette:
    console = Console(settings, engine, send_outbox, last_poll)
    routes = [Route("/static/console.css", _css, methods=["GET"], name="css")]
    for p in PAGES:
        routes.append(Route(p.path, _wrap(console, p), methods=list(p.methods), name=p.name))
    app = Starlette(routes=routes)
    app.state.console = console
    app.state.pages = PAGES
    return SecurityHeaders(app, console.https)  # type: ignore[return-value]
