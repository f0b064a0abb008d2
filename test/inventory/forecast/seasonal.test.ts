// The seasonal forecast's arithmetic on small fixtures, every figure computed by hand.
import { describe, expect, it } from 'vitest';
import { backtestSeries, trailingDaily } from '../../../tools/inventory/forecast/backtest';
import { excludedWeek } from '../../../tools/inventory/forecast/clean';
import { forecastDemand, significant } from '../../../tools/inventory/forecast/seasonal';
import { weekOf, weeklyFromDaily } from '../../../tools/inventory/forecast/weeks';
import { CURRENT, FORECAST_AS_OF, FORECAST_FIXTURE } from '../forecast-fixture';

const series = (sku: keyof typeof FORECAST_FIXTURE) => weeklyFromDaily(FORECAST_FIXTURE[sku]);
const forecast = (sku: keyof typeof FORECAST_FIXTURE, horizonDays = 28) =>
  forecastDemand({
    series: series(sku),
    asOf: FORECAST_AS_OF,
    horizonDays,
    trailingDaily: trailingDaily(series(sku), CURRENT),
  });

describe('forecastDemand', () => {
  it('scales last December by this year level for a seasonal SKU', () => {
    expect(forecast('SEA-1')).toEqual({
      method: 'seasonal',
      fallback_reason: null,
      history_days: 490, // 70 weeks
      level_this_year: 3, // 12 weeks x 21 units / 84 days
      level_last_year: 2, // the same 12 weeks a year earlier: 14 units a week
      trend: 1.5,
      last_year_horizon_daily: 6, // the 4 weeks 52 weeks before the horizon: 42 units a week
      seasonal_index: 3, // 6 / 2
      daily: 9, // 3 x 3
      forecast_units: 252, // 9 x 28
      excluded_weeks: { stockout: 0, promotion: 0 },
    });
  });

  it('forecasts a flat SKU at its level, with a seasonal index of 1', () => {
    expect(forecast('FLAT-1')).toMatchObject({
      method: 'seasonal',
      level_this_year: 2,
      level_last_year: 2,
      trend: 1,
      seasonal_index: 1,
      daily: 2,
      forecast_units: 56,
    });
  });

  it('leaves stockout and promotion weeks out instead of learning from them', () => {
    const f = forecast('GAP-1');
    // The trailing 28 days sold 28 units (two weeks of 14, two of 0): 1 a day.
    expect(trailingDaily(series('GAP-1'), CURRENT)).toBe(1);
    expect(f).toMatchObject({
      method: 'seasonal',
      level_this_year: 2, // 10 weeks of 14 units / 70 days; the two empty weeks are a stockout (under 0.3 x 14)
      level_last_year: 2, // 11 weeks of 14 / 77 days; the 70-unit week is a promotion (over 2 x 14)
      seasonal_index: 1,
      daily: 2,
      forecast_units: 56,
      excluded_weeks: { stockout: 2, promotion: 1 },
    });
  });

  it('falls back to the trailing average with 60 days of history, and says so', () => {
    const f = forecast('NEW-1');
    expect(f).toMatchObject({
      method: 'average',
      history_days: 63, // from Monday 2026-09-28, the week of the first sale (2026-10-01)
      level_this_year: null,
      seasonal_index: null,
      trend: null,
      daily: 3,
      forecast_units: 84,
    });
    expect(f.fallback_reason).toMatch(/^under a year of history \(63 days/);
  });
});

describe('the rules', () => {
  it('tells stockout and promotion weeks from the median week', () => {
    expect(excludedWeek(4, 14, 2)).toBe('stockout'); // under 0.3 x 14 = 4.2
    expect(excludedWeek(5, 14, 2)).toBeNull();
    expect(excludedWeek(0, 2, 2)).toBeNull(); // a slow seller's empty week is not a stockout
    expect(excludedWeek(29, 14, 2)).toBe('promotion');
    expect(excludedWeek(28, 14, 2)).toBeNull();
    expect(excludedWeek(4, 1, 2)).toBeNull(); // over 2 x 1, but a promotion needs 4 units above the median
    expect(excludedWeek(5, 1, 2)).toBe('promotion');
  });

  it('keeps a ratio only when it stands out from the noise of its counts', () => {
    expect(significant(1.2, 12, 10)).toBe(1); // |ln 1.2| = 0.18 < 2.5 x sqrt(1/12 + 1/10) = 1.07
    expect(significant(1.2, 1200, 1000)).toBe(1.2); // 0.18 > 2.5 x 0.043 = 0.107
  });

  it('backtests against what sold: a flat SKU is forecast exactly', () => {
    const s = series('FLAT-1');
    const origins = [CURRENT - 6, CURRENT - 5];
    expect(backtestSeries(s, origins, 4)).toEqual({
      origins: 2,
      actual: 112, // 2 x 4 weeks x 14 units
      abs_error: 0,
      baseline_abs_error: 0,
    });
    expect(weekOf(FORECAST_AS_OF)).toBe(CURRENT);
  });
});
