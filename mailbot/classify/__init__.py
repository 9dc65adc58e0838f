"""Message → exactly one kind (SPEC §2). Pure functions, no I/O.

The order of the rules is the policy: mail that must never be answered is
recognised first, so no later rule can make mailbot answer it. Each rule is a
function here; their order is declared with the kinds (mailbot/kinds.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from mailbot import kinds
from mailbot.classify import automatic, concepts, forms, requests
from mailbot.classify.forms import ChatLineData
from mailbot.parsing import Message

if TYPE_CHECKING:
    from mailbot.classify.model import LinearModel

KINDS = kinds.NAMES  # declared once, with each kind's folder and rules' places


@dataclass(frozen=True)
class Rules:
    """What classification needs from the configuration."""

    contact_form_senders: frozenset[str] = frozenset()
    chat_senders: frozenset[str] = frozenset()
    unsubscribe_addresses: frozenset[str] = frozenset()
    # The site's learned model (mailbot learn); None: the shipped default. use_model=False
    # leaves the rules alone (benchmarks, tests of the rules themselves).
    model: LinearModel | None = field(default=None, compare=False, hash=False, repr=False)
    use_model: bool = True

    @classmethod
    def of(cls, form: list[str], chat: list[str], unsubscribe: list[str] | None = None) -> Rules:
        return cls(
            frozenset(s.lower() for s in form),
            frozenset(s.lower() for s in chat),
            frozenset(s.lower() for s in unsubscribe or []),
        )


@dataclass
class Classification:
    kind: str
    requests: list[str] = field(default_factory=list)
    decision: str | None = None
    fields: dict[str, str] = field(default_factory=dict)
    chat_lines: list[ChatLineData] = field(default_factory=list)
    chat_form: str | None = None
    token: str | None = None
    reason: str = ""
    # How sure the rules are (0..1), and what they saw: `classify --explain` prints it and
    # a message below [classify] min_confidence is left for a person.
    confidence: float = 1.0
    evidence: list[str] = field(default_factory=list)

    @property
    def request(self) -> str | None:
        return self.requests[0] if self.requests else None


def classify(msg: Message, rules: Rules = Rules()) -> Classification:
    cls = _classify(msg, rules)
    if rules.use_model and cls.reason in MODEL_PATH:
        _consult(msg, cls, rules)
    if msg.quoted:
        cls.evidence.append(f"discarded as quoted earlier mail: {len(msg.quoted)} characters")
    if msg.signature:
        first = msg.signature.strip().split("\n", 1)[0][:60]
        cls.evidence.append(f"discarded as signature/disclaimer: {first!r}…")
    cls.confidence = round(max(0.0, min(1.0, cls.confidence)), 2)
    return cls


# Only mail that reached the request rules is shown to the model: never automatic mail,
# forms, chats or confirmations (their rules are structure and headers, not words).
MODEL_PATH = ("request words", "no rule matched")
MODEL_SURE = 0.9  # the model's probability that counts as disagreeing
MODEL_DOUBT = 0.55  # what a disagreement lowers the confidence to (below the default 0.6)


def _consult(msg: Message, cls: Classification, rules: Rules) -> None:
    """The model may only hand a message to a person, never make mailbot do more.

    - rules say `data_request` on weak evidence (confidence < 0.9: not two readings
      agreeing, no article number) and the model is sure it is ordinary mail: the
      kind becomes `other` (nothing is answered or queued) with low confidence;
    - rules say `other` and the model is sure it is a request: the kind stays `other`
      (the model never makes a request), the confidence drops.
    The confidence drops to MODEL_DOUBT, so with `[classify] min_confidence` at its
    default the message stays in INBOX, flagged, for a person — whose decision
    (relabel or a folder move) is a correction the site's model then learns from.
    """
    from mailbot.classify.model import default_model, message_text

    if cls.kind == "data_request" and cls.confidence >= 0.9:
        return  # strong rules evidence: nothing the model says would change it
    model = rules.model or default_model()
    label, p = model.predict(message_text(msg))[0]
    cls.evidence.append(f"model: {label} ({p:.2f})")
    if p < MODEL_SURE:
        return
    if cls.kind == "data_request" and label == "other" and cls.confidence < 0.9:
        # Towards a person, never away: the request is left in INBOX, flagged, as `other`
        # with the rules' reading in the evidence; nothing is answered or queued.
        cls.evidence.append(
            f"model doubts the request ({', '.join(cls.requests)}): a person decides"
        )
        cls.confidence = min(cls.confidence, MODEL_DOUBT)
        if not _directive(msg):
            cls.kind, cls.requests, cls.reason = "other", [], "request words doubted by the model"
        # A sentence that asks us outright ("voisitteko ottaa minut pois uutiskirjeen
        # listalta") keeps the rules' reading as the candidate the person sees: the
        # model only lowers its confidence.
    elif cls.kind == "other" and label.startswith("data_request:"):
        cls.confidence = min(cls.confidence, MODEL_DOUBT)
        cls.evidence.append(f"model sees a request ({label[13:]}): a person decides")


def _directive(msg: Message) -> bool:
    """Does the new text ask us outright (concepts.Evidence.directive)?"""
    return requests.explain_requests(msg.subject, msg.new_text)[1].directive


def _auto(reason: str, confidence: float) -> Classification:
    return Classification("automatic", reason=reason, confidence=confidence, evidence=[reason])


@dataclass(frozen=True)
class _Mail:
    """What every rule looks at: the message, the configuration, and what is read once."""

    msg: Message
    rules: Rules
    sender: str
    hard: str | None  # automatic.hard_reason: bounces, reports, robot senders


Rule = Callable[[_Mail], Classification | None]


def _configured_sender(m: _Mail) -> Classification | None:
    msg, rules = m.msg, m.rules
    listed_chat = bool(m.sender) and m.sender in rules.chat_senders
    listed_form = bool(m.sender) and m.sender in rules.contact_form_senders
    if not (listed_chat or listed_form) or _report(m.hard):
        return None
    # A configured sender beats the robot-name heuristics, but only with a form or
    # transcript in it: plugin updates and password resets from it are automatic.
    notice = automatic.site_notice(msg)
    if notice:
        return _auto(notice, 0.85)
    if msg.headers_only:
        # A message too large to fetch whole: only the sender is known.
        if listed_chat:
            return _chat(msg, "configured chat sender (headers only)", 0.9)
        return _form(msg, "configured contact-form sender (headers only)", 0.95)
    if forms.looks_like_chat(msg):
        return _chat(msg, "configured sender, chat structure", 0.95)
    if listed_chat and _chat(msg, "").chat_lines:
        return _chat(msg, "configured chat sender", 0.9)
    cls = _form(msg, "configured contact-form sender", 0.95)
    if forms.has_form(msg, cls.fields):
        if listed_chat:
            return _chat(msg, "configured chat sender (offline message)", 0.9)
        return cls
    return _auto("configured form/chat sender, but no form or transcript in it", 0.8)


def _hard_automatic(m: _Mail) -> Classification | None:
    msg, hard = m.msg, m.hard
    if not hard:
        return None
    if automatic.form_robot(msg) and not msg.quoted and not automatic.site_notice(msg):
        # Form and chat services send submissions from noreply@: the structure decides.
        if forms.looks_like_chat(msg):
            return _chat(msg, f"chat structure from {hard}", 0.8)
        if forms.looks_like_form(msg):
            return _form(msg, f"contact-form structure from {hard}", 0.8)
    return _auto(hard, 0.95 if hard.startswith("robot") else 0.99)


def _soft_automatic(m: _Mail) -> Classification | None:
    soft = automatic.soft_reason(m.msg)
    if soft:
        return _auto(soft, 0.85 if soft.startswith("auto-reply") else 0.95)
    return None


def _unsubscribe_address(m: _Mail) -> Classification | None:
    if m.rules.unsubscribe_addresses & {r.lower() for r in m.msg.recipients}:
        # Sent by a List-Unsubscribe mailto link of our own newsletter (never answering
        # automatic mail comes first).
        return Classification(
            "data_request", requests=["unsubscribe"], reason="unsubscribe address", confidence=0.99
        )
    return None


def _confirmation_token(m: _Mail) -> Classification | None:
    token = requests.confirmation_token(m.msg)
    if token is None:
        return None
    cls = Classification(
        "confirmation",
        decision=requests.decision(m.msg),
        token=token or None,
        reason="reply to a mailbot confirmation",
        confidence=0.99 if token else 0.9,
    )
    short = requests.short_token(m.msg)
    if short is not None and not token:
        # Never looked up: a confirmation only the thread names; none, and it is flagged.
        cls.evidence.append(
            f"subject token {short!r} is shorter than mailbot's: not looked up; "
            "only In-Reply-To/References can name the confirmation"
        )
        cls.confidence = 0.8
    return cls


def _chat_structure(m: _Mail) -> Classification | None:
    if forms.looks_like_chat(m.msg):
        return _chat(m.msg, "chat structure", 0.85)
    return None


def _form_structure(m: _Mail) -> Classification | None:
    if forms.looks_like_form(m.msg):
        return _form(m.msg, "contact-form structure", 0.85)
    return None


def _notifier(m: _Mail) -> Classification | None:
    notifier = automatic.notifier_sender(m.msg)
    if notifier:
        if _visitor_fields(m):
            # Typeform, Jotform… send answers from notifications@: a visitor's own
            # address beside another field of theirs is a submission, but the layout
            # was not read as one, so a person checks it before anything is answered.
            return _form(m.msg, f"visitor's fields from {notifier}", 0.55)
        return _auto(notifier, 0.8)
    return None


def _colleague(m: _Mail) -> bool:
    """The sender's domain is one the mail was sent to: staff writing to info@ (never
    on a public mail service's domain, where the site's neighbours are its customers)."""
    if "@" not in m.sender:
        return False
    domain = m.sender.rsplit("@", 1)[1]
    if domain in _public_domains():
        return False
    return any(r.lower().rsplit("@", 1)[-1] == domain for r in m.msg.recipients)


@cache
def _public_domains() -> frozenset[str]:
    text = (resources.files("mailbot") / "data" / "public_mail_domains.txt").read_text("utf-8")
    lines = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return frozenset(line for line in lines if line)


def _visitor_fields(m: _Mail) -> bool:
    """A labelled address that is neither the sender's domain nor ours, and a name,
    phone or message beside it."""
    fields = forms.parse_fields(m.msg.text, m.msg.html)
    email = fields.get("email", "").lower()
    if "@" not in email or not {"name", "phone", "message"} & set(fields):
        return False
    domain = email.rsplit("@", 1)[1]
    ours = {r.lower().rsplit("@", 1)[-1] for r in m.msg.recipients}
    return domain != m.sender.rsplit("@", 1)[-1] and domain not in ours and not m.msg.quoted


def _request_words(m: _Mail) -> Classification:
    msg = m.msg
    found, ev = requests.explain_requests(msg.subject, msg.new_text)
    evidence = _request_evidence(ev)
    if found and found != ["personnel"] and _colleague(m):
        # A colleague writing to info@ from our own domain forwards or discusses someone's
        # request ("VL: tietojen poisto — poistetaanko vain uutiskirje?"); it is not the
        # data subject asking. Only their own personnel matter is theirs to ask. A person
        # sees it (a forged own-domain sender can only make mailbot do less).
        evidence.append(f"a colleague's mail ({m.sender}): staff talk, not the data subject")
        return Classification(
            "other", reason="colleague's mail", confidence=0.55, evidence=evidence
        )
    if found:
        if msg.language is None:
            msg.language = requests.request_language(msg.subject, msg.new_text)
        concept = {r for _p, r, _w in ev.requests}
        legacy = set(ev.legacy)
        if concept and legacy:
            confidence = 0.95  # two independent readings agree
        elif ev.strong:
            confidence = 0.9  # an article number or the legal name of a right
        else:
            confidence = 0.75 if concept else 0.65
        confidence -= 0.1 * min(len(ev.meta), 2)  # words about requests in general
        if set(found) - concept - legacy:
            confidence -= 0.1
        return Classification(
            "data_request",
            requests=found,
            reason="request words",
            confidence=confidence,
            evidence=evidence,
        )
    if concepts.text_has(msg.new_text, "noreply_notice"):
        # "Tähän viestiin ei voi vastata", "This mailbox is not monitored": a machine's
        # notification from any sender name. Only where no request was read: a person
        # who asks something is never put away as a machine.
        return _auto("no-reply notice in the text", 0.8)
    confidence = 0.9
    if ev.partial:
        confidence = 0.6  # an intent without an object: perhaps a request put oddly
    if ev.vetoed:
        confidence = 0.5  # request words vetoed as talk about requests: a person decides
    if ev.recalled:
        # "pyysin aiemmin tietojeni poistoa, mutta…": perhaps a booking, perhaps a
        # complaint that it was never done. A person reads it.
        confidence = min(confidence, 0.55)
        evidence.append("recalls an earlier request of the writer's: a person decides")
    return Classification(
        "other", reason="no rule matched", confidence=confidence, evidence=evidence
    )


RULES: dict[str, Rule] = {
    "configured_sender": _configured_sender,
    "hard_automatic": _hard_automatic,
    "soft_automatic": _soft_automatic,
    "unsubscribe_address": _unsubscribe_address,
    "confirmation_token": _confirmation_token,
    "chat_structure": _chat_structure,
    "form_structure": _form_structure,
    "notifier": _notifier,
    "request_words": _request_words,
}
if set(RULES) != set(kinds.RULE_ORDER):
    raise ImportError(f"classifier rules {sorted(RULES)} != declared {sorted(kinds.RULE_ORDER)}")
# The rules in the order each kind's declaration gives them (mailbot/kinds.py).
LADDER: tuple[tuple[str, Rule], ...] = tuple((name, RULES[name]) for name in kinds.RULE_ORDER)


def _classify(msg: Message, rules: Rules) -> Classification:
    mail = _Mail(msg, rules, (msg.sender or "").lower(), automatic.hard_reason(msg))
    for _name, rule in LADDER:
        cls = rule(mail)
        if cls is not None:
            return cls
    return Classification("other", reason="no rule matched", confidence=0.5)


def _request_evidence(ev: requests.Evidence) -> list[str]:
    out = [f"concept at {p}: {r} ({why})" for p, r, why in ev.requests]
    out += [f"phrase pattern: {r}" for r in ev.legacy]
    if ev.vetoed:
        out.append(f"vetoed as talk about requests: {', '.join(ev.vetoed)}")
    if ev.meta:
        out.append(f"words about requests in general: {', '.join(ev.meta)}")
    out += [f"discarded as reported speech: {q}" for q in ev.quoted]
    out += [f"partial: {p}" for p in ev.partial]
    if ev.on_behalf:
        out.append("on behalf of another person (child, relative, client): check the mandate")
    return out


def _report(hard: str | None) -> bool:
    """Bounces and reports are automatic whoever sends them; a robot name alone is not."""
    return hard is not None and not hard.startswith("robot sender")


def _form(msg: Message, reason: str, confidence: float = 0.9) -> Classification:
    fields = forms.parse_fields(msg.text, msg.html)
    if "email" not in fields:
        # Contact Form 7 without an email field: the visitor is the Reply-To.
        sender = (msg.sender or "").lower()
        for addr in msg.reply_to:
            if addr.lower() != sender:
                fields["email"] = addr
                break
        if "email" in fields and "name" not in fields:
            forms.name_of_address(msg.text, fields)
    found, ev = requests.explain_requests("", fields.get("message", ""))
    evidence = [f"{k}: {v[:60]!r}" for k, v in fields.items()] + _request_evidence(ev)
    if "email" not in fields:
        confidence -= 0.3  # nobody to answer
    return Classification(
        "contact_form",
        requests=found,
        fields=fields,
        reason=reason,
        confidence=confidence,
        evidence=evidence,
    )


def _chat(msg: Message, reason: str, confidence: float = 0.9) -> Classification:
    fields, lines, form = forms.parse_chat(msg.text, msg.subject)
    evidence = [f"{k}: {v[:60]!r}" for k, v in fields.items()]
    evidence.append(f"{len(lines)} transcript lines, {form}")
    return Classification(
        "chat_transcript",
        fields=fields,
        chat_lines=lines,
        chat_form=form,
        reason=reason,
        confidence=confidence,
        evidence=evidence,
    )
