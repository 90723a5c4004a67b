#!/usr/bin/env bash
# npm test: everything, from a fresh Debian machine. Installs what is missing (npm packages; Chromium
# and Firefox ESR from apt), builds both browsers' packages, then runs every suite.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/ensure-deps.sh
ensure_node_modules
ensure_browsers

step() { printf '\n=== %s ===\n' "$*"; }
passed=0; failed=0; failures=()
run() {
  local name=$1; shift
  step "$name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("$name"); fi
}

run "lint and format (biome)" npx biome ci .
run "typecheck" npx tsc --noEmit
run "dataset check" npx tsx scripts/data-check.ts
run "unit tests (vitest)" npx vitest run
run "build chrome + firefox" npm run --silent build
run "web-ext lint (firefox)" bash scripts/lint-firefox.sh
run "browser tests (chromium, firefox)" node --test --test-concurrency=1 tests/browser/
for check in tests/build/*.sh; do
  [ -e "$check" ] && run "build check: $(basename "$check")" bash "$check"
done

step "summary"
[ "${#failures[@]}" -gt 0 ] && printf 'failed step: %s\n' "${failures[@]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
