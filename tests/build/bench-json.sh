#!/usr/bin/env bash
# The benchmark's JSON interface (`npm run --silent bench -- --json`, which other tools read): a quick run
# (one load per page, no 30 s live page) must print one JSON document with every documented field, the
# Chromium part included. Checks the shape, never the timings. About a minute; run by scripts/test-all.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d "${TMPDIR:-/tmp}/durand-lens-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
BENCH_OUT_DIR="$tmp/build" npm run --silent bench -- --json --quick --no-live > "$tmp/bench.json" 2> "$tmp/bench.log" || { cat "$tmp/bench.log" >&2; exit 1; }
node tests/build/check-bench-json.mjs "$tmp/bench.json" || { cat "$tmp/bench.log" >&2; exit 1; }
