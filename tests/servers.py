"""Throwaway mail servers for tests: a private Dovecot (IMAP) and an SMTP sink.

Kept free of pytest so that benchmarks and scripts can reuse the same helpers;
``tests/conftest.py`` wraps them in fixtures.  Facts behind the Dovecot
settings are in ``/work/shared/notes/imap-facts.md`` (Dovecot 2.3 syntax).
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import datetime as dt
import email
import email.policy
import logging
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import uuid
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from urllib.parse import quote

from imapclient import IMAPClient

__all__ = [
    "CapturedMail",
    "Dovecot",
    "DovecotError",
    "DovecotNotInstalled",
    "ImapAccount",
    "SmtpCapture",
    "TokenIntrospection",
    "find_dovecot",
    "free_port",
]

LOCALHOST = "127.0.0.1"
INSTALL_HINT = "apt-get install dovecot-imapd"

# Dovecot refuses UNIX socket paths longer than ~107 bytes; base_dir holds
# sockets such as "login/imap-urlauth", so a long tmp path needs a short base_dir.
_MAX_BASE_DIR_LEN = 70
# A MULTIAPPEND command is one request: cap its size so a huge batch cannot
# hit server limits or hold megabytes in one buffer.
_APPEND_CHUNK_MSGS = 500
_APPEND_CHUNK_BYTES = 8 * 1024 * 1024
_FETCH_CHUNK = 500


def free_port(host: str = LOCALHOST) -> int:
    """Return a TCP port that was free a moment ago (callers must tolerate a race)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def find_dovecot() -> str | None:
    """Locate the dovecot binary; /usr/sbin is often missing from non-root PATHs."""
    found = shutil.which("dovecot")
    if found:
        return found
    for candidate in ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot"):
        if os.access(candidate, os.X_OK):
            return candidate
    return None


def _find_doveadm(dovecot_bin: str) -> str:
    """doveadm lives in /usr/bin while dovecot is in /usr/sbin, so search both."""
    found = shutil.which("doveadm")
    if found:
        return found
    sibling = Path(dovecot_bin).parent.parent / "bin" / "doveadm"
    return str(sibling) if sibling.exists() else "doveadm"


class DovecotError(RuntimeError):
    """Dovecot could not be started, configured or stopped."""


class DovecotNotInstalled(DovecotError):
    """The dovecot binary is absent; tests can skip on this specific error."""


def _tail(path: Path, lines: int = 30) -> str:
    """Last lines of a log file, for error messages that explain themselves."""
    try:
        text = path.read_text(errors="replace")
    except OSError as exc:
        return f"(no log at {path}: {exc})"
    return "\n".join(text.splitlines()[-lines:]) or "(log is empty)"


def _make_traversable(path: Path) -> None:
    """Let Dovecot's unprivileged processes walk into ``path``.

    pytest/mktemp directories are 0700, so the auth process (user dovecot) and the
    mail processes (user nobody) could not reach the passwd file or the maildirs.
    Only directories that lack the "others may enter" bit are touched.
    """
    for p in (path, *path.parents):
        mode = p.stat().st_mode
        if not mode & 0o001:
            p.chmod((mode & 0o7777) | 0o055)


def _group_pids(pgid: int) -> list[int]:
    """Live (non-zombie) processes in a process group, read from /proc."""
    pids: list[int] = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        # Fields after the ")" that closes the command name: state ppid pgrp ...
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[2]) == pgid and fields[0] != "Z":
            pids.append(int(entry))
    return pids


_USERNAME = re.compile(r"[A-Za-z0-9.\-_@]+")
_RUNNING: set[Dovecot] = set()


@atexit.register
def _stop_all() -> None:
    """Never leave a Dovecot behind, even if a fixture teardown did not run."""
    for server in list(_RUNNING):
        with contextlib.suppress(Exception):
            server.stop()


class Dovecot:
    """A private Dovecot 2.3 instance listening on 127.0.0.1, one per test session.

    Runs in the foreground (``dovecot -F``) in its own process group so that
    ``stop()`` can end it, and every child it forked, by PID.  Users are kept in a
    passwd-file that Dovecot re-reads when it changes, so ``add_user`` needs no
    restart and each test can have a fresh, empty mailbox.
    """

    def __init__(self, host: str = LOCALHOST, oauth2_introspection_url: str | None = None) -> None:
        self.host = host
        # With a URL, XOAUTH2/OAUTHBEARER logins are checked by an oauth2 passdb that
        # asks this token-introspection endpoint (see TokenIntrospection); password
        # logins keep working as before, for seeding mail.
        self.oauth2_introspection_url = oauth2_introspection_url
        self.port: int = 0
        self.dir: Path | None = None
        self.proc: subprocess.Popen[bytes] | None = None
        self._short_base_dir: str | None = None
        self._users: dict[str, str] = {}
        self._lock = threading.Lock()
        self.binary = find_dovecot()
        self.instance_name = f"mailbot-test-{uuid.uuid4().hex[:10]}"

    # -- paths -----------------------------------------------------------------
    def _require_dir(self) -> Path:
        if self.dir is None:
            raise DovecotError("Dovecot.start() has not been called")
        return self.dir

    @property
    def conf_path(self) -> Path:
        """The dovecot.conf written by start(); pass it to doveadm with -c."""
        return self._require_dir() / "dovecot.conf"

    @property
    def log_path(self) -> Path:
        """Dovecot's single log file (errors, auth failures, etc.)."""
        return self._require_dir() / "dovecot.log"

    @property
    def users_dir(self) -> Path:
        """One passwd-file per user (see add_user for why not a single file)."""
        return self._require_dir() / "users"

    @property
    def mail_root(self) -> Path:
        """Parent of every user's maildir (DIR/mail/USER)."""
        return self._require_dir() / "mail"

    @property
    def base_dir(self) -> Path:
        """Dovecot's runtime sockets and pid file."""
        if self._short_base_dir:
            return Path(self._short_base_dir)
        return self._require_dir() / "run"

    @property
    def running(self) -> bool:
        """True while the master process is alive."""
        return self.proc is not None and self.proc.poll() is None

    # -- lifecycle -------------------------------------------------------------
    def start(self, tmpdir: str | os.PathLike[str], timeout: float = 15.0) -> Dovecot:
        """Write a config into ``tmpdir``, start Dovecot and wait until it greets.

        Retries with a new port if the free port was grabbed by someone else
        between choosing it and Dovecot binding it.
        """
        if self.binary is None:
            raise DovecotNotInstalled(f"dovecot binary not found; install it with `{INSTALL_HINT}`")
        if os.geteuid() != 0:
            raise DovecotError(
                "this test Dovecot must run as root (it switches to the users "
                "dovecot/dovenull/nobody); run the IMAP tests as root, e.g. in CI"
            )
        if self.running:
            raise DovecotError("Dovecot is already running")

        self.dir = Path(tmpdir).resolve()
        self.dir.mkdir(parents=True, exist_ok=True)
        if len(str(self.dir / "run")) > _MAX_BASE_DIR_LEN:
            self._short_base_dir = tempfile.mkdtemp(prefix="dc-")
        self._prepare_files()

        last_error: DovecotError | None = None
        for _attempt in range(3):
            self.port = free_port(self.host)
            self._write_conf()
            try:
                self._spawn_and_wait(timeout)
            except DovecotError as exc:
                last_error = exc
                self._terminate()
                if "Address already in use" in str(exc):
                    continue
                self.stop()
                raise
            _RUNNING.add(self)
            return self
        self.stop()
        assert last_error is not None
        raise last_error

    def _prepare_files(self) -> None:
        d = self._require_dir()
        self.mail_root.mkdir(exist_ok=True)
        (d / "state").mkdir(exist_ok=True)
        self.users_dir.mkdir(exist_ok=True)
        self.users_dir.chmod(0o755)
        _make_traversable(d)
        if self._short_base_dir:
            _make_traversable(Path(self._short_base_dir))
        shutil.chown(self.mail_root, "nobody", "nogroup")
        for sub in self.mail_root.rglob("*"):
            shutil.chown(sub, "nobody", "nogroup")
        # Users from a previous start() of the same directory stay valid.
        for path in self.users_dir.iterdir():
            name, _, rest = path.read_text().strip().partition(":")
            self._users[name] = rest.removeprefix("{PLAIN}")

    def _oauth2_conf(self) -> tuple[str, str]:
        """(auth_mechanisms, extra passdb) for the oauth2 option; plain ones without it."""
        if not self.oauth2_introspection_url:
            return "plain login", ""
        d = self._require_dir()
        ext = d / "dovecot-oauth2.conf.ext"
        ext.write_text(
            f"introspection_url = {self.oauth2_introspection_url}\n"
            "introspection_mode = post\n"
            "force_introspection = yes\n"
            "username_attribute = username\n"
            "active_attribute = active\n"
            "active_value = true\n"
        )
        ext.chmod(0o644)
        passdb = f"""
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {ext}
}}"""
        return "plain login xoauth2 oauthbearer", passdb

    def _write_conf(self) -> None:
        d = self._require_dir()
        mechanisms, oauth2_passdb = self._oauth2_conf()
        # With the oauth2 passdb a token must never be taken for a password.
        password_only = "\n  mechanisms = plain login" if oauth2_passdb else ""
        conf = f"""\
# Written by tests/servers.py for a throwaway test instance (Dovecot 2.3 syntax).
base_dir = {self.base_dir}
state_dir = {d / "state"}
log_path = {self.log_path}
instance_name = {self.instance_name}
protocols = imap
listen = {self.host}
ssl = no
disable_plaintext_auth = no
auth_mechanisms = {mechanisms}
auth_verbose = yes
mail_uid = nobody
mail_gid = nogroup
first_valid_uid = 1
mail_location = maildir:{self.mail_root}/%u:LAYOUT=fs
# Test data is disposable: skip fsync to keep bulk appends fast.
mail_fsync = never
# Brute-force protection would slow every later login from 127.0.0.1 by up to
# 15 s after one test tries a wrong password: no failure delay, no penalty.
auth_failure_delay = 0
{oauth2_passdb}
passdb {{
  driver = passwd-file
  # %u in the path: one file per user, see Dovecot.add_user().
  args = scheme=PLAIN username_format=%u {self.users_dir}/%u{password_only}
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home={self.mail_root}/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
}}
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = {self.host}
    port = {self.port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
"""
        self.conf_path.write_text(conf)
        self.conf_path.chmod(0o644)

    def _spawn_and_wait(self, timeout: float) -> None:
        assert self.binary is not None
        # Truncate so the error tail shows this attempt, not an earlier one.
        self.log_path.write_text("")
        self.proc = subprocess.Popen(
            [self.binary, "-F", "-c", str(self.conf_path)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,  # own process group: stop() can reap children
        )
        deadline = time.monotonic() + timeout
        while True:
            if self.proc.poll() is not None:
                err = self.proc.stderr.read() if self.proc.stderr else b""
                stderr = err.decode(errors="replace")
                raise DovecotError(
                    f"dovecot exited with code {self.proc.returncode} during start-up\n"
                    f"stderr: {stderr.strip()}\n--- tail of {self.log_path} ---\n"
                    f"{_tail(self.log_path)}"
                )
            if self._greets():
                return
            if time.monotonic() > deadline:
                raise DovecotError(
                    f"dovecot did not accept IMAP connections on {self.host}:{self.port} "
                    f"within {timeout:.0f}s\n--- tail of {self.log_path} ---\n"
                    f"{_tail(self.log_path)}"
                )
            time.sleep(0.05)

    def _greets(self) -> bool:
        """True once imap-login answers with an IMAP greeting, not merely a bound port."""
        try:
            with socket.create_connection((self.host, self.port), timeout=1.0) as s:
                s.settimeout(2.0)
                return s.recv(64).startswith(b"* OK")
        except OSError:
            return False

    def stop(self, timeout: float = 10.0) -> None:
        """Terminate the master by PID, then make sure no child of it survives."""
        _RUNNING.discard(self)
        self._terminate(timeout)
        if self._short_base_dir:
            shutil.rmtree(self._short_base_dir, ignore_errors=True)
            self._short_base_dir = None

    def _terminate(self, timeout: float = 10.0) -> None:
        proc, self.proc = self.proc, None
        if proc is not None:
            pgid = proc.pid  # start_new_session=True made the master a group leader
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout)
            if proc.stderr:
                proc.stderr.close()
            # The master exits before its children: an imap process with a client
            # still connected lingers ~10 s ("Server shutting down"), and log/stats
            # with it.  Test data needs no grace, so kill our own group's stragglers.
            deadline = time.monotonic() + 0.5
            while _group_pids(pgid) and time.monotonic() < deadline:
                time.sleep(0.02)
            for pid in _group_pids(pgid):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            deadline = time.monotonic() + 5.0
            while _group_pids(pgid) and time.monotonic() < deadline:
                time.sleep(0.02)

    def __enter__(self) -> Dovecot:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- users and admin -------------------------------------------------------
    def add_user(self, name: str | None = None, password: str | None = None) -> ImapAccount:
        """Create a user with an empty mailbox, usable at once (no restart needed).

        Each user gets its own passwd-file (the passdb path contains %u).  With a
        single shared file, a user appended in the same second as the previous
        login is "unknown": Dovecot 2.3's passwd_file_sync() stats the file at
        most once per second and serves its cached copy in between.  A new file
        has never been synced, so Dovecot reads it on the first lookup.
        """
        name = name or f"user-{uuid.uuid4().hex[:12]}"
        password = password or uuid.uuid4().hex
        # Dovecot's default auth_username_chars; the name is also a file name here.
        if not _USERNAME.fullmatch(name) or name.startswith("."):
            raise ValueError(f"user name {name!r} must match {_USERNAME.pattern} (no leading dot)")
        if not password or any(c in password for c in ":\r\n\0"):
            raise ValueError("passwords cannot be empty or contain ':' or newlines")
        with self._lock:
            if name in self._users:
                raise ValueError(f"user {name!r} already exists")
            path = self.users_dir / name
            path.write_text(f"{name}:{{PLAIN}}{password}\n")
            path.chmod(0o644)
            self._users[name] = password
        return ImapAccount(host=self.host, port=self.port, user=name, password=password)

    def doveadm(self, *args: str, input: bytes | None = None) -> str:
        """Run ``doveadm -c CONF ARGS`` against this instance and return its stdout."""
        assert self.binary is not None
        cmd = [_find_doveadm(self.binary), "-c", str(self.conf_path), *args]
        result = subprocess.run(cmd, input=input, capture_output=True, timeout=60)
        if result.returncode != 0:
            raise DovecotError(
                f"{' '.join(cmd)} failed ({result.returncode}): "
                f"{result.stderr.decode(errors='replace').strip()}"
            )
        return result.stdout.decode(errors="replace")


# ---------------------------------------------------------------------------
# IMAP account
# ---------------------------------------------------------------------------

_APPENDUID = re.compile(rb"\[APPENDUID \d+ ([0-9:,]+)\]")


def _parse_uid_set(text: bytes) -> list[int]:
    """Expand an IMAP UID set such as ``1:3,7`` into ``[1, 2, 3, 7]``."""
    uids: list[int] = []
    for part in text.decode().split(","):
        lo, _, hi = part.partition(":")
        uids.extend(range(int(lo), int(hi or lo) + 1))
    return uids


def _appended_uids(response: Any) -> list[int]:
    """UIDs from an APPEND response (Dovecot has UIDPLUS); empty if not reported."""
    data = response if isinstance(response, bytes) else str(response).encode()
    match = _APPENDUID.search(data)
    return _parse_uid_set(match.group(1)) if match else []


def _chunks(msgs: Sequence[bytes]) -> Iterator[Sequence[bytes]]:
    """Split messages into batches bounded by count and total size."""
    start, size = 0, 0
    for i, msg in enumerate(msgs):
        if i > start and (i - start >= _APPEND_CHUNK_MSGS or size + len(msg) > _APPEND_CHUNK_BYTES):
            yield msgs[start:i]
            start, size = i, 0
        size += len(msg)
    if start < len(msgs):
        yield msgs[start:]


@dataclass
class ImapAccount:
    """Credentials of one test user plus helpers to seed and inspect its mailbox.

    Every helper opens its own short connection, so they are safe to call while
    the code under test holds its own connection (and they never change \\Seen).
    """

    host: str
    port: int
    user: str
    password: str

    @property
    def url(self) -> str:
        """The mailbox as a URL, the way mailbot's configuration names it."""
        return f"imap://{quote(self.user, safe='')}@{self.host}:{self.port}/INBOX"

    def client(self) -> IMAPClient:
        """A logged-in client; use ``with account.client() as c:`` to log out after."""
        c = IMAPClient(self.host, port=self.port, ssl=False, timeout=10)
        try:
            c.login(self.user, self.password)
        except Exception:
            with contextlib.suppress(Exception):
                c.shutdown()
            raise
        return c

    @staticmethod
    def _ensure_folder(c: IMAPClient, folder: str) -> None:
        if folder.upper() != "INBOX" and not c.folder_exists(folder):
            c.create_folder(folder)

    def create_folder(self, folder: str) -> None:
        """Create a folder (and nothing else) if it does not exist yet."""
        with self.client() as c:
            self._ensure_folder(c, folder)

    def append(
        self,
        raw: bytes,
        folder: str = "INBOX",
        flags: Sequence[str | bytes] = (),
        date: dt.datetime | None = None,
    ) -> int | None:
        """Store one message (creating ``folder`` if needed) and return its UID."""
        with self.client() as c:
            self._ensure_folder(c, folder)
            response = c.append(folder, raw, flags=tuple(flags), msg_time=date)
        uids = _appended_uids(response)
        return uids[0] if uids else None

    def append_many(self, msgs: Iterable[bytes], folder: str = "INBOX") -> list[int]:
        """Store many messages quickly and return their UIDs in order.

        Uses MULTIAPPEND (RFC 3502) in bounded batches over one connection, so
        2,000 messages cost 4 round trips instead of 2,000 (0.2-1.9 s here; the
        server's file creation dominates).  Falls back to single APPENDs if the
        server lacks MULTIAPPEND.
        """
        items = list(msgs)
        uids: list[int] = []
        with self.client() as c:
            self._ensure_folder(c, folder)
            if c.has_capability("MULTIAPPEND"):
                for batch in _chunks(items):
                    uids.extend(_appended_uids(c.multiappend(folder, batch)))
            else:
                for raw in items:
                    uids.extend(_appended_uids(c.append(folder, raw)))
        return uids

    def folder_uids(self, folder: str = "INBOX") -> list[int]:
        """All UIDs in ``folder``, ascending (read-only select: flags untouched)."""
        with self.client() as c:
            c.select_folder(folder, readonly=True)
            return sorted(int(u) for u in c.search("ALL"))

    def folder_messages(self, folder: str = "INBOX") -> list[bytes]:
        """Raw messages in UID order, fetched with BODY.PEEK[] so \\Seen stays unset."""
        out: list[bytes] = []
        with self.client() as c:
            c.select_folder(folder, readonly=True)
            uids = sorted(int(u) for u in c.search("ALL"))
            for i in range(0, len(uids), _FETCH_CHUNK):
                batch = uids[i : i + _FETCH_CHUNK]
                data = c.fetch(batch, ["BODY.PEEK[]"])
                out.extend(data[u][b"BODY[]"] for u in batch)
        return out

    def folders(self) -> list[str]:
        """Names of all folders (decoded from modified UTF-7), sorted."""
        with self.client() as c:
            return sorted(name for _flags, _delim, name in c.list_folders())

    def flags(self, folder: str = "INBOX") -> dict[int, tuple[str, ...]]:
        """Flags per UID, as str (e.g. ``("\\\\Seen", "$Junk")``) for easy asserts."""
        result: dict[int, tuple[str, ...]] = {}
        with self.client() as c:
            c.select_folder(folder, readonly=True)
            uids = sorted(int(u) for u in c.search("ALL"))
            for i in range(0, len(uids), _FETCH_CHUNK):
                batch = uids[i : i + _FETCH_CHUNK]
                for uid, fl in c.get_flags(batch).items():
                    result[int(uid)] = tuple(
                        f.decode() if isinstance(f, bytes) else str(f) for f in fl
                    )
        return dict(sorted(result.items()))


# ---------------------------------------------------------------------------
# OAuth2 token introspection (stands in for Microsoft/Google behind Dovecot)
# ---------------------------------------------------------------------------


class TokenIntrospection:
    """An RFC 7662-style introspection endpoint on 127.0.0.1 for Dovecot's oauth2 passdb.

    ``tokens`` maps a token to the user it belongs to; any other token is
    answered ``{"active": "false"}``.  ``requests`` counts the lookups, so a test
    can tell a login was really checked here.
    """

    def __init__(self, host: str = LOCALHOST) -> None:
        self.host = host
        self.tokens: dict[str, str] = {}
        self.requests = 0
        self._server: Any = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        assert self._server is not None, "start() first"
        return f"http://{self.host}:{self._server.server_address[1]}/introspect"

    def start(self) -> TokenIntrospection:
        import json
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
        from urllib.parse import parse_qs

        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                length = min(int(self.headers.get("Content-Length") or 0), 65536)
                body = self.rfile.read(length).decode("utf-8", "replace")
                token = (parse_qs(body).get("token") or [body.strip()])[0]
                owner.requests += 1
                user = owner.tokens.get(token)
                answer = {"active": "true", "username": user} if user else {"active": "false"}
                data = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer((self.host, 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.server_close()
        if self._thread is not None:
            self._thread.join(5)


# ---------------------------------------------------------------------------
# SMTP capture
# ---------------------------------------------------------------------------


@dataclass
class CapturedMail:
    """One message received by SmtpCapture, with its SMTP envelope."""

    mail_from: str
    rcpt_tos: list[str]
    raw: bytes
    message: EmailMessage
    # The client's (host, port): one value per SMTP connection the mail came over.
    peer: Any = None


class _CaptureHandler:
    """aiosmtpd handler that hands each DATA to its SmtpCapture."""

    def __init__(self, capture: SmtpCapture) -> None:
        self.capture = capture

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.capture.data_delay:
            await asyncio.sleep(self.capture.data_delay)
        if self.capture.fail_with:
            return self.capture.fail_with
        raw = envelope.original_content or envelope.content
        if isinstance(raw, str):
            raw = raw.encode("utf-8", "surrogateescape")
        message = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        self.capture._record(
            CapturedMail(
                mail_from=envelope.mail_from,
                rcpt_tos=list(envelope.rcpt_tos),
                raw=raw,
                message=message,
                peer=getattr(session, "peer", None),
            )
        )
        return "250 Message accepted for delivery"


class _XOAuth2CaptureHandler(_CaptureHandler):
    """Also accepts AUTH XOAUTH2 with a token its SmtpCapture knows (token -> user)."""

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> Any:
        import base64

        from aiosmtpd.smtp import MISSING, AuthResult

        if len(args) == 2:
            blob: Any = args[1].encode()
        else:
            blob = await server.challenge_auth("", encode_to_b64=False)
            if blob is MISSING:
                return AuthResult(success=False, handled=False)
        try:
            text = base64.b64decode(blob, validate=True).decode()
            user_part, auth_part, *_rest = text.split("\x01")
            user = user_part.removeprefix("user=")
            token = auth_part.removeprefix("auth=Bearer ")
        except ValueError:
            return AuthResult(success=False, handled=False)
        tokens = self.capture.xoauth2_tokens or {}
        self.capture.auth_attempts.append((user, token))
        if tokens.get(token) == user and user_part.startswith("user="):
            return AuthResult(success=True, auth_data=user)
        return AuthResult(success=False, handled=False)


@dataclass
class SmtpCapture:
    """An SMTP sink on 127.0.0.1 that records what the code under test sends.

    ``stop()`` followed by ``start()`` reuses the same port, which simulates a
    relay that is down for a while; ``fail_with = "451 4.3.0 Try later"``
    simulates one that is up but refuses mail temporarily. ``smtputf8=False``
    is a server that does not offer SMTPUTF8 (set before ``start()``);
    ``data_delay`` makes each DATA take that many seconds (a slow relay).

    With ``xoauth2_tokens`` (token -> user) the server requires AUTH XOAUTH2
    (offered without TLS, for tests) and refuses mail from a session without it;
    ``auth_attempts`` records each (user, token) tried.
    """

    host: str = LOCALHOST
    port: int = 0
    fail_with: str | None = None
    smtputf8: bool = True
    data_delay: float = 0.0
    mails: list[CapturedMail] = field(default_factory=list)
    xoauth2_tokens: dict[str, str] | None = None
    auth_attempts: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._cond = threading.Condition()
        self._controller: Any = None

    @property
    def messages(self) -> list[EmailMessage]:
        """Parsed messages received so far (email.policy.default), oldest first."""
        with self._cond:
            return [m.message for m in self.mails]

    @property
    def running(self) -> bool:
        """True while the listener accepts connections."""
        return self._controller is not None

    def start(self) -> SmtpCapture:
        """Listen on ``port`` (a free one the first time; the same one afterwards)."""
        from aiosmtpd.controller import Controller

        if self._controller is not None:
            return self
        if not self.port:
            self.port = free_port(self.host)
        if self.xoauth2_tokens is None:
            controller = Controller(
                _CaptureHandler(self),
                hostname=self.host,
                port=self.port,
                enable_SMTPUTF8=self.smtputf8,
            )
        else:
            # AUTH without TLS is what this test server is for: no warning about it.
            logging.getLogger("mail.log").setLevel(logging.ERROR)
            warnings.filterwarnings("ignore", "Requiring AUTH while not requiring TLS")
            controller = Controller(
                _XOAuth2CaptureHandler(self),
                hostname=self.host,
                port=self.port,
                enable_SMTPUTF8=self.smtputf8,
                auth_require_tls=False,
                auth_required=True,
                auth_exclude_mechanism=["PLAIN", "LOGIN"],
            )
        controller.start()
        self._controller = controller
        return self

    def stop(self) -> None:
        """Close the listener; connections are refused until start() again."""
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()

    @contextlib.contextmanager
    def down(self) -> Iterator[None]:
        """Within this block the server is unreachable; it comes back on the same port."""
        self.stop()
        try:
            yield
        finally:
            self.start()

    def _record(self, mail: CapturedMail) -> None:
        with self._cond:
            self.mails.append(mail)
            self._cond.notify_all()

    def wait_for(self, n: int = 1, timeout: float = 5.0) -> list[EmailMessage]:
        """Block until at least ``n`` messages arrived; return them all."""
        with self._cond:
            if not self._cond.wait_for(lambda: len(self.mails) >= n, timeout):
                raise TimeoutError(
                    f"expected {n} message(s) on {self.host}:{self.port} within "
                    f"{timeout}s, got {len(self.mails)}"
                )
            return [m.message for m in self.mails]

    def clear(self) -> None:
        """Forget captured messages, e.g. between phases of one test."""
        with self._cond:
            self.mails.clear()

    def __enter__(self) -> SmtpCapture:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


# --------------------------------------------------------------------------- PostgreSQL
def find_initdb() -> str | None:
    """Debian keeps the server binaries out of PATH, under /usr/lib/postgresql/<v>/bin."""
    found = shutil.which("initdb")
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), reverse=True)
    return str(candidates[0]) if candidates else None


class Postgres:
    """A throwaway PostgreSQL cluster on 127.0.0.1, run in the foreground and stopped after.

    PostgreSQL refuses to run as root, so as root it runs as the `postgres` user.
    """

    def __init__(self) -> None:
        self.proc: subprocess.Popen[bytes] | None = None
        self.port = 0
        self.dir: Path | None = None

    def _as_owner(self, argv: list[str]) -> list[str]:
        if os.geteuid() == 0:
            # setpriv execs (no extra process), so signals reach postgres itself.
            return ["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", *argv]
        return argv

    def start(self, tmpdir: Path, timeout: float = 30.0) -> Postgres:
        initdb = find_initdb()
        if initdb is None:
            raise DovecotError("PostgreSQL is not installed (apt-get install postgresql)")
        bindir = Path(initdb).parent
        self.dir = Path(tmpdir)
        data = self.dir / "data"
        sock = self.dir / "sock"
        data.mkdir(parents=True)
        sock.mkdir()
        if os.geteuid() == 0:
            _make_traversable(self.dir)
            shutil.chown(data, "postgres", "postgres")
            shutil.chown(sock, "postgres", "postgres")
        subprocess.run(
            self._as_owner(
                [initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8"]
            ),
            check=True,
            capture_output=True,
        )
        self.port = free_port()
        self.proc = subprocess.Popen(
            self._as_owner(
                [
                    str(bindir / "postgres"),
                    "-D",
                    str(data),
                    "-p",
                    str(self.port),
                    "-k",
                    str(sock),
                    "-c",
                    "listen_addresses=127.0.0.1",
                    "-c",
                    "fsync=off",
                ]
            ),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise DovecotError(f"postgres exited: {self.proc.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
            try:
                with socket.create_connection((LOCALHOST, self.port), timeout=0.5):
                    break
            except OSError:
                time.sleep(0.1)
        else:
            raise DovecotError("postgres did not start in time")
        time.sleep(0.3)
        return self

    def create_database(self, name: str) -> str:
        import psycopg

        for _ in range(50):
            try:
                with psycopg.connect(
                    host=LOCALHOST,
                    port=self.port,
                    user="postgres",
                    dbname="postgres",
                    autocommit=True,
                ) as conn:
                    conn.execute(f'CREATE DATABASE "{name}"')
                break
            except psycopg.OperationalError:
                time.sleep(0.1)
        return f"postgresql+psycopg://postgres@{LOCALHOST}:{self.port}/{name}"

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
