// The SKU, product-name and warehouse slots, matched against the seller's own catalogue: SKU codes, product titles
// (partial and plural: "Plush Bears"; Chinese through a glossary: "水杯" finds water bottles) and warehouse codes
// ("FBA US", "fba-de") or market warehouses ("美国仓", "the US warehouse").
import { escapeRegExp } from '../regexp';
import { findMarkets } from './markets';

export interface CatalogueProduct {
  sku: string;
  title: string;
}

export interface CatalogueWarehouse {
  code: string;
  market: string;
}

export interface Catalogue {
  products: CatalogueProduct[];
  warehouses: CatalogueWarehouse[];
}

export const EMPTY_CATALOGUE: Catalogue = { products: [], warehouses: [] };

const SKU = /\b[A-Z][A-Z0-9]{1,11}(?:-[A-Z0-9]{1,12})+\b/g;

/** SKU codes written in the message (upper case, dash-separated, with a digit), known or not. */
export function findSkuCodes(text: string): string[] {
  return [...new Set((text.match(SKU) ?? []).filter((s) => /\d/.test(s) && !/^EN-?\d/.test(s)))];
}

// Chinese product words to the English words catalogue titles use (simplified and traditional).
const GLOSSARY: Array<[string[], string]> = [
  [['蓝牙耳机', '藍牙耳機', '无线耳机', '無線耳機', '耳机', '耳機'], 'earbuds'],
  [['充电宝', '充電寶', '移动电源', '行動電源'], 'power bank'],
  [['充电器', '充電器', '充电头', '充電頭'], 'charger'],
  [['蓝牙音箱', '藍牙音箱', '音箱', '音响', '音響'], 'bluetooth speaker'],
  [['智能手表', '智慧手錶', '智能手錶', '手表', '手錶'], 'smart watch'],
  [['台灯', '檯燈', '臺燈'], 'desk lamp'],
  [['手机壳', '手機殼'], 'phone case'],
  [['数据线', '數據線', '充电线', '充電線'], 'cable'],
  [['摄像头', '攝像頭', '网络摄像头', '網路攝影機'], 'webcam'],
  [['积木', '積木'], 'building blocks'],
  [['毛绒熊', '毛絨熊', '泰迪熊', '小熊'], 'plush bear'],
  [['毛绒玩具', '毛絨玩具'], 'plush'],
  [['遥控车', '遙控車'], 'rc car'],
  [['拼图', '拼圖'], 'puzzle'],
  [['精华液', '精華液', '精华', '精華'], 'serum'],
  [['唇釉', '唇彩', '染唇液'], 'lip tint'],
  [['面膜'], 'sheet mask'],
  [['瑜伽裤', '瑜伽褲', '打底裤', '打底褲'], 'yoga leggings'],
  [['羽绒服', '羽絨服', '棉服', '夹克', '夾克'], 'puffer jacket'],
  [['遮阳帽', '遮陽帽', '太阳帽', '太陽帽', '帽子'], 'sun hat'],
  [['保温杯', '保溫杯', '保温瓶', '保溫瓶', '水杯', '水瓶', '水壶', '水壺'], 'water bottle'],
  [['烘焙垫', '烘焙墊', '烤垫', '烤墊'], 'baking mat'],
  [['饭盒', '飯盒', '便当盒', '便當盒', '午餐盒'], 'lunch box'],
  [['灯串', '燈串', '彩灯', '彩燈'], 'string lights'],
  [['礼拜毯', '禮拜毯', '祈祷毯', '祈禱毯'], 'prayer mat'],
  [['灯笼', '燈籠'], 'lantern'],
  [['瑜伽垫', '瑜伽墊'], 'yoga mat'],
];

/** Chinese product words replaced by their English catalogue words, longest first. */
export function glossToEnglish(text: string): string {
  const pairs = GLOSSARY.flatMap(([zh, en]) => zh.map((w) => [w, en] as const)).sort(
    (a, b) => b[0].length - a[0].length,
  );
  let out = text;
  for (const [zh, en] of pairs) out = out.split(zh).join(` ${en} `);
  return out;
}

const STOP = new Set(
  'the and for with set pack pcs piece pieces new mini pro max kids my our your this that from'.split(
    ' ',
  ),
);

/** One word in a comparable form: lower case and singular ("bottles" and "bottle", "batteries" and "battery"). */
function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(ches|shes|xes|sses)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

const words = (text: string) =>
  (text.toLowerCase().match(/[a-z][a-z-]*[a-z]|[a-z]/g) ?? [])
    .map(stem)
    .filter((w) => !STOP.has(w));

/** A product line: the title before its variant (" - Black"), its content words and its head noun. */
function lineOf(title: string) {
  const base = title.split(/\s+[-–|]\s+/)[0];
  const content = words(base).filter((w) => w.length >= 3 || /^(rc|tv|pc)$/.test(w));
  return { base: base.toLowerCase(), content, head: content[content.length - 1] };
}

/**
 * Catalogue products a message names by title: a line matches when its head noun is in the message and either
 * another of its words is too, or the head is distinctive (5+ letters, the head of one line only).
 * Only the best-scoring lines are kept; returns their SKUs in catalogue order.
 */
export function matchProducts(text: string, products: CatalogueProduct[]): string[] {
  if (!products.length) return [];
  const said = new Set(words(glossToEnglish(text)));
  const lines = new Map<string, { content: string[]; head: string; skus: string[] }>();
  for (const p of products) {
    const line = lineOf(p.title);
    if (!line.head) continue;
    const entry = lines.get(line.base) ?? { content: line.content, head: line.head, skus: [] };
    entry.skus.push(p.sku);
    lines.set(line.base, entry);
  }
  const heads = new Map<string, number>();
  for (const l of lines.values()) heads.set(l.head, (heads.get(l.head) ?? 0) + 1);
  let best = 0;
  const scored: Array<{ score: number; skus: string[] }> = [];
  for (const l of lines.values()) {
    if (!said.has(l.head)) continue;
    const score = l.content.filter((w) => said.has(w)).length;
    const distinctive = l.head.length >= 5 && heads.get(l.head) === 1;
    if (score < 2 && !(distinctive || l.content.length === 1)) continue;
    scored.push({ score, skus: l.skus });
    best = Math.max(best, score);
  }
  return scored.filter((s) => s.score === best).flatMap((s) => s.skus);
}

/** Warehouse codes a message names, written with a dash, a space or none ("FBA-US", "FBA US", "fba us"). */
export function matchWarehouses(text: string, warehouses: CatalogueWarehouse[]): string[] {
  const found: string[] = [];
  for (const w of warehouses) {
    const pattern = w.code
      .split(/[-_\s]+/)
      .map((p) => escapeRegExp(p))
      .join('[-_\\s]?');
    if (new RegExp(`(?<![A-Za-z0-9])${pattern}(?![A-Za-z0-9])`, 'i').test(text)) found.push(w.code);
  }
  return found;
}

/** Markets whose warehouses a message names: "美国仓", "日本倉庫", "the US warehouse", "my German 3PL". */
export function findWarehouseMarkets(text: string): string[] {
  const zh = [...text.matchAll(/([\u3400-\u9fff]{2,6}?)(?:仓库|倉庫|仓|倉)/g)].flatMap((m) =>
    findMarkets(m[1]),
  );
  const en = [...text.matchAll(/\b([A-Za-z. ]{2,20}?)\s+(?:warehouses?|3pl|fba)\b/gi)].flatMap(
    (m) => findMarkets(m[1].replace(/^.*\b(?:the|my|our|in|at)\s+/i, '')),
  );
  return [...new Set([...zh, ...en])];
}
