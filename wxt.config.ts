import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import pkg from './package.json' with { type: 'json' };

// Firefox add-on id; stable so settings survive updates and AMO can match versions.
export const GECKO_ID = 'durand-lens@durand-lens.org';

export default defineConfig({
  // Separate output folders let several builds (tests, benchmarks) run side by side.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Readable output: AMO reviewers rebuild and diff it; size matters less than clarity here.
  vite: () => ({ plugins: [preact()], build: { minify: false } }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    homepage_url: pkg.homepage,
    // storage: per-tab results (session) and settings (local); scripting + activeTab: scan a tab
    // the content script never ran in, when the user opens the popup there; contextMenus: "Look up".
    permissions: ['storage', 'scripting', 'activeTab', 'contextMenus'],
    action: { default_title: '__MSG_actionTitle__' },
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
              // 142: data_collection_permissions; 140: CSS Custom Highlight API.
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: '116' }),
  }),
  zip: {
    artifactTemplate: 'durand-lens-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'durand-lens-{{version}}-sources.zip',
    excludeSources: ['tests/**', 'docs/screenshots/**', '.ci/**', 'coverage/**', '.output/**'],
  },
});
