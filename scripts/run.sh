#!/usr/bin/env bash
# Builds PressDesk if needed and opens it. With no --archive, the default archive is used and,
# on first run, created with the bilingual demo content.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh --target pressdesk pressdesk-cli
exec build/app/desktop/pressdesk "$@"
