"""The web console in a real browser (issue 10): Debian's chromium driven by Playwright
against a real `mailbot web` process on a free loopback port, with a real database,
the test Dovecot and the SMTP sink.

Never `playwright install` (it downloads a browser build): the tests use
/usr/bin/chromium, which scripts/test.sh installs when missing.
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from mailbot.cli import app as cli_app
from tests.helpers import running_in_ci
from tests.servers import ImapAccount, SmtpCapture, free_port
from tests.test_requests_e2e import MAIJA, Site, request

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
PASSWORD = "correct horse battery staple"
ADMIN, STAFF, AGENT = (
    "admin@plaza.example.com",
    "staff@plaza.example.com",
    "agent@plaza.example.com",
)
runner = CliRunner()


try:
    from playwright import sync_api
except ImportError:  # a developer without the [test] extra; CI must not skip the browser
    if running_in_ci():
        raise
    pytest.skip("playwright is not installed (pip install -e .[test])", allow_module_level=True)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        message = "chromium is not installed (`apt-get install chromium`)"
        if running_in_ci():
            pytest.fail(message + " and CI is set, so this is an error", pytrace=False)
        pytest.skip(message)
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            yield b
        finally:
            b.close()


class Web:
    """A `mailbot web` process on its own port, for the config of `site`."""

    def __init__(self, site: Site, extra: str = "") -> None:
        self.site = site
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        site.cfg.write_text(
            site.cfg.read_text()
            + f'[web]\nlisten = "127.0.0.1:{self.port}"\n'
            + "max_failures_per_account = 3\nmax_failures_per_address = 7\n"
            + extra
        )
        for email, role in ((ADMIN, "admin"), (STAFF, "staff"), (AGENT, "chat_agent")):
            result = runner.invoke(
                cli_app,
                [
                    "users",
                    "add",
                    email,
                    "--role",
                    role,
                    "--password-stdin",
                    "--config",
                    str(site.cfg),
                ],
                input=PASSWORD + "\n",
            )
            assert result.exit_code == 0, result.output
        self.log = site.tmp / "web.log"
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "from mailbot.cli import main; main()",
                "web",
                "--config",
                str(site.cfg),
            ],
            stdout=self.log.open("wb"),
            stderr=subprocess.STDOUT,
            cwd=site.tmp,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return
            except OSError:
                if self.proc.poll() is not None:
                    break
                time.sleep(0.1)
        raise AssertionError("mailbot web did not start: " + self.log.read_text()[-2000:])

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def _apart(fn: Any, *args: Any, **kwargs: Any) -> Any:
    """Playwright's sync API keeps an event loop running in the test's thread, where the
    CLI's asyncio.run (the SMTP sender) cannot start: the CLI runs in a thread of its own."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(fn, *args, **kwargs).result()


class ConsoleSite(Site):
    def cli(self, *args: str, ok: bool = True) -> str:
        return _apart(super().cli, *args, ok=ok)

    def cli_json(self, *args: str) -> list[dict]:
        return _apart(super().cli_json, *args)

    def contact(self, email: str = MAIJA) -> dict | None:
        return _apart(super().contact, email)


@pytest.fixture
def site(tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture) -> Site:
    return ConsoleSite(tmp_path, imap_account, smtp_server)


@pytest.fixture
def web(site: Site) -> Iterator[Web]:
    w = Web(site)
    try:
        yield w
    finally:
        w.stop()


@pytest.fixture
def context(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
    try:
        yield ctx
    finally:
        ctx.close()


def login(page: Any, web: Web, email: str, password: str = PASSWORD) -> Any:
    page.goto(web.base + "/login")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", password)
    with page.expect_navigation():
        page.click("#login")
    return page


def english(site: Site, *emails: str) -> None:
    """The console's language is per user; these tests read English."""
    import sqlite3

    con = sqlite3.connect(site.tmp / "mailbot.db")
    con.executemany("UPDATE web_user SET language = 'en' WHERE email = ?", [(e,) for e in emails])
    con.commit()
    con.close()


def without_token(html: str) -> str:
    return re.sub(r'name="csrf" value="[^"]*"', "", html)


# ------------------------------------------------------------------ login, throttling, logout
def test_login_same_answer_throttling_and_logout(
    site: Site, web: Web, context: Any, browser: Any
) -> None:
    english(site, ADMIN)
    page = context.new_page()
    # Without a session every page leads to the login form.
    page.goto(web.base + "/queue")
    assert page.url.startswith(web.base + "/login")
    headers = page.goto(web.base + "/login").headers
    assert "script-src" not in headers["content-security-policy"]
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"

    # A wrong password and an unknown address: the same page, word for word.
    wrong = login(context.new_page(), web, ADMIN, "not the password at all")
    unknown = login(context.new_page(), web, "nobody@plaza.example.com", "not the password at all")
    assert wrong.locator("#error").inner_text() == unknown.locator("#error").inner_text()
    assert without_token(wrong.content()) == without_token(unknown.content())

    # The right password logs in; the session cookie is HttpOnly and SameSite=Lax.
    login(page, web, ADMIN)
    assert page.url == web.base + "/"
    [cookie] = [c for c in context.cookies() if c["name"] == "mailbot_session"]
    assert cookie["httpOnly"] and cookie["sameSite"] == "Lax"
    page.goto(web.base + "/queue")
    assert page.url == web.base + "/queue"

    # Logout ends the session on the server: the old cookie opens nothing any more.
    page.click("#logout")
    page.wait_for_url(re.compile(r".*/login.*"))
    replay = browser.new_context()
    replay.add_cookies([cookie])
    response = replay.request.get(web.base + "/queue", max_redirects=0)
    assert response.status == 303 and response.headers["location"].startswith("/login")
    replay.close()

    # Throttling per account: after three failures even the right password waits.
    for _ in range(3):  # (the successful login above cleared the earlier one)
        login(context.new_page(), web, ADMIN, "still not the password")
    throttled = login(context.new_page(), web, ADMIN)
    assert "Too many failed attempts" in throttled.locator("#error").inner_text()
    assert not throttled.url.endswith("/")  # still on the login page


def test_throttling_per_client_address(site: Site, web: Web, context: Any) -> None:
    english(site, STAFF)
    for n in range(7):  # a different invented account each time, one client address
        login(context.new_page(), web, f"guess{n}@plaza.example.com", "guessing")
    page = login(context.new_page(), web, STAFF)
    assert "Too many failed attempts" in page.locator("#error").inner_text()


# ------------------------------------------------------------------ roles by URL
def test_chat_agent_sees_and_deletes_chats_and_nothing_else(
    site: Site, web: Web, context: Any
) -> None:
    from sqlmodel import Session, select

    from mailbot import clock, db
    from mailbot.models import AuditEvent, ChatRecord

    engine = db.make_engine(f"sqlite:///{site.tmp / 'mailbot.db'}")
    with Session(engine) as s:
        s.add(
            ChatRecord(
                visitor_name="Ville Vierailija",
                email="ville@example.org",
                message="Voitteko soittaa?",
                received_at=clock.now(),
            )
        )
        s.commit()
    english(site, AGENT)
    page = login(context.new_page(), web, AGENT)
    assert page.url == web.base + "/chats"  # the agent's start page
    for path in (
        "/",
        "/queue",
        "/queue/1",
        "/contacts",
        "/contacts/1",
        "/audit",
        "/audit.csv",
        "/enquiries",
        "/users",
        "/newsletter",
    ):
        if path == "/":
            continue
        response = page.goto(web.base + path)
        assert response.status == 403, path
    page.goto(web.base + "/chats")
    page.click("a.open")
    assert "Voitteko soittaa?" in page.content()
    page.click("#delete")
    page.wait_for_url(re.compile(r".*/chats\?note=.*"))
    with Session(engine) as s:
        assert s.exec(select(ChatRecord)).all() == []
        event = s.exec(select(AuditEvent).where(AuditEvent.entity == "ChatRecord")).one()
        assert (event.action, event.actor) == ("delete", AGENT)
    engine.dispose()


# ------------------------------------------------------------------ every route, from the app
def test_every_route_needs_a_session_and_every_post_a_csrf_token(
    site: Site, web: Web, browser: Any
) -> None:
    from mailbot.web.app import PAGES

    def path_of(template: str) -> str:
        return re.sub(r"\{[^}]+\}", lambda m: "x" if m.group(0) == "{token}" else "1", template)

    assert len(PAGES) > 20
    anonymous = browser.new_context()
    for p in PAGES:
        for method in p.methods:
            url = web.base + path_of(p.path)
            r = (
                anonymous.request.get(url, max_redirects=0)
                if method == "GET"
                else anonymous.request.post(url, form={"x": "1"}, max_redirects=0)
            )
            if not p.roles:  # the login and set-password forms themselves
                assert r.status == (200 if method == "GET" else 403), (method, p.path)
                continue
            assert r.status == 303, (method, p.path, r.status)
            assert r.headers["location"].startswith("/login"), (method, p.path)
    anonymous.close()

    ctx = browser.new_context()
    page = login(ctx.new_page(), web, ADMIN)
    assert page.url == web.base + "/"
    posts = [p for p in PAGES if "POST" in p.methods and p.roles]
    assert len(posts) > 10
    for p in posts:
        for form in ({"x": "1"}, {"csrf": "forged-token-value"}, {"csrf": "äö\u202e"}):
            r = ctx.request.post(web.base + path_of(p.path), form=form, max_redirects=0)
            assert r.status == 403, (p.path, form, r.status)
    big = ctx.request.post(
        web.base + "/queue/bulk",
        data="x" * 300_000,
        max_redirects=0,
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert big.status == 413
    hostile = browser.new_context()
    hostile.add_cookies([{"name": "mailbot_session", "value": "ä.ö", "url": web.base}])
    assert hostile.request.get(web.base + "/", max_redirects=0).status == 303
    hostile.close()
    # ... and the session still works (nothing was done by those requests).
    assert ctx.request.get(web.base + "/audit", max_redirects=0).status == 200
    ctx.close()


# ------------------------------------------------------------------ the review queue
def sent_to(site: Site, address: str, count: int, timeout: float = 15.0) -> list[Any]:
    """The console sends after an action, in the background: wait for the mail."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        mails = site.mails_to(address)
        if len(mails) >= count:
            return mails
        time.sleep(0.2)
    raise AssertionError(
        f"{count} mail(s) to {address} expected, got {len(site.mails_to(address))}"
    )


def test_staff_approves_a_queued_erasure(site: Site, web: Web, context: Any) -> None:
    site.deliver(request("Poistakaa kaikki tietoni.", auth=True))
    [action] = site.queue()
    acknowledged = len(site.mails_to(MAIJA))
    english(site, STAFF)
    page = login(context.new_page(), web, STAFF)
    assert MAIJA in page.locator("#due").inner_text()
    page.goto(web.base + "/queue")
    page.click(f"#queue a.open >> text='{action['id']}'")
    assert page.url == f"{web.base}/queue/{action['id']}"
    # The preview: what goes, and the exact result mail (in the requester's language).
    assert "contact" in page.locator(".counts").inner_text()
    preview = page.locator(".decide .preview").first.inner_text()
    assert MAIJA in preview and "poistettu" in preview
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "queue-detail.png"), full_page=True)
    page.fill("#confirm", "DELETE")
    page.click("#approve")
    page.wait_for_url(re.compile(r".*/queue/\d+\?note=.*"))
    assert site.contact() is None
    result = sent_to(site, MAIJA, acknowledged + 1)[-1]
    assert "poistettu" in result.get_content()
    events = site.cli_json("audit", "list")
    assert any(e["action"] == "approve" and e["actor"] == STAFF for e in events)
    assert any(e["action"] == "erase" and e["actor"] == STAFF for e in events)
    # Art. 19: the recipients to tell are listed on the applied action; ticked off there.
    assert "chat service vendor (USA)" in page.content()
    page.click("form[action*=followup] button")
    page.wait_for_url(f"{web.base}/queue/{action['id']}")
    assert site.db("SELECT done_at IS NOT NULL FROM follow_up") == [(1,)]
    assert any(
        e["action"] == "follow_up" and e["actor"] == STAFF for e in site.cli_json("audit", "list")
    )


def test_rejection_needs_a_reason_and_sends_the_previewed_mail(
    site: Site, web: Web, context: Any
) -> None:
    site.deliver(request("Poistakaa kaikki tietoni.", auth=True))
    [action] = site.queue()
    before = len(site.mails_to(MAIJA))
    english(site, STAFF)
    page = login(context.new_page(), web, STAFF)
    page.goto(f"{web.base}/queue/{action['id']}")
    page.click("#reject-preview")  # no reason
    assert "reason is required" in page.locator("#error").inner_text()
    assert site.queue()[0]["status"] == "pending"
    page.fill("#reason", "Avoin tilaus on vielä kesken")
    page.click("#reject-preview")
    previewed = page.locator("form[action$=reject] pre.mail").inner_text()
    subject = page.locator("form[action$=reject] .subject").inner_text()
    assert "Avoin tilaus on vielä kesken" in previewed
    assert site.queue()[0]["status"] == "pending"  # a preview changes nothing
    page.click("#reject-send")
    page.wait_for_url(re.compile(r".*/queue/\d+\?note=.*"))
    assert site.queue()[0]["status"] == "rejected"
    mail = sent_to(site, MAIJA, before + 1)[-1]
    assert str(mail["Subject"]) == subject
    assert mail.get_content().strip().split() == previewed.strip().split()
    events = site.cli_json("audit", "list")
    assert any(e["action"] == "reject" and e["actor"] == STAFF for e in events)


def test_extension_is_capped_at_three_months(site: Site, web: Web, context: Any) -> None:
    site.deliver(request("Poistakaa kaikki tietoni.", auth=True))
    [action] = site.queue()
    english(site, ADMIN)
    page = login(context.new_page(), web, ADMIN)
    page.goto(f"{web.base}/queue/{action['id']}")
    page.fill("#extend-reason", "Selvitämme sopimuksia")
    page.click("#extend")
    page.wait_for_url(re.compile(r".*/queue/\d+\?note=.*"))
    assert site.queue()[0]["due"] == "2027-02-12"
    page.fill("#extend-reason", "Vielä lisää aikaa")
    page.click("#extend")
    assert "already extended to the limit" in page.locator("#error").inner_text()
    assert site.queue()[0]["due"] == "2027-02-12"


# ------------------------------------------------------------------ register, audit
def test_contact_edit_and_erasure_with_preview_and_typed_confirmation(
    site: Site, web: Web, context: Any
) -> None:
    english(site, ADMIN)
    page = login(context.new_page(), web, ADMIN)
    page.goto(web.base + "/contacts?q=maija")
    page.click(f"text={MAIJA}")
    page.fill("input[name=name]", "Maija Muutettu")
    page.click("form[action$=edit] button[type=submit]")
    page.wait_for_url(re.compile(r".*/contacts/\d+\?note=.*"))
    assert site.contact()["name"] == "Maija Muutettu"
    events = site.cli_json("audit", "list")
    assert any(
        e["action"] == "edit" and e["actor"] == ADMIN and e["fields"] == {"fields": ["name"]}
        for e in events
    )
    page.click("#erase")
    assert "contacts: 1" in page.locator("#counts").inner_text()
    assert site.contact() is not None  # the preview changed nothing
    page.fill("#confirm", "delete")  # not the word asked for
    page.click("#erase-now")
    assert "Type DELETE" in page.locator("#error").inner_text()
    assert site.contact() is not None
    page.go_back()
    page.fill("#confirm", "DELETE")
    page.click("#erase-now")
    page.wait_for_url(re.compile(r".*/contacts\?note=.*"))
    assert site.contact() is None
    assert any(
        e["action"] == "erase" and e["actor"] == ADMIN for e in site.cli_json("audit", "list")
    )


def test_audit_filters_chain_and_csv_export(site: Site, web: Web, context: Any) -> None:
    english(site, ADMIN)
    page = login(context.new_page(), web, ADMIN)
    page.goto(web.base + "/audit?actor=" + ADMIN)
    rows = page.locator("#audit tbody tr").all_inner_texts()
    assert rows and all(ADMIN in r for r in rows)  # only the admin's own (login) events
    page.click("button[name=verify]")
    assert page.locator("#verified").inner_text() == "The audit chain is intact."
    response = context.request.get(web.base + "/audit.csv?action=create")
    assert response.headers["content-type"].startswith("text/csv")
    lines = response.text().splitlines()
    assert lines[0] == "id,time,reviewer,action,entity,entity_id,fields"
    assert len(lines) == 2 and ",create,Contact," in lines[1]


# ------------------------------------------------------------------ users
def test_set_password_link_totp_and_disable(
    site: Site, web: Web, context: Any, browser: Any
) -> None:
    import pyotp

    result = _apart(
        runner.invoke,
        cli_app,
        [
            "users",
            "add",
            "new@plaza.example.com",
            "--role",
            "staff",
            "--language",
            "en",
            "--config",
            str(site.cfg),
        ],
    )
    assert result.exit_code == 0, result.output
    link = re.search(r"(http://\S+/set-password/\S+)", result.output).group(1)
    page = context.new_page()
    page.goto(link)
    page.fill("input[name=password]", "a brand new passphrase")
    page.fill("input[name=password2]", "a brand new passphrase")
    page.click("button[type=submit]")  # (no logout button before a login)
    page.wait_for_url(re.compile(r".*/login\?note=.*"))
    page.goto(link)  # one time only
    assert "not valid any more" in page.content()

    # A second factor: set up with a first code, then asked for at every login.
    login(page, web, "new@plaza.example.com", "a brand new passphrase")
    assert page.url == web.base + "/"
    page.goto(web.base + "/account/totp")
    secret = page.locator("#totp-secret").inner_text()
    page.fill("input[name=code]", pyotp.TOTP(secret).now())
    page.click("#totp-submit")
    page.wait_for_url(web.base + "/")
    page.click("#logout")
    login(page, web, "new@plaza.example.com", "a brand new passphrase")
    assert page.url == web.base + "/login/totp"
    assert page.goto(web.base + "/queue").url == web.base + "/login/totp"  # nothing before it
    page.fill("input[name=code]", "000000" if pyotp.TOTP(secret).now() != "000000" else "111111")
    page.click("#totp-submit")
    assert "not right" in page.locator("#error").inner_text()
    page.fill("input[name=code]", pyotp.TOTP(secret).now())
    page.click("#totp-submit")
    page.wait_for_url(web.base + "/")

    # Disabling a user ends their sessions at once.
    result = _apart(
        runner.invoke,
        cli_app,
        ["users", "disable", "new@plaza.example.com", "--config", str(site.cfg)],
    )
    assert result.exit_code == 0, result.output
    page.goto(web.base + "/queue")
    assert "/login" in page.url
    listed = _apart(runner.invoke, cli_app, ["users", "list", "--json", "--config", str(site.cfg)])
    rows = {json.loads(x)["email"]: json.loads(x) for x in listed.stdout.splitlines()}
    assert rows["new@plaza.example.com"]["disabled"] and rows["new@plaza.example.com"]["totp"]


def test_secure_cookie_and_forwarded_headers_only_from_trusted_proxies(site: Site) -> None:
    import http.client

    w = Web(site, 'trusted_proxies = ["127.0.0.1"]\n')
    try:
        conn = http.client.HTTPConnection("127.0.0.1", w.port, timeout=10)
        conn.request("GET", "/login", headers={"X-Forwarded-Proto": "https"})
        first = conn.getresponse()
        cookie = first.getheader("set-cookie")
        first.read()
        assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie
        conn.request("GET", "/login")
        response = conn.getresponse()
        assert "Secure" not in response.getheader("set-cookie")
        response.read()
    finally:
        w.stop()


def test_untrusted_forwarded_proto_is_ignored(site: Site, web: Web) -> None:
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", web.port, timeout=10)
    conn.request(
        "GET", "/login", headers={"X-Forwarded-Proto": "https", "X-Forwarded-For": "192.0.2.1"}
    )
    assert "Secure" not in conn.getresponse().getheader("set-cookie")


def test_mailbot_run_serves_the_console_when_enabled(site: Site) -> None:
    import http.client

    port = free_port()
    site.cfg.write_text(
        site.cfg.read_text() + f'[web]\nenabled = true\nlisten = "127.0.0.1:{port}"\n'
    )
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from mailbot.cli import main; main()",
            "run",
            "--config",
            str(site.cfg),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        cwd=site.tmp,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                conn.request("GET", "/queue")
                response = conn.getresponse()
                break
            except OSError:
                assert time.monotonic() < deadline and proc.poll() is None, "no console in run"
                time.sleep(0.2)
        assert response.status == 303 and response.getheader("location").startswith("/login")
    finally:
        proc.terminate()
        output = proc.communicate(timeout=20)[0].decode()
    assert proc.returncode == 0, output
    assert "web console on" in output and "stopped" in output


# ------------------------------------------------------------------ dashboard, diff, bulk
def test_dashboard_diff_edit_and_bulk_rejection(site: Site, web: Web, context: Any) -> None:
    import sqlite3

    site.deliver(request("Uusi puhelinnumeroni on 040 123 4567. Päivittäkää tietoni.", auth=True))
    site.deliver(request("Poistakaa kaikki tietoni.", auth=True))
    site.account.append(b"\x00\x01 this is not a mail at all")
    site.cli("poll")
    queued = {a["action"]: a for a in site.queue()}
    assert set(queued) == {"rectification", "erasure"}
    con = sqlite3.connect(site.tmp / "mailbot.db")
    con.execute("UPDATE queued_action SET due = '2026-12-01 00:00:00' WHERE action = 'erasure'")
    con.execute(
        "UPDATE outbound_mail SET status = 'failed', attempts = 5, "
        "last_error = '550 5.1.1 mailbox unavailable' WHERE id = 1"
    )
    con.commit()
    con.close()
    english(site, STAFF)
    page = login(context.new_page(), web, STAFF)
    due = page.locator("#due tbody tr")
    assert due.count() == 2
    assert (
        due.nth(0).get_attribute("class") == "overdue" and "days overdue" in due.nth(0).inner_text()
    )
    assert page.locator("#failed tbody tr").count() == 1
    assert "550 5.1.1" in page.locator("#failed").inner_text()
    assert page.locator("#left tbody tr").count() >= 1
    page.click("#left a >> nth=0")  # why it was left for a person
    assert "no header fields" in page.locator("#message").inner_text()
    page.go_back()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "dashboard.png"), full_page=True)
    page.click("#retry")  # failed mail back in the queue, sent again (to the sink)
    page.wait_for_url(re.compile(r".*/\?note=.*"))
    assert "1 mail(s) back in the queue" in page.locator(".note").inner_text()
    assert page.locator("#failed tbody tr").count() == 0
    assert any(
        e["action"] == "retry" and e["actor"] == STAFF for e in site.cli_json("audit", "list")
    )

    # The proposed change as before/after; the reviewer corrects the "after" value.
    page.goto(f"{web.base}/queue/{queued['rectification']['id']}")
    assert "+358 40 000 0001" in page.locator("#diff td.old").inner_text()
    page.fill("input[name=new_phone]", "040 765 4321")
    page.click("form[action$=edit] button[type=submit]")
    page.wait_for_url(re.compile(r".*\?note=.*"))
    [rect] = [a for a in site.queue() if a["action"] == "rectification"]
    assert rect["proposed"]["phone"]["new"] == "040 765 4321"
    assert "040 765 4321" in page.locator(".decide .preview").first.inner_text()  # the mail too
    assert any(
        e["action"] == "change" and e["actor"] == STAFF for e in site.cli_json("audit", "list")
    )

    # Bulk: both rejected with one reason, each with its own mail and audit event.
    before = len(site.mails_to(MAIJA))
    page.goto(web.base + "/queue")
    page.check("input[name=ids] >> nth=0")
    page.check("input[name=ids] >> nth=1")
    page.click("button[value=reject]")  # no reason yet
    assert "reason is required" in page.locator("#error").inner_text()
    page.go_back()
    page.fill("fieldset.bulk input[name=reason]", "Asiakkuus on vielä voimassa")
    page.click("button[value=reject]")
    page.wait_for_url(re.compile(r".*/queue\?note=.*"))
    assert {a["status"] for a in site.queue()} == {"rejected"}
    mails = sent_to(site, MAIJA, before + 2)
    assert all("Asiakkuus on vielä voimassa" in m.get_content() for m in mails[-2:])
    rejects = [e for e in site.cli_json("audit", "list") if e["action"] == "reject"]
    assert len(rejects) == 2 and {e["actor"] for e in rejects} == {STAFF}


# ------------------------------------------------------------------ the role table, by URL
EXPECTED = {  # REGISTER.md's role table, written out (not read from the app)
    "admin": {
        "/",
        "/queue",
        "/contacts",
        "/enquiries",
        "/chats",
        "/newsletter",
        "/audit",
        "/audit.csv",
        "/users",
        "/account",
    },
    "staff": {"/", "/queue", "/contacts", "/enquiries", "/account"},
    "chat_agent": {"/chats", "/account"},
}


def test_each_role_opens_exactly_its_pages(site: Site, web: Web, browser: Any) -> None:
    pages = sorted(set().union(*EXPECTED.values()))
    for email, role in ((ADMIN, "admin"), (STAFF, "staff"), (AGENT, "chat_agent")):
        ctx = browser.new_context()
        login(ctx.new_page(), web, email)
        for path in pages:
            r = ctx.request.get(web.base + path, max_redirects=0)
            if path == "/" and role == "chat_agent":
                assert r.status == 303 and r.headers["location"] == "/chats"
                continue
            assert r.status == (200 if path in EXPECTED[role] else 403), (role, path, r.status)
        ctx.close()


def test_staff_adds_a_contact_and_promotes_and_deletes_an_enquiry(
    site: Site, web: Web, context: Any
) -> None:
    from tests.test_erasure_everything import form

    site.deliver(form("Ville Vierailija", "ville.vierailija@example.org", "Soittakaa minulle."))
    english(site, STAFF)
    page = login(context.new_page(), web, STAFF)
    page.goto(web.base + "/contacts")
    page.fill("form[action$=add] input[name=email]", "uusi.asiakas@example.net")
    page.fill("form[action$=add] input[name=name]", "Uusi Asiakas")
    page.click("form[action$=add] button[type=submit]")
    page.wait_for_url(re.compile(r".*/contacts/\d+\?note=.*"))
    added = site.contact("uusi.asiakas@example.net")
    assert added["status"] == "quarantined"
    assert site.cli_json("outbox", "list")  # the consent request is in the outbox
    page.goto(web.base + "/enquiries")
    page.click("#enquiries a >> nth=0")
    assert "Soittakaa minulle." in page.content()
    page.click("form[action$=promote] button")
    page.wait_for_url(re.compile(r".*/contacts/\d+\?note=.*"))
    assert site.contact("ville.vierailija@example.org")["status"] == "quarantined"
    page.goto(web.base + "/enquiries")
    page.click("#enquiries a >> nth=0")
    page.click("form[action$=delete] button")
    page.wait_for_url(re.compile(r".*/enquiries\?note=.*"))
    assert site.cli_json("enquiries", "list") == []
    events = site.cli_json("audit", "list")
    assert {("create", STAFF), ("delete", STAFF)} <= {(e["action"], e["actor"]) for e in events}


@pytest.mark.parametrize("command", ["web", "run"])
def test_a_taken_port_stops_start_up_with_one_line(site: Site, command: str) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        site.cfg.write_text(
            site.cfg.read_text() + f'[web]\nenabled = true\nlisten = "127.0.0.1:{port}"\n'
        )
        result = subprocess.run(
            [
                sys.executable,
                "-c",
                "from mailbot.cli import main; main()",
                command,
                "--config",
                str(site.cfg),
            ],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=site.tmp,
        )
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines()[-1].startswith("mailbot: web.listen: cannot listen on")
