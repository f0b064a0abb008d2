// Generates a large synthetic knowledge base for scale benchmarks: documents whose sections are drawn from the
// bundled knowledge's own words (so full-text and vector search meet realistic overlap), ~1 chunk per section.
import type { SourceDocument } from '../knowledge/ingest/sources';
import { contentHash } from '../knowledge/ingest/sources';
import { documentMetaSchema, TOPICS } from '../knowledge/ingest/metadata';
import { createRng } from '../tools/inventory/demo/prng';
import { MARKET_CODES } from '../core/domain/markets';

export const SECTIONS_PER_DOCUMENT = 10;
/** Below the chunk size (1,000), above half of it: the splitter keeps each section as one chunk. */
const SECTION_CHARS = 820;

/** Source documents holding about `chunks` chunks, built from the words of `corpus` (deterministic). */
export function generateSources(
  corpus: SourceDocument[],
  chunks: number,
  seed = 11,
): SourceDocument[] {
  const words = corpus.flatMap((d) => d.body.match(/[\p{L}\p{N}][\p{L}\p{N}%.,-]*/gu) ?? []);
  const rng = createRng(seed);
  const sentence = () => {
    const n = rng.int(8, 22);
    const out = Array.from({ length: n }, () => rng.pick(words));
    return out.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
  };
  const section = (k: number) => {
    let text = '';
    while (text.length < SECTION_CHARS) text += (text ? ' ' : '') + sentence();
    return `## Section ${k}: ${rng.pick(words)} ${rng.pick(words)}\n\n${text.slice(0, SECTION_CHARS)}`;
  };
  const documents = Math.ceil(chunks / SECTIONS_PER_DOCUMENT);
  return Array.from({ length: documents }, (_, i) => {
    const sections = Math.min(SECTIONS_PER_DOCUMENT, chunks - i * SECTIONS_PER_DOCUMENT);
    const title = `Synthetic rule ${i + 1}: ${rng.pick(words)} ${rng.pick(words)}`;
    const body = `# ${title}\n\n${Array.from({ length: sections }, (_, k) => section(k + 1)).join('\n\n')}\n`;
    const meta = documentMetaSchema.parse({
      id: `synthetic-${i + 1}`,
      title,
      market: rng.pick(MARKET_CODES),
      topic: rng.pick(TOPICS),
      status: 'in force',
      as_of: '2026-11-25',
      confidence: 'low',
      source_title: 'Generated for benchmarks',
      source_url: `https://example.invalid/synthetic/${i + 1}`,
      keywords: [rng.pick(words), rng.pick(words)],
    });
    return { meta, body, path: null, origin: 'user' as const, contentHash: contentHash(body) };
  });
}
