import { startServer } from '/work/wt-popup/tests/browser/lib/server.mjs';
import { launchChromium, tabIdOf, badgeText, waitFor } from '/work/wt-popup/tests/browser/lib/chromium.mjs';
const server = await startServer();
const b = await launchChromium();
try {
  for (const path of process.argv.slice(2)) {
    const page = await b.context.newPage();
    await page.goto(server.origin + path);
    const tabId = await tabIdOf(page);
    await waitFor(
      () => badgeText(b.context, tabId),
      (t) => /^\d+$|•/.test(t),
      8000,
    );
    const popup = await b.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
    const view = await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'get-view', tabId: id }), tabId);
    console.log(
      path,
      JSON.stringify(
        {
          kind: view.kind,
          events: view.state?.result.events.map((e) => [e.id, e.score.toFixed(2)]),
          figures: view.state?.result.figures.map((f) => ({ text: f.text, metric: f.metric, losses: f.losses, agrees: f.agreesWith })),
        },
        null,
        1,
      ),
    );
    await popup.waitForTimeout(500);
    console.log('height', await popup.evaluate(() => document.documentElement.scrollHeight));
    if (process.env.SHOT) await popup.screenshot({ path: process.env.SHOT, fullPage: !!process.env.FULL });
    await popup.close();
    await page.close();
  }
} finally {
  await b.close();
  await server.close();
}
