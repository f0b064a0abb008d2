// localize_listing through the invoke wrapper on a real database with the bundled knowledge: units, prices and
// FX_RATES_FILE, platform limits, notices with citations per market, content flags, and the model path.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { invokeTool } from '../../tools/invoke';
import { testConfig } from '../helpers/test-deps';
import { tempDir } from '../helpers/temp-dirs';
import { useToolHarness } from '../helpers/tool-harness';
import { englishFragments } from '../helpers/catalog-english';
import { toolAnswer } from '../../tools/define-tool';
import { answerToMarkdown } from '../../core/answer-markdown';
import { CATEGORY_MESSAGES } from '../../core/domain/categories';
import { WARNINGS } from '../../tools/localization/warning-texts';

const harness = useToolHarness('localize_listing');
const localize = harness.call;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Out = any;

const shoeListing = {
  title: 'Kids Building Blocks Set!',
  bullets: ['Box measures 10 x 8 x 2 in', 'Ages 3 and up'],
  description: 'A bright set of blocks for creative play.',
  attributes: {
    weight: { value: 2.5, unit: 'lb' },
    dimensions: '10 x 8 x 2 in',
    material: 'ABS plastic',
  },
  price: { amount: 29.99, currency: 'USD' },
};

const base = { listing: shoeListing, category: 'toys', source_market: 'US', platform: 'amazon' };

describe('localize_listing without a language model', () => {
  it('converts units and formats numbers for Germany, converts the price and marks text for translation', async () => {
    const out = await localize({ ...base, target_market: 'DE' });
    expect(out.mode).toBe('deterministic');
    expect(out.language).toBe('de');
    expect(out.listing.bullets[0]).toBe('Box measures 25,4 x 20,3 x 5,1 cm');
    expect(out.listing.attributes).toMatchObject({
      weight: '1,13 kg',
      dimensions: '25,4 x 20,3 x 5,1 cm',
      material: 'ABS plastic',
    });
    expect(out.conversions).toContainEqual({
      field: 'attributes.weight',
      from: { value: 2.5, unit: 'lb' },
      to: { value: 1.13, unit: 'kg' },
    });
    expect(out.needs_translation).toEqual(['title', 'bullets', 'description']);
    expect(out.listing.language).toBe('en');
    // Bundled table: EUR base, USD 1.16 → 29.99 / 1.16 = 25.853..., with 19% German VAT = 30.7656 → 30.77,
    // of which VAT 30.77 - 30.77 / 1.19 = 4.91.
    expect(out.price).toMatchObject({ amount: 30.77, currency: 'EUR', rate_date: '2026-11-20' });
    expect(out.price.vat).toEqual({ rate: 19, amount: 4.91, document_id: 'de-vat-standard-rate' });
    expect(out.price.rate).toBeCloseTo(1 / 1.16, 6);
    expect(out.price.formatted).toBe('30,77\u00a0€');
    expect(out.citations.map((c: Out) => c.id)).toEqual(
      expect.arrayContaining(['de-vat-standard-rate', 'eu-import-vat-22-exemption-abolished']),
    );
    expect(out.warnings.map((w: Out) => w.code)).toContain('fx_indicative');
    // Amazon forbids "!" in titles.
    expect(out.listing.title).toBe('Kids Building Blocks Set');
    expect(out.limits).toContainEqual(
      expect.objectContaining({ field: 'title', action: 'characters_removed' }),
    );
  });

  it('converts metric to US units for a US target', async () => {
    const out = await localize({
      listing: {
        title: 'Trinkflasche 750 ml',
        bullets: ['Gewicht 320 g'],
        attributes: { height: '25,4 cm' },
      },
      category: 'food-contact',
      source_market: 'DE',
      target_market: 'US',
      platform: 'shopify',
    });
    expect(out.listing.title).toBe('Trinkflasche 25.4 fl oz');
    expect(out.listing.attributes.height).toBe('10 in');
    expect(out.conversions).toContainEqual({
      field: 'title',
      from: { value: 750, unit: 'ml' },
      to: { value: 25.4, unit: 'fl oz' },
    });
    expect(out.needs_translation).toEqual(['title', 'bullets']);
    expect(out.price).toBeNull();
  });

  it('prices the demo water bottle in yen for Amazon Japan and keeps its 750 ml', async () => {
    const out = await localize({
      listing: {
        title: 'Insulated water bottle, 750 ml',
        price: { amount: 24.99, currency: 'USD' },
      },
      category: 'water bottle',
      source_market: 'US',
      target_market: 'JP',
      platform: 'amazon',
    });
    expect(out.price).toMatchObject({ currency: 'JPY', from: { amount: 24.99, currency: 'USD' } });
    expect(Number.isInteger(out.price.amount)).toBe(true);
    expect(out.price.amount).toBeGreaterThan(24.99 * 100);
    expect(out.price.formatted).toMatch(/^￥[\d,]+$/);
    expect(out.summary).toContain(out.price.formatted);
    expect(out.listing.title).toContain('750 ml');
    expect(out.conversions).toEqual([]);
    expect(out.category).toMatchObject({ id: 'food-contact', match: 'known' });
  });

  it('reads oz as fluid ounces in a bottle listing, title and bullets alike, but not a stated weight', async () => {
    const out = await localize({
      listing: {
        title: 'Stainless steel water bottle 32 oz',
        bullets: ['Holds 32 oz of cold water for 24 hours', 'Weighs only 12 oz'],
        attributes: { capacity: { value: 32, unit: 'oz' }, weight: { value: 12, unit: 'oz' } },
      },
      category: 'kitchen',
      source_market: 'US',
      target_market: 'DE',
      platform: 'amazon',
    });
    expect(out.listing.title).toBe('Stainless steel water bottle 946 ml');
    expect(out.listing.bullets).toEqual([
      'Holds 946 ml of cold water for 24 hours',
      'Weighs only 340 g',
    ]);
    expect(out.listing.attributes).toMatchObject({ capacity: '946 ml', weight: '340 g' });
    const units = (field: string) =>
      out.conversions.filter((c: Out) => c.field === field).map((c: Out) => c.from.unit);
    expect(units('title')).toEqual(['fl oz']);
    expect(units('bullets.0')).toEqual(['fl oz']);
    expect(units('bullets.1')).toEqual(['oz']);
    // A yoga mat's ounces stay a weight.
    const mat = await localize({
      listing: { title: 'Yoga mat 72 x 24 inches, 40 oz' },
      category: 'yoga mat',
      source_market: 'US',
      target_market: 'DE',
      platform: 'amazon',
    });
    expect(mat.listing.title).toBe('Yoga mat 182,9 x 61 cm, 1,13 kg');
  });

  it.each(['sports', 'yoga mat', 'home', 'Sports & Outdoors > Yoga'])(
    'localizes a yoga mat filed under "%s"',
    async (category) => {
      const out = await localize({
        listing: {
          title: 'Non-slip yoga mat 72 x 24 inches',
          price: { amount: 39, currency: 'USD' },
        },
        category,
        source_market: 'US',
        target_market: 'GB',
        platform: 'amazon',
      });
      expect(out.listing.title).toBe('Non-slip yoga mat 182.9 x 61 cm');
      expect(out.price.currency).toBe('GBP');
      expect(['sports-outdoors', 'home-kitchen']).toContain(out.category.id);
    },
  );

  it('maps an unknown category to the general rules with a warning instead of rejecting it', async () => {
    const out = await localize({
      listing: { title: 'Quantum flux widget' },
      category: 'quantum gizmos',
      source_market: 'US',
      target_market: 'DE',
      platform: 'amazon',
    });
    expect(out.category).toMatchObject({ id: 'general', match: 'general' });
    const warning = out.warnings.find((w: Out) => w.code === 'category_general');
    expect(warning.message).toMatch(/quantum gizmos.*rules for all consumer goods/);
    // The rules for every product still apply: GPSR for Germany.
    expect(out.notices.map((n: Out) => n.id)).toContain('eu-gpsr-listing-info');
  });

  it('uses FX_RATES_FILE when set, and fails clearly when it is invalid', async () => {
    const dir = tempDir('tp-fx-');
    const good = path.join(dir, 'rates.json');
    fs.writeFileSync(
      good,
      JSON.stringify({ date: '2026-11-24', base: 'USD', rates: { EUR: 0.5, GBP: 0.25 } }),
    );
    const withFile = { ...harness.deps, config: testConfig({ FX_RATES_FILE: good }) };
    const out = await localize({ ...base, target_market: 'GB' }, withFile);
    // 29.99 × 0.25 = 7.4975, with 20% UK VAT = 8.997 → 9.00, of which VAT 1.50.
    expect(out.price).toMatchObject({
      amount: 9,
      currency: 'GBP',
      rate: 0.25,
      rate_date: '2026-11-24',
      vat: { rate: 20, amount: 1.5, document_id: 'gb-vat-135-point-of-sale' },
    });
    expect(out.price.rates_source).toContain('FX_RATES_FILE');

    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify({ date: '24.11.2026', base: 'USD', rates: { EUR: -1 } }));
    const r = await invokeTool(
      harness.deps.registry,
      { ...harness.deps, config: testConfig({ FX_RATES_FILE: bad }) },
      'localize_listing',
      { ...base, target_market: 'FR' },
      { surface: 'cli' },
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('fx_rates_invalid');
      expect(r.error.message).toContain('date');
      expect(r.error.message).toContain('rates.EUR');
    }
  });

  it('takes the source market VAT out and puts the target market VAT in, and says so', async () => {
    const german = {
      ...base,
      source_market: 'DE',
      listing: { ...shoeListing, price: { amount: 30, currency: 'EUR' } },
    };
    // 30 / 1.19 = 25.21 net; × 1.20 = 30.25 in France.
    const fr = await localize({ ...german, target_market: 'FR' });
    expect(fr.price).toMatchObject({ amount: 30.25, vat: { rate: 20, amount: 5.04 } });
    expect(fr.warnings.find((w: Out) => w.code === 'price_vat').message).toBe(
      '19% DE VAT taken out of the source price; consumer prices in France must include VAT: 20% VAT (5.04 EUR) included.',
    );
    // 30 / 1.19 × 1.16 = 29.24 in the US, without VAT.
    const us = await localize({ ...german, target_market: 'US' });
    expect(us.price).toMatchObject({ amount: 29.24, currency: 'USD', vat: null });
  });

  it('enforces platform limits without cutting words', async () => {
    const out = await localize({
      listing: {
        title:
          'Waterproof Trail Running Shoes for Men and Women with Grippy Outsole and Breathable Mesh',
        bullets: ['Light', 'Grippy'],
        description: 'Great on rocky paths.',
      },
      category: 'apparel',
      source_market: 'US',
      target_market: 'MX',
      platform: 'mercado_libre',
    });
    expect(out.listing.title).toBe('Waterproof Trail Running Shoes for Men and Women with Grippy');
    expect(out.listing.title.length).toBeLessThanOrEqual(60);
    expect(out.listing.bullets).toEqual([]);
    expect(out.listing.description).toBe('• Light\n• Grippy\n\nGreat on rocky paths.');
    expect(out.limits).toContainEqual(
      expect.objectContaining({ field: 'title', max: 60, action: 'shortened' }),
    );
    expect(out.limits).toContainEqual(
      expect.objectContaining({ field: 'bullets', action: 'merged_into_description' }),
    );

    const many = await localize({
      listing: { title: 'Shoes', bullets: ['a1', 'b2', 'c3', 'd4', 'e5', 'f6', 'g7'] },
      category: 'apparel',
      source_market: 'US',
      target_market: 'GB',
      platform: 'amazon',
    });
    expect(many.listing.bullets).toHaveLength(5);
    expect(many.listing.description).toBe('• f6\n• g7');
  });
});

describe('required notices with citations', () => {
  const notice = (out: Out, id: string) => out.notices.find((n: Out) => n.id === id);
  const cited = (out: Out, docId: string) => out.citations.find((c: Out) => c.id === docId);

  it('DE: GPSR details in German and the toy warning, with sources', async () => {
    const out = await localize({
      ...base,
      target_market: 'DE',
      details: {
        manufacturer: 'Blocks Ltd, Shenzhen, info@blocks.example',
        eu_responsible_person: 'EU Rep GmbH, Berlin',
      },
    });
    const gpsr = notice(out, 'eu-gpsr-listing-info');
    expect(gpsr.language).toBe('de');
    expect(gpsr.text).toContain('Hersteller: Blocks Ltd, Shenzhen, info@blocks.example');
    expect(gpsr.text).toContain('Verantwortliche Person in der EU: EU Rep GmbH, Berlin');
    expect(gpsr.missing_details).toEqual(['product_id']);
    expect(notice(out, 'eu-toys-small-parts-warning').text).toContain(
      'Nicht für Kinder unter 36 Monaten',
    );
    expect(notice(out, 'eu-marketplace-gpsr-fields')).toBeTruthy();
    const c = cited(out, 'eu-gpsr-online-listing-info');
    expect(c.source_url).toMatch(/^https:\/\//);
    expect(c).toMatchObject({ status: 'in force' });
    expect(c.as_of).toBeTruthy();
  });

  it('FR: French-language requirement and GPSR in French', async () => {
    const out = await localize({ ...base, target_market: 'FR' });
    expect(notice(out, 'eu-gpsr-listing-info').text).toContain('Fabricant :');
    expect(notice(out, 'fr-french-language').text).toContain('français');
    expect(cited(out, 'fr-french-language-toubon')).toBeTruthy();
  });

  it('GB: UK importer, no EU GPSR', async () => {
    const out = await localize({
      ...base,
      target_market: 'GB',
      details: { uk_importer: 'Import Co, Leeds' },
    });
    expect(notice(out, 'gb-uk-importer').text).toContain('UK importer: Import Co, Leeds');
    expect(notice(out, 'eu-gpsr-listing-info')).toBeUndefined();
    expect(cited(out, 'gb-uk-importer-address')).toBeTruthy();
  });

  it('US-CA: Prop 65 warning on top of US rules; plain US gets none', async () => {
    const out = await localize({
      ...base,
      target_market: 'US-CA',
      details: { prop65_chemical: 'lead', prop65_endpoint: 'cancer' },
    });
    expect(out.target_market).toBe('US-CA');
    const p65 = notice(out, 'us-ca-prop65-warning');
    expect(p65.text).toContain('CA WARNING: This product can expose you to lead');
    expect(p65.text).toContain('www.P65Warnings.ca.gov');
    expect(cited(out, 'us-ca-prop65-short-form-2025').status).toBe('changed');
    expect(notice(out, 'us-childrens-product-certificate')).toBeTruthy();
    const us = await localize({ ...base, target_market: 'US' });
    expect(notice(us, 'us-ca-prop65-warning')).toBeUndefined();
  });

  it('CA-QC: French by default, Bill 96 and bilingual labels', async () => {
    const out = await localize({ ...base, target_market: 'CA-QC' });
    expect(out.language).toBe('fr');
    expect(out.locale).toBe('fr-CA');
    expect(notice(out, 'ca-qc-french').text).toContain('en français');
    expect(notice(out, 'ca-bilingual-label').language).toBe('fr');
    expect(cited(out, 'ca-qc-bill96-labelling-2025').source_url).toBeTruthy();
    expect(out.price.currency).toBe('CAD');
    expect(out.listing.attributes.weight).toBe('1,13 kg');
  });

  it('SA: Arabic safety and origin text', async () => {
    const out = await localize({
      ...base,
      target_market: 'SA',
      details: { country_of_origin: 'CN' },
    });
    const ar = notice(out, 'sa-arabic-safety-origin');
    expect(ar.language).toBe('ar');
    expect(ar.text).toContain('صنع في الصين');
    expect(ar.text).toContain('Made in China');
    expect(cited(out, 'sa-arabic-labeling')).toBeTruthy();
  });

  it('JP: disclosure page in Japanese; radio equipment gets Giteki', async () => {
    const out = await localize({ ...base, category: 'radio-equipment', target_market: 'JP' });
    expect(notice(out, 'jp-scta-disclosure').text).toContain('特定商取引法に基づく表記');
    expect(notice(out, 'jp-giteki').language).toBe('ja');
    expect(cited(out, 'jp-radio-law-giteki')).toBeTruthy();
    expect(out.price).toMatchObject({ currency: 'JPY' });
    expect(Number.isInteger(out.price.amount)).toBe(true);
  });
});

describe('restricted content flags', () => {
  it('flags alcohol and pork for Saudi Arabia with rule ids, not "alcohol-free"', async () => {
    const out = await localize({
      listing: {
        title: 'Gift box with red wine and pork jerky',
        bullets: ['Alcohol-free toner included'],
      },
      category: 'food',
      source_market: 'US',
      target_market: 'SA',
      platform: 'noon',
    });
    const codes = out.warnings
      .filter((w: Out) => w.severity === 'blocking')
      .map((w: Out) => `${w.code}:${w.text}`);
    expect(codes).toContain('sa-alcohol:wine');
    expect(codes).toContain('sa-pork:pork');
    expect(codes.some((c: string) => c.includes('Alcohol'))).toBe(false);
    expect(out.warnings.find((w: Out) => w.code === 'sa-alcohol').documents).toEqual([
      'sa-prohibited-goods',
    ]);
    // The same text for Germany raises no Saudi flags.
    const de = await localize({
      listing: { title: 'Gift box with red wine' },
      category: 'food',
      source_market: 'US',
      target_market: 'DE',
      platform: 'amazon',
    });
    expect(de.warnings.some((w: Out) => w.code.startsWith('sa-'))).toBe(false);
  });

  it('flags medical claims and "FDA approved" cosmetics', async () => {
    const out = await localize({
      listing: { title: 'FDA approved face serum', bullets: ['Clinically proven to treat acne'] },
      category: 'cosmetics',
      source_market: 'US',
      target_market: 'GB',
      platform: 'amazon',
    });
    const codes = out.warnings.map((w: Out) => w.code);
    expect(codes).toContain('fda-approved-claim');
    expect(codes).toContain('health-medical-claim');
  });

  it('reports a notice whose source document is missing instead of inventing it', async () => {
    await harness.deps.db.query('DELETE FROM documents WHERE id = $1', ['sa-arabic-labeling']);
    const out = await localize({ ...base, target_market: 'SA' });
    expect(out.notices.find((n: Out) => n.id === 'sa-arabic-safety-origin')).toBeUndefined();
    const w = out.warnings.find((x: Out) => x.code === 'notice_source_missing');
    expect(w.message).toContain('sa-arabic-labeling');
  });
});

describe('localize_listing answer in the seller language', () => {
  it('shows the warnings and the category note in Chinese, and in English unchanged', async () => {
    const out = await localize({
      listing: {
        title: 'Ceramic mug 350 ml',
        attributes: { capacity: { value: 2, unit: 'flurbs' } },
        price: { amount: 89, currency: 'CNY' },
      },
      category: 'ceramic mug for the kitchen',
      source_market: 'CN',
      target_market: 'DE',
      platform: 'amazon',
    });
    const codes = out.warnings.map((w: Out) => w.code);
    for (const code of ['category_nearest', 'unknown_unit', 'price_vat', 'fx_indicative'])
      expect(codes).toContain(code);
    expect(codes).toContain('notice_details_missing');
    const md = (lang: 'en' | 'zh-Hans' | 'zh-Hant') =>
      answerToMarkdown(toolAnswer(harness.deps.registry.get('localize_listing'), out, lang));
    const en = md('en');
    for (const w of out.warnings) expect(en).toContain(w.message);
    const hans = md('zh-Hans');
    expect(hans).toContain(
      '“ceramic mug for the kitchen”已归入最接近的品类：家居厨房（依据“kitchen”）。接触食品的产品',
    );
    expect(hans).toContain('无法识别单位“flurbs”；已保留原值。');
    expect(hans).toMatch(/Germany 的消费者价格必须含增值税：已含 19% 增值税（[\d.]+ EUR）。/);
    expect(hans).toContain(
      '价格按内置的 2026-11-20 参考汇率换算；如需使用自己的汇率，请设置 FX_RATES_FILE。',
    );
    expect(hans).toMatch(/请为声明“.+”填写 .+（通过 `details` 传入）。/);
    const hant = md('zh-Hant');
    expect(hant).toContain('無法識別單位「flurbs」；已保留原值。');
    expect(hant).toContain('已歸入最接近的品類：家居廚房');
    for (const zh of [hans, hant])
      for (const english of englishFragments({ ...WARNINGS, ...CATEGORY_MESSAGES.texts }))
        expect(zh).not.toContain(english);
  });
});

describe('localize_listing with a language model', () => {
  it('uses the translation, then re-checks limits and claims', async () => {
    const withLlm = harness.withLlm();
    harness.llm.push({
      text: JSON.stringify({
        title: 'Bausteine-Set für Kinder, 25,4 x 20,3 x 5,1 cm! Der beste Spaß',
        bullets: [
          'Box 25,4 x 20,3 x 5,1 cm',
          'Heilt Langeweile',
          'Klinisch getestet',
          'Ab 3 Jahren',
          'Bunt',
          'Extra',
        ],
        description: 'Ein buntes Set.',
      }),
    });
    const out = await localize({ ...base, target_market: 'DE' }, withLlm);
    expect(out.mode).toBe('llm');
    expect(out.needs_translation).toEqual([]);
    expect(out.listing.language).toBe('de');
    expect(out.listing.title).not.toContain('!');
    expect(out.listing.bullets).toHaveLength(5);
    expect(out.warnings.map((w: Out) => w.code)).toEqual(
      expect.arrayContaining(['superlative-puffery', 'health-medical-claim']),
    );
    const req = harness.llm.requests.at(-1)!;
    expect(req.body.messages[0].content).toContain('into de');
    expect(req.body.messages[1].content).toContain('25,4 x 20,3 x 5,1 cm');
  });

  it('falls back to the deterministic path when the model fails', async () => {
    const withLlm = harness.withLlm();
    harness.llm.push({ text: 'not json' });
    const out = await localize({ ...base, target_market: 'FR' }, withLlm);
    expect(out.mode).toBe('deterministic');
    expect(out.needs_translation).toContain('title');
    expect(out.warnings.map((w: Out) => w.code)).toContain('llm_failed');
  });
});
