"""The `mailbot` command. Thin: parses options and calls the service layer."""

from __future__ import annotations

import json
import logging
import shutil
import signal
import sys
import threading
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.logging import RichHandler
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from mailbot import db, outbox
from mailbot.classify import classify
from mailbot.classify.forms import output_fields
from mailbot.config import ConfigError, Settings, load_settings
from mailbot.handlers.base import Context
from mailbot.parsing import ParseError, parse
from mailbot.service import PollReport, Service, run_loop
from mailbot.sources import SourceError, open_source

app = typer.Typer(
    help="mailbot runs a company's info@ mailbox under the GDPR.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True)

ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config", "-c", help="TOML configuration (default: $MAILBOT_CONFIG or ./mailbot.toml)."
    ),
]


def fail(message: str, code: int = 1) -> NoReturn:
    sys.stderr.write(f"mailbot: {' '.join(message.split())}\n")
    raise typer.Exit(code)


def setup_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(message)s",
        handlers=[RichHandler(console=err, show_path=False)],
        force=True,
    )


def settings_or_fail(config: Path | None) -> Settings:
    try:
        return load_settings(config)
    except ConfigError as exc:
        fail(str(exc), 2)


def engine_for(settings: Settings) -> Engine:
    try:
        engine = db.make_engine(settings.database.url)
        db.create_schema(engine)
    except Exception as exc:  # noqa: BLE001 - any driver error becomes one line
        fail(f"database.url: cannot open {settings.database.url}: {exc}", 2)
    return engine


@app.callback()
def main_callback(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log what happens.")] = False,
) -> None:
    setup_logging(verbose)


# --------------------------------------------------------------------------- init
EXAMPLE_CONFIG = resources.files("mailbot") / "data" / "mailbot.example.toml"


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
        target.write_text(EXAMPLE_CONFIG.read_text(encoding="utf-8"), encoding="utf-8")
        out.print(f"wrote {target}")
    settings = settings_or_fail(target)
    engine_for(settings)
    out.print(f"database ready: {settings.database.url}")
    out.print("Edit the [mailbox] and [smtp] sections, then run: mailbot --help")


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
    sent = outbox.send_pending(engine, settings.smtp)
    return report, sent


@app.command()
def poll(
    config: ConfigOpt = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """One cycle: fetch, process, file, send; then exit."""
    settings = settings_or_fail(config)
    engine = engine_for(settings)
    try:
        report, sent = do_poll(settings, engine, show_progress=not json_out and err.is_terminal)
    except SourceError as exc:
        fail(f"mailbox: {exc}")
    if json_out:
        out.print_json(
            json.dumps({**report.__dict__, "sent": sent.sent, "send_retry": sent.retried})
        )
        return
    out.print(_report_table(report))
    line = f"outbox: {sent.sent} sent, {sent.retried} to retry, {sent.failed} failed"
    out.print(line + (f" ({sent.error})" if sent.error else ""))


# --------------------------------------------------------------------------- run
@app.command()
def run(config: ConfigOpt = None) -> None:
    """The service: IDLE/poll loop and outbox; stops cleanly on SIGTERM or Ctrl-C."""
    settings = settings_or_fail(config)
    engine = engine_for(settings)
    stop = threading.Event()

    def _stop(signum: int, _frame: Any) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    service = Service(Context.of(settings), engine)
    source = open_source(settings.mailbox)
    err.print(f"mailbot: watching {source.name} (Ctrl-C to stop)")

    def on_report(report: PollReport) -> None:
        if report.seen:
            kinds = ", ".join(f"{k} {n}" for k, n in sorted(report.by_kind.items()))
            err.print(f"mailbot: {report.seen} new ({kinds})")

    run_loop(service, source, lambda: outbox.send_pending(engine, settings.smtp), stop, on_report)
    err.print("mailbot: stopped")


# --------------------------------------------------------------------------- classify
@app.command("classify")
def classify_cmd(
    files: Annotated[list[Path], typer.Argument(help="Message files (.eml).")],
    config: ConfigOpt = None,
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
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
        except (OSError, ParseError) as exc:
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
    if not json_out:
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

[organisation]
name = "Plaza Example Oy"
ceo_email = "ceo@plaza.example.com"
website = "https://www.plaza.example.com"

[contact_form]
senders = ["wordpress@plaza.example.com"]

[chat]
senders = ["transcripts@chat.example.net"]
"""


@app.command()
def demo(
    directory: Annotated[Path, typer.Option("--dir", help="Demo folder.")] = Path("mailbot-demo"),
    reset: Annotated[bool, typer.Option(help="Start again from fresh sample mail.")] = True,
) -> None:
    """The main job on embedded defaults: SQLite, a seeded Maildir, mail written to a folder."""
    from mailbot.models import InboundMessage, OutboundMail

    if reset and directory.exists():
        for name in ("Maildir", "outbox", "mailbot.db", "mailbot.db-wal", "mailbot.db-shm"):
            p = directory / name
            shutil.rmtree(p) if p.is_dir() else p.unlink(missing_ok=True)
    directory.mkdir(parents=True, exist_ok=True)
    cfg = directory / "mailbot.toml"
    if not cfg.exists():
        cfg.write_text(DEMO_CONFIG, encoding="utf-8")
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
    report, sent = do_poll(settings, engine, show_progress=False)

    table = Table(title="what mailbot did", show_lines=False)
    for column in ("message", "kind", "request(s)", "filed in", "reply"):
        table.add_column(column)
    with Session(engine) as session:
        rows = session.exec(select(InboundMessage).order_by(col(InboundMessage.id))).all()
        replies = {m.inbound_id: m.to_addr for m in session.exec(select(OutboundMail)).all()}
        for r in rows:
            table.add_row(
                (r.subject or "")[:40],
                r.kind or r.status,
                ", ".join(r.requests or []),
                r.target_folder or "INBOX (for people)",
                replies.get(r.id, ""),
            )
    out.print(table)
    out.print(f"outbox: {sent.sent} mail(s) written to {settings.smtp.url.removeprefix('file:')}")
    out.print(
        f"Look at: {directory / 'Maildir'} (folders .mailbot.*), {directory / 'outbox'}, "
        f"{directory / 'mailbot.db'} (sqlite3)."
    )
    out.print(
        "Data-subject requests are recorded and filed; answering them comes next (see README)."
    )


def main() -> None:
    app()


if __name__ == "__main__":
    main()
