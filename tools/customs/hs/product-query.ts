// A product title (English or Chinese) as weighted English search terms for the nomenclature: Chinese segmented and
// put into English word by word, listing words mapped to the nomenclature's words, marketing noise and sizes dropped,
// the product's own words (first part of the title, known product names) counting more than what it is for.
import { escapeRegExp } from '../../../core/regexp';
import { LISTING_NOISE, LISTING_SYNONYMS, SPELLINGS } from './en-words';
import type { GlossaryMatch } from './glossary-match';
import { normaliseDescription } from './glossary-match';
import { TRAITS } from './traits';
import { segmentTitle } from './zh-segment';
import { ZH_WORDS } from './zh-words';

export interface QueryTerm {
  /** English searched. */
  text: string;
  /** How much a nomenclature line sharing it counts (times the word's rarity). */
  weight: number;
  /** The seller's own word it comes from (Chinese for a Chinese title). */
  from: string;
}

/** A known product name counts this much more than another word of the same part of the title. */
const PRODUCT_WORD = 2;
/** The last word of the title's first part is usually the product ("garden trowel hand shovel"). */
const LAST_WORD = 1.3;
/** Words after the first part ("..., for dogs", "with case") and later Chinese phrases. */
const LATER_PART = 0.5;
/** Wearers and material hints: the traits already favour lines that show them. */
const TRAIT_WORD = 0.6;

const SYNONYMS = Object.entries(LISTING_SYNONYMS)
  .sort(([a], [b]) => b.length - a.length)
  .map(([phrase, nomenclature]) => ({
    phrase,
    nomenclature,
    pattern: new RegExp(`(^|[^a-z0-9])${escapeRegExp(phrase)}(?:s|es)?(?=$|[^a-z0-9])`),
  }));
/** Where the product's own words end in an English title. */
const PART_BREAK = /\s*(?:[,;|()[\]/+]|\s-\s|\s(?:for|with|compatible|fits|includes?|by)\s)\s*/;
const SIZE = /\d/;
const HAS_CHINESE = /[\u3400-\u9fff]/;
/** A count or measure written as a number and a unit ("10 cup", "4 person", "100 sheet"): not the product. */
const QUANTITY = new RegExp(
  `(^|\\s)\\d+(?:[.,/]\\d+)?\\s*-?\\s*(?:${[
    'cups?',
    'quarts?',
    'qt',
    'persons?',
    'people',
    'sheets?',
    'count',
    'ct',
    'packs?',
    'pcs',
    'pc',
    'pieces?',
    'pairs?',
    'inch(?:es)?',
    'in',
    'ft',
    'feet',
    'foot',
    'oz',
    'lbs?',
    'gallons?',
    'lit(?:er|re)s?',
    'l',
    'ml',
    'cm',
    'mm',
    'm',
    'kg',
    'g',
    'w',
    'v',
    'slices?',
    'tiers?',
    'layers?',
    'ports?',
    'functions?',
    'colou?rs?',
    'sets?',
    'drawers?',
    'servings?',
    'gauge',
    'mah',
    'lumens?',
    'x',
    'days?',
    'hours?',
    'h',
    'months?',
    'years?',
    'keys?',
  ].join('|')})(?=$|[^a-z0-9%])`,
  'g',
);

/** The normalised text with counts and measures blanked ("10 cup" is not a cup), every other word where it was. */
export const withoutQuantities = (text: string) =>
  normaliseDescription(text).replace(QUANTITY, (m) => ' '.repeat(m.length));

/** Listing words that say where or how a product is used, not what it is ("car" charger, "solar" lights). */
const MODIFIERS = new Set([
  'car',
  'auto',
  'automotive',
  'vehicle',
  'solar',
  'light',
  'lights',
  'lamp',
]);

/**
 * The everyday product words of an English title's first part ("hair straightener" in "Hair Straightener Ceramic
 * Plates"), where they are in withoutQuantities(text), first first; none for Chinese.
 */
export function productWords(text: string): Array<{ start: number; end: number }> {
  const plain = withoutQuantities(text);
  if (HAS_CHINESE.test(plain)) return [];
  const firstPart = plain.split(PART_BREAK)[0] ?? '';
  const found: Array<{ start: number; end: number }> = [];
  for (const { phrase, pattern } of SYNONYMS) {
    if (MODIFIERS.has(phrase)) continue;
    const m = pattern.exec(firstPart);
    if (m) found.push({ start: m.index + m[1].length, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

const spell = (text: string) =>
  text.replace(/[a-z]+/g, (w) => SPELLINGS[w] ?? w).replace(/\bfiber glass\b/g, 'glass fibres');

/** "women", "baby": who wears it says little about which line of a chapter it is. */
const WEARER_WORDS = new Set(TRAITS.filter((t) => !t.chapters).flatMap((t) => t.en));
const isWearerWord = (word: string) => WEARER_WORDS.has(word);

/** Weighted terms of one part of an English title. */
function englishPart(part: string, weight: number): QueryTerm[] {
  let rest = ` ${spell(withoutQuantities(part))} `;
  const terms: QueryTerm[] = [];
  for (const { phrase, nomenclature, pattern } of SYNONYMS) {
    const m = pattern.exec(rest);
    if (!m) continue;
    terms.push({
      text: `${phrase} ${nomenclature}`,
      weight: weight * PRODUCT_WORD,
      from: phrase,
    });
    rest =
      rest.slice(0, m.index) +
      m[1] +
      ' '.repeat(m[0].length - m[1].length) +
      rest.slice(m.index + m[0].length);
  }
  const words = rest
    .split(/[^a-z0-9'-]+/)
    .map((w) => w.replace(/^['-]+|['-]+$/g, ''))
    .filter((w) => w.length > 1 && !SIZE.test(w) && !LISTING_NOISE.has(w));
  words.forEach((word, i) => {
    const last = i === words.length - 1 && !terms.length ? LAST_WORD : 1;
    terms.push({
      text: word,
      weight: weight * (isWearerWord(word) ? TRAIT_WORD : last),
      from: word,
    });
  });
  return terms;
}

/** Weighted terms of an English title: its first part counts fully, the rest half. */
function englishTerms(text: string, weight = 1): QueryTerm[] {
  const parts = normaliseDescription(text).split(PART_BREAK).filter(Boolean);
  return parts.flatMap((part, i) => englishPart(part, i === 0 ? weight : weight * LATER_PART));
}

type Phrase = Array<{ zh: string; en: string }>;

/** A Chinese title's space-separated phrases, word by word with each word's English (unknown characters left out). */
function chinesePhrases(text: string, matches: GlossaryMatch[]): Phrase[] {
  const normalised = normaliseDescription(text).trim();
  const glossaryEnglish = new Map<string, string>();
  for (const m of matches)
    glossaryEnglish.set(m.term.normalize('NFKC').toLowerCase(), m.entry.en[0] ?? '');
  const phrases: Phrase[] = [[]];
  let last = 0;
  for (const segment of segmentTitle(normalised)) {
    if (/\s/.test(normalised.slice(last, segment.start)) && phrases[phrases.length - 1].length)
      phrases.push([]);
    last = segment.end;
    if (segment.kind === 'unknown') continue;
    const en =
      segment.kind === 'latin'
        ? segment.text
        : [glossaryEnglish.get(segment.text), ZH_WORDS[segment.text]].filter(Boolean).join(' ');
    if (en) phrases[phrases.length - 1].push({ zh: segment.text, en });
  }
  return phrases;
}

/** A Chinese title in English word by word, phrases separated by commas (登山包 40升 → "hiking backpack"). */
export function chineseInEnglish(text: string, matches: GlossaryMatch[]): string {
  return chinesePhrases(text, matches)
    .map((words) => words.map((w) => w.en).join(' '))
    .join(', ');
}

/**
 * Weighted terms of a Chinese title: each phrase put into English and read as an English title part (so 电动|螺丝刀
 * reads "electric screwdriver"); later phrases count less. Terms name the Chinese words they come from.
 */
function chineseTerms(text: string, matches: GlossaryMatch[], weight = 1): QueryTerm[] {
  return chinesePhrases(text, matches).flatMap((words, i) => {
    const english = words.map((w) => w.en).join(' ');
    const chinese = (term: string) =>
      words
        .filter((w) => term.split(' ').some((t) => w.en.split(' ').includes(t)))
        .map((w) => w.zh)
        .join('') || words.map((w) => w.zh).join('');
    return englishPart(english, i === 0 ? weight : weight * LATER_PART).map((t) => ({
      ...t,
      from: chinese(t.from),
    }));
  });
}

export interface ProductQueryInput {
  description: string;
  material?: string;
  use?: string;
}

/** The weighted English terms a classification searches the nomenclature with. */
export function productQuery(input: ProductQueryInput, matches: GlossaryMatch[]): QueryTerm[] {
  const read = (text: string, weight: number) =>
    HAS_CHINESE.test(text) ? chineseTerms(text, matches, weight) : englishTerms(text, weight);
  return [
    ...read(input.description, 1),
    ...(input.material ? read(input.material, TRAIT_WORD) : []),
    ...(input.use ? read(input.use, LATER_PART) : []),
  ];
}

/** The English the terms spell out, for the embedding and for showing what was searched. */
export function queryText(terms: QueryTerm[]): string {
  return [...new Set(terms.map((t) => t.text))].join(' ');
}
