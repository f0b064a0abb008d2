// The checks behind `tradepilot doctor`: configuration, data directory, database, pgvector, schema and data; says
// what is wrong, and on a fresh directory what the first start will create and load. 1 on a real problem.
import fs from 'node:fs';
import { assertVectorAvailable } from '../../../db/migrate';
import { migrations } from '../../../db/migrations/index';
import { hasLlm } from '../../../../core/config';
import { BUNDLED_DIR } from '../../../../knowledge/ingest/bundled';
import { listFiles } from '../../../../knowledge/ingest/sources';
import { staleDocuments } from '../../../../knowledge/store/stale-documents';
import { STALE_AFTER_MONTHS } from '../../../../core/domain/freshness';
import { isoDay } from '../../../../core/domain/rule-timing';
import { DEMO_WAREHOUSES, PRODUCT_LINES } from '../../../../tools/inventory/demo/catalog';
import { demoRemoved, demoState } from '../../../../tools/inventory/demo/rows';
import { healthReport } from '../../http/health';
import type { AppDeps } from '../../../deps';
import type { CliContext } from '../context';

type Mark = 'ok' | 'FAIL' | 'todo' | 'info' | 'warn';

class Report {
  readonly lines: string[] = [];
  failed = false;
  add(mark: Mark, text: string) {
    this.lines.push(`${mark.padEnd(4)}  ${text}`);
    if (mark === 'FAIL') this.failed = true;
  }
}

const DEMO_SIZE = `${PRODUCT_LINES.reduce((n, line) => n + line.variants.length, 0)} SKUs, ${DEMO_WAREHOUSES.length} warehouses`;

/** What the first start loads into an empty store: the bundled knowledge and (when on) the demo inventory. */
async function firstStartPlan(ctx: CliContext, report: Report, pendingMigrations: number) {
  const bundled = (await listFiles([BUNDLED_DIR])).length;
  report.add('todo', `the first start applies ${pendingMigrations} schema migrations`);
  report.add(
    'todo',
    `the first start loads the bundled knowledge: ${bundled} regulation documents (${ctx.config.EMBEDDINGS_PROVIDER} embeddings)`,
  );
  report.add(
    ctx.config.DEMO_DATA ? 'todo' : 'info',
    ctx.config.DEMO_DATA
      ? `the first start loads the demo inventory (${DEMO_SIZE}); DEMO_DATA=0 turns this off, import-inventory replaces it`
      : 'DEMO_DATA=0: the inventory stays empty until you run `tradepilot import-inventory <dir>`',
  );
}

/** The data directory of embedded PGlite: missing (fresh), unusable (a problem) or there. */
function checkDataDir(ctx: CliContext, report: Report): 'fresh' | 'bad' | 'there' {
  const dir = ctx.config.DATA_DIR;
  if (!fs.existsSync(dir)) {
    report.add('todo', `data directory ${dir} does not exist yet: the first start creates it`);
    return 'fresh';
  }
  try {
    if (!fs.statSync(dir).isDirectory()) throw new Error('not a directory');
    fs.accessSync(dir, fs.constants.R_OK | fs.constants.W_OK | fs.constants.X_OK);
  } catch (err) {
    report.add('FAIL', `data directory ${dir} is not usable: ${(err as Error).message}`);
    return 'bad';
  }
  report.add('ok', `data directory ${dir}`);
  return 'there';
}

async function checkDatabase(ctx: CliContext, deps: AppDeps, report: Report) {
  try {
    await assertVectorAvailable(deps.db);
    report.add('ok', 'pgvector extension available');
  } catch (err) {
    report.add('FAIL', (err as Error).message);
    return;
  }
  const applied = await deps.db
    .query<{ id: string }>('SELECT id FROM schema_migrations')
    .then((r) => new Set(r.rows.map((row) => row.id)))
    .catch(() => new Set<string>());
  const pending = migrations.filter((m) => !applied.has(m.id)).map((m) => m.id);
  if (applied.size === 0) {
    report.add('todo', 'the database is empty');
    await firstStartPlan(ctx, report, pending.length);
    return;
  }
  if (pending.length) {
    report.add(
      'FAIL',
      `schema behind: ${pending.join(', ')} not applied; run \`tradepilot migrate\` (or start the server)`,
    );
    return;
  }
  report.add('ok', `schema up to date (${migrations.length} migrations)`);
  const health = await healthReport(deps);
  if (!health.ok) {
    report.add('FAIL', `database does not answer: ${JSON.stringify(health.body)}`);
    return;
  }
  const counts = (n: number | null | undefined) => n ?? 0;
  const knowledge = {
    documents: counts(health.body.knowledge?.documents),
    chunks: counts(health.body.knowledge?.chunks),
  };
  const inventory = {
    products: counts(health.body.inventory?.products),
    warehouses: counts(health.body.inventory?.warehouses),
  };
  if (!knowledge.documents)
    report.add(
      'todo',
      `knowledge base empty: the next start loads the ${(await listFiles([BUNDLED_DIR])).length} bundled documents`,
    );
  else {
    report.add('ok', `knowledge: ${knowledge.documents} documents, ${knowledge.chunks} chunks`);
    await checkFreshness(deps, report);
  }
  const demo = await demoState(deps.db);
  if (!inventory.products && !inventory.warehouses) {
    const loadsDemo = ctx.config.DEMO_DATA && !(await demoRemoved(deps.db));
    report.add(
      loadsDemo ? 'todo' : 'info',
      loadsDemo
        ? `inventory empty: the next start loads the demo inventory (${DEMO_SIZE})`
        : 'inventory empty: import yours with `tradepilot import-inventory <dir>`',
    );
  } else if (demo === 'only')
    report.add(
      'info',
      `inventory: the demo data set (${inventory.products} SKUs); \`tradepilot import-inventory <dir>\` replaces it`,
    );
  else
    report.add(
      'ok',
      `inventory: ${inventory.products} SKUs in ${inventory.warehouses} warehouses` +
        (demo === 'mixed' ? ' (includes demo data: `tradepilot seed-demo --remove`)' : ''),
    );
}

/** Warns (without failing) about documents last checked more than 12 months ago, grouped by their as-of date. */
async function checkFreshness(deps: AppDeps, report: Report) {
  const stale = await staleDocuments(deps.db, isoDay(deps.now()));
  if (!stale.length) {
    report.add('ok', `knowledge: every document checked within ${STALE_AFTER_MONTHS} months`);
    return;
  }
  report.add(
    'warn',
    `knowledge: ${stale.length} documents were last checked more than ${STALE_AFTER_MONTHS} months ago; check them for updates (GET /api/knowledge/stale lists them too):`,
  );
  const groups = new Map<string, typeof stale>();
  for (const d of stale) groups.set(d.as_of, [...(groups.get(d.as_of) ?? []), d]);
  for (const [asOf, docs] of groups)
    report.add(
      'warn',
      `  as of ${asOf} (${docs[0].age_months} months): ${docs.map((d) => d.id).join(', ')}`,
    );
}

/** Runs every check and prints the report; 1 when a check failed. */
export async function runDoctor(ctx: CliContext): Promise<number> {
  const report = new Report();
  report.add('ok', 'configuration parsed');
  const server = await ctx.runningServer().catch((err: Error) => {
    report.add('FAIL', err.message);
    return null;
  });
  if (report.failed) return finish(ctx, report);
  if (server) {
    const health = await fetch(`${server.record.url}/health`).then((r) => r.json());
    report.add(
      'ok',
      `${server.label} owns the data directory; its health: ${JSON.stringify(health)}`,
    );
    return finish(ctx, report);
  }
  const usePglite = !ctx.config.DATABASE_URL;
  if (usePglite) {
    const dir = checkDataDir(ctx, report);
    if (dir === 'fresh') await firstStartPlan(ctx, report, migrations.length);
    if (dir !== 'there') return finish(ctx, report);
  }
  const where = usePglite
    ? `embedded PGlite in ${ctx.config.DATA_DIR}`
    : 'Postgres at DATABASE_URL';
  let deps;
  try {
    deps = await ctx.openDeps({ migrate: false, firstRun: false });
    report.add('ok', `database opened (${where})`);
  } catch (err) {
    report.add('FAIL', `database could not be opened (${where}): ${(err as Error).message}`);
    return finish(ctx, report);
  }
  try {
    await checkDatabase(ctx, deps, report);
  } finally {
    await deps.db.close();
  }
  return finish(ctx, report);
}

function finish(ctx: CliContext, report: Report): number {
  report.add(
    'info',
    hasLlm(ctx.config)
      ? `language model: ${ctx.config.LLM_MODEL} at ${ctx.config.OPENAI_BASE_URL ?? 'api.openai.com'}`
      : 'no language model configured: answers come from the deterministic router and templates',
  );
  ctx.stdout(report.lines.join('\n'));
  if (report.failed) ctx.stderr('doctor: problems found (FAIL above).');
  return report.failed ? 1 : 0;
}
