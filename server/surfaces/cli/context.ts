// What every CLI command receives: parsed config, a stderr logger, and a way to open ready-to-use deps.
import type { AppConfig } from '../../../core/config';
import type { Logger } from '../../../core/log';
import type { AppDeps } from '../../deps';
import type { ServerClient } from './server-client';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface OpenDepsOptions {
  migrate?: boolean;
  firstRun?: boolean;
}

/** What the runtime entry gives the CLI: how to open deps and how to serve (the CLI never imports an entry). */
export interface CliRuntime {
  openDeps(
    config: AppConfig,
    log: Logger,
    options: OpenDepsOptions & { note: (text: string) => void },
  ): Promise<AppDeps>;
  serve(config: AppConfig, log: Logger): Promise<{ closed: Promise<unknown> }>;
}

export interface CliContext extends CliIo {
  config: AppConfig;
  log: Logger;
  /** Opens the database, then (by default) runs migrations and first-run steps; notes go to stderr. */
  openDeps(options?: OpenDepsOptions): Promise<AppDeps>;
  /** Serves HTTP until shut down. */
  serve(): Promise<{ closed: Promise<unknown> }>;
  /** The server already running on this data directory (commands then go through its API), or null. */
  runningServer(): Promise<ServerClient | null>;
}

export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  /** Returns the exit code: 0 ok, 1 failure, 2 bad input or usage. */
  run(args: string[], ctx: CliContext): Promise<number>;
}
