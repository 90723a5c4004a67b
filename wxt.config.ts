import { defineConfig } from 'wxt';
import type { InlineConfig } from 'vite';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import pkg from './package.json' with { type: 'json' };
import { FULL_READER, PAGE_MATCHES } from './utils/page/reader-files';

// Firefox add-on id; stable so settings survive updates and AMO can match versions.
export const GECKO_ID = 'durand-lens@durand-lens.org';

/**
 * Rolldown names virtual entry modules by absolute path in its module comments; dropping the project
 * folder makes the output the same wherever it is built (AMO reviewers rebuild and compare it).
 */
function relativeModuleIds() {
  let root = '';
  return {
    name: 'durand-lens:relative-module-ids',
    configResolved(config: { root: string }) {
      root = config.root;
    },
    renderChunk: (code: string) => code.replaceAll(`${root}/`, ''),
  };
}

/** Puts V8's magic comment that has a script's functions compiled eagerly first in each chunk (after minifying). */
function compileHint() {
  return {
    name: 'durand-lens:compile-hint',
    generateBundle(_options: unknown, bundle: Record<string, { type: string; code?: string }>) {
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
    },
  };
}

/**
 * The content scripts (stage 1 on every page, stage 2 where it hits) differ from the others in two ways: they are
 * minified (the sources zip holds the readable code for reviewers), and it gets the browser's own
 * promise-based `browser`/`chrome` instead of webextension-polyfill (47 kB, and its start-up work on
 * every page), and a bare stand-in for WXT's ContentScriptContext, which it does not use. The background,
 * popup and options keep the polyfill.
 */
function leanContentScript(entrypoints: readonly { type: string; name: string }[], config: InlineConfig) {
  if (!entrypoints.some((e) => e.type === 'content-script' || e.name === 'anchor-check')) return;
  // DL_NO_MINIFY=1 keeps it readable, for profiling (docs/PERFORMANCE.md).
  config.build = { ...config.build, minify: !process.env.DL_NO_MINIFY };
  const plain = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
  const bareContext = {
    find: /^wxt\/utils\/content-script-context$/,
    replacement: resolve(import.meta.dirname, 'entrypoints/content/bare-context.ts'),
  };
  // Both content scripts call most of their functions at once (stage 1 some eight of its own even on an empty
  // page): V8's per-file compile hint (Chromium; other engines ignore the comment) has them compiled with the
  // script, not each pre-parsed first and parsed again on its first call. For stage 1 a trace gives more compile
  // (0.7 → 1.4 ms) and less lazy compiling in its run; judged by same-run A/Bs, the sum is less (empty page 0.83–0.89,
  // off-topic article 0.88–0.93, both orders).
  if (entrypoints.some((e) => (e.type === 'content-script' && e.name === 'content') || e.name === 'anchor-check'))
    config.plugins = [...(config.plugins ?? []), compileHint()];
  const alias = config.resolve?.alias;
  // The first matching alias wins: ours goes before the polyfill module's.
  const rest = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
  config.resolve = { ...config.resolve, alias: [plain, bareContext, ...rest] };
}

export default defineConfig({
  hooks: { 'vite:build:extendConfig': leanContentScript },
  // Separate output folders let several builds (tests, benchmarks) run side by side.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Readable output for the pages that load once (AMO reviewers rebuild and diff it); see leanContentScript.
  vite: () => ({ plugins: [preact(), relativeModuleIds()], build: { minify: false } }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    homepage_url: pkg.homepage,
    // storage: per-tab results (session) and settings (local); scripting: register stage 1 and inject
    // stage 2 (entrypoints/background/stages.ts); activeTab: the same on the clicked tab where the user
    // withheld site access; contextMenus: "Look up". The host permissions come from stage 2's matches
    // (docs/PRIVACY.md says why).
    permissions: ['storage', 'scripting', 'activeTab', 'contextMenus'],
    // Stage 1 loads the full reader as a module where it hits (entrypoints/anchor-check.ts), which Chromium keeps
    // compiled between pages. Reachable only at the session's random address (use_dynamic_url): a page cannot
    // probe for the extension through it. Firefox keeps the background's injection (no entry: nothing exposed).
    ...(browser === 'firefox'
      ? {}
      : {
          web_accessible_resources: [{ resources: [FULL_READER.slice(1)], matches: PAGE_MATCHES, use_dynamic_url: true }],
        }),
    // "icons" (16, 32, 48, 96, 128) comes from public/icon/<size>.png, made by npm run icons from
    // assets/icon.svg; the toolbar button names its sizes too, as not every browser falls back to "icons".
    // Firefox builds MV2, where the toolbar button is "browser_action" (WXT would drop an "action" there).
    [browser === 'firefox' ? 'browser_action' : 'action']: {
      default_title: '__MSG_actionTitle__',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' },
    },
    // Firefox builds MV2, where the popup command has its MV2 name.
    commands: {
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_commandOpen__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // The newest feature we need sets the floor: 140 data_collection_permissions and the CSS Custom
              // Highlight API (115 storage.session). 140 is the current ESR, Debian's firefox-esr. Listed in
              // docs/RELEASE.md.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142. It has no context menu and no
            // keyboard shortcut; the background skips the menu there, and the shortcut is simply not offered.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // 105: CSS Custom Highlight API (102 storage.session; the bundle's syntax needs 85).
        { minimum_chrome_version: '105' }),
  }),
  zip: {
    artifactTemplate: 'durand-lens-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'durand-lens-{{version}}-sources.zip',
    // The Firefox sources zip holds what an AMO reviewer needs to rebuild the Firefox zip byte for
    // byte (docs/RELEASE.md) and nothing else: no tests, fixtures, dev scripts or stray files.
    includeSources: [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'entrypoints/**',
      'components/**',
      'utils/**',
      'assets/**',
      'public/**',
      'scripts/build.sh',
      'scripts/lib/ensure-deps.sh',
      'docs/RELEASE.md',
    ],
    excludeSources: ['tests/**', 'docs/screenshots/**', '.ci/**', 'coverage/**', '.output/**'],
  },
});
