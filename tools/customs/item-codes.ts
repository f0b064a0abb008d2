// The one place where parcel items get their HS codes before the landed-cost calculation: the codes the seller gave,
// and for items described only in words, classify_hs's best six-digit match (said in a note, to be confirmed).
import type { Deps } from '../../core/deps';
import { classifyHs } from './hs/classify';
import type { ParcelItem } from './landed-cost-calc';
import { note } from './note-texts';

export interface ItemCodes {
  /** The HS code of each item (undefined where none is known), in item order. */
  codes: (string | undefined)[];
  /** One note per code that was classified rather than given. */
  notes: string[];
}

export async function hsCodesFor(items: ParcelItem[], deps: Deps): Promise<ItemCodes> {
  const codes: (string | undefined)[] = [];
  const notes: string[] = [];
  for (const item of items) {
    if (item.hs_code || !item.description) {
      codes.push(item.hs_code);
      continue;
    }
    const [best] = (await classifyHs(deps, { description: item.description, limit: 1 })).candidates;
    codes.push(best?.hs_code);
    if (best)
      notes.push(
        note('classifiedCode', {
          code: best.hs_code,
          item: item.description,
          heading: best.description,
        }),
      );
  }
  return { codes, notes };
}
