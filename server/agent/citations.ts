// Numbers the sources that tools declare (their `citations`) for one turn, and finds which numbers an answer cites.
import type { AnswerCitation, CitationSource } from '../../core/answer';
import { sourceKey } from '../../core/answer-citations';
import type { Citation } from './events';

interface Entry extends AnswerCitation {
  toolCallIds: Set<string>;
}

export class CitationBook {
  private readonly byKey = new Map<string, Entry>();

  /** Adds sources (each once) and returns their numbers, position by position. */
  add(sources: CitationSource[], toolCallId: string): number[] {
    return sources.map((source) => {
      const key = sourceKey(source);
      let entry = this.byKey.get(key);
      if (!entry) {
        entry = { n: this.byKey.size + 1, ...source, toolCallIds: new Set() };
        this.byKey.set(key, entry);
      }
      entry.toolCallIds.add(toolCallId);
      return entry.n;
    });
  }

  get size(): number {
    return this.byKey.size;
  }

  all(): AnswerCitation[] {
    return [...this.byKey.values()].map(({ toolCallIds: _ids, ...c }) => c);
  }

  /** The sources an answer cites by number, in number order (numbers with no source are ignored). */
  citedIn(text: string): AnswerCitation[] {
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

/** A citation as chat events and stored messages carry it. */
export const eventCitation = (c: AnswerCitation): Citation => ({
  n: c.n,
  title: c.title,
  url: c.url ?? '',
});

/** Numbers written as [1], [2][3] or [1, 4] in a text. */
export function citedNumbers(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(/\[(\d{1,3}(?:\s*[,，]\s*\d{1,3})*)\]/g))
    for (const n of m[1].split(/[,，]/)) out.add(Number(n.trim()));
  return out;
}
