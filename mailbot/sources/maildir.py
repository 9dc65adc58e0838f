"""A local Maildir: the embedded default for the demo and small installs.

Filing renames the file into the folder's `cur/`, which is atomic on one file
system, so a crash never leaves a message in two places or none. Folders use the
Maildir++ layout (`.mailbot.contact-form`), which Dovecot and other servers read.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Collection, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from mailbot.config import MailboxSettings
from mailbot.sources.base import RawMessage, SourceError


def _key(filename: str) -> str:
    return filename.split(":", 1)[0]


def ensure_maildir(path: Path) -> None:
    for sub in ("cur", "new", "tmp"):
        (path / sub).mkdir(parents=True, exist_ok=True)


class MaildirSource:
    def __init__(self, settings: MailboxSettings) -> None:
        self.settings = settings
        self.root = Path(settings.url.removeprefix("maildir:")).expanduser()
        self.name = f"maildir:{self.root}"
        self.uidvalidity = 0
        self._index: dict[str, Path] = {}

    def connect(self) -> None:
        try:
            ensure_maildir(self.root)
        except OSError as exc:
            raise SourceError(f"Maildir {self.root}: {exc.strerror}") from exc

    def close(self) -> None:
        self._index.clear()

    def _scan(self) -> dict[str, Path]:
        index: dict[str, Path] = {}
        for sub in ("new", "cur"):
            try:
                names = os.listdir(self.root / sub)
            except FileNotFoundError:
                continue
            for name in names:
                if not name.startswith("."):
                    index[_key(name)] = self.root / sub / name
        self._index = index
        return index

    def candidates(self, after_uid: int | None) -> list[str]:
        index = self._scan()
        return sorted(index, key=lambda k: (index[k].stat().st_mtime, k))

    def fetch(self, keys: Sequence[str]) -> Iterator[RawMessage]:
        for key in keys:
            path = self._index.get(key)
            if path is None:
                continue
            item = self._read(key, path)
            if item is not None:
                yield item

    def _read(self, key: str, path: Path) -> RawMessage | None:
        """One file as a message: only its header above the size cap; None if it is gone."""
        try:
            st = path.stat()
            if st.st_size > self.settings.max_message_bytes:
                with path.open("rb") as fh:
                    head = fh.read(256 * 1024)
                cut = head.find(b"\n\n")
                raw = head[: cut + 1] if cut >= 0 else head
                too_large = True
            else:
                raw = path.read_bytes()
                too_large = False
        except FileNotFoundError:
            return None
        when = datetime.fromtimestamp(st.st_mtime, UTC)
        return RawMessage(key, None, raw, st.st_size, when, too_large)

    def folder_path(self, folder: str) -> Path:
        return self.root / ("." + folder.replace("/", "."))

    def _locate(self, key: str) -> Path | None:
        path = self._index.get(key)
        if path is not None and path.exists():
            return path
        return self._scan().get(key)

    def file(self, moves: dict[str, list[str]], keep: Sequence[str]) -> None:
        try:
            for folder, keys in moves.items():
                target = self.folder_path(folder)
                ensure_maildir(target)
                for key in keys:
                    path = self._locate(key)
                    if path is None:
                        continue  # already moved: filing is idempotent
                    name = path.name if ":" in path.name else path.name + ":2,"
                    os.rename(path, target / "cur" / name)
                    self._index.pop(key, None)
            for key in keep:
                path = self._locate(key)
                if path is not None and path.parent.name == "new":
                    name = path.name if ":" in path.name else path.name + ":2,"
                    new_path = self.root / "cur" / name
                    os.rename(path, new_path)
                    self._index[key] = new_path
        except OSError as exc:
            raise SourceError(f"Maildir filing failed: {exc}") from exc

    def flag_for_person(self, keys: Sequence[str]) -> None:
        for key in keys:
            path = self._locate(key)
            if path is None:
                continue
            base, _, info = path.name.partition(":2,")
            if "F" not in info:
                flags = "".join(sorted(info + "F"))
                new_path = self.root / "cur" / f"{base}:2,{flags}"
                os.rename(path, new_path)
                self._index[key] = new_path

    # pruning ----------------------------------------------------------------------
    def _folder_dir(self, folder: str) -> Path:
        """INBOX is the Maildir's root (Maildir++); other folders are `.a.b` under it."""
        return self.root if folder.upper() == "INBOX" else self.folder_path(folder)

    def old_messages(self, folder: str, before: datetime) -> list[str]:
        """Keys of messages in `folder` whose file mtime (Dovecot's INTERNALDATE) is older."""
        if before.tzinfo is None:
            before = before.replace(tzinfo=UTC)
        limit = before.timestamp()
        return sorted(_key(e.name) for e, st in self._entries(folder) if st.st_mtime < limit)

    def _entries(self, folder: str) -> Iterator[tuple[os.DirEntry[str], os.stat_result]]:
        """The message files of `folder` (new/ and cur/) with their stat; vanished ones skipped."""
        base = self._folder_dir(folder)
        for sub in ("new", "cur"):
            try:
                entries = list(os.scandir(base / sub))
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise SourceError(f"Maildir {base / sub}: {exc.strerror}") from exc
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                try:
                    yield entry, entry.stat()
                except FileNotFoundError:
                    continue  # moved or deleted meanwhile

    def expunge(self, folder: str, keys: list[str]) -> int:
        """Unlink these messages from `folder`; returns how many files were removed."""
        wanted = set(keys)
        if not wanted:
            return 0
        base = self._folder_dir(folder)
        removed = 0
        for sub in ("new", "cur"):
            try:
                names = os.listdir(base / sub)
            except FileNotFoundError:
                continue
            for name in names:
                key = _key(name)
                if name.startswith(".") or key not in wanted:
                    continue
                try:
                    os.unlink(base / sub / name)
                except FileNotFoundError:
                    continue
                except OSError as exc:
                    raise SourceError(f"Maildir expunge failed: {exc}") from exc
                removed += 1
                if base == self.root:
                    self._index.pop(key, None)
        return removed

    def find_sized(self, folder: str, sizes: Collection[int]) -> list[RawMessage]:
        """Messages in `folder` whose file is one of `sizes` bytes long."""
        wanted = set(sizes)
        found = (
            self._read(_key(entry.name), Path(entry.path))
            for entry, st in self._entries(folder)
            if st.st_size in wanted
        )
        return [item for item in found if item is not None]

    def wait(self, timeout: float, stop: threading.Event) -> None:
        stop.wait(timeout)
