#!/usr/bin/env bash
# Debian's chromium for the portal's browser test (playwright-core drives it; playwright never
# downloads a browser). Does nothing when /usr/bin/chromium (or JENJANG_CHROMIUM) is there.
set -euo pipefail
browser="${JENJANG_CHROMIUM:-/usr/bin/chromium}"
if [[ -x "$browser" ]]; then exit 0; fi
echo "[jenjang] installing Debian's chromium for the browser test" >&2
sudo_cmd=()
if [[ "$(id -u)" != 0 ]]; then sudo_cmd=(sudo -n); fi
export DEBIAN_FRONTEND=noninteractive
if ! "${sudo_cmd[@]}" apt-get install -y --no-install-recommends chromium >&2; then
  "${sudo_cmd[@]}" apt-get update >&2
  "${sudo_cmd[@]}" apt-get install -y --no-install-recommends chromium >&2
fi
