#!/usr/bin/env bash
# The benchmark's JSON interface (`npm run --silent bench -- --json`, which other tools read): a quick run
# (one load per page, no 30 s live page) must print one JSON document with every documented field, the
# Chromium part included. Checks the shape, never the timings. Under 30 s; run by scripts/test-all.sh, after
# the build, which it reuses (BENCH_PREBUILT) when there is one.
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d "${TMPDIR:-/tmp}/durand-lens-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
out="${WXT_OUT_DIR:-.output}"
prebuilt=""
[ -f "$out/chrome-mv3/manifest.json" ] && prebuilt="$(cd "$out/chrome-mv3" && pwd)"
BENCH_OUT_DIR="$tmp/build" BENCH_PREBUILT="$prebuilt" npm run --silent bench -- --json --quick --no-live > "$tmp/bench.json" 2> "$tmp/bench.log" || { cat "$tmp/bench.log" >&2; exit 1; }
node tests/build/check-bench-json.mjs "$tmp/bench.json" || { cat "$tmp/bench.log" >&2; exit 1; }
