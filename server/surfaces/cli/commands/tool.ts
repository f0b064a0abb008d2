// `tradepilot tool <name> '<json>'`: calls one tool through the invoke wrapper (or the running server) and prints
// its output JSON; `tradepilot tools` lists the registry without opening the database.
import { AppError, toolErrorText } from '../../../../core/errors';
import type { CliCommand, CliContext } from '../context';

async function callTool(
  ctx: CliContext,
  name: string,
  input: unknown,
): Promise<{ ok: true; output: unknown } | { ok: false; error: AppError }> {
  const server = await ctx.runningServer();
  if (server) {
    ctx.stderr(`(through ${server.label})`);
    try {
      return { ok: true, output: await server.callTool(name, input) };
    } catch (err) {
      if (err instanceof AppError) return { ok: false, error: err };
      throw err;
    }
  }
  const { invokeTool } = await import('../../../../tools/invoke');
  const deps = await ctx.openDeps();
  try {
    return await invokeTool(deps.registry, deps, name, input, { surface: 'cli' });
  } finally {
    await deps.db.close();
  }
}

export const toolCommand: CliCommand = {
  name: 'tool',
  usage: "tool <name> '<json input>'",
  summary: 'Call one tool and print its output JSON (see `tradepilot tools` for names).',
  async run(args, ctx) {
    const [name, json = '{}'] = args;
    if (!name) {
      ctx.stderr(`Usage: tradepilot ${this.usage}`);
      return 2;
    }
    let input: unknown;
    try {
      input = JSON.parse(json);
    } catch {
      ctx.stderr(`invalid_input: the input for ${name} is not valid JSON: ${json}`);
      return 2;
    }
    const result = await callTool(ctx, name, input);
    if (!result.ok) {
      ctx.stderr(toolErrorText(result.error));
      return result.error.status < 500 ? 2 : 1;
    }
    ctx.stdout(JSON.stringify(result.output, null, 2));
    return 0;
  },
};

export const toolsCommand: CliCommand = {
  name: 'tools',
  usage: 'tools',
  summary: 'List the tools with their descriptions.',
  async run(_args, ctx) {
    const { defaultRegistry } = await import('../../../../tools/index');
    for (const tool of defaultRegistry().list()) ctx.stdout(`${tool.name}\t${tool.title}`);
    return 0;
  },
};
