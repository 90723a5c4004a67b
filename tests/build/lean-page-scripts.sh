#!/usr/bin/env bash
# The scripts that run in web pages are built lean (wxt.config.ts, leanContentScript): no
# webextension-polyfill, and a bare stand-in for WXT's ContentScriptContext, which would otherwise post a
# window message on every page it runs in. Both swaps are aliases on WXT's module names: a WXT upgrade
# that renames a module would quietly undo them, and this check fails then. Stage 1 also stays small,
# and builds no pattern on a page with no text (stage1-idle.mjs).
# Needs a build first (npm run build, same WXT_OUT_DIR).
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${WXT_OUT_DIR:-.output}"
fail=0
for dir in chrome-mv3 firefox-mv2; do
  for f in "$out/$dir/anchor-check.js" "$out/$dir/content-scripts/content.js"; do
    grep -q 'wxt:content-script-started' "$f" && { echo "FAIL: $f holds WXT's ContentScriptContext"; fail=1; }
    grep -q 'The message port closed before a response was received' "$f" && { echo "FAIL: $f holds webextension-polyfill"; fail=1; }
  done
  # The polyfill is still where it belongs, so the two greps above are looking for the right text.
  grep -q 'The message port closed before a response was received' "$out/$dir/background.js" || { echo "FAIL: no polyfill marker in $dir/background.js: update this check"; fail=1; }
  size=$(wc -c < "$out/$dir/anchor-check.js")
  [ "$size" -le 4096 ] || { echo "FAIL: $dir/anchor-check.js is $size bytes (stage 1 budget: 4 kB)"; fail=1; }
  echo "$dir: stage 1 $size bytes, lean"
done
node tests/build/stage1-idle.mjs "$out/chrome-mv3/anchor-check.js" "$out/firefox-mv2/anchor-check.js" || fail=1
exit $fail
