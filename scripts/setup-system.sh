#!/usr/bin/env bash
# System packages the tests need (Qt offscreen, Xvfb screenshots, poppler, LibreOffice, and
# PostgreSQL, whose binaries the tests use to start a throwaway server of their own).
# Installed only when run as root on a Debian-like machine; otherwise says what is missing.
set -euo pipefail
PACKAGES=(
  libglib2.0-0 libgl1 libegl1 libx11-6 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0
  libxkbcommon-x11-0 xvfb xauth poppler-utils imagemagick libreoffice-calc-nogui postgresql
  desktop-file-utils shared-mime-info
)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing system packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Missing system packages (install them as root): ${missing[*]}" >&2
fi
