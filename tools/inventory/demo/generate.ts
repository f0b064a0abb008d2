// The deterministic demo inventory: products, stock, inbound and 18 months of daily sales ending the day before `anchor`.
import { addDays } from '../dates';
import type {
  InboundRecord,
  InventoryData,
  ProductRecord,
  SaleRecord,
  StockRecord,
  WarehouseRecord,
} from '../types';
import { seasonFactor } from './calendar';
import { DEMO_WAREHOUSES, PRODUCT_LINES, type DemoWarehouse, type ProductLine } from './catalog';
import { DEMO_UNIT_VOLUME_CUFT, demoReceivedShipments } from './fba-history';
import { createRng, type Rng } from './prng';

export const DEMO_SEED = 20_240_611;
/** 18 months: a year plus the 8 weeks the seasonal forecast compares, and room to backtest it on the demo. */
export const DEMO_HISTORY_DAYS = 547;
/** The window the stock levels are set against (the tools' default). */
const RECENT_DAYS = 28;

const roundUp = (units: number, pack: number) => Math.max(pack, Math.ceil(units / pack) * pack);

function makeProducts(
  rng: Rng,
): Array<{ product: ProductRecord; line: ProductLine; popularity: number }> {
  return PRODUCT_LINES.flatMap((line) =>
    line.variants.map((variant, i) => {
      const casePack = line.casePack;
      return {
        line,
        popularity: (line.popularity / (1 + 0.35 * i)) * rng.logNormal(1, 0.35),
        product: {
          sku: `TP-${line.code}-${String(i + 1).padStart(3, '0')}`,
          title: `${line.name} - ${variant}`,
          category: line.category,
          unit_cost: Math.round(rng.between(line.cost[0], line.cost[1]) * 100) / 100,
          currency: 'USD',
          lead_time_days: rng.int(line.leadTime[0], line.leadTime[1]),
          moq: casePack * rng.pick([4, 5, 6, 8, 10]),
          case_pack: casePack,
          unit_volume_cuft: DEMO_UNIT_VOLUME_CUFT[line.code] ?? null,
          parent_sku: `TP-${line.code}`,
        },
      };
    }),
  );
}

/** Whether a product line is sold through a warehouse: Ramadan lines mostly in Saudi Arabia. */
function isListed(rng: Rng, line: ProductLine, warehouse: DemoWarehouse): boolean {
  if (warehouse.type === 'domestic') return true;
  if (line.profile === 'ramadan') return rng.chance(warehouse.market === 'SA' ? 1 : 0.25);
  return rng.chance(warehouse.listed);
}

/** Days of cover the current stock is set to: a realistic spread from sold out to years of stock. */
function targetCover(rng: Rng, leadTime: number, domestic: boolean): number {
  if (domestic) return rng.between(30, 150);
  const u = rng.next();
  if (u < 0.07) return rng.between(0, 7);
  if (u < 0.17) return rng.between(7, leadTime);
  if (u < 0.37) return rng.between(leadTime, leadTime + 14);
  if (u < 0.86) return rng.between(leadTime + 14, 150);
  return rng.between(190, 420);
}

/**
 * Generates the demo data set for `anchor` (YYYY-MM-DD): sales for the DEMO_HISTORY_DAYS (547) days before it, stock as
 * of it, and inbound shipments after it (plus the shipments received before it, for FBA ageing). The same anchor
 * always gives the same data.
 */
export function generateDemoInventory(anchor: string): InventoryData {
  const rng = createRng(DEMO_SEED);
  const catalogue = makeProducts(rng);
  const warehouses: WarehouseRecord[] = DEMO_WAREHOUSES.map(
    ({ code, name, country, type, market }) => ({
      code,
      name,
      country,
      type,
      market,
    }),
  );
  const days = Array.from({ length: DEMO_HISTORY_DAYS }, (_, i) =>
    addDays(anchor, i - DEMO_HISTORY_DAYS),
  );
  const stock: StockRecord[] = [];
  const inbound: InboundRecord[] = [];
  const sales: SaleRecord[] = [];
  let shipment = 0;
  // Season factors depend only on the day, profile, market and FBA; compute each series once.
  const seasons = new Map<string, number[]>();
  const season = (line: ProductLine, warehouse: DemoWarehouse) => {
    const key = `${line.profile}/${warehouse.market}/${warehouse.type}`;
    let series = seasons.get(key);
    if (!series) {
      series = days.map((date) =>
        seasonFactor(date, line.profile, warehouse.market, warehouse.type === 'fba'),
      );
      seasons.set(key, series);
    }
    return series;
  };

  for (const { product, line, popularity } of catalogue) {
    for (const warehouse of DEMO_WAREHOUSES) {
      if (!isListed(rng, line, warehouse)) continue;
      const fba = warehouse.type === 'fba';
      const base = popularity * warehouse.demand * rng.logNormal(1, 0.3);
      const growth = rng.between(-0.2, 0.5); // per year
      // Promotions (4 a year, 3-7 days), one past stockout for some, and discontinued listings that stopped selling.
      const promos = Array.from({ length: 4 }, () => [
        rng.int(0, DEMO_HISTORY_DAYS - 8),
        rng.int(3, 7),
        rng.between(1.6, 2.8),
      ]);
      const outStart = rng.chance(0.3) ? rng.int(0, DEMO_HISTORY_DAYS - 60) : -1;
      const outLength = rng.int(5, 21);
      const stoppedAt =
        !fba || !rng.chance(0.06) ? DEMO_HISTORY_DAYS : DEMO_HISTORY_DAYS - rng.int(40, 120);
      const soldOutNow = warehouse.type !== 'domestic' && rng.chance(0.02);

      const factors = season(line, warehouse);
      let recent = 0;
      days.forEach((date, i) => {
        if (i >= stoppedAt || (i >= outStart && i < outStart + outLength && outStart >= 0)) return;
        let mean = base * (1 + (growth * i) / 365) * factors[i];
        for (const [start, length, lift] of promos)
          if (i >= start && i < start + length) mean *= lift;
        const units = rng.poisson(mean);
        if (units === 0) return;
        sales.push({ date, sku: product.sku, warehouse: warehouse.code, units });
        if (i >= DEMO_HISTORY_DAYS - RECENT_DAYS) recent += units;
      });

      const rate = recent / RECENT_DAYS;
      const cover = soldOutNow
        ? 0
        : targetCover(rng, product.lead_time_days, warehouse.type === 'domestic');
      const onHand = rate > 0 ? Math.round(rate * cover) : rng.int(20, 400);
      stock.push({
        sku: product.sku,
        warehouse: warehouse.code,
        on_hand: onHand,
        reserved: Math.floor(onHand * rng.between(0, 0.06)),
      });

      const short = rate > 0 && cover < product.lead_time_days + 14;
      if (rng.chance(short ? 0.75 : 0.2) && rate > 0) {
        const horizon = short ? product.lead_time_days : 60;
        shipment += 1;
        inbound.push({
          sku: product.sku,
          warehouse: warehouse.code,
          quantity: roundUp(rate * rng.between(30, 60), product.case_pack),
          eta: addDays(anchor, rng.int(2, horizon)),
          reference: `${warehouse.reference}-${anchor.slice(2, 4)}${String(shipment).padStart(5, '0')}`,
        });
      }
    }
  }
  inbound.push(...demoReceivedShipments(anchor, DEMO_HISTORY_DAYS, stock, sales, DEMO_SEED + 1));
  return { products: catalogue.map((c) => c.product), warehouses, stock, inbound, sales };
}
