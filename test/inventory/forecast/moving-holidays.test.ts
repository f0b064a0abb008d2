// Ramadan alignment: in a market that keeps Ramadan, last year's weeks are those of the same Ramadan.
import { describe, expect, it } from 'vitest';
import { RAMADAN_MARKETS, weeksBack } from '../../../tools/inventory/forecast/moving-holidays';
import { forecastDemand } from '../../../tools/inventory/forecast/seasonal';
import { weekOf, type WeeklySeries } from '../../../tools/inventory/forecast/weeks';

const AS_OF = '2027-02-08'; // the first day of Ramadan 2027 (a Monday)
const CURRENT = weekOf(AS_OF);
const RAMADAN_2026 = weekOf('2026-02-18'); // the week of Monday 2026-02-16

/** 20 units a week for the 70 weeks before as_of, 50 a week in the 5 weeks of Ramadan 2026 and Eid. */
const series: WeeklySeries = {
  first: CURRENT - 70,
  from: CURRENT - 70,
  units: Array.from({ length: 70 }, (_, i) => {
    const week = CURRENT - 70 + i;
    return week >= RAMADAN_2026 && week < RAMADAN_2026 + 5 ? 50 : 20;
  }),
};

describe('weeksBack', () => {
  it('is 52 weeks, or the weeks between two Ramadans where the market keeps it', () => {
    expect(CURRENT - RAMADAN_2026).toBe(51); // 2026-02-16 to 2027-02-08: 357 days
    expect(weeksBack(CURRENT, CURRENT + 3, 1, 'SA')).toEqual({ weeks: 51, aligned_to: 'ramadan' });
    expect(weeksBack(CURRENT, CURRENT + 3, 1, 'US')).toEqual({ weeks: 52, aligned_to: null });
    expect(weeksBack(CURRENT, CURRENT + 3, 1, null)).toEqual({ weeks: 52, aligned_to: null });
    // November in Saudi Arabia: no Ramadan near, 52 weeks.
    const november = weekOf('2026-11-30');
    expect(weeksBack(november, november + 3, 1, 'SA')).toEqual({ weeks: 52, aligned_to: null });
    // Two years back: from Ramadan 2025 (week of 2025-02-24) to Ramadan 2027.
    expect(weeksBack(CURRENT, CURRENT + 3, 2, 'AE').weeks).toBe(CURRENT - weekOf('2025-03-01'));
    expect(['SA', 'AE', 'ID', 'MY'].every((m) => RAMADAN_MARKETS.has(m))).toBe(true);
  });
});

describe('a forecast over Ramadan', () => {
  const forecast = (market: string) =>
    forecastDemand({ series, asOf: AS_OF, horizonDays: 28, trailingDaily: 20 / 7, market });

  it('reads last Ramadan in Saudi Arabia, and the weeks 52 back elsewhere', () => {
    // SA: weeks -51..-48 are the first four weeks of Ramadan 2026 (50 each, 200); side weeks -53, -52 (20 each),
    // -47 (50, its last week) and -46 (20) count a quarter: (200 + 0.25 x 110) / 35 days = 6.5 a day against the
    // level weeks -63..-52 (20 a week, 2.857 a day): ratio 2.275.
    expect(forecast('SA')).toMatchObject({ weeks_back: 51, aligned_to: 'ramadan' });
    expect(forecast('SA').seasonal_ratio).toBeCloseTo(6.5 / (20 / 7), 10);
    // US: weeks -52..-49 hold one week before Ramadan 2026 and three of it (20 + 150); sides -54, -53 (20 each) and
    // -48, -47 (50 each): (170 + 0.25 x 140) / 35 = 5.857 a day; ratio 2.05.
    expect(forecast('US')).toMatchObject({ weeks_back: 52, aligned_to: null });
    expect(forecast('US').seasonal_ratio).toBeCloseTo(205 / 35 / (20 / 7), 10);
  });
});
