// Spellings of the event keys in the region's other scripts and languages (assets/key-spellings/): the
// dataset writes its events' terms and places in English, the region's press does not.
import arabicScript from '../../assets/key-spellings/arabic-script.json';
import otherScripts from '../../assets/key-spellings/other-scripts.json';

/** An event key (lower case, as in the dataset) -> its spellings in other scripts and languages. */
export type KeySpellings = ReadonlyMap<string, readonly string[]>;

interface SpellingsFile {
  spellings: Record<string, string[]>;
}

export function keySpellings(files: readonly SpellingsFile[] = [arabicScript, otherScripts]): KeySpellings {
  const all = new Map<string, string[]>();
  for (const file of files) for (const [key, list] of Object.entries(file.spellings)) all.set(key, [...(all.get(key) ?? []), ...list]);
  return all;
}
