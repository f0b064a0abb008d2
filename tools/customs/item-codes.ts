// The one place where parcel items get their HS codes before the landed-cost calculation: today the codes the seller
// gave; the hook where classify_hs can fill in codes for items described only in words.
import type { Deps } from '../../core/deps';
import type { ParcelItem } from './landed-cost-calc';

/** The HS code of each item (undefined where none is known), in item order. */
export async function hsCodesFor(
  items: ParcelItem[],
  _deps: Deps,
): Promise<(string | undefined)[]> {
  return items.map((item) => item.hs_code);
}
