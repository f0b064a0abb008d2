// The real CLI process: help, invalid tool input (exit 2, no stack trace), migrate and doctor (fresh, ready, broken).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { migrate } from '../../server/db/migrate';
import { migrations } from '../../server/db/migrations/index';
import { openPgliteDb } from '../../server/db/pglite-db';
import { runCli, tempDataDir } from '../helpers/run-cli';

// Real processes on real PGlite directories: slow under load.
vi.setConfig({ testTimeout: 240_000 });

describe('tradepilot CLI', () => {
  const DATA_DIR = tempDataDir();

  it('prints help listing the commands', async () => {
    const run = await runCli(['help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/tool <name>/);
    expect(run.stdout).toMatch(/doctor/);
  });

  it('rejects malformed JSON input with exit 2 and a clear message', async () => {
    const run = await runCli(['tool', 'anything', '{nope'], { DATA_DIR });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/invalid_input/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects an unknown command and a bad environment with exit 2', async () => {
    expect((await runCli(['frobnicate'])).code).toBe(2);
    const bad = await runCli(['doctor'], { PORT: 'eighty' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/PORT/);
  });

  it('rejects a bad --workers value for serve with exit 2, naming the option', async () => {
    const workers = await runCli(['serve', '--workers', 'many']);
    expect(workers.code).toBe(2);
    expect(workers.stderr).toMatch(/--workers must be a whole number/);
  });

  it('doctor on a fresh directory says what the first start will create and load, creating nothing', async () => {
    const fresh = path.join(tempDataDir(), 'data');
    const doctor = await runCli(['doctor'], { DATA_DIR: fresh });
    expect(doctor.code).toBe(0);
    expect(doctor.stdout).toContain(`todo  data directory ${fresh} does not exist yet`);
    expect(doctor.stdout).toMatch(new RegExp(`applies ${migrations.length} schema migrations`));
    expect(doctor.stdout).toMatch(/loads the bundled knowledge: \d{2,} regulation documents/);
    expect(doctor.stdout).toMatch(/loads the demo inventory \(200 SKUs, 8 warehouses\)/);
    expect(doctor.stdout).not.toMatch(/^ok +knowledge/m);
    expect(fs.existsSync(fresh)).toBe(false);
  });

  it('migrates and passes doctor, which then names the empty stores the next start fills', async () => {
    const migrate = await runCli(['migrate'], { DATA_DIR });
    expect(migrate.code).toBe(0);
    expect(migrate.stdout).toMatch(/Applied: 001-core|up to date/);
    const doctor = await runCli(['doctor'], { DATA_DIR });
    expect(doctor.stdout).toMatch(/pgvector extension available/);
    expect(doctor.stdout).toMatch(/schema up to date/);
    expect(doctor.stdout).toMatch(
      /todo +knowledge base empty: the next start loads the \d+ bundled/,
    );
    expect(doctor.code).toBe(0);
  });

  it('doctor fails (exit 1) when the schema is behind or the data directory is unusable', async () => {
    const behind = tempDataDir();
    const db = await openPgliteDb(behind);
    await migrate(db, migrations.slice(0, -1));
    await db.close();
    const stale = await runCli(['doctor'], { DATA_DIR: behind });
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain(`FAIL  schema behind: ${migrations.at(-1)?.id} not applied`);

    const file = path.join(tempDataDir(), 'not-a-dir');
    fs.writeFileSync(file, '');
    const unusable = await runCli(['doctor'], { DATA_DIR: file });
    expect(unusable.code).toBe(1);
    expect(unusable.stdout).toMatch(/FAIL {2}data directory .* is not usable: not a directory/);
  });
});
