// The bundled duty-rate table: every entry has a source page and a date, one rate per market and sub-heading, and a
// seller's own rate overrides it.
import { describe, expect, it } from 'vitest';
import { bundledDutyRate, DUTY_RATES, hs6 } from '../../../tools/customs/duty-rates';

describe('bundled duty rates', () => {
  it('gives each sub-heading at most one rate per market, each with a source address and a date', () => {
    const keys = DUTY_RATES.map((r) => `${r.market}:${r.hs6}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of DUTY_RATES) {
      expect(r.source.url).toMatch(/^https:\/\//);
      expect(r.date).toMatch(/^\d{4}-\d{2}/);
    }
  });

  it('finds a rate by any way a seller writes the code, and not for another market', () => {
    expect(hs6('6109.10.00.12')).toBe('610910');
    expect(hs6('8518 30')).toBe('851830');
    expect(hs6('85')).toBeUndefined();
    expect(bundledDutyRate('GB', '6109.10')?.rate).toBe(12);
    expect(bundledDutyRate('US', '6109100012')?.rate).toBe(16.5);
    expect(bundledDutyRate('JP', '610910')).toBeUndefined();
  });
});
