// classify_hs through the invoke wrapper on PGlite: the index is built once and only once, top candidates for
// everyday and long-tail products in English and Chinese, material hints and material chapters, whole-word reading
// (扳手套装 is not gloves), why in the seller's language, the answer table and bad input naming the field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../../server/deps';
import { invokeTool } from '../../../tools/invoke';
import { ensureHsIndex } from '../../../tools/customs/hs/hs-index';
import { classifyHsAnswer } from '../../../tools/customs/classify-hs-answer';
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

  it.each([
    ['扳手套装', '8204'],
    ['汽车雨刮器 无骨', '851240'],
    ['Eyebrow Tweezers Set Stainless Steel 4 Pcs', '820320'],
    ['Water Filter Pitcher 10 Cup', '842121'],
    ['Hair Straightener Ceramic Plates Dual Voltage', '851632'],
  ])('reads the product, not a word inside or beside it, in "%s"', async (description, code) => {
    expect(codes(await classify({ description }))[0].slice(0, code.length)).toBe(code);
  });

  it('lets the material choose the chapter when the product name alone would not', async () => {
    // Plates are ceramic, glass or plastic in the glossary; paper ones are paper articles (chapter 48).
    const plates = codes(
      await classify({ description: 'Paper Plates 9 inch 100 Count Disposable' }),
    );
    expect(plates.slice(0, 3)).toContain('482369');
    expect(plates[0]).not.toBe('691200');
    const bowl = await classify({ description: 'dog bowl', material: 'stainless steel' });
    expect(codes(bowl)[0]).toBe('732393');
    expect((await classify({ description: '扳手套装' })).candidates[0].chapter.code).toBe('82');
  });

  it('says why in the language of the description', async () => {
    const zh = await classify({ description: '汽车雨刮器 无骨' });
    expect(zh.candidates[0].why).toContain('雨刮器');
    expect(zh.candidates[0].why).not.toMatch(/nomenclature|classified/);
    const en = await classify({ description: 'car wiper blades' });
    expect(en.candidates[0].why).toMatch(/nomenclature text matches: .*wiper blade/);
    const blocks = classifyHsAnswer(await classify({ description: '不锈钢压蒜器' }), 'zh-Hans');
    expect(JSON.stringify(blocks)).toContain('8205.51');
    const table = blocks.find((b) => b.type === 'table');
    if (table?.type !== 'table') throw new Error('no table');
    expect(table.columns.find((c) => c.key === 'why')?.label).toBe('依据');
    expect(String(table.rows[0].cells.why)).toContain('压蒜器');
    expect(JSON.stringify(blocks)).toContain('按英文品目检索的词：garlic press');
  });

  it('fills the list up to `limit` when few lines share the words', async () => {
    const out = await classify({ description: '园艺剪刀 修枝剪', limit: 5 });
    expect(out.candidates).toHaveLength(5);
    expect(codes(out).slice(0, 3)).toContain('820150');
    const scores = out.candidates.map((c: { score: number }) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
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
