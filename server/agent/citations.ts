// Numbers the sources that tool results carry ({citation: {title, url}}) for one turn, and finds which numbers
// an answer cites.
import type { Citation } from './events';

interface Entry extends Citation {
  toolCallIds: Set<string>;
}

export class CitationBook {
  private readonly byKey = new Map<string, Entry>();

  /** Adds a source (once per title and url) and returns its number. */
  add(title: string, url: string, toolCallId: string): number {
    const key = `${url}\u0000${title}`;
    let entry = this.byKey.get(key);
    if (!entry) {
      entry = { n: this.byKey.size + 1, title, url, toolCallIds: new Set() };
      this.byKey.set(key, entry);
    }
    entry.toolCallIds.add(toolCallId);
    return entry.n;
  }

  get size(): number {
    return this.byKey.size;
  }

  all(): Citation[] {
    return [...this.byKey.values()].map(({ n, title, url }) => ({ n, title, url }));
  }

  /** The sources an answer cites by number, in number order (numbers with no source are ignored). */
  citedIn(text: string): Citation[] {
    const cited = citedNumbers(text);
    return this.all().filter((c) => cited.has(c.n));
  }

  /** Tool calls whose results contain a source the answer cites. */
  toolCallsCitedIn(text: string): string[] {
    const cited = citedNumbers(text);
    return [...this.byKey.values()]
      .filter((e) => cited.has(e.n))
      .flatMap((e) => [...e.toolCallIds]);
  }
}

/** Numbers written as [1], [2][3] or [1, 4] in a text. */
export function citedNumbers(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(/\[(\d{1,3}(?:\s*[,，]\s*\d{1,3})*)\]/g))
    for (const n of m[1].split(/[,，]/)) out.add(Number(n.trim()));
  return out;
}

function isCitation(value: unknown): value is { title: string; url: string } {
  const v = value as { title?: unknown; url?: unknown } | null;
  return (
    typeof v === 'object' && v !== null && typeof v.title === 'string' && typeof v.url === 'string'
  );
}

/** A copy of a tool output where every `citation` object also carries its number as `ref`. */
export function numberCitations(output: unknown, book: CitationBook, toolCallId: string): unknown {
  const walk = (value: unknown, depth: number): unknown => {
    if (depth > 8 || value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map((v) => walk(v, depth + 1));
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => {
        if ((k === 'citation' || k === 'source') && isCitation(v))
          return [k, { ...v, ref: book.add(v.title, v.url, toolCallId) }];
        if (k === 'citations' && Array.isArray(v))
          return [
            k,
            v.map((c) => (isCitation(c) ? { ...c, ref: book.add(c.title, c.url, toolCallId) } : c)),
          ];
        return [k, walk(v, depth + 1)];
      }),
    );
  };
  return walk(output, 0);
}
