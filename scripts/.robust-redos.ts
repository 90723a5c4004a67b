import { splitSentences } from '../utils/text/sentences';
for (const n of [5000, 20000, 40000]) {
  const t = 'Pakistan ' + '.'.repeat(n) + 'x';
  const t0 = performance.now(); splitSentences(t); console.log('dots', n, Math.round(performance.now() - t0), 'ms');
}
for (const n of [5000, 20000]) {
  const t = 'Pakistan ' + '!?'.repeat(n) + '"'.repeat(10) + 'x';
  const t0 = performance.now(); splitSentences(t); console.log('mixed', n, Math.round(performance.now() - t0), 'ms');
}
