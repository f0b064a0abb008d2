// A throwaway database on a Postgres server given to a benchmark (`--postgres URL`): created, used, dropped.
import pg from 'pg';

/** Creates a fresh database named after `prefix` and this process on the server, runs `fn`, then drops it. */
export async function withScratchDatabase<T>(
  serverUrl: string,
  prefix: string,
  fn: (databaseUrl: string) => Promise<T>,
): Promise<T> {
  const name = `${prefix}_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return await fn(url.toString());
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}
