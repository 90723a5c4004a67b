// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../dataset/load';
import { buildModel, type DetectionModel } from './analyze';
import { detectPage, offTopic, reportOfBlocks } from './detect-page';
import { foldForMatch } from '../text/normalize';
import { saysTruceEnded } from './truce-ended';

const dataset = loadDataset();
const model = buildModel(dataset);
const without = (id: string) => buildModel({ ...dataset, events: dataset.events.filter((e) => e.id !== id) }, model.gate);
const shown = (blocks: string[], m: DetectionModel, published?: string) =>
  (detectPage(reportOfBlocks(blocks, { published }), m.gate, () => m) ?? offTopic()).events.map((e) => e.id);

describe('a truce the page says had run out', () => {
  // Made up: "Pakistani jets struck Paktika overnight, as soon as the 48-hour truce between the two countries ended."
  const strikes = [
    'قالت حكومة طالبان إن طائرات باكستانية قصفت ولاية باكتيكا الأفغانية الليلة الماضية وقتلت مدنيين.',
    'وجاءت الغارات فور انتهاء الهدنة لمدة 48 ساعة بين باكستان وأفغانستان.',
  ];
  // Made up: "The 48-hour truce between Pakistan and Afghanistan held through the night, officials said."
  const truce = ['قال مسؤولون إن الهدنة لمدة 48 ساعة بين باكستان وأفغانستان صمدت طوال الليل رغم اشتباكات متفرقة على الحدود.'];

  it('does not name the clash whose truce it was, when the strikes that followed are missing', () => {
    expect(shown(strikes, without('2025-10-17-paktika-strikes'), '2025-10-18')).toEqual([]);
  });

  it('still names it when the page speaks of the truce itself', () => {
    expect(shown(truce, without('2025-10-17-paktika-strikes'), '2025-10-16')).toContain('2025-10-15-spin-boldak-kurram');
  });

  it('reads a truce running out in Dari, Urdu and Pashto, not a truce agreed or holding', () => {
    for (const text of [
      'حملات درست پس از پایان آتش‌بس ۴۸ ساعته انجام شد',
      'حملے 48 گھنٹے کی جنگ بندی ختم ہوتے ہی کیے گئے',
      'بریدونه د ۴۸ ساعته اوربند له پای ته رسېدو وروسته وشول',
    ])
      expect(saysTruceEnded(foldForMatch(text)), text).toBe(true);
    expect(saysTruceEnded(foldForMatch('دو طرف بر آتش‌بس ۴۸ ساعته توافق کردند'))).toBe(false);
  });

  it('does not read a truce not yet run out, or denied to have, as ended', () => {
    // Made up: "Clashes broke out in Kurram before the truce ended" (Arabic, Dari, Urdu, Pashto); "the truce has not
    // ended" (Urdu). There the truce is still the news.
    for (const text of [
      'اندلعت اشتباكات في كرم قبل انتهاء الهدنة',
      'درگیری‌ها پیش از پایان آتش‌بس ۴۸ ساعته در کرم آغاز شد',
      'کرم میں جنگ بندی ختم ہونے سے پہلے فائرنگ ہوئی',
      'په کرم کې د اوربند له پای ته رسېدو مخکې جګړه پیل شوه',
      'طالبان کے ترجمان نے کہا کہ جنگ بندی ختم نہیں ہوئی',
    ])
      expect(saysTruceEnded(foldForMatch(text)), text).toBe(false);
  });
});
