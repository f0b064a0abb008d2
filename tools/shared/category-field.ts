// The tool input field for a product category: any seller word or product description, mapped to the nearest
// category (or `general`) with a note instead of being rejected.
import { z } from 'zod';
import { CATEGORY_IDS, resolveCategory } from '../../core/domain/categories';

/** A category field resolving to a CategoryMatch; `what` opens its description. */
export function categoryField(what: string) {
  return z
    .string()
    .trim()
    .min(1)
    .max(200)
    .describe(
      `${what}: one of ${CATEGORY_IDS.join(', ')}, or any product word ("yoga mat", "水杯"), which is mapped to the nearest category or to general (rules for all consumer goods)`,
    )
    .transform((value) => resolveCategory(value));
}
