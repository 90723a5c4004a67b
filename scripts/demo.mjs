// npm run demo: builds the Chrome package, serves the test article on 127.0.0.1, and opens Chromium
// with the extension on it, plus the popup in a second tab. One command for a newcomer.
// Without a display (a server, a container) Chromium runs headless: the demo then saves screenshots of
// what it would have shown and says where they are.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../tests/browser/lib/server.mjs';
import { chromiumPath } from '../tests/browser/lib/chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const outDir = process.env.WXT_OUT_DIR ?? join(root, '.output');
const extension = join(outDir, 'chrome-mv3');
const headed = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.DEMO_HEADLESS;

console.log('Building the Chrome extension…');
execFileSync('npx', ['wxt', 'build', '-b', 'chrome'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, WXT_OUT_DIR: outDir },
});

const server = await startServer();
const article = `${server.origin}/site/clash-article.html`;
const profile = mkdtempSync(join(tmpdir(), 'durand-lens-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath(),
  headless: false,
  viewport: headed ? null : { width: 1280, height: 800 },
  args: [
    ...(headed ? [] : ['--headless=new']),
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--no-first-run',
    '--disable-sync',
    '--disable-component-update',
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
  ],
});
const cleanup = async () => {
  await context.close().catch(() => undefined);
  await server.close();
  rmSync(profile, { recursive: true, force: true });
};
process.on('SIGINT', () => void cleanup().then(() => process.exit(0)));

const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(article);
await page.bringToFront();
const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
// Give the page a moment to be read, then open the popup as a tab (a script cannot click the toolbar).
await page.waitForTimeout(1500);
const popup = await context.newPage();
await popup.setViewportSize?.({ width: 500, height: 600 }).catch(() => undefined);
await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);

console.log(`\nArticle: ${article}`);
console.log(`Popup:   chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
if (headed) {
  await page.bringToFront();
  console.log('\nChromium is open with Durand Lens. Hover the round markers beside the highlighted sentences,');
  console.log('or press Alt+Shift+D for the popup. Close the browser window (or press Ctrl+C) to end the demo.');
  await new Promise((done) => context.on('close', done));
  await cleanup();
} else {
  const shots = mkdtempSync(join(tmpdir(), 'durand-lens-demo-shots-'));
  await popup
    .locator('.result .event, [data-state]')
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  await popup.screenshot({ path: join(shots, 'popup.png') });
  await page.bringToFront();
  const marker = page.locator('durand-lens-marks .marker').first();
  await marker.hover({ timeout: 5_000 }).catch(() => undefined);
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(shots, 'page.png') });
  console.log('\nNo display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so Chromium ran headless and');
  console.log('cannot be shown. What it would have shown:');
  console.log(`  ${join(shots, 'page.png')}   the article, sentences highlighted, a marker's card open`);
  console.log(`  ${join(shots, 'popup.png')}  the popup for that tab`);
  console.log('To see it live, run `npm run demo` on a desktop session, or under `xvfb-run` with a VNC viewer;');
  console.log(`or load ${extension} in Chrome (chrome://extensions, Developer mode, Load unpacked).`);
  await cleanup();
}
