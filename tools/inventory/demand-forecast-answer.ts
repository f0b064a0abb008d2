// demand_forecast as an answer: SKU, warehouse, forecast units, per day and the method always visible; the rest folds.
import type { AnswerLang, Block } from '../../core/answer';
import { fill, type Texts } from '../shared/answer-text';
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
  forecast_units: number;
  daily: number;
  per_week: number;
  method: 'seasonal' | 'average';
  seasonal_index: number | null;
  trend: number | null;
  history_days: number;
  family?: string | null;
  family_share?: number | null;
  backtest: { wape: number | null; baseline_wape: number | null };
}

export const METHOD_LABELS: Record<Row['method'], Texts> = {
  seasonal: { en: 'seasonal', 'zh-Hans': '季节性', 'zh-Hant': '季節性' },
  average: { en: 'average', 'zh-Hans': '近期平均', 'zh-Hant': '近期平均' },
};

/** The Method column, for every tool whose rows say how their demand rate was found. */
export function methodColumn<R extends { method?: Row['method'] }>(): InventoryColumn<R> {
  return {
    key: 'method',
    label: { en: 'Method', 'zh-Hans': '方法', 'zh-Hant': '方法' },
    priority: 2,
    value: (r, l) => (r.method ? METHOD_LABELS[r.method][l] : null),
  };
}

const HORIZON: Texts = {
  en: 'Forecast for the {days} days to {end}.',
  'zh-Hans': '预测期为未来 {days} 天（至 {end}）。',
  'zh-Hant': '預測期為未來 {days} 天（至 {end}）。',
};

const percent = (x: number | null) => (x === null ? null : `${x}%`);

const columns: InventoryColumn<Row>[] = [
  { key: 'sku', label: LABELS.sku, priority: 1, value: (r) => r.sku },
  { key: 'title', label: LABELS.product, priority: 2, value: (r) => r.title ?? null },
  { key: 'warehouse', label: LABELS.warehouse, priority: 1, value: (r) => r.warehouse },
  field<Row>(
    'forecast_units',
    { en: 'Forecast', 'zh-Hans': '预测销量', 'zh-Hant': '預測銷量' },
    1,
    'number',
  ),
  field<Row>('daily', { en: 'Per day', 'zh-Hans': '日均', 'zh-Hant': '日均' }, 2, 'number'),
  field<Row>('per_week', { en: 'Per week', 'zh-Hans': '周均', 'zh-Hant': '週均' }, 3, 'number'),
  { ...methodColumn<Row>(), priority: 1 },
  field<Row>(
    'seasonal_index',
    { en: 'Season index', 'zh-Hans': '季节指数', 'zh-Hant': '季節指數' },
    2,
    'number',
  ),
  field<Row>(
    'trend',
    { en: 'Trend (YoY)', 'zh-Hans': '同比趋势', 'zh-Hant': '同比趨勢' },
    3,
    'number',
  ),
  {
    key: 'family',
    label: { en: 'Family (share)', 'zh-Hans': '同款系列（占比）', 'zh-Hant': '同款系列（佔比）' },
    priority: 3,
    whenAny: true,
    value: (r) => (r.family ? `${r.family} (${Math.round((r.family_share ?? 0) * 100)}%)` : null),
  },
  field<Row>(
    'history_days',
    { en: 'History (days)', 'zh-Hans': '历史天数', 'zh-Hant': '歷史天數' },
    3,
    'number',
  ),
  {
    key: 'wape',
    label: { en: 'Backtest WAPE', 'zh-Hans': '回测误差', 'zh-Hant': '回測誤差' },
    priority: 3,
    value: (r) => percent(r.backtest.wape),
  },
  {
    key: 'baseline_wape',
    label: { en: 'Average WAPE', 'zh-Hans': '平均法误差', 'zh-Hant': '平均法誤差' },
    priority: 3,
    value: (r) => percent(r.backtest.baseline_wape),
  },
];

export function demandForecastAnswer(
  out: InventoryOutput<Row> & { horizon_days: number; horizon_end: string },
  lang: AnswerLang,
): Block[] {
  return inventoryAnswer('demand_forecast', out, columns, lang, [
    fill(HORIZON, lang, { days: out.horizon_days, end: out.horizon_end }),
  ]);
}
