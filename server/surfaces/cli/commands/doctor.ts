// `tradepilot doctor`: checks configuration, database, pgvector, schema and data, and says what is wrong.
import { assertVectorAvailable } from '../../../db/migrate';
import { migrations } from '../../../db/migrations/index';
import { hasLlm } from '../../../../core/config';
import { healthReport } from '../../http/health';
import type { CliCommand } from '../context';

export const doctorCommand: CliCommand = {
  name: 'doctor',
  usage: 'doctor',
  summary: 'Check configuration, database, extensions and data; explain any problem.',
  async run(_args, ctx) {
    const lines: string[] = [];
    let failed = false;
    const check = (ok: boolean, text: string) => {
      lines.push(`${ok ? 'ok  ' : 'FAIL'}  ${text}`);
      if (!ok) failed = true;
    };
    check(true, 'configuration parsed');
    const where = ctx.config.DATABASE_URL
      ? 'Postgres at DATABASE_URL'
      : `embedded PGlite in ${ctx.config.DATA_DIR}`;
    let deps;
    try {
      deps = await ctx.openDeps({ migrate: false, firstRun: false });
      check(true, `database opened (${where})`);
    } catch (err) {
      check(false, `database could not be opened (${where}): ${(err as Error).message}`);
      ctx.stdout(lines.join('\n'));
      return 1;
    }
    try {
      try {
        await assertVectorAvailable(deps.db);
        check(true, 'pgvector extension available');
      } catch (err) {
        check(false, (err as Error).message);
      }
      const applied = await deps.db
        .query<{ id: string }>('SELECT id FROM schema_migrations')
        .then((r) => new Set(r.rows.map((row) => row.id)))
        .catch(() => new Set<string>());
      const pending = migrations.filter((m) => !applied.has(m.id)).map((m) => m.id);
      check(
        true,
        pending.length
          ? `pending migrations (applied on next start): ${pending.join(', ')}`
          : 'schema up to date',
      );
      const report = await healthReport(deps);
      check(report.ok, `health: ${JSON.stringify(report.body)}`);
      lines.push(
        hasLlm(ctx.config)
          ? `info  language model: ${ctx.config.LLM_MODEL} at ${ctx.config.OPENAI_BASE_URL ?? 'api.openai.com'}`
          : 'info  no language model configured: answers come from the deterministic router and templates',
      );
    } finally {
      await deps.db.close();
    }
    ctx.stdout(lines.join('\n'));
    return failed ? 1 : 0;
  },
};
