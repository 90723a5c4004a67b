// Figures in Chinese sentences (both scripts): "23名巴基斯坦士兵死亡", "击毙200多名塔利班武装人员",
// "造成8名平民丧生", "夺取25个哨所". Digits only (Chinese news writes counts in digits); a measure word and up to
// six characters (the side: 巴基斯坦, 巴军, 阿富汗) between the number and the counted noun; the verb after the
// noun or before the number.
import type { Party } from '../dataset/types';
import { type ScriptFigure, type ScriptNoun, type ScriptVerb, scriptMetric, verbNearFigure } from './figure-verbs';

type Noun = ScriptNoun;

const NOUNS: { pattern: string; noun: Noun; losses?: Party }[] = [
  // The Pakistani Taliban (TTP) are militants; the Afghan Taliban are the other side's soldiers.
  { pattern: '巴基斯坦塔利班(?:武装分子|武裝分子|武装人员|武裝人員|成员|成員)?', noun: 'fighters' },
  { pattern: '塔利班(?:武装分子|武裝分子|武装人员|武裝人員|士兵|部队|部隊|军人|軍人|战士|戰士)?', noun: 'soldiers', losses: 'afghanistan' },
  // "擊斃58名巴軍": Pakistan's army as the counted noun (not 以巴军, 古巴军: the Israeli–Palestinian, Cuba's).
  { pattern: '(?<![以古])巴[军軍](?:士兵|官兵|军人|軍人)?', noun: 'soldiers', losses: 'pakistan' },
  { pattern: '士兵|官兵|军人|軍人|军警|軍警|边防人员|邊防人員|安全人员|安全人員', noun: 'soldiers' },
  { pattern: '武装分子|武裝分子|武装人员|武裝人員|恐怖分子|激进分子|激進分子', noun: 'fighters' },
  { pattern: '平民|民众|民眾|村民', noun: 'civilians' },
  { pattern: '儿童|兒童|孩子', noun: 'children' },
  { pattern: '哨所|哨站|据点|據點|检查站|檢查站', noun: 'posts' },
  { pattern: '人', noun: 'people' },
];
const WHOLE_NOUNS = NOUNS.map((n) => new RegExp(`^(?:${n.pattern})$`, 'u'));
const VERBS: [ScriptVerb, RegExp][] = [
  ['killed', /死亡|丧生|喪生|阵亡|陣亡|遇难|遇難|身亡|罹难|罹難|打死|击毙|擊斃|被杀|被殺|杀死|殺死|殉职|殉職/u],
  ['wounded', /受伤|受傷|负伤|負傷|伤者|傷者/u],
  ['captured', /俘获|俘獲|夺取|奪取|占领|佔領|攻占|攻佔|俘虏|俘虜/u],
  ['destroyed', /摧毁|摧毀|炸毁|炸毀|捣毁|搗毀/u],
];
// A number followed by a date, a time, an age, a distance, a sum or 万 (ten thousand) is no count of what follows
// within six characters: "11日晚巴军士兵", "30岁的士兵", "3个月来已有平民", "30公里外的哨所", "2万人".
// (One look right after the number, through "多" and a measure word: "3个月" is no count of what follows "个".)
const NOT_COUNTED =
  '\\s*[多余餘]?\\s*(?:名|个|個|座|处|處|位)?\\s*(?:[年月日号號时時点點分秒岁歲天周週万萬亿億千百元次倍]|小时|小時|公里|千米|米|美元|卢比|盧比)';
// A count, "多"/"余" (more than), a measure word, up to six characters of who (巴基斯坦, 巴军, 阿富汗), the noun.
const FIGURE = new RegExp(
  `(?<![\\d.])(\\d{1,3}(?:,\\d{3})+|\\d{1,5})(?!${NOT_COUNTED})\\s*([多余餘])?\\s*(名|个|個|座|处|處|位)?([\\p{Script=Han}]{0,6}?)(${NOUNS.map((n) => n.pattern).join('|')})`,
  'gu',
);

/** Whose losses: the side named between the number and the noun ("23名巴基斯坦士兵", "58名巴军士兵"). */
function sideOf(between: string): Party | undefined {
  if (/巴基斯坦|巴军|巴軍|巴方/u.test(between)) return 'pakistan';
  if (/阿富汗|塔利班|阿方|阿塔/u.test(between)) return 'afghanistan';
  return undefined;
}

export function readChineseFigures(sentence: string): ScriptFigure[] {
  const found: ScriptFigure[] = [];
  for (const m of sentence.matchAll(FIGURE)) {
    const value = Number(m[1]!.replace(/,/g, ''));
    if (!Number.isFinite(value) || value > 100000) continue;
    // A year ("2025巴军士兵") is no count without a measure word.
    if (/^(19|20)\d\d$/.test(m[1]!) && !m[3]) continue;
    const start = m.index!;
    const end = start + m[0].length;
    const kind = NOUNS[WHOLE_NOUNS.findIndex((re) => re.test(m[5]!))]!;
    // "200人" with no verb nearby is a crowd, not a toll: people count only with a verb.
    const verb = verbNearFigure(sentence, start, end, VERBS, { after: 8, before: 8 });
    const noun = kind.noun;
    const metric = scriptMetric(noun, verb);
    let losses = kind.losses ?? (noun === 'soldiers' ? sideOf(m[4]!) : undefined);
    if (noun === 'fighters') losses = 'militants';
    if (noun === 'civilians' || noun === 'children') losses = sideOf(m[4]!) === 'pakistan' ? 'civilians-pakistan' : 'civilians-afghanistan';
    found.push({
      start,
      end,
      text: sentence.slice(start, end),
      value,
      metric,
      losses,
      verb,
      ...(m[2] ? { qualifier: 'more-than' as const } : {}),
    });
  }
  return found;
}
