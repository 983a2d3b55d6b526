#!/usr/bin/env bash
# The quick start on a fresh clone: installs what is needed (Node 24, npm packages, the Kafka and
# mongo-java-server jars), then scripts/platform.mjs builds the services when a source changed,
# starts the embedded infrastructure, the development mailbox and the five services (their built
# JavaScript; JENJANG_RUN_FROM_SOURCE=1 runs the TypeScript), and walks one civil servant through
# the loop (--no-demo skips the walk-through). Ctrl-C stops everything it started.
set -euo pipefail
source "$(dirname "$0")/env.sh"
prepare
exec node scripts/platform.mjs "$@"
