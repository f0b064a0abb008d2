// The widget's Markdown parser: the constructs answers use, and nothing that could become HTML or a script link.
import { describe, expect, it } from 'vitest';
import { inlineText, parseInline, parseMarkdown, safeHref } from '../../widget/markdown';

describe('parseMarkdown', () => {
  it('reads the tables inventory tools render, with alignment and escaped pipes', () => {
    const [intro, table] = parseMarkdown(
      'Stock in DE:\n\n| sku | warehouse | available |\n|---|:---:|---:|\n| TP-1 | FBA-DE | 12 |\n| A\\|B | `x|y` | 0 |',
    );
    expect(intro).toMatchObject({ type: 'paragraph' });
    expect(table.type).toBe('table');
    if (table.type !== 'table') return;
    expect(table.head.map(inlineText)).toEqual(['sku', 'warehouse', 'available']);
    expect(table.align).toEqual([null, 'center', 'right']);
    expect(table.rows.map((r) => r.map(inlineText))).toEqual([
      ['TP-1', 'FBA-DE', '12'],
      ['A|B', 'x|y', '0'],
    ]);
  });

  it('reads paragraphs, headings, ordered and nested lists, quotes, code and rules', () => {
    const blocks = parseMarkdown(
      '## Rules\nFirst line\nsecond line\n\n3. three\n4. four\n   - nested\n\n> quoted\n\n```\n<b>code</b>\n```\n\n---',
    );
    expect(blocks.map((b) => b.type)).toEqual([
      'heading',
      'paragraph',
      'list',
      'quote',
      'code',
      'rule',
    ]);
    const list = blocks[2];
    if (list.type !== 'list') throw new Error('not a list');
    expect(list).toMatchObject({ ordered: true, start: 3 });
    expect(list.items.map((i) => inlineText(i.children))).toEqual(['three', 'four']);
    expect(list.items[1].sublist?.items.map((i) => inlineText(i.children))).toEqual(['nested']);
    expect(blocks[4]).toEqual({ type: 'code', text: '<b>code</b>' });
    expect(blocks[1]).toMatchObject({
      children: [{ text: 'First line' }, { type: 'break' }, { text: 'second line' }],
    });
  });
});

describe('parseInline', () => {
  it('reads bold, italics, inline code and numbered citations', () => {
    expect(parseInline('**CE** marking is _required_ [1][2], see `EN 71`')).toEqual([
      { type: 'strong', children: [{ type: 'text', text: 'CE' }] },
      { type: 'text', text: ' marking is ' },
      { type: 'em', children: [{ type: 'text', text: 'required' }] },
      { type: 'text', text: ' ' },
      { type: 'cite', n: 1 },
      { type: 'cite', n: 2 },
      { type: 'text', text: ', see ' },
      { type: 'code', text: 'EN 71' },
    ]);
  });

  it('leaves snake_case tool names and arithmetic alone', () => {
    expect(inlineText(parseInline('compliance_lookup found 2 * 3 = 6 rules'))).toBe(
      'compliance_lookup found 2 * 3 = 6 rules',
    );
    expect(parseInline('compliance_lookup and stockout_risk')).toEqual([
      { type: 'text', text: 'compliance_lookup and stockout_risk' },
    ]);
  });

  it('links only http(s) URLs and keeps trailing punctuation out of bare links', () => {
    expect(parseInline('[EUR-Lex](https://eur-lex.europa.eu/x?a=1&b=2)')).toEqual([
      {
        type: 'link',
        href: 'https://eur-lex.europa.eu/x?a=1&b=2',
        children: [{ type: 'text', text: 'EUR-Lex' }],
      },
    ]);
    expect(parseInline('[click](javascript:alert(1))')).toEqual([{ type: 'text', text: 'click' }]);
    expect(
      parseInline('[x](data:text/html,<script>1</script>)').some((n) => n.type === 'link'),
    ).toBe(false);
    expect(parseInline('source: https://www.gov.uk/guidance.')).toEqual([
      { type: 'text', text: 'source: ' },
      {
        type: 'link',
        href: 'https://www.gov.uk/guidance',
        children: [{ type: 'text', text: 'https://www.gov.uk/guidance' }],
      },
      { type: 'text', text: '.' },
    ]);
  });

  it('keeps HTML as literal text', () => {
    expect(parseInline('<img src=x onerror=alert(1)>')).toEqual([
      { type: 'text', text: '<img src=x onerror=alert(1)>' },
    ]);
  });
});

describe('safeHref', () => {
  it('accepts absolute http(s) only', () => {
    expect(safeHref('https://a.example/p')).toBe('https://a.example/p');
    expect(safeHref(' JAVASCRIPT:alert(1)')).toBeNull();
    expect(safeHref('/relative')).toBeNull();
    expect(safeHref('mailto:x@example.com')).toBeNull();
  });
});
