// inventory_status as an answer: SKU, available and days of cover always visible; the rest folds away.
import type { AnswerLang, Block } from '../../core/answer';
import {
  field,
  inventoryAnswer,
  LABELS,
  type InventoryColumn,
  type InventoryOutput,
} from './answer-table';
import { fill, type Texts } from '../shared/answer-text';
import type { CurrencyValue } from './stock-value';

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

const WORTH: Texts = {
  en: 'Worth {list} at unit cost.',
  'zh-Hans': '按单位成本计，库存价值 {list}。',
  'zh-Hant': '按單位成本計，庫存價值 {list}。',
};

/** "EUR 5,300.00 + USD 4,100.00": one figure per currency, never converted. */
function worth(values: CurrencyValue[], lang: AnswerLang): string {
  const locale = lang === 'en' ? 'en-US' : 'zh-CN';
  return values
    .map(
      (v) =>
        `${v.currency} ${v.value.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`,
    )
    .join(' + ');
}

export function inventoryStatusAnswer(
  out: InventoryOutput<Row> & { value_by_currency?: CurrencyValue[] },
  lang: AnswerLang,
): Block[] {
  const values = out.value_by_currency ?? [];
  const extra = values.length ? [fill(WORTH, lang, { list: worth(values, lang) })] : [];
  return inventoryAnswer('inventory_status', out, columns, lang, extra);
}
