#!/usr/bin/env bash
# web-ext lint on the Firefox build: fails on any error; warnings are listed (and explained in docs/RELEASE.md).
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${WXT_OUT_DIR:-.output}/firefox-mv2"
npx web-ext lint --source-dir "$dir" --no-config-discovery --output json > /tmp/durand-lens-lint.json || true
node -e '
const r = JSON.parse(require("fs").readFileSync("/tmp/durand-lens-lint.json", "utf8"));
for (const w of r.warnings) console.log(`warning ${w.code}: ${w.file ?? ""} ${w.message}`);
for (const e of r.errors) console.log(`ERROR ${e.code}: ${e.file ?? ""} ${e.message}`);
console.log(`web-ext lint: ${r.errors.length} errors, ${r.warnings.length} warnings`);
process.exit(r.errors.length ? 1 : 0);'
