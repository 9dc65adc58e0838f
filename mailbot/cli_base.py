"""What every `mailbot` command module shares: consoles, options, one-line failures, settings.

cli.py, cli_web.py and cli_learn.py import it; it imports none of them, so the command
modules form no import cycle (tests/test_import_cycles.py).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from rich import table as rich_table
from rich.console import Console

from mailbot.lazy import Lazy

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from mailbot.config import Settings

# Loaded on first use (mailbot/lazy.py): `--help` and `--version` need none of them.
db = Lazy("mailbot.db")
logs = Lazy("mailbot.logs")
outbox = Lazy("mailbot.outbox")
config_mod = Lazy("mailbot.config")
check_maildir = Lazy("mailbot.config", "check_maildir")
load_settings = Lazy("mailbot.config", "load_settings")
Context = Lazy("mailbot.handlers.base", "Context")
redact = Lazy("mailbot.redact", "redact")
Service = Lazy("mailbot.service", "Service")
app_base = Lazy("mailbot.app.base")


def _console(stderr: bool = False) -> Console:
    """Not a terminal (a pipe, a log, a test): wide lines rather than cut folder names."""
    stream = sys.stderr if stderr else sys.stdout
    wide = not stream.isatty() and "COLUMNS" not in os.environ
    return Console(stderr=stderr, width=200 if wide else None, soft_wrap=wide)


out = _console()
err = _console(stderr=True)


class Table(rich_table.Table):
    """Cells fold onto more lines instead of ending in an ellipsis: nothing is cut."""

    def add_column(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("overflow", "fold")
        super().add_column(*args, **kwargs)


JsonOpt = Annotated[bool, typer.Option("--json", help="One JSON object per line.")]
ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config", "-c", help="TOML configuration (default: $MAILBOT_CONFIG or ./mailbot.toml)."
    ),
]


def fail(message: str, code: int = 1) -> NoReturn:
    sys.stderr.write(f"mailbot: {redact(' '.join(message.split()))}\n")
    raise typer.Exit(code)


def setup_logging(verbose: bool, trace_imap: bool = False) -> None:
    logs.setup(verbose, trace_imap)


_global: dict[str, Path | None] = {"config": None}


def _global_config() -> Path | None:
    """`mailbot --config X poll` as well as `mailbot poll --config X`."""
    return _global["config"]


def settings_or_fail(config: Path | None, mailbox: bool = False) -> Settings:
    """The settings, or exit 2 with one line; `mailbox`: the command reads the mailbox."""
    try:
        settings = load_settings(config or _global_config())
        if mailbox:
            check_maildir(settings)
    except config_mod.ConfigError as exc:
        fail(str(exc), 2)
    logs.configure(settings.log, logs.secrets_of(settings))
    return settings


def engine_for(settings: Settings) -> Engine:
    try:
        engine = app_base.open_database(settings)
    except db.SchemaError as exc:
        fail(f"database.url: {exc}", 2)
    except Exception as exc:  # noqa: BLE001 - any driver error becomes one line
        fail(f"database.url: cannot open {settings.database.url}: {exc}", 2)
    return engine


class Staff:
    """Settings, engine and a Service for commands that read or change the register."""

    def __init__(self, config: Path | None, mailbox: bool = False) -> None:
        self.settings = settings_or_fail(config, mailbox)
        self.engine = engine_for(self.settings)
        self.service = Service(Context.of(self.settings), self.engine)

    def uow(self, by: str) -> Any:
        """A unit of work acting as `by` (the audit log's actor)."""
        return app_base.unit(self.service, by)

    def send(self) -> None:
        """Best effort: what cannot be sent now stays in the outbox for `poll`/`run`."""
        report = outbox.send_pending(self.engine, self.settings.smtp, full=self.settings)
        if report.sent:
            err.print(f"mailbot: {report.sent} mail(s) sent")
        if report.error:
            err.print(f"mailbot: mail not sent yet ({report.error}); it stays in the outbox")
