// `tradepilot serve [--workers N]`: the HTTP server (what `npm start` runs), in N processes with a Postgres server.
import type { CliCommand } from '../context';

export const serveCommand: CliCommand = {
  name: 'serve',
  usage: 'serve [--workers N]',
  summary:
    'Serve the assistant over HTTP (PORT, HOST); --workers N (or WEB_CONCURRENCY) runs N processes with DATABASE_URL.',
  async run(args, ctx) {
    let workers: number | undefined;
    for (let i = 0; i < args.length; i++) {
      const value = args[i] === '--workers' ? args[++i] : /^--workers=(.*)$/.exec(args[i])?.[1];
      if (value === undefined) {
        ctx.stderr(`serve: unknown option ${args[i]}. Usage: tradepilot serve [--workers N]`);
        return 2;
      }
      workers = Number(value);
      if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
        ctx.stderr(`serve: --workers must be a whole number from 1 to 64 (got "${value}").`);
        return 2;
      }
    }
    const server = await ctx.serve({ workers });
    await server.closed;
    return 0;
  },
};
