#!/usr/bin/env bash
# Runs every test on a fresh clone: installs Node 24, npm packages and the infrastructure jars,
# starts the embedded Kafka and MongoDB-compatible store if needed, then lint, typecheck, unit,
# integration and end-to-end tests.
set -euo pipefail
source "$(dirname "$0")/env.sh"
prepare

step() { echo; echo "=== $* ==="; }
step lint;              npm run -s lint
step format;            npm run -s format:check
step typecheck;         npm run -s typecheck
step "unit tests";      npm run -s test:unit -- --ci
step "infrastructure";  node scripts/infra.mjs up
# --forceExit: a suite whose clean-up failed must not leave CI waiting on an open connection;
# the failure itself is still reported and fails the run.
step "integration tests"; npm run -s test:integration -- --ci --forceExit
step "end-to-end tests";  npm run -s test:e2e -- --ci --forceExit
echo; echo "all tests passed"
