// The HS glossary and hints without a database: everyday names (en, simplified and traditional Chinese) reach their
// subheadings, the longest name wins, materials and wearers are read and matched against the nomenclature wording,
// and every glossary code is a real six-digit HS 2022 subheading.
import { describe, expect, it } from 'vitest';
import { HS_GLOSSARY } from '../../../tools/customs/hs/glossary';
import { matchGlossary } from '../../../tools/customs/hs/glossary-match';
import { loadNomenclature } from '../../../tools/customs/hs/nomenclature';
import { describesTrait, findTraits, TRAITS } from '../../../tools/customs/hs/traits';

const firstCodes = (text: string) => matchGlossary(text)[0]?.entry.codes ?? [];
const trait = (id: string) => TRAITS.find((t) => t.id === id)!;

describe('HS glossary', () => {
  it('maps everyday names in English and both Chinese scripts to their subheadings', () => {
    expect(firstCodes('Wireless Earbuds with charging case')).toEqual(['851830', '851762']);
    expect(firstCodes('蓝牙耳机')[0]).toBe('851830');
    expect(firstCodes('藍牙耳機 降噪')[0]).toBe('851830');
    expect(firstCodes('20000mAh power banks')[0]).toBe('850760');
    expect(firstCodes('行動電源')[0]).toBe('850760');
  });

  it('takes the longest name and the product before what it is for', () => {
    // 手机壳 is a phone case, not a phone; a case for earbuds is a case.
    expect(firstCodes('苹果手机壳')[0]).toBe('392690');
    expect(firstCodes('phone case for iPhone 15 with earbuds holder')[0]).toBe('392690');
    expect(firstCodes('smartphone')[0]).toBe('851713');
  });

  it('recognises nothing in a sentence without a product name', () => {
    expect(matchGlossary('what is the weather like')).toEqual([]);
  });

  it('reads materials and wearers, and ignores "other than cotton" when matching cotton', () => {
    expect(findTraits('纯棉男士T恤').map((t) => t.id)).toEqual(['cotton', 'men']);
    expect(findTraits("Women's polyester dress").map((t) => t.id)).toEqual(['synthetic', 'women']);
    const other = loadNomenclature().byCode.get('610990')!.description;
    expect(describesTrait(other, trait('cotton'))).toBe(false);
    expect(describesTrait(other, trait('synthetic'))).toBe(true);
    expect(
      describesTrait(loadNomenclature().byCode.get('610910')!.description, trait('cotton')),
    ).toBe(true);
  });

  it('names only six-digit subheadings that exist in the bundled HS 2022 data', () => {
    const byCode = loadNomenclature().byCode;
    const wrong = HS_GLOSSARY.flatMap((e) => e.codes).filter((c) => byCode.get(c)?.level !== 6);
    expect(wrong).toEqual([]);
    expect(loadNomenclature().lines.filter((l) => l.level === 6)).toHaveLength(5613);
  });
});
