// The demo's inputs to FBA ageing: a unit volume per product line and the shipments received over the sales year,
// laid out so today's stock is explained by them (overstocked positions got their last shipment long ago).
import { addDays } from '../dates';
import { pairKey } from '../queries';
import type { InboundRecord, SaleRecord, StockRecord } from '../types';
import { createRng } from './prng';

/** Cubic feet per unit, by product line code (packaged size, rounded). */
export const DEMO_UNIT_VOLUME_CUFT: Record<string, number> = {
  EAR: 0.02,
  CHG: 0.02,
  PWB: 0.03,
  SPK: 0.12,
  WAT: 0.04,
  LMP: 0.35,
  CAS: 0.01,
  CBL: 0.01,
  CAM: 0.05,
  BLK: 0.3,
  PLS: 0.25,
  RCC: 0.4,
  PZL: 0.12,
  SRM: 0.01,
  LIP: 0.005,
  MSK: 0.03,
  LEG: 0.04,
  PUF: 0.15,
  HAT: 0.2,
  BTL: 0.12,
  BAK: 0.05,
  LBX: 0.15,
  LGT: 0.05,
  PRM: 0.1,
  LTN: 0.3,
};

/**
 * Received shipments (ETA before `anchor`) for every stock position, walking back from today's on-hand through
 * the daily sales: every `cadence` days a shipment brought the stock up from a few days of sales. Positions with
 * over 150 days of cover, or no recent sales, had their last shipment 150-330 days ago. Own random stream, so the
 * rest of the demo set does not change.
 */
export function demoReceivedShipments(
  anchor: string,
  historyDays: number,
  stock: StockRecord[],
  sales: SaleRecord[],
  seed: number,
): InboundRecord[] {
  const rng = createRng(seed);
  const daily = new Map<string, Map<string, number>>();
  for (const s of sales) {
    const key = pairKey(s.sku, s.warehouse);
    let days = daily.get(key);
    if (!days) daily.set(key, (days = new Map()));
    days.set(s.date, s.units);
  }
  const received: InboundRecord[] = [];
  // back = 1 .. historyDays: the day `back` days before the anchor.
  const dayBefore = Array.from({ length: historyDays + 1 }, (_, back) => addDays(anchor, -back));
  for (const position of stock) {
    const days = daily.get(pairKey(position.sku, position.warehouse)) ?? new Map<string, number>();
    const total = [...days.values()].reduce((a, b) => a + b, 0);
    const mean = total / historyDays;
    let recent = 0;
    for (let back = 1; back <= 28; back++) recent += days.get(dayBefore[back]) ?? 0;
    const stuck = recent === 0 || position.on_hand > (recent / 28) * 150;
    const cadence = rng.int(30, 75);
    let next = stuck ? rng.int(150, 330) : rng.int(3, cadence);
    let level = position.on_hand;
    for (let back = 1; back <= historyDays; back++) {
      const date = dayBefore[back];
      level += days.get(date) ?? 0;
      if (back !== next) continue;
      next += cadence + rng.int(-5, 5);
      const leftover = Math.min(level, Math.round(mean * rng.between(2, 12)));
      const quantity = level - leftover;
      if (quantity <= 0) continue;
      received.push({
        sku: position.sku,
        warehouse: position.warehouse,
        quantity,
        eta: date,
        reference: `RCV-${date.replace(/-/g, '')}`,
      });
      level = leftover;
    }
  }
  return received;
}
