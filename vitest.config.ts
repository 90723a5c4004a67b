import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Vitest 5's error reporter calls Map.groupBy, which Node 20 lacks: without this a failing test
// crashes the report instead of showing the failure.
if (typeof (Map as unknown as { groupBy?: unknown }).groupBy !== 'function') {
  (Map as unknown as { groupBy: unknown }).groupBy = <K, V>(items: Iterable<V>, key: (item: V, i: number) => K) => {
    const map = new Map<K, V[]>();
    let i = 0;
    for (const item of items) {
      const k = key(item, i++);
      map.set(k, [...(map.get(k) ?? []), item]);
    }
    return map;
  };
}

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    setupFiles: ['tests/unit/fast-check-setup.ts'],
    include: [
      'utils/**/*.test.ts',
      'components/**/*.test.tsx',
      'entrypoints/**/*.test.ts',
      'tests/unit/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
  },
});
