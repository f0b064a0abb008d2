// Builds the concrete dependencies every surface and tool receives (db, config, logger, registry, services).
import type { AppConfig } from '../core/config';
import type { Db } from '../core/db';
import type { Logger } from '../core/log';
import type { Llm } from '../core/llm';
import type { Embedder } from '../core/embedder';
import type { Background, Deps } from '../core/deps';
import { createBackgroundTasks } from './background';
import type { ToolRegistry } from '../tools/registry';
import { createEmbedder } from '../knowledge/embeddings/embedder';

/** The core dependencies plus what only the server's surfaces need: the tool registry. */
export interface AppDeps extends Deps {
  registry: ToolRegistry;
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

export function buildDeps(input: DepsInput): AppDeps {
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
