// How the content script finds the marks script it loaded: both run in the extension's world on the page.
import type { createPageMarks } from './page-marks';

export const MARKS_GLOBAL = '__durandLensMarks';
/** The file, a web-accessible resource reachable only through its per-session address (use_dynamic_url). */
export const MARKS_FILE = '/marks.js';
export interface MarksModule {
  createPageMarks: typeof createPageMarks;
}
