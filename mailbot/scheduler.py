"""Scheduled jobs: the same plain functions for `mailbot run` (APScheduler 3) and `mailbot tick`.

The job store is persistent (the database), jobs coalesce and have no misfire
grace limit: a run whose time passed while the service was down happens once
when it starts again — a half-yearly review is never skipped because the server
was rebooted that day, and never done twice.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.combining import OrTrigger
from apscheduler.triggers.cron import CronTrigger
from sqlalchemy.engine import Engine
from sqlmodel import Session

from mailbot import audit, clock, corrections, lifecycle
from mailbot.config import Settings, load_settings
from mailbot.db import make_engine
from mailbot.handlers.base import Context
from mailbot.retention import prune
from mailbot.service import Service
from mailbot.sources import SourceError, open_source
from mailbot.uow import UnitOfWork

log = logging.getLogger(__name__)


def _prune(service: Service, session: Session, now: datetime) -> Any:
    source = open_source(service.ctx.settings.mailbox)
    try:
        source.connect()
        return prune(service, source, session, now)
    finally:
        source.close()


def _daily(settings: Settings) -> CronTrigger:
    hour, minute = (int(x) for x in settings.lifecycle.daily_at.split(":"))
    return CronTrigger(hour=hour, minute=minute)


def _review_dates(settings: Settings) -> Any:
    hour, minute = (int(x) for x in settings.lifecycle.daily_at.split(":"))
    reviews = [
        CronTrigger(
            month=int(md.split("-")[0]), day=int(md.split("-")[1]), hour=hour, minute=minute
        )
        for md in settings.lifecycle.review_dates
    ]
    return OrTrigger(reviews) if len(reviews) > 1 else reviews[0]


class Job(NamedTuple):
    """A scheduled job, declared once: what it runs, what it keeps, when it runs."""

    run: Callable[[Service, Session, datetime], Any]
    keeps: str
    trigger: Callable[[Settings], Any]


JOBS: dict[str, Job] = {
    "quarantine": Job(lifecycle.quarantine, "consent reminders and deletion after 14 days", _daily),
    "inactivity": Job(
        lifecycle.inactivity_review, "five-year-idle contacts queued for review", _review_dates
    ),
    "legacy_notice": Job(lifecycle.legacy_notice, "pre-2018 contacts told once", _daily),
    "prune": Job(_prune, "old mail, enquiries (and chats if set) deleted", _daily),
    "digest": Job(lifecycle.deadline_digest, "administrator told of due requests", _daily),
    "tokens": Job(lifecycle.evict_tokens, "expired confirmation tokens deleted", _daily),
    "learn": Job(corrections.learn_job, "the site's model retrained on new corrections", _daily),
}


def run_jobs(
    settings: Settings,
    engine: Engine,
    now: datetime,
    names: list[str] | None = None,
    freeze: bool = True,
) -> dict[str, Any]:
    """Run the named jobs (all by default) as of `now`, each in its own transaction.

    `freeze` holds the process-wide clock at `now` (for `tick --now`); scheduler
    threads must not, since the poll loop reads the same clock. A job that fails
    is reported and the others still run.
    """
    service = Service(Context.of(settings), engine)
    results: dict[str, Any] = {}
    with clock.frozen(now) if freeze else contextlib.nullcontext():
        for name in names or list(JOBS):
            job = JOBS.get(name)
            if job is None:  # a job stored by an older version, since renamed or removed
                log.warning("job %s no longer exists; not run", name)
                results[name] = KeyError(name)
                continue
            fn = job.run
            try:
                with UnitOfWork(engine, actor="mailbot", post=service.queue_reply) as uow:
                    results[name] = fn(service, uow.session, now)
                    audit.record(uow.session, "job_run", "Schedule", name, {"job": name})
                    uow.commit()
            except (SourceError, OSError) as exc:
                log.error("job %s failed: %s", name, exc)
                results[name] = exc
            except Exception as exc:  # noqa: BLE001 - one job's bug must not stop the others
                log.exception("job %s failed", name)
                results[name] = exc
    return results


def triggers(settings: Settings) -> dict[str, Any]:
    """Each job's trigger under these settings (declared with the job in JOBS)."""
    return {name: job.trigger(settings) for name, job in JOBS.items()}


_config: dict[str, Any] = {"path": None}


def scheduled(name: str) -> None:
    """Entry point APScheduler stores by name (so stored jobs survive code reloads)."""
    settings = load_settings(_config["path"])
    engine = make_engine(settings.database.url)
    try:
        # Mail the job queued goes out from the poll loop, the one sender in `run`.
        results = run_jobs(settings, engine, clock.now(), [name], freeze=False)
        result = results.get(name)
        if isinstance(result, Exception):
            pass  # run_jobs logged it at ERROR with the job's name
        elif getattr(result, "ok", True) is False:
            # e.g. a prune that could not reach every folder: visible under WARNING
            log.warning(
                "job %s did not finish cleanly: %s", name, getattr(result, "errors", result)
            )
        else:
            log.info("job %s: %s", name, result)
    finally:
        engine.dispose()


def make_scheduler(settings: Settings, config_path: str | Path | None) -> BackgroundScheduler:
    """Start (paused) with the persistent store; add missing jobs, keep existing ones.

    Existing jobs keep their stored next run time — replacing them would move a
    missed run into the future and skip it.
    """
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore

    _config["path"] = str(config_path) if config_path else None
    scheduler = BackgroundScheduler(
        jobstores={"default": SQLAlchemyJobStore(url=settings.database.url)},
        job_defaults={"coalesce": True, "misfire_grace_time": None, "max_instances": 1},
    )
    scheduler.start(paused=True)
    wanted = triggers(settings)
    for job in scheduler.get_jobs():
        if job.id not in wanted:
            # Renamed or removed in a newer version: drop it, or it fails on every run.
            log.warning("removing stored scheduled job %r: no such job any more", job.id)
            scheduler.remove_job(job.id)
    for name, trigger in wanted.items():
        job = scheduler.get_job(name)
        if job is None:
            scheduler.add_job(
                "mailbot.scheduler:scheduled", trigger=trigger, id=name, args=[name], name=name
            )
        elif str(job.trigger) != str(trigger):
            scheduler.reschedule_job(name, trigger=trigger)
    return scheduler
