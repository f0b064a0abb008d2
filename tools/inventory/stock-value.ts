// What stock is worth: on-hand units times the product's unit cost, summed per currency (never converted).
import { round2 } from './formulas';

export interface CurrencyValue {
  currency: string;
  value: number;
  units: number;
}

/** One figure per currency, largest first; units are the on-hand units behind it. */
export function valueByCurrency(
  items: ReadonlyArray<{ currency: string; unit_cost: number; on_hand: number }>,
): CurrencyValue[] {
  const totals = new Map<string, CurrencyValue>();
  for (const item of items) {
    const currency = item.currency.toUpperCase();
    const total = totals.get(currency) ?? { currency, value: 0, units: 0 };
    total.value += item.on_hand * item.unit_cost;
    total.units += item.on_hand;
    totals.set(currency, total);
  }
  return [...totals.values()]
    .map((t) => ({ ...t, value: round2(t.value) }))
    .sort((a, b) => b.value - a.value || a.currency.localeCompare(b.currency));
}
