// The Node composition of the CLI: hands the command line the Node runtime (deps opener and HTTP server(s)), loaded
// only when a command opens the database or serves, so `help` and `tools` start fast.
import { main } from '../surfaces/cli/main';
import type { CliIo } from '../surfaces/cli/context';
import type { WidgetScriptProvider } from '../surfaces/web/web-routes';

export function runCli(
  argv: string[],
  env: Record<string, string | undefined>,
  widgetScript: WidgetScriptProvider,
  io?: CliIo,
) {
  return main(
    argv,
    env,
    {
      openDeps: async (config, log, options) =>
        (await import('./node')).openNodeDeps(config, log, options),
      serve: async (config, log, options) =>
        (await import('./node-cluster')).serveNode(config, log, widgetScript, options),
    },
    io,
  );
}
