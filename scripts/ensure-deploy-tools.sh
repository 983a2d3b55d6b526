#!/usr/bin/env bash
# Installs the command-line tools the deployment checks run, from Debian's packages, when missing:
#   docker-compose  Debian's docker-compose (1.29): `docker-compose config` parses docker-compose.yml
#   kubectl         renders deploy/k8s offline with `kubectl kustomize`
# Used by scripts/compose.spec.ts and scripts/k8s.spec.ts (unit tier), so a fresh machine gets
# them on its first test run. Idempotent: instant when the tools are there. Exits non-zero with
# the reason when it cannot install (not root and no password-less sudo, apt failing).
#   scripts/ensure-deploy-tools.sh [docker-compose] [kubectl]      (default: both)
set -euo pipefail

want=("$@")
[[ ${#want[@]} -gt 0 ]] || want=(docker-compose kubectl)
missing=()
for tool in "${want[@]}"; do
  case "$tool" in
    docker-compose | kubectl) ;;
    *) echo "ensure-deploy-tools: unknown tool '$tool' (docker-compose, kubectl)" >&2; exit 2 ;;
  esac
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ "$(id -u)" == 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "ensure-deploy-tools: cannot install ${missing[*]}: not root and no password-less sudo." >&2
  echo "  Install the Debian packages yourself: apt-get install ${missing[*]}" >&2
  exit 1
fi

# Two test files may ask at once: one installs, the other waits and finds the tools there.
exec 9>"${TMPDIR:-/tmp}/jenjang-deploy-tools.lock"
flock -w 900 9
still=()
for tool in "${missing[@]}"; do command -v "$tool" >/dev/null 2>&1 || still+=("$tool"); done
[[ ${#still[@]} -eq 0 ]] && exit 0

export DEBIAN_FRONTEND=noninteractive
apt_opts=(-y -q --no-install-recommends -o DPkg::Lock::Timeout=600)
echo "ensure-deploy-tools: installing ${still[*]} with apt-get" >&2
if ! "${as_root[@]}" apt-get install "${apt_opts[@]}" "${still[@]}" >&2; then
  # A fresh machine may have no package lists yet.
  "${as_root[@]}" apt-get update -q -o DPkg::Lock::Timeout=600 >&2
  "${as_root[@]}" apt-get install "${apt_opts[@]}" "${still[@]}" >&2 || {
    echo "ensure-deploy-tools: apt-get could not install ${still[*]}" >&2
    exit 1
  }
fi
for tool in "${still[@]}"; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "ensure-deploy-tools: $tool is still missing after installing it" >&2
    exit 1
  }
done
