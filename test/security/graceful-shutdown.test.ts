// SIGTERM while an answer is streaming: the stream finishes within the grace period, the process exits cleanly,
// and the conversation in the database is complete (no half-written rows).
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgliteDb } from '../../server/db/pglite-db';
import { CLI, tempDataDir, waitForHealth } from '../helpers/run-cli';
import { startScriptedLlm, type ScriptedLlm } from '../helpers/scripted-llm';
import { freePort } from '../helpers/wire-postgres';

let llm: ScriptedLlm;
beforeAll(async () => {
  llm = await startScriptedLlm();
});
afterAll(() => llm.close());

describe('graceful shutdown', () => {
  it('finishes an in-flight streamed answer after SIGTERM, then exits 0 with the turn stored', async () => {
    const port = await freePort();
    const DATA_DIR = tempDataDir('tp-sigterm-');
    const child = spawn(process.execPath, [CLI, 'serve'], {
      env: {
        PATH: process.env.PATH ?? '',
        PORT: String(port),
        DATA_DIR,
        DEMO_DATA: '0',
        OPENAI_BASE_URL: llm.baseURL,
        OPENAI_API_KEY: 'sk-test',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) =>
      child.on('close', (code) => resolve(code)),
    );
    try {
      await waitForHealth(`http://127.0.0.1:${port}/health`, 180_000);
      const answer = 'Slow answer. '.repeat(16).trim(); // 30 chunks x 80 ms = about 2.4 s of streaming
      llm.push({ text: answer, chunkSize: 7, chunkDelayMs: 80 });

      const res = await fetch(`http://127.0.0.1:${port}/api/chat`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ message: 'Tell me slowly' }),
      });
      expect(res.status).toBe(200);
      const reader = res.body!.getReader();
      const decoder = new TextDecoder();
      let stream = '';
      let signalled = false;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        stream += decoder.decode(value, { stream: true });
        if (!signalled && stream.includes('event: token')) {
          child.kill('SIGTERM');
          signalled = true;
        }
      }
      expect(signalled).toBe(true);
      expect(stream).toContain('event: done');
      expect(stream).not.toContain('event: error');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    expect(stderr).not.toMatch(/\n\s+at /);

    const db = await openPgliteDb(DATA_DIR);
    try {
      const { rows } = await db.query<{ role: string; content: string }>(
        `SELECT role, content FROM messages ORDER BY id`,
      );
      expect(rows[0]).toMatchObject({ role: 'user', content: 'Tell me slowly' });
      expect(rows.at(-1)?.role).toBe('assistant');
      expect(rows.at(-1)?.content).toContain('Slow answer. Slow answer.');
    } finally {
      await db.close();
    }
  }, 300_000);
});
