"""The kinds of mail (SPEC §2), each declared once: its default folder and its rules' places.

Tiny and pure, importing nothing of mailbot, so that the configuration can read the
default folders without loading the classifier (`mailbot --help` stays fast). The
classifier (classify/) runs its rules in `RULE_ORDER`, made from the places below;
handlers/ attaches each kind's handler and decider. Both refuse to import if they do
not cover exactly these kinds and rules.

The order of the rules is the policy: mail that must never be answered is recognised
before any rule that could make mailbot answer it. A kind lists every rule that can
give it, with the rule's step; a rule shared by kinds has one step.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    name: str
    folder: str | None  # its default folder in the mailbox; None: it stays in INBOX
    rules: tuple[tuple[int, str], ...]  # (step, rule): the classifier's rules that give it


# Steps: 10 a configured form/chat sender (its form beats robot names; its notices are
# automatic), 20 bounces, reports and robot senders (a form robot's submission is a form),
# 30 auto-replies and lists, 40 our newsletter's unsubscribe address, 50 a reply to a
# confirmation, 60/70 chat and form structure, 80 notifier senders, 90 request words
# (none: other).
KINDS: tuple[Kind, ...] = (
    Kind(
        "contact_form",
        "mailbot/contact-form",
        ((10, "configured_sender"), (20, "hard_automatic"), (70, "form_structure")),
    ),
    Kind(
        "chat_transcript",
        "mailbot/chat",
        ((10, "configured_sender"), (20, "hard_automatic"), (60, "chat_structure")),
    ),
    Kind("data_request", "mailbot/requests", ((40, "unsubscribe_address"), (90, "request_words"))),
    Kind("confirmation", "mailbot/requests", ((50, "confirmation_token"),)),
    Kind(
        "automatic",
        "mailbot/automatic",
        (
            (10, "configured_sender"),
            (20, "hard_automatic"),
            (30, "soft_automatic"),
            (80, "notifier"),
        ),
    ),
    Kind("other", None, ((90, "request_words"),)),
)
NAMES: tuple[str, ...] = tuple(k.name for k in KINDS)
BY_NAME: dict[str, Kind] = {k.name: k for k in KINDS}

# Not a kind: mail that could not be parsed or processed (SPEC §2 step 6).
UNPROCESSABLE = "unprocessable"
UNPROCESSABLE_FOLDER = "mailbot/unprocessable"


def rule_order(kinds: tuple[Kind, ...] = KINDS) -> tuple[str, ...]:
    """The rules in the order the classifier tries them; a step or rule given twice is an error."""
    steps: dict[int, str] = {}
    for kind in kinds:
        for step, rule in kind.rules:
            if steps.setdefault(step, rule) != rule:
                raise ValueError(f"step {step} is both {steps[step]!r} and {rule!r} ({kind.name})")
    order = tuple(steps[s] for s in sorted(steps))
    twice = sorted({r for r in order if order.count(r) > 1})
    if twice:
        raise ValueError(f"rule(s) {twice} stand at more than one step")
    return order


RULE_ORDER: tuple[str, ...] = rule_order()


def default_folders() -> dict[str, str]:
    """Kind -> folder, for the kinds that are filed, and the unprocessable folder last."""
    folders = {k.name: k.folder for k in KINDS if k.folder is not None}
    return {**folders, UNPROCESSABLE: UNPROCESSABLE_FOLDER}
