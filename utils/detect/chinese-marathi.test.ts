// Chinese (both scripts), Marathi and Bengali pages, read from the languages: every sentence here is made up.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../dataset/load';
import { foldForMatch } from '../text/normalize';
import { textHoldsAnchor } from '../page/anchor-check';
import { splitSentences } from '../text/sentences';
import { buildModel } from './analyze';
import { holdsAnchor } from './anchors';
import { readDates, weekdaysNamed } from './dates';
import { detectPage, offTopic, reportOfBlocks } from './detect-page';
import { readFigures } from './figures';
import { sentenceSignals } from './score-topic';

const model = buildModel(loadDataset());
const detect = (blocks: string[], published?: string) =>
  detectPage(reportOfBlocks(blocks, published ? { published } : {}), model.gate, () => model) ?? offTopic();

describe("stage 1's anchor words, on every page", () => {
  it.each(['巴基斯坦军方说', '阿富汗東部', '塔利班发言人', '巴阿边境', 'अफगाणिस्तानच्या सीमेवर', 'আফগানিস্তানের সীমান্তে'])(
    '%s holds one',
    (text) => expect(textHoldsAnchor(text)).toBe(true),
  );
});

describe('the anchor words', () => {
  it.each(['巴基斯坦军方说', '阿富汗東部', '塔利班发言人', '巴阿边境', 'अफगाणिस्तानच्या सीमेवर'])('%s holds one', (text) =>
    expect(holdsAnchor(text)).toBe(true),
  );
  it('a Chinese page on something else holds none', () => expect(holdsAnchor('上海股市今天小幅上涨，成交量放大。')).toBe(false));
  it('the four Arabic-script spellings of Pakistan still do', () => {
    for (const p of ['پاکستان', 'پاكستان', 'باكستان', 'باکستان']) expect(holdsAnchor(p)).toBe(true);
  });
});

describe('Chinese sentences and dates', () => {
  it('a full stop ends a sentence with no space after it', () =>
    expect(splitSentences('巴军反击。塔利班撤退！').map((s) => s.end)).toEqual([5, 11]));
  it('reads 2025年10月12日 and 10月12日', () => {
    expect(readDates(foldForMatch('2025年10月12日电'))).toContainEqual({ year: 2025, month: 10, day: 12 });
    expect(readDates(foldForMatch('巴军10月11日晚反击'))).toContainEqual({ month: 10, day: 11, year: undefined });
  });
  it('reads the weekday of 周六, 星期日 and 週三', () =>
    expect([...weekdaysNamed(foldForMatch('周六晚，星期日，週三'))].sort()).toEqual([0, 3, 6]));
});

describe('Chinese figures', () => {
  it('ties each count to its side and what happened', () => {
    const figures = readFigures('三军新闻局称，23名巴基斯坦士兵在冲突中死亡，200多名塔利班武装人员被击毙。');
    expect(figures.map(({ value, metric, losses, qualifier }) => ({ value, metric, losses, qualifier }))).toEqual([
      { value: 23, metric: 'soldiers_killed', losses: 'pakistan', qualifier: 'exact' },
      { value: 200, metric: 'soldiers_killed', losses: 'afghanistan', qualifier: 'more-than' },
    ]);
  });
  it('reads the Pakistani Taliban as militants, and posts captured', () => {
    const [ttp, posts] = readFigures('12名巴基斯坦塔利班成员被击毙，塔利班称夺取了25个哨所。');
    expect(ttp).toMatchObject({ value: 12, losses: 'militants', metric: 'fighters_killed' });
    expect(posts).toMatchObject({ value: 25, metric: 'posts_captured' });
  });
  it('takes no year for a count', () => expect(readFigures('2025年巴军在边境部署。')).toEqual([]));
});

describe('Marathi figures', () => {
  it('reads "more than" after the number and counts of लोक and जण', () => {
    expect(readFigures('या हल्ल्यात ३० हून अधिक नागरिक ठार झाले.')[0]).toMatchObject({
      value: 30,
      qualifier: 'more-than',
      metric: 'civilians_killed',
    });
    expect(readFigures('४७ लोकांचा बळी गेला, तर २२ जण जखमी आहेत.').map((f) => f.value)).toEqual([47, 22]);
  });
  it('reads Devanagari digits and ठार', () =>
    expect(readFigures('या चकमकीत १२ पाकिस्तानी सैनिक ठार झाले.')[0]).toMatchObject({
      value: 12,
      metric: 'soldiers_killed',
      losses: 'pakistan',
    }));
});

describe('whole pages', () => {
  it('a Chinese report of the October 2025 border offensive shows it', () => {
    const result = detect([
      '巴阿边境再次爆发冲突',
      '巴基斯坦军方说，阿富汗塔利班部队11日晚间在多处边境地点向巴方哨所开火，巴军随即反击。巴基斯坦三军新闻局称，23名巴基斯坦士兵在冲突中死亡，200多名塔利班武装人员被击毙。',
    ]);
    expect(result.topic).toBe(true);
    expect(result.events[0]?.id).toBe('2025-10-11-border-offensive');
  });
  it('a Chinese report of the Kunar earthquake is not about the clashes', () => {
    const result = detect([
      '阿富汗东部发生强烈地震',
      // One sentence on the border's fighting, three on the quake: the quake is the story.
      '阿富汗库纳尔省发生6.0级地震，造成800多人死亡。地震前一周，巴阿边境曾发生交火。巴基斯坦表示愿意为地震灾民提供援助。地震还波及巴基斯坦开伯尔-普什图赫瓦省。',
    ]);
    expect(result.topic).toBe(false);
    expect(result.lookalike).toBe('earthquake');
  });
  it('a Marathi report of a border clash is on topic', () => {
    const result = detect([
      'अफगाणिस्तान-पाकिस्तान सीमेवर पुन्हा चकमक',
      'तालिबानच्या सैनिकांनी पाकिस्तानी चौक्यांवर हल्ला केला आणि पाकिस्तानी लष्कराने प्रत्युत्तर दिले. या गोळीबारात दोन्ही बाजूंचे सैनिक ठार झाले.',
    ]);
    expect(result.topic).toBe(true);
  });
});

describe('Bengali pages', () => {
  it('a report of a border clash is on topic, its figures read from Bengali digits', () => {
    const result = detect([
      'আফগান-পাক সীমান্তে আবার সংঘর্ষ',
      'তালেবান যোদ্ধারা পাকিস্তানের সীমান্ত চৌকিতে হামলা চালায়, পাকিস্তানি সেনারা পাল্টা হামলা করে। এতে ১২ জন নিহত হয়েছে।',
    ]);
    expect(result.topic).toBe(true);
  });
  it('a report of the Kunar earthquake is not', () => {
    const result = detect([
      'আফগানিস্তানে শক্তিশালী ভূমিকম্প',
      // One sentence on the border's fighting, three on the quake: the quake is the story.
      'আফগানিস্তানের কুনার প্রদেশে ভূমিকম্পে আট শতাধিক মানুষ নিহত হয়েছে। ভূমিকম্পের আগের সপ্তাহে আফগান-পাক সীমান্তে সংঘর্ষ হয়েছিল। পাকিস্তান ভূমিকম্পের জন্য ত্রাণ পাঠিয়েছে। ভূমিকম্পে বহু গ্রাম ধ্বংস হয়েছে।',
    ]);
    expect(result.topic).toBe(false);
    expect(result.lookalike).toBe('earthquake');
  });
  it('Bengali digits fold to ASCII', () => expect(foldForMatch('১২ জন')).toBe('12 জন'));
  it('reads Bengali counts: soldiers killed with their side, people wounded', () => {
    const [soldiers, people] = readFigures('সংঘর্ষে ২৩ জন পাকিস্তানি সেনা নিহত এবং ১৫ জন আহত হয়েছে।');
    expect(soldiers).toMatchObject({ value: 23, metric: 'soldiers_killed', losses: 'pakistan' });
    expect(people).toMatchObject({ value: 15 });
  });
  it('reads Bengali dates and weekdays', () => {
    expect(readDates(foldForMatch('১২ অক্টোবর ২০২৫ তারিখে'))).toContainEqual({ year: 2025, month: 10, day: 12 });
    expect([...weekdaysNamed(foldForMatch('শনিবার রাতে সংঘর্ষ'))]).toEqual([6]);
    expect(readDates(foldForMatch('মেয়েরা ১২ জন'))).toEqual([]);
  });
  it('reads full-width digits in Chinese', () =>
    expect(readFigures('２３名巴基斯坦士兵死亡')[0]).toMatchObject({ value: 23, metric: 'soldiers_killed', losses: 'pakistan' }));
});

// Review 18REV: words of these languages that also read as something else (every sentence made up).
describe('Chinese and Marathi words that read something else', () => {
  const hits = (text: string) => model.gate.scan(text).map((h) => h.termId);

  it("counts Pakistan's army by 巴军 as the noun, not 古巴军 (Cuba's)", () => {
    expect(readFigures('塔利班称击毙40名巴军。')[0]).toMatchObject({ value: 40, metric: 'soldiers_killed', losses: 'pakistan' });
    expect(readFigures('3名古巴军人死亡。')[0]?.losses).toBeUndefined();
  });
  it('a date, an age, a span or a distance before a noun is no count', () => {
    expect(readFigures('10月12日巴基斯坦士兵遭袭，2名士兵死亡。').map((f) => f.value)).toEqual([2]);
    expect(readFigures('一名30岁的巴基斯坦士兵在交火中死亡，3个月来已有平民死亡。')).toEqual([]);
    expect(readFigures('距边境30公里的村庄有平民死亡，2万人逃离。')).toEqual([]);
    expect(readFigures('200多名塔利班武装人员被击毙。')[0]).toMatchObject({ value: 200, qualifier: 'more-than' });
  });

  it('a count of weeks, or a word starting with 一, is no weekday; nor are Friday prayers', () => {
    expect([...weekdaysNamed(foldForMatch('村庄四周一片废墟。过去两个星期一直有炮击，每周三次。这个星期一直下雨。'))]).toEqual([]);
    expect([...weekdaysNamed(foldForMatch('周五礼拜时清真寺遇袭。'))]).toEqual([]);
    expect([...weekdaysNamed(foldForMatch('上周一，上个星期五'))].sort()).toEqual([1, 5]);
    // 一同, 一致 start words too, but "周一同意" is "agreed on Monday", "周一致电" "called on Monday".
    expect([...weekdaysNamed(foldForMatch('巴方周一同意停火，阿方周二致电调解方。'))].sort()).toEqual([1, 2]);
  });

  it('巴军 after 以 or 古 is no Pakistani army', () =>
    expect(hits('阿富汗塔利班谴责以巴军事冲突，古巴军队也在演习。')).not.toContain('pakistan'));
  it('查曼 after 调查 or 检查 is no Chaman', () => {
    expect(hits('阿富汗方面要求调查曼苏尔遇害一事。')).not.toContain('chaman');
    expect(hits('巴军在查曼口岸向阿富汗一侧开火。')).toEqual(expect.arrayContaining(['pakistan', 'chaman']));
  });

  it('the operation is 公义之怒 as the press writes it, not the everyday 正义之怒 (righteous anger)', () => {
    expect(hits('巴基斯坦发动代号「公義之怒」的军事行动。')).toContain('ghazab-lil-haq');
    expect(hits('巴基斯坦民众的正义之怒')).not.toContain('ghazab-lil-haq');
  });

  it('Hindi मुल्क (country) is no Marathi मुले (children), लोकसभा no लोक (people)', () => {
    expect(readFigures('दो मुल्कों के बीच झड़प में 20 सैनिक मारे गए।').map((f) => f.value)).toEqual([20]);
    expect(readFigures('20 लोकसभा सीटों पर हमले की चर्चा।')).toEqual([]);
    expect(readFigures('या हल्ल्यात ५ मुले ठार झाली.')[0]).toMatchObject({ value: 5, metric: 'children_killed' });
  });

  it('retaliatory tariffs are no clash, retaliatory strikes are', () => {
    expect(detect(['巴基斯坦对阿富汗商品征收报复性关税。']).topic).toBe(false);
    expect(detect(['巴基斯坦对阿富汗境内目标发动报复性打击。']).topic).toBe(true);
  });
  it('a retort (प्रत्युत्तर) is no clash', () => expect(detect(['तालिबानने पाकिस्तानच्या आरोपांना प्रत्युत्तर दिले.']).topic).toBe(false));

  it('a Chinese page on the India–Pakistan ceasefire is the look-alike, though it names Afghanistan', () => {
    const result = detect([
      '印巴宣布停火',
      '印度和巴基斯坦宣布全面停火。印巴两军此前在克什米尔交火四天。阿富汗塔利班欢迎印巴停火。新德里和伊斯兰堡都称取得胜利。',
    ]);
    expect(result.topic).toBe(false);
  });
});

describe('Marathi talks pages', () => {
  const signals = (text: string) => sentenceSignals(foldForMatch(text), new Set(), new Set());
  it('the masthead तरुण भारत is no mention of India', () => {
    expect(signals('दोहा येथे अफगाणिस्तान-पाकिस्तान बैठक - तरुण भारत').lookalikes).toEqual([]);
    expect(signals('भारत आणि पाकिस्तान यांच्यात तणाव').lookalikes).toEqual(['india-pakistan']);
  });
  it('शांतता चर्चा (peace talks), in any case, are talks; bare चर्चा is any discussion', () => {
    expect(signals('इस्तंबूलमध्ये अफगाणिस्तान-पाकिस्तान शांतता चर्चेची नवी फेरी').talks).toBe(true);
    expect(signals('विधानसभेत अर्थसंकल्पावर चर्चा').talks).toBe(false);
  });
});

describe('Marathi case endings and spellings', () => {
  it('reads a date or weekday with its case ending: १४ ऑक्टोबरला, बुधवारच्या पहाटे', () => {
    expect(readDates(foldForMatch('सीमेवर १४ ऑक्टोबरला पुन्हा गोळीबार झाला'))).toContainEqual({ day: 14, month: 10 });
    expect([...weekdaysNamed(foldForMatch('बुधवारच्या पहाटे हल्ला झाला'))]).toEqual([3]);
  });
  it('reads स्पिन बोल्दाक (Marathi द) and शांतता बोलणी (peace talks)', () => {
    expect(model.gate.scan('कंधारच्या स्पिन बोल्दाक भागात गोळीबार').map((h) => h.termId)).toContain('spin-boldak');
    expect(sentenceSignals(foldForMatch('दोहामध्ये शांतता बोलण्यांची फेरी'), new Set(), new Set()).talks).toBe(true);
  });
});

describe('Chinese pages on other conflicts and on sport', () => {
  it('the Israeli–Palestinian conflict (以巴冲突) is no clash of these two sides', () =>
    expect(detect(['巴基斯坦总理表示，以巴冲突必须通过政治途径解决，阿富汗塔利班表示赞同。']).topic).toBe(false));
  it('fans quarrelling over a match are the sport look-alike', () => {
    const result = detect(['阿富汗和巴基斯坦球迷热议篮球比赛', '比赛结束后，巴基斯坦和阿富汗的球迷在网上发生冲突。']);
    expect(result.topic).toBe(false);
  });
});

describe('Chinese words in both scripts', () => {
  const signals = (text: string) => sentenceSignals(foldForMatch(text), new Set(), new Set());
  it('斡旋 (mediation) is a talk word', () => expect(signals('由卡達和土耳其斡旋，雙方同意停止敵對行動').talks).toBe(true));
  it('trade, a Taiwan terror attack and Traditional Dera Ismail Khan are their look-alikes', () => {
    expect(signals('托尔哈姆口岸关闭后两国贸易额大跌').lookalikes).toEqual(['trade']);
    expect(signals('德拉伊斯梅爾汗發生恐攻').lookalikes).toEqual(['ttp-inside-pakistan']);
  });
});
