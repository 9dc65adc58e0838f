#!/usr/bin/env bash
# Make the base image `localhost/debian:bookworm-slim` for podman on a machine that
# cannot pull from a registry: debootstrap a minimal Debian 12 and import it.
# Does nothing when the image exists already (it is ≈ 150 MB; keep it between runs).
set -euo pipefail
IMAGE="${1:-localhost/debian:bookworm-slim}"
if podman image exists "$IMAGE"; then
  exit 0
fi
# The machine's own Debian mirror (as apt is set up here), unless DEBIAN_MIRROR says.
MIRROR="${DEBIAN_MIRROR:-$(grep -hoE '^(URIs:|deb) +[^ ]+/debian/?( |$)' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null | awk '{print $2}' | head -n1)}"
if [ -z "$MIRROR" ]; then
  echo "no Debian mirror found in /etc/apt: set DEBIAN_MIRROR" >&2
  exit 1
fi
ROOTFS="$(mktemp -d)"
trap 'rm -rf "$ROOTFS"' EXIT
echo "making $IMAGE with debootstrap from $MIRROR (about 2 minutes)" >&2
debootstrap --variant=minbase bookworm "$ROOTFS" "$MIRROR" >/dev/null
tar -C "$ROOTFS" -c . | podman import - "$IMAGE" >/dev/null
