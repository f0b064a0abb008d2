// POST /api/inventory/import: the CSV import over HTTP (admin), all or nothing, bad rows as `file:line` issues.
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { invalidInputFromZod } from '../../../core/errors';
import { importInventory } from '../../../tools/inventory/import/import-inventory';
import type { AppEnv } from './app-env';
import { readJsonBody } from './json-body';

export const importBody = z.object({
  files: z
    .record(z.string(), z.string())
    .describe(
      'CSV text by file name: products.csv, warehouses.csv, stock.csv, inbound.csv, sales.csv',
    ),
  keep_demo: z
    .boolean()
    .default(false)
    .describe('Keep the demo data set beside your data (the first import replaces it otherwise)'),
});

export function inventoryRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().post('/api/inventory/import', async (c) => {
    const parsed = importBody.safeParse(await readJsonBody(c.req.raw));
    if (!parsed.success) throw invalidInputFromZod(parsed.error, 'import request');
    const result = await importInventory(deps.db, parsed.data.files, {
      keepDemo: parsed.data.keep_demo,
    });
    deps.log.info('inventory imported', {
      files: result.files,
      ...result.counts,
      demo_removed: Boolean(result.demo_removed),
      principal: c.get('principal'),
    });
    return c.json({ ok: true, ...result });
  });
}
