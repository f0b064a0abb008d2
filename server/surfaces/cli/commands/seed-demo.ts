// `tradepilot seed-demo`: loads the deterministic demo inventory (200 SKUs, 8 warehouses, a year of sales).
import { toIsoDate } from '../../../../tools/inventory/dates';
import { loadDemoInventory } from '../../../../tools/inventory/demo/seed';
import type { CliCommand } from '../context';

export const seedDemoCommand: CliCommand = {
  name: 'seed-demo',
  usage: 'seed-demo [--replace]',
  summary:
    'Load the demo inventory (sales up to yesterday); --replace deletes an existing inventory first.',
  async run(args, ctx) {
    const unknown = args.filter((a) => a !== '--replace');
    if (unknown.length) {
      ctx.stderr(`Usage: tradepilot ${this.usage}`);
      return 2;
    }
    const deps = await ctx.openDeps({ firstRun: false });
    try {
      const anchor = toIsoDate(deps.now());
      const result = await loadDemoInventory(deps.db, anchor, {
        replace: args.includes('--replace'),
      });
      if (!result.loaded || !result.counts) {
        ctx.stderr(
          'seed-demo: the inventory is not empty; nothing was changed. Run `npx tradepilot seed-demo --replace` ' +
            'to delete it and load the demo data instead.',
        );
        return 1;
      }
      const c = result.counts;
      ctx.stdout(
        `Loaded the demo inventory: ${c.products} SKUs, ${c.warehouses} warehouses, ${c.stock} stock rows, ` +
          `${c.inbound} inbound shipments, ${c.sales} daily sales rows (the 365 days before ${anchor}).`,
      );
      return 0;
    } finally {
      await deps.db.close();
    }
  },
};
