"""The `mailbot` command. Thin: parses options and calls the service layer."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sys
import threading
import traceback
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
import typer.core
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from mailbot.cli_base import (  # noqa: F401 - shared with cli_web and cli_learn
    ConfigOpt,
    JsonOpt,
    Staff,
    Table,
    _global,
    _global_config,
    engine_for,
    err,
    fail,
    out,
    settings_or_fail,
    setup_logging,
)
from mailbot.lazy import Lazy

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from mailbot.config import Settings
    from mailbot.service import PollReport

# Loaded on first use (mailbot/lazy.py): `--help` and `--version` need none of them.
clock = Lazy("mailbot.clock")
db = Lazy("mailbot.db")
logs = Lazy("mailbot.logs")
outbox = Lazy("mailbot.outbox")
config_mod = Lazy("mailbot.config")
parsing_mod = Lazy("mailbot.parsing")
service_mod = Lazy("mailbot.service")
sources_mod = Lazy("mailbot.sources")
classify = Lazy("mailbot.classify", "classify")
output_fields = Lazy("mailbot.classify.forms", "output_fields")
check_maildir = Lazy("mailbot.config", "check_maildir")
load_settings = Lazy("mailbot.config", "load_settings")
Context = Lazy("mailbot.handlers.base", "Context")
parse = Lazy("mailbot.parsing", "parse")
redact = Lazy("mailbot.redact", "redact")
Service = Lazy("mailbot.service", "Service")
run_loop = Lazy("mailbot.service", "run_loop")
open_source = Lazy("mailbot.sources", "open_source")
# The application layer (mailbot/app/): every query and change the commands make.
app_base = Lazy("mailbot.app.base")
app_audit = Lazy("mailbot.app.audit")
app_chats = Lazy("mailbot.app.chats")
app_contacts = Lazy("mailbot.app.contacts")
app_enquiries = Lazy("mailbot.app.enquiries")
app_messages = Lazy("mailbot.app.messages")
app_newsletter = Lazy("mailbot.app.newsletter")
app_outbox = Lazy("mailbot.app.outbox")
app_queue = Lazy("mailbot.app.queue")
app_register = Lazy("mailbot.app.register")
app_retention = Lazy("mailbot.app.retention")

_METAVARS = {"<str>": "", "<path>": "PATH", "<int>": "N", "<float>": "SECONDS"}


def _readable_metavars(ctx: Any, params: list[Any]) -> list[Any]:
    """Help shows `--email EMAIL` and bare flags, not `<str>` and `<bool>`."""
    for param in params:
        if getattr(param, "param_type_name", "") != "option" or param.metavar is not None:
            continue
        if getattr(param, "is_flag", False):
            param.metavar = ""
            continue
        shown = param.display_type(ctx)
        param.metavar = _METAVARS.get(shown, shown.strip("<>")) or (param.name or "").upper()
    return params


class MailbotCommand(typer.core.TyperCommand):
    """-v/--verbose is taken after the command's name too, as --config is."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        end = args.index("--") if "--" in args else len(args)
        flags = [a for a in args[:end] if a in ("-v", "--verbose")]
        if flags:
            setup_logging(True)
            args = [a for a in args[:end] if a not in flags] + args[end:]
        return super().parse_args(ctx, args)

    def get_params(self, ctx: Any) -> list[Any]:
        return _readable_metavars(ctx, super().get_params(ctx))


class MailbotGroup(typer.core.TyperGroup):
    """Gives every command (also those other modules add) MailbotCommand's options."""

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        cmd = super().get_command(ctx, cmd_name)
        if cmd is not None:
            cmd.rich_markup_mode = None  # one plain help layout for every command
        if isinstance(cmd, typer.core.TyperGroup) and not isinstance(cmd, MailbotGroup):
            cmd.__class__ = MailbotGroup
        elif isinstance(cmd, typer.core.TyperCommand) and not isinstance(cmd, MailbotCommand):
            cmd.__class__ = MailbotCommand
        return cmd

    def get_params(self, ctx: Any) -> list[Any]:
        return _readable_metavars(ctx, super().get_params(ctx))


app = typer.Typer(
    help="mailbot runs a company's info@ mailbox under the GDPR. "
    "--config and -v may come before or after the command.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=MailbotGroup,
    # Plain help (click's layout): rich's help renderer alone doubles the time `--help` takes.
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        out.print(f"mailbot {version('mailbot')}", highlight=False)
        raise typer.Exit()


@app.callback()
def main_callback(
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Log mailbot's decisions in detail.")
    ] = False,
    trace_imap: Annotated[
        bool,
        typer.Option(
            "--trace-imap",
            help="Also log the IMAP conversation (credentials and message contents masked).",
        ),
    ] = False,
    config: ConfigOpt = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """mailbot runs a company's info@ mailbox under the GDPR.

    --config and -v may be given before the command or after it.
    """
    _global["config"] = config
    setup_logging(verbose, trace_imap)


# --------------------------------------------------------------------------- init
EXAMPLE_CONFIG = resources.files("mailbot") / "data" / "mailbot.example.toml"


def write_private(path: Path, data: str | bytes) -> None:
    """Write a file only its owner can read (0600), whatever the umask.

    For what holds secrets or personal data: the configuration, extracts, exports.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        os.fchmod(fh.fileno(), 0o600)  # an existing file keeps its mode on open
        fh.write(data.encode("utf-8") if isinstance(data, str) else data)


@app.command()
def init(
    directory: Annotated[Path, typer.Argument(help="Where to write mailbot.toml.")] = Path("."),
    force: Annotated[bool, typer.Option(help="Overwrite an existing mailbot.toml.")] = False,
) -> None:
    """Write a commented example configuration and create the database."""
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / "mailbot.toml"
    if target.exists() and not force:
        out.print(f"{target} exists; keeping it (use --force to overwrite).")
    else:
        write_private(target, EXAMPLE_CONFIG.read_text(encoding="utf-8"))
        out.print(f"wrote {target}")
    settings = settings_or_fail(target)
    if settings.mailbox.url.startswith("maildir:"):
        from mailbot.sources.maildir import ensure_maildir

        maildir = Path(settings.mailbox.url.removeprefix("maildir:"))
        ensure_maildir(maildir)
        out.print(f"Maildir ready: {maildir}", markup=False)
    engine_for(settings)
    out.print(f"database ready: {redact(settings.database.url)}", markup=False)
    out.print(
        f"Next: edit {target}: [mailbox], [smtp], [organisation] and the [register] facts "
        f"(they are the sample company's); then run: mailbot check --config {target}",
        markup=False,
    )


# --------------------------------------------------------------------------- check
@app.command()
def check(
    config: ConfigOpt = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Register facts still holding example text fail too.")
    ] = False,
) -> None:
    """Try the configuration, the mailbox login, SMTP and the database; one line each.

    Also names the register facts that still hold the example text. Exit status 1
    when a part fails (with --strict also for example facts), 2 for a broken
    configuration. Changes nothing.
    """
    from mailbot.check import run_checks
    from mailbot.config import config_path

    path = config or _global_config()
    try:
        settings = load_settings(path)
    except config_mod.ConfigError as exc:
        out.print(f"FAIL  configuration  {exc}", markup=False, highlight=False)
        raise typer.Exit(2) from None
    failed = False
    for line in run_checks(settings, str(config_path(path))):
        failed = failed or line.status == "fail" or (strict and line.status == "warn")
        out.print(
            f"{line.status.upper():<4}  {line.part:<13}  {line.text}",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
    if failed:
        raise typer.Exit(1)


# --------------------------------------------------------------------------- poll
def _report_table(report: PollReport) -> Table:
    table = Table(title="poll", show_header=True)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("new messages", str(report.seen))
    for kind, n in sorted(report.by_kind.items()):
        table.add_row(f"  {kind}", str(n))
    table.add_row("duplicates", str(report.duplicates))
    table.add_row("unprocessable", str(report.unprocessable))
    table.add_row("filing retried", str(report.filed_retried))
    return table


def do_poll(settings: Settings, engine: Engine, show_progress: bool) -> tuple[PollReport, Any]:
    service = Service(Context.of(settings), engine)
    source = open_source(settings.mailbox)
    try:
        if show_progress:
            with Progress(
                TextColumn("processing"),
                BarColumn(),
                MofNCompleteColumn(),
                console=err,
                transient=True,
            ) as bar:
                task = bar.add_task("poll", total=None)
                report = service.poll_once(
                    source, lambda done, total: bar.update(task, completed=done, total=total)
                )
        else:
            report = service.poll_once(source)
    finally:
        source.close()
    sent = outbox.send_pending(engine, settings.smtp, full=settings)
    return report, sent


@app.command()
def poll(
    config: ConfigOpt = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """One cycle: fetch, process, file, send; then exit."""
    settings = settings_or_fail(config, mailbox=True)
    engine = engine_for(settings)
    mark = outbox.audit_mark(engine)
    try:
        report, sent = do_poll(settings, engine, show_progress=not json_out and err.is_terminal)
    except sources_mod.SourceError as exc:
        fail(f"mailbox: {exc}")
    left = outbox.waiting(engine, held_after=mark)
    if json_out:
        out.print_json(
            json.dumps(
                {
                    **report.__dict__,
                    "sent": sent.sent,
                    "send_retry": sent.retried,
                    "send_waiting": left.retry,
                    "send_scheduled": left.scheduled,
                    "send_failed": sent.failed,
                    "send_connections": sent.connections,
                    "failed_waiting": left.failed,
                    "held_by_cap": left.held,
                }
            )
        )
        return
    out.print(_report_table(report))
    line = (
        f"outbox: {report.queued_mail} queued, {sent.sent} sent, {sent.retried} to retry, "
        f"{sent.failed} failed"
    )
    out.print(line + (f" ({sent.error})" if sent.error else ""), markup=False)
    if left.retry:
        when = left.next_retry.isoformat(timespec="minutes") if left.next_retry else "?"
        out.print(
            f"outbox: {left.retry} mail(s) waiting in back-off (next try {when}; "
            "`mailbot outbox retry` sends them now)",
            markup=False,
        )
    if left.scheduled:
        when = left.last_scheduled.isoformat(timespec="minutes") if left.last_scheduled else "?"
        out.print(
            f"outbox: {left.scheduled} consent request(s) scheduled at lifecycle.consent_per_hour "
            f"(the last at {when})",
            markup=False,
        )
    if left.failed:
        out.print(
            f"outbox: {left.failed} mail(s) failed for good and wait for a person "
            "(`mailbot outbox list`; `mailbot outbox retry` tries them again)",
            markup=False,
        )
    if left.held:
        out.print(
            f"outbox: {left.held} repl(ies) not queued: a daily cap ([limits]) was reached",
            markup=False,
        )


def outbox_waiting(engine: Engine, scheduled: bool = False) -> tuple[int, datetime | None]:
    """Pending mail not due yet: in back-off (count, earliest), or scheduled (count, latest)."""
    return app_outbox.waiting(engine, scheduled)  # type: ignore[no-any-return]


# --------------------------------------------------------------------------- run
@app.command()
def run(config: ConfigOpt = None) -> None:
    """The service: IDLE/poll loop, outbox and scheduled jobs; stops on SIGTERM or Ctrl-C."""
    settings = settings_or_fail(config, mailbox=True)
    engine = engine_for(settings)
    stop = threading.Event()

    def _stop(signum: int, _frame: Any) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    service = Service(Context.of(settings), engine)
    source = open_source(settings.mailbox)
    err.print(f"mailbot: watching {getattr(source, 'display', source.name)} (Ctrl-C to stop)")

    def on_report(report: PollReport) -> None:
        if console is not None:
            console.observe(report)
        if report.seen:
            kinds = ", ".join(f"{k} {n}" for k, n in sorted(report.by_kind.items()))
            err.print(f"mailbot: {report.seen} new ({kinds})")

    from mailbot.config import config_path
    from mailbot.scheduler import make_scheduler

    observed = _start_metrics(settings, engine)
    console = start_in_run(settings, engine)  # the web console, when [web] enabled
    scheduler = make_scheduler(settings, config_path(config or _global_config()))
    scheduler.resume()
    try:
        run_loop(
            service,
            source,
            lambda: outbox.send_pending(engine, settings.smtp, full=settings),
            stop,
            on_report,
            metrics=observed[0] if observed else None,
        )
    except service_mod.AuthenticationFailed as exc:
        fail(str(exc), 3)
    finally:
        scheduler.shutdown(wait=True)
        if observed:
            observed[1].stop()
        if console is not None:
            console.stop()
    err.print("mailbot: stopped")


# --------------------------------------------------------------------------- classify
@app.command("classify")
def classify_cmd(
    files: Annotated[list[Path], typer.Argument(help="Message files (.eml).")],
    config: ConfigOpt = None,
    json_out: JsonOpt = False,
    explain: Annotated[
        bool, typer.Option("--explain", help="Print the evidence and the confidence.")
    ] = False,
) -> None:
    """Classify messages without side effects."""
    settings = settings_or_fail(config)
    rules = Context.of(settings).rules
    failed = False
    table = Table("file", "kind", "request(s)", "decision", "lang", "sender")
    for path in files:
        try:
            msg = parse(path.read_bytes())
            cls = classify(msg, rules)
        except (OSError, parsing_mod.ParseError) as exc:
            failed = True
            if json_out:
                sys.stdout.write(json.dumps({"file": str(path), "error": str(exc)}) + "\n")
            else:
                err.print(f"mailbot: {path}: {exc}", markup=False)
            continue
        row = {
            "file": str(path),
            "kind": cls.kind,
            "request": cls.request,
            "requests": cls.requests,
            "decision": cls.decision,
            "language": msg.language or settings.organisation.default_language,
            "sender": msg.sender,
            "fields": output_fields(cls.fields),
        }
        if explain and json_out:
            # The SPEC §9 keys stay exactly as they are without --explain.
            row["confidence"] = cls.confidence
            row["reason"] = cls.reason
            row["evidence"] = cls.evidence
        if explain and not json_out:
            out.print(f"[bold]{path}[/bold]", markup=True)
            out.print(
                f"  kind: {cls.kind}  requests: {', '.join(cls.requests) or '-'}  "
                f"confidence: {cls.confidence:.2f}",
                markup=False,
                soft_wrap=True,
            )
            out.print(f"  rule: {cls.reason}", markup=False, soft_wrap=True)
            for line in cls.evidence:
                out.print(f"  - {line}", markup=False, soft_wrap=True)
            continue
        if json_out:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            table.add_row(
                str(path),
                cls.kind,
                ", ".join(cls.requests),
                cls.decision or "",
                row["language"],
                msg.sender or "",
            )
    if not json_out and not explain:
        out.print(table)
    if failed:
        raise typer.Exit(1)


# --------------------------------------------------------------------------- demo
DEMO_CONFIG = """\
# mailbot demo configuration: everything local, nothing leaves this folder.
[mailbox]
url = "maildir:Maildir"

[smtp]
url = "file:outbox"
from = "info@plaza.example.com"

[database]
url = "sqlite:///mailbot.db"

[auth]
trusted_authserv_ids = ["mx.plaza.example.com"]

[organisation]
name = "Plaza Example Oy"
ceo_email = "ceo@plaza.example.com"
website = "https://www.plaza.example.com"

[contact_form]
senders = ["wordpress@plaza.example.com"]

[chat]
senders = ["transcripts@chat.example.net"]
"""


def _seed_demo_register(settings: Settings, engine: Engine) -> None:
    """An invented register, so the sample requests meet a registered person."""
    service = Service(Context.of(settings), engine)
    with app_base.unit(service, "mailbot") as uow:
        try:
            app_contacts.add(
                uow,
                service,
                email="maija.esimerkki@example.org",
                name="Maija Esimerkki",
                company="Esimerkkivoima Oy",
                phone="+358 40 000 0001",
                title="Hankintapäällikkö",
                language="fi",
                status="active",
            )
        except app_base.Refused:
            return


@app.command()
def demo(
    directory: Annotated[Path, typer.Option("--dir", help="Demo folder.")] = Path("mailbot-demo"),
    reset: Annotated[bool, typer.Option(help="Start again from fresh sample mail.")] = True,
) -> None:
    """The main job on embedded defaults: SQLite, a seeded Maildir, mail written to a folder."""
    if reset and directory.exists():
        for name in ("Maildir", "outbox", "mailbot.db", "mailbot.db-wal", "mailbot.db-shm"):
            p = directory / name
            shutil.rmtree(p) if p.is_dir() else p.unlink(missing_ok=True)
    directory.mkdir(parents=True, exist_ok=True)
    cfg = directory / "mailbot.toml"
    if not cfg.exists():
        write_private(cfg, DEMO_CONFIG)
    new = directory / "Maildir" / "new"
    for sub in ("new", "cur", "tmp"):
        (directory / "Maildir" / sub).mkdir(parents=True, exist_ok=True)
    samples = sorted(
        (
            p
            for p in (resources.files("mailbot") / "demo_mail").iterdir()
            if p.name.endswith(".eml")
        ),
        key=lambda p: p.name,
    )
    for i, sample in enumerate(samples):
        (new / f"{1700000000 + i}.demo{i}.mailbot:{sample.name}").write_bytes(sample.read_bytes())
    out.print(f"seeded {len(samples)} sample mails into {directory / 'Maildir'}")

    settings = settings_or_fail(cfg)
    engine = engine_for(settings)
    _seed_demo_register(settings, engine)
    report, sent = do_poll(settings, engine, show_progress=False)

    table = Table(title="what mailbot did", show_lines=False)
    for column in ("message", "kind", "request(s)", "filed in", "reply"):
        table.add_column(column)
    for r in app_messages.handled(engine):
        table.add_row(
            r.subject[:40],
            r.kind,
            ", ".join(r.requests),
            r.folder or "INBOX (for people)",
            r.reply_to or "",
        )
    out.print(table)
    out.print(f"outbox: {sent.sent} mail(s) written to {settings.smtp.url.removeprefix('file:')}")
    out.print(
        f"Look at: {directory / 'Maildir'} (folders .mailbot.*), {directory / 'outbox'}, "
        f"{directory / 'mailbot.db'} (sqlite3)."
    )
    out.print(
        f"Next: mailbot contacts list / queue list / audit verify --config {cfg}; "
        f"mailbot extract maija.esimerkki@example.org -o extract.pdf --config {cfg}",
        markup=False,
    )


# --------------------------------------------------------------------------- register
contacts_app = typer.Typer(help="Contacts in the customer register.", no_args_is_help=True)
register_app = typer.Typer(help="Import and export the CRM's CSV.", no_args_is_help=True)
queue_app = typer.Typer(
    help="Review queued rectifications, erasures and objections.", no_args_is_help=True
)
audit_app = typer.Typer(help="The append-only audit log.", no_args_is_help=True)
app.add_typer(contacts_app, name="contacts")
app.add_typer(register_app, name="register")
app.add_typer(queue_app, name="queue")
app.add_typer(audit_app, name="audit")


def _print_json_line(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")


@contacts_app.command("add")
def contacts_add(
    email: Annotated[str, typer.Option("--email", help="E-mail address.")],
    name: Annotated[str, typer.Option("--name", help="Full name.")],
    company: Annotated[str | None, typer.Option(help="Company name.")] = None,
    phone: Annotated[str | None, typer.Option(help="Phone.")] = None,
    title: Annotated[str | None, typer.Option(help="Title / position.")] = None,
    department: Annotated[str | None, typer.Option(help="Department.")] = None,
    language: Annotated[str | None, typer.Option(help="fi, sv or en.")] = None,
    status: Annotated[
        str, typer.Option(help="quarantined (consent life cycle) or active (verified legacy data).")
    ] = "quarantined",
    by: Annotated[str, typer.Option(help="Who adds it (audit log).")] = "mailbot",
    config: ConfigOpt = None,
) -> None:
    """Add a contact; it starts quarantined unless --status active.

    A quarantined contact is MAILED a consent request (at most
    lifecycle.consent_per_hour, so a scripted batch is spread out);
    without an answer it gets reminders on days 5 and 10 and is DELETED
    on day 14, counted from when its request is sent.
    """
    staff = Staff(config)
    with staff.uow(by) as uow:
        try:
            added = app_contacts.add(
                uow,
                staff.service,
                email=email,
                name=name,
                company=company,
                phone=phone,
                title=title,
                department=department,
                language=language,
                status=status,
            )
        except app_base.Refused as exc:
            fail(str(exc))
    contact = added.contact
    out.print(f"added {contact['email']} ({contact['status']})", markup=False)
    if added.consent_at is not None:
        out.print(
            f"consent request to {contact['email']} goes at "
            f"{added.consent_at.isoformat(timespec='minutes')}"
            f" (lifecycle.consent_per_hour); without an answer the contact is deleted"
            f" {staff.settings.lifecycle.quarantine_days} days after it was sent",
            markup=False,
        )
    staff.send()


@contacts_app.command("show")
def contacts_show(
    email: Annotated[str, typer.Argument(help="E-mail address.")],
    json_out: Annotated[bool, typer.Option("--json", help="Print a JSON object.")] = False,
    config: ConfigOpt = None,
) -> None:
    """Show one contact; exit status 1 when there is none."""
    staff = Staff(config)
    try:
        data = app_contacts.show_contact(
            staff.engine, email, staff.settings.register_.plus_tags_match
        )
    except app_base.NotFound as exc:
        fail(str(exc))
    if json_out:
        _print_json_line(data)
        return
    table = Table(show_header=False)
    for key, value in data.items():
        table.add_row(key, "" if value is None else str(value))
    out.print(table)


@contacts_app.command("list")
def contacts_list(
    json_out: JsonOpt = False,
    config: ConfigOpt = None,
) -> None:
    """List every contact."""
    staff = Staff(config)
    rows = app_contacts.list_contacts(staff.engine)
    if json_out:
        for row in rows:
            _print_json_line(row)
        return
    table = Table("email", "name", "company", "status", "newsletter")
    for r in rows:
        table.add_row(
            r["email"],
            r["name"],
            r["company"] or "",
            r["status"],
            "yes" if r["newsletter"] else "no",
        )
    out.print(table)


@register_app.command("import")
def register_import(
    file: Annotated[Path, typer.Argument(help="SuiteCRM Contacts CSV export.")],
    status: Annotated[
        str | None,
        typer.Option(help="Force a status (default: active if created before 2018-05-25)."),
    ] = None,
    dry_run: Annotated[
        bool,
        typer.Option(
            "--dry-run",
            help="Show what would be added, updated and skipped and how many consent "
            "mails would go; change nothing.",
        ),
    ] = False,
    config: ConfigOpt = None,
) -> None:
    """Import contacts and companies from the CRM's CSV (try --dry-run first).

    What an import triggers: every contact created in the CRM after
    lifecycle.legacy_cutoff (2018-05-25) comes in quarantined and is
    MAILED a consent request; the requests leave at most
    lifecycle.consent_per_hour. Whoever does not answer gets reminders
    on days 5 and 10 and is DELETED on day 14, counted from when their
    own request was sent. Older contacts come in active and get a
    one-time privacy notice. Contacts already in the register only get
    empty fields filled in.
    """
    staff = Staff(config)
    try:
        text = file.read_text(encoding="utf-8-sig")
    except OSError as exc:
        fail(f"{file}: {exc.strerror}")
    with staff.uow("mailbot") as uow:
        try:
            report = app_register.import_csv(uow, staff.service, text, status, dry_run=dry_run)
        except app_base.Refused as exc:
            fail(f"{file}: {exc}")
    out.print(
        f"{'dry run, nothing changed; it would be: ' if dry_run else ''}"
        f"taken: {report.taken}, updated: {report.updated}, skipped: {len(report.skipped)}",
        markup=False,
    )
    if report.consent_mails:
        rate = staff.settings.lifecycle.consent_per_hour
        last = report.last_mail.isoformat(timespec="minutes") if report.last_mail else "?"
        out.print(
            f"consent requests {'that would be ' if dry_run else ''}mailed: "
            f"{report.consent_mails}"
            + (f" at {rate} per hour, the last at {last}" if rate else " at once")
            + f"; unanswered contacts are deleted {staff.settings.lifecycle.quarantine_days}"
            " days after their request is sent",
            markup=False,
        )
    for line, why in report.skipped:
        out.print(f"  line {line}: {why}", markup=False)
    if not dry_run:
        staff.send()


@register_app.command("export")
def register_export(
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="File (default: stdout).")
    ] = None,
    config: ConfigOpt = None,
) -> None:
    """Export contacts as CSV with SuiteCRM column names."""
    staff = Staff(config)
    text = app_register.export_csv(staff.engine)
    if output:
        write_private(output, text)
    else:
        sys.stdout.write(text)


# --------------------------------------------------------------------------- queue
@queue_app.command("list")
def queue_list(
    json_out: JsonOpt = False,
    all_: Annotated[
        bool, typer.Option("--all/--pending", help="Every action, or only those still pending.")
    ] = True,
    config: ConfigOpt = None,
) -> None:
    """Queued actions, oldest due first."""
    staff = Staff(config)
    rows = [a.as_json() for a in app_queue.list_actions(staff.engine, pending_only=not all_)]
    if json_out:
        for row in rows:
            _print_json_line(row)
        return
    table = Table("id", "action", "email", "status", "due", "verification")
    for r in rows:
        table.add_row(
            str(r["id"]), r["action"], r["email"], r["status"], r["due"], r["verification"]
        )
    out.print(table)


@queue_app.command("show")
def queue_show(
    action_id: Annotated[int, typer.Argument(help="Action id.")],
    config: ConfigOpt = None,
) -> None:
    """One action with its text, the proposed change as before/after, and Art. 19 follow-ups."""
    staff = Staff(config)
    try:
        detail = app_queue.show_action(staff.engine, action_id)
    except app_base.NotFound as exc:
        fail(str(exc))
    data = detail.action.as_json()
    text = detail.text
    follow_ups = detail.follow_ups
    table = Table(show_header=False)
    for key in (
        "id",
        "action",
        "email",
        "status",
        "due",
        "received_at",
        "verification",
        "decided_by",
        "reason",
    ):
        table.add_row(key, "" if data[key] is None else str(data[key]))
    out.print(table)
    if data["proposed"]:
        diff = Table("field", "before", "after", title="proposed change")
        for field_name, change in data["proposed"].items():
            diff.add_row(field_name, str(change.get("old") or ""), str(change.get("new") or ""))
        out.print(diff)
    if follow_ups:
        todo = Table("recipient", "what", "done", title="tell these recipients (GDPR Art. 19)")
        for f in follow_ups:
            todo.add_row(f.recipient, f.note, f.done_at or "")
        out.print(todo)
    out.print("text:", markup=False)
    out.print(text, markup=False, highlight=False)


def _decide(config: Path | None, by: str, fn: Any, *args: Any) -> None:
    staff = Staff(config)
    with staff.uow(by) as uow:
        try:
            action = fn(uow, staff.service, *args)
        except app_base.Refused as exc:
            fail(str(exc))
    out.print(f"action {action.id}: {action.status} (due {action.due})")
    staff.send()


ByOpt = Annotated[str, typer.Option("--by", help="Staff user who decides (audit log).")]
ReasonOpt = Annotated[str, typer.Option("--reason", help="Reason, mailed to the requester.")]


@queue_app.command("approve")
def queue_approve(action_id: int, by: ByOpt, config: ConfigOpt = None) -> None:
    """Apply the action; the requester gets the result mail."""
    _decide(config, by, app_queue.approve, action_id)


@queue_app.command("reject")
def queue_reject(action_id: int, by: ByOpt, reason: ReasonOpt, config: ConfigOpt = None) -> None:
    """Reject with a reason; the mail also names the right to complain (Art. 12(4))."""
    _decide(config, by, app_queue.reject, action_id, reason)


@queue_app.command("extend")
def queue_extend(
    action_id: int,
    by: ByOpt,
    reason: ReasonOpt,
    months: Annotated[int, typer.Option(help="1 or 2 more months (Art. 12(3)).")] = 2,
    config: ConfigOpt = None,
) -> None:
    """Extend the due date by up to two months, telling the requester why."""
    _decide(config, by, app_queue.extend, action_id, reason, months)


# --------------------------------------------------------------------------- extract, audit
@app.command()
def extract(
    email: Annotated[str, typer.Argument(help="Registered e-mail address.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="PDF file to write.")],
    language: Annotated[
        str | None, typer.Option(help="fi, sv or en (default: the contact's).")
    ] = None,
    config: ConfigOpt = None,
) -> None:
    """Write the extract a data subject would get (PDF and JSON beside it), without sending."""
    from mailbot.extract import extract_json
    from mailbot.pdf import FontMissing, render_pdf

    staff = Staff(config)
    data = app_contacts.extract(staff.engine, staff.service, email, language)
    if data is None:
        fail(f"no data is held for {email}")
    try:
        pdf = render_pdf(data, staff.settings)
    except FontMissing as exc:
        fail(str(exc))
    write_private(output, pdf)
    write_private(output.with_suffix(".json"), extract_json(data))
    out.print(f"wrote {output} and {output.with_suffix('.json')}")


@audit_app.command("list")
def audit_list(
    json_out: JsonOpt = False,
    config: ConfigOpt = None,
) -> None:
    """Every audit event, oldest first."""
    staff = Staff(config)
    rows = [e.as_json() for e in app_audit.list_events(staff.engine)]
    if json_out:
        for row in rows:
            _print_json_line(row)
        return
    table = Table("id", "at", "actor", "action", "entity", "fields")
    for r in rows:
        table.add_row(
            str(r["id"]),
            r["at"][:19],
            r["actor"],
            r["action"],
            f"{r['entity']} {r['entity_id'] or ''}",
            json.dumps(r["fields"], ensure_ascii=False),
        )
    out.print(table)


@audit_app.command("verify")
def audit_verify(config: ConfigOpt = None) -> None:
    """Check the hash chain; exit 1 naming the first event that was changed or removed."""
    staff = Staff(config)
    check = app_audit.verify_chain(staff.engine)
    broken, count = check.broken, check.count
    if broken is not None:
        fail(
            f"audit chain broken at event {broken.id} ({broken.action} {broken.entity} "
            f"at {broken.at})"
        )
    out.print(f"audit chain intact: {count} events")


# --------------------------------------------------------------------------- schedule
def _parse_now(value: str | None) -> datetime:
    if not value:
        return clock.now()
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        fail(f"--now: not an ISO date-time: {value!r} (e.g. 2027-07-15T05:00)")
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _result_text(result: Any) -> str:
    if isinstance(result, Exception):
        return f"FAILED: {result}"
    if isinstance(result, dict):
        return ", ".join(f"{k} {v}" for k, v in result.items()) or "nothing to do"
    if hasattr(result, "audit_fields"):
        from mailbot.retention import prune_command_output

        return "; ".join(prune_command_output(result)) or "nothing to do"
    return str(result)


@app.command()
def tick(
    now: Annotated[
        str | None, typer.Option("--now", help="Run as of this ISO date-time (default: now).")
    ] = None,
    config: ConfigOpt = None,
) -> None:
    """Run every scheduled job once as of that time, then send the outbox."""
    from mailbot.scheduler import JOBS, run_jobs

    staff = Staff(config, mailbox=True)
    when = _parse_now(now)
    results = run_jobs(staff.settings, staff.engine, when)
    with clock.frozen(when):
        sent = outbox.send_pending(staff.engine, staff.settings.smtp, full=staff.settings)
    table = Table("job", "keeps", "result", title=f"tick {when.isoformat()}")
    for name, result in results.items():
        table.add_row(name, JOBS[name][1], _result_text(result))
    table.add_row("outbox", "replies are never lost", f"{sent.sent} sent, {sent.retried} to retry")
    out.print(table)
    if any(isinstance(r, Exception) or getattr(r, "ok", True) is False for r in results.values()):
        raise typer.Exit(1)


@app.command()
def prune(
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would go.")] = False,
    config: ConfigOpt = None,
) -> None:
    """Delete mail, enquiries (and chats, if retention.chat_days) older than the retention."""
    from mailbot.retention import prune_command_output

    staff = Staff(config, mailbox=True)
    source = open_source(staff.settings.mailbox)
    try:
        source.connect()
        with staff.uow("mailbot") as uow:
            report = app_retention.prune(uow, staff.service, source, dry_run=dry_run)
    except sources_mod.SourceError as exc:
        fail(f"mailbox: {exc}")
    finally:
        source.close()
    for line in prune_command_output(report):
        out.print(line, markup=False)
    if not report.ok:
        raise typer.Exit(1)


# --------------------------------------------------------------------------- enquiries, chats
enquiries_app = typer.Typer(help="Contact-form enquiries.", no_args_is_help=True)
chats_app = typer.Typer(help="Chat transcripts and offline messages.", no_args_is_help=True)
newsletter_app = typer.Typer(help="Newsletter subscribers and opt-outs.", no_args_is_help=True)
app.add_typer(enquiries_app, name="enquiries")
app.add_typer(chats_app, name="chats")
app.add_typer(newsletter_app, name="newsletter")


def _list(rows: list[dict[str, Any]], json_out: bool, columns: list[str]) -> None:
    if json_out:
        for row in rows:
            _print_json_line(row)
        return
    table = Table(*columns)
    for r in rows:
        # Long free text is shortened in a list (`show` has it whole); errors are not.
        table.add_row(
            *(
                "" if r.get(c) is None else str(r.get(c))[: 60 if c == "message" else None]
                for c in columns
            )
        )
    out.print(table)


def _promote(config: Path | None, by: str, fn: Any, ident: int) -> None:
    staff = Staff(config)
    with staff.uow(by) as uow:
        try:
            added = fn(uow, staff.service, ident)
        except (app_base.NotFound, app_base.Refused) as exc:
            fail(str(exc))
    email = added.contact["email"]
    out.print(f"added {email} to the register (quarantined; consent request sent)")
    staff.send()


@enquiries_app.command("list")
def enquiries_list(
    json_out: JsonOpt = False,
    config: ConfigOpt = None,
) -> None:
    """Every enquiry, newest first."""
    staff = Staff(config)
    rows = [e.as_json() for e in app_enquiries.list_enquiries(staff.engine)]
    _list(rows, json_out, ["id", "received_at", "email", "name", "company", "message"])


@enquiries_app.command("show")
def enquiries_show(enquiry_id: int, config: ConfigOpt = None) -> None:
    """One enquiry."""
    staff = Staff(config)
    try:
        data = app_enquiries.show_enquiry(staff.engine, enquiry_id).as_json()
    except app_base.NotFound as exc:
        fail(str(exc))
    for key, value in data.items():
        out.print(f"{key}: {'' if value is None else value}", markup=False, highlight=False)


@enquiries_app.command("promote")
def enquiries_promote(
    enquiry_id: int,
    by: Annotated[str, typer.Option("--by", help="Staff user (audit log).")] = "mailbot",
    config: ConfigOpt = None,
) -> None:
    """Make the enquirer a register contact; it enters quarantine (consent request)."""
    _promote(config, by, app_enquiries.promote, enquiry_id)


@chats_app.command("list")
def chats_list(
    json_out: JsonOpt = False,
    config: ConfigOpt = None,
) -> None:
    """Every chat record, newest first."""
    staff = Staff(config)
    rows = [c.as_json() for c in app_chats.list_chats(staff.engine)]
    _list(rows, json_out, ["id", "received_at", "form", "email", "name", "company"])


@chats_app.command("show")
def chats_show(chat_id: int, config: ConfigOpt = None) -> None:
    """One chat record with its lines."""
    staff = Staff(config)
    try:
        data = app_chats.show_chat(staff.engine, chat_id).as_json()
    except app_base.NotFound as exc:
        fail(str(exc))
    for key, value in data.items():
        if key != "lines":
            out.print(f"{key}: {'' if value is None else value}", markup=False, highlight=False)
    for line in data["lines"]:
        out.print(line, markup=False, highlight=False)


@chats_app.command("promote")
def chats_promote(
    chat_id: int,
    by: Annotated[str, typer.Option("--by", help="Staff user (audit log).")] = "mailbot",
    config: ConfigOpt = None,
) -> None:
    """Make the chat visitor a register contact; it enters quarantine (consent request)."""
    _promote(config, by, app_chats.promote, chat_id)


@chats_app.command("delete")
def chats_delete(
    chat_id: int,
    by: Annotated[str, typer.Option("--by", help="Staff user (audit log).")] = "mailbot",
    config: ConfigOpt = None,
) -> None:
    """Delete a chat record (REGISTER.md §5c: kept until an administrator or agent deletes it)."""
    staff = Staff(config)
    with staff.uow(by) as uow:
        try:
            app_chats.delete(uow, chat_id)
        except app_base.NotFound as exc:
            fail(str(exc))
    out.print(f"chat record {chat_id} deleted")


@newsletter_app.command("optouts")
def newsletter_optouts(
    json_out: JsonOpt = False,
    config: ConfigOpt = None,
) -> None:
    """Who opted out of the newsletter, and when (REGISTER.md §5a)."""
    staff = Staff(config)
    rows = [r.as_json() for r in app_newsletter.optouts(staff.engine)]
    _list(rows, json_out, ["email", "name", "opted_out_at"])


@newsletter_app.command("subscribers")
def newsletter_subscribers(
    json_out: JsonOpt = False,
    config: ConfigOpt = None,
) -> None:
    """Contacts with the newsletter on (confirmed by double opt-in)."""
    staff = Staff(config)
    rows = [r.as_json() for r in app_newsletter.subscribers(staff.engine)]
    _list(rows, json_out, ["email", "name", "confirmed_at"])


# --------------------------------------------------------------------------- outbox
outbox_app = typer.Typer(help="Mail waiting to be sent, sent, or failed.", no_args_is_help=True)
app.add_typer(outbox_app, name="outbox")


@outbox_app.command("list")
def outbox_list(
    status: Annotated[str | None, typer.Option(help="Only pending, sent or failed mail.")] = None,
    json_out: JsonOpt = False,
    config: ConfigOpt = None,
) -> None:
    """The outbox, newest first (the mails themselves are not shown)."""
    staff = Staff(config)
    rows = [m.as_json() for m in app_outbox.list_outbox(staff.engine, status)]
    _list(
        rows, json_out, ["id", "created_at", "to", "template", "status", "attempts", "last_error"]
    )


@outbox_app.command("retry")
def outbox_retry(
    by: Annotated[str, typer.Option("--by", help="Who asks (audit log).")] = "mailbot",
    config: ConfigOpt = None,
) -> None:
    """Send now: failed mail goes back in the queue, mail waiting in back-off is due now.

    Consent requests waiting for their slot (lifecycle.consent_per_hour) keep it.
    """
    staff = Staff(config)
    with staff.uow(by) as uow:
        done = app_outbox.retry(uow)
    out.print(
        f"{done.failed} failed mail(s) queued again, {done.waiting} mail(s) in back-off due now"
    )
    staff.send()


# --------------------------------------------------------------------------- db
db_app = typer.Typer(help="The database schema (Alembic migrations).", no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
def db_upgrade(config: ConfigOpt = None) -> None:
    """Bring the database schema up to date, keeping every row. Back the database up first."""
    settings = settings_or_fail(config)
    try:
        engine = db.make_engine(settings.database.url)
        before, after = db.upgrade(engine)
    except Exception as exc:  # noqa: BLE001 - any driver or migration error becomes one line
        fail(f"database.url: upgrade failed: {exc}", 2)
    if before == after:
        out.print(f"database schema is current (revision {after})")
    else:
        out.print(f"database schema upgraded: {before or 'empty'} -> {after}")


@db_app.command("current")
def db_current(config: ConfigOpt = None) -> None:
    """Print the schema revision of the database and the one this mailbot needs."""
    settings = settings_or_fail(config)
    engine = db.make_engine(settings.database.url)
    out.print(f"database: {db.current_revision(engine) or 'empty'}; needed: {db.head_revision()}")


# --------------------------------------------------------------------------- messages
messages_app = typer.Typer(
    help="What mailbot decided for each processed message, and why (the ledger).",
    no_args_is_help=True,
)
app.add_typer(messages_app, name="messages")


def _start_metrics(settings: Settings, engine: Engine) -> Any:
    """/healthz and /metrics when [metrics] listen is set: (Metrics, MetricsServer) or None."""
    from mailbot import metrics

    try:
        started = metrics.start(engine, settings)
    except metrics.MetricsError as exc:
        fail(str(exc), 2)
    if started:
        err.print(f"mailbot: /healthz and /metrics on http://{settings.metrics.listen}/")
    return started


@messages_app.command("list")
def messages_list(
    kind: Annotated[
        str | None,
        typer.Option("--kind", help="Only this kind (contact_form, data_request, …)."),
    ] = None,
    status: Annotated[
        str | None,
        typer.Option(
            "--status", help="Only processed, duplicate, unprocessable, too_large or unsure."
        ),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many.")] = 50,
    json_out: JsonOpt = False,
    config: ConfigOpt = None,
) -> None:
    """Processed messages, newest first: kind, request, decision, folder, replies, error."""
    try:
        app_messages.check_filters(kind, status)
    except ValueError as exc:
        fail(str(exc), 2)
    staff = Staff(config)
    rows = [m.as_json() for m in app_messages.list_messages(staff.engine, kind, status, limit)]
    if json_out:
        for row in rows:
            _print_json_line(row)
        return
    table = Table("id", "processed", "uid", "status", "kind", "request(s)", "folder", "replies")
    for r in rows:
        table.add_row(
            str(r["id"]),
            (r["processed_at"] or "")[:19],
            "" if r["uid"] is None else str(r["uid"]),
            r["status"],
            r["kind"] or "",
            ", ".join(r["requests"]),
            r["folder"],
            str(len(r["replies"])),
        )
    out.print(table)


@messages_app.command("show")
def messages_show(
    ident: Annotated[
        str, typer.Argument(metavar="ID-OR-MESSAGE-ID", help="Ledger id or Message-ID.")
    ],
    json_out: JsonOpt = False,
    config: ConfigOpt = None,
) -> None:
    """One message: what was decided, why, and what it caused (replies, queued actions)."""
    staff = Staff(config)
    try:
        found = app_messages.show_message(staff.engine, ident)
    except app_base.NotFound as exc:
        fail(str(exc))
    for n, view in enumerate(found):
        row = view.as_json()
        row["why"] = app_messages.why(view)
        if json_out:
            _print_json_line(row)
            continue
        if n:
            out.print()
        for key, value in row.items():
            if key in ("replies", "actions"):
                continue
            shown = ", ".join(value) if isinstance(value, list) else value
            out.print(f"{key}: {'' if shown is None else shown}", markup=False, highlight=False)
        for r in row["replies"]:
            out.print(
                f"reply: {r['id']} {r['template']} to {r['to']} ({r['status']})",
                markup=False,
                highlight=False,
            )
        for a in row["actions"]:
            out.print(
                f"queued action: {a['id']} {a['action']} ({a['status']}, due {a['due'][:10]})",
                markup=False,
                highlight=False,
            )


from mailbot.cli_web import start_in_run, users_app, web  # noqa: E402 - issue 10's commands

app.command("web")(web)
app.add_typer(users_app, name="users")


from mailbot import cli_learn  # noqa: E402 - issue 8: corrections and learning

app.command("relabel")(cli_learn.relabel)
app.add_typer(cli_learn.corrections_app, name="corrections")
app.command("learn")(cli_learn.learn)


def _excepthook(kind: type[BaseException], exc: BaseException, tb: Any) -> None:
    """An unexpected traceback is still printed, with every credential masked."""
    sys.stderr.write(redact("".join(traceback.format_exception(kind, exc, tb))))


def main() -> None:
    sys.excepthook = _excepthook
    app()


if __name__ == "__main__":
    main()
