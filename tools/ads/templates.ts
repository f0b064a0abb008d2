// Template ad copy (no language model): candidate texts per field role built from the product's name, features,
// benefits, keywords and offer, with phrase packs per language; quantities converted for the market first.
import { convertText, parseUnit, type UnitSystem } from '../shared/units';
import type { AdFieldSpec } from './platform-specs';

export interface AdProduct {
  name: string;
  brand?: string;
  features: string[];
  benefits: string[];
  price?: { amount: number; currency: string };
  offer?: { text?: string; discount_percent?: number };
}

interface PhrasePack {
  shop: string;
  cta: string;
  with: string;
  off: string;
}

const PHRASES: Record<string, PhrasePack> = {
  en: { shop: 'Shop {x}', cta: 'Shop now', with: 'with', off: '{d}% off' },
  de: { shop: '{x} entdecken', cta: 'Jetzt kaufen', with: 'mit', off: '{d} % Rabatt' },
  fr: { shop: 'Découvrez {x}', cta: 'Achetez maintenant', with: 'avec', off: '-{d} %' },
  es: { shop: 'Descubre {x}', cta: 'Compra ahora', with: 'con', off: '{d} % de descuento' },
  it: { shop: 'Scopri {x}', cta: 'Acquista ora', with: 'con', off: '-{d}%' },
  nl: { shop: 'Ontdek {x}', cta: 'Koop nu', with: 'met', off: '{d}% korting' },
  pl: { shop: 'Odkryj {x}', cta: 'Kup teraz', with: 'z', off: '-{d}%' },
  pt: { shop: 'Conheça {x}', cta: 'Compre agora', with: 'com', off: '{d}% de desconto' },
  ja: { shop: '{x}をチェック', cta: '今すぐ購入', with: '・', off: '{d}%オフ' },
};

export function phrasePackLanguage(language: string): string {
  return PHRASES[language] ? language : 'en';
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** Title Case for English headlines; other languages only get a capital first letter. */
function headlineCase(text: string, language: string): string {
  if (language !== 'en') return text.charAt(0).toLocaleUpperCase() + text.slice(1);
  return text
    .split(' ')
    .map((w, i) =>
      (i > 0 && SMALL_WORDS.has(w)) || parseUnit(w.replace(/[.,]$/, '')) || /^\d/.test(w)
        ? w
        : w.charAt(0).toUpperCase() + w.slice(1),
    )
    .join(' ');
}

const sentence = (text: string) => {
  const t = text.trim();
  return t && !/[.!?。]$/.test(t) ? `${t}.` : t;
};

/** Product text with quantities converted and formatted for the market ("320 g" → "11.3 oz" in the US). */
export function productForMarket(
  product: AdProduct,
  system: UnitSystem,
  locale: string,
): AdProduct {
  const conv = (t: string) =>
    convertText(t, 'product', { sourceLocale: 'en-US', targetLocale: locale, system }).text;
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
  const hc = (t: string) => headlineCase(t, language);
  const [f1, f2] = product.features;
  const offer = product.offer?.discount_percent
    ? p.off.replace('{d}', String(product.offer.discount_percent))
    : undefined;
  switch (field.role) {
    case 'headline': {
      const list = [
        hc(name),
        f1 && f1.split(' ').length <= 2 ? hc(`${f1} ${name}`) : undefined,
        ...keywords.map(hc),
        product.brand ? `${product.brand} ${hc(name)}` : undefined,
        hc(p.shop.replace('{x}', name)),
        f1 ? hc(`${name}, ${f1}`) : undefined,
        f2 ? hc(`${name}, ${f2}`) : undefined,
        offer ? hc(`${name} ${offer}`) : undefined,
        ...product.benefits.map(hc),
        ...product.features.map(hc),
      ];
      return rotate(unique(list), variant);
    }
    case 'body': {
      const features = product.features.join(', ');
      const list = [
        features
          ? `${sentence(`${hc(name)}: ${features}`)} ${sentence(p.cta)}`
          : `${sentence(hc(name))} ${sentence(p.cta)}`,
        product.benefits.length
          ? `${product.benefits.map(sentence).join(' ')} ${sentence(p.cta)}`
          : undefined,
        f1
          ? `${sentence(`${hc(name)} ${p.with} ${[f1, f2].filter(Boolean).join(', ')}`)} ${offer ? sentence(offer) + ' ' : ''}${sentence(p.cta)}`
          : undefined,
        product.offer?.text ? `${sentence(product.offer.text)} ${sentence(p.cta)}` : undefined,
        `${sentence(hc(name))} ${product.features.map((f) => sentence(hc(f))).join(' ')}`.trim(),
      ];
      return rotate(unique(list), variant);
    }
    case 'path': {
      if (field.name === 'brand_name') return [product.brand ?? BRAND_PLACEHOLDER];
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

/** Stands in for a brand name the seller did not give, so the variant is usable once it is filled in. */
export const BRAND_PLACEHOLDER = '[Your brand]';

function unique(list: Array<string | undefined>): string[] {
  const seen = new Set<string>();
  return list.filter((t): t is string => {
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
