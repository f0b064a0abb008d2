// `tradepilot migrate`: applies pending schema migrations and reports them.
import type { CliCommand } from '../context';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  usage: 'migrate',
  summary: 'Apply pending database migrations.',
  async run(_args, ctx) {
    const { migrate } = await import('../../../db/migrate');
    const deps = await ctx.openDeps({ migrate: false, firstRun: false });
    try {
      const applied = await migrate(deps.db);
      ctx.stdout(
        applied.length ? `Applied: ${applied.join(', ')}` : 'Database schema is up to date.',
      );
      return 0;
    } finally {
      await deps.db.close();
    }
  },
};
