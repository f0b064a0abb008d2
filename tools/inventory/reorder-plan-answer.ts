// reorder_plan as an answer: SKU, warehouse, order quantity and value always visible; the formula inputs fold away.
import type { AnswerLang, Block } from '../../core/answer';
import {
  inventoryAnswer,
  LABELS,
  sharedCurrency,
  type InventoryColumn,
  type InventoryOutput,
} from './answer-table';

interface Row {
  sku: string;
  warehouse: string;
  avg_daily_sales: number;
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
}

function columns(currency: string | undefined): InventoryColumn<Row>[] {
  return [
    { key: 'sku', label: LABELS.sku, priority: 1, value: (r) => r.sku },
    { key: 'warehouse', label: LABELS.warehouse, priority: 1, value: (r) => r.warehouse },
    {
      key: 'avg_daily_sales',
      label: LABELS.salesPerDay,
      priority: 3,
      kind: 'number',
      value: (r) => r.avg_daily_sales,
    },
    {
      key: 'sigma_daily',
      label: { en: 'σ/day', 'zh-Hans': '日销量标准差', 'zh-Hant': '日銷量標準差' },
      priority: 3,
      kind: 'number',
      value: (r) => r.sigma_daily,
    },
    {
      key: 'safety_stock',
      label: { en: 'Safety stock', 'zh-Hans': '安全库存', 'zh-Hant': '安全庫存' },
      priority: 3,
      kind: 'number',
      value: (r) => r.safety_stock,
    },
    {
      key: 'order_up_to',
      label: { en: 'Order up to', 'zh-Hans': '目标库存', 'zh-Hant': '目標庫存' },
      priority: 3,
      kind: 'number',
      value: (r) => r.order_up_to,
    },
    {
      key: 'available',
      label: LABELS.available,
      priority: 2,
      kind: 'number',
      value: (r) => r.available,
    },
    {
      key: 'inbound_within_lead_time',
      label: { en: 'Inbound ≤ LT', 'zh-Hans': '周期内到货', 'zh-Hant': '週期內到貨' },
      priority: 3,
      kind: 'number',
      value: (r) => r.inbound_within_lead_time,
    },
    {
      key: 'case_moq',
      label: { en: 'Case/MOQ', 'zh-Hans': '箱规/起订量', 'zh-Hant': '箱規/起訂量' },
      priority: 3,
      value: (r) => `${r.case_pack}/${r.moq}`,
    },
    {
      key: 'quantity',
      label: { en: 'Order qty', 'zh-Hans': '建议订购', 'zh-Hant': '建議訂購' },
      priority: 1,
      kind: 'number',
      value: (r) => r.quantity,
    },
    {
      key: 'order_value',
      label: { en: 'Value', 'zh-Hans': '金额', 'zh-Hant': '金額' },
      priority: 2,
      kind: currency ? 'money' : 'text',
      currency,
      value: (r) => (currency ? r.order_value : `${r.currency} ${r.order_value.toFixed(2)}`),
    },
  ];
}

export function reorderPlanAnswer(out: InventoryOutput<Row>, lang: AnswerLang): Block[] {
  return inventoryAnswer('reorder_plan', out, columns(sharedCurrency(out.rows)), lang);
}
