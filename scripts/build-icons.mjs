#!/usr/bin/env node
// npm run icons: renders assets/icon.svg to public/icon/{16,32,48,96,128}.png, which WXT puts in the
// manifest's "icons" by itself. A size with a hand-fitted drawing of its own (assets/icon-16.svg) is
// rendered from that instead. A dev tool: the PNGs are committed, the extension build never runs this.
// Needs Debian's Chromium (apt-get install chromium); drives it with playwright-core.
//
//   node scripts/build-icons.mjs                      write the PNGs
//   node scripts/build-icons.mjs --preview FILE.png   also write a sheet: every size on light and dark
//                                                     toolbars, without and with the "matched" badge
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = path.join(root, 'assets/icon.svg');
const sourceFor = (size) => [path.join(root, `assets/icon-${size}.svg`), SOURCE].find((f) => existsSync(f));
const OUT_DIR = path.join(root, 'public/icon');
const SIZES = [16, 32, 48, 96, 128];
// Chrome Web Store: the 128 px icon is 96 px of artwork with 16 px of transparent padding per side.
const PADDING = { 128: 16 };
// Must match BADGE_COLOUR in entrypoints/background/badge.ts (used only for the preview sheet).
const BADGE_COLOUR = '#9a3412';

function chromiumPath() {
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('Chromium not found: apt-get install -y chromium');
  }
}

const dataUrl = (file, type = 'image/svg+xml') => `data:${type};base64,${readFileSync(file).toString('base64')}`;

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  mkdirSync(OUT_DIR, { recursive: true });
  for (const size of SIZES) {
    const pad = PADDING[size] ?? 0;
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">
         <img src="${dataUrl(sourceFor(size))}" width="${size - 2 * pad}" height="${size - 2 * pad}"
              style="display:block;margin:${pad}px">
       </body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(path.join(OUT_DIR, `${size}.png`), png);
    console.log(`public/icon/${size}.png  ${png.length} bytes  from ${path.relative(root, sourceFor(size))}`);
  }

  const previewAt = process.argv.indexOf('--preview');
  if (previewAt > 0) {
    const file = path.resolve(process.argv[previewAt + 1] ?? 'icon-preview.png');
    const icon = (size, badge) => `
      <span style="position:relative;display:inline-block;width:${size}px;height:${size}px;margin:6px">
        <img src="${dataUrl(path.join(OUT_DIR, `${size}.png`), 'image/png')}" width="${size}" height="${size}">
        ${
          badge
            ? `<span style="position:absolute;right:-4px;bottom:-3px;background:${BADGE_COLOUR};color:#fff;
          font:bold ${Math.max(9, size / 2)}px system-ui,sans-serif;border-radius:3px;padding:0 2px;line-height:1.1">2</span>`
            : ''
        }
      </span>`;
    const row = (bg, label) => `
      <div style="background:${bg};padding:8px;display:flex;align-items:center;gap:4px">
        <span style="color:${bg === '#ffffff' || bg === '#f1f3f4' ? '#111' : '#eee'};font:12px sans-serif;width:90px">${label}</span>
        ${[16, 32, 48].map((s) => icon(s, false)).join('')}
        ${[16, 32].map((s) => icon(s, true)).join('')}
      </div>`;
    // Pixel-exact previews of the real PNGs, scaled up 8x without smoothing.
    const zoom = SIZES.filter((s) => s <= 48)
      .map(
        (s) => `<img src="${dataUrl(path.join(OUT_DIR, `${s}.png`), 'image/png')}"
        style="width:${s * 4}px;height:${s * 4}px;image-rendering:pixelated;margin:4px;background:#888">`,
      )
      .join('');
    await page.setViewportSize({ width: 560, height: 420 });
    await page.setContent(`<html><body style="margin:0;font:12px sans-serif">
      ${row('#f1f3f4', 'Chrome light')}${row('#202124', 'Chrome dark')}
      ${row('#ffffff', 'Firefox light')}${row('#2b2a33', 'Firefox dark')}
      <div style="padding:8px;background:#fff">${zoom}</div></body></html>`);
    await page.waitForLoadState('load');
    await page.screenshot({ path: file, fullPage: true });
    console.log(`preview: ${file}`);
  }
} finally {
  await browser.close();
}
