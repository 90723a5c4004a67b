// Validates the dataset: `npx tsx scripts/data-check.ts`. Exit 0 when valid, 1 with the errors otherwise.
import { existsSync, readFileSync } from 'node:fs';
import { countClaims } from '../utils/dataset/load';
import { validateDataset } from '../utils/dataset/validate';

const claims = JSON.parse(readFileSync(new URL('../assets/claims.json', import.meta.url), 'utf8'));
const termsUrl = new URL('../assets/terms.json', import.meta.url);
const terms = existsSync(termsUrl) ? JSON.parse(readFileSync(termsUrl, 'utf8')) : [];

const errors = validateDataset({ ...claims, terms });
if (errors.length > 0) {
  for (const e of errors) console.error(e);
  console.error(`dataset INVALID: ${errors.length} error(s)`);
  process.exit(1);
}
console.log(`dataset OK: ${claims.events.length} events, ${countClaims(claims)} claims`);
