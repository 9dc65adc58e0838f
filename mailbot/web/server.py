"""Serving the console with uvicorn: alone (`mailbot web`) or beside the mail loop.

The mail loop of `mailbot run` is synchronous (threads: IMAP IDLE, the scheduler),
so the console gets one thread with its own asyncio loop; its routes run their
database work in uvicorn's thread pool. X-Forwarded-For/-Proto are believed only
from `[web] trusted_proxies` (uvicorn's forwarded_allow_ips).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import datetime

import uvicorn
from sqlalchemy.engine import Engine

from mailbot.config import Settings


def host_port(listen: str) -> tuple[str, int]:
    host, _, port = listen.rpartition(":")
    return host.strip("[]"), int(port)


def make_server(
    settings: Settings,
    engine: Engine,
    send_outbox: Callable[[], object] | None = None,
    last_poll: Callable[[], datetime | None] | None = None,
) -> uvicorn.Server:
    from mailbot.web.app import create_app

    host, port = host_port(settings.web.listen)
    proxies = settings.web.trusted_proxies
    config = uvicorn.Config(
        create_app(settings, engine, send_outbox, last_poll),
        host=host,
        port=port,
        proxy_headers=bool(proxies),
        forwarded_allow_ips=",".join(proxies) if proxies else "",
        server_header=False,
        access_log=False,
        log_config=None,
        lifespan="off",
        # Forms are small: a bigger body is an attack, not a request.
        h11_max_incomplete_event_size=64 * 1024,
    )
    return uvicorn.Server(config)


class Background:
    """The console in a thread of `mailbot run`; stop() ends it with the service."""

    def __init__(self, server: uvicorn.Server) -> None:
        self.server = server
        self.thread = threading.Thread(target=server.run, name="mailbot-web", daemon=True)

    def start(self, timeout: float = 15.0) -> Background:
        """Start serving; raises OSError when it cannot listen (address in use, …)."""
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started and self.thread.is_alive() and time.monotonic() < deadline:
            time.sleep(0.05)
        if not self.server.started:
            self.stop()
            raise OSError(f"cannot listen on {self.server.config.host}:{self.server.config.port}")
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
