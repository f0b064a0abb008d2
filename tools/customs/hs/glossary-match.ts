// Finds the everyday product names of the glossary in a description: longest names first, no overlaps, the
// product itself (before "for"/"with", 适用/用于) ahead of what it is for; Chinese names only on word edges.
import { escapeRegExp } from '../../../core/regexp';
import { HS_GLOSSARY, type GlossaryEntry } from './glossary';
import { segmentTitle, wordEdges } from './zh-segment';

export interface GlossaryMatch {
  entry: GlossaryEntry;
  /** The name as the glossary spells it. */
  term: string;
  /** Where it is in the normalised description. */
  start: number;
  end: number;
}

type Hit = GlossaryMatch;

const NAMES = HS_GLOSSARY.flatMap((entry) => [
  ...entry.en.map((term) => ({
    entry,
    term,
    pattern: new RegExp(`(^|[^a-z0-9])(${escapeRegExp(term)}(?:s|es)?)(?=$|[^a-z0-9])`, 'g'),
  })),
  ...entry.zh.map((term) => ({
    entry,
    term,
    pattern: new RegExp(escapeRegExp(term.normalize('NFKC').toLowerCase()), 'g'),
  })),
]);

/** Where what the product is for begins ("case for earbuds", "适用于iPhone"); names after it count less. */
const ACCESSORY_OF = /\s(for|with|compatible with|fits)\s|适用|適用|用于|用於|配套|兼容/;

/** Words that, right after a product name, make the listing a part or accessory of it. */
const ACCESSORY_WORD =
  /^(?:\s*(?:strings?|parts?|accessor(?:y|ies)|refills?|replacements?|spare|covers?|skins?|straps?|bands?|mounts?|stands?|holders?|brackets?)\b|琴弦|弦|配件|零件|替换|替換|支架|保护套|保護套|表带|錶帶)/;

export function normaliseDescription(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
}

export function matchGlossary(description: string): GlossaryMatch[] {
  const text = normaliseDescription(description);
  const edges = wordEdges(segmentTitle(text));
  const hits: Hit[] = [];
  for (const { entry, term, pattern } of NAMES) {
    for (const m of text.matchAll(pattern)) {
      const start = (m.index ?? 0) + (m[2] ? m[1].length : 0);
      const end = start + (m[2] ?? m[0]).length;
      // A Chinese name inside a longer word is another product (手套 in 扳手套装).
      if (m[2] === undefined && !(edges.has(start) && edges.has(end))) continue;
      // "guitar strings", "吉他琴弦": a part or accessory of the named product, not the product.
      if (ACCESSORY_WORD.test(text.slice(end))) continue;
      hits.push({ entry, term, start, end });
    }
  }
  const cut = text.search(ACCESSORY_OF);
  const weight = (h: Hit) => h.end - h.start + (cut < 0 || h.start < cut ? 100 : 0);
  hits.sort((a, b) => weight(b) - weight(a) || b.start - a.start);
  const kept: Hit[] = [];
  for (const hit of hits) {
    if (kept.some((k) => hit.start < k.end && k.start < hit.end)) continue;
    if (kept.some((k) => k.entry === hit.entry)) continue;
    kept.push(hit);
  }
  return kept;
}
