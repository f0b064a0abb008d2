// The inventory formulas against figures computed by hand.
import { describe, expect, it } from 'vitest';
import {
  daysOfCover,
  demandStats,
  inverseNormalCdf,
  projectedStockoutDate,
  reorderQuantity,
  roundOrder,
  stockoutRisk,
} from '../../tools/inventory/formulas';
import { planTransfers, transferArea } from '../../tools/inventory/transfers';

describe('inverseNormalCdf', () => {
  it('matches the standard normal table', () => {
    expect(inverseNormalCdf(0.5)).toBeCloseTo(0, 9);
    expect(inverseNormalCdf(0.9)).toBeCloseTo(1.281552, 6);
    expect(inverseNormalCdf(0.95)).toBeCloseTo(1.644854, 6);
    expect(inverseNormalCdf(0.975)).toBeCloseTo(1.959964, 6);
    expect(inverseNormalCdf(0.99)).toBeCloseTo(2.326348, 6);
    expect(inverseNormalCdf(0.999)).toBeCloseTo(3.090232, 6);
    expect(inverseNormalCdf(0.01)).toBeCloseTo(-2.326348, 6);
  });

  it('refuses probabilities outside (0, 1)', () => {
    expect(() => inverseNormalCdf(1)).toThrow(RangeError);
    expect(() => inverseNormalCdf(0)).toThrow(RangeError);
  });
});

describe('demandStats', () => {
  it('averages over every day of the window, days without sales counted as zero', () => {
    // 28 units on 4 of 28 days: mean 4; sample variance (4*784 - 28*16) / 27 = 2688/27.
    const stats = demandStats(112, 4 * 28 * 28, 28);
    expect(stats.avg_daily_sales).toBe(4);
    expect(stats.sigma_daily).toBeCloseTo(Math.sqrt(2688 / 27), 10);
    expect(stats.sigma_daily).toBeCloseTo(9.9778, 4);
  });

  it('gives the sample (n - 1) standard deviation of a known series', () => {
    const series = [3, 0, 5, 2, 0, 4, 7];
    const sum = series.reduce((a, b) => a + b, 0);
    const squares = series.reduce((a, b) => a + b * b, 0);
    // mean 3; deviations 0,-3,2,-1,-3,1,4 -> squares sum 40 -> variance 40/6.
    expect(demandStats(sum, squares, 7)).toEqual({
      avg_daily_sales: 3,
      sigma_daily: Math.sqrt(40 / 6),
    });
  });

  it('is zero without sales', () => {
    expect(demandStats(0, 0, 28)).toEqual({ avg_daily_sales: 0, sigma_daily: 0 });
  });
});

describe('days of cover and projected stockout', () => {
  it('divides available stock by the daily rate, null without sales', () => {
    expect(daysOfCover(56, 4)).toBe(14);
    expect(daysOfCover(10, 3)).toBeCloseTo(3.333, 3);
    expect(daysOfCover(80, 0)).toBeNull();
  });

  it('projects the stockout to as_of + floor(days_of_cover)', () => {
    expect(projectedStockoutDate('2025-03-01', 14)).toBe('2025-03-15');
    expect(projectedStockoutDate('2025-02-27', 3.9)).toBe('2025-03-02');
    expect(projectedStockoutDate('2025-03-01', 0)).toBe('2025-03-01');
    expect(projectedStockoutDate('2025-03-01', null)).toBeNull();
  });
});

describe('stockoutRisk', () => {
  const base = { lead_time_days: 20, projected_stockout_date: '2025-03-15' };

  it('is critical under 7 days of cover even when the inbound arrives in time', () => {
    expect(
      stockoutRisk({
        ...base,
        days_of_cover: 6,
        projected_stockout_date: '2025-03-07',
        next_inbound: '2025-03-03',
      }),
    ).toEqual({ risk: 'critical', inbound_before_stockout: true });
  });

  it('is critical when stock runs out before the next inbound within the lead time', () => {
    expect(stockoutRisk({ ...base, days_of_cover: 14, next_inbound: '2025-03-20' })).toEqual({
      risk: 'critical',
      inbound_before_stockout: false,
    });
    // No shipment on the way counts as arriving after the stockout.
    expect(stockoutRisk({ ...base, days_of_cover: 14, next_inbound: null })).toEqual({
      risk: 'critical',
      inbound_before_stockout: null,
    });
    // Arriving on the stockout day is not before it.
    expect(stockoutRisk({ ...base, days_of_cover: 14, next_inbound: '2025-03-15' }).risk).toBe(
      'critical',
    );
  });

  it('is a warning under lead time + 14 days when the inbound lands first or the cover exceeds the lead time', () => {
    expect(stockoutRisk({ ...base, days_of_cover: 14, next_inbound: '2025-03-10' })).toEqual({
      risk: 'warning',
      inbound_before_stockout: true,
    });
    expect(stockoutRisk({ ...base, days_of_cover: 33.9, next_inbound: null }).risk).toBe('warning');
  });

  it('is ok from lead time + 14 days of cover, and without sales', () => {
    expect(stockoutRisk({ ...base, days_of_cover: 34, next_inbound: null }).risk).toBe('ok');
    expect(
      stockoutRisk({
        ...base,
        days_of_cover: null,
        projected_stockout_date: null,
        next_inbound: '2025-03-10',
      }),
    ).toEqual({ risk: 'ok', inbound_before_stockout: null });
  });
});

describe('reorderQuantity', () => {
  it('computes safety stock, order-up-to level and quantity step by step', () => {
    const z = inverseNormalCdf(0.95);
    const sigma = Math.sqrt(2688 / 27);
    const plan = reorderQuantity({
      avg_daily_sales: 4,
      sigma_daily: sigma,
      z,
      lead_time_days: 20,
      review_period_days: 30,
      available: 56,
      inbound_within_lead_time: 48,
      case_pack: 24,
      moq: 100,
    });
    // 1.644854 * 9.977753 * sqrt(20) = 73.3964; 4 * 50 + 73.3964 = 273.3964; - 56 - 48 = 169.3964.
    expect(plan.safety_stock).toBeCloseTo(73.3964, 3);
    expect(plan.order_up_to).toBeCloseTo(273.3964, 3);
    expect(plan.net_requirement).toBeCloseTo(169.3964, 3);
    expect(plan.quantity).toBe(192); // 8 cases of 24
  });

  it('orders nothing when stock and inbound cover the order-up-to level', () => {
    const plan = reorderQuantity({
      avg_daily_sales: 1,
      sigma_daily: 0,
      z: 1.645,
      lead_time_days: 20,
      review_period_days: 30,
      available: 900,
      inbound_within_lead_time: 0,
      case_pack: 24,
      moq: 100,
    });
    expect(plan).toEqual({ safety_stock: 0, order_up_to: 50, net_requirement: -850, quantity: 0 });
  });

  it('rounds up to whole case packs, then raises to the MOQ', () => {
    expect(roundOrder(169.4, 24, 100)).toBe(192);
    expect(roundOrder(10, 24, 100)).toBe(100);
    expect(roundOrder(0.2, 1, 1)).toBe(1);
    expect(roundOrder(30.000000000000004, 10, 1)).toBe(30);
    expect(roundOrder(0, 10, 50)).toBe(0);
    expect(roundOrder(-3, 10, 50)).toBe(0);
  });
});

describe('planTransfers', () => {
  const settings = { shortage_days: 30, surplus_days: 90, target_days: 60 };
  const pos = (warehouse: string, market: string, available: number, avg: number, inbound = 0) => ({
    sku: 'A-100',
    warehouse,
    market,
    available,
    inbound,
    avg_daily_sales: avg,
    days_of_cover: avg > 0 ? available / avg : null,
  });

  it('moves the receiver need, capped by the donor surplus, within the EU', () => {
    const [transfer, ...rest] = planTransfers(
      [pos('FBA-DE', 'DE', 56, 4, 48), pos('3PL-FR', 'FR', 900, 1)],
      settings,
    );
    expect(rest).toEqual([]);
    // need = ceil(60 * 4) - 56 - 48 = 136; spare = 900 - 60 = 840.
    expect(transfer).toMatchObject({ area: 'EU', quantity: 136 });
    expect(transfer.from.warehouse).toBe('3PL-FR');
    expect(transfer.to.warehouse).toBe('FBA-DE');

    const capped = planTransfers(
      [pos('FBA-DE', 'DE', 0, 10), pos('3PL-FR', 'FR', 50, 0)],
      settings,
    );
    expect(capped.map((t) => t.quantity)).toEqual([50]); // no sales: all 50 are spare
  });

  it('never moves stock across customs borders or from a warehouse without surplus', () => {
    expect(
      planTransfers([pos('FBA-DE', 'DE', 10, 4), pos('FBA-US', 'US', 900, 1)], settings),
    ).toEqual([]);
    expect(
      planTransfers([pos('FBA-DE', 'DE', 10, 4), pos('3PL-FR', 'FR', 80, 1)], settings),
    ).toEqual([]);
    expect(transferArea('DE')).toBe('EU');
    expect(transferArea('GB')).toBe('GB');
  });
});
