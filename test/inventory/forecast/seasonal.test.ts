// The seasonal forecast's arithmetic on small fixtures, every figure computed by hand.
import { describe, expect, it } from 'vitest';
import { backtestSeries, trailingDaily } from '../../../tools/inventory/forecast/backtest';
import { excludedWeek } from '../../../tools/inventory/forecast/clean';
import { forecastDemand, shrinkWeight } from '../../../tools/inventory/forecast/seasonal';
import { weekOf, weeklyFromDaily } from '../../../tools/inventory/forecast/weeks';
import { CURRENT, dailyRows, FORECAST_AS_OF, FORECAST_FIXTURE } from '../forecast-fixture';

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
    const f = forecast('SEA-1');
    expect(f).toMatchObject({
      method: 'seasonal',
      fallback_reason: null,
      history_days: 490, // 70 weeks
      level_this_year: 3, // 12 weeks x 21 units / 84 days
      level_recent: 3, // the last 4 of them: 84 units / 28 days
      level: 3, // 3 + 0.3 x (3 - 3)
      level_last_year: 2, // the same 12 weeks a year earlier: 14 units a week
      trend: 1.5,
      excluded_weeks: { stockout: 0, promotion: 0 },
    });
    // Last year's horizon: the 4 weeks 52 weeks before it sold 42 units each (168); the 2 weeks before them 14 each
    // and the 2 after 42 each count half: (168 + 0.5 x 112) / ((4 + 0.5 x 4) x 7) = 224 / 42.
    expect(f.last_year_horizon_daily).toBeCloseTo(16 / 3, 10);
    expect(f.seasonal_ratio).toBeCloseTo(8 / 3, 10); // 5.333 / 2
    // d = ln(8/3) = 0.98083, d² = 0.96203; se² = 1/224 + 1/168 = 1/96; weight = 0.96203 / (0.96203 + 9/96) = 0.91120
    expect(f.seasonal_weight).toBeCloseTo(0.9112, 4);
    expect(f.seasonal_index).toBeCloseTo(2.4442, 4); // (8/3)^0.91120 = e^(0.98083 x 0.91120) = e^0.89373
    expect(f.daily).toBeCloseTo(7.3327, 4); // 3 x 2.4442
    expect(f.forecast_units).toBeCloseTo(205.32, 2); // 7.3327 x 28
  });

  it('forecasts a flat SKU at its level, with a seasonal index of 1', () => {
    expect(forecast('FLAT-1')).toMatchObject({
      method: 'seasonal',
      level_this_year: 2,
      level: 2,
      level_last_year: 2,
      trend: 1,
      seasonal_ratio: 1,
      seasonal_weight: 0, // ln 1 = 0: nothing to keep
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
      level_recent: 2, // the last 4 weeks: 14, 14 and the two stockout weeks: 28 units / 14 days
      level: 2,
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

  it('falls back to the trailing average when the last 3 weeks sold nothing (sold out or delisted)', () => {
    const s = weeklyFromDaily(dailyRows(-70, -4, () => 2));
    const f = forecastDemand({
      series: s,
      asOf: FORECAST_AS_OF,
      horizonDays: 28,
      trailingDaily: trailingDaily(s, CURRENT), // one week of 14 units in the last 28 days: 0.5
    });
    expect(f).toMatchObject({ method: 'average', daily: 0.5, forecast_units: 14 });
    expect(f.fallback_reason).toMatch(/^no sale in the last 3 weeks/);
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

  it('keeps of a ratio as much as stands out from the noise of its counts', () => {
    // (ln 1.2)² = 0.033241; 9 x (1/12 + 1/10) = 1.65: 0.033241 / 1.683241
    expect(shrinkWeight(1.2, 12, 10)).toBeCloseTo(0.01975, 5);
    // 9 x (1/1200 + 1/1000) = 0.0165: 0.033241 / 0.049741
    expect(shrinkWeight(1.2, 1200, 1000)).toBeCloseTo(0.66828, 5);
  });

  it('does not forecast zero for a selling SKU whose horizon sold nothing last year', () => {
    // 1 a day last year except the 8 weeks around this time of year (weeks -54 to -47), 3 a day in the last 12 weeks.
    const s = weeklyFromDaily(
      dailyRows(-70, -1, (w) => (w >= -12 ? 3 : w <= -55 || w >= -46 ? 1 : 0)),
    );
    const f = forecastDemand({
      series: s,
      asOf: FORECAST_AS_OF,
      horizonDays: 28,
      trailingDaily: 3,
    });
    // Horizon weeks and side weeks sold 0: counted as 0.5 units over (4 + 0.5 x 4) x 7 = 42 days; level last year
    // 1 a day (the two empty weeks of its window are stockouts against its median of 7).
    expect(f.method).toBe('seasonal');
    expect(f.seasonal_ratio).toBeCloseTo(0.5 / 42, 10);
    // d² = ln(0.5/42)² = 19.632; se² = 1/0.5 + 1/70 = 2.01429; weight = 19.632 / (19.632 + 9 x 2.01429) = 0.51991
    expect(f.seasonal_weight).toBeCloseTo(0.51991, 4);
    expect(f.daily).toBeCloseTo(0.2997, 3); // 3 x (0.5/42)^0.51991 = 3 x 0.09991
    expect(f.forecast_units).toBeGreaterThan(0);
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
