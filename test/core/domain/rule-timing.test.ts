// Rule status on a given day, from the stored status and the dates in a document's `effective` text.
import { describe, expect, it } from 'vitest';
import { datesIn, ruleTiming } from '../../../core/domain/rule-timing';

describe('datesIn', () => {
  it('reads full dates, months and years, and marks "until" dates as ends', () => {
    expect(datesIn('2025-10-07 (OfH duty 2026-01-01)').map((d) => d.iso)).toEqual([
      '2025-10-07',
      '2026-01-01',
    ]);
    expect(datesIn('2028-2030 (phased)').map((d) => d.iso)).toEqual(['2028-01-01', '2030-01-01']);
    expect(datesIn('abolition by 2028-10 at the latest').map((d) => d.iso)).toEqual(['2028-10-01']);
    expect(datesIn('in force until 2030-07-31')).toEqual([{ iso: '2030-07-31', ends: true }]);
    expect(datesIn('in force')).toEqual([]);
    expect(datesIn(null)).toEqual([]);
  });
});

describe('ruleTiming', () => {
  const asOf = '2026-11-30';
  it('puts a scheduled rule whose date has passed in force', () => {
    expect(ruleTiming({ status: 'scheduled', effective: '2026-06-19' }, asOf)).toEqual({
      status: 'in force',
      date: '2026-06-19',
      next: null,
    });
  });

  it('keeps a rule dated after the day scheduled, whatever its stored status', () => {
    expect(ruleTiming({ status: 'scheduled', effective: '2026-12-09' }, asOf).status).toBe(
      'scheduled',
    );
    expect(ruleTiming({ status: 'changed', effective: '2027-08-18' }, asOf).status).toBe(
      'scheduled',
    );
    expect(ruleTiming({ status: 'in force', effective: '2026-12-09' }, '2026-12-09').status).toBe(
      'in force',
    );
  });

  it('uses the headline date: "2030-08-01 (in force 2026-01-01)" is still scheduled', () => {
    expect(
      ruleTiming({ status: 'scheduled', effective: '2030-08-01 (in force 2026-01-01)' }, asOf),
    ).toEqual({ status: 'scheduled', date: '2030-08-01', next: null });
  });

  it('names the next stage of a rule in force, and keeps a scheduled rule without a date scheduled', () => {
    expect(
      ruleTiming(
        { status: 'in force', effective: '2026-09-11 (reporting); 2027-12-11 (full)' },
        asOf,
      ),
    ).toEqual({ status: 'in force', date: '2026-09-11', next: '2027-12-11' });
    expect(
      ruleTiming({ status: 'in force', effective: 'in force until 2028-03-31' }, asOf),
    ).toEqual({ status: 'in force', date: null, next: '2028-03-31' });
    expect(ruleTiming({ status: 'scheduled', effective: 'not adopted' }, asOf).status).toBe(
      'scheduled',
    );
    expect(ruleTiming({ status: 'changed', effective: '2025-04-01' }, asOf).status).toBe('changed');
  });
});
