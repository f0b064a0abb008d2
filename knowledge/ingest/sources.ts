// Turns files and directories into validated source documents: loads each file, merges its own metadata with
// the caller's (CLI flags win), derives an id and title where missing, and hashes the content.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { InvalidInputError, type IssueDetail } from '../../core/errors';
import { issuesFromZod } from '../../core/errors';
import { CHUNKER_VERSION } from './chunk';
import { loadFile, SUPPORTED_EXTENSIONS } from './loaders';
import { documentMetaSchema, type DocumentMeta } from './metadata';

export interface SourceDocument {
  meta: DocumentMeta;
  body: string;
  /** Bundled files: relative to the package root; user files: absolute. Null for documents sent over HTTP. */
  path: string | null;
  origin: 'bundled' | 'user';
  contentHash: string;
}

export function contentHash(raw: Buffer | string, overrides: Record<string, unknown> = {}): string {
  return createHash('sha256')
    .update(CHUNKER_VERSION)
    .update('\0')
    .update(JSON.stringify(overrides))
    .update('\0')
    .update(raw)
    .digest('hex');
}

/** Every supported file under the given paths (directories recursively), sorted, without duplicates. */
export async function listFiles(paths: string[]): Promise<string[]> {
  const out = new Set<string>();
  const visit = async (p: string, explicit: boolean) => {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch {
      throw new InvalidInputError(`No such file or directory: ${p}`);
    }
    if (stat.isDirectory()) {
      for (const entry of await fs.readdir(p)) {
        if (!entry.startsWith('.')) await visit(path.join(p, entry), false);
      }
    } else if (SUPPORTED_EXTENSIONS.includes(path.extname(p).toLowerCase())) {
      out.add(path.resolve(p));
    } else if (explicit) {
      throw new InvalidInputError(
        `${p}: unsupported file type (use ${SUPPORTED_EXTENSIONS.join(', ')}).`,
      );
    }
  };
  for (const p of paths) await visit(p, true);
  return [...out].sort();
}

export const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/\.[a-z0-9]+$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);

export function firstHeading(body: string): string | undefined {
  return /^#\s+(.+)$/m.exec(body)?.[1].trim();
}

/** Builds and validates the metadata of one document; throws InvalidInputError naming the file and field. */
export function resolveMeta(
  fileMeta: Record<string, unknown>,
  overrides: Record<string, unknown>,
  fallback: { id: string; title: string },
  label: string,
): DocumentMeta {
  const merged: Record<string, unknown> = { ...fileMeta, ...overrides };
  merged.id ??= fallback.id;
  merged.title ??= fallback.title;
  const parsed = documentMetaSchema.safeParse(merged);
  if (parsed.success) return parsed.data;
  const issues = issuesFromZod(parsed.error).map((i) => ({ ...i, path: `${label}: ${i.path}` }));
  throw new InvalidInputError(
    `Invalid document metadata in ${label}: ${issues.map((i) => i.path + ' ' + i.message).join('; ')}`,
    issues,
  );
}

export interface ReadOptions {
  /** Metadata applied to every file (CLI flags); wins over front-matter. */
  overrides?: Record<string, unknown>;
  /** Files under this directory are the bundled knowledge (stored with a package-relative path). */
  bundledDir: string;
  packageRoot: string;
}

/** Reads every file; all-or-nothing: any invalid file fails the whole call with every problem listed. */
export async function readSources(
  files: string[],
  options: ReadOptions,
): Promise<SourceDocument[]> {
  const docs: SourceDocument[] = [];
  const problems: IssueDetail[] = [];
  const overrides = options.overrides ?? {};
  for (const file of files) {
    const bundled = file.startsWith(options.bundledDir + path.sep);
    const rel = path.relative(bundled ? options.packageRoot : process.cwd(), file);
    try {
      const loaded = await loadFile(file);
      const applied = bundled ? {} : overrides;
      const meta = resolveMeta(
        loaded.meta,
        applied,
        {
          id: slug(rel.replace(/^(\.\.[/\\])+/, '')) || slug(path.basename(file)),
          title: firstHeading(loaded.body) ?? path.basename(file),
        },
        rel,
      );
      docs.push({
        meta,
        body: loaded.body,
        path: bundled ? rel.split(path.sep).join('/') : file,
        origin: bundled ? 'bundled' : 'user',
        contentHash: contentHash(loaded.raw, applied),
      });
    } catch (err) {
      if (!(err instanceof InvalidInputError)) throw err;
      problems.push(
        ...(err.details.issues?.length
          ? err.details.issues
          : [{ path: rel, message: err.message }]),
      );
    }
  }
  assertIngestible(docs, problems);
  return docs;
}

/** Adds duplicate-id problems and throws when there is any problem: nothing is ingested then. */
export function assertIngestible(docs: SourceDocument[], problems: IssueDetail[]): void {
  const seen = new Map<string, string>();
  for (const doc of docs) {
    const other = seen.get(doc.meta.id);
    if (other)
      problems.push({
        path: doc.path ?? doc.meta.id,
        message: `duplicate document id "${doc.meta.id}" (also in ${other})`,
      });
    seen.set(doc.meta.id, doc.path ?? doc.meta.id);
  }
  if (problems.length)
    throw new InvalidInputError(
      `Nothing was ingested: ${problems.length} problem(s): ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
      problems,
    );
}
