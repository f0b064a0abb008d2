// Embedded Postgres (PGlite + pgvector), persisted under DATA_DIR or in memory for tests.
import path from 'node:path';
import { setImmediate as nextLoopTurn } from 'node:timers/promises';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { TYPE_PARSERS, type Db, type Queryable } from '../../core/db';
import { lockDataDir } from './data-dir-lock';
import { storableParams } from './storable';

/** How long queued statements may run back to back before the event loop gets a turn. */
const SLICE_MS = 5;

/**
 * PGlite runs each statement synchronously in WASM and resolves without real I/O, so chained statements of every
 * in-flight request would all run in one microtask drain: an event-loop turn then lasts hundreds of ms under load,
 * and Node accepts only one new connection per turn (queued clients waited seconds). This queue runs statements
 * (or whole transactions) in arrival order and lets the event loop take a turn after every SLICE_MS of them.
 */
function timeSliced() {
  let tail: Promise<unknown> = Promise.resolve();
  let sliceStart = 0;
  const pause = async () => {
    if (performance.now() - sliceStart < SLICE_MS) return;
    await nextLoopTurn();
    sliceStart = performance.now();
  };
  return <T>(job: () => Promise<T>): Promise<T> => {
    const result = tail.then(job);
    tail = result.then(pause, pause);
    return result;
  };
}

function wrap(
  pg: Pick<PGlite, 'query' | 'exec'>,
  run: <T>(job: () => Promise<T>) => Promise<T>,
): Queryable {
  return {
    query: async <T>(sql: string, params: unknown[] = []) => {
      const result = await run(() => pg.query<T>(sql, storableParams(params)));
      return { rows: result.rows };
    },
    exec: async (sql) => {
      await run(() => pg.exec(sql));
    },
  };
}

/** Inside a transaction PGlite's lock is held, so its statements run back to back. */
const direct = <T>(job: () => Promise<T>) => job();

/** Wraps an existing PGlite instance (tests and the wire-protocol server share one). */
export function pgliteDb(pg: PGlite, onClose: () => void = () => {}): Db {
  const run = timeSliced();
  return {
    kind: 'pglite',
    ...wrap(pg, run),
    transaction: (fn) => run(() => pg.transaction((tx) => fn(wrap(tx, direct)))),
    exclusive: (_name, fn) => fn(),
    close: async () => {
      try {
        if (!pg.closed) await pg.close();
      } finally {
        onClose();
      }
    },
  };
}

export async function createPglite(dataDir?: string): Promise<PGlite> {
  return PGlite.create(dataDir ? path.resolve(dataDir, 'pgdata') : undefined, {
    extensions: { vector },
    parsers: TYPE_PARSERS,
  });
}

/** Opens the embedded database; `dataDir` undefined means in-memory. Locks the directory first. */
export async function openPgliteDb(dataDir?: string): Promise<Db> {
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  try {
    return pgliteDb(await createPglite(dataDir), release);
  } catch (err) {
    release();
    throw err;
  }
}
