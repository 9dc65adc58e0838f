"""Messages built to make parsing expensive (issue 7 item 8), for tests and bench."""

from __future__ import annotations

from collections.abc import Callable

HEAD = (
    b"To: info@plaza.example.com\r\n"
    b"Subject: hello\r\n"
    b"Date: Thu, 12 Nov 2026 09:30:00 +0200\r\n"
    b"MIME-Version: 1.0\r\n"
)


def _msgid(tag: str) -> bytes:
    return f"Message-ID: <{tag}@hostile.example.net>\r\n".encode()


def many_from_addresses(n: int = 300_000) -> bytes:
    """One From header listing n addresses (300,000 is about 7 MB)."""
    addrs = ",\r\n ".join(f"u{i}@example.net" for i in range(n)).encode()
    return (
        b"From: "
        + addrs
        + b"\r\n"
        + HEAD
        + _msgid(f"from-{n}")
        + b"Content-Type: text/plain\r\n\r\nhello\r\n"
    )


def nested_mime(depth: int = 5_000) -> bytes:
    """multipart inside multipart, `depth` levels deep."""
    opens = b"".join(
        b'--b%d\r\nContent-Type: multipart/mixed; boundary="b%d"\r\n\r\n' % (i, i + 1)
        for i in range(depth)
    )
    closes = b"".join(b"--b%d--\r\n" % i for i in reversed(range(depth + 1)))
    inner = b"--b%d\r\nContent-Type: text/plain\r\n\r\nhello\r\n" % depth
    return (
        b"From: Sam Example <sam@example.net>\r\n"
        + HEAD
        + _msgid(f"nested-{depth}")
        + b'Content-Type: multipart/mixed; boundary="b0"\r\n\r\n'
        + opens
        + inner
        + closes
    )


def nested_rfc822(depth: int = 5_000) -> bytes:
    """message/rfc822 inside message/rfc822, `depth` levels deep, no boundaries at all."""
    layer = b"From: a@example.net\r\nContent-Type: message/rfc822\r\n\r\n"
    return (
        b"From: Sam Example <sam@example.net>\r\n"
        + HEAD
        + _msgid(f"rfc822-{depth}")
        + b"Content-Type: message/rfc822\r\n\r\n"
        + layer * depth
        + b"From: a@example.net\r\n\r\nhello\r\n"
    )


def many_parts(n: int = 50_000) -> bytes:
    """One multipart/mixed with n small text parts."""
    part = b"--p\r\nContent-Type: text/plain\r\n\r\nhello\r\n"
    return (
        b"From: Sam Example <sam@example.net>\r\n"
        + HEAD
        + _msgid(f"parts-{n}")
        + b'Content-Type: multipart/mixed; boundary="p"\r\n\r\n'
        + part * n
        + b"--p--\r\n"
    )


def many_headers(n: int = 300_000) -> bytes:
    """n header fields."""
    fields = b"".join(b"X-Filler-%d: x\r\n" % i for i in range(n))
    return (
        b"From: Sam Example <sam@example.net>\r\n"
        + HEAD
        + _msgid(f"headers-{n}")
        + fields
        + b"Content-Type: text/plain\r\n\r\nhello\r\n"
    )


def huge_header(size: int = 7_000_000) -> bytes:
    """One Subject header of `size` bytes, folded."""
    words = b"\r\n word" * (size // 7)
    return (
        b"From: Sam Example <sam@example.net>\r\nTo: info@plaza.example.com\r\n"
        + _msgid(f"subject-{size}")
        + b"Subject: x"
        + words
        + b"\r\n\r\nhello\r\n"
    )


def long_text(size: int = 20_000_000) -> bytes:
    """An ordinary message with a very long plain-text body: processed, the text cut."""
    line = b"Lorem ipsum dolor sit amet, consectetur adipiscing elit.\r\n"
    return (
        b"From: Sam Example <sam@example.net>\r\n"
        + HEAD
        + _msgid(f"text-{size}")
        + b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        + line * (size // len(line))
    )


def long_html(size: int = 20_000_000) -> bytes:
    """HTML-only body of `size` bytes, deeply nested tags included."""
    chunk = b"<div><p>Lorem <b>ipsum</b> dolor sit amet.</p></div>\r\n"
    return (
        b"From: Sam Example <sam@example.net>\r\n"
        + HEAD
        + _msgid(f"html-{size}")
        + b"Content-Type: text/html; charset=utf-8\r\n\r\n<html><body>"
        + b"<div>" * 10_000
        + chunk * (size // len(chunk))
        + b"</body></html>\r\n"
    )


def header_field(name: str, value: str) -> bytes:
    """One header field with a hostile value, in an otherwise normal message."""
    return (
        (b"" if name == "From" else b"From: Sam Example <sam@example.net>\r\n")
        + f"{name}: {value}\r\n".encode()
        + b"Date: Thu, 12 Nov 2026 09:30:00 +0200\r\nMIME-Version: 1.0\r\n"
        + _msgid(f"{name}-{len(value)}")
        + b"Content-Type: text/plain\r\n\r\nhello\r\n"
    )


# Rejected by a limit: filed as unprocessable.
REJECTED: dict[str, Callable[[], bytes]] = {
    "from_300k_addresses": many_from_addresses,
    "nested_multipart_5000": nested_mime,
    "nested_rfc822_5000": nested_rfc822,
    "from_5000_addresses": lambda: many_from_addresses(5_000),
    "to_600_short_addresses": lambda: header_field("To", "a@b, " * 600),
    "parts_50000": many_parts,
    "headers_300000": many_headers,
    "headers_5000": lambda: many_headers(5_000),
    "subject_7mb": huge_header,
    "from_2000_words": lambda: header_field("From", "a " * 2_000),
    "to_100k_parens": lambda: header_field("To", "a" + ")" * 100_000),
    "subject_4000_encoded_words": lambda: header_field("Subject", "=?utf-8?q?a?= " * 4_000),
}
# Within every limit but expensive: processed, in bounded time.
BOUNDED: dict[str, Callable[[], bytes]] = {
    "to_500_addresses": lambda: header_field(
        "To", ", ".join(f"Person {i} <person.{i}@example.net>" for i in range(500))
    ),
    "headers_900": lambda: many_headers(900),
    "parts_450": lambda: many_parts(450),
    "nested_multipart_19": lambda: nested_mime(19),
    "from_1000_bytes_of_words": lambda: header_field("From", "a " * 500),
    "to_45k_parens": lambda: header_field("To", "a" + ")" * 45_000),
    "subject_900_encoded_words": lambda: header_field("Subject", "=?utf-8?q?a?= " * 900),
    "subject_200k_parens": lambda: header_field("Subject", "a" + ")" * 200_000),
    "text_20mb": long_text,
    "html_20mb": long_html,
}
