// The bundled regulation documents: where they live, ingesting paths (bundled by default), and the first-run
// step that loads or refreshes the bundled knowledge so every surface works on a fresh data directory.
import path from 'node:path';
import fs from 'node:fs/promises';
import type { Deps } from '../../core/deps';
import { packageRoot } from '../../core/package-root';
import { countKnowledge, documentPaths } from '../store/documents';
import { ingestSources, syncEmbeddingModel, vanishedDocuments, type IngestReport } from './ingest';
import { contentHash, listFiles, readSources } from './sources';

export const PACKAGE_ROOT = packageRoot(import.meta.url);
export const BUNDLED_DIR = path.join(PACKAGE_ROOT, 'knowledge', 'regulations');

export interface IngestPathsOptions {
  /** Also remove documents whose files are gone. */
  prune?: boolean;
  /** Metadata for every given file (wins over front-matter). */
  overrides?: Record<string, unknown>;
  /** Who ingests (recorded with each changed document's version). */
  by?: string;
}

/** Ingests files and directories (the bundled knowledge when `paths` is empty). */
export async function ingestPaths(
  deps: Deps,
  paths: string[],
  options: IngestPathsOptions = {},
): Promise<IngestReport> {
  const files = await listFiles(paths.length ? paths : [BUNDLED_DIR]);
  const sources = await readSources(files, {
    overrides: options.overrides,
    bundledDir: BUNDLED_DIR,
    packageRoot: PACKAGE_ROOT,
  });
  const removeIds = options.prune ? await vanishedDocuments(deps, PACKAGE_ROOT) : [];
  return ingestSources(deps, sources, { removeIds, by: options.by });
}

/** True when the stored bundled documents match the bundled files byte for byte. */
async function bundledUpToDate(deps: Deps): Promise<boolean> {
  const files = await listFiles([BUNDLED_DIR]);
  const stored = new Map(
    (await documentPaths(deps.db))
      .filter((d) => d.origin === 'bundled')
      .map((d) => [d.path, d.content_hash]),
  );
  if (stored.size !== files.length) return false;
  for (const file of files) {
    const rel = path.relative(PACKAGE_ROOT, file).split(path.sep).join('/');
    if (stored.get(rel) !== contentHash(await fs.readFile(file))) return false;
  }
  return true;
}

/**
 * First-run step: loads the bundled knowledge into an empty store, refreshes bundled documents that changed
 * with a new release, and re-embeds after an embedding-model switch. Says what it did, or null.
 */
export async function ensureBundledKnowledge(deps: Deps): Promise<string | null> {
  const reembedded = await syncEmbeddingModel(deps);
  const before = await countKnowledge(deps.db);
  if (before.documents > 0 && (await bundledUpToDate(deps)))
    return reembedded
      ? `Re-embedded ${reembedded} knowledge chunks with ${deps.embedder.model}.`
      : null;
  const files = await listFiles([BUNDLED_DIR]);
  const sources = await readSources(files, { bundledDir: BUNDLED_DIR, packageRoot: PACKAGE_ROOT });
  const removeIds = await vanishedDocuments(deps, PACKAGE_ROOT, 'bundled');
  const report = await ingestSources(deps, sources, { removeIds, by: 'bundled' });
  const after = await countKnowledge(deps.db);
  if (before.documents === 0)
    return `Loaded bundled knowledge: ${after.documents} documents, ${after.chunks} chunks (embeddings: ${deps.embedder.model}).`;
  return `Updated bundled knowledge: ${report.added.length} added, ${report.updated.length} changed, ${report.removed.length} removed.`;
}
