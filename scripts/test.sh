#!/usr/bin/env bash
# Runs every test on a fresh clone: installs Node 24, npm packages and the infrastructure jars,
# starts the embedded Kafka and MongoDB-compatible store, then lint, format, typecheck, unit,
# integration and end-to-end tests, and prints how long each tier took.
#
# Kafka and the store are started while the static checks run, and stopped at the end when this
# run started them; `./scripts/test.sh --keep-infra` (or JENJANG_KEEP_INFRA=1) leaves them up for
# the next run.
set -euo pipefail
source "$(dirname "$0")/env.sh"
prepare

keep_infra="${JENJANG_KEEP_INFRA:-0}"
for arg in "$@"; do
  case "$arg" in
    --keep-infra) keep_infra=1 ;;
    *) echo "usage: scripts/test.sh [--keep-infra]" >&2; exit 2 ;;
  esac
done

run_start=$(date +%s.%N)
declare -a tiers=()
infra_started=0
infra_pid=""

seconds_since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }

report() {
  local rc=$?
  set +e
  if [[ -n "$infra_pid" ]]; then wait "$infra_pid" 2>/dev/null; fi
  if [[ "$infra_started" == 1 && "$keep_infra" != 1 ]]; then
    echo; echo "=== stopping the infrastructure this run started ==="
    node scripts/infra.mjs down
  fi
  echo
  echo "tier                  seconds  result"
  echo "--------------------  -------  ------"
  for row in "${tiers[@]}"; do echo "$row"; done
  printf '%-20s  %7s  %s\n' total "$(seconds_since "$run_start")" "$([[ $rc == 0 ]] && echo passed || echo FAILED)"
  exit "$rc"
}
trap report EXIT

# tier NAME COMMAND...: runs one tier, records its time and result; a failure ends the run.
tier() {
  local name="$1"; shift
  echo; echo "=== $name ==="
  local t0 rc=0
  t0=$(date +%s.%N)
  "$@" || rc=$?
  tiers+=("$(printf '%-20s  %7s  %s' "$name" "$(seconds_since "$t0")" "$([[ $rc == 0 ]] && echo passed || echo "FAILED ($rc)")")")
  return "$rc"
}

# Kafka and the store start in the background while lint, format and typecheck run: `infra up`
# returns when every manifest topic's partitions have leaders and in-sync replicas, the group
# coordinator answers and the store has taken a write and a read.
if ! node scripts/infra.mjs status >/dev/null 2>&1; then infra_started=1; fi
infra_log="$(mktemp)"
infra_t0=$(date +%s.%N)
node scripts/infra.mjs up >"$infra_log" 2>&1 &
infra_pid=$!
# docker-compose and kubectl for the unit tier's deployment checks (Debian packages; instant when
# installed): a fresh machine installs them meanwhile. The specs call the same script, which
# waits for this one and reports why if the install failed.
bash scripts/ensure-deploy-tools.sh >/dev/null 2>&1 &

# Lint (the longest static check, one core) runs beside format and typecheck (the other core);
# each one's output is shown when it ends, in this order.
lint_log="$(mktemp)"
( t0=$(date +%s.%N); rc=0; npm run -s lint >"$lint_log" 2>&1 || rc=$?
  printf '%-20s  %7s  %s\n' lint "$(seconds_since "$t0")" "$([[ $rc == 0 ]] && echo passed || echo "FAILED ($rc)")" >"$lint_log.row"
  exit "$rc" ) &
lint_pid=$!
static_rc=0
tier format        npm run -s format:check || static_rc=$?
[[ $static_rc == 0 ]] && { tier typecheck npm run -s typecheck || static_rc=$?; }
echo; echo "=== lint ==="
lint_rc=0
wait "$lint_pid" || lint_rc=$?
grep -v 'No cached ProjectGraph\|nrwl/nx\|@nx/enforce-module-boundaries' "$lint_log" || true
tiers+=("$(cat "$lint_log.row" 2>/dev/null || printf '%-20s  %7s  %s' lint - "FAILED ($lint_rc)")")
[[ $static_rc == 0 && $lint_rc == 0 ]] || exit 1

# *.spec.ts: pure rules, and the service tests (*.use-cases.spec.ts: a service's modules with fake
# repositories through buildServiceModule, no broker or store), and the API reference's drift check.
tier "unit+service tests" npm run -s test:unit -- --ci

echo; echo "=== infrastructure ==="
infra_rc=0
wait "$infra_pid" || infra_rc=$?
infra_pid=""
cat "$infra_log" | grep -v '^  created: ' || true
tiers+=("$(printf '%-20s  %7s  %s' "infrastructure" "$(seconds_since "$infra_t0")" "$([[ $infra_rc == 0 ]] && echo "ready (in parallel)" || echo "FAILED ($infra_rc)")")")
[[ $infra_rc == 0 ]] || exit "$infra_rc"

# --forceExit: a suite whose clean-up failed must not leave CI waiting on an open connection;
# the failure itself is still reported and fails the run.
# Two jest processes side by side, each a half of the suites split by project (suites of one
# service never run at once: they would consume each other's events on the shared topics).
integration() {
  local logs=() pids=() rc=0 i
  for i in 1 2; do
    logs[i]="$(mktemp)"
    npm run -s test:integration -- --ci --forceExit --shard="$i/2" >"${logs[i]}" 2>&1 &
    pids[i]=$!
  done
  for i in 1 2; do
    wait "${pids[i]}" || rc=$?
    echo "--- shard $i/2"
    cat "${logs[i]}"
  done
  return "$rc"
}
# The five services run from built JavaScript in the integration crash test and the e2e tier.
tier build npm run -s build
tier "integration tests" integration
# The portal's browser spec drives Debian's chromium (installed here when missing).
scripts/install-chromium.sh
tier "end-to-end tests"  npm run -s test:e2e -- --ci --forceExit
echo; echo "all tests passed"
