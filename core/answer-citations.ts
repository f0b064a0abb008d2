// Citation numbers inside answer blocks: renumbering them, and keeping only the sources the blocks cite.
import type { Answer, AnswerCitation, AnswerLang, Block, CitationSource } from './answer';

/** The same blocks with every citation number passed through `map` (numbers it maps to null are dropped). */
export function mapCitations(blocks: Block[], map: (n: number) => number | null): Block[] {
  const nums = (ns: number[] | undefined) =>
    ns && [...new Set(ns.map(map).filter((n): n is number => n !== null))];
  return blocks.map((b): Block => {
    switch (b.type) {
      case 'paragraph':
        return b.citations ? { ...b, citations: nums(b.citations) } : b;
      case 'list':
        return {
          ...b,
          items: b.items.map((i) => (i.citations ? { ...i, citations: nums(i.citations) } : i)),
        };
      case 'table':
        return {
          ...b,
          rows: b.rows.map((r) => (r.citations ? { ...r, citations: nums(r.citations) } : r)),
        };
      case 'citation_ref':
        return { ...b, n: nums(b.n) ?? [] };
      default:
        return b;
    }
  });
}

/** Every citation number the blocks use, in order of first use. */
export function citedNumbers(blocks: Block[]): number[] {
  const seen: number[] = [];
  mapCitations(blocks, (n) => {
    if (!seen.includes(n)) seen.push(n);
    return n;
  });
  return seen;
}

/** One key per source: the same document (or the same title and address) is one citation. */
export const sourceKey = (s: CitationSource) => s.document_id || `${s.title}\u0000${s.url ?? ''}`;

/**
 * An answer from blocks whose citation numbers are 1-based positions in `sources`: only cited sources are kept,
 * duplicates merged, and numbers reassigned 1..n in order of first citation.
 */
export function answerFromSources(
  blocks: Block[],
  sources: CitationSource[],
  lang?: AnswerLang,
): Answer {
  const citations: AnswerCitation[] = [];
  const byKey = new Map<string, number>();
  const map = (position: number): number | null => {
    const source = sources[position - 1];
    if (!source) return null;
    const key = sourceKey(source);
    let n = byKey.get(key);
    if (n === undefined) {
      n = citations.length + 1;
      byKey.set(key, n);
      citations.push({ n, ...source });
    }
    return n;
  };
  return { blocks: mapCitations(blocks, map), citations, ...(lang ? { lang } : {}) };
}
