#!/usr/bin/env bash
# Does the Firefox sources zip rebuild the Firefox package byte for byte, as docs/RELEASE.md promises
# AMO's reviewers? Zips this tree's Firefox build and sources, unpacks the sources zip in an empty
# folder, runs there the one command RELEASE.md documents (npm ci && npm run zip), and compares the
# two Firefox zips (and the two sources zips) byte for byte. Prints PASS or FAIL; exits 1 on FAIL.
# Needs the npm registry (or a warm npm cache); takes about a minute.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
start=$SECONDS
tmp=$(mktemp -d "${TMPDIR:-/tmp}/durand-lens-sources.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

fail() { echo "sources-zip rebuild: FAIL: $*" >&2; exit 1; }

version=$(node -p 'require("./package.json").version')
want_node=$(node -p 'require("./package.json").engines?.node ?? ""')
want_npm=$(node -p 'require("./package.json").engines?.npm ?? ""')
have_node=$(node -v | sed 's/^v//'); have_npm=$(npm -v)
if [ "$have_node" != "$want_node" ] || [ "$have_npm" != "$want_npm" ]; then
  echo "note: running Node $have_node / npm $have_npm; releases are built with Node $want_node / npm $want_npm"
fi

# The command a reviewer runs: the first sh block of docs/RELEASE.md after "the one command".
command=$(awk '/the one command/ {found=1} found && /^```sh$/ {inblock=1; next} inblock && /^```$/ {exit} inblock {print}' docs/RELEASE.md)
[ -n "$command" ] || fail "no command found in docs/RELEASE.md (a \`\`\`sh block after \"the one command\")"
echo "documented command: $command"

# 1. The originals, from this tree, in a folder of our own (not .output: other builds may be using it).
if ! WXT_OUT_DIR="$tmp/original" npx wxt zip -b firefox > "$tmp/original.log" 2>&1; then
  tail -20 "$tmp/original.log"; fail "could not zip this tree's Firefox build"
fi
firefox_zip="durand-lens-$version-firefox.zip"
sources_zip="durand-lens-$version-sources.zip"
for f in "$firefox_zip" "$sources_zip"; do [ -f "$tmp/original/$f" ] || fail "wxt zip made no $f"; done

# 2. What the sources zip holds: what the build needs, no tests or dev leftovers.
listing=$(unzip -Z1 "$tmp/original/$sources_zip")
for must in package.json package-lock.json wxt.config.ts docs/RELEASE.md public/icon/128.png; do
  grep -qx "$must" <<<"$listing" || fail "the sources zip lacks $must"
done
if stray=$(grep -E '^(tests|node_modules|\.output|coverage|docs/screenshots)/|\.test\.[cm]?[jt]sx?$' <<<"$listing"); then
  fail "the sources zip holds files a reviewer does not need: $(head -5 <<<"$stray" | tr '\n' ' ')"
fi
echo "sources zip: $(wc -l <<<"$listing") files, $(stat -c %s "$tmp/original/$sources_zip") bytes"

# 3. Rebuild as a reviewer would: a clean folder, the lockfile, the documented command.
mkdir "$tmp/reviewer"
(cd "$tmp/reviewer" && unzip -q "$tmp/original/$sources_zip")
if ! (cd "$tmp/reviewer" && env -u WXT_OUT_DIR npm_config_prefer_offline=true npm_config_audit=false \
      npm_config_fund=false bash -c "$command") > "$tmp/reviewer.log" 2>&1; then
  tail -30 "$tmp/reviewer.log"; fail "the documented command failed in the unpacked sources"
fi
rebuilt="$tmp/reviewer/.output"
[ -f "$rebuilt/$firefox_zip" ] || fail "the documented command made no .output/$firefox_zip"

# 4. Byte for byte.
status=0
if cmp -s "$tmp/original/$firefox_zip" "$rebuilt/$firefox_zip"; then
  echo "firefox zip: identical ($(stat -c %s "$rebuilt/$firefox_zip") bytes)"
else
  status=1
  echo "firefox zip: DIFFERS from the original; file by file:"
  mkdir "$tmp/a" "$tmp/b"
  (cd "$tmp/a" && unzip -q "$tmp/original/$firefox_zip") && (cd "$tmp/b" && unzip -q "$rebuilt/$firefox_zip")
  diff -r "$tmp/a" "$tmp/b" | sed "s|$tmp/a|original|; s|$tmp/b|rebuilt|" | head -40 || true
fi
if cmp -s "$tmp/original/$sources_zip" "$rebuilt/$sources_zip"; then
  echo "sources zip: the rebuild makes the same sources zip"
else
  status=1
  echo "sources zip: the rebuild's sources zip DIFFERS:"
  diff <(unzip -Z1 "$tmp/original/$sources_zip") <(unzip -Z1 "$rebuilt/$sources_zip") | head -20 || true
fi

elapsed=$((SECONDS - start))
if [ "$status" -eq 0 ]; then
  echo "sources-zip rebuild: PASS (Firefox $version rebuilt byte for byte from its sources zip in ${elapsed}s)"
else
  echo "sources-zip rebuild: FAIL (rebuilt in ${elapsed}s; see the differences above)"
  exit 1
fi
