// Deterministic English prose on subjects far from the border: a city's budget, its trams, its
// library, a harbour, a football club. No word of it names the region: the off-topic cases report `topic: false`.
/** A small seeded PRNG (mulberry32): the synthetic pages are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

const SUBJECTS = [
  'The city council',
  'The transport authority',
  'The harbour board',
  'The library trust',
  'The mayor',
  'The finance committee',
  'A spokeswoman for the club',
  'The chief engineer',
  'Local residents',
  'The opposition group',
  'The regional auditor',
  'Shop owners on the high street',
];
const VERBS = [
  'said on Tuesday that',
  'argued that',
  'warned that',
  'confirmed that',
  'told reporters that',
  'wrote in a letter that',
  'insisted that',
  'announced that',
  'noted that',
  'admitted that',
];
const CLAIMS = [
  'the new tram line would open {n} weeks later than planned',
  'the library would extend its opening hours to {n} in the evening',
  'the budget for road repairs had grown by {n} per cent',
  'about {n} families had signed the petition against the car park',
  'the harbour had handled {n} container ships since January',
  'the stadium roof needed {n} new steel beams before winter',
  'ticket prices would stay frozen for another {n} months',
  'the bakery on Mill Lane had served the town for {n} years',
  'the river walk would be closed for {n} days of maintenance',
  'the school choir had raised {n} pounds for new instruments',
  'the football club had sold {n} season tickets over the summer',
  'the recycling centre would hire {n} more drivers',
];
const TAILS = [
  '',
  '',
  '',
  ' after a long debate',
  ', according to the minutes of the meeting',
  ' despite earlier promises',
  ', a figure that surprised several members',
  ' in a statement published on its website',
  ' once the weather improves',
];
const FILLERS = [
  'Critics were not convinced.',
  'The meeting ran late into the evening.',
  'Nobody answered the question directly.',
  'Similar plans were dropped two years ago.',
  'A final vote is expected next month.',
  'The figures will be reviewed in the spring.',
  'Several residents spoke in favour of the proposal.',
  'The contractor declined to comment.',
  'Rain delayed the inspection again.',
];
const HEADLINES = [
  'Council approves tram extension after heated debate',
  'Harbour traffic rises as new cranes arrive',
  'Library hours to grow under revised budget',
  'Football club reports record season ticket sales',
];

export class Prose {
  private readonly rand: () => number;
  constructor(seed: number) {
    this.rand = prng(seed);
  }
  sentence(): string {
    const r = this.rand;
    if (r() < 0.2) return pick(r, FILLERS);
    const n = String(2 + Math.floor(r() * 400));
    return `${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, CLAIMS).replace('{n}', n)}${pick(r, TAILS)}.`;
  }
  paragraph(sentences = 3 + Math.floor(this.rand() * 4)): string {
    return Array.from({ length: sentences }, () => this.sentence()).join(' ');
  }
  headline(): string {
    return pick(this.rand, HEADLINES);
  }
  /** Paragraphs until the total reaches `words` words. */
  paragraphsOfWords(words: number): string[] {
    const out: string[] = [];
    let count = 0;
    while (count < words) {
      const p = this.paragraph();
      out.push(p);
      count += p.split(/\s+/).length;
    }
    return out;
  }
  /** Paragraphs until the total reaches `bytes` UTF-8 bytes of text. */
  paragraphsOfBytes(bytes: number): string[] {
    const out: string[] = [];
    let count = 0;
    while (count < bytes) {
      const p = this.paragraph();
      out.push(p);
      count += Buffer.byteLength(p) + 1;
    }
    return out;
  }
}

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
