// The market slot: market codes and names in English and Chinese ("UK", "Britain", "英国", "德國", "KSA", "沙特"),
// lower-case "us" where it can only be the country, and Amazon storefront domains.
import { findMarkets as findNamedMarkets } from '../domain/markets';
import { marketOfStorefront } from './platforms';

/** Markets named in a message, in order of mention. "3PL" is a warehouse type, not Poland. */
export function findMarkets(text: string): string[] {
  const cleaned = text
    .replace(/\b3PL\b/gi, '3pl')
    .replace(/\b(in|to|from|and|for)\s+the\s+us\b/gi, '$1 the US')
    .replace(/\bu\.k\.?(?=\s|$|[?!,])/gi, 'UK');
  const found = findNamedMarkets(cleaned);
  const storefront = marketOfStorefront(text);
  return storefront && !found.includes(storefront) ? [storefront, ...found] : found;
}
