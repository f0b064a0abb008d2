// `tradepilot import-inventory <dir>`: imports the inventory CSV files in a directory, all or nothing.
import fs from 'node:fs';
import path from 'node:path';
import { INVENTORY_FILES } from '../../../../tools/inventory/import/csv-files';
import {
  ImportRejectedError,
  formatProblem,
  importInventory,
} from '../../../../tools/inventory/import/import-inventory';
import type { CliCommand } from '../context';

export const importInventoryCommand: CliCommand = {
  name: 'import-inventory',
  usage: 'import-inventory <dir>',
  summary: `Import ${INVENTORY_FILES.join(', ')} from a directory (all or nothing; re-import upserts).`,
  async run(args, ctx) {
    const [dir] = args;
    if (!dir || args.length > 1) {
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
    // Migrations only: an import never loads the demo data set.
    const deps = await ctx.openDeps({ firstRun: false });
    try {
      const result = await importInventory(deps.db, files);
      const counts = Object.entries(result.counts)
        .filter(([, n]) => n > 0)
        .map(([table, n]) => `${n} ${table}`)
        .join(', ');
      ctx.stdout(
        `Imported ${result.files.join(', ')} from ${dir}: ${counts || 'no rows'} (inserted or updated).`,
      );
      return 0;
    } catch (err) {
      if (!(err instanceof ImportRejectedError)) throw err;
      for (const problem of err.problems) ctx.stderr(formatProblem(problem));
      ctx.stderr(
        `import-inventory: ${err.problems.length} problem${err.problems.length === 1 ? '' : 's'}; nothing was written.`,
      );
      return 2;
    } finally {
      await deps.db.close();
    }
  },
};
