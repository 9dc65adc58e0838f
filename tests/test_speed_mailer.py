"""A reply's bytes are the email package's bytes, built without its generator (issue 12).

mailer.build writes a single-part reply's headers directly when compat32 would write them
unchanged; these tests hold it to `Message.as_bytes(policy=...)` byte for byte, for
hostile and boundary-length values (folding starts at 78 characters).
"""

from __future__ import annotations

from email.policy import compat32

from hypothesis import example, given, settings
from hypothesis import strategies as st

from mailbot import mailer

WIRE = compat32.clone(linesep="\r\n")
text = st.text(
    st.characters(blacklist_categories=("Cs",)), max_size=120
)  # any Unicode: controls, line breaks, non-ASCII
ascii_words = st.lists(
    st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=30),
    max_size=8,
).map(" ".join)
msgids = st.lists(
    st.from_regex(r"<[a-z0-9.]{1,40}@[a-z]{1,12}\.example\.org>", fullmatch=True), max_size=12
)


def both(**kw: object) -> tuple[bytes, bytes]:
    msg, _, _ = mailer.compose(**kw)  # type: ignore[arg-type]
    return mailer._flatten(msg), msg.as_bytes(policy=WIRE)


@settings(max_examples=300, deadline=None)
@given(
    subject=st.one_of(text, ascii_words),
    name=st.one_of(text, ascii_words),
    body=text,
    refs=msgids,
    to=st.sampled_from(["sam@example.net", "sämi@example.net", "x" * 60 + "@example.org"]),
)
@example(subject="s" * 69, name="n", body="", refs=[], to="sam@example.net")  # 78 exactly
@example(subject="s" * 70, name="n", body="", refs=[], to="sam@example.net")  # 79: folded
@example(subject="a  b ", name=" n", body="\r\n\r", refs=[], to="sam@example.net")
def test_flatten_is_the_generators_bytes(
    subject: str, name: str, body: str, refs: list[str], to: str
) -> None:
    fast, slow = both(
        to=to,
        from_addr="info@plaza.example.com",
        from_name=name,
        subject=subject,
        body=body,
        in_reply_to=refs[-1] if refs else None,
        references=refs[:-1],
    )
    assert fast == slow


def test_a_reply_with_attachments_still_goes_through_the_generator() -> None:
    built = mailer.build(
        to="sam@example.net",
        from_addr="info@plaza.example.com",
        from_name="Plaza",
        subject="Rekisteriote",
        body="Liitteenä.",
        attachments=[("a.json", "application/json", b"{}")],
    )
    assert b"multipart/mixed" in built.raw and b'filename="a.json"' in built.raw
