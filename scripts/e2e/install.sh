#!/usr/bin/env bash
# Installs, idempotently, the tools the real-editor tests need (Debian 12, root, Node 20):
#   apt: chromium, neovim, emacs-nox + elpa-eglot + elpa-lsp-mode + elpa-yaml-mode, pre-commit, kate + xvfb + xdotool + x11-apps (xwd)
#        + netpbm (xwd to PNG) + fonts-dejavu-core, libkrb5-dev, build-essential
#   npm (in a cache folder OUTSIDE the repo): node@24 (only to run code-server), code-server
# (playwright-core, which drives chromium, is a devDependency of the project: npm ci brings it.)
# Prints shell "export" lines for the tool paths on stdout (everything else goes to stderr).
# Fast (< 1 s) when everything is already there. Override the cache with IB_E2E_CACHE.
set -euo pipefail
CACHE=${IB_E2E_CACHE:-${HOME:-/root}/.cache/imagebuilder-e2e}
CODE_SERVER_VERSION=4.139.1
NODE24_SPEC=node@24
mkdir -p "$CACHE"
log() { echo "[e2e-install] $*" >&2; }
# Under `npm run`, the outer npm's settings arrive as npm_* variables (e.g. npm_config_user_agent naming
# Node 20, which code-server's postinstall reads): the nested installs below must not inherit them.
for v in $(compgen -e | grep '^npm_' || true); do unset "$v"; done

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v nvim >/dev/null 2>&1 || need_apt+=(neovim)
command -v emacs >/dev/null 2>&1 || need_apt+=(emacs-nox)
dpkg -s elpa-eglot >/dev/null 2>&1 || need_apt+=(elpa-eglot)
dpkg -s elpa-yaml-mode >/dev/null 2>&1 || need_apt+=(elpa-yaml-mode)
dpkg -s elpa-lsp-mode >/dev/null 2>&1 || need_apt+=(elpa-lsp-mode)
command -v pre-commit >/dev/null 2>&1 || need_apt+=(pre-commit)
command -v kate >/dev/null 2>&1 || need_apt+=(kate)
command -v Xvfb >/dev/null 2>&1 || need_apt+=(xvfb)
command -v xdotool >/dev/null 2>&1 || need_apt+=(xdotool)
command -v xwd >/dev/null 2>&1 || need_apt+=(x11-apps)
command -v pnmtopng >/dev/null 2>&1 || need_apt+=(netpbm)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || need_apt+=(fonts-dejavu-core)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
dpkg -s build-essential >/dev/null 2>&1 || need_apt+=(build-essential)
command -v python3 >/dev/null 2>&1 || need_apt+=(python3)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "apt-get install ${need_apt[*]}"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  ok=
  for attempt in 1 2; do   # a mirror hiccup is the known flaky part: one more try
    if $SUDO apt-get update -qq >"$CACHE/apt.log" 2>&1 &&
       DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >>"$CACHE/apt.log" 2>&1; then
      ok=1; break
    fi
    log "apt-get failed (attempt $attempt)"; tail -20 "$CACHE/apt.log" >&2
  done
  [ -n "$ok" ] || exit 1
fi

# npm install into $1 (a folder of its own), retried once: registry hiccups are the known flaky part.
npm_into() {
  local dir=$1; shift
  mkdir -p "$dir"
  [ -f "$dir/package.json" ] || echo '{"name":"e2e-tool","version":"0.0.0","private":true}' > "$dir/package.json"
  local i
  for i in 1 2; do
    if (cd "$dir" && "$@") >"$dir/install.log" 2>&1; then return 0; fi
    log "install in $dir failed (attempt $i); last lines:"; tail -20 "$dir/install.log" >&2
  done
  return 1
}

N24_DIR="$CACHE/node24"
N24_BIN="$N24_DIR/node_modules/node/bin"
if [ ! -x "$N24_BIN/node" ]; then
  log "npm install $NODE24_SPEC"
  npm_into "$N24_DIR" npm install --no-audit --no-fund "$NODE24_SPEC"
fi
# The node@24 package ships its headers (include/node/node.h, common.gypi): native modules build against them.
N24_HDR=$(find "$N24_DIR/node_modules" -path '*/include/node/node.h' -print -quit)
N24_HDR=${N24_HDR%/include/node/node.h}

CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
CS_ENTRY="$CS_DIR/node_modules/code-server/out/node/entry.js"
if [ ! -f "$CS_DIR/.complete" ]; then
  log "npm install code-server@$CODE_SERVER_VERSION (several minutes the first time)"
  PATH="$N24_BIN:$PATH" npm_config_nodedir="$N24_HDR" JOBS=max \
    npm_into "$CS_DIR" npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION"
  [ -f "$CS_ENTRY" ] || { log "code-server entry missing after install"; exit 1; }
  touch "$CS_DIR/.complete"
fi

echo "export NODE24='$N24_BIN/node'"
echo "export CS_ENTRY='$CS_ENTRY'"
echo "export CHROMIUM='$(command -v chromium)'"
echo "export NVIM='$(command -v nvim)'"
echo "export EMACS='$(command -v emacs)'"
echo "export KATE='$(command -v kate)'"
echo "export XVFB='$(command -v Xvfb)'"
echo "export XDOTOOL='$(command -v xdotool)'"
