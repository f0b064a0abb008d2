// The message catalog: English written from templates and read back into Chinese (nested messages too), and every
// catalog the tools use complete in en, zh-Hans and zh-Hant with the same placeholders.
import { describe, expect, it } from 'vitest';
import { messageCatalog, type MessageTexts } from '../../core/message-catalog';
import { CATEGORY_MESSAGES, CATEGORIES, resolveCategory } from '../../core/domain/categories';
import { NOTES } from '../../tools/customs/note-texts';
import { WARNINGS } from '../../tools/localization/warning-texts';
import { AD_NOTES, CLASS_TEXTS } from '../../tools/ads/note-texts';

const catalog = messageCatalog({
  inner: { en: 'Inner note.', 'zh-Hans': '内部说明。', 'zh-Hant': '內部說明。' },
  outer: {
    en: 'Item "{item}" costs {price} {price}: {note}',
    'zh-Hans': '商品“{item}”价格 {price}：{note}',
    'zh-Hant': '商品「{item}」價格 {price}：{note}',
  },
});

describe('messageCatalog', () => {
  it('writes English and reads it back in Chinese, nested messages translated too', () => {
    const en = catalog.text('outer', { item: 'Mug', price: 12.5, note: 'Inner note.' });
    expect(en).toBe('Item "Mug" costs 12.5 12.5: Inner note.');
    expect(catalog.translate(en, 'en')).toBe(en);
    expect(catalog.translate(en, 'zh-Hans')).toBe('商品“Mug”价格 12.5：内部说明。');
    expect(catalog.translate(en, 'zh-Hant')).toBe('商品「Mug」價格 12.5：內部說明。');
  });

  it('leaves text matching no template as it is (a repeated placeholder must repeat its value)', () => {
    expect(catalog.translate('Something else.', 'zh-Hans')).toBe('Something else.');
    expect(catalog.translate('Item "Mug" costs 1 2: x', 'zh-Hans')).toBe('Item "Mug" costs 1 2: x');
  });
});

const placeholders = (s: string) => [...new Set(s.match(/\{\w+\}/g) ?? [])].sort();

describe.each([
  ['landed_cost notes', NOTES],
  ['localize_listing warnings', WARNINGS],
  ['generate_ad_copy notes', { ...AD_NOTES, ...CLASS_TEXTS }],
  ['categories', CATEGORY_MESSAGES.texts],
] as Array<[string, Record<string, MessageTexts>]>)('%s catalog', (_, texts) => {
  it('has every entry in en, zh-Hans and zh-Hant with the same placeholders', () => {
    expect(Object.keys(texts).length).toBeGreaterThan(5);
    for (const [id, t] of Object.entries(texts)) {
      for (const lang of ['en', 'zh-Hans', 'zh-Hant'] as const)
        expect(t[lang]?.trim(), `${id} ${lang}`).toBeTruthy();
      expect(placeholders(t['zh-Hans']), id).toEqual(placeholders(t.en));
      expect(placeholders(t['zh-Hant']), id).toEqual(placeholders(t.en));
      expect(t['zh-Hans'], id).toMatch(/[\u4e00-\u9fff]/);
      expect(t.en, id).not.toMatch(/^\{\w+\}$/);
    }
  });
});

describe('category texts', () => {
  it('has a label for every category and the note of every category that has one', () => {
    for (const c of CATEGORIES) {
      expect(CATEGORY_MESSAGES.texts[`label:${c.id}`]?.['zh-Hans']).toBeTruthy();
      if (c.note) expect(CATEGORY_MESSAGES.texts[`note:${c.id}`]?.['zh-Hant']).toBeTruthy();
    }
  });

  it('translates how a value was mapped, with the category label and its note inside', () => {
    const nearest = resolveCategory('ceramic coffee mug for the kitchen');
    expect(nearest.match).toBe('nearest');
    const zh = CATEGORY_MESSAGES.translate(nearest.note!, 'zh-Hans');
    expect(zh).toBe(
      '“ceramic coffee mug for the kitchen”已归入最接近的品类：家居厨房（依据“kitchen”）。接触食品的产品（杯子、锅具、容器）还须遵守食品接触材料规则：这类产品请使用 food-contact 品类。',
    );
    const general = resolveCategory('quantum gizmos');
    expect(CATEGORY_MESSAGES.translate(general.note!, 'zh-Hant')).toBe(
      '「quantum gizmos」不屬於任何商品品類：僅適用所有消費品的通用規則（通用產品安全、消費者權益、平台規則、稅務）；未檢查品類專屬規則。',
    );
    const excluded = resolveCategory('情趣用品');
    expect(CATEGORY_MESSAGES.translate(excluded.note!, 'zh-Hans')).toMatch(
      /^成人用品（情趣玩具）不在覆盖范围内/,
    );
  });
});
