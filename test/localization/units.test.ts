// Exact unit conversions, locale number formatting, quantities found in text, FX table math, and text length
// counting and shortening the way platforms count.
import { describe, expect, it } from 'vitest';
import { convert, convertText, formatQuantity, parseUnit } from '../../tools/shared/units';
import { BUNDLED_FX, currencyDecimals, fxRate } from '../../tools/shared/fx';
import { countChars, shortenToFit } from '../../tools/text/length';

const toDe = { sourceLocale: 'en-US', targetLocale: 'de-DE', system: 'metric' as const };
const toUs = { sourceLocale: 'de-DE', targetLocale: 'en-US', system: 'us' as const };

describe('unit conversion', () => {
  it('converts with exact factors and market rounding', () => {
    expect(convert(10, 'in', 'cm')).toBe(25.4);
    expect(convert(2.5, 'lb', 'kg')).toBe(1.13);
    expect(convert(16, 'fl oz', 'ml')).toBe(473);
    expect(convert(1, 'gal', 'l')).toBe(3.79);
    expect(convert(350, '°F', '°C')).toBe(177);
    expect(convert(180, '°C', '°F')).toBe(356);
    expect(convert(320, 'g', 'oz')).toBe(11.3);
    expect(convert(25.4, 'cm', 'in')).toBe(10);
    expect(convert(6, 'ft', 'm')).toBe(1.83);
  });

  it('formats numbers the target locale way', () => {
    expect(formatQuantity(25.4, 'cm', 'de-DE')).toBe('25,4 cm');
    expect(formatQuantity(25.4, 'cm', 'en-GB')).toBe('25.4 cm');
    expect(formatQuantity(1.13, 'kg', 'fr-FR')).toBe('1,13 kg');
  });

  it('finds and converts quantities in text, both ways', () => {
    const box = convertText(
      'Box: 10 x 8 x 2 in, weighs 2.5 lbs, holds 16 fl oz',
      'bullets.0',
      toDe,
    );
    expect(box.text).toBe('Box: 25,4 x 20,3 x 5,1 cm, weighs 1,13 kg, holds 473 ml');
    expect(box.conversions).toHaveLength(5);
    expect(box.conversions[0]).toEqual({
      field: 'bullets.0',
      from: { value: 10, unit: 'in' },
      to: { value: 25.4, unit: 'cm' },
    });
    expect(convertText('Bake at 350 °F', 'd', toDe).text).toBe('Bake at 177 °C');
    expect(convertText('Kabel 1,5 m, 250 g, 1,5 l', 'd', toUs).text).toBe(
      'Kabel 4.92 ft, 8.8 oz, 50.7 fl oz',
    );
  });

  it('leaves words that only look like units alone', () => {
    for (const t of ['Comes 2 in a pack', 'Supports 5G and 4K', 'Lasts 3 months'])
      expect(convertText(t, 'd', toDe)).toEqual({ text: t, conversions: [] });
  });

  it('parses unit spellings', () => {
    expect(parseUnit('lbs')).toBe('lb');
    expect(parseUnit('fluid ounces')).toBe('fl oz');
    expect(parseUnit('°F')).toBe('°F');
    expect(parseUnit('furlong')).toBeUndefined();
  });
});

describe('FX table', () => {
  it('derives cross rates from the base and knows minor units', () => {
    expect(BUNDLED_FX.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(fxRate(BUNDLED_FX, 'EUR', 'USD')).toBe(BUNDLED_FX.rates.USD);
    expect(fxRate(BUNDLED_FX, 'USD', 'GBP')).toBeCloseTo(
      BUNDLED_FX.rates.GBP / BUNDLED_FX.rates.USD,
      12,
    );
    expect(fxRate(BUNDLED_FX, 'USD', 'XXX')).toBeUndefined();
    expect(currencyDecimals('JPY')).toBe(0);
    expect(currencyDecimals('EUR')).toBe(2);
  });
});

describe('counting and shortening', () => {
  it('counts CJK and full-width characters as two in double-width mode', () => {
    expect(countChars('防水トレイル', 'double_width')).toBe(12);
    expect(countChars('防水トレイル', 'code_points')).toBe(6);
    expect(countChars('ＡＢ1', 'double_width')).toBe(5);
  });

  it('shortens at a word boundary, never mid-word', () => {
    expect(shortenToFit('Waterproof trail running shoes for men', 20)).toBe('Waterproof trail');
    expect(shortenToFit('Waterproof, breathable, light', 24)).toBe('Waterproof, breathable');
    expect(shortenToFit('Supercalifragilistic', 10)).toBeNull();
    expect(shortenToFit('防水トレイルランニングシューズ', 10, 'double_width')).toBe('防水トレイ');
    expect(shortenToFit('fits', 10)).toBe('fits');
  });
});
