// Figures in Urdu, Dari and Pashto sentences: "12 جوان شہید" (12 soldiers martyred), "274 افغان طالبان ہلاک".
// Pakistani media call their own soldiers jawans and their dead martyrs; Afghan media say سرباز.
import type { Metric, Party } from '../dataset/types';

type Verb = 'killed' | 'wounded' | 'captured' | 'destroyed';

const DIGITS = '[0-9\\u0660-\\u0669\\u06f0-\\u06f9]+';
const NOUNS: { pattern: string; noun: 'soldiers' | 'fighters' | 'civilians' | 'posts'; losses?: Party }[] = [
  { pattern: 'افغان طالبان|طالبان|افغان فوجی|افغان سرباز', noun: 'soldiers', losses: 'afghanistan' },
  { pattern: 'پاکستانی فوجی|پاکستانی سرباز|پاکستانی سرتیري|پاکستانی سرتیری|جوانوں|جوان|اہلکاروں|اہلکار', noun: 'soldiers', losses: 'pakistan' },
  { pattern: 'سربازان|سرباز|سرتیري|سرتیری|فوجیوں|فوجی', noun: 'soldiers' },
  { pattern: 'خوارج|دہشت گردوں|دہشت گرد|شدت پسند|جنگجو', noun: 'fighters', losses: 'militants' },
  { pattern: 'شہریوں|شہری|غیرنظامیان|غیر نظامیان|ملکي وګړي|ملکی|بچوں|کودکان', noun: 'civilians', losses: 'civilians-afghanistan' },
  { pattern: 'چوکیاں|چوکیوں|چوکی|پوسٹیں|پوسٹوں|پاسگاه|پوستې|پوسته', noun: 'posts' },
];
const VERBS: [Verb, RegExp][] = [
  ['killed', /شہید|ہلاک|جاں بحق|جان بحق|کشته|وژل|مړه|هلاک/],
  ['wounded', /زخمی|ټپي|مجروح/],
  ['captured', /قبضہ|قبضه|تصرف|ونیول|اسیر|گرفتار/],
  ['destroyed', /تباہ|ویران|ویجاړ|نابود/],
];
const FIGURE = new RegExp(`(${DIGITS})\\s+(${NOUNS.map((n) => n.pattern).join('|')})`, 'g');

const toAscii = (digits: string) => digits.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));

export interface ArabicScriptFigure {
  start: number;
  end: number;
  text: string;
  value: number;
  metric?: Metric;
  losses?: Party;
  verb?: Verb;
}

export function readArabicScriptFigures(sentence: string): ArabicScriptFigure[] {
  const found: ArabicScriptFigure[] = [];
  for (const m of sentence.matchAll(FIGURE)) {
    const value = Number(toAscii(m[1]!));
    if (!(value <= 100000)) continue; // a phone number or a run of digits, not a count
    const kind = NOUNS.find((n) => new RegExp(`^(?:${n.pattern})$`).test(m[2]!))!;
    // The verb follows the noun within a few words: "… 12 جوان شہید اور 27 زخمی".
    const after = sentence.slice(m.index! + m[0].length, m.index! + m[0].length + 25);
    const verb = VERBS.map(([v, re]) => ({ v, at: after.search(re) }))
      .filter((x) => x.at >= 0)
      .sort((a, b) => a.at - b.at)[0]?.v;
    const losses = kind.losses;
    let metric: Metric | undefined;
    if (verb && kind.noun === 'posts') metric = verb === 'captured' ? 'posts_captured' : verb === 'destroyed' ? 'posts_destroyed' : undefined;
    else if (verb === 'killed' || verb === 'wounded' || (verb === 'captured' && kind.noun === 'soldiers'))
      metric = `${kind.noun}_${verb}` as Metric;
    found.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], value, metric, losses, verb });
  }
  return found;
}
