// `tradepilot import-inventory <dir>`: imports the inventory CSV files in a directory, all or nothing.
import fs from 'node:fs';
import path from 'node:path';
import { INVENTORY_FILES } from '../../../../tools/inventory/import/csv-files';
import { AppError } from '../../../../core/errors';
import type { ImportResult } from '../../../../tools/inventory/import/import-inventory';
import type { CliCommand } from '../context';

export const importInventoryCommand: CliCommand = {
  name: 'import-inventory',
  usage: 'import-inventory <dir> [--keep-demo]',
  summary: `Import ${INVENTORY_FILES.join(', ')} from a directory (all or nothing; re-import upserts; the first import replaces the demo data unless --keep-demo).`,
  async run(args, ctx) {
    const keepDemo = args.includes('--keep-demo');
    const positional = args.filter((a) => a !== '--keep-demo');
    const [dir] = positional;
    if (!dir || positional.length > 1 || dir.startsWith('--')) {
      ctx.stderr(`Usage: tradepilot ${this.usage}`);
      return 2;
    }
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
      ctx.stderr(`import-inventory: ${dir} is not a directory.`);
      return 2;
    }
    const files: Record<string, string> = {};
    for (const name of INVENTORY_FILES) {
      const file = path.join(dir, name);
      if (fs.existsSync(file)) files[name] = fs.readFileSync(file, 'utf8');
    }
    if (Object.keys(files).length === 0) {
      ctx.stderr(
        `import-inventory: no inventory files in ${dir}; expected any of ${INVENTORY_FILES.join(', ')}.`,
      );
      return 2;
    }
    const server = await ctx.runningServer();
    let result: ImportResult;
    try {
      if (server) {
        ctx.stderr(`(through ${server.label})`);
        result = await server.post<ImportResult>('/api/inventory/import', {
          files,
          keep_demo: keepDemo,
        });
      } else {
        // Migrations only: an import never loads the demo data set.
        const { importInventory } =
          await import('../../../../tools/inventory/import/import-inventory');
        const deps = await ctx.openDeps({ firstRun: false });
        try {
          result = await importInventory(deps.db, files, { keepDemo });
        } finally {
          await deps.db.close();
        }
      }
    } catch (err) {
      // Rejected rows, from this process or the server: each issue is `file:line: reason`.
      const problems =
        err instanceof AppError && err.status === 400 ? err.details.issues : undefined;
      if (!problems?.length) throw err;
      for (const problem of problems) ctx.stderr(`${problem.path}: ${problem.message}`);
      ctx.stderr(
        `import-inventory: ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was written.`,
      );
      return 2;
    }
    if (result.demo_removed)
      ctx.stdout(
        `Replaced the demo data set (${result.demo_removed.products} SKUs, ${result.demo_removed.warehouses} warehouses) ` +
          'with your data (`--keep-demo` keeps it).',
      );
    const counts = Object.entries(result.counts)
      .filter(([, n]) => n > 0)
      .map(([table, n]) => `${n} ${table}`)
      .join(', ');
    ctx.stdout(
      `Imported ${result.files.join(', ')} from ${dir}: ${counts || 'no rows'} (inserted or updated).`,
    );
    return 0;
  },
};
