// Builds the dependencies every surface and tool receives (db, config, logger, registry, services) from config.
import type { AppConfig } from './env';
import type { Db } from './db/db';
import type { Logger } from './log';
import type { Llm } from './llm';
import type { ToolRegistry } from '../tools/registry';

export interface Deps {
  config: AppConfig;
  log: Logger;
  db: Db;
  registry: ToolRegistry;
  /** The chat model, or null in no-LLM mode. */
  llm: Llm | null;
  /** The clock; tests pin it. */
  now: () => Date;
}

export interface DepsInput {
  config: AppConfig;
  log: Logger;
  db: Db;
  registry: ToolRegistry;
  llm?: Llm | null;
  now?: () => Date;
}

export function buildDeps(input: DepsInput): Deps {
  return {
    config: input.config,
    log: input.log,
    db: input.db,
    registry: input.registry,
    llm: input.llm ?? null,
    now: input.now ?? (() => new Date()),
  };
}
