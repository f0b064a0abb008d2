// stockout_risk as an answer: risk, SKU, days of cover and stockout date always visible; the rest folds away.
import type { AnswerLang, Block } from '../../core/answer';
import { fill, yesNo, type Texts } from '../shared/answer-text';
import {
  inventoryAnswer,
  LABELS,
  type InventoryColumn,
  type InventoryOutput,
} from './answer-table';

interface Row {
  risk: 'critical' | 'warning' | 'ok';
  sku: string;
  warehouse: string;
  available: number;
  avg_daily_sales: number;
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
  {
    key: 'risk',
    label: { en: 'Risk', 'zh-Hans': '风险', 'zh-Hant': '風險' },
    priority: 1,
    value: (r, l) => RISK[r.risk][l],
  },
  { key: 'warehouse', label: LABELS.warehouse, priority: 2, value: (r) => r.warehouse },
  {
    key: 'available',
    label: LABELS.available,
    priority: 2,
    kind: 'number',
    value: (r) => r.available,
  },
  {
    key: 'avg_daily_sales',
    label: LABELS.salesPerDay,
    priority: 3,
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
  {
    key: 'projected_stockout_date',
    label: { en: 'Stockout', 'zh-Hans': '预计断货', 'zh-Hant': '預計斷貨' },
    priority: 1,
    kind: 'date',
    value: (r) => r.projected_stockout_date,
  },
  {
    key: 'lead_time_days',
    label: { en: 'Lead time (days)', 'zh-Hans': '补货周期（天）', 'zh-Hant': '補貨週期（天）' },
    priority: 3,
    kind: 'number',
    value: (r) => r.lead_time_days,
  },
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
