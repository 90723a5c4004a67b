import { staticPages } from './scripts/bench/pages';
import { pageDocument } from './scripts/lib/read-page';
import { readText } from './scripts/bench/node-cases';
import { onePass } from './scripts/bench/gate-source';
import { ANCHORS, createGate, type GateData } from './utils/detect/gate';
import { collectBlocks, readingRoot } from './utils/page/collect-text';
import { analyzeDocument } from './utils/page/analyze-document';
import { buildModel } from './utils/detect/analyze';
import { loadDataset } from './utils/dataset/load';
import gateFile from './assets/gate.json';
const model = buildModel(loadDataset());
const page = staticPages().find(p => p.name === process.argv[2])!;
const doc = pageDocument(page.html);
const med = (f: () => void) => { const xs: number[] = []; for (let r = 0; r < 400; r++) { const t = performance.now(); f(); xs.push(performance.now() - t); } xs.sort((a, b) => a - b); return xs[200]!.toFixed(4); };
const floorRe = new RegExp(ANCHORS.source, 'gi');
const blocks = collectBlocks(readingRoot(doc)!, {}).blocks;
const g = createGate(gateFile as GateData);
for (let k = 0; k < 2; k++) {
console.log('floor', med(() => onePass(floorRe, readText(doc))));
console.log('readText', med(() => readText(doc)));
console.log('collectBlocks', med(() => { collectBlocks(readingRoot(doc)!, {}); }));
console.log('gate on blocks', med(() => { for (const b of blocks) g.scan(b.text); }));
console.log('analyzeDocument', med(() => { analyzeDocument(doc, { ...model, gate: createGate(gateFile as GateData) }); }));
}
