"""IMAP with imapclient: UIDVALIDITY + UID tracking, batched fetch, MOVE, IDLE."""

from __future__ import annotations

import contextlib
import imaplib
import logging
import socket
import ssl
import tempfile
import threading
from collections.abc import Collection, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import unquote, urlsplit

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError
from imapclient.response_parser import parse_fetch_response

from mailbot import oauth
from mailbot.config import MailboxSettings
from mailbot.oauth import OAuthError
from mailbot.sources.base import RawMessage, SourceError

FILED_KEYWORD = "$MailbotFiled"  # on what mailbot files: a person's moves lack it (issue 8)

log = logging.getLogger(__name__)

NETWORK_ERRORS = (OSError, socket.timeout, imaplib.IMAP4.error, IMAPClientError, ssl.SSLError)
# UID lists longer than ~64 KB are refused by servers; 500 UIDs stay far below that.
CHUNK = 500
# Bodies fetched per FETCH command (bytes), so one response never holds a whole batch.
FETCH_BYTES = 8 * 1024 * 1024
# A body this big is read in pieces of PIECE bytes into a temporary file.
STREAM_FROM = 4 * 1024 * 1024
PIECE = 2 * 1024 * 1024
META = ["RFC822.SIZE", "INTERNALDATE"]


def mailbox_key(user: str, folder: str) -> str:
    return f"imap://{user}/{folder}"


class AuthenticationError(SourceError):
    """The server refused the credentials; retrying the same ones will not help."""


def _shutdown(client: IMAPClient | None) -> None:
    """A connection that failed half-way is closed, not left for the garbage collector."""
    if client is not None:
        with contextlib.suppress(Exception):
            client.shutdown()


class ImapSource:
    def __init__(self, settings: MailboxSettings) -> None:
        self.settings = settings
        url = urlsplit(settings.url)
        self.scheme = url.scheme.lower()
        self.host = url.hostname or ""
        self.port = url.port or (993 if self.scheme == "imaps" else 143)
        self.user = settings.user or unquote(url.username or "")
        self.folder = unquote(url.path.lstrip("/")) or "INBOX"
        # The ledger's key for this mailbox: who and which folder, not where the server is,
        # so moving the server or giving it another name or port does not refetch it all
        # (UIDVALIDITY, kept beside each UID, tells when the folder itself is new).
        self.name = mailbox_key(self.user, self.folder)
        self.display = f"imap://{self.user}@{self.host}:{self.port}/{self.folder}"
        self.uidvalidity = 0
        self.client: IMAPClient | None = None
        self._folders: set[str] = set()
        self._caps: set[bytes] = set()
        self._highest_seen = 0
        self._woke = False  # the last wait() ended because new mail was announced
        self._announced: tuple[int, list[int]] | None = None  # (after UID, new UIDs)
        self._told_meta: dict[int, dict[bytes, object]] = {}  # their META, from announced()
        self._prune_validity: dict[str, int] = {}
        self._meta: dict[int, dict[bytes, object]] = {}  # sizes() for the fetch() after it
        self.tokens: oauth.TokenProvider | None = None  # XOAUTH2 only; survives reconnects

    # connection -------------------------------------------------------------
    def _ssl_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context()
        if not self.settings.tls_verify:
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
        return ctx

    def connect(self) -> None:
        if self.client is not None:
            return
        self._meta = {}
        self._woke, self._announced, self._told_meta = False, None, {}
        # Settings that cannot work count as refused logins: retrying will not fix them.
        if not self.user:
            raise AuthenticationError("mailbox.url has no user name (imap://USER@host/INBOX)")
        if self.settings.auth == "password" and self.settings.password is None:
            raise AuthenticationError("mailbox.password (or mailbox.password_file) is not set")
        where = f"IMAP {self.host}:{self.port}"
        client: IMAPClient | None = None
        try:
            client = IMAPClient(
                self.host,
                port=self.port,
                ssl=self.scheme == "imaps",
                ssl_context=self._ssl_context() if self.scheme == "imaps" else None,
                timeout=self.settings.timeout,
            )
            if self.scheme == "imap+starttls":
                client.starttls(self._ssl_context())
            self._login(client)
            self._caps = set(client.capabilities())
            info = client.select_folder(self.folder)
            self.uidvalidity = int(info[b"UIDVALIDITY"])
            self._folders = {f for _flags, _sep, f in client.list_folders()}
        except LoginError as exc:
            _shutdown(client)
            text = str(exc).removeprefix("b'").removeprefix('b"').rstrip("'\"")
            if "[UNAVAILABLE]" in text.upper():  # RFC 5530: the server's problem, not ours
                raise SourceError(f"{where}: {text}") from exc
            raise AuthenticationError(f"{where}: login refused: {text}") from exc
        except NETWORK_ERRORS as exc:
            _shutdown(client)
            raise SourceError(f"{where}: {exc}") from exc
        except OAuthError as exc:
            _shutdown(client)
            raise SourceError(f"{where}: no OAuth token: {exc}") from exc
        self.client = client

    def _login(self, client: IMAPClient) -> None:
        """LOGIN with the password, or AUTHENTICATE XOAUTH2 with a (cached) token.

        A refused token is dropped and a fresh one tried once: it may have been
        revoked before its expiry. A second refusal is the server's last word.
        """
        if self.settings.auth != "xoauth2":
            client.login(self.user, self.settings.password)
            return
        if self.tokens is None:
            self.tokens = oauth.provider_for(self.settings, self.user, self.settings.timeout)
        token = self.tokens.token()
        try:
            client.oauth2_login(self.user, token)
            return
        except LoginError:
            self.tokens.invalidate(token)
        token = self.tokens.token()
        try:
            client.oauth2_login(self.user, token)
        except LoginError as exc:
            self.tokens.invalidate(token)
            raise LoginError(
                f"XOAUTH2 login as {self.user} refused, also with a fresh token: {exc}"
            ) from exc

    def close(self) -> None:
        client, self.client = self.client, None
        if client is None:
            return
        try:
            client.logout()
        except Exception:  # noqa: BLE001 - the connection may already be gone
            with contextlib.suppress(Exception):
                client.shutdown()

    def _c(self) -> IMAPClient:
        if self.client is None:
            raise SourceError("not connected")
        return self.client

    # reading ------------------------------------------------------------------
    def candidates(self, after_uid: int | None) -> list[str]:
        start = (after_uid or 0) + 1
        told, self._announced = self._announced, None
        try:
            if told is not None and told[0] == (after_uid or 0):
                uids = told[1]  # announced() just asked (run loop, issue 12)
            else:
                uids = self._c().search(["UID", f"{start}:*"])
        except NETWORK_ERRORS as exc:
            raise SourceError(f"IMAP search failed: {exc}") from exc
        # `UID n:*` always returns the highest UID, even when it is below n.
        found = sorted(u for u in uids if u >= start)
        self._highest_seen = max([after_uid or 0, *found])
        return [str(u) for u in found]

    def sizes(self, keys: Sequence[str]) -> dict[str, int]:
        """RFC822.SIZE per key, known before any body is fetched (for byte-bounded batches)."""
        client = self._c()
        uids = [int(k) for k in keys]
        told, self._told_meta = self._told_meta, {}  # announced() asked already
        self._meta = {u: told[u] for u in uids if u in told}
        missing = [u for u in uids if u not in self._meta]
        try:
            for i in range(0, len(missing), CHUNK):
                self._meta.update(client.fetch(missing[i : i + CHUNK], META))
        except NETWORK_ERRORS as exc:
            raise SourceError(f"IMAP fetch failed: {exc}") from exc
        return {str(u): int(v[b"RFC822.SIZE"]) for u, v in self._meta.items()}

    def fetch(self, keys: Sequence[str]) -> Iterator[RawMessage]:
        """The messages in key order; bodies fetched a few MB at a time.

        Small bodies go FETCH_BYTES per command; a body over STREAM_FROM is read in
        pieces into a temporary file, so no command's response holds several copies of
        it; a body over max_message_bytes is fetched as headers only.
        """
        if not keys:
            return
        client = self._c()
        uids = [int(k) for k in keys]
        cap = self.settings.max_message_bytes
        # What sizes() just asked is not asked again (one round trip less per batch).
        meta = {u: self._meta[u] for u in uids if u in self._meta}
        missing = [u for u in uids if u not in meta]
        try:
            if missing:
                meta.update(client.fetch(missing, META))
        except NETWORK_ERRORS as exc:
            raise SourceError(f"IMAP fetch failed: {exc}") from exc
        for u in uids:
            self._meta.pop(u, None)
        group: list[int] = []
        group_bytes = 0

        def flush() -> Iterator[RawMessage]:
            nonlocal group_bytes
            if group:
                bodies = self._fetch_parts(group, "BODY.PEEK[]", b"BODY[]")
                for uid in group:
                    if uid in bodies:
                        yield self._raw(uid, meta[uid], bodies[uid])
                group.clear()
                group_bytes = 0

        for uid in uids:
            if uid not in meta:
                continue  # expunged meanwhile by someone else
            size = int(meta[uid][b"RFC822.SIZE"])
            if size <= cap and size < STREAM_FROM:
                if group and group_bytes + size > FETCH_BYTES:
                    yield from flush()
                group.append(uid)
                group_bytes += size
                continue
            yield from flush()
            if size > cap:
                heads = self._fetch_parts([uid], "BODY.PEEK[HEADER]", b"BODY[HEADER]")
                if uid in heads:
                    yield self._raw(uid, meta[uid], heads[uid], too_large=True)
            else:
                body = self._stream(uid, size)
                if body is not None:
                    yield self._raw(uid, meta[uid], body)
        yield from flush()

    def _fetch_parts(self, uids: list[int], item: str, key: bytes) -> dict[int, bytes]:
        try:
            got = self._c().fetch(uids, [item])
        except NETWORK_ERRORS as exc:
            raise SourceError(f"IMAP fetch failed: {exc}") from exc
        return {u: v.get(key) or b"" for u, v in got.items() if u in uids}

    def _stream(self, uid: int, size: int) -> bytes | None:
        """A big body in PIECE-sized partial fetches through a temporary file; None if gone."""
        client = self._c()
        with tempfile.TemporaryFile() as spool:
            offset = 0
            while True:
                try:
                    got = client.fetch([uid], [f"BODY.PEEK[]<{offset}.{PIECE}>"])
                except NETWORK_ERRORS as exc:
                    raise SourceError(f"IMAP fetch failed: {exc}") from exc
                if uid not in got:
                    return None  # expunged meanwhile
                piece = got[uid].get(f"BODY[]<{offset}>".encode()) or b""
                spool.write(piece)
                offset += len(piece)
                if len(piece) < PIECE:
                    break
                del got, piece
            spool.seek(0)
            return spool.read()

    @staticmethod
    def _raw(
        uid: int, meta: dict[bytes, object], raw: bytes, too_large: bool = False
    ) -> RawMessage:
        when = meta.get(b"INTERNALDATE")
        internal = when if isinstance(when, datetime) else None
        size = int(meta[b"RFC822.SIZE"])  # type: ignore[call-overload]
        return RawMessage(str(uid), uid, raw, size, internal, too_large=too_large)

    # filing ---------------------------------------------------------------------
    def _ensure_folder(self, folder: str) -> None:
        if folder in self._folders:
            return
        client = self._c()
        try:
            client.create_folder(folder)
        except IMAPClientError as exc:
            if "exist" not in str(exc).lower():
                raise
        self._folders.add(folder)
        try:
            client.subscribe_folder(folder)
        except IMAPClientError:
            log.debug("could not subscribe %s", folder)

    def file(self, moves: dict[str, list[str]], keep: Sequence[str]) -> None:
        client = self._c()
        try:
            for folder, keys in moves.items():
                if not keys:
                    continue
                self._ensure_folder(folder)
                uids = [int(k) for k in keys]
                for i in range(0, len(uids), 500):
                    chunk = uids[i : i + 500]
                    # Marks what mailbot filed, so a person's moves are told apart (issue 8).
                    client.add_flags(chunk, [FILED_KEYWORD], silent=True)
                    if b"MOVE" in self._caps:
                        client.move(chunk, folder)
                    else:
                        client.copy(chunk, folder)
                        client.add_flags(chunk, [b"\\Deleted"], silent=True)
                        if b"UIDPLUS" in self._caps:
                            client.uid_expunge(chunk)
                        else:
                            client.expunge()
            if keep:
                uids = [int(k) for k in keep]
                for i in range(0, len(uids), 500):
                    client.add_flags(uids[i : i + 500], [self.settings.seen_keyword], silent=True)
        except NETWORK_ERRORS as exc:
            raise SourceError(f"IMAP filing failed: {exc}") from exc

    def flag_for_person(self, keys: Sequence[str]) -> None:
        """\\Flagged draws a person's eye in every mail client."""
        if keys:
            try:
                self._c().add_flags([int(k) for k in keys], [b"\\Flagged"], silent=True)
            except NETWORK_ERRORS as exc:
                raise SourceError(f"IMAP flagging failed: {exc}") from exc

    # pruning ----------------------------------------------------------------------
    def _is_own(self, folder: str) -> bool:
        """INBOX is case-insensitive in IMAP; other names are not."""
        if folder.upper() == "INBOX" == self.folder.upper():
            return True
        return folder == self.folder

    def _select_other(self, folder: str, readonly: bool) -> int | None:
        """Select `folder` (not ours) and return its UIDVALIDITY; None if it does not exist."""
        client = self._c()
        if not client.folder_exists(folder):
            return None
        info = client.select_folder(folder, readonly=readonly)
        return int(info[b"UIDVALIDITY"])

    def _reselect_own(self) -> None:
        """Back to our own folder, so candidates/fetch/file/IDLE act on it again."""
        info = self._c().select_folder(self.folder)
        self.uidvalidity = int(info[b"UIDVALIDITY"])

    def old_messages(self, folder: str, before: datetime) -> list[str]:
        """UIDs in `folder` whose INTERNALDATE is older than `before`; [] if there is no folder.

        SEARCH BEFORE compares dates only, in a time zone the server chooses, so it
        is asked for a superset (two days later) and the INTERNALDATEs are checked here.
        """
        if before.tzinfo is None:
            before = before.replace(tzinfo=UTC)
        client = self._c()
        with self._searching(folder) as there:
            if not there:
                return []
            day = (before.astimezone(UTC) + timedelta(days=2)).date()
            uids = sorted(int(u) for u in client.search(["BEFORE", day]))
            old: list[str] = []
            for i in range(0, len(uids), CHUNK):
                meta = client.fetch(uids[i : i + CHUNK], ["INTERNALDATE"])
                for uid in uids[i : i + CHUNK]:
                    when = meta.get(uid, {}).get(b"INTERNALDATE")
                    if isinstance(when, datetime) and _aware(when) < before:
                        old.append(str(uid))
            return old

    @contextlib.contextmanager
    def _searching(self, folder: str) -> Iterator[bool]:
        """`folder` selected read-only for a search (False: it does not exist), then ours again.

        Its UIDVALIDITY is remembered, so expunge() touches nothing if the folder is
        recreated in between; network errors become one SourceError.
        """
        own = self._is_own(folder)
        # Sizes of our folder's UIDs mean nothing in another folder.
        self._meta, self._told_meta, self._announced = {}, {}, None
        try:
            if not own:
                validity = self._select_other(folder, readonly=True)
                if validity is None:
                    yield False
                    return
                self._prune_validity[folder] = validity
            try:
                yield True
            finally:
                if not own:
                    self._reselect_own()
        except NETWORK_ERRORS as exc:
            raise SourceError(f"IMAP search in {folder} failed: {exc}") from exc

    def expunge(self, folder: str, keys: list[str]) -> int:
        """Delete these UIDs from `folder` for good; returns how many were there.

        With UIDPLUS only these UIDs are expunged; without it a plain EXPUNGE also
        removes what others marked \\Deleted in that folder, which they asked for anyway.
        If the folder was recreated since old_messages() (new UIDVALIDITY), the UIDs
        name other messages, so nothing is touched.
        """
        if not keys:
            return 0
        client = self._c()
        own = self._is_own(folder)
        removed = 0
        try:
            if own:
                validity: int | None = self.uidvalidity
            else:
                validity = self._select_other(folder, readonly=False)
                if validity is None:
                    return 0
            try:
                expected = self._prune_validity.pop(folder, validity)
                if validity != expected:
                    log.warning("%s was recreated (UIDVALIDITY changed); not expunging", folder)
                    return 0
                uids = sorted({int(k) for k in keys})
                for i in range(0, len(uids), CHUNK):
                    chunk = uids[i : i + CHUNK]
                    # Not silent: the FETCH answers name the UIDs that still exist.
                    removed += len(client.add_flags(chunk, [b"\\Deleted"]))
                    if b"UIDPLUS" in self._caps:
                        client.uid_expunge(chunk)
                    else:
                        client.expunge()
            finally:
                if not own:
                    self._reselect_own()
        except NETWORK_ERRORS as exc:
            raise SourceError(f"IMAP expunge in {folder} failed: {exc}") from exc
        return removed

    # erasure ----------------------------------------------------------------------
    def find_sized(self, folder: str, sizes: Collection[int]) -> list[RawMessage]:
        """Messages in `folder` whose RFC822.SIZE is one of `sizes` (SEARCH LARGER/SMALLER)."""
        wanted = sorted({int(s) for s in sizes if int(s) >= 0})
        if not wanted:
            return []
        client = self._c()
        with self._searching(folder) as there:
            if not there:
                return []
            uids: set[int] = set()
            for size in wanted:
                criteria: list[object] = ["SMALLER", size + 1]
                if size > 0:
                    criteria = ["LARGER", size - 1, *criteria]
                uids.update(int(u) for u in client.search(criteria))
            return list(self.fetch([str(u) for u in sorted(uids)]))

    # waiting ----------------------------------------------------------------------
    def wait(self, timeout: float, stop: threading.Event) -> None:
        client = self._c()
        if b"IDLE" not in self._caps:
            stop.wait(timeout)
            return
        remaining = min(timeout, self.settings.idle_timeout)
        try:
            # Mail that arrived while the last cycle ran was announced (EXISTS) during
            # that cycle's commands, where imaplib keeps it unread; IDLE would wait for
            # the *next* change. One cheap search closes that gap. What imaplib kept
            # from before it is old news (every SELECT leaves an EXISTS there: taken
            # as new mail, it made this loop poll without pause, issue 12).
            stored = client._imap.untagged_responses
            stored.pop("EXISTS", None)
            stored.pop("RECENT", None)
            start = self._highest_seen + 1
            if any(u >= start for u in client.search(["UID", f"{start}:*"])):
                self._woke = True
                return
            client.idle()
            try:
                # A change that happened between that search and IDLE can be announced
                # before IDLE's continuation line; imaplib files it away unread.
                if stored.pop("EXISTS", None) or stored.pop("RECENT", None):
                    remaining, self._woke = 0, True
                while remaining > 0 and not stop.is_set():
                    step = min(1.0, remaining)
                    responses = client.idle_check(timeout=step)
                    remaining -= step
                    if any(
                        isinstance(r, tuple) and r[1:2] in ((b"EXISTS",), (b"RECENT",))
                        for r in responses
                    ):
                        self._woke = True
                        break
            finally:
                client.idle_done()
        except NETWORK_ERRORS as exc:
            raise SourceError(f"IMAP IDLE failed: {exc}") from exc

    def announced(self) -> bool:
        """Did the last wait() end on new mail that only the poll needs to see?

        The run loop then files it before the cycle's other work. False after a
        timeout, on the first cycle, and when a new message carries FILED_KEYWORD
        (a person moved what mailbot filed back: the corrections look first).
        """
        woke, self._woke = self._woke, False
        if not woke or self.client is None:
            return False
        start = self._highest_seen + 1
        try:
            # One round trip for both questions: which UIDs are new (kept, with their
            # sizes, for the candidates() and sizes() that follow) and whether one of
            # them carries the keyword.
            flags = _fetch_flags_from(self.client, start)
        except NETWORK_ERRORS as exc:
            raise SourceError(f"IMAP fetch failed: {exc}") from exc
        new = {u: f for u, f in flags.items() if u >= start}
        if any(FILED_KEYWORD.encode() in f.get(b"FLAGS", ()) for f in new.values()):
            return False  # and nothing is kept: the chores may change the folder first
        self._announced = (start - 1, sorted(new))
        self._told_meta = {u: f for u, f in new.items() if all(k.encode() in f for k in META)}
        return True


def _fetch_flags_from(client: IMAPClient, start: int) -> dict[int, dict[bytes, Any]]:
    """UID FETCH start:* (FLAGS and META), which IMAPClient.fetch cannot ask (it wants UIDs)."""
    imap = client._imap
    tag = imap._command("UID", "FETCH", f"{start}:*", f"(FLAGS {' '.join(META)})")
    typ, data = imap._command_complete("FETCH", tag)
    client._checkok("fetch", typ, data)
    typ, data = imap._untagged_response(typ, data, "FETCH")
    parsed: dict[int, dict[bytes, Any]] = parse_fetch_response(data, client.normalise_times, True)
    return parsed


def _aware(when: datetime) -> datetime:
    """imapclient gives INTERNALDATE as naive local time (normalise_times); make it aware."""
    return when if when.tzinfo is not None else when.astimezone()
