// The inventory records as the importer, the demo generator and the database writer exchange them.
export const WAREHOUSE_TYPES = ['fba', '3pl', 'own', 'domestic'] as const;
export type WarehouseType = (typeof WAREHOUSE_TYPES)[number];

export interface ProductRecord {
  sku: string;
  title: string;
  category: string | null;
  unit_cost: number;
  currency: string;
  lead_time_days: number;
  moq: number;
  case_pack: number;
  /** Cubic feet per unit (optional column); the FBA aged-inventory surcharge is charged per cubic foot. */
  unit_volume_cuft?: number | null;
  /**
   * The parent SKU whose variant this is (optional column): variants of one parent share a season. Undefined when
   * the file has no such column (the stored parent stays), null when its cell is empty (no parent).
   */
  parent_sku?: string | null;
}

export interface WarehouseRecord {
  code: string;
  name: string;
  country: string;
  type: WarehouseType;
  market: string;
}

export interface StockRecord {
  sku: string;
  warehouse: string;
  on_hand: number;
  reserved: number;
}

export interface InboundRecord {
  sku: string;
  warehouse: string;
  quantity: number;
  eta: string;
  reference: string;
}

export interface SaleRecord {
  date: string;
  sku: string;
  warehouse: string;
  units: number;
}

/** A whole or partial inventory: every list may be empty. */
export interface InventoryData {
  products: ProductRecord[];
  warehouses: WarehouseRecord[];
  stock: StockRecord[];
  inbound: InboundRecord[];
  sales: SaleRecord[];
}

export type InventoryCounts = Record<keyof InventoryData, number>;

export function countRecords(data: InventoryData): InventoryCounts {
  return {
    products: data.products.length,
    warehouses: data.warehouses.length,
    stock: data.stock.length,
    inbound: data.inbound.length,
    sales: data.sales.length,
  };
}
