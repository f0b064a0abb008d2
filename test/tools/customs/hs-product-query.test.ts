// How a product title becomes a search, without a database: Chinese segmented into whole words (扳手套装 is a wrench
// set, not gloves; 钢琴 is not steel), put into English; English titles without marketing noise and counts, listing
// words mapped to the nomenclature's; the index ignores "other than" wording; why-texts in the seller's language.
import { describe, expect, it } from 'vitest';
import { matchGlossary } from '../../../tools/customs/hs/glossary-match';
import { indexText } from '../../../tools/customs/hs/hs-index';
import { loadNomenclature } from '../../../tools/customs/hs/nomenclature';
import {
  chineseInEnglish,
  productQuery,
  productWords,
  withoutQuantities,
} from '../../../tools/customs/hs/product-query';
import { findTraits, TRAITS } from '../../../tools/customs/hs/traits';
import { whyText } from '../../../tools/customs/hs/why-text';
import { segmentTitle } from '../../../tools/customs/hs/zh-segment';

const words = (title: string) => segmentTitle(title).map((s) => s.text);
const glossaryCodes = (title: string) => matchGlossary(title).flatMap((m) => m.entry.codes);
const traitIds = (text: string) => findTraits(text).map((t) => t.id);
const searched = (description: string) =>
  productQuery({ description }, matchGlossary(description))
    .map((t) => t.text)
    .join(' ');

describe('Chinese titles', () => {
  it('are split into whole words, so a name inside another word is not found', () => {
    expect(words('扳手套装')).toEqual(['扳手', '套装']);
    expect(words('梅花扳手套装 开口两用')).toEqual(['梅花扳手', '套装', '开口', '两用']);
    expect(words('925银耳环 女')).toEqual(['925银', '耳环', '女']);
    // 扳手套装 is a wrench set: the gloves of 手套 (chapter 61/62/42) are not candidates.
    expect(glossaryCodes('扳手套装').filter((c) => /^(61|62|42)/.test(c))).toEqual([]);
    expect(glossaryCodes('手套 冬季')).not.toEqual([]);
  });

  it('read materials only as words of their own', () => {
    expect(traitIds('不锈钢压蒜器')).toContain('steel');
    expect(traitIds('电钢琴 88键')).not.toContain('steel');
    expect(traitIds('积木 儿童益智玩具')).not.toContain('wood');
    expect(traitIds('纯棉女士T恤')).toEqual(['cotton', 'women']);
  });

  it('segment every material and wearer word the hints read as one word', () => {
    const split = TRAITS.flatMap((t) => t.zh).filter((w) => words(w).length !== 1);
    expect(split).toEqual([]);
  });

  it('become English in the nomenclature words, naming the Chinese word each term comes from', () => {
    expect(chineseInEnglish('登山包 40升', [])).toBe('hiking backpack, 40');
    const terms = productQuery({ description: '汽车雨刮器 无骨' }, []);
    const wiper = terms.find((t) => t.text.includes('windscreen wipers'));
    expect(wiper?.from).toBe('雨刮器');
    expect(searched('电动螺丝刀 充电式')).toContain('self-contained electric motor');
  });
});

describe('English titles', () => {
  it('lose marketing words, years and sizes, and gain the nomenclature words for listing words', () => {
    const text = searched('Upgraded 2025 Adjustable Wrench 10 inch Chrome Vanadium');
    expect(text).toContain('spanners');
    expect(text).not.toMatch(/upgraded|2025|inch/);
    expect(searched('Stainless Steel Garden Trowel Hand Shovel')).toContain('spades shovels');
    expect(searched('Tire Pressure Gauge')).toContain('tyre');
  });

  it('treat a word after a count as a unit, not the product', () => {
    expect(withoutQuantities('Water Filter Pitcher 10 Cup').trim()).toBe('water filter pitcher');
    expect(glossaryCodes(withoutQuantities('Water Filter Pitcher 10 Cup'))).toEqual([]);
    expect(withoutQuantities("Men's 100% Cotton T-Shirt")).toContain('cotton');
  });

  it('find the product words of the first part of the title, first first', () => {
    const title = 'Hair Straightener Ceramic Plates, Dual Voltage';
    const [first] = productWords(title);
    expect(withoutQuantities(title).slice(first.start, first.end)).toBe('hair straightener');
  });

  it('do not read the iron of a soldering iron as a material', () => {
    expect(traitIds('Soldering Iron Kit 60W')).toEqual([]);
    expect(traitIds('Pre-Seasoned Cast Iron Skillet')).toEqual(['steel']);
  });
});

describe('the index and the why-texts', () => {
  it('index a line without what it says it is not', () => {
    const line = loadNomenclature().byCode.get('610990')!;
    expect(line.description).toMatch(/other than cotton/);
    expect(indexText(line, loadNomenclature())[0]).not.toMatch(/cotton/);
    expect(indexText(line, loadNomenclature())[0]).toMatch(/textile materials/);
  });

  it('say why in the seller language', () => {
    const steel = TRAITS.find((t) => t.id === 'steel')!;
    const facts = {
      glossary: { term: '压蒜器', usual: true },
      worded: [],
      chapter: { traits: [steel], code: '73' },
      shared: ['压蒜器', '不锈钢'],
      similarity: null,
    };
    const zh = whyText(facts, 'zh-Hans');
    expect(zh).toBe('“压蒜器”通常归入此子目；第 73 章为不锈钢制品；品目文字对应：压蒜器、不锈钢');
    expect(zh).not.toMatch(/[a-z]/i);
    expect(whyText(facts, 'en')).toBe(
      '"压蒜器" is usually classified here; chapter 73 covers goods of steel; nomenclature text matches: 压蒜器, 不锈钢',
    );
    const hant = { ...facts, glossary: { term: '壓蒜器', usual: true }, shared: ['壓蒜器'] };
    expect(whyText(hant, 'zh-Hant')).toBe(
      '「壓蒜器」通常歸入此子目；第 73 章為不鏽鋼製品；品目文字對應：壓蒜器',
    );
  });
});
