"""Reviewers who asked for it get a short mail when a request is queued: a count and
links into the console, no personal data (issue 10, notifications)."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session, select
from typer.testing import CliRunner

from mailbot import db, outbox
from mailbot.cli import app
from mailbot.cli_web import RunConsole
from mailbot.config import load_settings
from mailbot.models import Meta, WebUser
from tests.servers import ImapAccount, SmtpCapture
from tests.test_requests_e2e import MAIJA, Site, request

runner = CliRunner()


def test_reviewers_who_opted_in_are_told_of_new_requests(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    site = Site(tmp_path, imap_account, smtp_server)
    site.cfg.write_text(
        site.cfg.read_text() + '[web]\npublic_url = "https://mailbot.example.com"\n'
    )
    for email, role in (
        ("rev@plaza.example.com", "staff"),
        ("quiet@plaza.example.com", "staff"),
        ("agent@plaza.example.com", "chat_agent"),
    ):
        result = runner.invoke(
            app,
            ["users", "add", email, "--role", role, "--language", "en", "--config", str(site.cfg)],
        )
        assert result.exit_code == 0, result.output
    settings = load_settings(site.cfg)
    engine = db.make_engine(settings.database.url)
    with Session(engine) as s:
        for u in s.exec(select(WebUser)).all():
            u.notify = u.email != "quiet@plaza.example.com"
            s.add(u)
        s.commit()
    run = RunConsole(settings, engine)  # [web] enabled is false: notices only, no server
    assert run.background is None
    run.observe(None)  # the first look only notes where the queue stands

    site.deliver(request("Poistakaa kaikki tietoni.", auth=True))
    [action] = site.queue()
    run.observe(None)
    run.observe(None)  # told once, not at every poll
    outbox.send_pending(engine, settings.smtp, full=settings)
    notices = [m for m in smtp_server.messages if "review" in str(m["Subject"])]
    assert [str(m["To"]) for m in notices] == ["rev@plaza.example.com"]
    body = notices[0].get_content()
    assert f"https://mailbot.example.com/queue/{action['id']}" in body
    assert MAIJA not in body and "Maija" not in body and "Poistakaa" not in body
    assert notices[0]["Auto-Submitted"] == "auto-generated"
    with Session(engine) as s:  # the last poll, for a console served apart
        assert s.get(Meta, "last_poll_at") is not None
    engine.dispose()
