import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../text/normalize';
import { speaksOfArmourHit } from './armour-words';

const speaksOfArmour = (s: string) => speaksOfArmourHit(foldForMatch(s));

describe('speaksOfArmourHit', () => {
  it('reads tanks in the languages of the Latin, Cyrillic and Devanagari readers', () => {
    expect(speaksOfArmour('Two Afghan tanks were destroyed near the border.')).toBe(true);
    expect(speaksOfArmour('Die Armee zerstörte mehrere Panzer der Taliban.')).toBe(true);
    expect(speaksOfArmour('Артиллерия уничтожила три танка талибов.')).toBe(true);
    expect(speaksOfArmour('Артиллерия повредила афганские танки.')).toBe(true);
    expect(speaksOfArmour('सेना ने तालिबान के टैंकों को नष्ट किया।')).toBe(true);
  });

  it('does not take a think tank, a tanker or a water tank for armour', () => {
    expect(speaksOfArmour('A think tank in Islamabad published a report on the border.')).toBe(false);
    expect(speaksOfArmour('An oil tanker waited at the crossing.')).toBe(false);
    expect(speaksOfArmour('Танкер с топливом стоял на границе.')).toBe(false);
    expect(speaksOfArmour('The village water tank truck was hit.')).toBe(false);
  });

  it('does not take water tanks, the town of Tank or tanks only moved for armour hit', () => {
    expect(speaksOfArmour('Shelling from across the border destroyed water tanks and homes in Kurram.')).toBe(false);
    expect(speaksOfArmour('Gunmen destroyed a police post in Tank before fighting spread to the border.')).toBe(false);
    expect(speaksOfArmour('Militants struck a checkpoint in Tank district overnight.')).toBe(false);
    expect(speaksOfArmour('Pakistan moved tanks to the border in Kurram after the firing.')).toBe(false);
    expect(speaksOfArmour('Taliban fighters in Kurram were hit by tank fire.')).toBe(true);
  });

  it('reads tanks and armour hit in Urdu, Dari, Pashto and Arabic', () => {
    expect(speaksOfArmour('سرحدی جھڑپ میں افغان طالبان کے دو ٹینک تباہ کر دیے گئے۔')).toBe(true);
    expect(speaksOfArmour('نیروهای مرزی گفتند چند تانک‌های پاکستانی را منهدم کردند.')).toBe(true);
    expect(speaksOfArmour('په دې نښته کې د پاکستان یو زغروال موټر ویجاړ شو.')).toBe(true);
    expect(speaksOfArmour('وأعلن الجيش تدمير دبابات لحركة طالبان قرب الحدود.')).toBe(true);
  });

  it('does not take the town of Tank in Urdu or Pashto for armour, nor tanks only moved', () => {
    expect(speaksOfArmour('ٹانک میں پولیس چوکی پر حملے کے بعد گاڑی تباہ ہو گئی۔')).toBe(false);
    expect(speaksOfArmour('د ټانک په ولسوالۍ کې وسلوالو یوه پوسته ویجاړه کړه.')).toBe(false);
    expect(speaksOfArmour('پاکستان نے سرحد پر ٹینک پہنچا دیے۔')).toBe(false);
  });

  // Review of round 16A: tanks that hold water or fuel, a think tank, an anti-tank weapon, an injury (إصابة) beside
  // tanks only moved, and a destroyer (مدمرة) are not armour hit.
  it('does not take tanks of water or fuel, a think tank or an anti-tank weapon for armour', () => {
    expect(speaksOfArmour('گولہ باری سے گاؤں میں پانی کے دو ٹینک تباہ ہو گئے۔')).toBe(false);
    expect(speaksOfArmour('حملے کے بعد ڈپو کے آئل ٹینک تباہ ہو گئے۔')).toBe(false);
    expect(speaksOfArmour('در این حمله تانک‌های تیل یک شرکت منهدم شد.')).toBe(false);
    expect(speaksOfArmour('د ډزو له امله د اوبو ټانکونه ویجاړ شول.')).toBe(false);
    expect(speaksOfArmour('ایک تھنک ٹینک کے مطابق سرحدی جھڑپوں میں کئی چوکیاں تباہ ہوئیں۔')).toBe(false);
    expect(speaksOfArmour('طالبان نے اینٹی ٹینک میزائل سے ایک چوکی کو نشانہ بنایا۔')).toBe(false);
  });

  it('does not read an injury or a destroyer as armour hit', () => {
    expect(speaksOfArmour('ونشر الجيش دبابات على الحدود بعد اشتباك أسفر عن إصابة جنديين.')).toBe(false);
    expect(speaksOfArmour('وأرسلت البحرية مدمرة إلى الميناء بينما عرضت دبابات في العرض العسكري.')).toBe(false);
    expect(speaksOfArmour('وأصابت القذائف دبابتين ومدرعات للجيش قرب الحدود.')).toBe(true);
  });
});
