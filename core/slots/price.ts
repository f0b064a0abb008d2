// The price slot: an amount with its currency from a sentence ("$19.99", "24.99 USD", "¥1,980", "19,99 €", "24.99 美元").
import { escapeRegExp } from '../regexp';
import { AMOUNT, parseAmount } from './numbers';

export interface Price {
  amount: number;
  currency: string;
}

const SYMBOLS: Array<[string, string]> = [
  ['US$', 'USD'],
  ['NZ$', 'NZD'],
  ['A$', 'AUD'],
  ['AU$', 'AUD'],
  ['C$', 'CAD'],
  ['CA$', 'CAD'],
  ['R$', 'BRL'],
  ['S$', 'SGD'],
  ['HK$', 'HKD'],
  ['MX$', 'MXN'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['￥', 'CNY'],
  ['¥', 'JPY'],
  ['₩', 'KRW'],
  ['₹', 'INR'],
];
const CODES =
  'USD|EUR|GBP|JPY|CNY|RMB|AUD|CAD|SAR|AED|SGD|MXN|BRL|KRW|CLP|PLN|THB|VND|IDR|MYR|PHP|HKD|CHF|SEK|NZD|RON';
const WORDS: Array<[RegExp, string]> = [
  [/^(美元|美金|dollars?|bucks)$/i, 'USD'],
  [/^(欧元|歐元|euros?)$/i, 'EUR'],
  [/^(英镑|英鎊|pounds? sterling)$/i, 'GBP'],
  [/^(日元|日圓|日币|日幣|円|yen)$/i, 'JPY'],
  [/^(人民币|人民幣|元|块|塊|rmb)$/i, 'CNY'],
  [/^(澳元|澳币|澳幣)$/i, 'AUD'],
  [/^(加元|加币|加幣)$/i, 'CAD'],
  [/^(新西兰元|新西蘭元|紐西蘭元|纽元|紐元|纽币|紐幣)$/i, 'NZD'],
];
const WORD_ALTERNATION =
  '美元|美金|dollars?|bucks|欧元|歐元|euros?|英镑|英鎊|pounds? sterling|日元|日圓|日币|日幣|円|yen|人民币|人民幣|rmb|澳元|澳币|澳幣|加元|加币|加幣|新西兰元|新西蘭元|紐西蘭元|纽元|紐元|纽币|紐幣|元|块|塊';
const SYMBOL_ALTERNATION = SYMBOLS.map(([s]) => escapeRegExp(s)).join('|');

const PATTERNS: Array<{ re: RegExp; currency: (m: RegExpExecArray) => string; amount: number }> = [
  {
    re: new RegExp(`(${SYMBOL_ALTERNATION})\\s?(${AMOUNT})`, 'g'),
    currency: (m) => SYMBOLS.find(([s]) => s === m[1])![1],
    amount: 2,
  },
  {
    re: new RegExp(`\\b(${CODES})\\s?(${AMOUNT})`, 'gi'),
    currency: (m) => code(m[1]),
    amount: 2,
  },
  {
    re: new RegExp(`(${AMOUNT})\\s?(${CODES})\\b`, 'gi'),
    currency: (m) => code(m[2]),
    amount: 1,
  },
  {
    re: new RegExp(`(${AMOUNT})\\s?(${SYMBOL_ALTERNATION}|${WORD_ALTERNATION})(?![a-z])`, 'gi'),
    currency: (m) =>
      SYMBOLS.find(([s]) => s === m[2])?.[1] ?? WORDS.find(([re]) => re.test(m[2]))![1],
    amount: 1,
  },
];

function code(value: string): string {
  const c = value.toUpperCase();
  return c === 'RMB' ? 'CNY' : c;
}

/** The first price written in the text with where it is, or undefined. */
export function locatePrice(
  text: string,
): { price: Price; start: number; end: number } | undefined {
  let best: { price: Price; start: number; end: number } | undefined;
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      // Digits glued to letters before them ("B012.99X", "TP-12 元") are not a price.
      if (/[A-Za-z0-9]/.test(text[m.index - 1] ?? '') && p.amount === 1) continue;
      const amount = parseAmount(m[p.amount]);
      if (!Number.isFinite(amount)) continue;
      if (!best || m.index < best.start)
        best = {
          price: { amount, currency: p.currency(m) },
          start: m.index,
          end: m.index + m[0].length,
        };
      break;
    }
  }
  return best;
}

/** The first price written in the text, or undefined. "¥" is yen; "￥", "元" and "人民币" are yuan. */
export function findPrice(text: string): Price | undefined {
  return locatePrice(text)?.price;
}

/** The text without its price and the separator before it ("Bottle, 750 ml, 24.99 USD" -> "Bottle, 750 ml"). */
export function withoutPrice(text: string): string {
  const at = locatePrice(text);
  if (!at) return text;
  const before = text
    .slice(0, at.start)
    .replace(/(?:[,，;；]\s*)?(?:price\s*:?\s*|售价|售價|价格|價格)?\s*$/i, '');
  const after = text.slice(at.end).replace(/^\s*[,，;；]?/, '');
  const joined = `${before}${after && before ? ', ' : ''}${after}`.trim();
  return joined || text;
}
