// The price slot: symbols before and after, ISO codes, Chinese currency words, thousands and decimal commas.
import { describe, expect, it } from 'vitest';
import { findPrice, withoutPrice } from '../../../core/slots/price';

describe('price slot', () => {
  it.each([
    ['Sells for $19.99 on Amazon', 19.99, 'USD'],
    ['Insulated water bottle, 750 ml, 24.99 USD', 24.99, 'USD'],
    ['Price ¥1,980 incl. tax', 1980, 'JPY'],
    ['Preis 19,99 € inkl. MwSt', 19.99, 'EUR'],
    ['保温水杯 750 毫升 24.99 美元', 24.99, 'USD'],
    ['售价 89 元', 89, 'CNY'],
    ['£12.50 each', 12.5, 'GBP'],
    ['A$39.95 in Australia', 39.95, 'AUD'],
    ['EUR 1.299,00', 1299, 'EUR'],
    ['NZ$450 to Auckland', 450, 'NZD'],
    ['寄到新西兰 450 纽币', 450, 'NZD'],
    ['1500新西兰元的货', 1500, 'NZD'],
    ['a RON 300 parcel', 300, 'RON'],
  ])('%s', (text, amount, currency) => {
    expect(findPrice(text)).toEqual({ amount, currency });
  });

  it('does not read sizes, capacities or SKU digits as a price', () => {
    expect(findPrice('Power bank 10000mAh, USB-C, 65W, TP-PWB-001')).toBeUndefined();
    expect(findPrice('Yoga mat 72 x 24 inches, 6 mm')).toBeUndefined();
  });

  it('takes the price out of a listing title without leaving a dangling comma', () => {
    expect(withoutPrice('Insulated water bottle, 750 ml, 24.99 USD')).toBe(
      'Insulated water bottle, 750 ml',
    );
    expect(withoutPrice('保温水杯 750 毫升 24.99 美元')).toBe('保温水杯 750 毫升');
    expect(withoutPrice('$9.99 Phone stand, aluminium')).toBe('Phone stand, aluminium');
    expect(withoutPrice('Phone stand')).toBe('Phone stand');
  });
});
