// stockout_risk as an answer: risk, SKU, days of cover and stockout date always visible; the rest folds away.
import type { AnswerLang, Block } from '../../core/answer';
import { fill, yesNo, type Texts } from '../shared/answer-text';
import {
  field,
  inventoryAnswer,
  LABELS,
  type InventoryColumn,
  type InventoryOutput,
} from './answer-table';
import { methodColumn } from './demand-forecast-answer';

interface Row {
  risk: 'critical' | 'warning' | 'ok';
  sku: string;
  title?: string | null;
  warehouse: string;
  available: number;
  avg_daily_sales: number;
  method?: 'seasonal' | 'average';
  days_of_cover: number | null;
  projected_stockout_date: string | null;
  lead_time_days: number;
  next_inbound: string | null;
  next_inbound_quantity: number | null;
  inbound_before_stockout: boolean | null;
}

const RISK: Record<Row['risk'], Texts> = {
  critical: { en: 'critical', 'zh-Hans': '严重', 'zh-Hant': '嚴重' },
  warning: { en: 'warning', 'zh-Hans': '预警', 'zh-Hant': '預警' },
  ok: { en: 'ok', 'zh-Hans': '正常', 'zh-Hant': '正常' },
};

const COUNTS: Texts = {
  en: 'Of all positions, {critical} are critical, {warning} warning and {ok} ok.',
  'zh-Hans': '严重 {critical}，预警 {warning}，正常 {ok}。',
  'zh-Hant': '嚴重 {critical}，預警 {warning}，正常 {ok}。',
};

const columns: InventoryColumn<Row>[] = [
  { key: 'sku', label: LABELS.sku, priority: 1, value: (r) => r.sku },
  { key: 'title', label: LABELS.product, priority: 2, value: (r) => r.title ?? null },
  {
    key: 'risk',
    label: { en: 'Risk', 'zh-Hans': '风险', 'zh-Hant': '風險' },
    priority: 1,
    value: (r, l) => RISK[r.risk][l],
  },
  { key: 'warehouse', label: LABELS.warehouse, priority: 2, value: (r) => r.warehouse },
  field<Row>('available', LABELS.available, 2, 'number'),
  field<Row>('avg_daily_sales', LABELS.salesPerDay, 3, 'number'),
  methodColumn<Row>(),
  field<Row>('days_of_cover', LABELS.cover, 1, 'number'),
  field<Row>('projected_stockout_date', LABELS.projectedStockoutDate, 1, 'date'),
  field<Row>('lead_time_days', LABELS.leadTimeDays, 3, 'number'),
  {
    key: 'next_inbound',
    label: { en: 'Next inbound', 'zh-Hans': '下批到货', 'zh-Hant': '下批到貨' },
    priority: 2,
    value: (r) => (r.next_inbound ? `${r.next_inbound} (${r.next_inbound_quantity ?? '?'})` : null),
  },
  {
    key: 'inbound_before_stockout',
    label: { en: 'In time', 'zh-Hans': '能否赶上', 'zh-Hant': '能否趕上' },
    priority: 3,
    value: (r, l) => yesNo(r.inbound_before_stockout, l),
  },
];

export function stockoutRiskAnswer(
  out: InventoryOutput<Row> & { counts: Record<Row['risk'], number> },
  lang: AnswerLang,
): Block[] {
  return inventoryAnswer('stockout_risk', out, columns, lang, [fill(COUNTS, lang, out.counts)]);
}
