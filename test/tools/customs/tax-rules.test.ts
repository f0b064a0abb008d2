// Every entry of the landed-cost rules table names a knowledge document that exists and writes the entry's figure,
// and the figure states the value the calculation uses.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TAX_RULES } from '../../../tools/customs/tax-rules';

const ROOT = path.resolve(__dirname, '../../../knowledge/regulations');

function documents(): Map<string, string> {
  const out = new Map<string, string>();
  for (const market of fs.readdirSync(ROOT))
    for (const file of fs.readdirSync(path.join(ROOT, market))) {
      const text = fs.readFileSync(path.join(ROOT, market, file), 'utf8');
      const id = text.match(/^id:\s*(\S+)/m)?.[1];
      if (id) out.set(id, text.replace(/\s+/g, ' '));
    }
  return out;
}

const docs = documents();

describe('landed-cost rules table', () => {
  it.each(TAX_RULES.map((r) => [`${r.market} ${r.key}`, r] as const))(
    '%s names an existing document that states its figure',
    (_, rule) => {
      const text = docs.get(rule.document_id);
      expect(text, `document ${rule.document_id}`).toBeDefined();
      expect(text).toContain(rule.figure);
      // The figure carries the value the code uses (1,000 as written in the document), unless it is a date rule.
      if (rule.value > 0) expect(rule.figure.replace(/,/g, '')).toContain(String(rule.value));
    },
  );

  it('has no two entries for the same key, market and period', () => {
    const keys = TAX_RULES.map((r) => `${r.key}|${r.market}|${r.from ?? ''}|${r.until ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
