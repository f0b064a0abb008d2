// `tradepilot tool <name> '<json>'`: calls one tool through the invoke wrapper and prints its output JSON.
import { toolErrorText } from '../../../../core/errors';
import { invokeTool } from '../../../../tools/invoke';
import type { CliCommand } from '../context';

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
    const deps = await ctx.openDeps();
    try {
      const result = await invokeTool(deps.registry, deps, name, input, { surface: 'cli' });
      if (!result.ok) {
        ctx.stderr(toolErrorText(result.error));
        return result.error.status < 500 ? 2 : 1;
      }
      ctx.stdout(JSON.stringify(result.output, null, 2));
      return 0;
    } finally {
      await deps.db.close();
    }
  },
};

export const toolsCommand: CliCommand = {
  name: 'tools',
  usage: 'tools',
  summary: 'List the tools with their descriptions.',
  async run(_args, ctx) {
    const deps = await ctx.openDeps({ firstRun: false });
    try {
      for (const tool of deps.registry.list()) ctx.stdout(`${tool.name}\t${tool.title}`);
      return 0;
    } finally {
      await deps.db.close();
    }
  },
};
