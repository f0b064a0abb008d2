// Cloudflare Workers runtime glue: the same app and registry over `pg` (Hyperdrive binding or DATABASE_URL).
import { createApp } from '../app';
import { buildDeps } from '../deps';
import { loadConfig, configuredSecrets, type AppConfig } from '../env';
import { createLogger } from '../log';
import { createLlm } from '../llm';
import { migrate } from '../db/migrate';
import { openPgDb } from '../db/pg-db';
import { buildKeyRing, type KeyRing } from '../security/keys';
import { defaultRegistry } from '../../tools/index';

interface WorkerEnv {
  HYPERDRIVE?: { connectionString: string };
  [name: string]: unknown;
}

interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void;
}

interface IsolateState {
  config: AppConfig;
  keys: KeyRing;
  migrated: boolean;
}

let state: Promise<IsolateState> | undefined;

function stringVars(env: WorkerEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

async function isolateState(env: WorkerEnv): Promise<IsolateState> {
  const vars = stringVars(env);
  const databaseUrl = env.HYPERDRIVE?.connectionString ?? vars.DATABASE_URL;
  if (!databaseUrl)
    throw new Error('Set a Hyperdrive binding named HYPERDRIVE (or DATABASE_URL in dev).');
  const config = loadConfig({ ...vars, DATABASE_URL: databaseUrl });
  return {
    config,
    keys: await buildKeyRing(config.TRADEPILOT_API_KEYS, config.TRADEPILOT_PUBLIC_KEYS),
    migrated: false,
  };
}

export default {
  async fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Promise<Response> {
    let current: IsolateState;
    try {
      current = await (state ??= isolateState(env));
    } catch (err) {
      state = undefined;
      console.error(
        JSON.stringify({ level: 'error', msg: 'worker configuration failed', error: String(err) }),
      );
      return Response.json(
        {
          error: {
            code: 'misconfigured',
            message: 'The server is not configured; see the deploy logs.',
          },
        },
        { status: 503 },
      );
    }
    const { config, keys } = current;
    const log = createLogger({
      level: config.LOG_LEVEL,
      secrets: configuredSecrets(config),
      write: (l) => console.error(l),
    });
    // Workers cannot share sockets between requests: one small pool per request, closed after the response.
    const db = openPgDb(config.DATABASE_URL as string, { max: 1 });
    if (!current.migrated) {
      await migrate(db);
      current.migrated = true;
    }
    const deps = buildDeps({
      config,
      log,
      db,
      registry: defaultRegistry(),
      llm: createLlm(config),
    });
    const app = createApp(deps, {
      keys,
      clientIp: (c) => c.req.header('cf-connecting-ip') ?? 'unknown',
    });
    try {
      return await app.fetch(request);
    } finally {
      ctx.waitUntil(db.close());
    }
  },
};
