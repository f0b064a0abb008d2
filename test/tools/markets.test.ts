// Market and category detection in free text (English, Chinese) used by the router and retrieval.
import { describe, expect, it } from 'vitest';
import { findMarkets, normalizeMarket, withEuInheritance } from '../../core/domain/markets';
import { CATEGORY_IDS, findCategories, resolveCategory } from '../../core/domain/categories';

describe('markets', () => {
  it('finds markets by name, Chinese name and upper-case code, in order', () => {
    expect(findMarkets('Bluetooth earbuds to Germany and France')).toEqual(['DE', 'FR']);
    expect(findMarkets('德國和日本的規則')).toEqual(['DE', 'JP']);
    expect(findMarkets('stock in the UK and US')).toEqual(['GB', 'US']);
    expect(findMarkets('从中国出口到沙特')).toEqual(['SA']);
  });

  it('does not read lower-case words or 3PL as market codes', () => {
    expect(findMarkets('what do I need for my 3PL warehouse')).toEqual([]);
    expect(findMarkets('is it ok to sell de-icer')).toEqual([]);
    expect(findMarkets('Do I need an FCC ID for earbuds in the US?')).toEqual(['US']);
    expect(findMarkets('stock in DE and IT')).toEqual(['DE', 'IT']);
  });

  it('normalizes names and codes, and adds EU rules for member states', () => {
    expect(normalizeMarket('uk')).toBe('GB');
    expect(normalizeMarket('Deutschland')).toBe('DE');
    expect(normalizeMarket('zz')).toBeUndefined();
    expect(withEuInheritance(['DE', 'GB'])).toEqual(['DE', 'GB', 'EU']);
    expect(withEuInheritance(['US'])).toEqual(['US']);
  });

  it('finds categories from product words', () => {
    expect(findCategories('bluetooth earbuds')).toContain('radio-equipment');
    expect(findCategories('儿童玩具')).toContain('toys');
    expect(findCategories('a plain notebook')).toEqual(['stationery-office']);
    expect(findCategories('quarterly report')).toEqual([]);
  });
});

describe('categories', () => {
  it('covers what sellers list, and keeps the old ids', () => {
    for (const id of [
      'electronics',
      'food-contact',
      'apparel',
      'sports-outdoors',
      'home-kitchen',
      'furniture',
      'textiles-bedding',
      'jewelry-watches',
      'pet-supplies',
      'baby-products',
      'stationery-office',
      'garden',
      'automotive-parts',
      'health-devices',
      'beauty-tools',
      'bags-luggage',
      'shoes',
      'musical-instruments',
      'general',
    ])
      expect(CATEGORY_IDS).toContain(id);
  });

  it('maps seller words and product names to the nearest category, never rejecting', () => {
    expect(resolveCategory('sports')).toMatchObject({ id: 'sports-outdoors', match: 'known' });
    expect(resolveCategory('home').id).toBe('home-kitchen');
    expect(resolveCategory('Lumio yoga mat 72 x 24 inches')).toMatchObject({
      id: 'sports-outdoors',
      match: 'nearest',
    });
    // The head noun decides: a paper cup touches food; a bluetooth speaker is radio equipment, not just electronics.
    expect(resolveCategory('paper cup').id).toBe('food-contact');
    expect(resolveCategory('bluetooth speaker').id).toBe('radio-equipment');
    expect(resolveCategory('waterproof trail running shoes').id).toBe('shoes');
    expect(resolveCategory('保温水杯').id).toBe('food-contact');
    expect(resolveCategory('狗绳 dog leash').id).toBe('pet-supplies');
    const unknown = resolveCategory('quantum flux widget');
    expect(unknown).toMatchObject({ id: 'general', match: 'general' });
    expect(unknown.note).toMatch(/rules for all consumer goods/);
  });

  it('leaves adult products out with a note saying so', () => {
    const adult = resolveCategory('silicone sex toy');
    expect(adult).toMatchObject({ id: 'general', match: 'excluded' });
    expect(adult.note).toMatch(/not covered/);
    expect(resolveCategory('成人用品').match).toBe('excluded');
  });
});
