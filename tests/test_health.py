"""A wrong password stops `run`; /healthz and /metrics tell a monitor how it is doing."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from mailbot.config import ConfigError, load_settings
from mailbot.db import create_schema, make_engine
from mailbot.metrics import Metrics, MetricsError, MetricsServer, start
from mailbot.service import PollReport, mask_url
from tests.helpers import sample
from tests.servers import ImapAccount, SmtpCapture, free_port
from tests.test_e2e_imap import write_config


def spawn(*args: str, cwd: Path) -> subprocess.Popen[str]:
    exe = Path(sys.executable).with_name("mailbot")
    return subprocess.Popen(
        [str(exe), *args], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def stop(proc: subprocess.Popen[str]) -> tuple[int, str]:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    try:
        rc = proc.wait(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    return rc, proc.stderr.read() if proc.stderr else ""


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def wait_for(url: str, status: int, timeout: float = 30.0) -> str:
    deadline = time.monotonic() + timeout
    last: tuple[int, str] | None = None
    while time.monotonic() < deadline:
        try:
            last = get(url)
            if last[0] == status:
                return last[1]
        except OSError:
            pass  # not listening yet
        time.sleep(0.2)
    raise AssertionError(f"{url} did not answer {status}; last answer {last}")


def sample_value(text: str, name: str) -> float:
    """The value of an unlabelled sample in the Prometheus text format."""
    for line in text.splitlines():
        if line.split(" ")[0] == name:
            return float(line.rsplit(" ", 1)[1])
    raise AssertionError(f"{name} not in metrics")


# --------------------------------------------------------------------------- wrong password
def test_run_stops_after_max_auth_failures_with_one_clear_line(
    tmp_path: Path, imap_account: ImapAccount
) -> None:
    wrong = "wrong-Pa55word-for-test"
    cfg = write_config(tmp_path, imap_account, None, max_auth_failures="2")
    cfg.write_text(cfg.read_text().replace(imap_account.password, wrong))

    proc = spawn("run", "--config", str(cfg), cwd=tmp_path)
    try:
        rc = proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    stderr = proc.stderr.read() if proc.stderr else ""

    assert rc == 3, stderr
    last = stderr.strip().splitlines()[-1]
    assert last.startswith(f"mailbot: mailbox.url {imap_account.url}: login refused 2 times")
    assert "times in a row ([AUTHENTICATIONFAILED] " in last and "mailbox.password" in last
    assert wrong not in stderr
    assert stderr.count("mailbox refused the login (1 of 2 allowed)") == 1


def test_run_stops_when_no_password_is_configured(tmp_path: Path) -> None:
    """Settings that cannot log in are as final as a refused login: no endless retry."""
    cfg = tmp_path / "mailbot.toml"
    cfg.write_text(
        f'[mailbox]\nurl = "imap://bot@127.0.0.1:{free_port()}/INBOX"\nmax_auth_failures = 1\n'
        '[smtp]\nurl = "file:outbox"\n[database]\nurl = "sqlite:///mailbot.db"\n'
    )
    proc = spawn("run", "--config", str(cfg), cwd=tmp_path)
    try:
        rc = proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    stderr = proc.stderr.read() if proc.stderr else ""
    assert rc == 3, stderr
    assert (
        "mailbox.password (or mailbox.password_file) is not set" in stderr.strip().splitlines()[-1]
    )


def test_run_keeps_retrying_when_the_server_cannot_be_reached(tmp_path: Path) -> None:
    port = free_port()  # nobody listens: a network problem, not a wrong password
    cfg = tmp_path / "mailbot.toml"
    cfg.write_text(
        f'[mailbox]\nurl = "imap://bot@127.0.0.1:{port}/INBOX"\npassword = "secret"\n'
        "max_auth_failures = 1\n"
        '[smtp]\nurl = "file:outbox"\n[database]\nurl = "sqlite:///mailbot.db"\n'
    )
    log = tmp_path / "stderr.txt"
    exe = Path(sys.executable).with_name("mailbot")
    with log.open("w") as sink:
        proc = subprocess.Popen(
            [str(exe), "run", "--config", str(cfg)], cwd=tmp_path, stderr=sink, text=True
        )
    try:
        deadline = time.monotonic() + 60
        while log.read_text().count("mailbox problem") < 3 and time.monotonic() < deadline:
            assert proc.poll() is None, f"run gave up on a network error: {log.read_text()}"
            time.sleep(0.2)
        assert log.read_text().count("mailbox problem") >= 3  # more than max_auth_failures
        assert proc.poll() is None
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    assert "login refused" not in log.read_text()


def test_mask_url_hides_a_password_in_the_url() -> None:
    assert mask_url("imaps://bot:s3cret@mail.example.com/INBOX") == (
        "imaps://bot:***@mail.example.com/INBOX"
    )
    assert mask_url("imap://bot@127.0.0.1:1143/INBOX") == "imap://bot@127.0.0.1:1143/INBOX"


def test_max_auth_failures_must_be_positive(tmp_path: Path) -> None:
    cfg = tmp_path / "mailbot.toml"
    cfg.write_text("[mailbox]\nmax_auth_failures = 0\n")
    with pytest.raises(ConfigError, match=r"mailbox\.max_auth_failures"):
        load_settings(cfg)
    cfg.write_text("[mailbox]\n")
    assert load_settings(cfg).mailbox.max_auth_failures == 3


# --------------------------------------------------------------------------- health and metrics
def test_healthz_and_metrics_of_a_real_run(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    port = free_port()
    cfg = write_config(tmp_path, imap_account, smtp_server)
    cfg.write_text(cfg.read_text() + f'[metrics]\nlisten = "127.0.0.1:{port}"\nmax_poll_age = 30\n')
    imap_account.append(sample("contact-form-sv.eml"))
    imap_account.append(sample("contact-form-fi.eml"))
    imap_account.append(b"\x00\x01 this is not a mail at all")
    base = f"http://127.0.0.1:{port}"

    proc = spawn("run", "--config", str(cfg), cwd=tmp_path)
    try:
        health = json.loads(wait_for(f"{base}/healthz", 200))
        assert health["status"] == "ok" and 0 <= health["last_poll_age_seconds"] < 30
        smtp_server.wait_for(2, timeout=15)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            status, text = get(f"{base}/metrics")
            if 'mailbot_outbox_mails{status="sent"} 2.0' in text:
                break
            time.sleep(0.2)
        assert status == 200
        assert 'mailbot_messages_processed_total{kind="contact_form"} 2.0' in text
        assert 'mailbot_messages_processed_total{kind="data_request"} 0.0' in text
        assert "mailbot_messages_unprocessable_total 1.0" in text
        assert 'mailbot_outbox_mails{status="sent"} 2.0' in text
        assert 'mailbot_outbox_mails{status="pending"} 0.0' in text
        assert 'mailbot_outbox_mails{status="failed"} 0.0' in text
        assert 'mailbot_queue_actions{state="overdue"} 0.0' in text
        assert "mailbot_database_up 1.0" in text
        assert sample_value(text, "mailbot_poll_duration_seconds_count") >= 1
        assert abs(sample_value(text, "mailbot_last_poll_timestamp_seconds") - time.time()) < 60
        assert get(f"{base}/nothing")[0] == 404
    finally:
        rc, stderr = stop(proc)
    assert rc == 0, stderr


def _settings(tmp_path: Path, extra: str = ""):
    cfg = tmp_path / "mailbot.toml"
    cfg.write_text(
        '[database]\nurl = "sqlite:///mailbot.db"\n[mailbox]\npoll_interval = 1\n'
        f'[metrics]\nlisten = "127.0.0.1:{free_port()}"\n{extra}'
    )
    settings = load_settings(cfg)
    engine = make_engine(settings.database.url)
    create_schema(engine)
    return settings, engine


def test_healthz_is_503_before_the_first_poll_and_when_polls_stop(tmp_path: Path) -> None:
    settings, engine = _settings(tmp_path, "max_poll_age = 1.2\n")
    metrics = Metrics(engine, settings)
    assert metrics.health() == (503, {"status": "starting", "last_poll_age_seconds": None})
    metrics.observe_poll(PollReport(seen=1, processed=1, by_kind={"other": 1}), 0.2)
    status, body = metrics.health()
    assert status == 200 and body["status"] == "ok"
    time.sleep(1.3)
    status, body = metrics.health()
    assert status == 503 and body["status"] == "stale" and body["last_poll_age_seconds"] >= 1.2


def test_metrics_listener_over_http_and_a_port_in_use(tmp_path: Path) -> None:
    settings, engine = _settings(tmp_path)
    metrics = Metrics(engine, settings)
    server = MetricsServer(metrics, settings.metrics.listen).start()
    try:
        status, body = get(f"http://{settings.metrics.listen}/healthz")
        assert status == 503 and json.loads(body)["status"] == "starting"
        with pytest.raises(MetricsError, match=r"^metrics\.listen: cannot listen on"):
            MetricsServer(metrics, settings.metrics.listen)
    finally:
        server.stop()


def test_metrics_settings_are_checked(tmp_path: Path) -> None:
    cfg = tmp_path / "mailbot.toml"
    cfg.write_text('[metrics]\nlisten = "9125"\n')
    with pytest.raises(ConfigError, match=r"metrics\.listen: must be HOST:PORT"):
        load_settings(cfg)
    settings, engine = _settings(tmp_path, "max_poll_age = 1\n")
    with pytest.raises(MetricsError, match=r"^metrics\.max_poll_age: "):
        start(engine, settings)
    cfg.write_text("[mailbox]\n")
    assert start(engine, load_settings(cfg)) is None  # off unless listen is set
