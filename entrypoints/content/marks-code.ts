// Where the marks' code (entrypoints/marks.content.ts), once injected, leaves its constructor for the reader:
// a global of the extension's own world in the page, which the page cannot see.
import type { createPageMarks } from './page-marks';

export const MARKS_CODE = '__durandLensMarks';

/** The marks' constructor, or undefined while the background has not injected their code into this page. */
export const marksCode = (): typeof createPageMarks | undefined =>
  (globalThis as Record<string, unknown>)[MARKS_CODE] as typeof createPageMarks | undefined;
