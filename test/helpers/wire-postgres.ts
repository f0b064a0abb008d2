// Serves an in-memory PGlite over the Postgres wire protocol on loopback, so the `pg` code path is tested for real.
import net from 'node:net';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import type { PGlite } from '@electric-sql/pglite';
import { createPglite } from '../../server/db/pglite-db';

export interface WirePostgres {
  url: string;
  pglite: PGlite;
  /** Stops accepting connections (the database survives), as a server restart would. */
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
  /** Client connections open right now. */
  activeConnections(): number;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** maxConnections: how many clients may be connected at once (their queries still run one at a time). */
export async function startWirePostgres({ maxConnections = 16 } = {}): Promise<WirePostgres> {
  const pglite = await createPglite();
  const port = await freePort();
  let server: PGLiteSocketServer | undefined;
  const start = async () => {
    server = new PGLiteSocketServer({ db: pglite, port, host: '127.0.0.1', maxConnections });
    await server.start();
  };
  const stop = async () => {
    await server?.stop();
    server = undefined;
  };
  await start();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    pglite,
    start,
    stop,
    activeConnections: () => server?.getStats().activeConnections ?? 0,
    close: async () => {
      await stop();
      await pglite.close();
    },
  };
}
