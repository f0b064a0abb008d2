// The database contract every module codes against; PGlite and pg implement it.
export interface QueryResult<T> {
  rows: T[];
}

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<T>>;
  /** Runs one or more statements without parameters (migrations, DDL). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'pg';
  /** Runs fn in one transaction: commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Runs fn while holding the lock `name` that every process sharing this database respects (a Postgres advisory
   * lock on a connection of its own; PGlite: the data-directory lock already makes this process the only one).
   */
  exclusive<T>(name: string, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Postgres type ids whose text form both drivers parse the same way. */
export const TYPE_PARSERS: Record<number, (value: string) => unknown> = {
  20: (v) => Number(v), // int8: counts and sums fit in a double here
  1700: (v) => Number(v), // numeric
  1082: (v) => v, // date stays 'YYYY-MM-DD'
};
