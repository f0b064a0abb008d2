// reorder_plan as an answer: SKU, warehouse, order quantity and value always visible; the formula inputs fold away.
import type { AnswerLang, Block } from '../../core/answer';
import {
  field,
  inventoryAnswer,
  LABELS,
  money,
  type InventoryColumn,
  type InventoryOutput,
} from './answer-table';
import { methodColumn } from './demand-forecast-answer';
import { yesNo } from '../shared/answer-text';

interface Row {
  sku: string;
  title?: string | null;
  warehouse: string;
  avg_daily_sales: number;
  method?: 'seasonal' | 'average';
  sigma_daily: number;
  safety_stock: number;
  order_up_to: number;
  available: number;
  inbound_within_lead_time: number;
  case_pack: number;
  moq: number;
  quantity: number;
  currency: string;
  order_value: number;
  earliest_arrival?: string;
  arrives_in_time?: boolean | null;
}

function columns(rows: Row[]): InventoryColumn<Row>[] {
  return [
    { key: 'sku', label: LABELS.sku, priority: 1, value: (r) => r.sku },
    { key: 'title', label: LABELS.product, priority: 2, value: (r) => r.title ?? null },
    { key: 'warehouse', label: LABELS.warehouse, priority: 1, value: (r) => r.warehouse },
    field<Row>('avg_daily_sales', LABELS.salesPerDay, 3, 'number'),
    methodColumn<Row>(),
    field<Row>('sigma_daily', LABELS.sigmaDaily, 3, 'number'),
    field<Row>('safety_stock', LABELS.safetyStock, 3, 'number'),
    field<Row>('order_up_to', LABELS.orderUpTo, 3, 'number'),
    field<Row>('available', LABELS.available, 2, 'number'),
    field<Row>('inbound_within_lead_time', LABELS.inboundWithinLeadTime, 3, 'number'),
    {
      key: 'case_moq',
      label: { en: 'Case/MOQ', 'zh-Hans': '箱规/起订量', 'zh-Hant': '箱規/起訂量' },
      priority: 3,
      value: (r) => `${r.case_pack}/${r.moq}`,
    },
    field<Row>('quantity', LABELS.quantity, 1, 'number'),
    money<Row>('order_value', { en: 'Value', 'zh-Hans': '金额', 'zh-Hant': '金額' }, 2, rows),
    ...(rows.some((r) => typeof r.arrives_in_time === 'boolean')
      ? [
          {
            key: 'arrives_in_time',
            label: { en: 'Arrives in time', 'zh-Hans': '能否按时到货', 'zh-Hant': '能否按時到貨' },
            priority: 1,
            value: (r: Row, l: AnswerLang) =>
              `${yesNo(r.arrives_in_time ?? null, l)} (${r.earliest_arrival})`,
          } satisfies InventoryColumn<Row>,
        ]
      : []),
  ];
}

export function reorderPlanAnswer(out: InventoryOutput<Row>, lang: AnswerLang): Block[] {
  return inventoryAnswer('reorder_plan', out, columns(out.rows), lang);
}
