#!/usr/bin/env bash
# Installs what RefundDesk needs to build, run and test on Debian 12, and nothing when it
# is all there already. Runs as root, or through sudo when not.
#   installer/deps.sh         build and run
#   installer/deps.sh --test  also what the test suite uses
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  qt6-qpa-plugins libqt6opengl6-dev
  nlohmann-json3-dev libsodium-dev libsqlite3-dev sqlite3
)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(clang-format xvfb xauth poppler-utils)
fi

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
  sudo=(sudo)
fi
echo "Installing: ${missing[*]}"
"${sudo[@]}" apt-get update
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
