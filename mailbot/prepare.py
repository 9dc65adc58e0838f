"""The pure part of handling a message: parse and classify, in a worker process or here.

Kept apart from service.py so that a worker imports only what preparing needs (parsing,
classification), not the database, the handlers or the PDF code: importing service.py
took a worker 1.4 s of CPU, this module 0.24 s, and the forkserver imports it once for
every worker (issue 12).
"""

from __future__ import annotations

import multiprocessing
import os
import select as _select
import threading
import time
from dataclasses import dataclass
from typing import Any

from mailbot import limits as bounds
from mailbot.classify import Classification, Rules, classify
from mailbot.ledger import dedup_key
from mailbot.limits import Limits
from mailbot.parsing import Message, ParseError, parse


@dataclass
class Prepared:
    """The pure part of handling a message, computed before any database work.

    Kept free of I/O so that big backlogs can prepare in worker processes.
    `timed_out`: the time budget ran out (the message is tried once more, alone).
    """

    msg: Message | None
    cls: Classification | None
    error: str | None
    dedup: str
    timed_out: bool = False


def prepare(raw: bytes, too_large: bool, rules: Rules, limits: Limits | None = None) -> Prepared:
    """Parse and classify within `limits`; never raises: a failure is the message's error."""
    limits = limits or Limits()
    try:
        with bounds.alarm(limits.parse_timeout):
            return _prepare(raw, too_large, rules, limits)
    except bounds.Timeout as exc:
        return Prepared(None, None, f"gave up: {exc}", dedup_key(None, raw), timed_out=True)


def _prepare(raw: bytes, too_large: bool, rules: Rules, limits: Limits) -> Prepared:
    deadline = bounds.Deadline(limits.parse_timeout)
    try:
        msg = parse(raw, headers_only=too_large, limits=limits, deadline=deadline)
    except ParseError as exc:
        return Prepared(None, None, str(exc), dedup_key(None, raw))
    except Exception as exc:  # noqa: BLE001 - RecursionError, MemoryError, a library bug
        return Prepared(
            None, None, f"parsing failed: {type(exc).__name__}: {exc}", dedup_key(None, raw)
        )
    key = dedup_key(msg, raw)
    try:
        cls = classify(msg, rules)
    except Exception as exc:  # noqa: BLE001 - recorded as unprocessable, never raised
        return Prepared(msg, None, f"classification failed: {type(exc).__name__}: {exc}", key)
    deadline.check("classification")
    return Prepared(msg, cls, None, key)


_worker_rules: Rules | None = None
_worker_limits: Limits | None = None


def _init_worker(rules: Rules, limits: Limits | None = None, parent: int | None = None) -> None:
    global _worker_rules, _worker_limits
    _worker_rules = rules
    _worker_limits = limits
    if parent is not None:
        _exit_with(parent)
    else:
        _exit_with_parent()


def _exit_with(parent: int) -> None:
    """End this worker when the mailbot process that made the pool dies.

    A worker holds both ends of its task queue (and the forkserver's liveness pipe),
    so after a SIGKILL of mailbot it would wait forever and keep the forkserver and
    the resource tracker alive with it: orphans that pile up with every crash.
    """

    def watch() -> None:
        try:
            fd = os.pidfd_open(parent)
        except ProcessLookupError:
            os._exit(0)
        except (AttributeError, OSError):  # no pidfd (old kernel): poll instead
            while True:
                try:
                    os.kill(parent, 0)
                except ProcessLookupError:
                    os._exit(0)
                except PermissionError:
                    pass
                time.sleep(1.0)
        _select.select([fd], [], [])  # readable once the process has ended
        os._exit(0)

    threading.Thread(target=watch, name="mailbot-parent-watch", daemon=True).start()


def _exit_with_parent() -> None:
    """End this worker when the service ends, even by SIGKILL.

    Otherwise a killed service leaves its workers behind, one of them perhaps
    grinding on the hostile message for minutes.
    """
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=lambda: (parent.join(), os._exit(1)), daemon=True).start()


def _prepare_many(raws: list[tuple[bytes, bool]]) -> list[Prepared]:
    assert _worker_rules is not None
    return [prepare(raw, big, _worker_rules, _worker_limits) for raw, big in raws]


def _isolated_main(conn: Any, rules: Rules, limits: Limits) -> None:
    """The isolated worker: one message at a time, until the pipe closes."""
    _exit_with_parent()
    conn.send("ready")
    while True:
        try:
            raw, big = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(prepare(raw, big, rules, limits))
