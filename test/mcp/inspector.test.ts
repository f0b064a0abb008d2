// The MCP Inspector CLI (@modelcontextprotocol/inspector, a dev dependency) against the real `tradepilot mcp`
// over stdio: it lists the tools and calls compliance_lookup, as a user checking their setup would.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../tools/index';
import { CLI, runCli, tempDataDir } from '../helpers/run-cli';

const INSPECTOR = path.join(
  path.dirname(
    createRequire(import.meta.url).resolve('@modelcontextprotocol/inspector/package.json'),
  ),
  'cli/build/cli.js',
);
const DATA_DIR = tempDataDir('tp-inspector-');

function inspect(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [INSPECTOR, '--cli', process.execPath, CLI, 'mcp', ...args],
      {
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          DATA_DIR,
          DEMO_DATA: '1',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('MCP Inspector CLI', () => {
  beforeAll(async () => {
    // The first start on a fresh data directory loads the bundled knowledge and demo data; do it here,
    // not under the Inspector's 60 s request timeout.
    const warm = await runCli(['tool', 'inventory_status', '{"skus":["none"]}'], {
      DATA_DIR,
      DEMO_DATA: '1',
    });
    expect(warm.code, warm.stderr).toBe(0);
  });

  it('lists every registry tool', async () => {
    const run = await inspect(['--method', 'tools/list']);
    expect(run.code, run.stderr).toBe(0);
    const { tools } = JSON.parse(run.stdout) as { tools: Array<{ name: string }> };
    expect(tools.map((t) => t.name)).toEqual(
      defaultRegistry()
        .list()
        .map((t) => t.name),
    );
  });

  it('calls compliance_lookup and gets cited results', async () => {
    expect(
      defaultRegistry().has('compliance_lookup'),
      'compliance_lookup is not in the registry',
    ).toBe(true);
    const run = await inspect([
      '--method',
      'tools/call',
      '--tool-name',
      'compliance_lookup',
      '--tool-arg',
      'question=What do I need to sell Bluetooth earbuds in Germany?',
      'markets=["DE"]',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as {
      isError?: boolean;
      content: Array<{ text: string }>;
      structuredContent: { results: Array<{ citation: { url: string } }> };
    };
    expect(result.isError, result.content[0]?.text).toBeFalsy();
    expect(result.structuredContent.results.length).toBeGreaterThan(0);
    expect(result.structuredContent.results[0].citation.url).toMatch(/^https?:\/\//);
  });
});
