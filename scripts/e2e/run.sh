#!/usr/bin/env bash
# The real-editor tests, end to end, on a fresh machine or a warm one:
#   1. installs what they need (scripts/e2e/install.sh: apt chromium/neovim/emacs/kate/xvfb/…, Node 24 + code-server
#      in ~/.cache/imagebuilder-e2e; quick when already there),
#   2. builds (tsc, esbuild bundles),
#   3. runs test/e2e/real-editors.test.ts with node's test runner: the extension's tests in code-server's
#      extension host (via @vscode/test-electron + the code shim), a UI check of the installed .vsix with
#      screenshots in test-artifacts/e2e/, headless Neovim and Emacs, and Kate under Xvfb (screenshots in
#      test-artifacts/e2e/kate/) against the standalone server.
# Usage: npm run e2e     (IB_E2E_UPDATE_IMAGES=1 also refreshes images/marketplace-placement.png)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
start=$(date +%s)
tools=$(bash scripts/e2e/install.sh) || { echo "[e2e] FAILED: installing the editors (scripts/e2e/install.sh)" >&2; exit 1; }
eval "$tools"
echo "[e2e] tools ready in $(( $(date +%s) - start ))s"
npx tsc -b
node scripts/bundle.mjs
# --test-timeout bounds every test and each file's process (one still alive after its tests is cancelled, not waited for).
IB_E2E=1 node --test --test-timeout=1800000 --test-reporter=spec --test-concurrency=1 out/test/e2e/
echo "[e2e] done in $(( $(date +%s) - start ))s"
