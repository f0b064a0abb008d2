// Builds ready deps for tests: a fresh database on this project's engine (or a given Db), migrated, with a quiet logger and a pinned clock.
import { buildDeps, type AppDeps } from '../../server/deps';
import type { Db } from '../../core/db';
import { migrate } from '../../server/db/migrate';
import { loadConfig } from '../../server/env';
import { type AppConfig } from '../../core/config';
import { createLogger, type Logger } from '../../core/log';
import type { AnyTool } from '../../tools/define-tool';
import { allTools } from '../../tools/index';
import { createRegistry } from '../../tools/registry';
import { createLlm } from '../../server/llm';
import { createEmbedder } from '../../knowledge/embeddings/embedder';
import { type Embedder } from '../../core/embedder';
import { openTestDb } from './test-db';

export interface TestDepsOptions {
  db?: Db;
  tools?: AnyTool[];
  env?: Record<string, string>;
  now?: Date;
  log?: Logger;
  /** Defaults to the configured (local) embedder. */
  embedder?: Embedder;
}

/** A config with no keys and no LLM unless the test sets them. */
export function testConfig(env: Record<string, string> = {}): AppConfig {
  return loadConfig({ LOG_LEVEL: 'silent', DEMO_DATA: '0', ...env });
}

export async function createTestDeps(options: TestDepsOptions = {}): Promise<AppDeps> {
  const db = options.db ?? (await openTestDb());
  await migrate(db);
  const config = testConfig(options.env);
  return buildDeps({
    config,
    llm: createLlm(config),
    embedder: options.embedder ?? createEmbedder(config),
    log: options.log ?? createLogger({ level: 'silent' }),
    db,
    registry: createRegistry(options.tools ?? allTools),
    now: options.now ? () => options.now as Date : undefined,
  });
}

/** A logger that keeps every line, to assert on what was (and was not) logged. */
export function capturingLogger(secrets: string[] = []) {
  const lines: string[] = [];
  return { lines, log: createLogger({ level: 'debug', secrets, write: (l) => lines.push(l) }) };
}
