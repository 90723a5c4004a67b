import { startServer } from './lib/server.mjs';
import { badgeText, currentWorker, tabIdOf, waitFor } from './lib/chromium.mjs';
import * as H from './lib/hostile-pages.mjs';
const server = await startServer({ '/rewriting.html': { body: H.rewritingPage() }, '/hash.html': { body: H.clashPage().replace('</body>', '<script>let n=0;setInterval(()=>history.replaceState(null,"","#t"+(n++%5)),300)</script></body>') }, '/nohash.html': { body: H.rewritingPage().replace("setInterval(() => { history.replaceState(null, '', '#t' + (n % 5)); }, 200);", '') } });
const b = await H.launchRecorded();
const w0 = await currentWorker(b.context);
await w0.evaluate(() => { globalThis.__upd = []; chrome.tabs.onUpdated.addListener((id, ch) => globalThis.__upd.push(JSON.stringify(ch))); });
for (const path of ['/hash.html', '/nohash.html']) {
  const page = await b.context.newPage();
  const t0 = Date.now();
  await page.goto(server.origin + path);
  const tabId = await tabIdOf(page);
  const w = await currentWorker(b.context);
  console.log(path, 'badge', await waitFor(() => badgeText(b.context, tabId), (t) => /^\d+$/.test(t), 6000), Date.now() - t0);
  console.log((await w.evaluate(() => globalThis.__upd.splice(0))).slice(0, 12).join('\n'));
}
await b.close(); await server.close();
