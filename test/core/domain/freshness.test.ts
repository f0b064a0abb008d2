// Freshness of a document's as_of date: its age in whole months and whether answers say "check for updates".
import { describe, expect, it } from 'vitest';
import { ageInMonths, needsUpdateCheck } from '../../../core/domain/freshness';

describe('freshness of as_of', () => {
  it('counts whole months, reading a year or a month alone from its first day', () => {
    expect(ageInMonths('2025-11-30', '2026-11-30')).toBe(12);
    expect(ageInMonths('2025-12-01', '2026-11-30')).toBe(11);
    expect(ageInMonths('2025', '2026-11-30')).toBe(22);
    expect(ageInMonths('2026-03', '2026-11-30')).toBe(8);
    expect(ageInMonths('checked last spring', '2026-11-30')).toBeNull();
  });

  it('marks documents checked more than 12 months ago, and never one without a date', () => {
    expect(needsUpdateCheck('2025-11-30', '2026-11-30')).toBe(false);
    expect(needsUpdateCheck('2025-11-29', '2026-11-30')).toBe(true);
    expect(needsUpdateCheck('2025', '2026-11-30')).toBe(true);
    expect(needsUpdateCheck('2026-01', '2026-11-30')).toBe(false);
    expect(needsUpdateCheck(null, '2026-11-30')).toBe(false);
  });
});
