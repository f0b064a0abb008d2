// Turns candidate texts (from templates or the model) into valid variants: counted the platform's way, shortened
// at a word boundary when over a limit, passed through the claims linter with blocking claims rewritten or the
// text dropped, and variants without the platform's minimum items dropped.
import { removeBlocking, lintText, type Finding } from '../claims/lint';
import type { ClaimContext } from '../claims/rules';
import { countChars, shortenToFit } from '../text/length';
import type { AdFieldSpec, AdPlatformSpec } from './platform-specs';

export interface AdText {
  text: string;
  chars: number;
}
export type AdVariant = Record<string, AdText[]>;

export interface LintEntry extends Finding {
  /** 1-based variant number. */
  variant: number;
  /** rewritten: the claim was removed from the text; dropped: the text was left out; kept: not blocking. */
  action: 'rewritten' | 'dropped' | 'kept';
}

export interface FieldResult {
  items: AdText[];
  lint: LintEntry[];
  shortened: number;
  droppedTooLong: number;
}

/** Validates texts for one field of one variant, keeping at most `want` of them. */
export function finalizeField(
  texts: string[],
  field: AdFieldSpec,
  spec: AdPlatformSpec,
  ctx: ClaimContext,
  variant: number,
  want: number,
): FieldResult {
  const out: FieldResult = { items: [], lint: [], shortened: 0, droppedTooLong: 0 };
  const seen = new Set<string>();
  for (const raw of texts) {
    if (out.items.length >= want) break;
    let text: string | null = raw.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    if (field.options) {
      const option = field.options.find((o) => o === text!.toUpperCase().replace(/[\s-]+/g, '_'));
      if (!option) continue;
      text = option;
    }
    if (countChars(text, spec.counting) > field.maxChars) {
      text = shortenToFit(text, field.maxChars, spec.counting);
      if (text === null) {
        out.droppedTooLong += 1;
        continue;
      }
      out.shortened += 1;
    }
    const fixed = removeBlocking(text, field.name, ctx);
    for (const f of fixed.removed)
      out.lint.push({ ...f, variant, action: fixed.text === null ? 'dropped' : 'rewritten' });
    if (fixed.text === null) continue;
    text = fixed.text;
    for (const f of lintText(text, field.name, ctx))
      out.lint.push({ ...f, variant, action: 'kept' });
    const key = text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.items.push({ text, chars: countChars(text, spec.counting) });
  }
  return out;
}

/** True when every field has at least its minimum number of items. */
export function meetsMinimums(variant: AdVariant, spec: AdPlatformSpec): boolean {
  return spec.fields.every((f) => (variant[f.name]?.length ?? 0) >= f.minItems);
}
