// The Node composition of the CLI: hands the command line the Node runtime (deps opener and HTTP server(s)).
import { main } from '../surfaces/cli/main';
import type { CliIo } from '../surfaces/cli/context';
import { openNodeDeps } from './node';
import { serveNode } from './node-cluster';

export function runCli(argv: string[], env: Record<string, string | undefined>, io?: CliIo) {
  return main(argv, env, { openDeps: openNodeDeps, serve: serveNode }, io);
}
