#!/usr/bin/env bash
# The manifest checks (node:test) of the built Chrome and Firefox packages; run by scripts/test-all.sh.
cd "$(dirname "$0")/../.." && exec node --test tests/build/manifest.test.mjs
