// The ordered list of schema migrations; add a file and list it here (ids never change once released).
import core from './001-core';

export interface Migration {
  id: string;
  sql: string;
}

export const migrations: Migration[] = [core];
