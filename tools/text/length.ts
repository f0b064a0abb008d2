// Counting text the way a platform counts it, and shortening text to a limit at a word boundary (never mid-word).

/** `code_points`: every Unicode character counts 1. `double_width`: East Asian wide and full-width count 2 (Google Ads, TikTok). */
export type CountMode = 'code_points' | 'double_width';

const WIDE_RANGES: Array<[number, number]> = [
  [0x1100, 0x115f], // Hangul Jamo
  [0x2e80, 0x303e], // CJK radicals, Kangxi, CJK symbols and punctuation
  [0x3041, 0x33ff], // Hiragana, Katakana, Bopomofo, Hangul compatibility, CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff60], // full-width forms
  [0xffe0, 0xffe6], // full-width signs
  [0x20000, 0x3fffd], // CJK extensions B and later
];

/** True for an East Asian wide or full-width character (Unicode East_Asian_Width W or F). */
export function isWide(char: string): boolean {
  const cp = char.codePointAt(0) ?? 0;
  return WIDE_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi);
}

/** Length of `text` as the platform counts it. */
export function countChars(text: string, mode: CountMode = 'code_points'): number {
  let n = 0;
  for (const ch of text) n += mode === 'double_width' && isWide(ch) ? 2 : 1;
  return n;
}

const TRAILING_JUNK = /[\s,;:|/\-–—(·&+]+$/u;
// Scripts written without spaces: a break between two of their characters is a word boundary.
const NO_SPACE_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\u3000-\u303f\uff00-\uffef]/u;

/**
 * The longest prefix of `text` that fits `max` and ends at a word boundary, with dangling separators removed;
 * `text` itself when it fits; null when not even the first word fits.
 */
export function shortenToFit(
  text: string,
  max: number,
  mode: CountMode = 'code_points',
): string | null {
  const clean = text.trim();
  if (countChars(clean, mode) <= max) return clean;
  const chars = [...clean];
  let used = 0;
  let end = 0;
  while (end < chars.length && used + countChars(chars[end], mode) <= max) {
    used += countChars(chars[end], mode);
    end += 1;
  }
  // `end` is the first character that does not fit: cut there only if it is a boundary.
  let cut = end;
  const boundary = (i: number) =>
    /[\s.,;:!?)\]]/u.test(chars[i] ?? ' ') ||
    /\s/u.test(chars[i - 1] ?? ' ') ||
    NO_SPACE_SCRIPT.test(chars[i] ?? '') ||
    NO_SPACE_SCRIPT.test(chars[i - 1] ?? '');
  while (cut > 0 && !boundary(cut)) cut -= 1;
  const result = chars.slice(0, cut).join('').replace(TRAILING_JUNK, '').trim();
  return result.length ? result : null;
}
