"""Operating mailbot for real (issue 11): no silent defaults, safe imports, rough edges."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mailbot.cli import app
from tests.helpers import make_mail, sample, write_config
from tests.servers import ImapAccount, SmtpCapture
from tests.test_requests_e2e import MAIJA, Site

runner = CliRunner()
MAILBOT = str(Path(sys.executable).with_name("mailbot"))


# --------------------------------------------------------------------------- no silent defaults
@pytest.mark.parametrize(
    "command",
    [
        ["poll"],
        ["run"],
        ["tick"],
        ["contacts", "list"],
        ["queue", "list"],
        ["register", "import", "x.csv", "--dry-run"],
        ["classify", "x.eml"],
        ["outbox", "retry"],
    ],
)
def test_without_a_configuration_file_nothing_runs_and_nothing_is_made(
    tmp_path: Path, command: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MAILBOT_CONFIG", raising=False)
    result = subprocess.run([MAILBOT, *command], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "no configuration file" in result.stderr
    assert result.stdout == ""
    assert list(tmp_path.iterdir()) == []  # no Maildir, no mailbot.db, no outbox


def test_init_and_demo_need_no_configuration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MAILBOT_CONFIG", raising=False)
    made = runner.invoke(app, ["init", "site"])
    assert made.exit_code == 0, made.output
    # The sections are named (rich markup used to swallow "[mailbox]" and "[smtp]").
    assert "[mailbox]" in made.output and "[smtp]" in made.output and "[register]" in made.output
    assert (tmp_path / "site" / "Maildir" / "new").is_dir()  # init creates the Maildir it names
    polled = runner.invoke(app, ["poll", "--config", "site/mailbot.toml"])
    assert polled.exit_code == 0, polled.output
    assert runner.invoke(app, ["demo", "--dir", "demo"]).exit_code == 0


def test_a_maildir_that_does_not_exist_is_an_error_naming_the_key(tmp_path: Path) -> None:
    cfg = write_config(tmp_path, '[mailbox]\nurl = "maildir:Maildri"\n')
    for command in (["poll"], ["prune"], ["tick"], ["check"]):
        result = runner.invoke(app, [*command, "--config", str(cfg)])
        assert result.exit_code in (1, 2), result.output
        assert "mailbox.url" in result.output and "does not exist" in result.output
    assert not (tmp_path / "Maildri").exists()
    assert not (tmp_path / "outbox").exists()


# --------------------------------------------------------------------------- rough edges
def test_config_and_verbose_before_or_after_the_command(tmp_path: Path) -> None:
    cfg = write_config(tmp_path)
    before = runner.invoke(app, ["--config", str(cfg), "contacts", "list", "--json"])
    after = runner.invoke(app, ["contacts", "list", "--json", "--config", str(cfg)])
    assert before.exit_code == after.exit_code == 0, before.output + after.output
    assert runner.invoke(app, ["-v", "contacts", "list", "-c", str(cfg)]).exit_code == 0
    assert runner.invoke(app, ["contacts", "list", "-v", "-c", str(cfg)]).exit_code == 0
    assert runner.invoke(app, ["queue", "list", "--verbose", "-c", str(cfg)]).exit_code == 0
    logging.basicConfig(level=logging.WARNING, force=True)


def test_version() -> None:
    from importlib.metadata import version

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"mailbot {version('mailbot')}"


@pytest.mark.parametrize(
    "command", [[], ["poll"], ["contacts", "add"], ["register", "import"], ["queue", "list"]]
)
def test_help_has_readable_metavars(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "<bool>" not in result.output and "<str>" not in result.output


def test_import_and_contacts_add_help_say_what_they_trigger() -> None:
    for command in (["register", "import"], ["contacts", "add"]):
        text = " ".join(runner.invoke(app, [*command, "--help"]).output.split())
        assert "consent" in text and "DELETED on day 14" in text and "consent_per_hour" in text
    assert "--dry-run" in runner.invoke(app, ["register", "import", "--help"]).output


def test_queue_list_all_or_pending(tmp_path: Path) -> None:
    import sqlite3

    cfg = write_config(tmp_path)
    assert runner.invoke(app, ["queue", "list", "--config", str(cfg)]).exit_code == 0
    con = sqlite3.connect(tmp_path / "mailbot.db")
    for i, status in enumerate(("pending", "applied")):
        con.execute(
            "INSERT INTO queued_action (action, email, status, verification, text, received_at, due)"
            " VALUES ('erasure', ?, ?, 'authenticated', '', '2026-01-01 00:00:00.000000',"
            " '2026-02-01 00:00:00.000000')",
            (f"p{i}@example.org", status),
        )
    con.commit()
    con.close()

    def statuses(*flags: str) -> list[str]:
        result = runner.invoke(app, ["queue", "list", "--json", *flags, "--config", str(cfg)])
        assert result.exit_code == 0, result.output
        return sorted(json.loads(x)["status"] for x in result.stdout.splitlines())

    assert statuses() == statuses("--all") == ["applied", "pending"]
    assert statuses("--pending") == ["pending"]


def test_tables_off_a_terminal_keep_folder_names_whole(tmp_path: Path) -> None:
    result = subprocess.run(
        [MAILBOT, "demo", "--dir", str(tmp_path / "demo")],
        capture_output=True,
        text=True,
        env={k: v for k, v in os.environ.items() if k != "COLUMNS"},
    )
    assert result.returncode == 0, result.stderr
    assert "mailbot/contact-form" in result.stdout and "mailbot/requests" in result.stdout
    assert "…" not in result.stdout


def test_mail_in_back_off_is_counted_and_retry_sends_it_now(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    site = Site(tmp_path, imap_account, smtp_server)
    smtp_server.stop()
    imap_account.append(sample("contact-form-en.eml"))
    first = site.cli("poll")
    assert "1 to retry" in first
    second = site.cli("poll", "--json")
    assert json.loads(second)["send_waiting"] == 1
    assert "1 mail(s) waiting in back-off" in site.cli("poll")
    smtp_server.start()
    retried = site.cli("outbox", "retry")
    assert "1 mail(s) in back-off due now" in retried
    assert [str(m["To"]) for m in smtp_server.wait_for(1)] == ["sam@example.net"]
    assert "waiting" not in site.cli("poll")


# --------------------------------------------------------------------------- scheduler logs
def test_a_failing_job_is_logged_as_an_error_with_its_name(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from mailbot import db
    from mailbot.config import load_settings
    from mailbot.scheduler import run_jobs

    # An IMAP server that is not there: the prune job cannot connect.
    cfg = write_config(
        tmp_path, '[mailbox]\nurl = "imap://bot@127.0.0.1:9/INBOX"\npassword = "x"\ntimeout = 2\n'
    )
    settings = load_settings(cfg)
    engine = db.make_engine(settings.database.url)
    db.create_schema(engine)
    with caplog.at_level(logging.WARNING, logger="mailbot.scheduler"):
        results = run_jobs(settings, engine, datetime.now(UTC), ["prune", "tokens"])
    assert isinstance(results["prune"], Exception) and results["tokens"] == 0
    [record] = [r for r in caplog.records if "prune" in r.getMessage()]
    assert record.levelno == logging.ERROR and "job prune failed" in record.getMessage()


# --------------------------------------------------------------------------- child processes
def _descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def _alive(pids: set[int]) -> set[int]:
    alive = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.add(pid)
    return alive


def _backlog(tmp_path: Path, n: int) -> Path:
    cfg = write_config(tmp_path, '[mailbox]\nurl = "maildir:Maildir"\nbatch_size = 20\n')
    for sub in ("new", "cur", "tmp"):
        (tmp_path / "Maildir" / sub).mkdir(parents=True)
    for i in range(n):
        (tmp_path / "Maildir" / "new" / f"{i}.test.host").write_bytes(
            make_mail(f"Hello {i}", subject=f"Question {i}")
        )
    return cfg


def test_no_worker_process_survives_a_poll_even_a_killed_one(tmp_path: Path) -> None:
    """The poll's worker pool (forkserver, resource tracker, workers) ends with mailbot."""
    cfg = _backlog(tmp_path, 1500)
    proc = subprocess.Popen([MAILBOT, "poll", "--config", str(cfg)], stdout=subprocess.DEVNULL)
    seen: set[int] = set()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None and len(seen) < 3:
        seen |= _descendants(proc.pid)
        time.sleep(0.05)
    assert proc.poll() is None, "the poll ended before its worker pool was seen"
    seen |= _descendants(proc.pid)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert len(seen) >= 3  # forkserver, resource tracker, at least one worker
    deadline = time.monotonic() + 10
    while _alive(seen) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _alive(seen) == set(), "orphaned worker processes survived a killed poll"

    # A poll that ends normally leaves nothing behind either.
    finished = subprocess.Popen([MAILBOT, "poll", "--config", str(cfg)], stdout=subprocess.DEVNULL)
    seen = set()
    while finished.poll() is None:
        seen |= _descendants(finished.pid)
        time.sleep(0.05)
    assert finished.returncode == 0
    time.sleep(0.5)
    assert _alive(seen) == set()


# --------------------------------------------------------------------------- safe imports
CSV = (
    "First Name,Last Name,Title,Account Name,Email Address,Date Created\n"
    "Anna,Esimerkki,,Uusi Oy,anna@example.org,2024-03-01 10:00:00\n"
    "Bert,Exempel,,Ny Ab,bert@example.org,2024-03-02 10:00:00\n"
    "Cecilia,Example,,New Ltd,cecilia@example.org,2024-03-03 10:00:00\n"
    "Maija,Esimerkki,Hankintapäällikkö,Esimerkkivoima Oy,maija.esimerkki@example.org,2015-01-01 10:00:00\n"
    "No,Address,,,,2024-03-04 10:00:00\n"
)
NEW = ["anna@example.org", "bert@example.org", "cecilia@example.org"]


@pytest.fixture
def site(tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture) -> Site:
    s = Site(tmp_path, imap_account, smtp_server)
    with s.cfg.open("a") as fh:
        fh.write("[lifecycle]\nconsent_per_hour = 60\n")
    (tmp_path / "crm.csv").write_text(CSV, encoding="utf-8")
    return s


def test_import_dry_run_shows_what_would_happen_and_changes_nothing(site: Site) -> None:
    before = {
        t: site.db(f"SELECT count(*) FROM {t}")
        for t in ("contact", "outbound_mail", "audit_event", "company")
    }
    out = site.cli("register", "import", str(site.tmp / "crm.csv"), "--dry-run")
    assert "dry run, nothing changed" in out
    assert "taken: 3, updated: 1, skipped: 1" in out
    assert "consent requests that would be mailed: 3 at 60 per hour" in out
    assert "line 6: no e-mail address" in out
    after = {t: site.db(f"SELECT count(*) FROM {t}") for t in before}
    assert after == before
    assert site.contact()["title"] is None
    assert site.smtp.messages == []
    site.cli("audit", "verify")


def test_import_fills_in_empty_fields_and_never_overwrites(site: Site) -> None:
    out = site.cli("register", "import", str(site.tmp / "crm.csv"))
    assert "taken: 3, updated: 1, skipped: 1" in out
    maija = site.contact()
    assert maija["title"] == "Hankintapäällikkö" and maija["company"] == "Esimerkkivoima Oy"
    assert maija["status"] == "active"
    again = site.cli("register", "import", str(site.tmp / "crm.csv"))
    assert "taken: 0, updated: 0, skipped: 5" in again and "already in the register" in again


def test_consent_mails_leave_at_the_rate_and_each_clock_starts_when_sent(site: Site) -> None:
    start = datetime.now(UTC)
    out = site.cli("register", "import", str(site.tmp / "crm.csv"))
    assert "consent requests mailed: 3 at 60 per hour" in out
    # Only the first left now; the others wait for their slot a minute apart.
    assert [str(m["To"]) for m in site.smtp.messages] == [NEW[0]]
    slots = [
        datetime.fromisoformat(str(row[0])).replace(tzinfo=UTC)
        for row in site.db(
            "SELECT next_attempt_at FROM outbound_mail WHERE template = 'consent_request' ORDER BY id"
        )
    ]
    gaps = [(b - a).total_seconds() for a, b in zip(slots, slots[1:], strict=False)]
    # The two waiting ones are a minute apart exactly; the first one's time is when it
    # was handed to SMTP, which may be a moment after the slots were counted from it.
    assert round(gaps[1]) == 60 and 58 <= gaps[0] <= 62, gaps
    polled = site.cli("poll")
    assert "back-off" not in polled  # a scheduled mail is not a failed one
    assert "2 consent request(s) scheduled" in polled
    assert "0 mail(s) in back-off due now" in site.cli("outbox", "retry")  # keeps the rate
    assert len(site.smtp.messages) == 1

    # 14 days and an hour later: the first contact's time is up; the others' mails
    # had not gone (nothing sent them meanwhile), so their clocks had not started.
    later = start + timedelta(days=14, hours=1)
    site.cli("tick", "--now", later.isoformat())
    assert site.contact(NEW[0]) is None
    assert site.contact(NEW[1]) is not None and site.contact(NEW[2]) is not None
    # That tick sent their requests: day 5 after it brings their first reminder...
    site.cli("tick", "--now", (later + timedelta(days=5, minutes=5)).isoformat())
    assert len(site.mails_to(NEW[1])) == 2 and len(site.mails_to(NEW[2])) == 2
    # ...and day 14 after it their deletion.
    site.cli("tick", "--now", (later + timedelta(days=13, hours=23)).isoformat())
    assert site.contact(NEW[1]) is not None
    site.cli("tick", "--now", (later + timedelta(days=14, minutes=5)).isoformat())
    assert site.contact(NEW[1]) is None and site.contact(NEW[2]) is None
    assert site.contact(MAIJA) is not None


def test_contacts_added_one_by_one_are_spread_out_too(site: Site) -> None:
    for email in NEW:
        site.cli("contacts", "add", "--email", email, "--name", "Someone Example")
    assert len(site.smtp.messages) == 1
    rows = site.db(
        "SELECT count(*) FROM outbound_mail WHERE template = 'consent_request' AND status = 'pending'"
    )
    assert rows == [(2,)]


def test_a_consent_request_in_back_off_does_not_hold_the_next_ones(site: Site) -> None:
    site.smtp.stop()
    site.cli("contacts", "add", "--email", NEW[0], "--name", "Anna Esimerkki")
    assert site.db("SELECT attempts FROM outbound_mail WHERE to_addr = 'anna@example.org'") == [
        (1,)
    ]
    site.smtp.start()
    site.cli("contacts", "add", "--email", NEW[1], "--name", "Bert Exempel")
    assert [str(m["To"]) for m in site.smtp.messages] == [NEW[1]]  # not an hour later
