// The in-page marks and hover card (entrypoints/content/page-marks.ts), built apart from the full reader:
// the background injects this only into a page it has a result to mark and where highlighting is on
// (entrypoints/background/stages.ts), so the reader compiles ~19 kB less on every page it reads.
// It only leaves the marks' constructor where the reader (entrypoints/content/page-session.ts) finds it.
import { createPageMarks } from './content/page-marks';
import { MARKS_CODE } from './content/marks-code';

export default defineContentScript({
  // Not in the manifest: injected by the background, like the reader (same host permissions).
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  main() {
    (globalThis as Record<string, unknown>)[MARKS_CODE] = createPageMarks;
  },
});
