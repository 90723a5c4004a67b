// People counted with women or children among them are civilians ("15 people, including women and children"), unless
// the phrase that names them also names soldiers or police ("soldiers and children", "women police officers").

/** Soldiers, police and fighters, in the languages the figure readers read. */
const ARMED =
  /soldier|troop|police|officer|guard|militar|fighter|soldat|polizist|policier|asker|polis|jandarma|g[uü]venlik|солдат|военн|полиц|силовик|боевик|सैनिक|जवान|पुलिस|सुरक्षाकर्मी|फौजी|फ़ौजी/iu;
/** How far beyond the matched phrase, within its clause, an armed noun still belongs to it. */
const REACH = 25;

/**
 * Whether the text after a count of people (`after`) or before it (`before`) names women or children among them,
 * and no armed noun in that phrase.
 */
export function amongThemWomenOrChildren(after: string, before: string, afterPattern: RegExp, beforePattern: RegExp): boolean {
  const a = afterPattern.exec(after);
  if (a) {
    const tail = after
      .slice(a[0].length)
      .split(/[,.;!?।]/)[0]!
      .slice(0, REACH);
    if (!ARMED.test(a[0] + tail)) return true;
  }
  const b = beforePattern.exec(before);
  if (b) {
    const head = before
      .slice(0, b.index)
      .split(/[,.;!?।]/)
      .pop()!
      .slice(-REACH);
    if (!ARMED.test(head + b[0])) return true;
  }
  return false;
}
