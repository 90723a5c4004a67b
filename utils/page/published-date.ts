// When a page was published, for tools that hold the whole document (scan, eval, bench, tests): the clues its
// DOM gives, read at once. The extension splits the two: the page gathers the clues, the background reads them.
import { publishedDay } from '../detect/published-day';
import { dateClues } from './date-clues';

export { urlDate } from './date-clues';

/** The page's declared publication date as an ISO day, or undefined when it gives none. */
export const publishedDate = (doc: Document): string | undefined => publishedDay(dateClues(doc));
