"""Issue 9 item 5: a scheduled job is declared once (function, purpose, trigger), and a
stored job that no longer exists is removed with a warning, not a KeyError.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger

from mailbot import mailer, scheduler
from mailbot.config import Settings
from mailbot.db import create_schema, make_engine
from mailbot.request_types import REQUEST_TYPES

NOW = datetime(2026, 7, 15, 3, 0, tzinfo=UTC)


def make_settings(tmp_path: Path) -> Settings:
    return Settings.model_validate(
        {
            "mailbox": {"url": f"maildir:{tmp_path / 'Maildir'}"},
            "smtp": {"url": f"file:{tmp_path / 'outbox'}", "from": "info@plaza.example.com"},
            "database": {"url": f"sqlite:///{tmp_path / 'mailbot.db'}"},
        }
    )


def test_each_job_has_one_declaration_with_its_trigger(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    assert set(scheduler.triggers(settings)) == set(scheduler.JOBS)
    for name, job in scheduler.JOBS.items():
        assert callable(job.run) and job.keeps, name
        assert job.trigger(settings) is not None


def test_a_stored_job_that_no_longer_exists_is_removed_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = make_settings(tmp_path)
    old = BackgroundScheduler(jobstores={"default": SQLAlchemyJobStore(url=settings.database.url)})
    old.start(paused=True)
    old.add_job(
        "mailbot.scheduler:scheduled",
        trigger=CronTrigger(hour=3),
        id="renamed_long_ago",
        args=["renamed_long_ago"],
    )
    old.shutdown(wait=True)
    with caplog.at_level(logging.WARNING, logger="mailbot.scheduler"):
        new = scheduler.make_scheduler(settings, None)
    try:
        ids = {job.id for job in new.get_jobs()}
    finally:
        new.shutdown(wait=True)
    assert ids == set(scheduler.JOBS)
    assert "renamed_long_ago" in caplog.text and "no such job" in caplog.text


def test_running_a_job_name_that_no_longer_exists_warns_and_runs_the_rest(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = make_settings(tmp_path)
    engine = make_engine(settings.database.url)
    create_schema(engine)
    with caplog.at_level(logging.WARNING, logger="mailbot.scheduler"):
        results = scheduler.run_jobs(settings, engine, NOW, ["renamed_long_ago", "tokens"])
    engine.dispose()
    assert isinstance(results["renamed_long_ago"], KeyError)
    assert results["tokens"] == 0
    assert "no longer exists" in caplog.text


def test_each_request_type_is_declared_once_with_templates_in_every_language() -> None:
    names = list(REQUEST_TYPES)
    assert sorted(names) == sorted(
        ["access", "rectification", "erasure", "objection", "subscribe", "unsubscribe", "personnel"]
    )  # the SPEC §2 contract
    root = mailer.template_dir() / "mail"
    for request in REQUEST_TYPES.values():
        assert request.templates, request.name
        for template in request.templates:
            for lang in ("fi", "sv", "en"):
                assert (root / lang / f"{template}.txt.j2").is_file(), (lang, template)
        if request.queued:
            assert request.personal, request.name
    for lang in ("fi", "sv", "en"):  # each has its name in the mail templates' words
        assert set(mailer.words()[lang]["actions"]) >= set(names)
