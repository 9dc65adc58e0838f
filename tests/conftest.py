"""Shared pytest fixtures: a real Dovecot IMAP server and an SMTP sink.

Real servers rather than mocks, because mailbot's bugs live in protocol details
(UIDs, flags, folder names, literals) that a mock would only echo back.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import settings as hypothesis_settings

from tests.helpers import running_in_ci
from tests.servers import (
    INSTALL_HINT,
    Dovecot,
    ImapAccount,
    Postgres,
    SmtpCapture,
    find_dovecot,
    find_initdb,
)

# Property tests assert what holds, not how fast: on a loaded machine (CI, two cores) one
# example may take longer than hypothesis's 200 ms default without anything being wrong.
hypothesis_settings.register_profile("mailbot", deadline=None)
hypothesis_settings.load_profile("mailbot")


@pytest.fixture(scope="session")
def dovecot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dovecot]:
    """One Dovecot for the whole session; tests isolate themselves by user."""
    if find_dovecot() is None:
        message = f"dovecot is not installed (`{INSTALL_HINT}`); IMAP tests need it"
        if running_in_ci():
            pytest.fail(message + " and CI is set, so this is an error", pytrace=False)
        pytest.skip(message)
    server = Dovecot()
    server.start(tmp_path_factory.mktemp("dovecot"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def imap_account(dovecot: Dovecot) -> ImapAccount:
    """A fresh user with an empty INBOX, so tests never see each other's mail."""
    return dovecot.add_user()


@pytest.fixture
def smtp_server() -> Iterator[SmtpCapture]:
    """An SMTP sink on a free local port, recording every message it accepts."""
    server = SmtpCapture().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def postgres(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Postgres]:
    """One throwaway PostgreSQL cluster for the session (SPEC: PostgreSQL must work too)."""
    if find_initdb() is None:
        message = "PostgreSQL is not installed (`apt-get install postgresql`)"
        if running_in_ci():
            pytest.fail(message + " and CI is set, so this is an error", pytrace=False)
        pytest.skip(message)
    server = Postgres().start(tmp_path_factory.mktemp("pg"))
    try:
        yield server
    finally:
        server.stop()
