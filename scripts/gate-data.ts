// npm run data:gate: writes assets/gate.json, the gate's patterns and keys worked out from assets/terms.json
// (the content script loads it instead of building them on every page).
import { writeFileSync } from 'node:fs';
import terms from '../assets/terms.json';
import type { Term } from '../utils/dataset/types';
import { gateData } from '../utils/detect/gate-data';

const file = new URL('../assets/gate.json', import.meta.url);
writeFileSync(file, JSON.stringify(gateData(terms as Term[])) + '\n');
console.log(`wrote ${file.pathname}`);
