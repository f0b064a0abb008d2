// Writes source documents into the knowledge store: unchanged ones are skipped (content hash), changed ones have
// their chunks replaced, all in one transaction; also re-embeds after a model switch and prunes vanished files.
import fs from 'node:fs';
import path from 'node:path';
import type { Queryable } from '../../core/db';
import type { Deps } from '../../core/deps';
import type { Embedder } from '../../core/embedder';
import { probeDimensions } from '../embeddings/openai-embedder';
import { chunksToEmbed, replaceChunks, updateEmbeddings, type ChunkInput } from '../store/chunks';
import {
  deleteDocuments,
  documentPaths,
  storedHashes,
  upsertDocument,
  type StoredDocument,
} from '../store/documents';
import {
  ensureVectorIndex,
  prepareEmbeddingColumn,
  storedEmbeddingModel,
} from '../store/embedding-space';
import {
  changedFields,
  readVersioned,
  recordFirstVersions,
  recordVersion,
} from '../store/versions';
import { isoDay } from '../../core/domain/rule-timing';
import { chunkBody } from './chunk';
import type { SourceDocument } from './sources';

export interface IngestReport {
  added: string[];
  updated: string[];
  unchanged: string[];
  removed: string[];
  /** Chunks written for added and updated documents. */
  chunks: number;
  /** Chunks re-embedded because the embedding model changed. */
  reembedded: number;
}

/** The text a chunk is embedded from: where it sits, the document's search terms, and the passage. */
export function embeddingInput(chunk: {
  headingPath: string;
  keywords: string[];
  text: string;
}): string {
  return `${chunk.headingPath}\n${chunk.keywords.join(', ')}\n${chunk.text}`;
}

async function space(embedder: Embedder) {
  return { model: embedder.model, dimensions: await probeDimensions(embedder) };
}

/** Re-embeds every chunk stored with another model, in one transaction; returns how many. */
export async function syncEmbeddingModel(deps: Deps): Promise<number> {
  const stored = await storedEmbeddingModel(deps.db);
  if (!stored || stored.model === deps.embedder.model) return 0;
  const rows = await chunksToEmbed(deps.db, deps.embedder.model, true);
  const vectors = await deps.embedder.embed(
    rows.map((r) =>
      embeddingInput({ headingPath: r.heading_path, keywords: r.keywords, text: r.text }),
    ),
  );
  const target = await space(deps.embedder);
  await deps.db.transaction(async (tx) => {
    await prepareEmbeddingColumn(tx, target.dimensions);
    await updateEmbeddings(
      tx,
      rows.map((r) => r.id),
      vectors,
      target,
    );
    await ensureVectorIndex(tx);
  });
  deps.log.info('knowledge re-embedded', {
    from: stored.model,
    to: target.model,
    chunks: rows.length,
  });
  return rows.length;
}

/** Ids of file-backed documents whose file no longer exists (bundled paths resolve against packageRoot). */
export async function vanishedDocuments(
  deps: Deps,
  packageRoot: string,
  origin?: 'bundled' | 'user',
): Promise<string[]> {
  const docs = await documentPaths(deps.db);
  return docs
    .filter((d) => !origin || d.origin === origin)
    .filter((d) => !fs.existsSync(d.origin === 'bundled' ? path.join(packageRoot, d.path) : d.path))
    .map((d) => d.id);
}

export interface IngestOptions {
  /** Who ingests, recorded with each version: an API key id, "cli" or "bundled" (default "unknown"). */
  by?: string;
  removeIds?: string[];
}

/**
 * Replaces a stored document and records a version when its content changed (a new hash with the same fields, e.g.
 * after a chunker upgrade, is no new version); a change dates the document "updated on" that day.
 */
async function replaceVersioned(tx: Queryable, doc: StoredDocument, by: string, now: Date) {
  const previous = await readVersioned(tx, doc.id);
  if (!previous) return upsertDocument(tx, doc);
  const changed = changedFields(previous, doc);
  await upsertDocument(tx, doc, changed.length ? isoDay(now) : previous.updated_on);
  if (changed.length)
    await recordVersion(tx, {
      documentId: doc.id,
      contentHash: doc.content_hash,
      previous,
      changedFields: changed,
      by,
      at: now,
    });
}

export async function ingestSources(
  deps: Deps,
  sources: SourceDocument[],
  options: IngestOptions = {},
): Promise<IngestReport> {
  const reembedded = await syncEmbeddingModel(deps);
  const hashes = await storedHashes(
    deps.db,
    sources.map((s) => s.meta.id),
  );
  const report: IngestReport = {
    added: [],
    updated: [],
    unchanged: [],
    removed: [],
    chunks: 0,
    reembedded,
  };
  const pending: Array<{ doc: StoredDocument; chunks: ChunkInput[] }> = [];
  for (const source of sources) {
    const previous = hashes.get(source.meta.id);
    if (previous === source.contentHash) {
      report.unchanged.push(source.meta.id);
      continue;
    }
    (previous ? report.updated : report.added).push(source.meta.id);
    const doc: StoredDocument = {
      ...source.meta,
      path: source.path,
      origin: source.origin,
      content_hash: source.contentHash,
      text: source.body.trim(),
    };
    pending.push({ doc, chunks: await chunkBody(doc.text, doc.title) });
  }
  const removeIds = (options.removeIds ?? []).filter(
    (id) => !sources.some((s) => s.meta.id === id),
  );
  if (!pending.length && !removeIds.length) return report;

  const inputs = pending.flatMap(({ doc, chunks }) =>
    chunks.map((c) =>
      embeddingInput({ headingPath: c.headingPath, keywords: doc.keywords, text: c.text }),
    ),
  );
  const vectors = await deps.embedder.embed(inputs);
  const target = await space(deps.embedder);
  await deps.db.transaction(async (tx) => {
    await prepareEmbeddingColumn(tx, target.dimensions);
    const by = options.by ?? 'unknown';
    const now = deps.now();
    let offset = 0;
    for (const { doc, chunks } of pending) {
      if (hashes.has(doc.id)) await replaceVersioned(tx, doc, by, now);
      else await upsertDocument(tx, doc);
      await replaceChunks(tx, doc, chunks, vectors.slice(offset, offset + chunks.length), target);
      offset += chunks.length;
    }
    await recordFirstVersions(
      tx,
      pending
        .filter(({ doc }) => !hashes.has(doc.id))
        .map(({ doc }) => ({ id: doc.id, contentHash: doc.content_hash })),
      by,
      now,
    );
    report.removed = await deleteDocuments(tx, removeIds);
    await ensureVectorIndex(tx);
  });
  report.chunks = inputs.length;
  deps.log.info('knowledge ingested', {
    added: report.added.length,
    updated: report.updated.length,
    unchanged: report.unchanged.length,
    removed: report.removed.length,
    chunks: report.chunks,
  });
  return report;
}
