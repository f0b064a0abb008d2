// demand_forecast and the planning tools on the forecast fixture through invokeTool on PGlite (as_of 2026-11-30).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../server/deps';
import { answerToMarkdown } from '../../core/answer-markdown';
import { toolAnswer } from '../../tools/define-tool';
import { importInventory } from '../../tools/inventory/import/import-inventory';
import { invokeTool } from '../../tools/invoke';
import { createTestDeps } from '../helpers/test-deps';
import { FORECAST_AS_OF, FORECAST_FIXTURE, fixtureFiles } from './forecast-fixture';

let deps: AppDeps;

beforeAll(async () => {
  deps = await createTestDeps({ now: new Date(`${FORECAST_AS_OF}T09:00:00Z`) });
  await importInventory(deps.db, fixtureFiles(FORECAST_FIXTURE));
});
afterAll(() => deps.db.close());

async function call(tool: string, input: Record<string, unknown>) {
  const result = await invokeTool(deps.registry, deps, tool, input, { surface: 'cli' });
  if (!result.ok) throw result.error;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { output: result.output as any, text: result.text };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const bySku = (rows: any[], sku: string) => rows.find((r) => r.sku === sku);

describe('demand_forecast', () => {
  it('forecasts each SKU with every intermediate figure, seasonal or the trailing average', async () => {
    const { output, text } = await call('demand_forecast', {});
    expect(output.horizon_days).toBe(28);
    expect(output.horizon_end).toBe('2026-12-27');
    expect(output.rows.map((r: { sku: string }) => r.sku)).toEqual([
      'SEA-1',
      'NEW-1',
      'FLAT-1',
      'GAP-1',
    ]);
    // The arithmetic is written out in test/inventory/forecast/seasonal.test.ts.
    expect(bySku(output.rows, 'SEA-1')).toMatchObject({
      warehouse: 'FBA-US',
      title: 'Product SEA-1',
      forecast_units: 215.31, // 7.6898 x 28
      daily: 7.69, // level 3 x seasonal index 2.5633
      per_week: 53.83,
      method: 'seasonal',
      seasonal_ratio: 2.8, // (168 + 0.25 x 112) / 35 days = 5.6 last year against its level 2
      seasonal_weight: 0.914, // 1.06012 / (1.06012 + 9 x (1/196 + 1/168))
      seasonal_index: 2.563, // 2.8^0.9142
      trend: 1.5,
      level_this_year: 3,
      level_recent: 3,
      level: 3,
      level_last_year: 2,
      years_compared: 1,
      family: null,
      last_year_horizon_daily: 5.6,
      trailing_daily: 3,
      history_days: 490,
    });
    expect(bySku(output.rows, 'GAP-1')).toMatchObject({
      forecast_units: 56,
      trailing_daily: 1.5, // the stockout lowers the 28-day average; the forecast does not learn from it
      excluded_weeks: { stockout: 2, promotion: 1 },
    });
    expect(bySku(output.rows, 'NEW-1')).toMatchObject({
      method: 'average',
      forecast_units: 84,
      history_days: 63,
      fallback_reason: expect.stringMatching(/^under a year of history/),
    });
    // The flat SKU is forecast exactly at each of the 8 backtest origins, as is the average.
    expect(bySku(output.rows, 'FLAT-1').backtest).toEqual({
      origins: 8,
      wape: 0,
      baseline_wape: 0,
    });
    expect(output.summary).toMatch(
      /^Forecast 411 units over the 28 days 2026-11-30 to 2026-12-27 for 4 SKU x warehouse positions: 3 seasonal/,
    );
    expect(text).toContain(
      '| SEA-1 | Product SEA-1 | FBA-US | 215.3 | 7.69 | 53.8 | seasonal | 2.56 | 1.5 | 490 |',
    );
  });

  it('answers in Chinese with the method translated', async () => {
    const { output } = await call('demand_forecast', { skus: ['new-1'] });
    const text = answerToMarkdown(
      toolAnswer(deps.registry.get('demand_forecast'), output, 'zh-Hans'),
    );
    expect(text).toContain('预测期为未来 28 天（至 2026-12-27）');
    expect(text).toContain('| NEW-1 | Product NEW-1 | FBA-US | 84 | 3 | 21 | 近期平均 |');
  });

  it('names the field when the horizon is out of range', async () => {
    const result = await invokeTool(
      deps.registry,
      deps,
      'demand_forecast',
      { horizon_days: 365 },
      { surface: 'cli' },
    );
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).toMatch(/horizon_days/);
  });
});

describe('the planning tools use the forecast', () => {
  it('stockout_risk sees December coming for the seasonal SKU; method "average" keeps the old figures', async () => {
    const forecast = bySku((await call('stockout_risk', { min_risk: 'ok' })).output.rows, 'SEA-1');
    // The next 30 + 14 days (weeks 0-6): last year's weeks -52..-46 sold 42 each (294), the two before 14 each and
    // the two after 42 each count a quarter: (294 + 0.25 x 112) / (8 x 7) = 5.75 a day, ratio 2.875 against 2;
    // weight (ln 2.875)² / ((ln 2.875)² + 9 x (1/322 + 1/168)) = 0.93188, index 2.875^0.93188 = 2.6754;
    // 3 a day x 2.6754 = 8.03 a day; 180 available last 22.43 days, under the 30-day lead time.
    expect(forecast).toMatchObject({
      method: 'seasonal',
      avg_daily_sales: 8.03,
      trailing_daily: 3,
      days_of_cover: 22.43,
      risk: 'critical',
    });
    const average = bySku(
      (await call('stockout_risk', { min_risk: 'ok', method: 'average' })).output.rows,
      'SEA-1',
    );
    expect(average).toMatchObject({
      method: 'average',
      avg_daily_sales: 3,
      days_of_cover: 60,
      risk: 'ok',
    });
  });

  it('reorder_plan orders for the season and says which orders cannot arrive by arrive_by', async () => {
    const { output, text } = await call('reorder_plan', { arrive_by: '2026-12-24' });
    // The next 30 + 30 days (weeks 0-8): last year's weeks -52..-44 sold 42 each (378), the two before and the two
    // after 14 each count a quarter: (378 + 0.25 x 56) / (10 x 7) = 5.6 a day, ratio 2.8; weight 1.06012 / (1.06012 +
    // 9 x (1/392 + 1/168)) = 0.93267, index 2.8^0.93267 = 2.6125; 3 x 2.6125 = 7.8374 a day.
    // order_up_to = 7.8374 x (30 + 30) + 1.645 x 0 x sqrt(30) = 470.24; 470.24 - 180 available = 290.24 (30 cases of 10).
    expect(bySku(output.rows, 'SEA-1')).toMatchObject({
      method: 'seasonal',
      avg_daily_sales: 7.84,
      order_up_to: 470.24,
      quantity: 300,
      earliest_arrival: '2026-12-30',
      arrives_in_time: false,
    });
    expect(output.summary).toContain(
      'cannot arrive by 2026-12-24: SEA-1 FBA-US (lead time 30 days, 2026-12-30)',
    );
    expect(text).toContain('| no (2026-12-30) |');
    const average = await call('reorder_plan', { method: 'average', skus: ['SEA-1'] });
    expect(average.output.rows).toEqual([]); // 3 a day x 60 days = 180, covered by the 180 available
    const inTime = await call('reorder_plan', { skus: ['SEA-1'], arrive_by: '2027-01-15' });
    expect(inTime.output.rows[0].arrives_in_time).toBe(true);
    expect(inTime.output.summary).toContain('Every order placed today arrives by 2027-01-15.');
  });
});
