#!/usr/bin/env bash
# Set up mailbot and run its main job on embedded defaults (SQLite, a local
# Maildir seeded with sample mail, outgoing mail written to a folder).
source "$(dirname "$0")/_venv.sh"
install_mailbot ""
cd "$ROOT"
exec "$VENV/bin/mailbot" demo --dir "${1:-mailbot-demo}"
