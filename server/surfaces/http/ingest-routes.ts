// POST /api/ingest: adds or replaces knowledge documents sent as JSON (admin key), in one transaction.
import { Hono } from 'hono';
import type { AppDeps } from '../../deps';
import type { AppEnv } from './app-env';
import { readJsonBody } from './json-body';
import { sourcesFromJson } from '../../../knowledge/ingest/json-sources';
import { ingestSources } from '../../../knowledge/ingest/ingest';

export function ingestRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().post('/api/ingest', async (c) => {
    const sources = sourcesFromJson(await readJsonBody(c.req.raw));
    const report = await ingestSources(deps, sources, { by: c.get('principal') ?? 'local' });
    deps.log.info('documents ingested over HTTP', {
      principal: c.get('principal'),
      added: report.added.length,
      updated: report.updated.length,
    });
    return c.json(report);
  });
}
