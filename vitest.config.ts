// Test runner settings: node environment, generous timeouts for embedded Postgres start-up, and the engine matrix:
// every file runs on PGlite; the database, tools, knowledge, agent and HTTP suites run again on the real Postgres
// server named by TEST_DATABASE_URL (test/helpers/test-db.ts gives each test database of that project a fresh one).
import { defineConfig } from 'vitest/config';

/** The suites that run on both engines. */
const POSTGRES_SUITES = [
  'test/server/db.test.ts',
  'test/server/http-tools.test.ts',
  'test/server/instances.test.ts',
  'test/security/shared-rate-limit.test.ts',
  'test/tools/**/*.test.ts',
  'test/inventory/tools.test.ts',
  'test/inventory/import.test.ts',
  'test/inventory/snapshot-cache.test.ts',
  'test/inventory/demand-forecast.test.ts',
  'test/inventory/forecast-family.test.ts',
  'test/inventory/import/*.test.ts',
  'test/localization/localize-listing.test.ts',
  'test/knowledge/**/*.test.ts',
  'test/agent/**/*.test.ts',
  'test/slack/digest.test.ts',
];
/** Files in those suites that never open a test database (CLI subprocesses on PGlite, prompt files). */
const ENGINE_FREE = [
  'test/**/cli.test.ts',
  'test/agent/chat-cli.test.ts',
  'test/agent/prompts.test.ts',
  'test/tools/customs/nomenclature.test.ts',
];

const postgresUrl = process.env.TEST_DATABASE_URL;
if (!postgresUrl) {
  console.warn(
    'note: TEST_DATABASE_URL is not set, so the Postgres half of the engine matrix is skipped (PGlite only); ' +
      '.ci/run starts a throwaway PostgreSQL + pgvector server and sets it.',
  );
}

export default defineConfig({
  test: {
    setupFiles: ['test/setup/remove-temp-dirs.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'pglite', include: ['test/**/*.test.ts'] } },
      ...(postgresUrl
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                include: POSTGRES_SUITES,
                exclude: ENGINE_FREE,
                env: { TEST_DB_ENGINE: 'postgres', TEST_DATABASE_URL: postgresUrl },
              },
            },
          ]
        : []),
    ],
  },
});
