"""The container image: docker/Dockerfile built with podman, mailbot run inside it.

These machines have no Docker daemon and `podman run` cannot start a container
(see shared/notes/containers.md), so the test builds the real Dockerfile, mounts a
container's file system and runs the installed `mailbot` in it with chroot as the
image's unprivileged user. A chroot shares the host's network, so `poll` reads the
test Dovecot on 127.0.0.1. The base image is made locally once (docker/local-base.sh,
≈ 2 min) and the build's layers are cached: a rebuild after a code change takes
≈ 15 s, the first build ≈ 1 min.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import running_in_ci, sample
from tests.servers import ImapAccount

ROOT = Path(__file__).resolve().parent.parent
IMAGE = "localhost/mailbot:test"
BASE = "localhost/debian:bookworm-slim"
UID = "10001"  # the image's `mailbot` user
HOST_CA = Path("/etc/ssl/certs/ca-certificates.crt")


def _why_not() -> str | None:
    if shutil.which("podman") is None:
        return "podman is not installed (`apt-get install podman debootstrap`; scripts/test.sh does it as root)"
    if os.geteuid() != 0:
        return "building and chrooting into the image needs root"
    if shutil.which("chroot") is None:
        return "chroot is not available"
    return None


@pytest.fixture(scope="module")
def image() -> str:
    reason = _why_not()
    if reason:
        if running_in_ci():
            pytest.fail(reason + " and CI is set, so this is an error", pytrace=False)
        pytest.skip(reason)
    if subprocess.run(["podman", "image", "exists", BASE]).returncode != 0:
        if shutil.which("debootstrap") is None:
            pytest.skip(
                "no base image and no debootstrap to make one (`apt-get install debootstrap`)"
            )
        subprocess.run([str(ROOT / "docker" / "local-base.sh"), BASE], check=True)
    build = ["podman", "build", "--isolation", "chroot", "--build-arg", f"BASE={BASE}"]
    if HOST_CA.exists():
        # This machine's TLS-inspecting proxy: pip inside the build needs its CA.
        build += [
            "-v",
            f"{HOST_CA}:/run/host-ca.crt:ro",
            "--build-arg",
            "PIP_CERT=/run/host-ca.crt",
        ]
    before = subprocess.run(
        ["podman", "image", "inspect", "--format", "{{.Id}}", IMAGE], capture_output=True, text=True
    ).stdout.strip()
    started = time.monotonic()
    result = subprocess.run(
        [*build, "-t", IMAGE, "-f", "docker/Dockerfile", "."],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    print(f"image built in {time.monotonic() - started:.1f} s")
    after = subprocess.run(
        ["podman", "image", "inspect", "--format", "{{.Id}}", IMAGE], capture_output=True, text=True
    ).stdout.strip()
    if before and before != after:  # the previous build, now untagged: no pile-up
        subprocess.run(["podman", "rmi", before], capture_output=True)
    return IMAGE


@pytest.fixture
def rootfs(image: str) -> Iterator[Path]:
    """A throw-away container's file system (writable), removed after the test."""
    container = subprocess.run(
        ["podman", "create", image], capture_output=True, text=True, check=True
    ).stdout.strip()
    try:
        mount = subprocess.run(
            ["podman", "mount", container], capture_output=True, text=True, check=True
        ).stdout.strip()
        yield Path(mount)
    finally:
        subprocess.run(["podman", "umount", container], capture_output=True)
        subprocess.run(["podman", "rm", "-f", container], capture_output=True)


def inside(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run a command in the image as its user, with the image's environment."""
    env = {
        "PATH": "/opt/mailbot/bin:/usr/bin:/bin",
        "HOME": "/var/lib/mailbot",
        "LANG": "C.UTF-8",
        "MAILBOT_CONFIG": "/etc/mailbot/mailbot.toml",
    }
    return subprocess.run(
        [
            shutil.which("chroot") or "chroot",
            f"--userspec={UID}:{UID}",
            str(root),
            "/bin/sh",
            "-c",
            'cd "$HOME" && "$@"',
            "sh",
            *args,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_image_runs_mailbot_as_its_own_user(rootfs: Path, imap_account: ImapAccount) -> None:
    helped = inside(rootfs, "mailbot", "--help")
    assert helped.returncode == 0, helped.stderr
    assert "poll" in helped.stdout and "check" in helped.stdout

    # The image's defaults: config in /etc/mailbot, none there yet -> one line, exit 2.
    bare = inside(rootfs, "mailbot", "poll")
    assert bare.returncode == 2 and "configuration file not found" in bare.stderr

    site = "/var/lib/mailbot/site"
    made = inside(rootfs, "mailbot", "init", site)
    assert made.returncode == 0, made.stdout + made.stderr
    assert (rootfs / site.lstrip("/") / "mailbot.db").exists()
    assert (rootfs / site.lstrip("/") / "mailbot.toml").stat().st_uid == int(UID)

    cfg = rootfs / site.lstrip("/") / "poll.toml"
    cfg.write_text(
        f'[mailbox]\nurl = "{imap_account.url}"\npassword = "{imap_account.password}"\n'
        '[smtp]\nurl = "file:outbox"\nfrom = "info@plaza.example.com"\n'
        '[database]\nurl = "sqlite:///mailbot.db"\n'
        '[contact_form]\nsenders = ["wordpress@plaza.example.com"]\n',
        encoding="utf-8",
    )
    imap_account.append(sample("contact-form-fi.eml"))
    polled = inside(rootfs, "mailbot", "poll", "--json", "--config", f"{site}/poll.toml")
    assert polled.returncode == 0, polled.stdout + polled.stderr
    assert '"seen": 1' in polled.stdout
    assert imap_account.folder_uids("INBOX") == []  # filed away into mailbot's folder
    assert len(imap_account.folder_uids("mailbot/contact-form")) == 1
    assert len(list((rootfs / site.lstrip("/") / "outbox").iterdir())) == 1  # the acknowledgement
