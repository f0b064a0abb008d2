// generate_ad_copy through the invoke wrapper and the real CLI: limits per platform counted the platform's way
// (CJK = 2 on Google), claims rewritten or dropped, template mode without a model and the model path with a
// scripted OpenAI-compatible server.
import { describe, expect, it } from 'vitest';
import { invokeTool } from '../../tools/invoke';
import { toolAnswer } from '../../tools/define-tool';
import { answerToMarkdown } from '../../core/answer-markdown';
import { AD_PLATFORMS, AD_SPECS } from '../../tools/ads/platform-specs';
import { countChars } from '../../tools/text/length';
import { useToolHarness } from '../helpers/tool-harness';
import { runCli, tempDataDir } from '../helpers/run-cli';
import { englishFragments } from '../helpers/catalog-english';
import { AD_NOTES, CLASS_TEXTS } from '../../tools/ads/note-texts';

const harness = useToolHarness('generate_ad_copy');
const ads = harness.call;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Out = any;

const shoes = {
  name: 'Trail running shoes',
  brand: 'Ridgeway',
  features: ['waterproof', '320 g'],
  benefits: ['Dry feet on wet trails'],
};

function expectWithinLimits(out: Out, platform: (typeof AD_PLATFORMS)[number]) {
  const spec = AD_SPECS[platform];
  expect(out.variants.length).toBeGreaterThan(0);
  for (const variant of out.variants)
    for (const field of spec.fields) {
      const items = variant[field.name];
      expect(items.length).toBeGreaterThanOrEqual(field.minItems);
      expect(items.length).toBeLessThanOrEqual(field.maxItems);
      for (const item of items) {
        expect(item.chars).toBe(countChars(item.text, spec.counting));
        expect(item.chars).toBeLessThanOrEqual(field.maxChars);
      }
    }
}

describe('generate_ad_copy without a language model', () => {
  it('keeps Sponsored Brands variants without a brand, with a placeholder the seller fills in', async () => {
    const { brand: _brand, ...unbranded } = shoes;
    const out = await ads({
      product: unbranded,
      platform: 'amazon_sponsored_brands',
      market: 'US',
    });
    expect(out.variants.length).toBeGreaterThan(0);
    expect(out.variants[0].brand_name[0].text).toBe('[Your brand]');
    expect(out.notes.join(' ')).toMatch(/replace \[Your brand\]/);
    const branded = await ads({
      product: shoes,
      platform: 'amazon_sponsored_brands',
      market: 'US',
    });
    expect(branded.variants[0].brand_name[0].text).toBe('Ridgeway');
  });

  it('builds Google variants within 30/90 and converts grams to ounces for the US', async () => {
    const out = await ads({ product: shoes, platform: 'google_search', market: 'US' });
    expect(out.mode).toBe('template');
    expect(out.variants).toHaveLength(3);
    expectWithinLimits(out, 'google_search');
    expect(out.limits.find((l: Out) => l.field === 'headlines')).toMatchObject({
      max_chars: 30,
      min_items: 3,
    });
    const text = JSON.stringify(out.variants);
    expect(text).toContain('11.3 oz');
    expect(text).not.toContain('320 g');
  });

  for (const platform of AD_PLATFORMS)
    it(`stays within the ${platform} limits`, async () => {
      const out = await ads({ product: shoes, platform, market: 'GB', variants: 2 });
      expectWithinLimits(out, platform);
      expect(out.sources.length).toBeGreaterThan(0);
    });

  it('counts Japanese as double width on Google and keeps headlines within 30', async () => {
    const out = await ads({
      product: {
        name: '防水トレイルランニングシューズ',
        features: ['軽量320g', '滑りにくいソール'],
      },
      platform: 'google_search',
      market: 'JP',
    });
    expectWithinLimits(out, 'google_search');
    const first = out.variants[0].headlines[0];
    expect(first.chars).toBe(2 * [...first.text].length);
    // The 15-character name is 30 wide: it just fits; "name・feature" would not.
    expect(out.variants[0].headlines.map((h: Out) => h.text)).toContain(
      '防水トレイルランニングシューズ',
    );
  });

  it('rewrites or drops blocking claims and reports each finding', async () => {
    const out = await ads({
      product: {
        name: 'Trail running shoes',
        features: ['#1 rated grip', 'eco-friendly', 'cures back pain'],
        benefits: ['30% off this week only'],
      },
      platform: 'meta',
      market: 'DE',
    });
    const text = JSON.stringify(out.variants);
    for (const banned of ['#1', 'eco-friendly', 'cures', '30% off'])
      expect(text.toLowerCase()).not.toContain(banned.toLowerCase());
    const rules = new Set(
      out.lint.filter((l: Out) => l.action !== 'kept').map((l: Out) => l.rule_id),
    );
    for (const id of [
      'unsubstantiated-ranking',
      'generic-environmental-claim',
      'health-medical-claim',
      'price-reduction-prior-price',
    ])
      expect(rules).toContain(id);
    expect(out.citations.map((c: Out) => c.id)).toEqual(
      expect.arrayContaining(['eu-ecgt-green-claims-2026', 'eu-omnibus-prior-price-30-days']),
    );
    expectWithinLimits(out, 'meta');
  });

  it('rejects an unknown market and platform with the field named', async () => {
    const r = await invokeTool(
      harness.deps.registry,
      harness.deps,
      'generate_ad_copy',
      { product: shoes, platform: 'myspace', market: 'Atlantis' },
      { surface: 'cli' },
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid_input');
      const paths = r.error.details.issues!.map((i) => i.path);
      expect(paths).toEqual(expect.arrayContaining(['platform', 'market']));
    }
  });
});

describe('generate_ad_copy with a language model', () => {
  it('validates model variants: regenerates over-limit text and rewrites claims', async () => {
    const withLlm = harness.withLlm();
    harness.llm.push(
      {
        text: JSON.stringify({
          variants: [
            {
              headlines: [
                'Waterproof Trail Shoes',
                'Grip That Holds On Every Wet Rock Trail',
                '#1 Trail Shoe',
              ],
              descriptions: [
                'Stay dry on wet trails with a waterproof upper and grippy outsole.',
                'Light at 11.3 oz. Shop now.',
              ],
              paths: ['trail-shoes'],
            },
          ],
        }),
      },
      { text: JSON.stringify({ texts: ['Grip on Wet Rock'] }) },
    );
    const out = await ads(
      { product: shoes, platform: 'google_search', market: 'US', variants: 1 },
      withLlm,
    );
    expect(out.mode).toBe('llm');
    expectWithinLimits(out, 'google_search');
    const headlines = out.variants[0].headlines.map((h: Out) => h.text);
    expect(headlines).toEqual(['Waterproof Trail Shoes', 'Grip on Wet Rock', 'Trail Shoe']);
    expect(out.lint).toContainEqual(
      expect.objectContaining({
        rule_id: 'unsubstantiated-ranking',
        action: 'rewritten',
        text: '#1',
      }),
    );
    expect(harness.llm.requests.at(-1)!.body.messages[1].content).toContain(
      'Grip That Holds On Every Wet Rock Trail',
    );
  });

  it('shortens at a word boundary when the regenerated text is still too long', async () => {
    const withLlm = harness.withLlm();
    harness.llm.push(
      {
        text: JSON.stringify({
          variants: [
            { headline: ['Ridgeway waterproof trail running shoes for every wet mountain trail'] },
          ],
        }),
      },
      {
        text: JSON.stringify({
          texts: ['Ridgeway waterproof trail running shoes for wet mountain trails'],
        }),
      },
    );
    const out = await ads(
      { product: shoes, platform: 'amazon_sponsored_display', market: 'US', variants: 1 },
      withLlm,
    );
    expect(out.variants[0].headline[0].text).toBe(
      'Ridgeway waterproof trail running shoes for wet',
    );
    expect(out.notes.join(' ')).toContain('word boundary');
  });

  it('falls back to templates when the model fails', async () => {
    const withLlm = harness.withLlm();
    harness.llm.push({ status: 400, message: 'bad request' });
    const out = await ads({ product: shoes, platform: 'tiktok', market: 'US' }, withLlm);
    expect(out.mode).toBe('template');
    expectWithinLimits(out, 'tiktok');
  });
});

describe('the real CLI', () => {
  it('returns Google variants within 30/90 characters with no key', async () => {
    const run = await runCli(
      [
        'tool',
        'generate_ad_copy',
        '{"product":{"name":"Trail running shoes","features":["waterproof","320 g"]},"platform":"google_search","market":"US"}',
      ],
      { DATA_DIR: tempDataDir(), DEMO_DATA: '0', LOG_LEVEL: 'silent' },
    );
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.mode).toBe('template');
    expect(out.variants.length).toBe(3);
    for (const v of out.variants) {
      expect(v.headlines.length).toBeGreaterThanOrEqual(3);
      for (const h of v.headlines) expect([...h.text].length).toBeLessThanOrEqual(30);
      for (const d of v.descriptions) expect([...d.text].length).toBeLessThanOrEqual(90);
    }
  }, 120_000);
});

describe('generate_ad_copy from what a seller types, without a model', () => {
  const BROKEN = /\s{2}|\s[,.;:!?]|[!?]\.|\(\s*\)|,[.!?]|^[\s,.;:]/;
  const texts = (out: Out): string[] =>
    out.variants.flatMap((v: Out) =>
      Object.values(v).flatMap((items) => (items as Out[]).map((i) => i.text)),
    );

  it('writes Google search ads within the limits from the demo product name alone', async () => {
    const out = await ads({
      product: 'waterproof trail running shoes',
      platform: 'google_search',
      market: 'US',
    });
    expect(out.variants.length).toBeGreaterThan(0);
    expectWithinLimits(out, 'google_search');
    for (const text of texts(out)) {
      expect(text).not.toMatch(BROKEN);
      // No word twice in one text ("Waterproof ... Waterproof").
      const words = text.toLowerCase().match(/[a-z]{3,}/g) ?? [];
      const content = words.filter((w) => !['now', 'shop', 'online', 'order', 'today'].includes(w));
      expect(new Set(content).size).toBe(content.length);
    }
    // Shorter names keep the head noun: "Trail Running Shoes", never "... Trail Running".
    const headlines = out.variants.flatMap((v: Out) => v.headlines.map((h: Out) => h.text));
    expect(headlines).toContain('Trail Running Shoes');
    expect(headlines.every((h: string) => /Shoes\b/.test(h))).toBe(true);
  });

  for (const platform of AD_PLATFORMS)
    it(`gives valid ${platform} variants for a plain product name, with the brand when given`, async () => {
      const out = await ads({
        product: 'Insulated water bottle, 750 ml, keeps drinks cold 24 h',
        brand: 'Lumio',
        platform,
        market: 'US',
      });
      expectWithinLimits(out, platform);
      const all = texts(out).join('\n');
      expect(all).not.toContain('[Your brand]');
      if (AD_SPECS[platform].fields.some((f) => f.name === 'brand_name'))
        expect(out.variants[0].brand_name[0].text).toBe('Lumio');
      // 750 ml is volume, and in the US it is fluid ounces.
      if (/\d/.test(all)) expect(all).toContain('25.4 fl oz');
      for (const text of texts(out)) expect(text).not.toMatch(BROKEN);
    });

  it('accepts the platform as sellers name it', async () => {
    for (const [name, id] of [
      ['Facebook', 'meta'],
      ['Instagram', 'meta'],
      ['Google Ads', 'google_search'],
      ['亚马逊', 'amazon_sponsored_products'],
      ['Sponsored Brands', 'amazon_sponsored_brands'],
    ]) {
      const out = await ads({ product: 'yoga mat', platform: name, market: 'US', variants: 1 });
      expect(out.platform).toBe(id);
      expect(out.variants.length).toBe(1);
    }
  });

  it('writes a Chinese product for TikTok: in Chinese for China, with a visible note for the US', async () => {
    const cn = await ads({ product: '保温水杯', platform: 'tiktok', market: 'CN' });
    expectWithinLimits(cn, 'tiktok');
    expect(cn.language).toBe('zh');
    expect(cn.variants[0].ad_text[0].text).toMatch(/保温水杯.*(购买|下单)/);
    for (const text of texts(cn)) expect(text).not.toMatch(/Shop now|。 /);
    const us = await ads({ product: '保温水杯', platform: 'tiktok', market: 'US' });
    expectWithinLimits(us, 'tiktok');
    expect(us.notes.join(' ')).toMatch(/does not translate.*保温水杯/);
  });

  it('says so when the copy is English because the market language has no phrases', async () => {
    const out = await ads({ product: 'yoga mat', platform: 'meta', market: 'TH' });
    expect(out.language).toBe('th');
    expect(out.variants.length).toBeGreaterThan(0);
    expect(out.notes.join(' ')).toMatch(/The copy is in English: there is no th phrase pack/);
    const de = await ads({ product: 'Yogamatte rutschfest', platform: 'meta', market: 'DE' });
    expect(texts(de).join(' ')).toMatch(/Jetzt kaufen|bestellen|entdecken/);
    expect(de.notes.join(' ')).not.toMatch(/The copy is in English/);
  });

  it('shows the notes in Chinese for a Chinese seller, and in English unchanged', async () => {
    const tool = harness.deps.registry.get('generate_ad_copy');
    const earbuds = await ads({
      product: '蓝牙耳机',
      platform: 'tiktok',
      market: 'US',
      variants: 3,
    });
    const sb = await ads({
      product: 'yoga mat',
      platform: 'amazon_sponsored_brands',
      market: 'US',
    });
    const vape = await ads({
      product: 'Disposable vape pen, mint',
      platform: 'meta',
      market: 'US',
    });
    const english = englishFragments({ ...AD_NOTES, ...CLASS_TEXTS });
    for (const out of [earbuds, sb, vape]) {
      expect(out.notes.length).toBeGreaterThan(0);
      const en = answerToMarkdown(toolAnswer(tool, out, 'en'));
      for (const note of out.notes) expect(en).toContain(note);
      for (const lang of ['zh-Hans', 'zh-Hant'] as const) {
        const zh = answerToMarkdown(toolAnswer(tool, out, lang));
        for (const fragment of english) expect(zh).not.toContain(fragment);
      }
    }
    const hans = answerToMarkdown(toolAnswer(tool, earbuds, 'zh-Hans'));
    expect(hans).toContain('未配置语言模型：广告方案根据模板和商品数据生成。');
    expect(hans).toContain('ad_text ≤ 100 (硬性上限)');
    expect(hans).toContain('模板文案不做翻译：商品名称和卖点按原文显示（“蓝牙耳机”）');
    expect(answerToMarkdown(toolAnswer(tool, sb, 'zh-Hant'))).toContain(
      '會顯示你的註冊品牌名：請替換 [Your brand]（或傳入 product.brand）。',
    );
    expect(answerToMarkdown(toolAnswer(tool, vape, 'zh-Hans'))).toMatch(
      /禁止: 烟草、电子烟和雾化产品: .*\n[\s\S]*烟草、电子烟和雾化产品：/,
    );
  });

  it('writes no ads for prohibited products and flags restricted ones with the platform policy', async () => {
    const vape = await ads({
      product: 'Disposable vape pen, mint',
      platform: 'meta',
      market: 'US',
    });
    expect(vape.variants).toEqual([]);
    expect(vape.summary).toMatch(/No ads written/);
    expect(vape.restricted[0]).toMatchObject({
      class: 'tobacco-vapes',
      status: 'prohibited',
      source: expect.stringMatching(/Meta Advertising Standards/),
    });
    expect(
      answerToMarkdown(toolAnswer(harness.deps.registry.get('generate_ad_copy'), vape)),
    ).toMatch(/prohibited: Tobacco/);
    for (const [product, cls] of [
      ['CBD oil 1000 mg', 'cbd'],
      ['Pocket pistol holster and ammo', 'weapons'],
      ['Silicone sex toy', 'adult'],
      ['Viagra tablets, prescription drugs', 'prescription-drugs'],
    ]) {
      const out = await ads({ product, platform: 'tiktok', market: 'US' });
      expect(out.restricted.map((r: Out) => r.class)).toContain(cls);
      expect(out.variants).toEqual([]);
    }
    // Google allows limited CBD (topicals, certified): restricted, so ads are written with the policy noted.
    const cbd = await ads({
      product: 'CBD balm, topical',
      platform: 'google_search',
      market: 'US',
    });
    expect(cbd.restricted[0]).toMatchObject({ class: 'cbd', status: 'restricted' });
    expect(cbd.variants.length).toBeGreaterThan(0);
    expect(cbd.notes.join(' ')).toMatch(/LegitScript/);
    // A supplement is flagged only with a health claim, and the claim never reaches the copy.
    const plain = await ads({ product: 'Vitamin C gummies', platform: 'meta', market: 'US' });
    expect(plain.restricted).toEqual([]);
    const claimed = await ads({
      product: 'Vitamin C gummies, boosts immunity',
      platform: 'meta',
      market: 'US',
    });
    expect(claimed.restricted[0]).toMatchObject({
      class: 'supplement-health-claims',
      status: 'restricted',
    });
    // Everyday products with risky-sounding words are not flagged.
    for (const product of ['Hot glue gun', 'Massage gun', 'Bullet journal', 'Adult bike helmet']) {
      const out = await ads({ product, platform: 'meta', market: 'US', variants: 1 });
      expect(out.restricted).toEqual([]);
    }
  });

  it('leaves no broken punctuation where claims were removed', async () => {
    const out = await ads({
      product: {
        name: 'Trail running shoes',
        features: ['grippy sole (eco-friendly)', '#1 rated', 'cures back pain'],
        benefits: ['Dry feet (30% off this week)!', 'Only 3 left, hurry!'],
      },
      platform: 'meta',
      market: 'DE',
    });
    expect(out.lint.filter((l: Out) => l.action !== 'kept').length).toBeGreaterThan(0);
    for (const text of texts(out)) {
      expect(text).not.toMatch(BROKEN);
      expect(text).not.toMatch(/eco-friendly|#1|cures|30%|left/i);
    }
  });
});
