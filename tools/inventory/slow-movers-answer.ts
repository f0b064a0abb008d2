// slow_movers as an answer: SKU, warehouse, reason and the value tied up always visible; the rest folds away.
import type { AnswerLang, Block } from '../../core/answer';
import type { Texts } from '../shared/answer-text';
import {
  field,
  inventoryAnswer,
  LABELS,
  money,
  type InventoryColumn,
  type InventoryOutput,
} from './answer-table';

interface Row {
  sku: string;
  title?: string | null;
  warehouse: string;
  reason: 'no_sales' | 'excess_cover';
  available: number;
  avg_daily_sales: number;
  days_of_cover: number | null;
  last_sale_date: string | null;
  currency: string;
  value_tied_up: number;
}

const REASON: Record<Row['reason'], Texts> = {
  no_sales: { en: 'no sales', 'zh-Hans': '无销量', 'zh-Hant': '無銷量' },
  excess_cover: { en: 'excess cover', 'zh-Hans': '库存过剩', 'zh-Hant': '庫存過剩' },
};

function columns(rows: Row[]): InventoryColumn<Row>[] {
  return [
    { key: 'sku', label: LABELS.sku, priority: 1, value: (r) => r.sku },
    { key: 'title', label: LABELS.product, priority: 2, value: (r) => r.title ?? null },
    { key: 'warehouse', label: LABELS.warehouse, priority: 1, value: (r) => r.warehouse },
    {
      key: 'reason',
      label: { en: 'Reason', 'zh-Hans': '原因', 'zh-Hant': '原因' },
      priority: 2,
      value: (r, l) => REASON[r.reason][l],
    },
    field<Row>('available', LABELS.available, 2, 'number'),
    field<Row>('avg_daily_sales', LABELS.salesPerDay, 3, 'number'),
    {
      key: 'days_of_cover',
      label: LABELS.cover,
      priority: 3,
      kind: 'number',
      value: (r) => (r.days_of_cover === null ? null : Math.round(r.days_of_cover)),
    },
    field<Row>('last_sale_date', LABELS.lastSaleDate, 3, 'date'),
    money<Row>(
      'value_tied_up',
      { en: 'Value tied up', 'zh-Hans': '占用资金', 'zh-Hant': '佔用資金' },
      1,
      rows,
    ),
  ];
}

export function slowMoversAnswer(out: InventoryOutput<Row>, lang: AnswerLang): Block[] {
  return inventoryAnswer('slow_movers', out, columns(out.rows), lang);
}
