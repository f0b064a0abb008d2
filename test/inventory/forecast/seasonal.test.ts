// The seasonal forecast's arithmetic on small fixtures, every figure computed by hand.
import { describe, expect, it } from 'vitest';
import { backtestSeries, trailingDaily } from '../../../tools/inventory/forecast/backtest';
import { excludedWeek } from '../../../tools/inventory/forecast/clean';
import {
  forecastDemand,
  shrinkWeight,
  stoppedWeeks,
} from '../../../tools/inventory/forecast/seasonal';
import { weekOf, weeklyFromDaily } from '../../../tools/inventory/forecast/weeks';
import {
  CURRENT,
  dailyRows,
  FAMILY_FIXTURE,
  FORECAST_AS_OF,
  FORECAST_FIXTURE,
} from '../forecast-fixture';

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
      level: 3, // 3 + 0.15 x (3 - 3)
      level_last_year: 2, // the same 12 weeks a year earlier: 14 units a week
      years_compared: 1, // 70 weeks of sales: the year before last is not there
      family: null,
      family_seasonal_index: null,
      trend: 1.5,
      excluded_weeks: { stockout: 0, promotion: 0 },
    });
    // Last year's horizon: the 4 weeks 52 weeks before it sold 42 units each (168); the 2 weeks before them 14 each
    // and the 2 after 42 each count a quarter: (168 + 0.25 x 112) / ((4 + 0.25 x 4) x 7) = 196 / 35.
    expect(f.last_year_horizon_daily).toBeCloseTo(5.6, 10);
    expect(f.seasonal_ratio).toBeCloseTo(2.8, 10); // 5.6 / 2
    // d = ln 2.8 = 1.02962, d² = 1.06012; se² = 1/196 + 1/168 = 0.011054; weight = 1.06012 / (1.06012 + 9 x 0.011054)
    expect(f.seasonal_weight).toBeCloseTo(0.9142, 4);
    expect(f.seasonal_index).toBeCloseTo(2.5633, 4); // 2.8^0.91420 = e^(1.02962 x 0.91420) = e^0.94128
    expect(f.daily).toBeCloseTo(7.6898, 4); // 3 x 2.5633
    expect(f.forecast_units).toBeCloseTo(215.31, 2); // 7.6898 x 28
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
    // The trailing 28 days sold 42 units (one empty week, three of 14): 1.5 a day.
    expect(trailingDaily(series('GAP-1'), CURRENT)).toBe(1.5);
    expect(f).toMatchObject({
      method: 'seasonal',
      level_this_year: 2, // 10 weeks of 14 units / 70 days; the two empty weeks are a stockout (under 0.3 x 14)
      level_recent: 2, // the last 4 weeks: the stockout week and three of 14: 42 units / 21 days
      level: 2,
      // 11 weeks of 14 / 77 days; the 70-unit week is a promotion (over 1.6 x 14, and 56 above it is over
      // 3 x sqrt(14) = 11.2)
      level_last_year: 2,
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

  it('falls back to the trailing average when a slow seller sold nothing for 3 weeks (sold out or delisted)', () => {
    // One unit every Monday until week -4: its median week of 1 unit leaves an empty week or two to chance
    // (e^-1 = 37%, e^-2 = 14%); three (e^-3 = 5%) are capped at STOPPED_WEEKS.
    const s = weeklyFromDaily(dailyRows(-70, -4, () => 1).filter((_, i) => i % 7 === 0));
    const f = forecastDemand({
      series: s,
      asOf: FORECAST_AS_OF,
      horizonDays: 28,
      trailingDaily: trailingDaily(s, CURRENT), // one unit in the last 28 days
    });
    expect(f).toMatchObject({ method: 'average', daily: 1 / 28, forecast_units: 1 });
    expect(f.fallback_reason).toMatch(/^no sale in the last 3 weeks/);
    expect(stoppedWeeks(1)).toBe(3);
  });

  it('calls a fast seller stopped after one empty week: chance does not explain it', () => {
    // 14 a week, nothing in the last week: e^-14 is far under 1%.
    const s = weeklyFromDaily(dailyRows(-70, -2, () => 2));
    const f = forecastDemand({
      series: s,
      asOf: FORECAST_AS_OF,
      horizonDays: 28,
      trailingDaily: trailingDaily(s, CURRENT), // three weeks of 14 in the last 28 days: 1.5
    });
    expect(f).toMatchObject({ method: 'average', daily: 1.5, forecast_units: 42 });
    expect(f.fallback_reason).toMatch(/^no sale in the last week \(sold out or delisted\)/);
    // ceil(ln(100) / median week) weeks: 4.605 / 14 -> 1; / 2 -> 3; / 1 -> 5, capped at 3.
    expect([stoppedWeeks(14), stoppedWeeks(2), stoppedWeeks(0)]).toEqual([1, 3, 3]);
  });

  it('reads a variant with its family: the family season and a share of the family level', () => {
    const family = {
      parent: 'FAM',
      skus: 2,
      series: weeklyFromDaily([...FAMILY_FIXTURE['FAM-S'], ...FAMILY_FIXTURE['FAM-L']]),
    };
    const own = weeklyFromDaily(FAMILY_FIXTURE['FAM-S']);
    const f = forecastDemand({
      series: own,
      asOf: FORECAST_AS_OF,
      horizonDays: 28,
      trailingDaily: 1,
      family,
    });
    expect(f).toMatchObject({
      method: 'seasonal',
      family: 'FAM',
      family_skus: 2,
      family_share: 0.25, // 26 weeks: 182 of the family's 728 units
      family_level: 4, // the family's 12 level weeks: 28 units a week
      level_this_year: 1,
      level: 1, // 0.25 x 4 + 0.15 x (1 - 1)
      seasonal_ratio: 1, // its own last December sold like its level
    });
    // The family last year: horizon weeks -52..-49 sold 70 each (280), the side weeks -54, -53 (28 each) and -48, -47
    // (70 each) count a quarter: (280 + 0.25 x 196) / 35 days = 9.4 a day against its level 4: ratio 2.35;
    // d² = (ln 2.35)² = 0.73004, se² = 1/329 + 1/336 = 0.0060157, weight 0.73004 / (0.73004 + 9 x 0.0060157) = 0.93096,
    // family_seasonal_index = 2.35^0.93096 = 2.2154.
    expect(f.family_seasonal_ratio).toBeCloseTo(2.35, 10);
    expect(f.family_seasonal_index).toBeCloseTo(2.2154, 4);
    // Its own ratio 1 is pulled toward 2.2154 as far as it lies within noise and the spread between variants:
    // d² = (ln(1 / 2.2154))² = 0.63271; se² = 1/35 + 1/84 = 0.040476, + 0.3² = 0.130476;
    // weight = 0.63271 / (0.63271 + 9 x 0.130476) = 0.35014; index = 2.2154 x (1 / 2.2154)^0.35014 = 1.6768.
    expect(f.seasonal_weight).toBeCloseTo(0.35014, 4);
    expect(f.seasonal_index).toBeCloseTo(1.6768, 4);
    expect(f.forecast_units).toBeCloseTo(46.95, 2); // 1 x 1.6768 x 28
    // Without its family the same SKU keeps its own flat history.
    expect(
      forecastDemand({ series: own, asOf: FORECAST_AS_OF, horizonDays: 28, trailingDaily: 1 }),
    ).toMatchObject({ seasonal_index: 1, forecast_units: 28, family: null });
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
    // A spike must also stand out from the noise of a count: 3 x sqrt(9) = 9 units above the median week.
    expect(excludedWeek(17, 9, 1.6)).toBeNull(); // 8 above
    expect(excludedWeek(19, 9, 1.6)).toBe('promotion'); // 10 above
  });

  it('keeps of a ratio as much as stands out from the noise of its counts', () => {
    // (ln 1.2)² = 0.033241; 9 x (1/12 + 1/10) = 1.65: 0.033241 / 1.683241
    expect(shrinkWeight(1.2, 12, 10)).toBeCloseTo(0.01975, 5);
    // 9 x (1/1200 + 1/1000) = 0.0165: 0.033241 / 0.049741
    expect(shrinkWeight(1.2, 1200, 1000)).toBeCloseTo(0.66828, 5);
    // Toward 2 with a spread of 0.3: (ln 0.6)² = 0.260943; 9 x (1/1200 + 1/1000 + 0.09) = 0.8265: 0.260943 / 1.087443
    expect(shrinkWeight(1.2, 1200, 1000, 2, 0.3)).toBeCloseTo(0.23996, 5);
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
    // Horizon weeks and side weeks sold 0: counted as 0.5 units over (4 + 0.25 x 4) x 7 = 35 days; level last year
    // 1 a day (the two empty weeks of its window are stockouts against its median of 7).
    expect(f.method).toBe('seasonal');
    expect(f.seasonal_ratio).toBeCloseTo(0.5 / 35, 10);
    // d² = ln(0.5/35)² = 18.0497; se² = 1/0.5 + 1/70 = 2.01429; weight = 18.0497 / (18.0497 + 9 x 2.01429) = 0.49891
    expect(f.seasonal_weight).toBeCloseTo(0.49891, 4);
    expect(f.daily).toBeCloseTo(0.3602, 3); // 3 x (0.5/35)^0.49891 = 3 x 0.12008
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
