// The dependencies every tool and knowledge module receives: config, logger, database, model, embedder, clock.
import type { AppConfig } from './config';
import type { Db } from './db';
import type { Embedder } from './embedder';
import type { Llm } from './llm';
import type { Logger } from './log';

/** Hands a promise to the runtime to finish after the response (Node: tracked; Workers: waitUntil). */
export type Background = (task: Promise<unknown>) => void;

export interface Deps {
  config: AppConfig;
  log: Logger;
  db: Db;
  /** The chat model, or null in no-LLM mode. */
  llm: Llm | null;
  /** Turns text into vectors for the knowledge base (local by default, no network). */
  embedder: Embedder;
  /** The clock; tests pin it. */
  now: () => Date;
  /** Runs work after the response was sent (Slack answers); the entry decides how. */
  background: Background;
}
