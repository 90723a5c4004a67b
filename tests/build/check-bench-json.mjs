// Checks the shape of a `bench -- --json` document (tests/build/bench-json.sh): the fields docs/PERFORMANCE.md
// promises, numbers where numbers are promised. Prints PASS or the first problems; exits 1 on any.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const problems = [];
const isNumber = (v) => typeof v === 'number' && Number.isFinite(v);
const need = (ok, what) => ok || problems.push(what);

need(Array.isArray(report.cases) && report.cases.length > 0, 'no "cases" array');
need(!report.chromiumError, `the Chromium part failed: ${report.chromiumError}`);
for (const c of report.cases ?? []) {
  need(typeof c.name === 'string', 'a case without a name');
  const ch = c.chromium;
  // The live page has no floor: the floor extension reads a page once.
  const live = ch && 'cpuPercent' in ch;
  for (const k of ['textBytes', 'oursMs', 'longestTaskMs', ...(live ? [] : ['floorMs', 'baselineMs'])])
    need(isNumber(c[k]), `${c.name}: ${k} is not a number`);
  need(ch && isNumber(ch.mainThreadMs) && isNumber(ch.mainThreadCpuMs), `${c.name}: no Chromium main-thread time`);
  // The live page (a full run) is judged by its CPU share and heap growth; the static pages against the floor extension.
  if (live) need(isNumber(ch.cpuPercent) && isNumber(ch.heapGrowthBytes), `${c.name}: no CPU or heap figures`);
  else if (ch) {
    need(isNumber(ch.floorExtensionCpuMs) && isNumber(ch.oursOverFloorExtension), `${c.name}: no floor-extension figures`);
    // Every median comes with its spread, [lowest, highest load].
    for (const k of ['mainThreadCpuSpreadMs', 'floorExtensionCpuSpreadMs'])
      need(Array.isArray(ch[k]) && ch[k].length === 2 && ch[k].every(isNumber), `${c.name}: ${k} is not [lowest, highest]`);
  }
}
const clash = report.cases?.find((c) => c.name === 'news-clash-1500w');
need(
  clash?.topic === true && /^\d+$/.test(clash?.chromium?.badge ?? ''),
  'the clash article was not found on topic, or its badge shows no count',
);
need(
  isNumber(clash?.chromium?.toResultMainThreadCpuMs) && isNumber(clash?.chromium?.badgeAfterLoadMs),
  'the clash article has no figure without the marks, or no badge delay',
);
need(isNumber(report.contentScript?.bytes) && isNumber(report.contentScript?.fullReader?.bytes), 'no "contentScript" sizes');
need(Array.isArray(report.budgets) && report.budgets.every((b) => typeof b.budget === 'string' && 'met' in b), 'no "budgets" list');

if (problems.length) {
  console.error(`bench JSON: FAIL\n  ${problems.slice(0, 10).join('\n  ')}`);
  process.exit(1);
}
console.log(`bench JSON: PASS (${report.cases.length} cases, ${report.budgets.length} budgets, ${report.totalSeconds} s)`);
