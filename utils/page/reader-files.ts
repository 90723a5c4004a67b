// Where the full reader lives in the built extension, and the pages it reads: the background injects it (and
// registers stage 1 for those pages), stage 1 imports it in Chromium, and the Chrome manifest makes it
// web-accessible on those pages (wxt.config.ts). Plain values, so each of the three takes them from here.
export const FULL_READER = '/content-scripts/content.js';
export const PAGE_MATCHES = ['http://*/*', 'https://*/*'];
