// Marks answers computed on the demo set: every inventory tool's output gains demo_data, and its summary says so.
import { z } from 'zod';
import { defineTool, type AnyTool } from '../../define-tool';
import { demoState, type DemoState } from './rows';

const PREFIX: Record<Exclude<DemoState, 'none'>, string> = {
  only: 'Demo data (the sample inventory, not yours; import your own with `tradepilot import-inventory`): ',
  mixed: 'Includes demo data (`tradepilot seed-demo --remove` deletes it): ',
};

export const demoDataField = z
  .boolean()
  .describe(
    'True when the inventory holds the demo data set, so these figures are (partly) sample data, not yours',
  );

/** The tool with demo_data in its output and "demo data" at the start of its summary when it applies. */
export function withDemoNotice(tool: AnyTool): AnyTool {
  const output = (tool.output as z.ZodObject).extend({ demo_data: demoDataField });
  return defineTool({
    ...tool,
    output,
    run: async (input, deps, ctx) => {
      const [out, state] = await Promise.all([tool.run(input, deps, ctx), demoState(deps.db)]);
      const summary = (out as { summary: string }).summary;
      return {
        ...out,
        summary: state === 'none' ? summary : PREFIX[state] + summary,
        demo_data: state !== 'none',
      };
    },
  });
}
