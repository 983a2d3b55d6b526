#!/usr/bin/env bash
# Sourced by every entry script: puts the project's own Node 24 (from the npm registry) first on
# PATH, installs npm packages and the Maven-resolved infrastructure jars when they are missing.
# No `set -e` here: callers choose their own shell options.
JENJANG_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export JENJANG_ROOT
NODE_VERSION="24.21.0"
NODE_DIR="$JENJANG_ROOT/.tools/node24"

ensure_node() {
  if [[ "$(node -v 2>/dev/null || true)" == v24.* ]]; then return; fi
  if [[ ! -x "$NODE_DIR/node_modules/.bin/node" ]]; then
    echo "[jenjang] installing Node $NODE_VERSION from the npm registry into .tools/node24" >&2
    mkdir -p "$NODE_DIR"
    (cd "$NODE_DIR" && echo '{"private":true}' > package.json &&
      npm install --no-save --no-audit --no-fund --loglevel=error "node@$NODE_VERSION" >&2)
  fi
  export PATH="$NODE_DIR/node_modules/.bin:$PATH"
}

ensure_packages() {
  local stamp="$JENJANG_ROOT/node_modules/.jenjang-lock-hash"
  local want
  want="$(sha256sum "$JENJANG_ROOT/package-lock.json" | cut -d' ' -f1)-$(node -v)"
  if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
    echo "[jenjang] installing npm packages from package-lock.json" >&2
    # Not `npm ci`: npm >= 11.16 rejects its own lockfile when an optional platform package
    # (e.g. @swc/core-darwin-arm64 at the locked version) is unavailable from the registry
    # (npm/cli#9846). `npm install --no-save` installs the locked versions and writes nothing.
    (cd "$JENJANG_ROOT" && npm install --no-save --no-audit --no-fund --loglevel=error >&2)
    echo "$want" > "$stamp"
  fi
}

ensure_jars() {
  (cd "$JENJANG_ROOT" && node scripts/infra.mjs install >&2)
}

# Everything an entry script needs before it runs anything of the project's.
prepare() {
  ensure_packages
  ensure_jars
  cd "$JENJANG_ROOT"
  export KAFKAJS_NO_PARTITIONER_WARNING=1
}

ensure_node
# kafkajs sets a negative timer on Node 24 (harmless); keep the warning out of every log.
export NODE_OPTIONS="${NODE_OPTIONS:-} --disable-warning=TimeoutNegativeWarning"
