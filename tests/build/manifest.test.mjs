// Checks the built manifests of both browsers against what the stores need and what the docs promise:
// icons at every size (present, right pixel size, referenced), name and description localised and
// within the stores' limits, version from package.json, and permissions equal to the list in
// docs/PRIVACY.md. Needs a build first: npm run build (or wxt build -b chrome / -b firefox), with the
// same WXT_OUT_DIR.
//   node --test tests/build/manifest.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.resolve(root, process.env.WXT_OUT_DIR ?? '.output');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

const ICON_SIZES = [16, 32, 48, 96, 128];
// Store limits on the localised strings: Chrome rejects a description over 132 characters; AMO stores
// names of at most 50 characters and its validator allows 45; Chrome shows short_name where space is short.
const MAX_NAME = 45;
const MAX_SHORT_NAME = 12;
const MAX_DESCRIPTION = 132;

const BUILDS = [
  { browser: 'chrome', dir: 'chrome-mv3', actionKey: 'action' },
  { browser: 'firefox', dir: 'firefox-mv2', actionKey: 'browser_action' },
];

/** The permission list in docs/PRIVACY.md: the first `code` of each item between the markers. */
function documentedPermissions() {
  const doc = readFileSync(path.join(root, 'docs/PRIVACY.md'), 'utf8');
  const block = doc.match(/<!-- permissions:start -->([\s\S]*?)<!-- permissions:end -->/);
  assert.ok(block, 'docs/PRIVACY.md has no <!-- permissions:start --> … <!-- permissions:end --> list');
  const items = [...block[1].matchAll(/^- `([^`]+)`/gm)].map((m) => m[1]);
  assert.ok(items.length > 0, 'the permission list in docs/PRIVACY.md is empty');
  assert.equal(new Set(items).size, items.length, `docs/PRIVACY.md lists a permission twice: ${items}`);
  return items.sort();
}

/** Everything the manifest makes the browser grant: API permissions, host access, content-script matches. */
function manifestPermissions(m) {
  const all = [
    ...(m.permissions ?? []),
    ...(m.host_permissions ?? []),
    ...(m.optional_permissions ?? []),
    ...(m.optional_host_permissions ?? []),
    ...(m.content_scripts ?? []).flatMap((c) => c.matches ?? []),
  ];
  return [...new Set(all)].sort();
}

function pngSize(file) {
  const bytes = readFileSync(file);
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', `${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const documented = documentedPermissions();

for (const { browser, dir, actionKey } of BUILDS) {
  const buildDir = path.join(outDir, dir);
  const manifestFile = path.join(buildDir, 'manifest.json');

  test(`${browser}: built manifest exists`, () => {
    assert.ok(existsSync(manifestFile), `${manifestFile} is missing: build first (npm run build)`);
  });
  if (!existsSync(manifestFile)) continue;
  const m = JSON.parse(readFileSync(manifestFile, 'utf8'));

  const message = (value) => {
    const key = /^__MSG_(\w+)__$/.exec(value ?? '')?.[1];
    if (!key) return undefined;
    const file = path.join(buildDir, '_locales', m.default_locale ?? '', 'messages.json');
    const messages = JSON.parse(readFileSync(file, 'utf8'));
    return messages[key]?.message;
  };

  test(`${browser}: icons at ${ICON_SIZES.join(', ')} px, present, of that size, and referenced`, () => {
    assert.deepEqual(
      Object.keys(m.icons ?? {})
        .map(Number)
        .sort((a, b) => a - b),
      ICON_SIZES,
    );
    for (const size of ICON_SIZES) {
      const file = path.join(buildDir, m.icons[size]);
      assert.ok(existsSync(file), `icons.${size} → ${m.icons[size]} is not in the package`);
      assert.deepEqual(pngSize(file), { width: size, height: size }, `${m.icons[size]} is not ${size}×${size}`);
    }
    // The toolbar button's own icons too, and every icon the package ships is one of the above.
    const action = m[actionKey];
    assert.ok(action?.default_icon, `${actionKey}.default_icon is missing`);
    for (const [size, rel] of Object.entries(action.default_icon)) {
      assert.ok(existsSync(path.join(buildDir, rel)), `${actionKey}.default_icon.${size} → ${rel} is not in the package`);
      assert.equal(rel, m.icons[size], `${actionKey}.default_icon.${size} is not the ${size} px icon`);
    }
    const shipped = readdirSync(path.join(buildDir, 'icon'))
      .map((f) => `icon/${f}`)
      .sort();
    assert.deepEqual(shipped, Object.values(m.icons).sort(), 'an icon file in the package is not referenced');
  });

  test(`${browser}: name, short name and description come from _locales, within the stores' limits`, () => {
    assert.equal(m.default_locale, 'en');
    for (const [field, max] of [
      ['name', MAX_NAME],
      ['short_name', MAX_SHORT_NAME],
      ['description', MAX_DESCRIPTION],
    ]) {
      assert.match(m[field] ?? '', /^__MSG_\w+__$/, `${field} is not localised: ${JSON.stringify(m[field])}`);
      const text = message(m[field]);
      assert.ok(text, `${field}: ${m[field]} has no message in _locales/${m.default_locale}/messages.json`);
      const length = [...text].length;
      assert.ok(length <= max, `${field} is ${length} characters, the limit is ${max}: "${text}"`);
    }
  });

  test(`${browser}: version is package.json's (${pkg.version})`, () => {
    assert.equal(m.version, pkg.version);
    assert.equal(m.homepage_url, pkg.homepage);
  });

  test(`${browser}: permissions equal the list in docs/PRIVACY.md`, () => {
    assert.deepEqual(manifestPermissions(m), documented);
  });

  test(`${browser}: only the reader stage 1 imports is web-accessible, and only at a random address`, () => {
    if (browser === 'firefox') return assert.equal(m.web_accessible_resources, undefined);
    assert.deepEqual(m.web_accessible_resources, [
      { resources: ['content-scripts/content.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
    ]);
    assert.ok(existsSync(path.join(buildDir, 'content-scripts/content.js')));
    // The address stage 1 imports is that file's.
    assert.match(readFileSync(path.join(buildDir, 'anchor-check.js'), 'utf8'), /`\/content-scripts\/content\.js`/);
  });

  test(`${browser}: minimum browser version stated`, () => {
    if (browser === 'chrome') {
      assert.equal(m.minimum_chrome_version, '105');
    } else {
      const gecko = m.browser_specific_settings?.gecko;
      assert.match(gecko?.id ?? '', /^[\w.-]+@[\w.-]+$/, 'Firefox add-on id missing');
      // 140: the current ESR, which Debian ships; Android reads the data-collection key from 142.
      assert.equal(gecko.strict_min_version, '140.0');
      assert.equal(m.browser_specific_settings?.gecko_android?.strict_min_version, '142.0');
      assert.deepEqual(gecko.data_collection_permissions, { required: ['none'] });
    }
  });
}
