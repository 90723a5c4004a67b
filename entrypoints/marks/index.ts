// The in-page marks and hover card, as a script of their own, loaded by the content script only when a
// page has a result to mark: the pages that are not about the clashes (nearly all) never parse it, and it
// was more than half of the content script.
import { MARKS_GLOBAL, type MarksModule } from './global';
import { createPageMarks } from './page-marks';

export default defineUnlistedScript(() => {
  const module: MarksModule = { createPageMarks };
  (globalThis as Record<string, unknown>)[MARKS_GLOBAL] = module;
});
