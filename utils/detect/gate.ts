// Finds the dataset's names and places in the blocks a page handed on (those with an anchor word,
// ./anchors.ts). Pages that name neither side of the border stop here; only sentences with hits go further.
import type { Term } from '../dataset/types';
import { foldForMatch, foldLetterCode } from '../text/normalize';
import { ANCHORS, cleanForGate } from './anchors';
import { createSpellingFinder, type SpellingFinder } from './spelling-finder';

import type { GateHit } from './types';

/** Everything the gate needs, worked out from the terms. Each spelling is [folded spelling, index in `terms`]. */
export interface GateData {
  /** Spellings that fold to ASCII: lower case, one space between words; matched as whole words, ignoring case. */
  latin: [string, number][];
  /** Spellings in other scripts, folded (one Arabic-script letter per family); matched anywhere. */
  other: [string, number][];
  terms: Pick<Term, 'id' | 'leaning'>[];
}

export const SEPARATORS = /[\s\-\u2010-\u2015]+/g;

/** The key a matched string and a variant share: folded, without spaces or hyphens. */
export const termKey = (s: string) => foldForMatch(s).replace(SEPARATORS, '');

export interface Gate {
  /** The name hits in one block of page text, in order (none in a block without an anchor word). */
  scan(text: string): GateHit[];
}

/** The gate from its data (gateData(terms)); the finder is built on the first block with an anchor word. */
export function createGate(data: GateData): Gate {
  let finder: SpellingFinder | undefined;
  const ttp = data.terms.find((t) => t.id === 'ttp');
  return {
    scan(raw) {
      const { text, rawIndex } = cleanForGate(raw);
      if (!ANCHORS.test(text)) return [];
      finder ??= createSpellingFinder(data.latin, data.other, foldLetterCode);
      const { terms } = data;
      const hits = finder
        .find(text)
        .filter(({ end, term }) => !(STEM_NAMES.has(terms[term]!.id) && ARABIC_LETTER.test(text[end] ?? '')))
        .filter(({ start, end, term }) => !(INITIALS.has(terms[term]!.id) && initialsInAnotherWord(text, start, end)))
        .filter(({ start, end }) => !CHINESE_NOT_AFTER.get(text.slice(start, end))?.test(text[start - 1] ?? ''))
        .map(({ start, end, term }) => ({
          termId: terms[term]!.id,
          leaning: terms[term]!.leaning,
          start: rawIndex ? rawIndex[start]! : start,
          end: rawIndex ? rawIndex[end - 1]! + 1 : end,
        }));
      return ttp ? withTalibanOfPakistan(raw, hits, ttp) : hits;
    },
  };
}

// Dari names the TTP "the Taliban of Pakistan" (طالبان پاکستان, the ezafe unwritten): "طالبان پاکستان مسئولیت حمله
// را پذیرفت" is the TTP claiming a raid. The same two words also begin a sentence of the two sides, the Taliban as
// subject and Pakistan as object: "طالبان پاکستان را متهم کرد" (accused Pakistan), Urdu "افغان طالبان پاکستان کی
// چوکیوں پر" (the Afghan Taliban … Pakistan's posts). So the pair is the TTP only when "Afghan" is not before it and no
// postposition or preposition follows Pakistan (Dari را، به، با، و، از، در; Urdu کی، کے، کا، کو، سے، پر، میں; Pashto ته،
// سره), nor Pashto's verb of accusing, which takes its object bare ("طالبان پاکستان تورنوي", the Taliban accuse Pakistan).
const TALIBAN_OF_PAKISTAN_NOT_AFTER = /افغان\s*$/u;
const TALIBAN_OF_PAKISTAN_NOT_BEFORE = /^\s*(?:را|به|با|و|از|در|کی|کے|کا|کو|سے|پر|میں|ته|سره|تورن\S*)(?![\u0620-\u06ff])/u;
function withTalibanOfPakistan(raw: string, hits: GateHit[], ttp: Pick<Term, 'id' | 'leaning'>): GateHit[] {
  const out: GateHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const [taliban, pakistan] = [hits[i]!, hits[i + 1]];
    const pair =
      taliban.termId === 'taliban' &&
      pakistan?.termId === 'pakistan' &&
      !ARABIC_LETTER.test(raw[taliban.start - 1] ?? '') &&
      raw.slice(taliban.start, taliban.end) === 'طالبان' &&
      /^پا[کك]ستان$/u.test(raw.slice(pakistan.start, pakistan.end)) &&
      /^\s+$/u.test(raw.slice(taliban.end, pakistan.start)) &&
      !ARABIC_LETTER.test(raw[pakistan.end] ?? '') &&
      !TALIBAN_OF_PAKISTAN_NOT_AFTER.test(raw.slice(Math.max(0, taliban.start - 12), taliban.start)) &&
      !TALIBAN_OF_PAKISTAN_NOT_BEFORE.test(raw.slice(pakistan.end, pakistan.end + 16));
    if (!pair) {
      out.push(taliban);
      continue;
    }
    out.push({ termId: ttp.id, leaning: ttp.leaning, start: taliban.start, end: pakistan.end });
    i++;
  }
  return out;
}

// Spellings in Arabic script are found anywhere in a word. Riyadh's "رياض" is also the stem of common words:
// Arabic "رياضة" (sport), Persian "ریاضی" (mathematics). Followed by a letter, it is not the city. (Other venues
// keep their suffixes: "القطرية" is Qatari.)
const STEM_NAMES = new Set(['riyadh']);
// Initials spelled out in Arabic script ("ایف سی", the FC) also end other words: Persian "وظایف سیاسی" (political
// duties). Right after a letter, they are not the name.
const INITIALS = new Set(['frontier-corps']);
const ARABIC_LETTER = /[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]/;
// Chinese writes no spaces, and a short name's first character may end the word before it: 巴军 (Pakistan's army)
// in 以巴军事冲突 (the Israeli–Palestinian military conflict) and 古巴军队 (Cuba's army); 查曼 (Chaman) in 调查曼苏尔
// (investigating Mansour) or 检查曼… (checking). After these characters the spelling is not the name.
const CHINESE_NOT_AFTER = new Map([
  ['巴军', /[以古]/],
  ['巴軍', /[以古]/],
  ['查曼', /[调調检檢审審搜排核追侦偵盘盤复複清抽普考]/],
]);
/** "ایف سی" ending another word, or the start of "ایف سی آر" (the FCR, the old Frontier Crimes Regulation). */
const initialsInAnotherWord = (text: string, start: number, end: number) =>
  (text[start] === 'ا' && ARABIC_LETTER.test(text[start - 1] ?? '')) || /^\s?[آا]ر(?![\u0620-\u06ff])/.test(text.slice(end, end + 4));

/** Whether hits name both sides (or the border itself): the condition for looking any closer. */
export function gatePasses(leanings: ReadonlySet<Term['leaning']>): boolean {
  const afghan = leanings.has('afghanistan');
  const pakistani = leanings.has('pakistan');
  const border = leanings.has('border');
  return (afghan && (pakistani || border)) || (border && pakistani);
}
