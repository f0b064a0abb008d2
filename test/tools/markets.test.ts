// Market and category detection in free text (English, Chinese) used by the router and retrieval.
import { describe, expect, it } from 'vitest';
import { findMarkets, normalizeMarket, withEuInheritance } from '../../core/domain/markets';
import { findCategories } from '../../core/domain/categories';

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
    expect(findCategories('a plain notebook')).toEqual([]);
  });
});
