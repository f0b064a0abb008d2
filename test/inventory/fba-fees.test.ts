// FBA fees on a small hand-computed fixture (as_of 2026-01-01): FIFO ageing across two received shipments, stock
// older than the sales history, a 3PL warehouse never flagged, a thin FBA SKU at risk of the low-inventory-level
// fee and a new SKU exempt from it; plus the pure arithmetic behind them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerToMarkdown } from '../../core/answer-markdown';
import type { AppDeps } from '../../server/deps';
import { toolAnswer } from '../../tools/define-tool';
import { addDays } from '../../tools/inventory/dates';
import { AGED_SURCHARGE_US, LOW_INVENTORY_FEE_US } from '../../tools/inventory/fba-fee-tables';
import { agedSurcharge, fifoAgeing, lowInventoryRisk } from '../../tools/inventory/fba-fees';
import { importInventory } from '../../tools/inventory/import/import-inventory';
import { invokeTool } from '../../tools/invoke';
import { createTestDeps } from '../helpers/test-deps';

const AS_OF = '2026-01-01';

/** Daily sales rows of `units` from `from` for `days` days. */
function daily(sku: string, from: string, days: number, units: number): string[] {
  return Array.from({ length: days }, (_, i) => `${addDays(from, i)},${sku},FBA-US,${units}`);
}

const FILES = {
  'products.csv': [
    'sku,title,category,unit_cost,currency,lead_time_days,moq,case_pack,unit_volume_cuft',
    'P-AGE,Two shipments,toys,4.00,USD,30,1,1,0.5',
    'P-OLD,Older than history,toys,2.00,USD,30,1,1,0.2',
    'P-LOW,Thin fast seller,toys,3.00,USD,30,1,1,0.1',
    'P-NEW,New fast seller,toys,3.00,USD,30,1,1,0.1',
  ].join('\n'),
  'warehouses.csv': [
    'code,name,country,type,market',
    'FBA-US,Amazon FBA US,US,fba,US',
    '3PL-US,3PL New Jersey,US,3pl,US',
  ].join('\n'),
  'stock.csv': [
    'sku,warehouse,on_hand,reserved',
    'P-AGE,FBA-US,55,0',
    'P-OLD,FBA-US,30,0',
    'P-OLD,3PL-US,30,0',
    'P-LOW,FBA-US,50,0',
    'P-NEW,FBA-US,50,0',
  ].join('\n'),
  // Shipments with an ETA before as_of were received.
  'inbound.csv': [
    'sku,warehouse,quantity,eta,reference',
    'P-AGE,FBA-US,100,2025-06-01,RCV-1',
    'P-AGE,FBA-US,50,2025-09-01,RCV-2',
    'P-LOW,FBA-US,50,2025-12-20,RCV-3',
    'P-NEW,FBA-US,350,2025-11-01,RCV-4',
  ].join('\n'),
  'sales.csv': [
    'date,sku,warehouse,units',
    // P-AGE: 100 in, 90 sold, 50 in, 5 sold -> 55 left: 5 of the June shipment and all 50 of September's.
    '2025-07-01,P-AGE,FBA-US,90',
    '2025-12-20,P-AGE,FBA-US,5',
    // The sales history starts here (364 days before as_of); P-OLD has no receipt on record.
    '2025-01-02,P-OLD,FBA-US,2',
    '2025-12-15,P-OLD,FBA-US,10',
    '2025-12-15,P-OLD,3PL-US,10',
    // P-LOW: first sold long ago, then 5 a day over the last 90 days.
    '2025-02-01,P-LOW,FBA-US,1',
    ...daily('P-LOW', '2025-10-03', 90, 5),
    // P-NEW: received 2025-11-01, 5 a day since the next day (60 days).
    ...daily('P-NEW', '2025-11-02', 60, 5),
  ].join('\n'),
};

let deps: AppDeps;

beforeAll(async () => {
  deps = await createTestDeps({ now: new Date(`${AS_OF}T09:00:00Z`) });
  await importInventory(deps.db, FILES);
});
afterAll(() => deps.db.close());

async function slowMovers(input: Record<string, unknown>) {
  const result = await invokeTool(deps.registry, deps, 'slow_movers', input, { surface: 'cli' });
  if (!result.ok) throw result.error;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { output: result.output as any, text: result.text };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const row = (rows: any[], sku: string, warehouse: string) =>
  rows.find((r) => r.sku === sku && r.warehouse === warehouse);

describe('slow_movers FBA fees', () => {
  it('ages stock first-in-first-out across two received shipments and prices the surcharge', async () => {
    const { output } = await slowMovers({});
    expect(row(output.rows, 'P-AGE', 'FBA-US')).toMatchObject({
      reason: 'excess_cover', // 55 / (5 / 28) = 308 days of cover
      fba: true,
      // 50 units from 2025-09-01 (122 days old), 5 from 2025-06-01 (214 days old).
      aged_units_by_band: { '0-180': 50, '211-240': 5, '181-210': 0, '366+': 0 },
      aged_units: 5,
      unknown_age_units: 0,
      surcharge_per_month: 2.5, // 5 units x 0.5 cu ft x USD 1.00
      surcharge_currency: 'USD',
      surcharge_formula: '5 u x 0.5 cu ft x USD 1.00 = USD 2.50',
      surcharge_tiers: '211-240 @ USD 1.00/cu ft',
      surcharge_note: 'US rates effective 2023-04-15, unconfirmed',
      low_inventory_fee: 'ok',
    });
  });

  it('counts stock older than the sales history as aged, in the band of the history length', async () => {
    const { output } = await slowMovers({});
    expect(row(output.rows, 'P-OLD', 'FBA-US')).toMatchObject({
      reason: 'aged_stock', // 84 days of cover: listed for its age alone
      days_of_cover: 84, // 30 / (10 / 28)
      aged_units_by_band: { '0-180': 0, '331-365': 30 },
      aged_units: 30,
      unknown_age_units: 30,
      surcharge_per_month: 25.2, // 30 x 0.2 cu ft x USD 4.20 (the history reaches back 364 days)
      surcharge_tiers: '331-365 @ USD 4.20/cu ft',
    });
    expect(output.fee_totals).toEqual({
      aged_positions: 2,
      surcharge_per_month: 'USD 27.70',
      estimated_positions: 2,
      low_inventory_at_risk: 1,
    });
    expect(output.summary).toContain(
      '2 FBA positions exposed to the aged-inventory surcharge (181+ days), est. USD 27.70/month',
    );
  });

  it('never flags a 3PL warehouse, even with the same aged stock', async () => {
    const { output } = await slowMovers({});
    expect(row(output.rows, 'P-OLD', '3PL-US')).toBeUndefined();
    const all = await slowMovers({ excess_days: 30 });
    expect(row(all.output.rows, 'P-OLD', '3PL-US')).toMatchObject({
      reason: 'excess_cover',
      fba: false,
      aged_units: 30, // aged all the same, but no surcharge outside FBA
      surcharge_per_month: null,
      surcharge_note: 'not an FBA warehouse',
      low_inventory_fee: 'not_fba',
    });
  });

  it('lists a thin FBA SKU at risk of the low-inventory-level fee, and exempts a new one', async () => {
    const { output, text } = await slowMovers({});
    expect(row(output.rows, 'P-LOW', 'FBA-US')).toMatchObject({
      reason: 'low_inventory_fee',
      available: 50,
      days_of_supply_short_term: 10, // 50 / (140 / 28)
      days_of_supply_long_term: 10, // 50 / (450 / 90)
      units_sold_last_7_days: 35,
      low_inventory_fee: 'at_risk',
      low_inventory_fee_per_unit: 'USD 0.89–1.11 per unit shipped', // band 0-14 days
      aged_units: 0,
    });
    expect(text).toContain('| P-LOW | Thin fast seller | FBA-US | low-inventory fee risk | 50 |');
    // P-NEW: 10 and 15 days of supply, 35 sold in 7 days, but first received 61 days ago (history: 364 days).
    expect(row(output.rows, 'P-NEW', 'FBA-US')).toBeUndefined();
    const all = await slowMovers({ excess_days: 1 });
    expect(row(all.output.rows, 'P-NEW', 'FBA-US')).toMatchObject({
      days_of_supply_short_term: 10,
      days_of_supply_long_term: 15, // 50 / (300 / 90)
      low_inventory_fee: 'exempt_new_sku',
    });
  });

  it('explains the fee figures with their dated sources in English and Chinese', async () => {
    const en = await slowMovers({});
    expect(en.text).toContain('2 FBA positions hold units aged 181+ days');
    expect(en.text).toContain('Amazon US table effective 2023-04-15, amounts unconfirmed');
    expect(en.text).toContain('https://sellercentral.amazon.com/seller-forums/discussions/t/');
    const zh = answerToMarkdown(toolAnswer(deps.registry.get('slow_movers'), en.output, 'zh-Hans'));
    expect(zh).toContain(
      '2 个 FBA 库存位有库龄 181 天以上的货（预计超龄库存附加费每月 USD 27.70）',
    );
    expect(zh).toContain('1 个面临低库存费风险');
    expect(zh).toContain('2023-04-15 生效，金额未核实');
  });
});

describe('FBA fee arithmetic', () => {
  it('takes sales from the oldest units: on-hand units are the newest receipts', () => {
    const receipts = [
      { date: '2025-06-01', quantity: 100 },
      { date: '2025-09-01', quantity: 50 },
      { date: '2026-01-05', quantity: 999 }, // not yet received on as_of
    ];
    expect(fifoAgeing(40, receipts, AS_OF, '2025-01-02').by_band).toMatchObject({
      '0-180': 40,
      '211-240': 0,
    });
    const over = fifoAgeing(160, receipts, AS_OF, '2025-10-01');
    // 50 + 100 from receipts; 10 older than a 92-day history: counted from 181 days.
    expect(over).toMatchObject({
      unknown_age_units: 10,
      unknown_age_min_days: 181,
      aged_units: 110,
    });
    expect(over.by_band).toMatchObject({ '0-180': 50, '181-210': 10, '211-240': 100 });
  });

  it('charges the 366+ tier per unit when that is greater, and nothing without a volume', () => {
    const ageing = fifoAgeing(100, [], AS_OF, '2024-06-01'); // 579 days of history
    expect(ageing.by_band['366+']).toBe(100);
    // 100 x 0.01 cu ft x 6.90 = 6.90 < 100 x 0.15 = 15.00
    expect(agedSurcharge(ageing, 0.01, null, AGED_SURCHARGE_US)?.per_month).toBe(15);
    expect(agedSurcharge(ageing, null, null, AGED_SURCHARGE_US)).toBeNull();
    const young = fifoAgeing(10, [], AS_OF, '2025-12-01'); // 181-210 band
    expect(agedSurcharge(young, 1, 'Apparel', AGED_SURCHARGE_US)).toBeNull();
  });

  it('exempts low-volume SKUs and needs both days-of-supply figures under 28', () => {
    const facts = { units_long_term: 450, units_last_7_days: 35, first_seen: '2024-01-01' };
    const base = {
      fba: true,
      available: 50,
      short_term_daily: 5,
      long_term: facts,
      history_start: '2024-01-01',
      as_of: AS_OF,
    };
    expect(lowInventoryRisk(base, LOW_INVENTORY_FEE_US).status).toBe('at_risk');
    const withFacts = (more: Partial<typeof facts>, history = '2024-01-01') =>
      lowInventoryRisk({ ...base, long_term: { ...facts, ...more }, history_start: history }, null);
    expect(withFacts({ units_last_7_days: 19 }).status).toBe('exempt_low_volume');
    // Long term 50 / (100 / 90) = 45 days: not both under 28.
    expect(withFacts({ units_long_term: 100 })).toMatchObject({
      status: 'ok',
      long_term_days_of_supply: 45,
    });
    // A market without a fee table: still at risk, no amount.
    expect(lowInventoryRisk(base, null)).toMatchObject({ status: 'at_risk', fee_per_unit: null });
    // New SKU only known as new when the history is longer than the exemption period.
    expect(withFacts({ first_seen: '2025-11-01' }, '2025-10-01').status).toBe('at_risk');
    expect(withFacts({ first_seen: '2025-11-01' }).status).toBe('exempt_new_sku');
    // 40 days of supply in the short term: ok without looking further.
    expect(
      lowInventoryRisk({ ...base, short_term_daily: 1.25, long_term: null }, null),
    ).toMatchObject({
      status: 'ok',
      short_term_days_of_supply: 40,
      long_term_days_of_supply: null,
    });
  });
});
