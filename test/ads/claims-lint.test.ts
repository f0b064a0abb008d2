// Each claim rule fires where it should and stays quiet where it should not, and blocking claims are rewritten.
import { describe, expect, it } from 'vitest';
import { lintText, removeBlocking } from '../../tools/claims/lint';
import { CLAIM_RULES, type ClaimContext } from '../../tools/claims/rules';

const now = new Date('2026-11-25T00:00:00Z');
const de: ClaimContext = { markets: ['EU', 'DE'], now };
const us: ClaimContext = { markets: ['US'], now };
const sa: ClaimContext = { markets: ['SA'], now };
const ids = (text: string, ctx: ClaimContext, field = 'descriptions') =>
  lintText(text, field, ctx).map((f) => `${f.rule_id}:${f.severity}`);

// rule id -> [context, text that fires, text that must not fire]
const cases: Record<string, [ClaimContext, string, string, string?]> = {
  'health-medical-claim': [us, 'Cures joint pain overnight', 'Cushioned insole for long walks'],
  'fda-approved-claim': [us, 'FDA approved serum', 'Serum with hyaluronic acid'],
  'unsubstantiated-ranking': [us, '#1 trail shoe in America', 'Trail shoe with 4 mm drop'],
  'superlative-puffery': [us, 'The best grip on wet rock', 'Grippy on wet rock'],
  'price-reduction-prior-price': [de, '30% off this week', 'Now in three colours'],
  'generic-environmental-claim': [
    de,
    'Eco-friendly packaging',
    'Packaging with 70% recycled cardboard',
  ],
  'fake-scarcity': [us, 'Only 3 left, hurry', 'Ships in 2 days'],
  'undisclosed-advertising': [
    us,
    'Honest review: I love them #notsponsored',
    'Ad: see our new shoes',
  ],
  'review-claim': [us, '5-star rated by runners', 'Rated for trail use'],
  'made-in-usa-claim': [us, 'Made in USA', 'Designed in Oregon'],
  'sa-alcohol': [sa, 'Set with red wine glasses and wine', 'Alcohol-free perfume'],
  'sa-pork': [sa, 'Pigskin leather wallet', 'Cowhide leather wallet'],
  'sa-religious-items': [sa, 'Christmas tree decorations', 'Lantern decorations'],
  'halal-claim': [{ markets: ['MY'], now }, 'Halal certified snacks', 'Crunchy snacks'],
  'e-cigarette-banned-market': [{ markets: ['SG'], now }, 'Disposable vape pen', 'Disposable pen'],
  'google-headline-exclamation': [
    { markets: ['US'], now, platform: 'google_search' },
    'Trail Shoes!',
    'Trail Shoes',
    'headlines',
  ],
  'amazon-ads-prohibited-phrase': [
    { markets: ['US'], now, platform: 'amazon_sponsored_brands' },
    'Click here for shoes',
    'Shoes for rocky trails',
  ],
};

describe('claims linter', () => {
  it('has a test case for every rule', () => {
    expect(Object.keys(cases).sort()).toEqual(CLAIM_RULES.map((r) => r.id).sort());
  });

  for (const [id, [ctx, fires, quiet, field]] of Object.entries(cases)) {
    it(`${id} fires and stays quiet`, () => {
      const hits = lintText(fires, field ?? 'descriptions', ctx);
      expect(hits.map((h) => h.rule_id)).toContain(id);
      const hit = hits.find((h) => h.rule_id === id)!;
      expect(hit.text.length).toBeGreaterThan(0);
      expect(fires).toContain(hit.text);
      expect(hit.suggestion.length).toBeGreaterThan(10);
      expect(lintText(quiet, field ?? 'descriptions', ctx).map((h) => h.rule_id)).not.toContain(id);
    });
  }

  it('applies market rules only in their markets', () => {
    expect(ids('Red wine gift set', de)).toEqual([]);
    expect(ids('Made in USA', de)).toEqual([]);
  });

  it('makes EU price reductions blocking unless the 30-day lowest prior price is confirmed', () => {
    expect(ids('30% off', de)).toEqual(['price-reduction-prior-price:blocking']);
    expect(ids('30% off', { ...de, offer: { prior_price_is_lowest_30_days: true } })).toEqual([
      'price-reduction-prior-price:info',
    ]);
    expect(ids('30% off', us)).toEqual(['price-reduction-prior-price:warning']);
  });

  it('bans generic green claims in the EU from 27 September 2026 only', () => {
    expect(ids('Eco-friendly bottle', { ...de, now: new Date('2026-09-26T12:00:00Z') })).toEqual([
      'generic-environmental-claim:warning',
    ]);
    expect(ids('Eco-friendly bottle', { ...de, now: new Date('2026-09-27T00:00:00Z') })).toEqual([
      'generic-environmental-claim:blocking',
    ]);
    expect(ids('Eco-friendly bottle', us)).toEqual(['generic-environmental-claim:warning']);
  });

  it('downgrades substantiated claims and real deadlines', () => {
    expect(
      ids('#1 trail shoe', { ...us, substantiated: ['#1 trail shoe (Runner survey 2026)'] }),
    ).toEqual(['unsubstantiated-ranking:info']);
    expect(ids('Ends today', { ...us, offer: { ends_at: '2026-11-25' } })).toEqual([
      'fake-scarcity:warning',
    ]);
  });

  it('rewrites blocking claims out of the text, or drops a text with nothing left', () => {
    expect(removeBlocking('#1 Trail Running Shoes', 'headlines', us).text).toBe(
      'Trail Running Shoes',
    );
    expect(removeBlocking('Eco-friendly shoes, waterproof. Shop now.', 'd', de).text).toBe(
      'Waterproof. Shop now.',
    );
    expect(removeBlocking('Waterproof shoes. 30% off today.', 'd', de).text).toBe(
      'Waterproof shoes.',
    );
    const dropped = removeBlocking('Cures back pain', 'd', us);
    expect(dropped.text).toBeNull();
    expect(dropped.removed[0].rule_id).toBe('health-medical-claim');
  });

  it('takes a claim in parentheses out with its parentheses and leaves clean punctuation', () => {
    expect(
      removeBlocking('Waterproof trail shoes (eco-friendly) for wet days.', 'd', de).text,
    ).toBe('Waterproof trail shoes for wet days.');
    expect(removeBlocking('Trail shoes, 30% off!', 'd', de).text).toBe('Trail shoes');
    expect(removeBlocking('Hurry, only 2 left, buy now!', 'd', us).text).toBe('Buy now!');
    expect(removeBlocking('Light shoes (rated #1)!', 'd', us).text).toBe('Light shoes!');
  });
});
