// inventory_status as an answer: SKU, available and days of cover always visible; the rest folds away.
import type { AnswerLang, Block } from '../../core/answer';
import {
  inventoryAnswer,
  LABELS,
  type InventoryColumn,
  type InventoryOutput,
} from './answer-table';

interface Row {
  sku: string;
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
  { key: 'warehouse', label: LABELS.warehouse, priority: 1, value: (r) => r.warehouse },
  {
    key: 'on_hand',
    label: { en: 'On hand', 'zh-Hans': '在库', 'zh-Hant': '在庫' },
    priority: 3,
    kind: 'number',
    value: (r) => r.on_hand,
  },
  {
    key: 'reserved',
    label: { en: 'Reserved', 'zh-Hans': '已预留', 'zh-Hant': '已預留' },
    priority: 3,
    kind: 'number',
    value: (r) => r.reserved,
  },
  {
    key: 'available',
    label: LABELS.available,
    priority: 1,
    kind: 'number',
    value: (r) => r.available,
  },
  {
    key: 'inbound',
    label: { en: 'Inbound', 'zh-Hans': '在途', 'zh-Hant': '在途' },
    priority: 2,
    kind: 'number',
    value: (r) => r.inbound,
  },
  {
    key: 'next_inbound',
    label: { en: 'Next ETA', 'zh-Hans': '最早到货', 'zh-Hant': '最早到貨' },
    priority: 3,
    kind: 'date',
    value: (r) => r.next_inbound,
  },
  {
    key: 'avg_daily_sales',
    label: LABELS.salesPerDay,
    priority: 2,
    kind: 'number',
    value: (r) => r.avg_daily_sales,
  },
  {
    key: 'days_of_cover',
    label: LABELS.cover,
    priority: 1,
    kind: 'number',
    value: (r) => r.days_of_cover,
  },
];

export function inventoryStatusAnswer(out: InventoryOutput<Row>, lang: AnswerLang): Block[] {
  return inventoryAnswer('inventory_status', out, columns, lang);
}
