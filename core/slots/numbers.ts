// Numbers as sellers write them: "1,980", "19,99", "1.299,00", and Chinese numerals ("两", "十五").
/** Chinese digit characters and their values (shared with the grounding check's numeral parser). */
export const ZH_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Chinese numerals up to 99 ("三", "十五", "二十") or Arabic digits; undefined when not a number. */
export function parseSmallNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const words: Record<string, number> = {
    a: 1,
    an: 1,
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
    twelve: 12,
  };
  if (words[text.toLowerCase()] !== undefined) return words[text.toLowerCase()];
  const m = text.match(/^([一二两兩三四五六七八九])?(十)?([一二三四五六七八九])?$/);
  if (!m || !text) return undefined;
  if (!m[2]) return m[1] && !m[3] ? ZH_DIGITS[m[1]] : undefined;
  return (m[1] ? ZH_DIGITS[m[1]] : 1) * 10 + (m[3] ? ZH_DIGITS[m[3]] : 0);
}

/** A written amount to a number: "1,980" and "1.980" group thousands, "19,99" uses a decimal comma. */
export function parseAmount(text: string): number {
  const t = text.replace(/\s/g, '');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^\d+,\d{1,2}$/.test(t)) return Number(t.replace(',', '.'));
  return Number(t);
}

/** The regex source of an amount: digits with optional thousands groups and decimals. */
export const AMOUNT = String.raw`\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;

const COUNT_WORD = String.raw`\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten`;
// The words between the count and the noun may not be a length unit: "5 word headlines" asks for short headlines.
const EN_VARIANTS = new RegExp(
  String.raw`\b(${COUNT_WORD})\s+(?:(?!(?:words?|characters?|chars?|letters?|seconds?)\b)[a-z-]+\s+){0,2}?(?:variants?|versions?|options?|ads?|headlines?|variations?|copies)\b`,
  'i',
);
const ZH_NUMBER = '(\\d{1,2}|[一二两兩三四五六七八九十]{1,2})';
/** A Chinese count with a measure word: "三条", "5个", "两组". */
export const ZH_COUNTED = new RegExp(`${ZH_NUMBER}\\s*(?:条|條|个|個|组|組|版|种|種)`);
/** A count of ad variants: with a measure word for copy ("三条", "两组", "3版"), or a general one followed by what
 *  is counted ("三个版本", "5个标题"); "5个市场", "三种颜色", "一个蓝牙耳机" count something else. */
const ZH_VARIANTS = new RegExp(
  `${ZH_NUMBER}\\s*(?:条|條|组|組|版|(?:个|個|种|種)(?=广告|廣告|文案|标题|標題|版本|变体|變體|选项|選項))`,
);

/** How many variants a request asks for ("3 variants", "five headlines", "写三条"), or undefined. */
export function requestedCount(text: string): number | undefined {
  const m = text.match(EN_VARIANTS) ?? text.match(ZH_VARIANTS);
  return m ? parseSmallNumber(m[1]) : undefined;
}
