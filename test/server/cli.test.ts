// The real CLI process: help, invalid tool input (exit 2, no stack trace), migrate and doctor.
import { describe, expect, it } from 'vitest';
import { runCli, tempDataDir } from '../helpers/run-cli';

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

  it('migrates and passes doctor on a fresh data directory', async () => {
    const migrate = await runCli(['migrate'], { DATA_DIR });
    expect(migrate.code).toBe(0);
    expect(migrate.stdout).toMatch(/Applied: 001-core|up to date/);
    const doctor = await runCli(['doctor'], { DATA_DIR });
    expect(doctor.stdout).toMatch(/pgvector extension available/);
    expect(doctor.code).toBe(0);
  });
});
