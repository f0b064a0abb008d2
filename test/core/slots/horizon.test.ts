// The time slots: horizons ahead turned into days and an end date, and look-back windows of sales.
import { describe, expect, it } from 'vitest';
import { findHorizon, findWindowDays } from '../../../core/slots/horizon';

const now = new Date('2026-11-30T09:00:00Z');

describe('horizon slot', () => {
  it.each([
    ['in the next 2 weeks', 14, '2026-12-13'],
    ['within 10 days', 10, '2026-12-09'],
    ['over the next month', 30, '2026-12-29'],
    ['两周内', 14, '2026-12-13'],
    ['十天之内', 10, '2026-12-09'],
    ['未来三个月', 90, '2027-02-27'],
    ['this month', 1, '2026-11-30'],
    ['before Christmas', 25, '2026-12-24'],
    ['圣诞前', 25, '2026-12-24'],
    ['before Black Friday', 361, '2027-11-25'],
    ['by Ramadan', 70, '2027-02-07'],
    ['before Prime Day', 227, '2027-07-14'],
  ])('%s -> %i days', (text, days, until) => {
    expect(findHorizon(text, now)).toMatchObject({ days, until });
  });

  it('finds no horizon in a plain question, and tells a look-back window from a horizon', () => {
    expect(findHorizon('Which SKUs will run out in Germany?', now)).toBeUndefined();
    expect(findWindowDays('sales over the last 60 days')).toBe(60);
    expect(findWindowDays('过去两周的销量')).toBe(14);
    expect(findWindowDays('in the next 2 weeks')).toBeUndefined();
    expect(findHorizon('sales over the last 60 days', now)).toBeUndefined();
  });
});
