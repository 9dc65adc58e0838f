"""The interface every mail source offers to the service."""

from __future__ import annotations

import threading
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


class SourceError(Exception):
    """The mailbox cannot be reached or refused an operation; the loop reconnects."""


@dataclass(frozen=True)
class RawMessage:
    """One message as the server has it. `raw` holds only headers when `too_large`."""

    key: str
    uid: int | None
    raw: bytes
    size: int
    internaldate: datetime | None = None
    too_large: bool = False


class MailSource(Protocol):
    name: str
    uidvalidity: int

    def connect(self) -> None: ...

    def close(self) -> None: ...

    def candidates(self, after_uid: int | None) -> list[str]:
        """Keys of messages in INBOX that may be new (the service drops those it knows)."""
        ...

    def fetch(self, keys: Sequence[str]) -> Iterable[RawMessage]: ...

    def file(self, moves: dict[str, list[str]], keep: Sequence[str]) -> None:
        """Move keys to folders; mark `keep` as seen by mailbot. Idempotent."""
        ...

    def flag_for_person(self, keys: Sequence[str]) -> None:
        """Mark messages that a person must look at (too large, unreadable)."""
        ...

    def old_messages(self, folder: str, before: datetime) -> list[str]:
        """Keys of messages in `folder` received (INTERNALDATE) before `before`; [] if none.

        Keys are only meaningful to expunge() of the same folder.
        """
        ...

    def expunge(self, folder: str, keys: list[str]) -> int:
        """Delete these messages from `folder` for good; returns how many were deleted.

        The source's own folder stays selected afterwards, so polling carries on.
        """
        ...

    def find_sized(self, folder: str, sizes: Collection[int]) -> list[RawMessage]:
        """Messages in `folder` of exactly these sizes, read as fetch() reads them.

        What an erasure uses to find a copy again (then checked by its content hash);
        keys are only meaningful to expunge() of the same folder. [] if no folder.
        """
        ...

    def wait(self, timeout: float, stop: threading.Event) -> None:
        """Block until new mail may have arrived, the timeout passes, or stop is set."""
        ...
