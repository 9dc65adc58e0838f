"""The command line: contracts of SPEC §9 (classify JSON, init, demo, --help)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mailbot.cli import app
from tests.helpers import make_mail, sample, sample_names, write, write_config

runner = CliRunner()


def _all_commands() -> list[list[str]]:
    """Every command and sub-command the CLI offers, found from the app itself."""
    import typer.main

    root = typer.main.get_command(app)
    found: list[list[str]] = [[]]

    def walk(group: object, prefix: list[str]) -> None:
        for name, cmd in getattr(group, "commands", {}).items():
            found.append([*prefix, name])
            walk(cmd, [*prefix, name])

    walk(root, [])
    return found


@pytest.mark.parametrize("command", _all_commands(), ids=lambda c: " ".join(c) or "mailbot")
def test_every_command_has_help(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output
    # Each command says what it does, not only its options.
    assert len(result.output.strip().splitlines()) > 3


def test_the_contract_commands_exist() -> None:
    names = {" ".join(c) for c in _all_commands()}
    for command in (
        "init",
        "run",
        "poll",
        "tick",
        "classify",
        "register import",
        "register export",
        "contacts add",
        "contacts show",
        "contacts list",
        "queue list",
        "queue show",
        "queue approve",
        "queue reject",
        "queue extend",
        "extract",
        "audit list",
        "audit verify",
        "demo",
    ):
        assert command in names


def test_classify_json_contract(tmp_path: Path) -> None:
    cfg = tmp_path / "mailbot.toml"
    cfg.write_text(
        '[contact_form]\nsenders = ["wordpress@plaza.example.com"]\n'
        '[chat]\nsenders = ["transcripts@chat.example.net"]\n'
    )
    files = [write(tmp_path, name, sample(name)) for name in sample_names()]
    before = sorted(p.name for p in tmp_path.iterdir())
    result = runner.invoke(app, ["classify", "--config", str(cfg), "--json", *map(str, files)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == len(files)
    for row in rows:
        assert set(row) == {
            "file",
            "kind",
            "request",
            "requests",
            "decision",
            "language",
            "sender",
            "fields",
        }
    by_file = {Path(r["file"]).name: r for r in rows}
    form = by_file["contact-form-fi.eml"]
    assert form["kind"] == "contact_form"
    assert form["language"] == "fi"
    assert form["sender"] == "wordpress@plaza.example.com"
    assert form["fields"]["email"] == "maija.esimerkki@example.org"
    assert form["fields"]["company"] == "Esimerkkivoima Oy"
    access = by_file["request-access-fi.eml"]
    assert (access["kind"], access["request"], access["requests"]) == (
        "data_request",
        "access",
        ["access"],
    )
    assert by_file["auto-reply.eml"]["request"] is None
    # No side effects: no database, no other files.
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_classify_unreadable_file_fails_with_one_line(tmp_path: Path) -> None:
    empty = write(tmp_path, "empty.eml", b"")
    good = write(tmp_path, "ok.eml", make_mail("hi"))
    cfg = write_config(tmp_path)
    result = runner.invoke(app, ["classify", "--json", str(empty), str(good), "--config", str(cfg)])
    assert result.exit_code == 1
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert "error" in lines[0] and lines[1]["kind"] == "other"


def test_broken_config_is_one_line_and_exit_2(tmp_path: Path) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text('[mailbox]\nurl = "pop3://mail.example.com"\n')
    result = runner.invoke(app, ["poll", "--config", str(cfg)])
    assert result.exit_code == 2
    assert "mailbox.url" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_init_writes_a_valid_commented_config_and_database(tmp_path: Path) -> None:
    result = runner.invoke(app, ["init", str(tmp_path / "site")])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "site" / "mailbot.toml").read_text()
    assert text.count("#") > 10
    assert (tmp_path / "site" / "mailbot.db").exists()
    again = runner.invoke(app, ["init", str(tmp_path / "site")])
    assert again.exit_code == 0 and "keeping it" in again.output


def test_demo_runs_on_embedded_defaults(tmp_path: Path) -> None:
    target = tmp_path / "demo"
    result = runner.invoke(app, ["demo", "--dir", str(target)])
    assert result.exit_code == 0, result.output
    assert "contact_form" in result.output
    outbox = sorted(p.name for p in (target / "outbox").iterdir())
    # three acknowledgements, Maija's extract (registered, authenticated), and for Sam's
    # erasure an identity check to his address: his contact form is data held about him
    assert len(outbox) == 5
    assert sum("contact_form_ack" in n for n in outbox) == 3
    assert sum("extract" in n for n in outbox) == 1 and sum("no_data" in n for n in outbox) == 0
    assert sum("identity_check" in n for n in outbox) == 1
    assert (target / "Maildir" / ".mailbot.contact-form" / "cur").is_dir()
    assert len(list((target / "Maildir" / ".mailbot.contact-form" / "cur").iterdir())) == 3
    left = list((target / "Maildir" / "cur").iterdir()) + list(
        (target / "Maildir" / "new").iterdir()
    )
    assert len(left) == 1  # the ordinary mail stays for people
    con = sqlite3.connect(target / "mailbot.db")
    assert con.execute("SELECT count(*) FROM enquiry").fetchone()[0] == 3
    # Running it again starts from fresh sample mail and ends the same way.
    again = runner.invoke(app, ["demo", "--dir", str(target)])
    assert again.exit_code == 0
    assert len(list((target / "outbox").iterdir())) == 5


def seeded_maildir(tmp_path: Path) -> tuple[Path, Path]:
    """A Maildir holding every sample mail, and a configuration that reads it."""
    maildir = tmp_path / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True)
    for i, name in enumerate(sample_names()):
        (maildir / "new" / f"{i}.test.host").write_bytes(sample(name))
    cfg = tmp_path / "mailbot.toml"
    cfg.write_text(
        '[mailbox]\nurl = "maildir:Maildir"\n[smtp]\nurl = "file:outbox"\nfrom = "info@example.com"\n'
        '[contact_form]\nsenders = ["wordpress@plaza.example.com"]\n'
    )
    return maildir, cfg


def test_maildir_poll_is_idempotent(tmp_path: Path) -> None:
    maildir, cfg = seeded_maildir(tmp_path)
    assert runner.invoke(app, ["poll", "--config", str(cfg)]).exit_code == 0
    assert runner.invoke(app, ["poll", "--config", str(cfg)]).exit_code == 0
    # three acknowledgements and two "no data" answers (nobody is registered here)
    assert len(list((tmp_path / "outbox").iterdir())) == 5
    assert len(list((maildir / ".mailbot.requests" / "cur").iterdir())) == 2
    assert len(list((maildir / "cur").iterdir())) == 1


def test_database_error_in_one_message_spares_the_rest_of_the_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fast path commits a batch at once; a failing message makes it replay isolated."""
    from mailbot.handlers import contact_form

    real = contact_form.handle

    def broken(msg, cls, ctx):  # type: ignore[no-untyped-def]
        effects = real(msg, cls, ctx)
        if "Stina" in (cls.fields.get("name") or ""):
            effects.records[0].email = None  # NOT NULL: fails only at the database
        return effects

    from mailbot.handlers import HANDLERS

    monkeypatch.setitem(HANDLERS, "contact_form", broken)
    maildir, cfg = seeded_maildir(tmp_path)
    assert runner.invoke(app, ["poll", "--config", str(cfg)]).exit_code == 0
    con = sqlite3.connect(tmp_path / "mailbot.db")
    statuses = dict(con.execute("SELECT subject, status FROM inbound_message").fetchall())
    assert statuses["Ny kontaktförfrågan från webbplatsen"] == "unprocessable"
    assert sum(1 for s in statuses.values() if s == "processed") == len(statuses) - 1
    assert con.execute("SELECT count(*) FROM enquiry").fetchone()[0] == 2
    assert len(list((tmp_path / "outbox").iterdir())) == 4  # two acks, two "no data"
    assert len(list((maildir / ".mailbot.unprocessable" / "cur").iterdir())) == 1


def test_form_text_is_echoed_only_for_the_configured_authenticated_form_sender() -> None:
    """Anyone can send mail shaped like a form naming any address: no free relay of text."""
    from mailbot.classify import classify
    from mailbot.config import Settings
    from mailbot.handlers import contact_form
    from mailbot.handlers.base import Context
    from mailbot.parsing import parse

    plain = sample("contact-form-en.eml")
    signed = (
        b"Authentication-Results: mx.plaza.example.com; dkim=pass header.d=plaza.example.com;"
        b" dmarc=pass header.from=plaza.example.com\r\n" + plain
    )
    form = ["wordpress@plaza.example.com"]
    for raw, senders, echoed in ((signed, form, True), (plain, form, False), (signed, [], False)):
        ctx = Context.of(
            Settings.model_validate(
                {
                    "contact_form": {"senders": senders},
                    "auth": {"trusted_authserv_ids": ["mx.plaza.example.com"]},
                }
            )
        )
        msg = parse(raw)
        effects = contact_form.handle(msg, classify(msg, ctx.rules), ctx)
        [reply] = effects.replies
        assert bool(reply.context["message"]) is echoed


def test_an_address_mailbot_cannot_mail_is_refused(tmp_path: Path) -> None:
    cfg = tmp_path / "mailbot.toml"
    cfg.write_text('[smtp]\nurl = "file:outbox"\nfrom = "info@example.com"\n')
    result = runner.invoke(
        app,
        ["contacts", "add", "--email", "åsa@example.org", "--name", "Åsa", "--config", str(cfg)],
    )
    assert result.exit_code == 1
    assert "cannot send mail" in result.output


def test_csv_export_imports_back_and_never_starts_a_formula(tmp_path: Path) -> None:
    cfg = tmp_path / "mailbot.toml"
    cfg.write_text('[smtp]\nurl = "file:outbox"\nfrom = "info@example.com"\n')
    runner.invoke(
        app,
        [
            "contacts",
            "add",
            "--email",
            "eve@example.org",
            "--name",
            "=HYPERLINK(1)",
            "--phone",
            "+358 40 000 0009",
            "--status",
            "active",
            "--config",
            str(cfg),
        ],
    )
    out = runner.invoke(app, ["register", "export", "--config", str(cfg)]).stdout
    assert "'=HYPERLINK" in out and ",=" not in out
    (tmp_path / "x.csv").write_text(out)
    other = tmp_path / "other"
    other.mkdir()
    cfg2 = other / "mailbot.toml"
    cfg2.write_text('[smtp]\nurl = "file:outbox"\nfrom = "info@example.com"\n')
    result = runner.invoke(
        app,
        [
            "register",
            "import",
            str(tmp_path / "x.csv"),
            "--status",
            "active",
            "--config",
            str(cfg2),
        ],
    )
    assert "taken: 1" in result.output
    shown = json.loads(
        runner.invoke(
            app, ["contacts", "show", "eve@example.org", "--json", "--config", str(cfg2)]
        ).stdout
    )
    assert shown["phone"] == "+358 40 000 0009"
