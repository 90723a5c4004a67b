// Prints the whole dataset as one JSON document on stdout: `npx tsx scripts/data-export.ts > dataset.json`.
import { existsSync, readFileSync } from 'node:fs';
import { assembleDataset, exportDataset } from '../utils/dataset/load';

const claims = JSON.parse(readFileSync(new URL('../assets/claims.json', import.meta.url), 'utf8'));
const termsUrl = new URL('../assets/terms.json', import.meta.url);
const terms = existsSync(termsUrl) ? JSON.parse(readFileSync(termsUrl, 'utf8')) : [];

process.stdout.write(JSON.stringify(exportDataset(assembleDataset(claims, terms)), null, 2) + '\n');
