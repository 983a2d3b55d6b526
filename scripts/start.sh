#!/usr/bin/env bash
# Starts Jenjang on a fresh clone: installs what is needed, starts the embedded Kafka and
# MongoDB-compatible store, then the five services. Ctrl-C stops the services.
set -euo pipefail
source "$(dirname "$0")/env.sh"
prepare
node scripts/infra.mjs up
exec node scripts/platform.mjs "$@"
