// Launches Debian's Chromium with the built extension, through playwright-core (never its own download).
import { waitFor } from './wait.mjs';
import { chromium } from 'playwright-core';
import { findBinary } from './binary.mjs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CHROME_BUILD = resolve(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');

export const chromiumPath = () => findBinary('CHROMIUM_PATH', ['chromium', 'chromium-browser'], 'apt-get install -y chromium');

/** The flags every launch shares: headless, no sandbox (root), and none of Chromium's own network traffic. */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Stage 1 is registered by the background once it starts (entrypoints/background/stages.ts); a page
 * opened before that would not be checked, so tests start once it is.
 */
export async function untilStageOneRegistered(worker) {
  // Another extension (the bench's floor) registers nothing: nothing to wait for.
  const registered = () =>
    worker.evaluate(async () => !chrome.scripting || (await chrome.scripting.getRegisteredContentScripts()).length > 0);
  if (!(await waitFor(registered, Boolean, 10_000))) throw new Error('stage 1 was never registered');
}

/** Returns { context, worker, extensionId, close }. */
export async function launchChromium({ extension = CHROME_BUILD, colorScheme = 'light', viewport = { width: 1280, height: 800 } } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'durand-lens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: false,
    colorScheme,
    viewport,
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  await untilStageOneRegistered(worker);
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

/** Opens `url` in a new tab and waits until the badge shows a count: returns { page, tabId, badge }. */
export async function openUntilBadge(context, url, timeoutMs = 10_000) {
  const page = await context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(page);
  const badge = await waitFor(
    () => badgeText(context, tabId),
    (t) => /^\d+$/.test(t),
    timeoutMs,
  );
  return { page, tabId, badge };
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

export { waitFor };

/**
 * Debian's Chromium with no extension yet, driven over CDP, so a test can open pages first and
 * install the extension afterwards (Extensions.loadUnpacked needs --enable-unsafe-extension-debugging).
 * Returns { context, cdp, install(path) → extension id, clickAction(page, id), close }.
 * `clickAction` is Extensions.triggerAction: the toolbar click, which grants activeTab and opens the popup.
 */
export async function launchChromiumBare({ timeoutMs = 15_000 } = {}) {
  const { spawn } = await import('node:child_process');
  const profile = mkdtempSync(join(tmpdir(), 'durand-lens-chromium-'));
  const proc = spawn(
    chromiumPath(),
    [...CHROMIUM_FLAGS, '--enable-unsafe-extension-debugging', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  const kill = async () => {
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    try {
      process.kill(-proc.pid, 'SIGTERM');
    } catch {}
    const timer = new Promise((r) => setTimeout(r, 3000, 'timeout'));
    if ((await Promise.race([exited, timer])) === 'timeout')
      try {
        process.kill(-proc.pid, 'SIGKILL');
      } catch {}
  };
  try {
    const wsEndpoint = await new Promise((resolve, reject) => {
      let err = '';
      const timer = setTimeout(() => reject(new Error(`Chromium gave no DevTools endpoint in ${timeoutMs} ms:\n${err}`)), timeoutMs);
      proc.stderr.on('data', (chunk) => {
        err += chunk;
        const m = err.match(/DevTools listening on (ws:\/\/\S+)/);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      proc.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Chromium exited (${code}):\n${err}`));
      });
    });
    proc.stderr.resume();
    const browser = await chromium.connectOverCDP(wsEndpoint);
    const context = browser.contexts()[0];
    const cdp = await browser.newBrowserCDPSession();
    return {
      context,
      cdp,
      async install(path = CHROME_BUILD) {
        const { id } = await cdp.send('Extensions.loadUnpacked', { path });
        return id;
      },
      async clickAction(page, id) {
        await page.bringToFront();
        const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
        const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
        if (!tab) throw new Error(`no tab target for ${page.url()}`);
        await cdp.send('Extensions.triggerAction', { id, targetId: tab.targetId });
      },
      async close() {
        await browser.close().catch(() => undefined);
        await kill();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await kill();
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
}
