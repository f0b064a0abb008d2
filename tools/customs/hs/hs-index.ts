// The HS nomenclature index in the database (hs_codes, migration 014): built from the bundled data on first use,
// rebuilt when the data or the embedding model change (content hash), all rows in one transaction.
import { toSql } from 'pgvector';
import type { Deps } from '../../../core/deps';
import { probeDimensions } from '../../../knowledge/embeddings/openai-embedder';
import { prepareEmbeddingColumn } from '../../../knowledge/store/embedding-space';
import { forgetFrequencies } from './hs-query';
import { loadNomenclature, type HsLine, type Nomenclature } from './nomenclature';
import { positiveWording } from './traits';

/** Bump when the indexed text of a line changes. */
const INDEX_VERSION = 2;
const BATCH = 1000;
const LOCK = 'tradepilot:hs-index';

/** The text a six-digit line is searched and embedded by: its own words (without what it says it is not: "other
 *  than paper" must not match paper), then its heading's and chapter's. */
export function indexText(line: HsLine, nomenclature: Nomenclature): string[] {
  const heading = line.heading ? nomenclature.byCode.get(line.heading) : undefined;
  const chapter = nomenclature.byCode.get(line.chapter);
  return [
    line.level === 6 ? positiveWording(line.description) : line.description,
    line.level === 6 ? (heading?.description ?? '') : '',
    line.level > 2 ? (chapter?.description ?? '') : '',
  ];
}

function indexKey(nomenclature: Nomenclature, model: string): string {
  return `${nomenclature.hash}:${model}:v${INDEX_VERSION}`;
}

async function storedKey(deps: Deps): Promise<string | null> {
  const { rows } = await deps.db.query<{ content_hash: string }>(
    'SELECT content_hash FROM hs_index_state',
  );
  return rows[0]?.content_hash ?? null;
}

export interface HsIndexReport {
  lines: number;
  ms: number;
}

/** Writes every line with its full-text vector and embedding, replacing what was there, in one transaction. */
async function buildIndex(deps: Deps, nomenclature: Nomenclature, key: string): Promise<number> {
  const lines = nomenclature.lines;
  const texts = lines.map((l) => indexText(l, nomenclature));
  // Only subheadings are searched by vector; chapters and headings give their words to the lines below them.
  const embedded = lines.flatMap((l, i) => (l.level === 6 ? [i] : []));
  const vectors = new Map<number, number[]>();
  const computed = await deps.embedder.embed(
    embedded.map((i) => texts[i].filter(Boolean).join('; ')),
  );
  embedded.forEach((i, k) => vectors.set(i, computed[k]));
  const dimensions = await probeDimensions(deps.embedder);
  await deps.db.transaction(async (tx) => {
    await prepareEmbeddingColumn(tx, dimensions, 'hs_codes');
    await tx.query('DELETE FROM hs_codes');
    for (let start = 0; start < lines.length; start += BATCH) {
      const slice = lines.slice(start, start + BATCH);
      const text = texts.slice(start, start + BATCH);
      await tx.query(
        `INSERT INTO hs_codes (code, level, description, heading, chapter, section, tsv, embedding,
           embedding_model, embedding_dim)
         SELECT l.code, l.level, l.description, l.heading, l.chapter, l.section,
           setweight(to_tsvector('english', l.own), 'A') || setweight(to_tsvector('english', l.head), 'B')
             || setweight(to_tsvector('english', l.chap), 'D'),
           l.emb::vector, $1, $2
         FROM unnest($3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
           $10::text[], $11::text[], $12::text[])
           AS l(code, level, description, heading, chapter, section, own, head, chap, emb)`,
        [
          deps.embedder.model,
          dimensions,
          slice.map((l) => l.code),
          slice.map((l) => l.level),
          slice.map((l) => l.description),
          slice.map((l) => l.heading),
          slice.map((l) => l.chapter),
          slice.map((l) => l.section),
          text.map((t) => t[0]),
          text.map((t) => t[1]),
          text.map((t) => t[2]),
          slice.map((_, i) => {
            const vector = vectors.get(start + i);
            return vector ? toSql(vector) : null;
          }),
        ],
      );
    }
    // Fresh statistics, so full-text matching uses the GIN index instead of scanning the wide rows.
    await tx.exec('ANALYZE hs_codes');
    await tx.query(
      `INSERT INTO hs_index_state (id, content_hash, built_at) VALUES (true, $1, now())
       ON CONFLICT (id) DO UPDATE SET content_hash = EXCLUDED.content_hash, built_at = now()`,
      [key],
    );
  });
  return lines.length;
}

const ready = new WeakMap<object, Promise<HsIndexReport | null>>();

/**
 * Makes sure the index matches the bundled nomenclature and the embedding model; builds it when not (under a lock
 * every instance respects). Says what it built, or null when there was nothing to do. Checked once per database.
 */
export async function ensureHsIndex(deps: Deps): Promise<HsIndexReport | null> {
  const pending = ready.get(deps.db);
  if (pending) {
    await pending;
    return null;
  }
  const check = (async () => {
    const nomenclature = loadNomenclature();
    const key = indexKey(nomenclature, deps.embedder.model);
    if ((await storedKey(deps)) === key) return null;
    return deps.db.exclusive(LOCK, async () => {
      if ((await storedKey(deps)) === key) return null;
      const started = performance.now();
      const lines = await buildIndex(deps, nomenclature, key);
      forgetFrequencies(deps.db);
      const ms = Math.round(performance.now() - started);
      deps.log.info('hs index built', { lines, ms, model: deps.embedder.model });
      return { lines, ms };
    });
  })();
  ready.set(deps.db, check);
  // A failed build is tried again on the next call.
  check.catch(() => ready.delete(deps.db));
  return check;
}
