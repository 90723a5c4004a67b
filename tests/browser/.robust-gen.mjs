import * as H from './lib/hostile-pages.mjs';
import { writeFileSync } from 'node:fs';
const pages = { clash: H.clashPage(), hugeSmall: H.hugePage({nodes: 20000}), deep: H.deepMarkupPage(5000), shadow: H.shadowPage(), rtl: H.rtlPage(), invisible: H.invisiblePage(), unreadable: H.unreadablePage(), template: H.templateNoscriptPage(), markup: H.markupInTextPage(), rewriting: H.rewritingPage() };
for (const [k, v] of Object.entries(pages)) writeFileSync(`/tmp/robust-pages/${k}.html`, v);
console.log(H.hugePage().length);
