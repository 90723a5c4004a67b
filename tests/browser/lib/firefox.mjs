// Launches Debian's Firefox ESR with the built MV2 extension, through puppeteer-core over WebDriver BiDi
// (no geckodriver, no browser download). See docs of the tooling spike, §5, for the gotchas handled here.
import { waitFor } from './wait.mjs';
import puppeteer from 'puppeteer-core';
import { findBinary } from './binary.mjs';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const FIREFOX_BUILD = resolve(process.env.WXT_OUT_DIR ?? '.output', 'firefox-mv2');

// Firefox gives each install a random moz-extension:// host; this pref pins it so tests can open our pages.
const FIXED_UUID = '6d1f3a0e-2b7c-4c59-9a4e-d0c8a1f5e7b3';

export const firefoxPath = () => findBinary('FIREFOX_PATH', ['firefox-esr', 'firefox'], 'apt-get install -y firefox-esr');

function geckoIdOf(extension) {
  const manifest = resolve(extension, 'manifest.json');
  if (!existsSync(manifest)) {
    throw new Error(`No Firefox build at ${extension}: run \`npx wxt build -b firefox\` (with the same WXT_OUT_DIR)`);
  }
  const id = JSON.parse(readFileSync(manifest, 'utf8')).browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${manifest} has no browser_specific_settings.gecko.id`);
  return id;
}

/**
 * Returns { browser, uuid, helper, close }. `helper` is an extension page (options.html, which does
 * nothing by itself) kept open to call extension APIs from: badge, tabs, storage.
 */
export async function launchFirefox({ extension = FIREFOX_BUILD } = {}) {
  const addonId = geckoIdOf(extension);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Without it, BiDi refuses to navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [addonId]: FIXED_UUID }) },
  });
  try {
    const installed = await browser.installExtension(extension);
    if (installed !== addonId) throw new Error(`installed ${installed}, expected ${addonId}`);
    const fx = { browser, uuid: FIXED_UUID, addonId, helper: undefined };
    fx.helper = await openExtensionPage(fx, '/options.html');
    // Stage 1 is registered by the background once it starts: pages opened before that are not checked.
    const registered = () => fx.helper.evaluate(async () => (await browser.scripting.getRegisteredContentScripts()).length > 0);
    if (!(await waitFor(registered, Boolean, 10_000))) throw new Error('stage 1 was never registered');
    fx.close = () => browser.close();
    return fx;
  } catch (error) {
    await browser.close();
    throw error;
  }
}

export function extensionUrl(fx, path) {
  return `moz-extension://${fx.uuid}${path}`;
}

/**
 * Opens one of our pages in a new tab. puppeteer never sees the load event of a moz-extension:// page,
 * so `goto` is left to time out on its own and we wait until the page's script can call the extension.
 */
export async function openExtensionPage(fx, path, timeout = 15_000) {
  const page = await fx.browser.newPage();
  const url = extensionUrl(fx, path);
  page.goto(url, { timeout }).catch(() => undefined);
  // Polled by hand: while the tab goes from about:blank to our page, evaluations in the old realm fail.
  const ready = () =>
    page
      .evaluate(
        (expected) =>
          location.href === expected && typeof browser !== 'undefined' && !!browser.runtime?.id && document.readyState !== 'loading',
        url,
      )
      .catch(() => false);
  if (!(await waitFor(ready, Boolean, timeout))) {
    await page.close().catch(() => undefined);
    throw new Error(`${url} did not open`);
  }
  return page;
}

/** Runs `fn(...args)` in the helper extension page, where `browser.*` is the extension's API. */
export function inExtension(fx, fn, ...args) {
  return fx.helper.evaluate(fn, ...args);
}

/**
 * The tab id of a page, asked of the extension itself. Without the "tabs" permission (we do not ask
 * for it) the extension sees neither tab URLs nor titles, so the page is brought to the front and the
 * active tab of its window asked, never the helper page itself.
 */
export async function tabIdOf(fx, page) {
  await page.bringToFront();
  const id = await waitFor(
    () =>
      inExtension(fx, async () => {
        const self = (await browser.tabs.getCurrent())?.id;
        const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
        return active && active.id !== self ? active.id : undefined;
      }),
    (v) => v !== undefined,
    5_000,
  );
  if (id === undefined) throw new Error('could not find the tab id of the page');
  return id;
}

export function badgeText(fx, tabId) {
  return inExtension(fx, (id) => browser.browserAction.getBadgeText({ tabId: id }), tabId);
}

/** What the content script in the tab says about its scan, or undefined while it has not answered. */
export function scanStatus(fx, tabId) {
  return inExtension(fx, (id) => browser.tabs.sendMessage(id, { type: 'scan-status' }).catch(() => undefined), tabId);
}

/** The result the background keeps for the tab in session storage, if any. */
export function storedResult(fx, tabId) {
  return inExtension(fx, async (key) => (await browser.storage.session.get(key))[key], `tab:${tabId}`);
}

export { waitFor };

/**
 * Sizes a page's viewport. Puppeteer sends WebDriver BiDi's viewport command with a screen-orientation one that
 * Firefox ESR 140 (Debian's) does not know yet; the viewport is set all the same, so that error alone is waited out
 * by reading the page's width.
 */
export async function setViewport(page, viewport) {
  try {
    await page.setViewport(viewport);
  } catch (error) {
    if (!String(error?.message).includes('setScreenOrientationOverride')) throw error;
    const width = await waitFor(
      () => page.evaluate(() => window.innerWidth),
      (w) => w === viewport.width,
    );
    if (width !== viewport.width) throw new Error(`viewport ${viewport.width} px wide not set (the page is ${width})`);
  }
}
