// inventory_status as an answer: SKU, available and days of cover always visible; the rest folds away.
import type { AnswerLang, Block } from '../../core/answer';
import {
  field,
  inventoryAnswer,
  LABELS,
  type InventoryColumn,
  type InventoryOutput,
} from './answer-table';

interface Row {
  sku: string;
  title?: string | null;
  warehouse: string;
  on_hand: number;
  reserved: number;
  available: number;
  inbound: number;
  next_inbound: string | null;
  avg_daily_sales: number;
  days_of_cover: number | null;
}

const columns: InventoryColumn<Row>[] = [
  { key: 'sku', label: LABELS.sku, priority: 1, value: (r) => r.sku },
  { key: 'title', label: LABELS.product, priority: 2, value: (r) => r.title ?? null },
  { key: 'warehouse', label: LABELS.warehouse, priority: 1, value: (r) => r.warehouse },
  field<Row>('on_hand', LABELS.onHand, 3, 'number'),
  field<Row>('reserved', LABELS.reserved, 3, 'number'),
  field<Row>('available', LABELS.available, 1, 'number'),
  field<Row>('inbound', LABELS.inbound, 2, 'number'),
  field<Row>('next_inbound', LABELS.nextInbound, 3, 'date'),
  field<Row>('avg_daily_sales', LABELS.salesPerDay, 2, 'number'),
  field<Row>('days_of_cover', LABELS.cover, 1, 'number'),
];

export function inventoryStatusAnswer(out: InventoryOutput<Row>, lang: AnswerLang): Block[] {
  return inventoryAnswer('inventory_status', out, columns, lang);
}
