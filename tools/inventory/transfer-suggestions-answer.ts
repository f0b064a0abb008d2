// transfer_suggestions as an answer: SKU, from, to and quantity always visible; cover before and after fold away.
import type { AnswerLang, Block } from '../../core/answer';
import {
  inventoryAnswer,
  LABELS,
  type InventoryColumn,
  type InventoryOutput,
} from './answer-table';

interface Row {
  sku: string;
  from_warehouse: string;
  to_warehouse: string;
  quantity: number;
  from_days_of_cover: number | null;
  from_days_of_cover_after: number | null;
  to_days_of_cover: number | null;
  to_days_of_cover_after: number | null;
}

const columns: InventoryColumn<Row>[] = [
  { key: 'sku', label: LABELS.sku, priority: 1, value: (r) => r.sku },
  {
    key: 'from_warehouse',
    label: { en: 'From', 'zh-Hans': '调出', 'zh-Hant': '調出' },
    priority: 1,
    value: (r) => r.from_warehouse,
  },
  {
    key: 'to_warehouse',
    label: { en: 'To', 'zh-Hans': '调入', 'zh-Hant': '調入' },
    priority: 1,
    value: (r) => r.to_warehouse,
  },
  {
    key: 'quantity',
    label: { en: 'Qty', 'zh-Hans': '数量', 'zh-Hant': '數量' },
    priority: 1,
    kind: 'number',
    value: (r) => r.quantity,
  },
  {
    key: 'from_days_of_cover',
    label: { en: 'From cover', 'zh-Hans': '调出仓可售天数', 'zh-Hant': '調出倉可售天數' },
    priority: 3,
    kind: 'number',
    value: (r) => r.from_days_of_cover,
  },
  {
    key: 'from_days_of_cover_after',
    label: { en: 'From after', 'zh-Hans': '调出后', 'zh-Hant': '調出後' },
    priority: 3,
    kind: 'number',
    value: (r) => r.from_days_of_cover_after,
  },
  {
    key: 'to_days_of_cover',
    label: { en: 'To cover', 'zh-Hans': '调入仓可售天数', 'zh-Hant': '調入倉可售天數' },
    priority: 2,
    kind: 'number',
    value: (r) => r.to_days_of_cover,
  },
  {
    key: 'to_days_of_cover_after',
    label: { en: 'To after', 'zh-Hans': '调入后', 'zh-Hant': '調入後' },
    priority: 2,
    kind: 'number',
    value: (r) => r.to_days_of_cover_after,
  },
];

export function transferSuggestionsAnswer(out: InventoryOutput<Row>, lang: AnswerLang): Block[] {
  return inventoryAnswer('transfer_suggestions', out, columns, lang);
}
