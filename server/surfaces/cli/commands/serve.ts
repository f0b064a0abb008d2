// `tradepilot serve`: the HTTP server (what `npm start` runs).
import type { CliCommand } from '../context';

export const serveCommand: CliCommand = {
  name: 'serve',
  usage: 'serve',
  summary: 'Serve the assistant over HTTP (PORT, HOST).',
  async run(_args, ctx) {
    const server = await ctx.serve();
    await server.closed;
    return 0;
  },
};
