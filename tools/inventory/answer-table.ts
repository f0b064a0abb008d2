// The answer every inventory tool gives: a summary line in the reader's language, then at most MAX_ROWS rows as a
// table whose columns carry labels in three languages and a priority, and a "show all" action when rows were cut.
import type { AnswerLang, Block, ColumnPriority, TableCell, TableColumn } from '../../core/answer';
import { fill, MAX_ROWS, showAll, type Texts } from '../shared/answer-text';

export interface InventoryColumn<R> {
  key: string;
  label: Texts;
  priority: ColumnPriority;
  kind?: TableColumn['kind'];
  currency?: string;
  /** Left out of the table when none of the shown rows has a value in it. */
  whenAny?: boolean;
  value: (row: R, lang: AnswerLang) => TableCell;
}

export interface InventoryOutput<R> {
  as_of: string;
  window_days: number;
  total: number;
  rows: R[];
  summary: string;
  /** Set when the figures rest (partly) on the demo data set. */
  demo_data?: boolean;
}

const DEMO: Texts = {
  en: 'Demo data: these figures come from the sample inventory, not yours. Import your own with `tradepilot import-inventory`.',
  'zh-Hans':
    '演示数据：以下数字来自示例库存，并非您的数据。可用 `tradepilot import-inventory` 导入自己的库存。',
  'zh-Hant':
    '示範資料：以下數字來自範例庫存，並非您的資料。可用 `tradepilot import-inventory` 匯入自己的庫存。',
};

const SUMMARY: Texts = {
  en: '{total} rows match (as of {as_of}, sales over the {window} days before){shown}.',
  'zh-Hans': '共 {total} 条结果（截至 {as_of}，按近 {window} 天销量计算）{shown}。',
  'zh-Hant': '共 {total} 筆結果（截至 {as_of}，按近 {window} 天銷量計算）{shown}。',
};
const SHOWN: Texts = {
  en: '; the first {n} are listed',
  'zh-Hans': '，显示前 {n} 条',
  'zh-Hant': '，顯示前 {n} 筆',
};
const NONE: Texts = {
  en: '{summary}',
  'zh-Hans': '没有符合条件的库存（截至 {as_of}）。',
  'zh-Hant': '沒有符合條件的庫存（截至 {as_of}）。',
};

/** The summary paragraph, the table (first MAX_ROWS rows) and a "show all" action when rows were left out. */
export function inventoryAnswer<R>(
  tool: string,
  out: InventoryOutput<R>,
  columns: InventoryColumn<R>[],
  lang: AnswerLang,
  extra: string[] = [],
): Block[] {
  const rows = out.rows.slice(0, MAX_ROWS);
  const vars = {
    summary: out.summary,
    total: out.total,
    as_of: out.as_of,
    window: out.window_days,
  };
  const demo: Block[] = out.demo_data ? [{ type: 'notice', tone: 'demo', text: DEMO[lang] }] : [];
  if (!rows.length) return [...demo, { type: 'paragraph', text: fill(NONE, lang, vars) }];
  const shown = rows.length < out.total ? fill(SHOWN, lang, { n: rows.length }) : '';
  const used = columns.filter((c) => !c.whenAny || rows.some((r) => c.value(r, lang) !== null));
  const summary = [fill(SUMMARY, lang, { ...vars, shown }), ...extra].join(
    lang === 'en' ? ' ' : '',
  );
  const blocks: Block[] = [
    ...demo,
    { type: 'paragraph', text: summary },
    {
      type: 'table',
      columns: used.map(({ key, label, priority, kind, currency }) => ({
        key,
        label: label[lang],
        priority,
        ...(kind ? { kind } : {}),
        ...(currency ? { currency } : {}),
      })),
      rows: rows.map((r) => ({
        cells: Object.fromEntries(used.map((c) => [c.key, c.value(r, lang)])),
      })),
    },
  ];
  if (rows.length < out.total) blocks.push(showAll(out.total, lang, tool, { limit: out.total }));
  return blocks;
}

/** A column that shows one field of the row as it is. */
export function field<R>(
  key: keyof R & string,
  label: Texts,
  priority: ColumnPriority,
  kind?: TableColumn['kind'],
): InventoryColumn<R> {
  return { key, label, priority, ...(kind ? { kind } : {}), value: (r) => r[key] as TableCell };
}

/**
 * A money column: amounts in the rows' currency when they all share one (formatted by the renderer), otherwise
 * text such as "USD 480.00".
 */
export function money<R extends { currency: string }>(
  key: keyof R & string,
  label: Texts,
  priority: ColumnPriority,
  rows: R[],
): InventoryColumn<R> {
  const currencies = new Set(rows.map((r) => r.currency));
  const currency = currencies.size === 1 ? [...currencies][0] : undefined;
  const amount = (r: R) => r[key] as number;
  return currency
    ? { key, label, priority, kind: 'money', currency, value: amount }
    : { key, label, priority, value: (r) => `${r.currency} ${amount(r).toFixed(2)}` };
}

/** Column labels used by several inventory tools. */
export const LABELS = {
  sku: { en: 'SKU', 'zh-Hans': 'SKU', 'zh-Hant': 'SKU' },
  product: { en: 'Product', 'zh-Hans': '产品', 'zh-Hant': '產品' },
  warehouse: { en: 'Warehouse', 'zh-Hans': '仓库', 'zh-Hant': '倉庫' },
  available: { en: 'Available', 'zh-Hans': '可用', 'zh-Hant': '可用' },
  salesPerDay: { en: 'Sales/day', 'zh-Hans': '日销量', 'zh-Hant': '日銷量' },
  cover: { en: 'Days of cover', 'zh-Hans': '可售天数', 'zh-Hant': '可售天數' },
  projectedStockoutDate: { en: 'Stockout', 'zh-Hans': '预计断货', 'zh-Hant': '預計斷貨' },
  leadTimeDays: {
    en: 'Lead time (days)',
    'zh-Hans': '补货周期（天）',
    'zh-Hant': '補貨週期（天）',
  },
  sigmaDaily: { en: 'σ/day', 'zh-Hans': '日销量标准差', 'zh-Hant': '日銷量標準差' },
  safetyStock: { en: 'Safety stock', 'zh-Hans': '安全库存', 'zh-Hant': '安全庫存' },
  orderUpTo: { en: 'Order up to', 'zh-Hans': '目标库存', 'zh-Hant': '目標庫存' },
  inboundWithinLeadTime: { en: 'Inbound ≤ LT', 'zh-Hans': '周期内到货', 'zh-Hant': '週期內到貨' },
  quantity: { en: 'Order qty', 'zh-Hans': '建议订购', 'zh-Hant': '建議訂購' },
  transferQuantity: { en: 'Qty', 'zh-Hans': '数量', 'zh-Hant': '數量' },
  fromWarehouse: { en: 'From', 'zh-Hans': '调出', 'zh-Hant': '調出' },
  toWarehouse: { en: 'To', 'zh-Hans': '调入', 'zh-Hant': '調入' },
  fromDaysOfCover: { en: 'From cover', 'zh-Hans': '调出仓可售天数', 'zh-Hant': '調出倉可售天數' },
  fromDaysOfCoverAfter: { en: 'From after', 'zh-Hans': '调出后', 'zh-Hant': '調出後' },
  toDaysOfCover: { en: 'To cover', 'zh-Hans': '调入仓可售天数', 'zh-Hant': '調入倉可售天數' },
  toDaysOfCoverAfter: { en: 'To after', 'zh-Hans': '调入后', 'zh-Hant': '調入後' },
  onHand: { en: 'On hand', 'zh-Hans': '在库', 'zh-Hant': '在庫' },
  reserved: { en: 'Reserved', 'zh-Hans': '已预留', 'zh-Hant': '已預留' },
  inbound: { en: 'Inbound', 'zh-Hans': '在途', 'zh-Hant': '在途' },
  nextInbound: { en: 'Next ETA', 'zh-Hans': '最早到货', 'zh-Hant': '最早到貨' },
  lastSaleDate: { en: 'Last sale', 'zh-Hans': '最后售出', 'zh-Hant': '最後售出' },
} satisfies Record<string, Texts>;
