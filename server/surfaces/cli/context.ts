// What every CLI command receives: parsed config, a stderr logger, and a way to open ready-to-use deps.
import type { AppConfig } from '../../env';
import type { Logger } from '../../log';
import type { Deps } from '../../deps';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface CliContext extends CliIo {
  config: AppConfig;
  log: Logger;
  /** Opens the database, then (by default) runs migrations and first-run steps; notes go to stderr. */
  openDeps(options?: { migrate?: boolean; firstRun?: boolean }): Promise<Deps>;
}

export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  /** Returns the exit code: 0 ok, 1 failure, 2 bad input or usage. */
  run(args: string[], ctx: CliContext): Promise<number>;
}
