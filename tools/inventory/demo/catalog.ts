// The demo seller: eight warehouses (seven overseas FBA/3PL and one in China) and 25 product lines of 8 variants.
import type { WarehouseRecord } from '../types';
import type { SeasonProfile } from './calendar';

export interface DemoWarehouse extends WarehouseRecord {
  /** Relative demand in this market (US = 1). */
  demand: number;
  /** Share of the catalogue listed here. */
  listed: number;
  /** Prefix of inbound shipment references. */
  reference: string;
}

export const DEMO_WAREHOUSES: DemoWarehouse[] = [
  {
    code: 'FBA-US',
    name: 'Amazon FBA US (ONT8)',
    country: 'US',
    type: 'fba',
    market: 'US',
    demand: 1,
    listed: 0.85,
    reference: 'FBA17',
  },
  {
    code: 'FBA-DE',
    name: 'Amazon FBA Germany (FRA7)',
    country: 'DE',
    type: 'fba',
    market: 'DE',
    demand: 0.55,
    listed: 0.65,
    reference: 'FBA17',
  },
  {
    code: 'FBA-UK',
    name: 'Amazon FBA UK (BHX4)',
    country: 'GB',
    type: 'fba',
    market: 'GB',
    demand: 0.45,
    listed: 0.5,
    reference: 'FBA17',
  },
  {
    code: '3PL-FR',
    name: '3PL Paris (Roissy)',
    country: 'FR',
    type: '3pl',
    market: 'FR',
    demand: 0.3,
    listed: 0.4,
    reference: 'FR-ASN',
  },
  {
    code: 'FBA-JP',
    name: 'Amazon FBA Japan (NRT5)',
    country: 'JP',
    type: 'fba',
    market: 'JP',
    demand: 0.35,
    listed: 0.35,
    reference: 'FBA17',
  },
  {
    code: '3PL-AU',
    name: '3PL Sydney (Eastern Creek)',
    country: 'AU',
    type: '3pl',
    market: 'AU',
    demand: 0.22,
    listed: 0.3,
    reference: 'AU-ASN',
  },
  {
    code: 'FBA-SA',
    name: 'Amazon FBA Saudi Arabia (RUH1)',
    country: 'SA',
    type: 'fba',
    market: 'SA',
    demand: 0.2,
    listed: 0.25,
    reference: 'FBA17',
  },
  {
    code: 'CN-SZ',
    name: 'Own warehouse Shenzhen (Longhua)',
    country: 'CN',
    type: 'domestic',
    market: 'CN',
    demand: 0.25,
    listed: 1,
    reference: 'PO',
  },
];

export interface ProductLine {
  code: string;
  name: string;
  category: string;
  profile: SeasonProfile;
  /** Median units per day in the US for the best variant. */
  popularity: number;
  cost: [number, number];
  leadTime: [number, number];
  casePack: number;
  variants: readonly string[];
}

const COLOURS = ['Black', 'White', 'Navy', 'Grey', 'Pink', 'Green', 'Red', 'Beige'] as const;
const SIZES = ['XS', 'S', 'M', 'L', 'XL', 'XXL', 'Black M', 'Black L'] as const;

const line = (
  code: string,
  name: string,
  category: string,
  profile: SeasonProfile,
  popularity: number,
  cost: [number, number],
  leadTime: [number, number],
  casePack: number,
  variants: readonly string[] = COLOURS,
): ProductLine => ({
  code,
  name,
  category,
  profile,
  popularity,
  cost,
  leadTime,
  casePack,
  variants,
});

export const PRODUCT_LINES: ProductLine[] = [
  line('EAR', 'Wireless Earbuds', 'radio-equipment', 'gift', 9, [8, 16], [25, 35], 50),
  line('CHG', 'USB-C GaN Charger 65W', 'electronics', 'steady', 7, [6, 11], [25, 35], 50),
  line('PWB', 'Power Bank 10000mAh', 'batteries', 'steady', 6, [7, 12], [30, 40], 40),
  line('SPK', 'Bluetooth Speaker', 'radio-equipment', 'gift', 4, [12, 22], [25, 35], 20),
  line('WAT', 'Smart Watch', 'radio-equipment', 'gift', 4, [15, 28], [25, 35], 20),
  line('LMP', 'LED Desk Lamp', 'electronics', 'school', 3, [9, 15], [30, 40], 10),
  line('CAS', 'Phone Case', 'electronics', 'steady', 12, [1, 3], [20, 30], 100),
  line('CBL', 'Braided USB-C Cable 2m', 'electronics', 'steady', 14, [1, 2.5], [20, 30], 100),
  line('CAM', '1080p Webcam', 'electronics', 'steady', 2, [10, 18], [25, 35], 20),
  line('BLK', 'Building Blocks Set', 'toys', 'gift', 4, [6, 14], [35, 45], 12),
  line('PLS', 'Plush Bear 30cm', 'toys', 'gift', 5, [3, 6], [30, 40], 24),
  line('RCC', 'RC Stunt Car', 'toys', 'gift', 2, [12, 20], [35, 45], 12),
  line('PZL', 'Jigsaw Puzzle 1000 pieces', 'toys', 'winter', 3, [3, 5], [30, 40], 24),
  line('SRM', 'Vitamin C Serum 30ml', 'cosmetics', 'steady', 6, [2, 4], [20, 30], 48),
  line('LIP', 'Lip Tint', 'cosmetics', 'gift', 8, [1, 2], [20, 30], 96),
  line('MSK', 'Sheet Mask 10-pack', 'cosmetics', 'steady', 5, [2, 4], [20, 30], 48),
  line('LEG', 'Yoga Leggings', 'apparel', 'fitness', 6, [5, 9], [35, 45], 20, SIZES),
  line('PUF', 'Packable Puffer Jacket', 'apparel', 'winter', 3, [14, 24], [40, 50], 10, SIZES),
  line('HAT', 'Wide-Brim Sun Hat', 'apparel', 'summer', 4, [3, 6], [30, 40], 24),
  line('BTL', 'Insulated Water Bottle 750ml', 'food-contact', 'summer', 7, [4, 7], [30, 40], 24),
  line('BAK', 'Silicone Baking Mat', 'food-contact', 'gift', 3, [2, 4], [30, 40], 50),
  line('LBX', 'Bento Lunch Box', 'food-contact', 'school', 4, [3, 6], [30, 40], 24),
  line('LGT', 'LED String Lights 10m', 'electronics', 'gift', 5, [3, 6], [30, 40], 40),
  line('PRM', 'Travel Prayer Mat', 'apparel', 'ramadan', 2, [4, 8], [35, 45], 20),
  line('LTN', 'LED Ramadan Lantern', 'electronics', 'ramadan', 2, [5, 9], [35, 45], 12),
];
