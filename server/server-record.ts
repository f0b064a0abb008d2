// The running server's address in its PGlite data directory (server.json: url and pid): written by `serve` once it
// listens, removed at shutdown, read by CLI commands that then go through its HTTP API instead of the database.
import fs from 'node:fs';
import path from 'node:path';
import { isAlive } from './db/data-dir-lock';

export interface ServerRecord {
  url: string;
  pid: number;
}

const recordFile = (dataDir: string) => path.join(dataDir, 'server.json');

/** The URL a local client reaches a server on: a wildcard bind is reached on loopback. */
export function localUrl(host: string, port: number): string {
  const reachable = host === '0.0.0.0' || host === '' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
}

/** Records this process as the server of `dataDir`; returns a function that removes the record. */
export function writeServerRecord(dataDir: string, url: string): () => void {
  const file = recordFile(dataDir);
  const record: ServerRecord = { url, pid: process.pid };
  fs.writeFileSync(file, JSON.stringify(record) + '\n');
  return () => {
    try {
      if ((JSON.parse(fs.readFileSync(file, 'utf8')) as ServerRecord).pid === process.pid)
        fs.unlinkSync(file);
    } catch {
      /* already gone */
    }
  };
}

/** The live server of `dataDir`, or null; a record left by a process that is gone is removed and ignored. */
export function readServerRecord(dataDir: string): ServerRecord | null {
  const file = recordFile(dataDir);
  let record: Partial<ServerRecord>;
  try {
    record = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<ServerRecord>;
  } catch {
    return null;
  }
  if (typeof record.url !== 'string' || typeof record.pid !== 'number') return null;
  if (record.pid === process.pid) return null;
  if (isAlive(record.pid)) return { url: record.url, pid: record.pid };
  try {
    fs.unlinkSync(file);
  } catch {
    /* removed meanwhile */
  }
  return null;
}
