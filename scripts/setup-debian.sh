#!/usr/bin/env bash
# Installs everything Bostøtte needs to build, run and test on Debian 12 (bookworm), from Debian's
# own packages. Safe to run again: already installed packages are left as they are.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git dpkg-dev file
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
    qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libgl-dev libvulkan-dev
    postgresql libsqlite3-dev libsodium-dev libical-dev libxlsxwriter-dev libzip-dev catch2
    clang-format clang libclang-rt-14-dev xvfb xauth fonts-dejavu-core poppler-utils desktop-file-utils
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
    echo "setup: all ${#packages[@]} packages are installed"
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "setup: installing ${missing[*]}"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
