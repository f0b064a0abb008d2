// Number parsing for the grounding check: Arabic digits with thousands separators, common Chinese numerals and
// English number words, and scale words (thousand, million, 万, 亿).
import { ZH_DIGITS } from '../../../core/slots/numbers';

/** "1,000" -> 1000, "1.5" -> 1.5, "150,00" -> 150 (decimal comma), "10 000" (thin/no-break space) -> 10000. */
export function parseArabic(raw: string): number {
  const s = raw.replace(/[\u00a0\u202f\u2009]/g, '').replace(/，/g, ',');
  // Groups of exactly three digits after commas are thousands; a single comma with 1-2 digits is a decimal comma.
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d{1,3}(\.\d{3})+,\d+$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(s)) return Number(s.replace(/\./g, ''));
  if (/^\d+,\d{1,2}$/.test(s)) return Number(s.replace(',', '.'));
  return Number(s.replace(/,/g, ''));
}

const ZH_SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const ZH_BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Characters a Chinese numeral is written with. */
export const ZH_NUMERAL_CHARS = '零〇一二两兩三四五六七八九十百千万萬亿億';

/** "十九" -> 19, "二十" -> 20, "三百五十" -> 350, "一万二千" -> 12000, "二〇二六" -> 2026 (digit by digit); NaN if invalid. */
export function parseChineseNumeral(s: string): number {
  if (!s) return NaN;
  if (/^[零〇一二三四五六七八九]{2,}$/.test(s) && !/[十百千万萬亿億]/.test(s))
    return Number([...s].map((c) => ZH_DIGITS[c]).join(''));
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const c of s) {
    if (c in ZH_DIGITS) digit = ZH_DIGITS[c];
    else if (c in ZH_SMALL_UNITS) {
      section += (digit < 0 ? 1 : digit) * ZH_SMALL_UNITS[c];
      digit = -1;
    } else if (c in ZH_BIG_UNITS) {
      total = (total + section + Math.max(digit, 0)) * ZH_BIG_UNITS[c];
      section = 0;
      digit = -1;
    } else return NaN;
  }
  return total + section + Math.max(digit, 0);
}

const EN_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};

/** The English number words recognised before a unit ("thirty days", "twenty-one years"). */
export const EN_NUMBER_WORD = `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|${Object.keys(EN_WORDS).join('|')})`;

export function parseEnglishWords(s: string): number {
  return s
    .toLowerCase()
    .split('-')
    .reduce((sum, w) => sum + (EN_WORDS[w] ?? NaN), 0);
}

/** Multipliers written after a number. */
export const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  millions: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  千: 1e3,
  万: 1e4,
  萬: 1e4,
  百万: 1e6,
  百萬: 1e6,
  千万: 1e7,
  千萬: 1e7,
  亿: 1e8,
  億: 1e8,
};

/** A stable key for a numeric value (floating-point noise removed). */
export function valueKey(n: number): string {
  return String(Number(n.toPrecision(12)));
}
