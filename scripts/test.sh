#!/usr/bin/env bash
# Set up and run the whole test suite: Python packages into .venv, Debian's
# dovecot-imapd, postgresql, fonts-dejavu-core and podman when missing (as root), then
# ruff and pytest. The tests start their own Dovecot, PostgreSQL and SMTP
# servers on 127.0.0.1 and stop them after.
source "$(dirname "$0")/_venv.sh"

need_apt=()
command -v dovecot >/dev/null 2>&1 || [ -x /usr/sbin/dovecot ] || need_apt+=(dovecot-imapd)
# PostgreSQL: the tests run the main flows on it too (its own throwaway cluster).
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || need_apt+=(postgresql)
# A Unicode TTF for the PDF extracts (fpdf2 bundles none).
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need_apt+=(fonts-dejavu-core)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing Debian packages: ${need_apt[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
  else
    echo "The tests need Debian's ${need_apt[*]}: run 'sudo apt-get install ${need_apt[*]}' and try again." >&2
    exit 1
  fi
fi

# Debian's chromium for the web console's browser tests (tests/test_web.py drives it with
# Playwright; `playwright install` is never run: it downloads a browser build of its own).
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing Debian packages: chromium"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null \
      || echo "chromium could not be installed; the browser tests will be skipped" >&2
  else
    echo "chromium is not installed: the browser tests will be skipped (sudo apt-get install chromium)" >&2
  fi
fi

# Podman and debootstrap build docker/Dockerfile in tests/test_container.py (optional:
# without them that test is skipped, except under CI).
if ! command -v podman >/dev/null 2>&1 || ! command -v debootstrap >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing Debian packages: podman debootstrap"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends podman debootstrap >/dev/null \
      || echo "podman could not be installed; the container test will be skipped" >&2
  else
    echo "podman is not installed: the container test will be skipped (sudo apt-get install podman debootstrap)" >&2
  fi
fi

install_mailbot "[test]"
cd "$ROOT"
"$VENV/bin/ruff" check .
"$VENV/bin/ruff" format --check .
"$VENV/bin/python" -m pytest "$@"
