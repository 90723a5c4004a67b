import { buildModel, analyzeBlocks } from '../utils/detect/analyze';
import { loadDataset } from '../utils/dataset/load';
import { readFigures } from '../utils/detect/figures';
import { readDates } from '../utils/detect/dates';
import { foldForMatch } from '../utils/text/normalize';
const model = buildModel(loadDataset());
const N = 100000;
const head = 'Pakistan and Afghanistan clashed at the border. Taliban fighters attacked Kurram. ';
const cases: Record<string, string> = {
  digits: head + '1'.repeat(N),
  digitsSpaced: head + '12 '.repeat(N / 3),
  commas: head + '1,000'.repeat(N / 5),
  spaces: head + 'Khawaja' + ' '.repeat(N) + 'x',
  hyphens: head + 'Khawaja' + '-'.repeat(N) + 'x',
  names: head + 'Pakistan Afghanistan '.repeat(N / 21),
  namesNoSpace: head + 'PakistanAfghanistan'.repeat(N / 19),
  words: head + 'two '.repeat(N / 4) + 'soldiers',
  wordsHyphen: head + 'twenty-'.repeat(N / 7) + 'soldiers',
  qual: head + 'at least '.repeat(N / 9),
  capital: head + 'Abcdefgh '.repeat(N / 9),
  capitalNoSpace: head + 'Abcdefgh'.repeat(N / 8),
  months: head + 'may 12 '.repeat(N / 7),
  dates: head + '2026-02-2'.repeat(N / 9),
  urdu: head + 'پاکستان افغانستان '.repeat(N / 18),
  zw: head + '\u200b'.repeat(N),
  marks: head + 'a\u0301'.repeat(N / 2),
  apostrophes: head + "5 " + "'".repeat(N) + ' soldiers',
  wordsBetween: head + '5 ' + 'x '.repeat(N / 2) + 'soldiers',
};
for (const [name, text] of Object.entries(cases)) {
  const t0 = performance.now();
  const r = analyzeBlocks([text], model);
  const t1 = performance.now();
  readFigures(text.slice(0, 20000)); const t2 = performance.now();
  readDates(foldForMatch(text)); const t3 = performance.now();
  console.log(name.padEnd(16), 'analyze', Math.round(t1 - t0), 'figures20k', Math.round(t2 - t1), 'dates', Math.round(t3 - t2), r.topic);
}
