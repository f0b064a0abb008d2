// `tradepilot doctor` lists knowledge documents last checked more than 12 months ago as a warning, not a failure.
import { describe, expect, it, vi } from 'vitest';
import { ingestSources } from '../../knowledge/ingest/ingest';
import { sourcesFromJson } from '../../knowledge/ingest/json-sources';
import { openPgliteDb } from '../../server/db/pglite-db';
import { runCli, tempDataDir } from '../helpers/run-cli';
import { createTestDeps } from '../helpers/test-deps';
import { markdownDoc } from '../knowledge/fixtures';

// A real process on a real PGlite directory: slow under load.
vi.setConfig({ testTimeout: 240_000 });

const doc = (id: string, asOf: string) => ({
  id,
  text: markdownDoc({ market: 'DE', as_of: asOf }, `# ${id}\n\nA rule checked on ${asOf}.`),
});

describe('doctor and stale knowledge', () => {
  it('warns with every stale document grouped by as-of date and still exits 0', async () => {
    const DATA_DIR = tempDataDir();
    const deps = await createTestDeps({ db: await openPgliteDb(DATA_DIR) });
    // The CLI runs on the real clock: 2020 dates are stale, 2099 ones never.
    await ingestSources(
      deps,
      sourcesFromJson({
        documents: [
          doc('de-old-a', '2020-03'),
          doc('de-old-b', '2020-03'),
          doc('de-older', '2019'),
          doc('de-future', '2099-01'),
        ],
      }),
      { by: 'test' },
    );
    await deps.db.close();

    const run = await runCli(['doctor'], { DATA_DIR });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ok +knowledge: 4 documents/m);
    expect(run.stdout).toMatch(
      /^warn +knowledge: 3 documents were last checked more than 12 months ago; check them for updates/m,
    );
    const lines = run.stdout.split('\n').filter((l) => /^warn +as of/.test(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/as of 2019 \(\d+ months\): de-older$/);
    expect(lines[1]).toMatch(/as of 2020-03 \(\d+ months\): de-old-a, de-old-b$/);
    expect(run.stdout).not.toContain('de-future');
  });
});
