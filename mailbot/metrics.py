"""/healthz and /metrics for `mailbot run`, on their own small HTTP listener.

The standard library's ThreadingHTTPServer in a daemon thread, not an ASGI app:
`run` is a plain threaded program (poll loop + APScheduler's background thread)
with no event loop to host one, and two read-only GET routes need no framework.
When the web console exists it can mount the same registry (prometheus-client's
make_asgi_app) on its own listener.

Counters live in this process (Prometheus handles restarts); the outbox and the
review queue are counted in the database at each scrape, so they are true even
when another process (`mailbot poll`, a staff command) changed them.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.exposition import generate_latest
from prometheus_client.registry import Collector
from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from mailbot import clock
from mailbot.classify import KINDS
from mailbot.models import OutboundMail, QueuedAction

if TYPE_CHECKING:
    from mailbot.config import Settings
    from mailbot.service import PollReport

log = logging.getLogger(__name__)
POLL_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600)


class MetricsError(Exception):
    """A [metrics] setting that cannot work, worded as the one line the operator sees."""


class _DatabaseCollector(Collector):
    """Outbox and review queue, counted at scrape time."""

    def __init__(self, engine: Engine, settings: Settings) -> None:
        self.engine = engine
        self.settings = settings

    def collect(self) -> Iterator[Metric]:
        outbox = GaugeMetricFamily(
            "mailbot_outbox_mails",
            "Outgoing mail by status (pending includes mail waiting in back-off).",
            labels=["status"],
        )
        queue = GaugeMetricFamily(
            "mailbot_queue_actions",
            "Pending review-queue actions: all, due within lifecycle.digest_days, overdue.",
            labels=["state"],
        )
        up = GaugeMetricFamily(
            "mailbot_database_up", "1 when the last scrape could read the database."
        )
        try:
            now = clock.now()
            soon = now + timedelta(days=self.settings.lifecycle.digest_days)
            with Session(self.engine) as session:
                by_status = dict(
                    session.exec(  # type: ignore[arg-type]
                        select(OutboundMail.status, func.count()).group_by(col(OutboundMail.status))
                    ).all()
                )
                pending = (
                    select(func.count())
                    .select_from(QueuedAction)
                    .where(QueuedAction.status == "pending")
                )
                all_pending = session.exec(pending).one()
                due = session.exec(pending.where(QueuedAction.due <= soon)).one()
                overdue = session.exec(pending.where(QueuedAction.due < now)).one()
                session.rollback()
        except Exception as exc:  # noqa: BLE001 - a scrape must answer even without a database
            log.warning("metrics: cannot read the database: %s", exc)
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        # "sending" is claimed by a sender right now: still waiting, as far as anyone knows.
        outbox.add_metric(["pending"], by_status.get("pending", 0) + by_status.get("sending", 0))
        outbox.add_metric(["failed"], by_status.get("failed", 0))
        outbox.add_metric(["sent"], by_status.get("sent", 0))
        queue.add_metric(["pending"], all_pending)
        queue.add_metric(["due"], due)
        queue.add_metric(["overdue"], overdue)
        yield from (up, outbox, queue)


class Metrics:
    """What the poll loop reports, and the health derived from it."""

    def __init__(self, engine: Engine, settings: Settings) -> None:
        self.settings = settings
        self.max_poll_age = settings.metrics.max_poll_age
        self.registry = CollectorRegistry()
        self.processed = Counter(
            "mailbot_messages_processed",
            "Messages processed, by kind.",
            ["kind"],
            registry=self.registry,
        )
        for kind in KINDS:
            self.processed.labels(kind=kind)
        self.unprocessable = Counter(
            "mailbot_messages_unprocessable",
            "Messages that could not be processed (filed in the unprocessable folder).",
            registry=self.registry,
        )
        self.duplicates = Counter(
            "mailbot_messages_duplicate",
            "Copies of messages already processed.",
            registry=self.registry,
        )
        self.poll_duration = Histogram(
            "mailbot_poll_duration_seconds",
            "Duration of one successful poll cycle (fetch, process, file).",
            buckets=POLL_BUCKETS,
            registry=self.registry,
        )
        self.last_poll = Gauge(
            "mailbot_last_poll_timestamp_seconds",
            "Unix time of the last successful poll (0: none yet).",
            registry=self.registry,
        )
        self.auth_failures = Gauge(
            "mailbot_mailbox_auth_failures",
            "Logins the mailbox refused in a row (run stops at mailbox.max_auth_failures).",
            registry=self.registry,
        )
        self.registry.register(_DatabaseCollector(engine, settings))
        self._last_success: float | None = None  # time.monotonic() of the last good poll

    def observe_poll(self, report: PollReport, seconds: float) -> None:
        for kind, n in report.by_kind.items():
            self.processed.labels(kind=kind).inc(n)
        self.unprocessable.inc(report.unprocessable)
        self.duplicates.inc(report.duplicates)
        self.poll_duration.observe(seconds)
        self.last_poll.set(time.time())
        self.auth_failures.set(0)
        self._last_success = time.monotonic()

    def observe_auth_failure(self, consecutive: int) -> None:
        self.auth_failures.set(consecutive)

    def health(self) -> tuple[int, dict[str, Any]]:
        """200 while the last successful poll is younger than metrics.max_poll_age."""
        if self._last_success is None:
            return 503, {"status": "starting", "last_poll_age_seconds": None}
        age = round(time.monotonic() - self._last_success, 3)
        ok = age < self.max_poll_age
        body = {"status": "ok" if ok else "stale", "last_poll_age_seconds": age}
        return (200 if ok else 503), body

    def exposition(self) -> bytes:
        return generate_latest(self.registry)


def _handler_for(metrics: Metrics) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "mailbot"
        sys_version = ""

        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            path = self.path.split("?", 1)[0]
            if path == "/healthz":
                status, body = metrics.health()
                self._send(status, "application/json", json.dumps(body).encode() + b"\n")
            elif path == "/metrics":
                self._send(200, CONTENT_TYPE_LATEST, metrics.exposition())
            else:
                self._send(
                    404, "text/plain; charset=utf-8", b"not found: try /healthz or /metrics\n"
                )

        def _send(self, status: int, ctype: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            log.debug("metrics: %s %s", self.address_string(), format % args)

    return Handler


def parse_listen(listen: str) -> tuple[str, int]:
    host, _, port = listen.rpartition(":")
    return host.strip("[]"), int(port)


class MetricsServer:
    """The listener thread; stop() closes the socket."""

    def __init__(self, metrics: Metrics, listen: str) -> None:
        host, port = parse_listen(listen)
        try:
            self.httpd = ThreadingHTTPServer((host, port), _handler_for(metrics))
        except OSError as exc:
            raise MetricsError(
                f"metrics.listen: cannot listen on {listen}: {exc.strerror}"
            ) from None
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, name="mailbot-metrics", daemon=True
        )

    @property
    def port(self) -> int:
        return int(self.httpd.server_address[1])

    def start(self) -> MetricsServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


def start(engine: Engine, settings: Settings) -> tuple[Metrics, MetricsServer] | None:
    """The listener when `[metrics] listen` is set; None when it is off."""
    if not settings.metrics.listen:
        return None
    # The loop waits (IDLE or sleep) at most poll_interval between polls.
    if settings.metrics.max_poll_age <= settings.mailbox.poll_interval:
        raise MetricsError(
            f"metrics.max_poll_age: {settings.metrics.max_poll_age:g} s must be longer than "
            f"mailbox.poll_interval ({settings.mailbox.poll_interval:g} s): a quiet mailbox "
            "is polled only that often"
        )
    metrics = Metrics(engine, settings)
    return metrics, MetricsServer(metrics, settings.metrics.listen).start()
