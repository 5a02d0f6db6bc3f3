#!/usr/bin/env bash
# A stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }):
# it runs the same extension tests in code-server + headless chromium (see test/e2e/lib/codeShim.ts).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
exec node -e 'require(process.argv[1]).main(process.argv.slice(2)).then(c => process.exit(c), e => { console.error(e); process.exit(1); })' \
  "$ROOT/out/test/e2e/lib/codeShim.js" "$@"
