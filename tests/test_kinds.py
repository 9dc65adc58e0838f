"""Issue 9 leftover 1: a kind's default folder and its classifier rules' places are
declared once, with the kind (mailbot/kinds.py), and read by config, classify and handlers.

Before, the rule order lived in classify/'s code, the default folders in config.py and
the handlers in handlers/, and a test had to check that the three lists agreed.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from mailbot import classify, config, handlers, kinds
from mailbot.classify import Classification, Rules
from mailbot.parsing import parse


def test_config_classify_and_handlers_read_the_one_declaration() -> None:
    assert classify.KINDS == kinds.NAMES
    assert [name for name, _rule in classify.LADDER] == list(kinds.RULE_ORDER)
    assert [k.declared for k in handlers.KINDS] == list(kinds.KINDS)
    assert [(k.name, k.folder) for k in kinds.KINDS if k.folder] == list(
        config.DEFAULT_FOLDERS.items()
    )[:-1]
    assert list(config.DEFAULT_FOLDERS.items()) == [  # the defaults as they always were
        ("contact_form", "mailbot/contact-form"),
        ("chat_transcript", "mailbot/chat"),
        ("data_request", "mailbot/requests"),
        ("confirmation", "mailbot/requests"),
        ("automatic", "mailbot/automatic"),
        ("unprocessable", "mailbot/unprocessable"),
    ]
    assert "other" not in config.DEFAULT_FOLDERS  # other mail stays in INBOX


def test_mail_that_is_never_answered_is_recognised_first() -> None:
    """The policy of the order: every rule that gives `automatic` comes before any rule
    that could make mailbot answer (a request, a confirmation, a form or chat reply)."""
    order = kinds.RULE_ORDER
    step = {rule: order.index(rule) for rule in order}
    by_kind = {k.name: {rule for _s, rule in k.rules} for k in kinds.KINDS}
    for rule in ("configured_sender", "hard_automatic", "soft_automatic"):
        assert rule in by_kind["automatic"]
    answering = by_kind["data_request"] | by_kind["confirmation"]
    assert max(step[r] for r in ("hard_automatic", "soft_automatic")) < min(
        step[r] for r in answering
    )
    assert order[-1] == "request_words"  # the rule that answers every message is last


def test_each_kind_s_rules_give_that_kind() -> None:
    rules = Rules.of([], [], ["unsubscribe@example.com"])
    unsubscribe = parse(
        b"From: sam@example.com\r\nTo: unsubscribe@example.com\r\nSubject: x\r\n\r\nstop\r\n"
    )
    bounce = parse(
        b"From: MAILER-DAEMON@example.net\r\nTo: info@example.com\r\n"
        b"Subject: Undelivered Mail Returned to Sender\r\n"
        b"Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n"
        b"--b\r\nContent-Type: text/plain\r\n\r\nlost\r\n--b--\r\n"
    )
    for msg, rule, kind in (
        (unsubscribe, "unsubscribe_address", "data_request"),
        (bounce, "hard_automatic", "automatic"),
    ):
        cls = classify.classify(msg, rules)
        assert isinstance(cls, Classification) and cls.kind == kind
        assert rule in {r for _s, r in kinds.BY_NAME[kind].rules}


def test_a_step_or_rule_declared_twice_is_refused() -> None:
    a = kinds.Kind("a", "mailbot/a", ((10, "one"), (20, "two")))
    with pytest.raises(ValueError, match="step 10"):
        kinds.rule_order((a, kinds.Kind("b", None, ((10, "three"),))))
    with pytest.raises(ValueError, match="more than one step"):
        kinds.rule_order((a, kinds.Kind("b", None, ((30, "one"),))))
    assert kinds.rule_order((a, kinds.Kind("b", None, ((15, "three"), (20, "two"))))) == (
        "one",
        "three",
        "two",
    )


def test_the_configuration_reads_the_kinds_without_the_classifier() -> None:
    code = (
        "import json, sys\n"
        "import mailbot.config\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('mailbot.'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert "mailbot.kinds" in loaded
    assert not [m for m in loaded if m.startswith(("mailbot.classify", "mailbot.handlers"))]
