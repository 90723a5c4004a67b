#!/usr/bin/env bash
# npm run build: Chrome (MV3) and Firefox (MV2) packages in .output/, and their zips.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/ensure-deps.sh
ensure_node_modules
npx wxt build -b chrome
npx wxt build -b firefox
npx wxt zip -b chrome
npx wxt zip -b firefox
out="${WXT_OUT_DIR:-.output}"
echo "Chrome: load $out/chrome-mv3 (chrome://extensions, Developer mode, Load unpacked)"
echo "Firefox: load $out/firefox-mv2/manifest.json (about:debugging, This Firefox, Load Temporary Add-on)"
