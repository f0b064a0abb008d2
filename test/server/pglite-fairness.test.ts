// The embedded database yields to the event loop while many statements are queued, so the server keeps accepting
// connections and answering under load (before, a burst of queries held the loop until all of them finished).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../core/db';
import { openPgliteDb } from '../../server/db/pglite-db';

let db: Db;
beforeAll(async () => {
  db = await openPgliteDb();
});
afterAll(() => db.close());

describe('PGlite statement queue', () => {
  it('runs queued statements in arrival order and lets other work run between them', async () => {
    const order: number[] = [];
    let doneWhenLoopRan = -1;
    const burst = Array.from({ length: 3000 }, (_, i) =>
      db.query<{ n: number }>('SELECT $1::int AS n', [i]).then((r) => order.push(r.rows[0].n)),
    );
    setImmediate(() => (doneWhenLoopRan = order.length));
    await Promise.all(burst);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(doneWhenLoopRan).toBeGreaterThanOrEqual(0);
    expect(doneWhenLoopRan).toBeLessThan(3000);
  });
});
