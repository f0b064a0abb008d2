// GET /health: status for everyone; database, knowledge and inventory counts and the answer mode for operators.
import { Hono, type Context } from 'hono';
import type { AppDeps } from '../../deps';
import { hasLlm } from '../../../core/config';

async function countIfExists(deps: AppDeps, table: string): Promise<number | null> {
  const { rows } = await deps.db.query<{ n: number | null }>(
    `SELECT CASE WHEN to_regclass($1) IS NULL THEN NULL ELSE 0 END AS n`,
    [table],
  );
  if (rows[0]?.n === null) return null;
  const counted = await deps.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return counted.rows[0].n;
}

export async function healthReport(deps: AppDeps) {
  const llm = hasLlm(deps.config)
    ? { mode: 'llm' as const, model: deps.config.LLM_MODEL }
    : { mode: 'no-llm' as const, model: null };
  try {
    const [documents, chunks, products, warehouses] = await Promise.all(
      ['documents', 'chunks', 'products', 'warehouses'].map((t) => countIfExists(deps, t)),
    );
    return {
      ok: true,
      body: {
        status: 'ok',
        db: { ok: true, kind: deps.db.kind },
        knowledge: { documents, chunks },
        inventory: { products, warehouses },
        llm,
      },
    };
  } catch {
    return { ok: false, body: { status: 'degraded', db: { ok: false, kind: deps.db.kind }, llm } };
  }
}

/** Decides who sees the details (admin keys; everyone in local development). */
export type HealthDetails = (c: Context) => Promise<boolean>;

export function healthRoutes(deps: AppDeps, details: HealthDetails) {
  return new Hono().get('/health', async (c) => {
    const report = await healthReport(deps);
    const body = (await details(c)) ? report.body : { status: report.body.status };
    return c.json(body, report.ok ? 200 : 503);
  });
}
