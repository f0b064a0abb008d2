// Variants of one parent SKU (products.csv parent_sku) forecast with their family, through the importer and the tools.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../server/deps';
import { importInventory } from '../../tools/inventory/import/import-inventory';
import { invokeTool } from '../../tools/invoke';
import { createTestDeps } from '../helpers/test-deps';
import { FAMILY_FIXTURE, FORECAST_AS_OF, fixtureFiles } from './forecast-fixture';

let deps: AppDeps;

const files = (parent: string | null) =>
  fixtureFiles(FAMILY_FIXTURE, { onHand: 100, parent, title: (sku) => `Mug ${sku}` });

async function forecastRow(sku: string) {
  const result = await invokeTool(
    deps.registry,
    deps,
    'demand_forecast',
    { skus: [sku] },
    { surface: 'cli' },
  );
  if (!result.ok) throw result.error;
  return (result.output as { rows: Array<Record<string, unknown>> }).rows[0];
}

beforeAll(async () => {
  deps = await createTestDeps({ now: new Date(`${FORECAST_AS_OF}T09:00:00Z`) });
});
afterAll(() => deps.db.close());

describe('a variant forecast with its family', () => {
  it('reads the season of its parent when products.csv names one, and its own history when not', async () => {
    await importInventory(deps.db, files(null));
    // No parent: FAM-S's own history is flat (1 a day), so is its forecast.
    expect(await forecastRow('FAM-S')).toMatchObject({
      family: null,
      seasonal_index: 1,
      forecast_units: 28,
    });

    await importInventory(deps.db, files('FAM'));
    // With the parent FAM: the family's December (ratio 2.35, index 2.2154) pulls its flat own ratio up to 1.6768,
    // applied to a quarter of the family's level of 4 a day (hand-computed in forecast/seasonal.test.ts).
    expect(await forecastRow('FAM-S')).toMatchObject({
      method: 'seasonal',
      family: 'FAM',
      family_skus: 2,
      family_share: 0.25,
      family_level: 4,
      level: 1,
      seasonal_ratio: 1,
      family_seasonal_ratio: 2.35,
      family_seasonal_index: 2.215,
      seasonal_weight: 0.35,
      seasonal_index: 1.677,
      forecast_units: 46.95,
    });
    // The planning tools plan with the same method over their own horizon (30 days of lead time + 14): the family's
    // weeks -52..-46 sold 70 each (490) and the side weeks 196: (490 + 0.25 x 196) / 56 days / 4 = 2.40625, index
    // 2.2961; FAM-S's own ratio 1 (56 units over 56 days against 1 a day) keeps weight 0.3906 of its difference:
    // 2.2961 x (1 / 2.2961)^0.3906 = 1.6595 a day; 100 available last 60.26 days.
    const risk = await invokeTool(
      deps.registry,
      deps,
      'stockout_risk',
      { skus: ['FAM-S'], min_risk: 'ok' },
      { surface: 'cli' },
    );
    if (!risk.ok) throw risk.error;
    expect((risk.output as { rows: unknown[] }).rows[0]).toMatchObject({
      method: 'seasonal',
      avg_daily_sales: 1.66,
      days_of_cover: 60.26,
    });
  });

  it('keeps the parent when a later products.csv leaves the column out', async () => {
    const withoutColumn = files(null);
    withoutColumn['products.csv'] = withoutColumn['products.csv']
      .split('\n')
      .map((line) => line.split(',').slice(0, -1).join(','))
      .join('\n');
    expect(withoutColumn['products.csv']).not.toContain('parent_sku');
    await importInventory(deps.db, withoutColumn);
    expect(await forecastRow('FAM-S')).toMatchObject({ family: 'FAM', forecast_units: 46.95 });
  });

  it('clears the parent when products.csv has the column and leaves the cell empty', async () => {
    const emptied = files(null);
    expect(emptied['products.csv'].split('\n')[0]).toContain('parent_sku');
    await importInventory(deps.db, emptied);
    expect(await forecastRow('FAM-S')).toMatchObject({ family: null, forecast_units: 28 });
  });
});
