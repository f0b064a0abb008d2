// `tradepilot seed-demo [--replace | --remove]`: loads the deterministic demo inventory (200 SKUs, 8 warehouses, a
// 18 months of sales), or removes the demo rows.
import type { CliCommand } from '../context';

export const seedDemoCommand: CliCommand = {
  name: 'seed-demo',
  usage: 'seed-demo [--replace | --remove]',
  summary:
    'Load the demo inventory (sales up to yesterday); --replace deletes an existing inventory first; --remove deletes the demo rows only.',
  async run(args, ctx) {
    const [flag, ...rest] = args;
    if (rest.length || (flag !== undefined && flag !== '--replace' && flag !== '--remove')) {
      ctx.stderr(`Usage: tradepilot ${this.usage}`);
      return 2;
    }
    const { toIsoDate } = await import('../../../../tools/inventory/dates');
    const { loadDemoInventory, removeDemoInventory } =
      await import('../../../../tools/inventory/demo/seed');
    const deps = await ctx.openDeps({ firstRun: false });
    try {
      if (flag === '--remove') {
        const removed = await removeDemoInventory(deps.db);
        ctx.stdout(
          removed
            ? `Removed the demo data set: ${removed.products} SKUs and ${removed.warehouses} warehouses with their stock, ` +
                'inbound and sales. It will not be loaded again; `tradepilot seed-demo` brings it back.'
            : 'The inventory holds no demo data; nothing was changed.',
        );
        return 0;
      }
      const anchor = toIsoDate(deps.now());
      const result = await loadDemoInventory(deps.db, anchor, {
        replace: flag === '--replace',
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
          `${c.inbound} inbound shipments, ${c.sales} daily sales rows (the 547 days before ${anchor}).`,
      );
      return 0;
    } finally {
      await deps.db.close();
    }
  },
};
