"""The console attacked through HTTP: the real application served by uvicorn on a free
loopback port (as `mailbot web` serves it), a real SQLite database and a plain
http.client that follows no redirect and keeps its cookies by hand: session fixation at the second factor,
replayed TOTP codes, forged notes, cookie flags, the last admin, hostile addresses,
open redirects, CSRF, role checks on every route and formula cells in the CSV export."""

from __future__ import annotations

import http.client
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

import pyotp
import pytest
from sqlmodel import Session, select

from mailbot import clock, db
from mailbot.config import Settings
from mailbot.models import AuditEvent, WebSession
from mailbot.web import users
from mailbot.web.app import PAGES, SESSION_COOKIE
from mailbot.web.server import Background, make_server
from tests.servers import free_port

PASSWORD = "correct horse battery staple"
ADMIN, STAFF, AGENT = "admin@example.com", "staff@example.com", "agent@example.com"


@dataclass
class Answer:
    status_code: int
    headers: dict[str, str]
    cookies_set: list[str]
    text: str


class Client:
    """A browser without a browser: cookies by name, no redirects followed."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.cookies: dict[str, str] = {}

    def request(
        self, method: str, path: str, body: bytes | None = None, headers: dict | None = None
    ) -> Answer:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        h = dict(headers or {})
        if self.cookies:
            h["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        conn.request(method, path, body=body, headers=h)
        r = conn.getresponse()
        text = r.read().decode("utf-8", "replace")
        set_cookies = r.headers.get_all("set-cookie") or []
        for line in set_cookies:
            name, _, rest = line.partition("=")
            value = rest.split(";")[0]
            if value in ("", '""') or "max-age=0" in line.lower():
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        conn.close()
        return Answer(r.status, {k.lower(): v for k, v in r.headers.items()}, set_cookies, text)

    def get(self, path: str, params: dict | None = None) -> Answer:
        return self.request("GET", path + ("?" + urlencode(params) if params else ""))

    def post(
        self,
        path: str,
        data: dict | None = None,
        content: bytes | None = None,
        headers: dict | None = None,
    ) -> Answer:
        body = content if content is not None else urlencode(data or {}).encode()
        h = {"Content-Type": "application/x-www-form-urlencoded", **(headers or {})}
        return self.request("POST", path, body, h)


class Site:
    def __init__(self, tmp_path: Path, public_url: str = "") -> None:
        self.engine = db.make_engine(f"sqlite:///{tmp_path / 'web.db'}")
        db.create_schema(self.engine)
        self.settings = Settings(
            mailbox={"url": f"maildir:{tmp_path / 'Maildir'}"},
            organisation={"name": "Esimerkki Oy"},
            smtp={"url": "file:outbox", "from": "info@example.com"},
            web={"public_url": public_url, "listen": f"127.0.0.1:{free_port()}"},
        )
        with Session(self.engine) as s:
            for email, role in ((ADMIN, "admin"), (STAFF, "staff"), (AGENT, "chat_agent")):
                users.add(s, email, role, "test", password=PASSWORD)
            s.commit()
        self.server = Background(make_server(self.settings, self.engine)).start()
        self.port = int(self.settings.web.listen.rpartition(":")[2])

    def close(self) -> None:
        self.server.stop()
        self.engine.dispose()

    def client(self) -> Client:
        return Client(self.port)

    def login(self, email: str, client: Client | None = None) -> Client:
        c = client or self.client()
        page = c.get("/login")
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert csrf
        r = c.post("/login", data={"csrf": csrf[1], "email": email, "password": PASSWORD})
        assert r.status_code == 303, r.text
        return c


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    s = Site(tmp_path)
    yield s
    s.close()


def _csrf(c: Client, path: str = "/account") -> str:
    m = re.search(r'name="csrf" value="([^"]+)"', c.get(path).text)
    assert m, path
    return m[1]


def _with_totp(site: Site, email: str) -> str:
    secret = pyotp.random_base32()
    with Session(site.engine) as s:
        users.set_totp(s, email, secret)
        s.commit()
    return secret


def test_the_session_id_changes_at_the_second_factor(site: Site) -> None:
    secret = _with_totp(site, STAFF)
    c = site.login(STAFF)
    before = c.cookies[SESSION_COOKIE]
    assert c.get("/queue").headers["location"] == "/login/totp"
    r = c.post(
        "/login/totp", data={"csrf": _csrf(c, "/login/totp"), "code": pyotp.TOTP(secret).now()}
    )
    assert r.status_code == 303 and r.headers["location"] == "/"
    after = c.cookies[SESSION_COOKIE]
    assert after != before
    assert c.get("/queue").status_code == 200
    # Whoever held the id from before the second factor holds nothing now.
    thief = site.client()
    thief.cookies[SESSION_COOKIE] = before
    assert thief.get("/queue").headers["location"].startswith("/login")
    with Session(site.engine) as s:
        assert len(s.exec(select(WebSession)).all()) == 1


def test_a_totp_code_works_only_once(site: Site) -> None:
    secret = _with_totp(site, STAFF)
    with clock.frozen(datetime(2026, 12, 4, 9, 0, 10, tzinfo=UTC)):
        code = pyotp.TOTP(secret).at(clock.now())
        first = site.login(STAFF)
        r = first.post("/login/totp", data={"csrf": _csrf(first, "/login/totp"), "code": code})
        assert r.status_code == 303
        # Someone who watched the code being typed logs in with the password seconds later.
        second = site.login(STAFF)
        r = second.post("/login/totp", data={"csrf": _csrf(second, "/login/totp"), "code": code})
        assert r.status_code == 400
        assert second.get("/queue").headers["location"] == "/login/totp"


def test_the_first_login_after_setting_up_totp_may_use_the_same_code(site: Site) -> None:
    with clock.frozen(datetime(2026, 12, 4, 9, 0, 10, tzinfo=UTC)):
        c = site.login(STAFF)
        page = c.get("/account/totp").text
        secret = re.search(r'id="totp-secret">([A-Z2-7]+)<', page)
        assert secret
        code = pyotp.TOTP(secret[1]).at(clock.now())
        csrf = re.search(r'name="csrf" value="([^"]+)"', page)
        assert csrf
        r = c.post("/account/totp", data={"csrf": csrf[1], "secret": secret[1], "code": code})
        assert r.status_code == 303
        c.post("/logout", data={"csrf": _csrf(c)})
        again = site.login(STAFF)
        r = again.post("/login/totp", data={"csrf": _csrf(again, "/login/totp"), "code": code})
        assert r.status_code == 303 and again.get("/queue").status_code == 200


def test_notes_come_only_from_the_console(site: Site) -> None:
    c = site.login(STAFF)
    forged = c.get("/queue", params={"note": "Session expired: log in at evil.example.net"})
    assert "evil.example.net" not in forged.text
    r = c.post("/account", data={"csrf": _csrf(c), "language": "en"})
    real = c.get(r.headers["location"])
    assert 'class="note"' in real.text and "Saved" in real.text


def test_cookies_are_secure_when_the_console_is_served_over_https(tmp_path: Path) -> None:
    site = Site(tmp_path, public_url="https://mailbot.example.com")
    c = site.client()
    page = c.get("/login")  # plain http behind a TLS proxy that is not trusted
    assert "secure" in page.headers["set-cookie"].lower()
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert csrf
    r = c.post("/login", data={"csrf": csrf[1], "email": STAFF, "password": PASSWORD})
    cookie = " ".join(r.cookies_set).lower()
    assert SESSION_COOKIE in cookie and "secure" in cookie and "httponly" in cookie
    assert "samesite=lax" in cookie
    # __Host-: Secure, path /, no Domain, so no sibling host can set or shadow it.
    assert all(c.startswith("__Host-") and "domain=" not in c.lower() for c in r.cookies_set)
    assert r.headers["strict-transport-security"].startswith("max-age=")
    home = c.get("/")
    assert home.status_code == 200, "the prefixed session cookie is not read back"
    assert "strict-transport-security" in c.get("/static/console.css").headers
    site.close()


def test_plain_http_console_sends_no_hsts_and_no_prefix(site: Site) -> None:
    c = site.client()
    page = c.get("/login")
    assert "strict-transport-security" not in page.headers
    assert not any(v.startswith("__Host-") for v in page.cookies_set)


def test_the_last_enabled_admin_cannot_be_disabled(site: Site) -> None:
    with Session(site.engine) as s:
        with pytest.raises(users.UserError, match="last enabled admin"):
            users.disable(s, ADMIN, "cli")
        users.add(s, "second@example.com", "admin", "cli", password=PASSWORD)
        users.disable(s, ADMIN, "cli")  # another admin remains: allowed
        with pytest.raises(users.UserError, match="last enabled admin"):
            users.disable(s, "second@example.com", "cli")
        users.disable(s, ADMIN, "cli", disabled=False)
        users.disable(s, "second@example.com", "cli")


@pytest.mark.parametrize(
    "address",
    [
        "staff@example.com,boss@example.net",
        "staff@example.com;boss@example.net",
        "staff@example.com\x00",
        "a@b@example.com",
        "undisclosed:staff@example.com",
        "staff(comment)@example.com",
        "staff@[127.0.0.1]",
        "staff\\@example.com",
    ],
)
def test_an_address_that_would_bend_a_to_header_is_refused(site: Site, address: str) -> None:
    with Session(site.engine) as s, pytest.raises(users.UserError, match="not an e-mail"):
        users.add(s, address, "staff", "cli", password=PASSWORD)


def test_staff_do_not_see_newsletter_opt_outs(site: Site) -> None:
    from mailbot import audit
    from mailbot.models import Contact

    now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    out = datetime(2026, 11, 17, 8, 5, tzinfo=UTC)
    with Session(site.engine) as s:
        c = Contact(
            email="aino@example.org",
            name="Aino Esimerkki",
            status="active",
            newsletter_opt_out_at=out,
            created_at=now,
            updated_at=now,
        )
        s.add(c)
        s.flush()
        audit.record(
            s,
            "update",
            "Contact",
            c.id,
            {"fields": ["newsletter"], "undo": "unsubscribe"},
            actor="system",
        )
        audit.record(s, "update", "Contact", c.id, {"fields": ["phone"]}, actor="system")
        s.commit()
        path = f"/contacts/{c.id}"
    staff = site.login(STAFF).get(path).text
    assert "2026-11-17" not in staff and "unsubscribe" not in staff
    assert "phone" in staff  # the rest of the history stays
    admin = site.login(ADMIN).get(path).text
    assert "2026-11-17" in admin and "unsubscribe" in admin


def test_a_flood_of_invented_names_does_not_free_a_guessed_account() -> None:
    from mailbot.web.app import Throttle

    throttle = Throttle(limit=3, window=900, cap=1000)
    for _ in range(3):
        throttle.fail("account:staff@example.com")
    assert throttle.blocked("account:staff@example.com")
    for i in range(5000):  # one failure each for thousands of made-up addresses
        throttle.fail(f"account:nobody{i}@example.net")
    assert throttle.blocked("account:staff@example.com")
    assert len(throttle.failures) <= 1001


def test_staff_cannot_walk_the_message_ledger_for_opt_outs(site: Site) -> None:
    from mailbot.models import InboundMessage

    now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    with Session(site.engine) as s:
        rows = [
            InboundMessage(
                mailbox="INBOX",
                item_key=f"1:{i}",
                dedup_key=f"d{i}",
                processed_at=now,
                sender=f"reader{i}@example.org",
                subject="Stop the newsletter" if wanted == ["unsubscribe"] else "A question",
                kind="data_request" if wanted else "other",
                requests=wanted,
            )
            for i, wanted in enumerate((["unsubscribe"], []))
        ]
        s.add_all(rows)
        s.commit()
        out, other = rows[0].id, rows[1].id
    staff = site.login(STAFF)
    r = staff.get(f"/messages/{out}")
    assert r.status_code == 403 and "reader0@example.org" not in r.text
    assert staff.get(f"/messages/{other}").status_code == 200
    assert "reader0@example.org" in site.login(ADMIN).get(f"/messages/{out}").text


def test_staff_dashboard_does_not_name_flagged_unsubscribers(site: Site) -> None:
    from mailbot.models import InboundMessage

    now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    with Session(site.engine) as s:
        for i, wanted in enumerate((["unsubscribe"], [])):
            s.add(
                InboundMessage(
                    mailbox="INBOX",
                    item_key=f"2:{i}",
                    dedup_key=f"f{i}",
                    processed_at=now,
                    sender=f"flagged{i}@example.org",
                    subject=f"Unsure mail {i}",
                    kind="data_request" if wanted else "other",
                    requests=wanted,
                    status="unsure",
                    flagged=True,
                )
            )
        s.commit()
    staff = site.login(STAFF).get("/").text
    assert "flagged1@example.org" in staff or "Unsure mail 1" in staff
    assert "flagged0@example.org" not in staff and "Unsure mail 0" not in staff
    admin = site.login(ADMIN).get("/").text
    assert "flagged0@example.org" in admin or "Unsure mail 0" in admin


# ---------------------------------------------------------------- checks that held already


def test_login_never_redirects_off_the_site(site: Site) -> None:
    for target in (
        "//evil.example.net",
        "https://evil.example.net",
        "/\\evil.example.net",
        "/\t/evil.example.net",
        "http:/evil.example.net",
    ):
        c = site.client()
        page = c.get("/login")
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert csrf
        r = c.post(
            "/login",
            data={"csrf": csrf[1], "email": STAFF, "password": PASSWORD, "next": target},
        )
        location = r.headers["location"]
        # What a browser makes of it: tabs and newlines dropped, backslashes as slashes.
        seen = re.sub(r"[\t\r\n]", "", location).replace("\\", "/")
        assert seen.startswith("/") and not seen.startswith("//"), (target, location)


def test_a_csrf_token_of_another_session_is_refused(site: Site) -> None:
    mine, theirs = site.login(STAFF), site.login(ADMIN)
    r = mine.post("/account", data={"csrf": _csrf(theirs), "language": "fi"})
    assert r.status_code == 403
    r = mine.post("/account", data={"language": "fi"})
    assert r.status_code == 403


def test_every_route_refuses_the_roles_it_does_not_name(site: Site) -> None:
    clients = {"staff": site.login(STAFF), "chat_agent": site.login(AGENT)}
    tokens = {role: _csrf(c) for role, c in clients.items()}
    for p in PAGES:
        if not p.roles:
            continue
        path = re.sub(r"\{[a-z]+:int\}", "1", p.path)
        for role, c in clients.items():
            if role in p.roles:
                continue
            for method in p.methods:
                if method == "GET":
                    r = c.get(path)
                else:
                    r = c.post(path, data={"csrf": tokens[role], "ids": "1", "confirm": "DELETE"})
                assert r.status_code == 403, (role, method, path)


def test_formula_cells_in_the_audit_export_are_defused(site: Site) -> None:
    with Session(site.engine) as s:
        from mailbot import audit

        audit.record(s, "=cmd|' /C calc'!A0", "Contact", "+1", {"-x": "@y"}, actor="@evil")
        s.commit()
    c = site.login(ADMIN)
    body = c.get("/audit.csv").text
    for line in body.splitlines()[1:]:
        for cell in line.split(","):
            assert cell.lstrip('"')[:1] not in set("=+-@"), line
    with Session(site.engine) as s:
        assert s.exec(select(AuditEvent)).all()


def test_an_oversized_or_unmeasured_body_is_refused(site: Site) -> None:
    c = site.login(STAFF)
    r = c.post("/account", content=b"a=" + b"x" * (300 * 1024))
    assert r.status_code == 413


def test_logout_and_disable_end_the_sessions_on_the_server(site: Site) -> None:
    c = site.login(STAFF)
    stolen = dict(c.cookies)
    c.post("/logout", data={"csrf": _csrf(c)})
    thief = site.client()
    thief.cookies.update(stolen)
    assert thief.get("/queue").headers["location"].startswith("/login")
    laptop, phone = site.login(STAFF), site.login(STAFF)
    admin = site.login(ADMIN)
    with Session(site.engine) as s:
        staff_id = users.get_or_fail(s, STAFF).id
    r = admin.post(f"/users/{staff_id}/disable", data={"csrf": _csrf(admin)})
    assert r.status_code == 303
    for c in (laptop, phone):
        assert c.get("/queue").headers["location"].startswith("/login")


def test_mail_content_is_shown_as_text_never_as_markup(site: Site) -> None:
    from mailbot.models import Contact

    now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    hostile = '"><img src=x onerror=alert(1)><script>alert(2)</script>'
    with Session(site.engine) as s:
        c = Contact(email="x@example.org", name=hostile, created_at=now, updated_at=now)
        s.add(c)
        s.commit()
        path = f"/contacts/{c.id}"
    staff = site.login(STAFF)
    for page in (staff.get("/contacts").text, staff.get(path).text):
        assert "<script>alert(2)" not in page and "<img src=x" not in page
        assert "&lt;script&gt;alert(2)" in page


def test_replacing_the_second_factor_needs_a_code_from_the_present_one(site: Site) -> None:
    old = _with_totp(site, STAFF)
    with clock.frozen(datetime(2026, 12, 4, 9, 0, 10, tzinfo=UTC)):
        c = site.login(STAFF)
        code = pyotp.TOTP(old).at(clock.now())
        c.post("/login/totp", data={"csrf": _csrf(c, "/login/totp"), "code": code})
    with clock.frozen(datetime(2026, 12, 4, 9, 1, 10, tzinfo=UTC)):
        page = c.get("/account/totp").text
        assert 'name="current_code"' in page
        new = re.search(r'id="totp-secret">([A-Z2-7]+)<', page)
        assert new
        code_new = pyotp.TOTP(new[1]).at(clock.now())
        attempt = {"csrf": _csrf(c), "secret": new[1], "code": code_new}
        # Someone holding the open session, without the phone: refused, nothing changes.
        r = c.post("/account/totp", data={**attempt, "current_code": "000000"})
        assert r.status_code == 400
        with Session(site.engine) as s:
            assert users.get(s, STAFF).totp_secret == old  # type: ignore[union-attr]
        now_old = pyotp.TOTP(old).at(clock.now())
        r = c.post("/account/totp", data={**attempt, "current_code": now_old})
        assert r.status_code == 303
        with Session(site.engine) as s:
            assert users.get(s, STAFF).totp_secret == new[1]  # type: ignore[union-attr]
