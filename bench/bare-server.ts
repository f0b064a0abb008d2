// The HTTP baseline for `npm run bench`: a bare Hono route on @hono/node-server that reads a JSON body and returns
// a fixed JSON document (the same bytes the real tool route returns). Run as a child: `tsx bench/bare-server.ts <port> <json-file>`.
import fs from 'node:fs';
import { Hono } from 'hono';
import { serve } from '@hono/node-server';

const [port, file] = process.argv.slice(2);
const output = JSON.parse(fs.readFileSync(file, 'utf8')) as object;
const app = new Hono().post('/bare', async (c) => {
  await c.req.json();
  return c.json(output);
});
serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(port) }, () => {
  process.stderr.write('ready\n');
});
process.once('SIGTERM', () => process.exit(0));
