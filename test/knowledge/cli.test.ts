// The real `tradepilot` CLI on a fresh data directory: bundled knowledge loads by itself, `ingest` adds user files.
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDataDir } from '../helpers/run-cli';
import { markdownDoc, tempDocs } from './fixtures';

const dataDir = tempDataDir('tp-knowledge-');
const env = { DATA_DIR: dataDir, DEMO_DATA: '0' };

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('tradepilot CLI and the knowledge base', () => {
  it('answers the earbuds-in-Germany question on a fresh data directory with cited GPSR, RED and WEEE rules', async () => {
    const run = await runCli(
      [
        'tool',
        'compliance_lookup',
        '{"question":"What do I need to sell Bluetooth earbuds in Germany?","markets":["DE"]}',
      ],
      env,
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/Loaded bundled knowledge: \d+ documents/);
    const out = JSON.parse(run.stdout) as {
      results: Array<{ document_id: string; citation: { url: string } }>;
    };
    const ids = out.results.map((r) => r.document_id);
    expect(ids).toContain('eu-red-ce-marking');
    expect(ids.some((id) => id.startsWith('eu-gpsr'))).toBe(true);
    expect(ids.some((id) => /weee|verpackg|ppwr/.test(id))).toBe(true);
    expect(out.results.every((r) => /^https?:\/\//.test(r.citation.url))).toBe(true);
  });

  it('ingests user files with flags, is idempotent, and rejects bad input with exit code 2', async () => {
    const dir = tempDocs({
      'sop.md': markdownDoc(
        { id: 'sop-earbud-labels', title: 'SOP: earbud box labels' },
        'Every TP-7 earbud box carries the WEEE bin symbol and our EU address.',
      ),
    });
    const first = await runCli(['ingest', dir, '--market', 'DE', '--topic', 'labeling'], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/1 added/);
    const again = await runCli(['ingest', dir, '--market', 'DE', '--topic', 'labeling'], env);
    expect(again.stdout).toMatch(/0 added, 0 updated, 1 unchanged/);
    const bad = await runCli(['ingest', dir, '--market', 'Atlantis'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/sop\.md.*market/);
  });
});
