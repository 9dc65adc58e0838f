#!/usr/bin/env bash
# Set up mailbot and run its main job on embedded defaults (SQLite, a local
# Maildir seeded with sample mail, outgoing mail written to a folder).
source "$(dirname "$0")/_venv.sh"
install_mailbot ""
if [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing Debian's fonts-dejavu-core (a Unicode font for the PDF extracts)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core >/dev/null
fi
cd "$ROOT"
exec "$VENV/bin/mailbot" demo --dir "${1:-mailbot-demo}"
