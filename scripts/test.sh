#!/usr/bin/env bash
# Installs what is missing, builds everything and runs the whole test suite (QtTest via ctest).
# GUI tests run on Qt's offscreen platform: no display is needed. The publishing tests need a
# real WordPress: tests/peers/wordpress-peer.sh starts one on 127.0.0.1 (Debian's wordpress,
# MariaDB, php -S; packages installed on first use) and it is stopped again at the end, whatever
# happened.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
peer="$PWD/tests/peers/wordpress-peer.sh"
export WPEER_DIR="${TMPDIR:-/tmp}/pressdesk-wordpress-peer-$$"
trap '"$peer" stop >/dev/null 2>&1 || true' EXIT
"$peer" start
eval "$("$peer" env)"
export WP_URL WP_USER WP_APP_PASSWORD
cd build
ctest --output-on-failure -j"$(nproc)" "$@"
