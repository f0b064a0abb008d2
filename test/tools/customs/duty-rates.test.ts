// The bundled duty-rate table: every entry has a source page and a date, one entry per market and sub-heading, the
// sub-headings sellers ship most are covered, and a national line picks its own rate where the lines differ.
import { describe, expect, it } from 'vitest';
import headings from '../../../tools/customs/duty-rates/headings.json';
import {
  bundledDutyRate,
  DUTY_RATES,
  hs6,
  lookupDutyRate,
  type DutyRate,
} from '../../../tools/customs/duty-rates';

describe('bundled duty rates', () => {
  it('gives each sub-heading at most one entry per market, each with a source address and a date', () => {
    const keys = DUTY_RATES.map((r) => `${r.market}:${r.hs6}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of DUTY_RATES) {
      expect(r.source.url).toMatch(/^https:\/\//);
      expect(r.date).toMatch(/^\d{4}-\d{2}/);
    }
  });

  it('only holds sub-headings from the list of what sellers ship most', () => {
    const listed = new Set(headings.headings.map((h) => h.hs6));
    expect(DUTY_RATES.filter((r) => !listed.has(r.hs6)).map((r) => r.hs6)).toEqual([]);
  });

  it('finds a rate by any way a seller writes the code, and not for another market', () => {
    expect(hs6('6109.10.00.12')).toBe('610910');
    expect(hs6('8518 30')).toBe('851830');
    expect(hs6('85')).toBeUndefined();
    expect(bundledDutyRate('GB', '6109.10')).toMatchObject({ kind: 'rate', rate: 12 });
    expect(bundledDutyRate('US', '6109100012')).toMatchObject({ kind: 'rate', rate: 16.5 });
    expect(bundledDutyRate('GB', '999999')).toBeUndefined();
  });
});

describe('a sub-heading whose national lines differ', () => {
  const source = { name: 'test tariff', url: 'https://example.org/tariff' };
  const table: DutyRate[] = [
    {
      hs6: '851310',
      market: 'US',
      description: 'Portable electric lamps',
      lines: [
        { code: '8513102000', rate: 12.5, description: 'flashlights' },
        { code: '8513104000', rate: 3.5, description: 'other' },
      ],
      source,
      date: '2026-01-01',
    },
  ];

  it('gives the rate of the line a full code names', () => {
    expect(lookupDutyRate(table, 'US', '8513.10.20')).toMatchObject({
      kind: 'rate',
      rate: 12.5,
      line: { code: '8513102000' },
    });
    expect(lookupDutyRate(table, 'US', '8513.10.4000')).toMatchObject({ kind: 'rate', rate: 3.5 });
  });

  it('lists the lines to choose from for a six-digit code', () => {
    const found = lookupDutyRate(table, 'US', '8513.10');
    expect(found?.kind).toBe('lines');
    expect(found?.kind === 'lines' && found.lines.map((l) => l.rate)).toEqual([12.5, 3.5]);
  });
});
