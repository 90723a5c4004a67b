// Hostile pages for the robustness suites: huge, deep, framed, shadowed, self-rewriting, locked down by
// CSP, right-to-left, full of invisible characters, or carrying markup in their text. Each is plain
// HTML (a string), so the same pages also run through the scanner path in the unit tests.
// Also here: a recorder that watches every target of a Chromium over raw CDP (network and console),
// shared by hostile.test.mjs and privacy.test.mjs.

/** Sentences from the clash fixture (tests/fixtures/site/clash-article.html): enough for a result. */
export const CLASH_PARAGRAPHS = [
  'Afghanistan’s Taliban government said on Thursday evening that its forces had launched a broad counter-offensive against Pakistani military positions along the border, days after Pakistani air strikes that the United Nations says killed civilians in eastern Afghanistan.',
  'Zabihullah Mujahid, the government’s chief spokesman, wrote on X that Afghan forces had captured several Pakistani posts and bases in the border provinces of Nangarhar and Kunar.',
  'Pakistan confirmed the clashes. Its information minister, Attaullah Tarar, said on X that two Pakistani soldiers had been killed and three wounded.',
  'The Afghan Ministry of National Defence said 55 Pakistani soldiers had been killed and several captured alive. In Islamabad, the prime minister’s spokesperson said early on Friday that 133 Afghan Taliban fighters had been killed and more than 200 wounded.',
  'Within hours, Pakistan launched what it called Operation Ghazab lil-Haq, with air strikes on targets inside Afghanistan.',
];

/** An unrelated paragraph, for padding. */
export const FILLER = 'The committee met again on Tuesday to discuss the library budget and the new opening hours.';

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const paragraphs = (list) => list.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');

/** A whole document around a body. */
export function page({ title = 'Border clashes', body, head = '', lang = 'en', dir = 'ltr', published = '2026-02-27' }) {
  return `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta property="article:published_time" content="${published}T09:40:00Z">${head}</head><body>${body}</body></html>`;
}

/** The plain clash article: the reference the hostile variants are compared with. */
export const clashPage = () =>
  page({ body: `<article><h1>Taliban launch counter-offensive</h1>${paragraphs(CLASH_PARAGRAPHS)}</article>` });

/**
 * About 10 MB of text in 200,000 nodes: the clash story first, then 200,000 paragraphs of filler.
 * With `topic: false` the story is left out (a huge page that is not about the clashes).
 */
export function hugePage({ nodes = 200_000, topic = true } = {}) {
  // About 50 characters of text per node: 200,000 nodes make 10 MB.
  const filler = new Array(nodes);
  for (let i = 0; i < nodes; i++) filler[i] = `<p>Item ${String(i).padStart(6, '0')}: the committee met again today.</p>`;
  const story = topic ? paragraphs(CLASH_PARAGRAPHS) : '';
  return page({
    title: topic ? 'Border clashes, with a very long appendix' : 'A very long report',
    body: `<main>${story}\n${filler.join('\n')}</main>`,
  });
}

/** `depth` nested elements with the story at the bottom, in markup (parsers flatten past their limit). */
export function deepMarkupPage(depth = 5000, tag = 'div') {
  return page({ body: `${`<${tag}>`.repeat(depth)}${paragraphs(CLASH_PARAGRAPHS)}${`</${tag}>`.repeat(depth)}` });
}

/**
 * `depth` nested elements built by script (no parser limit), story at the bottom. Inline elements:
 * Chromium's renderer itself crashes (extension or not) on a few thousand nested blocks built this way.
 */
export function deepScriptPage(depth = 5000, tag = 'span') {
  const story = JSON.stringify(CLASH_PARAGRAPHS);
  return page({
    body: `<p>Loading…</p><script>
      let node = document.body;
      for (let i = 0; i < ${depth}; i++) { const d = document.createElement('${tag}'); node.appendChild(d); node = d; }
      for (const t of ${story}) { const p = document.createElement('p'); p.textContent = t; node.appendChild(p); }
      window.__depth = ${depth};
    </script>`,
  });
}

/** A frameset: the story is only in a frame (the content script reads the top document only). */
export function framesetPage(frameUrl) {
  return `<!doctype html><html><head><title>Framed</title></head><frameset cols="50%,50%"><frame src="${frameUrl}"><frame src="about:blank"></frameset></html>`;
}

/** The story in the page, with iframes around it: srcdoc, same-origin, and one that reloads itself. */
export function iframesPage(frameUrl) {
  const srcdoc = escapeHtml(`<p>${FILLER}</p><script>setInterval(() => document.body.append(String(Math.random())), 50)</script>`);
  return page({
    body: `<article><h1>Border clashes</h1>${paragraphs(CLASH_PARAGRAPHS)}
      <iframe srcdoc="${srcdoc}"></iframe><iframe src="${frameUrl}"></iframe><iframe src="about:blank"></iframe><iframe src="data:text/html,<p>data</p>"></iframe></article>`,
  });
}

/** The story only inside an iframe, the top page unrelated. */
export function storyOnlyInIframePage(frameUrl) {
  return page({ title: 'Library news', body: `<p>${FILLER}</p><iframe src="${frameUrl}" width="800" height="600"></iframe>` });
}

/** The story inside open shadow roots: declarative (no script) and nested. A closed root holds filler only. */
export function shadowPage() {
  const [a, b, c, d, e] = CLASH_PARAGRAPHS.map(escapeHtml);
  return page({
    body: `<h1>Border clashes</h1><p>${a}</p>
      <div id="host1"><template shadowrootmode="open"><p>${b}</p><div><template shadowrootmode="open"><p>${c}</p></template></div></template></div>
      <div id="host2"><template shadowrootmode="open"><section><p>${d}</p><slot></slot></section></template><p>${e}</p></div>
      <div id="host3"><template shadowrootmode="closed"><p>${FILLER}</p></template></div>`,
  });
}

/** A page that rewrites itself without end: a ticker every 10 ms, a region replaced every 30 ms, nodes added forever. */
export function rewritingPage() {
  return page({
    body: `<article><h1>Border clashes</h1>${paragraphs(CLASH_PARAGRAPHS)}</article>
      <div id="ticker"></div><div id="swap"></div><div id="feed"></div>
      <script>
        let n = 0;
        window.__ticks = 0;
        setInterval(() => { document.getElementById('ticker').textContent = 'tick ' + (++n); window.__ticks++; }, 10);
        setInterval(() => { document.getElementById('swap').innerHTML = '<p>Live: ' + n + ' readers. Pakistan and Afghanistan trade statements.</p><p>' + Math.random() + '</p>'; }, 30);
        setInterval(() => { const p = document.createElement('p'); p.textContent = 'Update ' + n + ': markets steady.'; document.getElementById('feed').prepend(p); if (document.getElementById('feed').childNodes.length > 300) document.getElementById('feed').lastChild.remove(); }, 15);
      </script>`,
  });
}

/** The clash story on a page that keeps rewriting its own address (replaceState to a fragment), as live blogs do. */
export function historyPage() {
  return page({
    body: `<article><h1>Border clashes</h1>${paragraphs(CLASH_PARAGRAPHS)}</article>
      <script>let n = 0; setInterval(() => history.replaceState(null, '', '#update-' + (++n % 5)), 300);</script>`,
  });
}

/** A strict Content Security Policy: no scripts, no styles, no connections, Trusted Types enforced. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'; connect-src 'none'; frame-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'";

/** Urdu (right to left) report of the clashes, with the same story in English below it. */
export const URDU_PARAGRAPHS = [
  'افغان طالبان نے پاکستانی سرحدی چوکیوں پر حملہ کیا، جبکہ پاکستان نے ننگرہار اور کنڑ میں فضائی حملے کیے۔',
  'وزیر اطلاعات عطا اللہ تارڑ نے کہا کہ جھڑپوں میں دو پاکستانی فوجی ہلاک ہوئے۔',
];
export function rtlPage() {
  return page({
    lang: 'ur',
    dir: 'rtl',
    title: 'پاک افغان سرحد پر جھڑپیں',
    body: `<article><h1>پاک افغان سرحد پر جھڑپیں</h1>${paragraphs(URDU_PARAGRAPHS)}<div dir="ltr" lang="en">${paragraphs(CLASH_PARAGRAPHS)}</div>
      <p>\u202eThis line is forced right to left\u202c and ends here. \u2067Isolated\u2069 text.</p></article>`,
  });
}

/** Zero-width characters inside words, soft hyphens, decomposed accents and stacked combining marks. */
export function invisiblePage() {
  const zw = (s) =>
    s
      .replace(/Pakistan/g, 'Paki\u200bstan')
      .replace(/Afghan/g, 'Af\u00adghan')
      .replace(/Taliban/g, 'Tal\u200dib\u200can')
      .replace(/Nangarhar/g, 'Nan\u2060garhar');
  const zalgo = 'Z\u0351\u0352\u0353a\u0354\u0355\u0356l\u0357\u0358g\u0359o\u035a'.repeat(200);
  return page({
    body: `<article><h1>\ufeffBorder clashes in Pakti\u0304ka\u0304</h1>${paragraphs(CLASH_PARAGRAPHS.map(zw))}<p>${zalgo}</p><p>${'\u200b'.repeat(5000)}</p><p>${'\u0301'.repeat(3000)}</p></article>`,
  });
}

/** The story only in places a reader never sees: template, noscript, hidden, aria-hidden, hidden by a stylesheet, script, style. */
export function unreadablePage() {
  const story = paragraphs(CLASH_PARAGRAPHS);
  return page({
    title: 'Library news',
    head: '<style>.folded { display: none }</style>',
    body: `<p>${FILLER}</p><div class="folded">${story}</div><section class="folded"><div>${story}</div></section><template>${story}</template><noscript>${story}</noscript><div hidden>${story}</div>
      <div aria-hidden="true">${story}</div><div style="display:none">${story}</div><textarea>${escapeHtml(CLASH_PARAGRAPHS.join(' '))}</textarea>
      <script type="text/plain">${CLASH_PARAGRAPHS.join(' ')}</script>`,
  });
}

/** The visible story plus the same kinds of unreadable places holding junk. */
export function templateNoscriptPage() {
  return page({
    body: `<article><h1>Border clashes</h1>${paragraphs(CLASH_PARAGRAPHS)}<template><p>Template ${'x'.repeat(1000)}</p><script>window.__bad = 1</script></template>
      <noscript><p>Please enable JavaScript.</p><img src="x" onerror="window.__bad = 1"></noscript></article>`,
  });
}

/** The markup a hostile page puts in its own text; it must reach the popup as text, never as markup. */
export const MARKUP_IN_TEXT = '<img src=x onerror="window.__pwned=1;alert(1)">';
export const MARKUP_SENTENCE = `Pakistan said 55 Afghan Taliban fighters were killed in the border clashes in Kunar ${MARKUP_IN_TEXT} <script>alert(2)</script> <a href="javascript:alert(3)">link</a>.`;
export function markupInTextPage() {
  return page({
    body: `<article><h1>Border clashes</h1>${paragraphs([CLASH_PARAGRAPHS[0], MARKUP_SENTENCE, ...CLASH_PARAGRAPHS.slice(1)])}</article>`,
  });
}

// ---------------------------------------------------------------------------------------------
// Raw CDP recorder: attaches to every target of the browser (pages, service worker, extension pages)
// and records network requests, console messages and uncaught exceptions, with the target they came from.

/** Connects to Chromium's DevTools endpoint (the profile's DevToolsActivePort file) and records. */
export async function recordBrowser(profileDir) {
  const { default: WebSocket } = await import('ws');
  const { readFileSync, existsSync } = await import('node:fs');
  const { join } = await import('node:path');
  const file = join(profileDir, 'DevToolsActivePort');
  for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 50));
  const [port, path] = readFileSync(file, 'utf8').split('\n');
  const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`, { perMessageDeflate: false });
  await new Promise((resolve, reject) => (ws.once('open', resolve), ws.once('error', reject)));

  let nextId = 0;
  const pending = new Map();
  const sessions = new Map(); // sessionId -> { type, url, targetId }
  const contexts = new Map(); // `${sessionId}:${contextId}` -> { origin, name, type }
  const requests = []; // { targetType, targetUrl, url, initiator, documentURL }
  const messages = []; // { targetType, targetUrl, level, text, url, context }

  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve, reject });
      ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });

  ws.on('message', (data) => {
    const m = JSON.parse(String(data));
    if (m.id !== undefined) {
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (m.error) p?.reject(new Error(`${m.error.message}`));
      else p?.resolve(m.result);
      return;
    }
    const { method, params, sessionId } = m;
    if (method === 'Target.attachedToTarget') {
      const info = params.targetInfo;
      const s = params.sessionId;
      sessions.set(s, { type: info.type, url: info.url, targetId: info.targetId, browserContextId: info.browserContextId });
      if (info.type === 'browser_ui' || info.type === 'other') {
        if (params.waitingForDebugger) void send('Runtime.runIfWaitingForDebugger', {}, s).catch(() => undefined);
        return;
      }
      void Promise.all([
        send('Network.enable', {}, s),
        send('Runtime.enable', {}, s),
        send('Log.enable', {}, s),
        // Frames (iframes, workers) of this target too.
        send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: true }, s).catch(() => undefined),
      ])
        .catch(() => undefined)
        .finally(() => params.waitingForDebugger && send('Runtime.runIfWaitingForDebugger', {}, s).catch(() => undefined));
      return;
    }
    if (method === 'Target.targetInfoChanged') {
      for (const info of sessions.values()) if (info.targetId === params.targetInfo.targetId) info.url = params.targetInfo.url;
      return;
    }
    const target = sessions.get(sessionId);
    if (!target) return;
    const where = { targetType: target.type, targetUrl: target.url };
    if (method === 'Runtime.executionContextCreated') {
      const c = params.context;
      contexts.set(`${sessionId}:${c.id}`, {
        origin: c.origin,
        name: c.name,
        type: c.auxData?.type,
        targetType: target.type,
        browserContextId: target.browserContextId,
      });
    } else if (method === 'Network.requestWillBeSent') {
      requests.push({ ...where, url: params.request.url, initiator: params.initiator, documentURL: params.documentURL, type: params.type });
    } else if (method === 'Runtime.consoleAPICalled') {
      const text = params.args.map((a) => a.value ?? a.description ?? a.type).join(' ');
      const frame = params.stackTrace?.callFrames?.[0];
      messages.push({
        ...where,
        level: params.type,
        text,
        url: frame?.url,
        context: contexts.get(`${sessionId}:${params.executionContextId}`),
      });
    } else if (method === 'Runtime.exceptionThrown') {
      const d = params.exceptionDetails;
      messages.push({
        ...where,
        level: 'exception',
        text: d.exception?.description ?? d.text,
        url: d.url ?? d.stackTrace?.callFrames?.[0]?.url,
        context: contexts.get(`${sessionId}:${d.executionContextId}`),
      });
    } else if (method === 'Log.entryAdded') {
      const e = params.entry;
      messages.push({ ...where, level: e.level, text: e.text, url: e.url, source: e.source });
    }
  });

  await send('Target.setDiscoverTargets', { discover: true });
  await send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });

  return {
    requests,
    messages,
    send,
    /** The JavaScript contexts seen: pages' main and isolated worlds (content scripts), workers. */
    contexts: () => [...contexts.values()],
    /** Forgets what was recorded so far. */
    clear() {
      requests.length = 0;
      messages.length = 0;
    },
    close: () => ws.close(),
  };
}

/**
 * Launches Chromium with the built extension like lib/chromium.mjs, plus a DevTools port for the
 * recorder. Returns { context, extensionId, recorder, profile, close }.
 */
export async function launchRecorded() {
  const { chromium } = await import('playwright-core');
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { CHROME_BUILD, CHROMIUM_FLAGS, chromiumPath } = await import('./chromium.mjs');
  const profile = mkdtempSync(join(tmpdir(), 'durand-lens-robust-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: false,
    viewport: { width: 1280, height: 800 },
    args: [
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      '--remote-debugging-port=0',
    ],
  });
  const recorder = await recordBrowser(profile);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    recorder,
    profile,
    async close() {
      recorder.close();
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Console errors, warnings and uncaught exceptions, minus the browser's own favicon 404. */
export function problems(messages) {
  return messages.filter(
    (m) =>
      ['error', 'exception', 'assert', 'warning'].includes(m.level) &&
      !(/Failed to load resource/.test(m.text) && /\/favicon\.ico$/.test(m.url ?? '')),
  );
}
