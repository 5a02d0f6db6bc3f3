#!/usr/bin/env bash
# The shipped packages audited (issue 6): fails on a high or critical advisory in what ships, which is
# what esbuild bundles into dist/server.js and dist/lint.js (listed in <name>.packages.json beside them;
# the npm package has no runtime dependencies). Dev-only tools are not shipped and not audited here.
# Needs the registry's advisory endpoint; where it does not answer, says so and exits 3 (nothing was
# checked: not a pass). The offline part (lockfile, install scripts, reviewed packages) is
# test/robustness/package.test.ts.
set -uo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
node scripts/bundle.mjs --production --only=server,lint --outdir="$tmp" >/dev/null || exit 1
out=$(npm audit --json 2>&1)
if grep -q 'audit endpoint returned an error' <<<"$out" || ! node -e 'JSON.parse(require("fs").readFileSync(0, "utf8"))' <<<"$out" 2>/dev/null; then
  printf '%s\n' "$out" | tail -5
  echo "audit: the registry's advisory endpoint did not answer; nothing was checked." >&2
  exit 3
fi
AUDIT="$out" node -e '
  const fs = require("fs");
  const shipped = new Set(["server", "lint"].flatMap((n) => JSON.parse(fs.readFileSync(`${process.argv[1]}/${n}.packages.json`, "utf8")).map((p) => p.name)));
  const found = Object.values(JSON.parse(process.env.AUDIT).vulnerabilities ?? {}).filter((v) => shipped.has(v.name));
  for (const v of found) console.log(`${v.name}: ${v.severity} (${v.range})`);
  console.log(`audit: ${shipped.size} shipped packages (${[...shipped].join(", ")}): ${found.length} with advisories`);
  process.exit(found.some((v) => v.severity === "high" || v.severity === "critical") ? 1 : 0);
' "$tmp"
