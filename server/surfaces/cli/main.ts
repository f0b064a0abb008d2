// The `tradepilot` command line: parses the command, builds the context, maps failures to exit codes.
import type { CliCommand, CliContext, CliIo, CliRuntime } from './context';
import { chatCommand } from './commands/chat';
import { doctorCommand } from './commands/doctor';
import { importInventoryCommand } from './commands/import-inventory';
import { ingestCommand } from './commands/ingest';
import { mcpCommand } from './commands/mcp';
import { migrateCommand } from './commands/migrate';
import { seedDemoCommand } from './commands/seed-demo';
import { serveCommand } from './commands/serve';
import { toolCommand, toolsCommand } from './commands/tool';
import { findRunningServer } from './server-client';

export const commands: CliCommand[] = [
  serveCommand,
  chatCommand,
  toolCommand,
  toolsCommand,
  ingestCommand,
  importInventoryCommand,
  seedDemoCommand,
  mcpCommand,
  migrateCommand,
  doctorCommand,
];

function helpText(): string {
  const width = Math.max(...commands.map((c) => c.usage.length));
  return [
    'tradepilot: AI operations assistant for cross-border e-commerce sellers',
    '',
    'Usage: tradepilot <command> [arguments]',
    '',
    ...commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Configuration comes from environment variables; see .env.example.',
  ].join('\n');
}

const stdio: CliIo = {
  stdout: (text) => process.stdout.write(text + '\n'),
  stderr: (text) => process.stderr.write(text + '\n'),
};

export async function main(
  argv: string[],
  env: Record<string, string | undefined>,
  runtime: CliRuntime,
  io: CliIo = stdio,
): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(helpText());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`Unknown command: ${name}\n\n${helpText()}`);
    return 2;
  }
  // Loaded after `help`, which needs none of it.
  const [{ ConfigError, configuredSecrets }, { loadConfig }, { createLogger, redactSecrets }] =
    await Promise.all([
      import('../../../core/config'),
      import('../../env'),
      import('../../../core/log'),
    ]);
  let config;
  try {
    // Commands other than serve log warnings only, so their output stays readable.
    config = loadConfig(name === 'serve' || env.LOG_LEVEL ? env : { ...env, LOG_LEVEL: 'warn' });
  } catch (err) {
    if (err instanceof ConfigError) {
      io.stderr(err.message);
      return 2;
    }
    throw err;
  }
  const secrets = configuredSecrets(config);
  const log = createLogger({ level: config.LOG_LEVEL, secrets });
  const ctx: CliContext = {
    ...io,
    config,
    log,
    openDeps: (options) => runtime.openDeps(config, log, { ...options, note: io.stderr }),
    serve: (options) => runtime.serve(config, log, options),
    runningServer: () => findRunningServer(config),
  };
  try {
    return await command.run(args, ctx);
  } catch (err) {
    // No stack and no secrets: start-up errors name their fix in the message.
    const message = (err as Error).message ?? String(err);
    io.stderr(redactSecrets(`tradepilot ${name} failed: ${message}`, secrets));
    return 1;
  }
}
