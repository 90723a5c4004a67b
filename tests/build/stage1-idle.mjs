// Stage 1 on a page with no text must build no anchor pattern (utils/page/anchor-check.ts): a bundler keeps a
// module-level call it cannot prove pure, and the built script then parsed the pattern on every page while the
// source said it did not. Runs the built script in a bare context, counting the patterns it constructs.
// Usage: node tests/build/stage1-idle.mjs FILE...
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

let fail = 0;
for (const file of process.argv.slice(2)) {
  let built = 0;
  const CountingRegExp = new Proxy(RegExp, {
    construct(target, args) {
      built++;
      return Reflect.construct(target, args);
    },
  });
  const document = { URL: 'https://example.org/', body: null, contentType: 'text/html', querySelectorAll: () => [] };
  const context = { RegExp: CountingRegExp, document, Date, Promise, setTimeout };
  context.window = context;
  context.globalThis = context;
  vm.runInNewContext(readFileSync(file, 'utf8'), context);
  if (built > 0) {
    console.log(`FAIL: ${file} builds ${built} pattern(s) on a page with no text`);
    fail = 1;
  } else console.log(`${file}: no pattern built on a page with no text`);
}
process.exit(fail);
