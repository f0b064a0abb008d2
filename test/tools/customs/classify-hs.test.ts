// classify_hs through the invoke wrapper on PGlite: the index is built once and only once, top candidates for
// everyday products in English and Chinese, material hints, the answer table and bad input naming the field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../../server/deps';
import { invokeTool } from '../../../tools/invoke';
import { ensureHsIndex } from '../../../tools/customs/hs/hs-index';
import { createTestDeps } from '../../helpers/test-deps';

let deps: AppDeps;
beforeAll(async () => {
  deps = await createTestDeps();
}, 120_000);
afterAll(async () => {
  await deps.db.close();
});

const invoke = (input: unknown) =>
  invokeTool(deps.registry, deps, 'classify_hs', input, { surface: 'cli' });

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function classify(input: Record<string, unknown>): Promise<any> {
  const r = await invoke(input);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.output;
}

const codes = (out: { candidates: Array<{ hs_code: string }> }) =>
  out.candidates.map((c) => c.hs_code);

describe('classify_hs', () => {
  it('builds the nomenclature index on first use, then leaves it alone', async () => {
    const first = await classify({ description: 'wireless earbuds' });
    expect(codes(first)[0]).toBe('851830');
    const { rows } = await deps.db.query<{ level: number; n: number }>(
      'SELECT level, count(*)::int AS n FROM hs_codes GROUP BY level ORDER BY level',
    );
    expect(rows).toEqual([
      { level: 2, n: 97 },
      { level: 4, n: 1229 },
      { level: 6, n: 5613 },
    ]);
    expect(await ensureHsIndex(deps)).toBeNull();
  }, 120_000);

  it.each([
    ['wireless earbuds', '851830'],
    ['silicone phone case', '392690'],
    ["Men's cotton T-shirt", '610910'],
    ['蓝牙耳机', '851830'],
    ['手機殼', '392690'],
    ['stainless steel vacuum insulated water bottle', '961700'],
  ])('puts the right subheading first for "%s"', async (description, code) => {
    const out = await classify({ description });
    expect(codes(out)[0]).toBe(code);
    const top = out.candidates[0];
    expect(top.heading.code).toBe(code.slice(0, 4));
    expect(top.chapter.code).toBe(code.slice(0, 2));
    expect(top.section.code).toMatch(/^[IVX]+$/);
    expect(top.why).not.toBe('');
  });

  it('lets the material hint choose between the alternatives of a product', async () => {
    expect(codes(await classify({ description: 'hoodie', material: 'polyester' }))[0]).toBe(
      '611030',
    );
    expect(codes(await classify({ description: 'hoodie', material: 'cotton' }))[0]).toBe('611020');
    expect(codes(await classify({ description: 'wallet', material: 'genuine leather' }))[0]).toBe(
      '420231',
    );
    expect(codes(await classify({ description: 'T-shirt', material: 'polyester' }))[0]).toBe(
      '610990',
    );
  });

  it('returns at most `limit` six-digit candidates, best first, with the importer notes', async () => {
    const out = await classify({ description: 'cotton t-shirt', limit: 2 });
    expect(out.candidates).toHaveLength(2);
    for (const c of out.candidates) expect(c.hs_code).toMatch(/^\d{6}$/);
    expect(out.candidates[0].score).toBeGreaterThanOrEqual(out.candidates[1].score);
    expect(out.notes.join(' ')).toMatch(/TARIC.*UK Trade Tariff.*USITC HTS/);
  });

  it('renders a table with the dotted code, in English and Chinese', async () => {
    const r = await invoke({ description: '蓝牙耳机' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text).toContain('8518.30');
    const table = r.answer.blocks.find((b) => b.type === 'table');
    expect(table).toBeDefined();
  });

  it('says what to do instead of guessing when nothing searchable is left', async () => {
    const out = await classify({ description: '这是什么东西' });
    expect(out.candidates).toEqual([]);
    expect(out.notes[0]).toMatch(/English/);
  });

  it.each([
    [{ description: '' }, 'description'],
    [{}, 'description'],
    [{ description: 'earbuds', limit: 0 }, 'limit'],
    [{ description: 'earbuds', material: 7 }, 'material'],
  ])('rejects bad input naming the field (%j)', async (input, field) => {
    const r = await invoke(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_input');
    expect(r.error.message).toContain(field);
  });
});
