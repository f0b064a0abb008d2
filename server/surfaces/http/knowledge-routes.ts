// Admin routes about the knowledge base: documents due for an update check, and a document's versions.
import { Hono } from 'hono';
import type { AppDeps } from '../../deps';
import type { AppEnv } from './app-env';
import { NotFoundError } from '../../../core/errors';
import { isoDay } from '../../../core/domain/rule-timing';
import { staleDocuments } from '../../../knowledge/store/stale-documents';
import { listVersions } from '../../../knowledge/store/versions';

export function knowledgeRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get('/api/knowledge/stale', async (c) =>
      c.json({ documents: await staleDocuments(deps.db, isoDay(deps.now())) }),
    )
    .get('/api/knowledge/documents/:id/versions', async (c) => {
      const id = c.req.param('id');
      const versions = await listVersions(deps.db, id);
      if (!versions) throw new NotFoundError(`No knowledge document "${id}".`);
      return c.json({ document_id: id, versions });
    });
}
