// Slots from plain sentences: every value the no-LLM mode reads from a seller's message (English, simplified and
// traditional Chinese), parsed once. Each slot has its own module; this is the one entry point.
import { findCategories } from '../domain/categories';
import {
  findSkuCodes,
  findWarehouseMarkets,
  matchProducts,
  matchWarehouses,
  type Catalogue,
} from './catalogue';
import { findHorizon, findWindowDays, type Horizon } from './horizon';
import { findMarkets } from './markets';
import { findAdPlatform, findMarketplace } from './platforms';
import { findPrice, type Price } from './price';
import { findBrand, findProduct, pastedText, type ProductSlot } from './product';

export interface Slots {
  markets: string[];
  adPlatform?: string;
  marketplace?: string;
  product?: ProductSlot;
  brand?: string;
  price?: Price;
  /** SKUs written as codes and SKUs of catalogue products named by title. */
  skus: string[];
  warehouses: string[];
  horizon?: Horizon;
  windowDays?: number;
  categories: string[];
  /** The listing text the seller quoted or pasted, if any. */
  pasted?: string;
  /** A language the seller asks for ("in German", "用英文"), as a language code. */
  language?: string;
}

const LANGUAGES: Array<[RegExp, string]> = [
  [/\b(in|into) english\b|英文|英语|英語/i, 'en'],
  [/\b(in|into) german\b|德文|德语|德語/i, 'de'],
  [/\b(in|into) french\b|法文|法语|法語/i, 'fr'],
  [/\b(in|into) spanish\b|西班牙文|西班牙语|西班牙語/i, 'es'],
  [/\b(in|into) italian\b|意大利文|意大利语|義大利語/i, 'it'],
  [/\b(in|into) japanese\b|日文|日语|日語/i, 'ja'],
  [/\b(in|into) arabic\b|阿拉伯文|阿拉伯语|阿拉伯語/i, 'ar'],
  [/\b(in|into) (simplified )?chinese\b|中文/i, 'zh'],
];

/** The language a message asks for, and the words that asked (so "in German" is not read as Germany). */
export function findLanguage(text: string): { code: string; words: string } | undefined {
  for (const [re, code] of LANGUAGES) {
    const m = text.match(re);
    if (m) return { code, words: m[0] };
  }
  return undefined;
}

export function readSlots(text: string, options: { now: Date; catalogue: Catalogue }): Slots {
  const { catalogue } = options;
  const language = findLanguage(text);
  const warehouses = matchWarehouses(text, catalogue.warehouses);
  // A market written inside a warehouse code ("FBA DE") is the warehouse, not a second filter.
  const withoutCodes = warehouses.reduce(
    (t, code) => t.replace(new RegExp(code.split(/[-_\s]+/).join('[-_\\s]?'), 'gi'), ' '),
    language ? text.replace(language.words, ' ') : text,
  );
  const markets = [
    ...new Set([...findMarkets(withoutCodes), ...findWarehouseMarkets(withoutCodes)]),
  ];
  const skus = [...new Set([...findSkuCodes(text), ...matchProducts(text, catalogue.products)])];
  return {
    markets,
    adPlatform: findAdPlatform(text),
    marketplace: findMarketplace(text),
    product: findProduct(text),
    brand: findBrand(text),
    price: findPrice(text),
    skus,
    warehouses,
    horizon: findHorizon(text, options.now),
    windowDays: findWindowDays(text),
    categories: findCategories(text),
    pasted: pastedText(text),
    language: language?.code,
  };
}

export type { Catalogue, CatalogueProduct, CatalogueWarehouse } from './catalogue';
export { EMPTY_CATALOGUE } from './catalogue';
export type { Horizon } from './horizon';
export type { Price } from './price';
export type { ProductSlot } from './product';
