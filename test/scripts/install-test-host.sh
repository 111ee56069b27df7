#!/usr/bin/env bash
# Installs what the integration and end-to-end tests need when it is missing:
#  - Debian packages: chromium (headless browser), fonts, libkrb5-dev, ripgrep, build tools
#  - code-server 4.100.3 (a real VS Code 1.100.3) into .vscode-test/code-server (git-ignored)
# Idempotent: a second run with everything present returns in about a second.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cache="${CORROBORATE_TEST_CACHE:-$here/.vscode-test}"
cs_version="4.100.3"
cs_dir="$cache/code-server"
entry="$cs_dir/node_modules/code-server/out/node/entry.js"
stamp="$cs_dir/.ready-$cs_version"

log() { echo "[install-test-host] $*"; }

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v rg >/dev/null 2>&1 || need_apt+=(ripgrep)
[ -f /usr/include/gssapi/gssapi.h ] || [ -f /usr/include/krb5.h ] || need_apt+=(libkrb5-dev)
fc-list 2>/dev/null | grep -qi dejavu || need_apt+=(fonts-dejavu-core)
command -v g++ >/dev/null 2>&1 || need_apt+=(build-essential)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "apt-get install ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

if [ -f "$stamp" ] && [ -f "$entry" ]; then
  log "code-server $cs_version ready at $entry"
  exit 0
fi
log "installing code-server $cs_version into $cs_dir (about 2 minutes)"
rm -rf "$cs_dir"; mkdir -p "$cs_dir"
cd "$cs_dir"
echo '{"name":"corroborate-test-host","private":true}' > package.json
npm install --no-audit --no-fund --loglevel=error --ignore-scripts "code-server@$cs_version" >/dev/null
npm_config_yes=true npm rebuild argon2 --loglevel=error >/dev/null
cd node_modules/code-server/lib/vscode
npm install --no-audit --no-fund --loglevel=error --unsafe-perm --omit=dev --ignore-scripts >/dev/null
npm_config_yes=true npm rebuild kerberos node-pty @parcel/watcher @vscode/spdlog native-watchdog @vscode/deviceid --loglevel=error >/dev/null
mkdir -p node_modules/@vscode/ripgrep/bin && ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
[ -e node_modules.asar ] || ln -s node_modules node_modules.asar
(cd extensions && npm install --no-audit --no-fund --loglevel=error --unsafe-perm --omit=dev --ignore-scripts >/dev/null)
touch "$stamp"
log "code-server $cs_version ready at $entry"
