// transfer_suggestions as an answer: SKU, from, to and quantity always visible; cover before and after fold away.
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
  { key: 'title', label: LABELS.product, priority: 2, value: (r) => r.title ?? null },
  field<Row>('from_warehouse', LABELS.fromWarehouse, 1),
  field<Row>('to_warehouse', LABELS.toWarehouse, 1),
  field<Row>('quantity', LABELS.transferQuantity, 1, 'number'),
  field<Row>('from_days_of_cover', LABELS.fromDaysOfCover, 3, 'number'),
  field<Row>('from_days_of_cover_after', LABELS.fromDaysOfCoverAfter, 3, 'number'),
  field<Row>('to_days_of_cover', LABELS.toDaysOfCover, 2, 'number'),
  field<Row>('to_days_of_cover_after', LABELS.toDaysOfCoverAfter, 2, 'number'),
];

export function transferSuggestionsAnswer(out: InventoryOutput<Row>, lang: AnswerLang): Block[] {
  return inventoryAnswer('transfer_suggestions', out, columns, lang);
}
