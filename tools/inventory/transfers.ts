// Pure transfer planning: within one SKU and one transfer area, move surplus cover to warehouses short of it.
import { EU_MEMBERS } from '../../core/domain/markets';

/** Warehouses can exchange stock within one market, or anywhere in the EU single market (no customs). */
export function transferArea(market: string): string {
  return EU_MEMBERS.includes(market) ? 'EU' : market;
}

export interface TransferPosition {
  sku: string;
  warehouse: string;
  market: string;
  available: number;
  inbound: number;
  avg_daily_sales: number;
  days_of_cover: number | null;
}

export interface TransferSettings {
  /** A warehouse with sales is short below this many days of cover. */
  shortage_days: number;
  /** A warehouse has surplus above this many days of cover (or stock and no sales). */
  surplus_days: number;
  /** Both ends are planned to this many days of cover. */
  target_days: number;
}

export interface Transfer<P extends TransferPosition = TransferPosition> {
  sku: string;
  area: string;
  from: P;
  to: P;
  quantity: number;
}

/**
 * Receiver (days_of_cover < shortage_days) needs ceil(target_days * avg_daily_sales) - available - inbound;
 * donor (days_of_cover > surplus_days, or no sales) can spare available - ceil(target_days * avg_daily_sales).
 * Shortest cover is served first from the largest surplus; each transfer moves min(need, spare) units.
 */
export function planTransfers<P extends TransferPosition>(
  positions: P[],
  settings: TransferSettings,
): Transfer<P>[] {
  const groups = new Map<string, P[]>();
  for (const p of positions) {
    const key = `${p.sku}\u0000${transferArea(p.market)}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const transfers: Transfer<P>[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const keep = (p: TransferPosition) => Math.ceil(settings.target_days * p.avg_daily_sales);
    const receivers = group
      .filter((p) => p.days_of_cover !== null && p.days_of_cover < settings.shortage_days)
      .map((p) => ({ p, need: keep(p) - p.available - p.inbound }))
      .filter((r) => r.need > 0)
      .sort((a, b) => (a.p.days_of_cover ?? 0) - (b.p.days_of_cover ?? 0));
    const donors = group
      .filter(
        (p) =>
          p.available > 0 && (p.days_of_cover === null || p.days_of_cover > settings.surplus_days),
      )
      .map((p) => ({ p, spare: p.available - keep(p) }))
      .filter((d) => d.spare > 0)
      .sort(
        (a, b) =>
          (b.p.days_of_cover ?? Infinity) - (a.p.days_of_cover ?? Infinity) || b.spare - a.spare,
      );
    for (const receiver of receivers) {
      for (const donor of donors) {
        if (receiver.need <= 0) break;
        const quantity = Math.min(receiver.need, donor.spare);
        if (quantity <= 0) continue;
        transfers.push({
          sku: receiver.p.sku,
          area: transferArea(receiver.p.market),
          from: donor.p,
          to: receiver.p,
          quantity,
        });
        receiver.need -= quantity;
        donor.spare -= quantity;
      }
    }
  }
  return transfers;
}
