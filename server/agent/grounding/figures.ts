// Finds the figures in a text as tokens (amounts with or without currency, percentages, dates in English, ISO and
// Chinese forms, durations and other quantities, counts, article and regulation numbers, standard and product
// codes, bare numbers) and normalises each, so "EUR 150", "€150" and "150 euros" are the same figure.
import {
  EN_NUMBER_WORD,
  parseArabic,
  parseChineseNumeral,
  parseEnglishWords,
  SCALES,
  ZH_NUMERAL_CHARS,
} from './numbers';
import {
  COUNT_PATTERN,
  CURRENCY_AFTER_PATTERN,
  CURRENCY_BEFORE_PATTERN,
  currencyCode,
  UNIT_PATTERN,
  unitInfo,
} from './units';

export type FigureKind =
  'number' | 'count' | 'quantity' | 'percent' | 'money' | 'date' | 'provision' | 'code';

export interface Figure {
  /** As written in the text. */
  text: string;
  kind: FigureKind;
  /** number, count, quantity, percent, money: the value as written (scale words applied). */
  value?: number;
  /** quantity, percent, money: the value in the class's base unit. */
  base?: number;
  /** quantity, percent, money: the comparison class (e.g. "time", "money:EUR"). */
  cls?: string;
  /** date, provision, code: normalised keys; any one of them matching supports the figure. */
  keys?: string[];
}

const B = '(?<![A-Za-z0-9_])'; // token start
const E = '(?![0-9A-Za-z])'; // token end
const ARABIC = '\\d{1,3}(?:[,\\u00a0\\u202f\\u2009]\\d{3})+(?:\\.\\d+)?|\\d+(?:[.,]\\d+)?';
const ZH = `[${ZH_NUMERAL_CHARS}]+`;
const SCALE = `(?:thousand|millions?|mn|m|bn|billion|k|百万|百萬|千万|千萬|千|万|萬|亿|億)`;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH = `(?:${MONTHS.map((m) => `${m}|${m.slice(0, 3)}\\.?`).join('|')}|Sept\\.?)`;
const ZH_SMALL = '[一二三四五六七八九十]{1,3}';
const ZH_YEAR = '[〇零一二三四五六七八九]{4}';

const pad = (n: number) => String(n).padStart(2, '0');
const monthNumber = (name: string) =>
  MONTHS.findIndex((m) => m.slice(0, 3) === name.slice(0, 3)) + 1;
const num = (s: string) => (/^\d/.test(s) ? Number(s) : parseChineseNumeral(s));

function dateKeys(y: number | null, m: number, d: number | null): string[] {
  if (!(m >= 1 && m <= 12) || (d !== null && !(d >= 1 && d <= 31))) return [];
  if (y !== null && d !== null) return [`${y}-${pad(m)}-${pad(d)}`];
  if (y !== null) return [`${y}-${pad(m)}`];
  if (d !== null) return [`--${pad(m)}-${pad(d)}`];
  return [`--${pad(m)}`];
}

type Rule = { re: RegExp; make: (m: RegExpExecArray) => Omit<Figure, 'text'> | null };

const date = (keys: string[]) => (keys.length ? { kind: 'date' as const, keys } : null);

const PROVISION_KINDS: Record<string, string> = {
  art: 'article',
  article: 'article',
  articles: 'article',
  sec: 'section',
  section: 'section',
  sections: 'section',
  '§': 'section',
  '§§': 'section',
  annex: 'annex',
  annexes: 'annex',
  para: 'paragraph',
  paragraph: 'paragraph',
  paragraphs: 'paragraph',
  rule: 'rule',
  rules: 'rule',
  clause: 'clause',
  clauses: 'clause',
  chapter: 'chapter',
  chapters: 'chapter',
  schedule: 'schedule',
  part: 'part',
  parts: 'part',
  title: 'title',
  条: 'article',
  條: 'article',
  款: 'paragraph',
  章: 'chapter',
  节: 'section',
  節: 'section',
  项: 'item',
  項: 'item',
};

function amount(raw: string, scale?: string): number {
  const base = /^\d/.test(raw)
    ? parseArabic(raw)
    : new RegExp(`^${EN_NUMBER_WORD}$`, 'i').test(raw)
      ? parseEnglishWords(raw)
      : parseChineseNumeral(raw);
  return scale ? base * (SCALES[scale.toLowerCase()] ?? SCALES[scale] ?? 1) : base;
}

function measured(value: number, unit: string): Omit<Figure, 'text'> | null {
  if (!Number.isFinite(value)) return null;
  const currency = currencyCode(unit);
  if (currency) return { kind: 'money', value, base: value, cls: `money:${currency}` };
  const info = unitInfo(unit);
  if (info)
    return {
      kind: info.cls === 'percent' ? 'percent' : 'quantity',
      value,
      base: value * info.factor,
      cls: info.cls,
    };
  return { kind: 'count', value };
}

/** Rules in priority order: a span taken by an earlier rule is not looked at again. */
const RULES: Rule[] = [
  // Dates.
  {
    re: new RegExp(`${B}(\\d{4})-(\\d{1,2})-(\\d{1,2})${E}`, 'g'),
    make: (m) => date(dateKeys(+m[1], +m[2], +m[3])),
  },
  {
    re: new RegExp(`${B}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${E}`, 'g'),
    make: (m) => date(dateKeys(+m[3], +m[2], +m[1])),
  },
  {
    re: new RegExp(`${B}(\\d{1,2})/(\\d{1,2})/(\\d{4})${E}`, 'g'),
    make: (m) => date([...dateKeys(+m[3], +m[2], +m[1]), ...dateKeys(+m[3], +m[1], +m[2])]),
  },
  {
    re: new RegExp(
      `${B}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+(\\d{4}))?${E}`,
      'g',
    ),
    make: (m) => date(dateKeys(m[3] ? +m[3] : null, monthNumber(m[2]), +m[1])),
  },
  {
    re: new RegExp(
      `(?<![A-Za-z])(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?${E}`,
      'g',
    ),
    make: (m) => date(dateKeys(m[3] ? +m[3] : null, monthNumber(m[1]), +m[2])),
  },
  {
    re: new RegExp(`(?<![A-Za-z])(${MONTH}),?\\s+(\\d{4})${E}`, 'g'),
    make: (m) => date(dateKeys(+m[2], monthNumber(m[1]), null)),
  },
  {
    re: new RegExp(
      `(\\d{4}|${ZH_YEAR})\\s*年\\s*(\\d{1,2}|${ZH_SMALL})\\s*月(?:\\s*(\\d{1,2}|${ZH_SMALL})\\s*[日号號])?`,
      'g',
    ),
    make: (m) => date(dateKeys(num(m[1]), num(m[2]), m[3] ? num(m[3]) : null)),
  },
  {
    re: new RegExp(
      `(?<!\\d)(\\d{1,2}|${ZH_SMALL})\\s*月\\s*(\\d{1,2}|${ZH_SMALL})\\s*[日号號]`,
      'g',
    ),
    make: (m) => date(dateKeys(null, num(m[1]), num(m[2]))),
  },
  {
    re: new RegExp(`(?<![\\d${ZH_NUMERAL_CHARS}])(\\d{1,2}|${ZH_SMALL})\\s*月(?!份?[内內])`, 'g'),
    make: (m) => date(dateKeys(null, num(m[1]), null)),
  },
  {
    // A year written with 年: "2026年" is the number 2026.
    re: /(?<!\d)((?:19|20)\d{2})\s*年/g,
    make: (m) => ({ kind: 'number', value: +m[1] }),
  },
  // Provisions: Article 9(2), Art. 5, § 3, Annex II, 第九条.
  {
    re: /(?<![A-Za-z])(Articles?|Art\.?|Sections?|Sec\.|§§?|Annex(?:es)?|Paragraphs?|Para\.|Rules?|Clauses?|Chapters?|Schedule|Parts?|Title)\s*(\d+[a-z]?|[IVXLC]+(?![A-Za-z]))((?:\(\w{1,4}\))*)/gi,
    make: (m) => ({
      kind: 'provision',
      keys: [`${PROVISION_KINDS[m[1].toLowerCase().replace(/\.$/, '')]}:${m[2].toUpperCase()}`],
    }),
  },
  {
    re: new RegExp(`第\\s*(\\d+|${ZH})\\s*(条|條|款|章|节|節|项|項)`, 'g'),
    make: (m) => ({ kind: 'provision', keys: [`${PROVISION_KINDS[m[2]]}:${num(m[1])}`] }),
  },
  // Standards and regulation numbers: EN 71-3, ISO 8124, 16 CFR 1250, 2023/988, (EU) No 1169/2011.
  {
    re: /(?<![A-Za-z])(EN|ISO|IEC|ASTM|IEEE|UL|ANSI|BS|DIN|JIS|KS|GB\/T|GB|AS\/NZS|IS)\s?(\d+(?:[-.:]\d+)*)(?![\d])/g,
    make: (m) => ({ kind: 'code', keys: [`code:${m[1].toUpperCase()}${m[2]}`] }),
  },
  {
    re: /(?<![A-Za-z0-9])(\d+)\s+CFR\s+(?:Part\s+)?(\d+(?:\.\d+)?)/g,
    make: (m) => ({ kind: 'code', keys: [`code:${m[1]}CFR${m[2]}`] }),
  },
  {
    re: /(?<![\d/])(\d{2,4})\/(\d{1,4})(?:\/[A-Z]{2,3})?(?![\d/])/g,
    make: (m) => ({ kind: 'code', keys: [`ref:${+m[1]}/${+m[2]}`] }),
  },
  // Money with the currency first: €150, EUR 150, US$ 5, €1.5m.
  {
    re: new RegExp(
      `(?<![A-Za-z])(${CURRENCY_BEFORE_PATTERN})\\s?(${ARABIC})(?:\\s?(${SCALE})(?![A-Za-z]))?`,
      'gi',
    ),
    make: (m) => {
      const value = amount(m[2], m[3]);
      return Number.isFinite(value)
        ? { kind: 'money', value, base: value, cls: `money:${currencyCode(m[1])}` }
        : null;
    },
  },
  // Percent written in Chinese: 百分之十九, 百分之19.
  {
    re: new RegExp(`百分之\\s*(${ARABIC}|${ZH})`, 'g'),
    make: (m) => measured(amount(m[1]), '%'),
  },
  // A number (digits, Chinese numerals or English words) with a scale and a unit, currency or count noun.
  {
    re: new RegExp(
      `${B}(${ARABIC}|${EN_NUMBER_WORD})(?:\\s?(${SCALE})(?![A-Za-z]))?(?:\\s?-\\s?|\\s)?(${UNIT_PATTERN}|${CURRENCY_AFTER_PATTERN}|${COUNT_PATTERN})`,
      'gi',
    ),
    make: (m) => {
      if (/^(?:one|a)$/i.test(m[1])) return null;
      return measured(amount(m[1], m[2]), m[3]);
    },
  },
  {
    re: new RegExp(
      `(${ZH})(${UNIT_PATTERN}|${CURRENCY_AFTER_PATTERN}|${COUNT_PATTERN}|%|％)`,
      'gi',
    ),
    make: (m) => {
      if (m[1] === '一' || m[1] === '两' || m[1] === '兩') return null; // 统一年, 一天: too often a word
      return measured(amount(m[1]), m[2]);
    },
  },
  // Times of day and mixed letter-digit codes: 10:00, SKU-123, B07XYZ, 5G.
  {
    re: new RegExp(`${B}\\d{1,2}:\\d{2}${E}`, 'g'),
    make: (m) => ({ kind: 'code', keys: [`code:${m[0]}`] }),
  },
  {
    re: /(?<![A-Za-z0-9_-])(?=[A-Za-z0-9-]*\d)(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![A-Za-z0-9_])/g,
    make: (m) =>
      /^\d+(?:st|nd|rd|th)$/i.test(m[0])
        ? { kind: 'number', value: parseInt(m[0], 10) }
        : { kind: 'code', keys: [`code:${m[0].toUpperCase()}`] },
  },
  // Bare numbers, with a scale word when there is one (1.5 million, 3万).
  {
    re: new RegExp(`${B}(${ARABIC})(?:\\s?(${SCALE})(?![A-Za-z]))?${E}`, 'gi'),
    make: (m) => {
      const value = amount(m[1], m[2]);
      return Number.isFinite(value) ? { kind: 'number', value } : null;
    },
  },
];

/** Text the check ignores: citation markers, URLs, Markdown list numbers (replaced by spaces, offsets kept). */
const IGNORED = [
  /\[\d{1,3}(?:\s*[,，]\s*\d{1,3})*\]/g,
  /\b(?:https?|file):\/\/[^\s)\]>]+/g,
  /^[ \t]*\d{1,2}[.)](?=\s)/gm,
];

export function extractFigures(text: string): Figure[] {
  let work = text;
  for (const re of IGNORED) work = work.replace(re, (s) => ' '.repeat(s.length));
  const taken = new Uint8Array(work.length);
  const found: Array<{ at: number; figure: Figure }> = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(work); m; m = rule.re.exec(work)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      if (taken.subarray(start, end).some(Boolean)) continue;
      const made = rule.make(m);
      if (!made) continue;
      taken.fill(1, start, end);
      found.push({ at: start, figure: { text: text.slice(start, end).trim(), ...made } });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.figure);
}
