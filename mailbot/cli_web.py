"""`mailbot web` and `mailbot users …`: the web console and its users (issue 10)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from mailbot.cli_base import ConfigOpt, JsonOpt, Table, engine_for, err, fail, out, settings_or_fail

users_app = typer.Typer(help="Web console users and their roles.", no_args_is_help=True)

ByOpt = Annotated[str, typer.Option("--by", help="Who makes the change (audit log).")]
StdinOpt = Annotated[
    bool, typer.Option("--password-stdin", help="Read the password from standard input.")
]
AskOpt = Annotated[bool, typer.Option("--ask", help="Ask for the password on the terminal.")]


def web(config: ConfigOpt = None) -> None:
    """The administrators' web console (login required), on [web] listen."""
    from mailbot import outbox
    from mailbot.web.server import make_server

    settings = settings_or_fail(config)
    engine = engine_for(settings)
    server = make_server(
        settings, engine, lambda: outbox.send_pending(engine, settings.smtp, full=settings)
    )
    err.print(f"mailbot: web console on http://{settings.web.listen} (Ctrl-C to stop)")
    try:
        server.run()
    except (OSError, SystemExit):  # uvicorn exits when it cannot bind
        server.started = False
    if not server.started:
        fail(f"web.listen: cannot listen on {settings.web.listen} (in use, or not allowed)", 2)


def _password(stdin: bool, ask: bool) -> str | None:
    if stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if ask:
        return typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    return None


def _link(settings: object, token: str) -> str:
    web = settings.web  # type: ignore[attr-defined]
    base = web.public_url.rstrip("/") or f"http://{web.listen}"
    return f"{base}/set-password/{token}"


def _change(config: Path | None, fn: object, *args: object, **kwargs: object) -> object:
    from mailbot.uow import UnitOfWork
    from mailbot.web import users

    settings = settings_or_fail(config)
    engine = engine_for(settings)
    with UnitOfWork(engine, actor="cli") as uow:  # each change names its --by in the audit
        try:
            result = fn(uow.session, *args, **kwargs)  # type: ignore[operator]
        except users.UserError as exc:
            fail(str(exc))
        uow.commit()
    return settings, result


@users_app.command("add")
def users_add(
    email: Annotated[str, typer.Argument(help="The user's e-mail address (the login).")],
    role: Annotated[str, typer.Option("--role", help="admin, staff or chat_agent.")],
    password_stdin: StdinOpt = False,
    ask: AskOpt = False,
    language: Annotated[str | None, typer.Option(help="fi, sv or en.")] = None,
    by: ByOpt = "mailbot",
    config: ConfigOpt = None,
) -> None:
    """Add a user; prints a one-time set-password link unless a password is given."""
    from mailbot.web import users

    password = _password(password_stdin, ask)
    settings, (user, token) = _change(
        config, users.add, email, role, by, password=password, language=language
    )  # type: ignore[misc]
    out.print(f"added {user.email} ({user.role})", markup=False, highlight=False)
    if token:
        out.print(
            f"set-password link (valid 48 h): {_link(settings, token)}",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )


@users_app.command("list")
def users_list(json_out: JsonOpt = False, config: ConfigOpt = None) -> None:
    """Every console user with role and state."""
    from mailbot.web import users

    _, rows = _change(config, lambda s: [users.user_dict(u) for u in users.all_users(s)])
    if json_out:
        for row in rows:  # type: ignore[attr-defined]
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    table = Table("email", "role", "state", "totp", "last login")
    for r in rows:  # type: ignore[attr-defined]
        table.add_row(
            r["email"],
            r["role"],
            "disabled" if r["disabled"] else "active",
            "yes" if r["totp"] else "",
            r["last_login_at"] or "",
        )
    out.print(table)


@users_app.command("disable")
def users_disable(
    email: Annotated[str, typer.Argument(help="The user's e-mail address.")],
    enable: Annotated[bool, typer.Option("--enable", help="Allow the user again.")] = False,
    by: ByOpt = "mailbot",
    config: ConfigOpt = None,
) -> None:
    """Stop a user logging in (their sessions end at once); --enable undoes it."""
    from mailbot.web import users

    _, user = _change(config, users.disable, email, by, disabled=not enable)
    out.print(f"{user.email}: {'enabled' if enable else 'disabled'}", markup=False)  # type: ignore[attr-defined]


@users_app.command("reset")
def users_reset(
    email: Annotated[str, typer.Argument(help="The user's e-mail address.")],
    password_stdin: StdinOpt = False,
    ask: AskOpt = False,
    by: ByOpt = "mailbot",
    config: ConfigOpt = None,
) -> None:
    """A new password (or a new set-password link); ends the user's sessions and TOTP."""
    from mailbot.web import users

    password = _password(password_stdin, ask)
    settings, token = _change(config, users.reset, email, by, password=password)
    out.print(f"{email}: password reset", markup=False, highlight=False)
    if token:
        out.print(
            f"set-password link (valid 48 h): {_link(settings, token)}",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )


class RunConsole:
    """Inside `mailbot run`: the console when [web] enabled, and after every poll the
    reviewers' notices of newly queued requests (for a console served by `mailbot web`
    too)."""

    def __init__(self, settings: object, engine: object) -> None:
        from datetime import datetime

        from mailbot import clock, outbox
        from mailbot.handlers.base import Context
        from mailbot.service import Service

        self.settings, self.engine = settings, engine
        self.last: datetime | None = None
        self._now = clock.now
        self.service = Service(Context.of(settings), engine)  # type: ignore[arg-type]
        self.background = None
        if settings.web.enabled:  # type: ignore[attr-defined]
            from mailbot.web.server import Background, make_server

            send = lambda: outbox.send_pending(engine, settings.smtp, full=settings)  # type: ignore[attr-defined]  # noqa: E731
            server = make_server(settings, engine, send, lambda: self.last)  # type: ignore[arg-type]
            try:
                self.background = Background(server).start()
            except OSError as exc:
                fail(f"web.listen: {exc} (in use, or not allowed)", 2)
            err.print(f"mailbot: web console on http://{settings.web.listen}")  # type: ignore[attr-defined]

    def observe(self, _report: object) -> None:
        """After a poll (the loop sends the outbox right after this)."""
        from sqlalchemy import inspect
        from sqlmodel import Session

        from mailbot.models import Meta
        from mailbot.web.notify import notify_reviewers

        self.last = self._now()
        web = self.settings.web  # type: ignore[attr-defined]
        base = web.public_url or f"http://{web.listen}"
        try:
            if not inspect(self.engine).has_table("web_user"):  # type: ignore[arg-type]
                return  # no console users yet
            with Session(self.engine) as session:  # type: ignore[arg-type]
                notify_reviewers(self.service, session, base)
                # The dashboard of a console served apart (`mailbot web`) reads it here.
                session.merge(Meta(key="last_poll_at", value=self.last.isoformat()))
                session.commit()
        except Exception as exc:  # noqa: BLE001 - a notice must never stop the mail loop
            err.print(f"mailbot: reviewer notices failed: {exc}")

    def stop(self) -> None:
        if self.background is not None:
            self.background.stop()


def start_in_run(settings: object, engine: object) -> RunConsole:
    """The console beside the mail loop when [web] enabled = true, and the notices."""
    return RunConsole(settings, engine)
