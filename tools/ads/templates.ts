// Template ad copy (no language model): candidate texts per field role built from the product's name, features,
// benefits, brand, keywords and offer with the phrase packs; quantities converted for the market first.
import { tidy } from '../claims/lint';
import { ozMeansVolume } from '../shared/oz-context';
import { convertText, parseUnit, type UnitSystem } from '../shared/units';
import { PHRASES, phrasePackLanguage } from './phrase-packs';
import type { AdFieldSpec } from './platform-specs';
import { dropRepeatedWords, headNames } from './product-text';

export { phrasePackLanguage } from './phrase-packs';

export interface AdProduct {
  name: string;
  brand?: string;
  features: string[];
  benefits: string[];
  price?: { amount: number; currency: string };
  offer?: { text?: string; discount_percent?: number };
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** Title Case for English headlines; other languages only get a capital first letter. */
function headlineCase(text: string, language: string): string {
  if (language !== 'en') return text.charAt(0).toLocaleUpperCase() + text.slice(1);
  return text
    .split(' ')
    .map((w, i, all) =>
      (i > 0 && SMALL_WORDS.has(w)) ||
      parseUnit(w.replace(/[.,]$/, '')) ||
      /^\d/.test(w) ||
      /^\d/.test(all[i - 1] ?? '')
        ? w
        : w.charAt(0).toUpperCase() + w.slice(1),
    )
    .join(' ');
}

const sentence = (text: string) => {
  const t = text.trim();
  return t && !/[.!?。！？]$/.test(t) ? `${t}${/[\u3040-\u9fff]$/.test(t) ? '。' : '.'}` : t;
};

/** Words joined without repeating one ("waterproof" + "Waterproof shoes") and without stray punctuation. */
const phrase = (...parts: Array<string | undefined>) =>
  tidy(dropRepeatedWords(parts.filter(Boolean).join(' ')));

const fill = (template: string, x: string, b = '') =>
  template.replace('{x}', x).replace('{b}', b).replace('{d}', '');

/** Product text with quantities converted and formatted for the market ("320 g" → "11.3 oz" in the US). */
export function productForMarket(
  product: AdProduct,
  system: UnitSystem,
  locale: string,
): AdProduct {
  const ozIsVolume = ozMeansVolume([product.name, ...product.features]);
  const conv = (t: string) =>
    convertText(t, 'product', { sourceLocale: 'en-US', targetLocale: locale, system, ozIsVolume })
      .text;
  return {
    ...product,
    name: conv(product.name),
    features: product.features.map(conv),
    benefits: product.benefits.map(conv),
  };
}

/** Every candidate text for a field, best first; the caller checks limits and claims. */
export function templateCandidates(
  field: AdFieldSpec,
  product: AdProduct,
  keywords: string[],
  language: string,
  variant: number,
): string[] {
  const p = PHRASES[phrasePackLanguage(language)];
  const name = product.name.trim();
  const brand = product.brand?.trim();
  const hc = (t: string) => headlineCase(t, language);
  const { shorter, modifiers } = headNames(name);
  const features = product.features.length ? product.features : modifiers;
  // Features the name already says are not said twice ("Waterproof ... with waterproof").
  const extras = features.filter((f) => !containsWords(name, f));
  const [f1, f2] = extras;
  const [m1, m2] = features;
  const names = [name, ...shorter];
  const offer = product.offer?.discount_percent
    ? p.off.replace('{d}', String(product.offer.discount_percent))
    : undefined;
  switch (field.role) {
    case 'title': {
      return [hc(phrase(brand, name, extras.length ? `, ${extras.join(', ')}` : undefined))];
    }
    case 'headline': {
      const list = [
        hc(name),
        brand ? hc(phrase(brand, name)) : undefined,
        f1 && f1.split(' ').length <= 2 ? hc(phrase(f1, name)) : undefined,
        ...keywords.map(hc),
        ...names.map((n) => hc(fill(p.shop, n))),
        ...shorter.map(hc),
        ...(brand ? names.map((n) => hc(fill(p.byBrand, n, brand))) : []),
        ...p.headlines.flatMap((t) => names.map((n) => hc(fill(t, n)))),
        f1 ? hc(phrase(name, ',', f1)) : undefined,
        f2 ? hc(phrase(name, ',', f2)) : undefined,
        ...shorter.flatMap((n) => [m1, m2].map((f) => (f ? hc(phrase(f, n)) : undefined))),
        offer ? hc(phrase(name, offer)) : undefined,
        ...product.benefits.map(hc),
        ...product.features.map(hc),
      ];
      return rotate(unique(list), variant);
    }
    case 'body': {
      const subject = brand ? fill(p.byBrand, name, brand) : name;
      const list = [
        f1
          ? `${sentence(phrase(`${hc(subject)}:`, extras.join(', ')))} ${sentence(p.cta)}`
          : `${sentence(hc(subject))} ${sentence(p.cta)}`,
        product.benefits.length
          ? `${product.benefits.map(sentence).join(' ')} ${sentence(p.cta)}`
          : undefined,
        f1
          ? `${sentence(phrase(hc(subject), p.with, [f1, f2].filter(Boolean).join(', ')))} ${offer ? sentence(offer) + ' ' : ''}${sentence(p.cta)}`
          : undefined,
        product.offer?.text ? `${sentence(product.offer.text)} ${sentence(p.cta)}` : undefined,
        ...p.bodies.flatMap((t) => names.map((n) => fill(t, n))),
        `${sentence(hc(subject))} ${product.features
          .filter((f) => !containsWords(name, f))
          .map((f) => sentence(hc(f)))
          .join(' ')}`.trim(),
        ...shorter.map((n) => `${sentence(hc(n))} ${sentence(p.cta)}`),
      ];
      return rotate(unique(list), variant);
    }
    case 'keyword': {
      const lower = (t: string) =>
        t
          .toLowerCase()
          .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
          .trim();
      const list = [
        ...keywords,
        name,
        ...shorter,
        ...[m1, m2]
          .filter((f) => f && !/\d/.test(f) && f.split(' ').length <= 2)
          .flatMap((f) => shorter.slice(-1).map((n) => phrase(f, n))),
        ...(brand ? [phrase(brand, shorter.at(-1) ?? name)] : []),
      ].map((k) => lower(k).replace(/\s+/g, ' '));
      return rotate(unique(list), variant);
    }
    case 'path': {
      if (field.name === 'brand_name') return [brand ?? BRAND_PLACEHOLDER];
      const words = [...name.split(/\s+/), ...keywords.flatMap((k) => k.split(/\s+/))]
        .map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, ''))
        .filter((w) => w.length > 1);
      const pairs = words.slice(0, -1).map((w, i) => `${w}-${words[i + 1]}`);
      return rotate(unique([...pairs, ...words]), variant);
    }
    case 'cta':
      return rotate(field.options ?? [], variant);
  }
}

/** Every word of `part` is already in `text`. */
function containsWords(text: string, part: string): boolean {
  const have = new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  const words = part
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => have.has(w));
}

/** Stands in for a brand name the seller did not give, so the variant is usable once it is filled in. */
export const BRAND_PLACEHOLDER = '[Your brand]';

/** The distinct texts, without the space a join leaves after Chinese or Japanese punctuation. */
function unique(list: Array<string | undefined>): string[] {
  const seen = new Set<string>();
  return list
    .map((t) => t?.replace(/([。！？，、])\s+/gu, '$1'))
    .filter((t): t is string => {
      if (!t || seen.has(t.toLowerCase())) return false;
      seen.add(t.toLowerCase());
      return true;
    });
}

function rotate<T>(list: T[], by: number): T[] {
  if (!list.length) return list;
  const n = by % list.length;
  return [...list.slice(n), ...list.slice(0, n)];
}
