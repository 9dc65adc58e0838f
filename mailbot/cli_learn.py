"""`mailbot relabel`, `mailbot corrections list`, `mailbot learn` (issue 8 item 5).

Registered in cli.py with one line each; the heavy parts load when a command runs.
"""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from mailbot.cli_base import ConfigOpt, JsonOpt, Staff, fail

corrections_app = typer.Typer(help="Staff corrections of the classifier.", no_args_is_help=True)


def relabel(
    message_id: Annotated[
        str, typer.Argument(metavar="MESSAGE-ID", help="Message-ID (or ledger id) of the mail.")
    ],
    kind: Annotated[str, typer.Argument(help="The right kind.")],
    request: Annotated[
        str | None, typer.Argument(help="For data_request: the request (erasure, access, …).")
    ] = None,
    by: Annotated[str, typer.Option("--by", help="Who corrects (staff user).")] = "",
    config: ConfigOpt = None,
) -> None:
    """Correct the classifier. The next poll reads the message again and, if mailbot left
    it for a person (unsure or other, still in INBOX), processes it as KIND; otherwise it
    is only learned from."""
    from mailbot.app import Refused
    from mailbot.app import corrections as app_corrections

    if not by.strip():
        fail("--by: who corrects (a staff user) is required", 2)
    staff = Staff(config)
    with staff.uow(by.strip()) as uow:
        try:
            corr = app_corrections.relabel(uow, message_id, kind, request)
        except Refused as exc:
            fail(str(exc), 2 if "unknown" in str(exc) or "needs" in str(exc) else 1)
    old = corr["old_kind"] or "?"
    new = kind + (f" ({request})" if request else "")
    sys.stdout.write(f"correction {corr['id']}: {old} -> {new}; carried out on the next poll\n")


@corrections_app.command("list")
def corrections_list(json_out: JsonOpt = False, config: ConfigOpt = None) -> None:
    """Every correction: when, who, old and new label, and what became of the message."""
    from mailbot.app import corrections as app_corrections

    rows = app_corrections.list_corrections(Staff(config).engine)
    for r in rows:
        if json_out:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
            continue
        old = (r["old_kind"] or "?") + (
            f" ({', '.join(r['old_requests'])})" if r["old_requests"] else ""
        )
        new = r["new_kind"] + (f" ({r['new_request']})" if r["new_request"] else "")
        sys.stdout.write(
            f"{r['id']}  {r['at'][:19]}  {r['by']}  message {r['inbound_id']}: {old} -> {new}"
            f"  [{r['status']}]{'  ' + r['note'] if r['note'] else ''}\n"
        )
    if not rows and not json_out:
        sys.stdout.write("no corrections\n")


def learn(config: ConfigOpt = None) -> None:
    """Retrain the site's model on the shipped corpora and this site's corrections."""
    from mailbot.app import corrections as app_corrections

    with Staff(config).uow("mailbot") as uow:
        model = app_corrections.learn(uow)
    trained = ", ".join(f"{n} {k}" for k, n in sorted(model.trained_on.items()))
    sys.stdout.write(
        f"learned from {trained}: {len(model.weights)} weights; the next poll uses it\n"
    )
