// Launches Debian's Chromium with the built extension, through playwright-core (never its own download).
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CHROME_BUILD = resolve(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');

export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`]).toString().trim();
    } catch {}
  }
  throw new Error('Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH)');
}

/** Returns { context, worker, extensionId, close }. */
export async function launchChromium({ extension = CHROME_BUILD, colorScheme = 'light', viewport = { width: 1280, height: 800 } } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'durand-lens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: false,
    colorScheme,
    viewport,
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--disable-extensions-except=${extension}`, `--load-extension=${extension}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The current service worker (a new one after a restart). */
export async function currentWorker(context) {
  return context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker');
}

/**
 * The tab id of a page, asked of the extension itself. Without the "tabs" permission (we do not ask
 * for it) the extension cannot see tab URLs, so the page is brought to the front and the active tab asked.
 */
export async function tabIdOf(page) {
  await page.bringToFront();
  const worker = await currentWorker(page.context());
  return worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
}

export async function badgeText(context, tabId) {
  const worker = await currentWorker(context);
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Polls `read` until `accept(value)` or the time is up; returns the last value. */
export async function waitFor(read, accept, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}
