import { pageDocument } from './lib/read-page';
import { analyzeDocument } from '../utils/page/analyze-document';
import { buildModel } from '../utils/detect/analyze';
import { loadDataset } from '../utils/dataset/load';
// @ts-ignore
import { hugePage, deepMarkupPage } from '../tests/browser/lib/hostile-pages.mjs';
const model = buildModel(loadDataset());
for (const n of [50000, 200000]) {
  const html = hugePage({ nodes: n });
  let t0 = performance.now();
  const doc = pageDocument(html);
  let t1 = performance.now();
  const r = analyzeDocument(doc, model);
  console.log(n, html.length, 'parse', Math.round(t1 - t0), 'analyze', Math.round(performance.now() - t1), r.topic, r.truncated, r.events.map(e=>e.id));
}
