// `tradepilot ingest [paths...] [--prune] [metadata flags]`: loads documents into the knowledge base (through the
// running server when one owns the data directory).
import { parseArgs } from 'node:util';
import { AppError, toolErrorText } from '../../../../core/errors';
import type { IngestPathsOptions } from '../../../../knowledge/ingest/bundled';
import type { IngestReport } from '../../../../knowledge/ingest/ingest';
import type { CliCommand, CliContext } from '../context';
import type { ServerClient } from '../server-client';

/** Flags that set a document metadata field for every file given (front-matter keys otherwise). */
const META_FLAGS = {
  id: 'id',
  title: 'title',
  market: 'market',
  topic: 'topic',
  category: 'categories',
  status: 'status',
  'status-note': 'status_note',
  effective: 'effective',
  'as-of': 'as_of',
  confidence: 'confidence',
  'source-title': 'source_title',
  'source-url': 'source_url',
  keywords: 'keywords',
} as const;

export function formatIngestReport(report: IngestReport): string {
  const lines = [
    `Ingested: ${report.added.length} added, ${report.updated.length} updated, ${report.unchanged.length} unchanged, ${report.removed.length} removed; ${report.chunks} chunks written.`,
  ];
  if (report.reembedded)
    lines.push(`Re-embedded ${report.reembedded} chunks with the configured model.`);
  for (const [label, ids] of [
    ['added', report.added],
    ['updated', report.updated],
    ['removed', report.removed],
  ] as const)
    if (ids.length) lines.push(`  ${label}: ${ids.join(', ')}`);
  return lines.join('\n');
}

async function ingestHere(
  ctx: CliContext,
  paths: string[],
  options: IngestPathsOptions,
): Promise<IngestReport> {
  const { ingestPaths } = await import('../../../../knowledge/ingest/bundled');
  const deps = await ctx.openDeps();
  try {
    return await ingestPaths(deps, paths, options);
  } finally {
    await deps.db.close();
  }
}

/** Reads and validates the files here, then sends them to the running server (POST /api/ingest). */
async function ingestThroughServer(
  server: ServerClient,
  ctx: CliContext,
  paths: string[],
  options: IngestPathsOptions,
): Promise<IngestReport | string> {
  if (!paths.length)
    return `The running server loaded the bundled knowledge when it started (${server.label}); give paths to add your own documents.`;
  if (options.prune)
    return `--prune needs the database itself: stop ${server.label} and run the command again.`;
  ctx.stderr(`(through ${server.label})`);
  const { BUNDLED_DIR, PACKAGE_ROOT } = await import('../../../../knowledge/ingest/bundled');
  const { listFiles, readSources } = await import('../../../../knowledge/ingest/sources');
  const sources = await readSources(await listFiles(paths), {
    overrides: options.overrides,
    bundledDir: BUNDLED_DIR,
    packageRoot: PACKAGE_ROOT,
  });
  return server.post<IngestReport>('/api/ingest', {
    documents: sources.map((s) => ({
      id: s.meta.id,
      title: s.meta.title,
      text: s.body,
      format: 'text',
      metadata: s.meta,
    })),
  });
}

export const ingestCommand: CliCommand = {
  name: 'ingest',
  usage:
    'ingest [paths...] [--prune] [--market DE --topic labeling --category toys --source-url URL ...]',
  summary:
    'Ingest Markdown, text, HTML and PDF files (the bundled knowledge when no path); --prune drops documents whose files are gone.',
  async run(args, ctx) {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: {
          prune: { type: 'boolean', default: false },
          ...Object.fromEntries(
            Object.keys(META_FLAGS).map((flag) => [
              flag,
              { type: 'string' as const, multiple: flag === 'category' },
            ]),
          ),
        },
      });
    } catch (err) {
      ctx.stderr(`${(err as Error).message}\nUsage: tradepilot ${this.usage}`);
      return 2;
    }
    const overrides: Record<string, unknown> = {};
    for (const [flag, field] of Object.entries(META_FLAGS)) {
      const value = (parsed.values as Record<string, unknown>)[flag];
      if (value !== undefined) overrides[field] = value;
    }
    if (overrides.id && parsed.positionals.length !== 1) {
      ctx.stderr('--id names one document: give exactly one file with it.');
      return 2;
    }
    try {
      const server = await ctx.runningServer();
      // Through a server, the version records the API key the CLI uses instead of "cli".
      const options = { prune: Boolean(parsed.values.prune), overrides, by: 'cli' };
      const report = server
        ? await ingestThroughServer(server, ctx, parsed.positionals, options)
        : await ingestHere(ctx, parsed.positionals, options);
      if (typeof report === 'string') {
        ctx.stderr(report);
        return 2;
      }
      ctx.stdout(formatIngestReport(report));
      return 0;
    } catch (err) {
      if (err instanceof AppError && err.status < 500) {
        ctx.stderr(toolErrorText(err));
        return 2;
      }
      throw err;
    }
  },
};
