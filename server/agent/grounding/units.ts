// Units and currencies the grounding check recognises after (or, for currencies, before) a number, each mapped to
// a class and a factor to the class's base unit, so 1.5 kg = 1500 g and 2 weeks = 14 days compare equal.
import { escapeRegExp } from '../../../core/regexp';

export interface UnitInfo {
  /** Comparison class: mass, length, volume, time, months, percent, money:EUR, count... */
  cls: string;
  /** Multiplier to the class's base unit. */
  factor: number;
}

const u = (cls: string, factor = 1): UnitInfo => ({ cls, factor });
const DAY = 86_400;

/** Unit words after a number, matched case-insensitively unless listed in CASE_SENSITIVE. */
const UNITS: Record<string, UnitInfo> = {
  '%': u('percent'),
  '％': u('percent'),
  percent: u('percent'),
  'per cent': u('percent'),
  pct: u('percent'),
  kg: u('mass', 1000),
  kgs: u('mass', 1000),
  kilogram: u('mass', 1000),
  kilograms: u('mass', 1000),
  g: u('mass'),
  gram: u('mass'),
  grams: u('mass'),
  mg: u('mass', 0.001),
  t: u('mass', 1e6),
  tonne: u('mass', 1e6),
  tonnes: u('mass', 1e6),
  lb: u('lb'),
  lbs: u('lb'),
  pound: u('lb'),
  oz: u('oz'),
  mm: u('length'),
  cm: u('length', 10),
  m: u('length', 1000),
  metre: u('length', 1000),
  metres: u('length', 1000),
  meter: u('length', 1000),
  meters: u('length', 1000),
  km: u('length', 1e6),
  inch: u('inch'),
  inches: u('inch'),
  ft: u('foot'),
  ml: u('volume'),
  l: u('volume', 1000),
  litre: u('volume', 1000),
  litres: u('volume', 1000),
  liter: u('volume', 1000),
  liters: u('volume', 1000),
  w: u('watt'),
  kw: u('watt', 1000),
  v: u('volt'),
  mah: u('mah'),
  wh: u('wh'),
  kwh: u('wh', 1000),
  db: u('db'),
  hz: u('hz'),
  khz: u('hz', 1e3),
  mhz: u('hz', 1e6),
  ghz: u('hz', 1e9),
  second: u('time'),
  seconds: u('time'),
  minute: u('time', 60),
  minutes: u('time', 60),
  min: u('time', 60),
  hour: u('time', 3600),
  hours: u('time', 3600),
  hrs: u('time', 3600),
  h: u('time', 3600),
  day: u('time', DAY),
  days: u('time', DAY),
  'working day': u('time', DAY),
  'working days': u('time', DAY),
  'business day': u('time', DAY),
  'business days': u('time', DAY),
  'calendar days': u('time', DAY),
  week: u('time', 7 * DAY),
  weeks: u('time', 7 * DAY),
  month: u('months'),
  months: u('months'),
  year: u('months', 12),
  years: u('months', 12),
  'years old': u('age'),
  // Chinese units (no space needed).
  天: u('time', DAY),
  日: u('time', DAY),
  工作日: u('time', DAY),
  个工作日: u('time', DAY),
  個工作日: u('time', DAY),
  周: u('time', 7 * DAY),
  週: u('time', 7 * DAY),
  个星期: u('time', 7 * DAY),
  個星期: u('time', 7 * DAY),
  星期: u('time', 7 * DAY),
  小时: u('time', 3600),
  小時: u('time', 3600),
  分钟: u('time', 60),
  分鐘: u('time', 60),
  秒: u('time'),
  个月: u('months'),
  個月: u('months'),
  年: u('months', 12),
  岁: u('age'),
  歲: u('age'),
  公斤: u('mass', 1000),
  千克: u('mass', 1000),
  克: u('mass'),
  毫克: u('mass', 0.001),
  吨: u('mass', 1e6),
  噸: u('mass', 1e6),
  毫米: u('length'),
  厘米: u('length', 10),
  公分: u('length', 10),
  米: u('length', 1000),
  公里: u('length', 1e6),
  千米: u('length', 1e6),
  毫升: u('volume'),
  升: u('volume', 1000),
};

/** Currency words and symbols, before or after a number. */
const CURRENCIES: Record<string, string> = {
  '€': 'EUR',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  欧元: 'EUR',
  歐元: 'EUR',
  $: 'USD',
  us$: 'USD',
  usd: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  'us dollars': 'USD',
  美元: 'USD',
  美金: 'USD',
  '£': 'GBP',
  gbp: 'GBP',
  pounds: 'GBP',
  'pounds sterling': 'GBP',
  英镑: 'GBP',
  英鎊: 'GBP',
  '¥': 'YEN',
  '￥': 'YEN',
  jpy: 'JPY',
  yen: 'JPY',
  日元: 'JPY',
  日圓: 'JPY',
  円: 'JPY',
  cny: 'CNY',
  rmb: 'CNY',
  yuan: 'CNY',
  元: 'CNY',
  人民币: 'CNY',
  人民幣: 'CNY',
  aud: 'AUD',
  a$: 'AUD',
  cad: 'CAD',
  c$: 'CAD',
  sgd: 'SGD',
  s$: 'SGD',
  hkd: 'HKD',
  hk$: 'HKD',
  nzd: 'NZD',
  chf: 'CHF',
  sek: 'SEK',
  pln: 'PLN',
  zł: 'PLN',
  krw: 'KRW',
  '₩': 'KRW',
  won: 'KRW',
  inr: 'INR',
  '₹': 'INR',
  mxn: 'MXN',
  brl: 'BRL',
  r$: 'BRL',
  aed: 'AED',
  sar: 'SAR',
  thb: 'THB',
  '฿': 'THB',
  myr: 'MYR',
  rm: 'MYR',
  idr: 'IDR',
  rp: 'IDR',
  php: 'PHP',
  '₱': 'PHP',
  vnd: 'VND',
  '₫': 'VND',
  clp: 'CLP',
};

/** Count nouns: a number of things (compared by value only). */
const COUNT_NOUNS =
  'units?|pieces?|pcs|items?|skus?|products?|orders?|packages?|parcels?|cartons?|boxes|pallets?|件|个|個|台|套|只|箱|款';

const byLength = (keys: string[]) =>
  [...keys].sort((a, b) => b.length - a.length).map((k) => escapeRegExp(k));
const LATIN = /^[a-z]/i;

/** A unit/currency/scale alternation; Latin words must end at a word boundary. */
function alternation(keys: string[]): string {
  return byLength(keys)
    .map((k) => (LATIN.test(k) ? `${k.replace(/ /g, '\\s+')}(?![A-Za-z0-9])` : k))
    .join('|');
}

export const UNIT_PATTERN = alternation(Object.keys(UNITS));
export const CURRENCY_AFTER_PATTERN = alternation(Object.keys(CURRENCIES));
export const CURRENCY_BEFORE_PATTERN = alternation(
  Object.keys(CURRENCIES).filter(
    (k) =>
      !/^[\u3400-\u9fff]/.test(k) &&
      !/^(?:euros?|dollars?|pounds|yen|yuan|won|us dollars|pounds sterling)$/.test(k),
  ),
);
export const COUNT_PATTERN = `(?:${COUNT_NOUNS})(?![A-Za-z])`;

export function unitInfo(word: string): UnitInfo | undefined {
  const w = word.replace(/\s+/g, ' ');
  return UNITS[w] ?? UNITS[w.toLowerCase()];
}

export function currencyCode(word: string): string | undefined {
  return CURRENCIES[word.replace(/\s+/g, ' ').toLowerCase()];
}

/** Currency classes compare equal, with ¥ matching either JPY or CNY. */
export function sameCurrency(a: string, b: string): boolean {
  if (a === b) return true;
  const yen = new Set(['YEN', 'JPY', 'CNY']);
  return (a === 'YEN' || b === 'YEN') && yen.has(a) && yen.has(b);
}
