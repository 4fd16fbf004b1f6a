#!/usr/bin/env bash
# Installs what the editor tests need, offline-capable and idempotent (see test/e2e/README.md):
#   - Debian packages: chromium (the browser that drives the workbench), ripgrep (seed for code-server's
#     @vscode/ripgrep download) and the headers/compilers code-server's native modules build from source with;
#   - code-server (a real VS Code build) into a cache directory keyed by its version, outside the repository.
# Prints CODE_SERVER_ENTRY=<path> and CHROMIUM_PATH=<path> on stdout (progress goes to stderr).
# Exit codes: 0 ready; 3 cannot install on this machine (no apt / not root), so the caller may skip; other = failed.
# Env: CLAIMLINT_E2E_HOME (cache root, default $HOME/.cache/claimlint-e2e), CHROMIUM_PATH (use this browser).
set -euo pipefail

CS_VERSION=4.100.3   # the last code-server (VS Code 1.100.3) that runs on Node 20
# Pinned by code-server 4.100.3: lib/vscode/npm-shrinkwrap.json (@vscode/ripgrep) and its lib/postinstall.js (VERSION).
RG_PKG=1.15.11
RG_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
APT_PACKAGES=(chromium ripgrep libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config build-essential python3)

E2E_HOME="${CLAIMLINT_E2E_HOME:-${HOME:-/root}/.cache/claimlint-e2e}"
PREFIX="$E2E_HOME/code-server-$CS_VERSION"
ENTRY="$PREFIX/node_modules/code-server/out/node/entry.js"

log() { printf 'setup-e2e: %s\n' "$*" >&2; }
cannot() { log "SKIP-ABLE: $*"; exit 3; }

find_chromium() {
  local c
  for c in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
    [ -n "$c" ] && [ -x "$c" ] && { printf '%s\n' "$c"; return 0; }
  done
  return 1
}

report() {
  printf 'CODE_SERVER_ENTRY=%s\n' "$ENTRY"
  printf 'CHROMIUM_PATH=%s\n' "$(find_chromium)"
}

# Fast path: everything is already there.
if [ -f "$PREFIX/.installed" ] && find_chromium >/dev/null; then
  report
  exit 0
fi

# System packages (only what is missing). Installing needs Debian/Ubuntu apt and root (or password-less sudo).
need=()
if command -v dpkg >/dev/null 2>&1; then
  for p in "${APT_PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
else
  # Not a dpkg system: usable only if the browser and ripgrep are already provided.
  find_chromium >/dev/null || cannot "no dpkg/apt and no Chromium (set CHROMIUM_PATH to a Chromium binary)"
  command -v rg >/dev/null 2>&1 || [ -f "$PREFIX/.installed" ] || cannot "no dpkg/apt and no ripgrep (rg) on PATH"
fi
if ((${#need[@]})); then
  command -v apt-get >/dev/null 2>&1 || cannot "missing packages (${need[*]}) and no apt-get to install them"
  SUDO=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO=(sudo -n); else
      cannot "missing packages (${need[*]}); installing them needs root or password-less sudo"; fi
  fi
  mkdir -p "$E2E_HOME"
  aptlog="$E2E_HOME/apt.log"
  log "apt-get install ${need[*]} (log: $aptlog)"
  { "${SUDO[@]}" apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq "${need[@]}"; } >"$aptlog" 2>&1 ||
    { tail -30 "$aptlog" >&2; log "apt-get failed"; exit 1; }
fi
find_chromium >/dev/null || { log "chromium still not found after install"; exit 1; }

if [ ! -f "$PREFIX/.installed" ]; then
  command -v npm >/dev/null 2>&1 || cannot "npm not on PATH"
  mkdir -p "$E2E_HOME"
  # One installer at a time per cache directory.
  exec 9>"$E2E_HOME/.lock"
  command -v flock >/dev/null 2>&1 && flock 9
  if [ ! -f "$PREFIX/.installed" ]; then
    # @vscode/ripgrep's postinstall downloads from GitHub unless the asset is in <os.tmpdir()>/vscode-ripgrep-cache-<ver>/.
    rgcache="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-$RG_PKG"
    if [ ! -s "$rgcache/$RG_ASSET" ]; then
      stage=$(mktemp -d)
      cp "$(command -v rg)" "$stage/rg"
      mkdir -p "$rgcache"
      tar czf "$rgcache/$RG_ASSET.tmp" -C "$stage" rg && mv "$rgcache/$RG_ASSET.tmp" "$rgcache/$RG_ASSET"
      rm -rf "$stage"
    fi
    # Install into a staging directory and rename, so an interrupted install never looks complete.
    stage="$PREFIX.partial"
    rm -rf "$stage" "$PREFIX"
    mkdir -p "$stage"
    echo '{"private":true}' >"$stage/package.json"
    log "npm install code-server@$CS_VERSION (about a minute; native modules build from source)"
    # unsafe_perm: code-server's postinstall refuses root otherwise; yes: node-pty runs `npx node-gyp` without a tty;
    # nodedir: build against the installed Node headers instead of downloading them.
    (cd "$stage" && npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir="${npm_config_nodedir:-/usr}" \
      npm install --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION" >&2)
    mv "$stage" "$PREFIX"
    version=$(node "$ENTRY" --config "$PREFIX/config.yaml" --version 2>&1 | grep -m1 'with Code') ||
      { log "code-server was installed but does not run: node $ENTRY --version"; exit 1; }
    log "installed code-server $version"
    touch "$PREFIX/.installed"
  fi
fi

report
