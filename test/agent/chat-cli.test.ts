// `tradepilot chat "question"`: the real bin on a fresh data directory, with no key, answers and exits 0.
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDataDir } from '../helpers/run-cli';

const dir = tempDataDir('tp-chat-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('tradepilot chat', () => {
  it('answers one question without a model, streaming the answer to stdout and tool activity to stderr', async () => {
    const run = await runCli(['chat', 'Which SKUs will run out in Germany?'], { DATA_DIR: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No language model is configured');
    expect(run.stderr).toContain('· stockout_risk {"markets":["DE"]}');
    expect(run.stderr).toMatch(/\(conversation [0-9a-f-]{36}\)/);
  });

  it('rejects a bad option with exit code 2', async () => {
    const run = await runCli(['chat', '--conversation'], { DATA_DIR: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--conversation needs an id');
  });
});
