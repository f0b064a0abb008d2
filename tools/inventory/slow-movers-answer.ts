// slow_movers as an answer: SKU, warehouse, reason and the value tied up always visible; the rest folds away;
// FBA fee figures (aged units, surcharge per month, low-inventory-level fee risk) explained and cited below the table.
import type { AnswerLang, Block } from '../../core/answer';
import { fill, type Texts } from '../shared/answer-text';
import { AGED_SURCHARGE_US, LOW_INVENTORY_FEE_US } from './fba-fee-tables';
import type { LowInventoryStatus } from './fba-fees';
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
  reason: 'no_sales' | 'excess_cover' | 'aged_stock' | 'low_inventory_fee';
  available: number;
  avg_daily_sales: number;
  days_of_cover: number | null;
  last_sale_date: string | null;
  currency: string;
  value_tied_up: number;
  fba: boolean;
  aged_units: number;
  surcharge_per_month: number | null;
  surcharge_currency: string | null;
  low_inventory_fee: LowInventoryStatus;
  days_of_supply_short_term: number | null;
}

interface Output extends InventoryOutput<Row> {
  fee_totals: {
    aged_positions: number;
    surcharge_per_month: string | null;
    low_inventory_at_risk: number;
  };
}

const REASON: Record<Row['reason'], Texts> = {
  no_sales: { en: 'no sales', 'zh-Hans': '无销量', 'zh-Hant': '無銷量' },
  excess_cover: { en: 'excess cover', 'zh-Hans': '库存过剩', 'zh-Hant': '庫存過剩' },
  aged_stock: { en: 'aged 181+ days', 'zh-Hans': '库龄超 180 天', 'zh-Hant': '庫齡超 180 天' },
  low_inventory_fee: {
    en: 'low-inventory fee risk',
    'zh-Hans': '低库存费风险',
    'zh-Hant': '低庫存費風險',
  },
};

const LOW_INVENTORY: Record<Exclude<LowInventoryStatus, 'not_fba'>, Texts> = {
  at_risk: { en: 'at risk', 'zh-Hans': '有风险', 'zh-Hant': '有風險' },
  ok: { en: 'ok', 'zh-Hans': '正常', 'zh-Hant': '正常' },
  exempt_low_volume: {
    en: 'exempt (under 20 sold in 7 days)',
    'zh-Hans': '豁免（7 天销量不足 20）',
    'zh-Hant': '豁免（7 天銷量不足 20）',
  },
  exempt_new_sku: { en: 'exempt (new SKU)', 'zh-Hans': '豁免（新品）', 'zh-Hant': '豁免（新品）' },
  no_sales: { en: 'no sales', 'zh-Hans': '无销量', 'zh-Hant': '無銷量' },
};

const FEE_TOTALS: Texts = {
  en: '{aged} FBA positions hold units aged 181+ days{estimate}; {risk} are at risk of the low-inventory-level fee.',
  'zh-Hans': '{aged} 个 FBA 库存位有库龄 181 天以上的货{estimate}；{risk} 个面临低库存费风险。',
  'zh-Hant': '{aged} 個 FBA 庫存位有庫齡 181 天以上的貨{estimate}；{risk} 個面臨低庫存費風險。',
};
const ESTIMATE: Texts = {
  en: ' (estimated aged-inventory surcharge {amount} per month)',
  'zh-Hans': '（预计超龄库存附加费每月 {amount}）',
  'zh-Hant': '（預計超齡庫存附加費每月 {amount}）',
};
const VERIFIED: Record<AnswerLang, [string, string]> = {
  en: ['confirmed', 'unconfirmed'],
  'zh-Hans': ['已核实', '未核实'],
  'zh-Hant': ['已核實', '未核實'],
};
const FEE_METHOD: Texts = {
  en:
    'How the FBA figures are computed: units are aged first-in-first-out from the received shipments (inbound rows ' +
    'with an ETA before the day); stock older than the sales history counts as aged, age unknown. Surcharge per ' +
    'month = units in each age band × cubic feet per unit × the band’s rate (Amazon US table effective {aged_date}, ' +
    'amounts {aged_status}: check Seller Central). Low-inventory-level fee risk: FBA days of supply (available ÷ ' +
    'daily sales, and over the last 90 days) both under {threshold}; exempt with under {low_volume} units sold in ' +
    'the last 7 days or as a new SKU (Amazon US, effective {low_date}).',
  'zh-Hans':
    'FBA 数字的算法：按先进先出，以已到货的入库批次（到货日早于查询日的入库记录）计算库龄；早于销售历史的库存按超龄计，库龄未知。' +
    '每月附加费 = 各库龄段件数 × 每件立方英尺 × 该段费率（亚马逊美国站费率表，{aged_date} 生效，金额{aged_status_zh}，请以卖家后台为准）。' +
    '低库存费风险：FBA 可售天数（可用库存 ÷ 日销量，及按近 90 天计算）均低于 {threshold} 天；近 7 天销量不足 {low_volume} 件或新品可豁免' +
    '（亚马逊美国站，{low_date} 生效）。',
  'zh-Hant':
    'FBA 數字的算法：按先進先出，以已到貨的入庫批次（到貨日早於查詢日的入庫記錄）計算庫齡；早於銷售歷史的庫存按超齡計，庫齡未知。' +
    '每月附加費 = 各庫齡段件數 × 每件立方英尺 × 該段費率（亞馬遜美國站費率表，{aged_date} 生效，金額{aged_status_zh}，請以賣家後台為準）。' +
    '低庫存費風險：FBA 可售天數（可用庫存 ÷ 日銷量，及按近 90 天計算）均低於 {threshold} 天；近 7 天銷量不足 {low_volume} 件或新品可豁免' +
    '（亞馬遜美國站，{low_date} 生效）。',
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
    {
      key: 'aged_units',
      label: { en: 'Aged 181+ (FBA)', 'zh-Hans': '超龄件数（FBA）', 'zh-Hant': '超齡件數（FBA）' },
      priority: 2,
      kind: 'number',
      value: (r) => (r.fba ? r.aged_units : null),
    },
    {
      key: 'surcharge_per_month',
      label: { en: 'Surcharge/month', 'zh-Hans': '附加费/月', 'zh-Hant': '附加費/月' },
      priority: 2,
      value: (r) =>
        r.surcharge_per_month === null
          ? null
          : `${r.surcharge_currency} ${r.surcharge_per_month.toFixed(2)}`,
    },
    {
      key: 'low_inventory_fee',
      label: { en: 'Low-inventory fee', 'zh-Hans': '低库存费', 'zh-Hant': '低庫存費' },
      priority: 2,
      value: (r, l) =>
        r.low_inventory_fee === 'not_fba' ? null : LOW_INVENTORY[r.low_inventory_fee][l],
    },
    {
      key: 'days_of_supply_short_term',
      label: { en: 'Days of supply', 'zh-Hans': '供货天数', 'zh-Hant': '供貨天數' },
      priority: 3,
      kind: 'number',
      value: (r) =>
        !r.fba || r.days_of_supply_short_term === null
          ? null
          : Math.round(r.days_of_supply_short_term),
    },
  ];
}

export function slowMoversAnswer(out: Output, lang: AnswerLang): Block[] {
  const t = out.fee_totals;
  const totals = fill(FEE_TOTALS, lang, {
    aged: t.aged_positions,
    risk: t.low_inventory_at_risk,
    estimate: t.surcharge_per_month ? fill(ESTIMATE, lang, { amount: t.surcharge_per_month }) : '',
  });
  const blocks = inventoryAnswer(
    'slow_movers',
    out,
    columns(out.rows),
    lang,
    out.rows.length ? [totals] : [],
  );
  if (!out.rows.some((r) => r.fba)) return blocks;
  const method = fill(FEE_METHOD, lang, {
    aged_date: AGED_SURCHARGE_US.effective,
    aged_status: AGED_SURCHARGE_US.status,
    aged_status_zh:
      AGED_SURCHARGE_US.status === 'confirmed' ? VERIFIED[lang][0] : VERIFIED[lang][1],
    threshold: LOW_INVENTORY_FEE_US.threshold_days,
    low_volume: LOW_INVENTORY_FEE_US.low_volume_units_7d,
    low_date: LOW_INVENTORY_FEE_US.effective,
  });
  return [...blocks, { type: 'paragraph', text: method, citations: [1, 2] }];
}
