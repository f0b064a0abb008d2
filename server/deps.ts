// Builds the dependencies every surface and tool receives (db, config, logger, registry, services) from config.
import type { AppConfig } from './env';
import type { Db } from './db/db';
import type { Logger } from './log';
import type { Llm } from './llm';
import { createBackgroundTasks, type Background } from './background';
import type { ToolRegistry } from '../tools/registry';
import { createEmbedder, type Embedder } from '../knowledge/embeddings/embedder';

export interface Deps {
  config: AppConfig;
  log: Logger;
  db: Db;
  registry: ToolRegistry;
  /** The chat model, or null in no-LLM mode. */
  llm: Llm | null;
  /** Turns text into vectors for the knowledge base (local by default, no network). */
  embedder: Embedder;
  /** The clock; tests pin it. */
  now: () => Date;
  /** Runs work after the response was sent (Slack answers); the entry decides how (Node: tracked, Workers: waitUntil). */
  background: Background;
}

export interface DepsInput {
  config: AppConfig;
  log: Logger;
  db: Db;
  registry: ToolRegistry;
  llm?: Llm | null;
  /** Defaults to the embedder EMBEDDINGS_PROVIDER configures. */
  embedder?: Embedder;
  now?: () => Date;
  /** Defaults to tracked promises whose failures are logged. */
  background?: Background;
}

export function buildDeps(input: DepsInput): Deps {
  return {
    config: input.config,
    log: input.log,
    db: input.db,
    registry: input.registry,
    llm: input.llm ?? null,
    embedder: input.embedder ?? createEmbedder(input.config),
    now: input.now ?? (() => new Date()),
    background: input.background ?? createBackgroundTasks(input.log).run,
  };
}
