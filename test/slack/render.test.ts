// Block Kit rendering: Markdown to mrkdwn, aligned tables, citations and the sources button, Slack's limits.
import { describe, expect, it } from 'vitest';
import {
  decodeSources,
  displayWidth,
  encodeSources,
  inlineMarkdownToMrkdwn,
  MAX_BLOCKS,
  MAX_SECTION_CHARS,
  renderAnswer,
  renderSources,
  splitSourceList,
  type Block,
} from '../../server/surfaces/slack/render';

const sections = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.type === 'section' ? [b.text.text] : []));

describe('Markdown to Slack mrkdwn', () => {
  it('converts bold, italics, strike-through, links and code, and escapes &, < and >', () => {
    expect(inlineMarkdownToMrkdwn('**CE marking** is *required* for ~~most~~ toys')).toBe(
      '*CE marking* is _required_ for ~most~ toys',
    );
    expect(
      inlineMarkdownToMrkdwn('See [EN 71-1](https://example.eu/en71?a=1&b=2) and `<tag>`'),
    ).toBe('See <https://example.eu/en71?a=1&b=2|EN 71-1> and `&lt;tag&gt;`');
    expect(inlineMarkdownToMrkdwn('VAT < 150 EUR & IOSS > none')).toBe(
      'VAT &lt; 150 EUR &amp; IOSS &gt; none',
    );
    expect(inlineMarkdownToMrkdwn('Link text with a | pipe: [a | b](https://x.test/)')).toBe(
      'Link text with a | pipe: <https://x.test/|a / b>',
    );
  });

  it('renders headings bold and lists with bullets', () => {
    const [message] = renderAnswer({
      markdown: '## Toys in the EU\n- EN 71\n- **CE** marking\n1. first',
    });
    expect(sections(message.blocks)).toEqual([
      '*Toys in the EU*\n• EN 71\n• *CE* marking\n1. first',
    ]);
  });
});

describe('tables', () => {
  it('renders a narrow table as an aligned code block, numbers right-aligned', () => {
    const [message] = renderAnswer({
      markdown:
        'Stock:\n\n| SKU | Warehouse | Available |\n|---|---|---:|\n| TP-EAR-001 | FBA-DE | 110 |\n| TP-SCO-2 | FBA-US | 8 |',
    });
    const table = sections(message.blocks).find((t) => t.startsWith('```')) as string;
    expect(table).toBe(
      [
        '```',
        'SKU         Warehouse  Available',
        '----------  ---------  ---------',
        'TP-EAR-001  FBA-DE           110',
        'TP-SCO-2    FBA-US             8',
        '```',
      ].join('\n'),
    );
  });

  it('counts Chinese characters as two columns when aligning', () => {
    expect(displayWidth('德国')).toBe(4);
    const [message] = renderAnswer({
      markdown: '| 市场 | SKU |\n|---|---|\n| 德国 | A-1 |\n| US | B-22 |',
    });
    const lines = sections(message.blocks)[0].split('\n');
    expect(displayWidth(lines[3].split('A-1')[0])).toBe(displayWidth(lines[4].split('B-22')[0]));
  });

  it('renders wide tables and tables with links row by row, keeping the links', () => {
    const markdown =
      '| Obligation | Status | Source |\n|---|---|---|\n' +
      '| CE marking under the Toy Safety Directive 2009/48/EC | in force | [EUR-Lex](https://eur-lex.europa.eu/eli/dir/2009/48/oj) |';
    const [message] = renderAnswer({ markdown });
    expect(sections(message.blocks)).toEqual([
      '*CE marking under the Toy Safety Directive 2009/48/EC* · Status: in force · Source: <https://eur-lex.europa.eu/eli/dir/2009/48/oj|EUR-Lex>',
    ]);
  });

  it('splits a long table into sections under 3,000 characters, repeating the header', () => {
    const rows = Array.from({ length: 300 }, (_v, i) => `| SKU-${i} | FBA-DE | ${i} |`);
    const messages = renderAnswer({
      markdown: `| SKU | WH | Qty |\n|---|---|--:|\n${rows.join('\n')}`,
    });
    const texts = messages.flatMap((m) => sections(m.blocks));
    expect(texts.length).toBeGreaterThan(1);
    for (const t of texts) {
      expect(t.length).toBeLessThanOrEqual(MAX_SECTION_CHARS);
      expect(t.split('\n')[1]).toMatch(/^SKU\s+WH\s+Qty$/);
    }
    expect(texts.join('\n')).toContain('SKU-299');
  });
});

describe('limits', () => {
  it('keeps every section under 3,000 characters and every message under 50 blocks', () => {
    const paragraph = 'Word '.repeat(700).trim();
    const markdown = Array.from({ length: 90 }, (_v, i) => `Paragraph ${i}: ${paragraph}`).join(
      '\n\n---\n\n',
    );
    const citations = Array.from({ length: 14 }, (_v, i) => ({
      n: i + 1,
      title: `Source ${i + 1}`,
      url: `https://example.org/${i + 1}`,
    }));
    const messages = renderAnswer({ markdown, citations });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
      for (const t of sections(m.blocks)) expect(t.length).toBeLessThanOrEqual(MAX_SECTION_CHARS);
      expect(m.text.length).toBeGreaterThan(0);
    }
    const all = messages.flatMap((m) => sections(m.blocks)).join('\n');
    expect(all).toContain('Paragraph 0:');
    expect(all).toContain('Paragraph 89:');
    // Citations come last: two context blocks (10 + 4 links), then the button.
    const last = messages.at(-1)?.blocks ?? [];
    expect(last.at(-1)?.type).toBe('actions');
    const contexts = last.filter((b) => b.type === 'context');
    expect(contexts.map((b) => (b.type === 'context' ? b.elements.length : 0))).toEqual([10, 4]);
  });
});

describe('citations and the sources button', () => {
  const citations = [
    {
      n: 1,
      title: 'Toy Safety Directive 2009/48/EC',
      url: 'https://eur-lex.europa.eu/eli/dir/2009/48/oj',
    },
    {
      n: 2,
      title: 'UK Toys (Safety) Regulations 2011',
      url: 'https://www.legislation.gov.uk/uksi/2011/1881',
    },
  ];

  it('shows citations as linked context elements and carries them in the button', () => {
    const [message] = renderAnswer({
      markdown: 'Toys need CE marking [1] and UKCA in GB [2].',
      citations,
    });
    const context = message.blocks.find((b) => b.type === 'context');
    expect(context).toEqual({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: '[1] <https://eur-lex.europa.eu/eli/dir/2009/48/oj|Toy Safety Directive 2009/48/EC>',
        },
        {
          type: 'mrkdwn',
          text: '[2] <https://www.legislation.gov.uk/uksi/2011/1881|UK Toys (Safety) Regulations 2011>',
        },
      ],
    });
    const actions = message.blocks.find((b) => b.type === 'actions');
    expect(actions?.type === 'actions' && decodeSources(actions.elements[0].value)).toEqual(
      citations,
    );
  });

  it('fits many sources into the 2,000-character button value', () => {
    const many = Array.from({ length: 40 }, (_v, i) => ({
      n: i + 1,
      title: 'A very long regulation title '.repeat(6),
      url: `https://example.org/regulations/${i + 1}`,
    }));
    const value = encodeSources(many);
    expect(value.length).toBeLessThanOrEqual(2000);
    expect(decodeSources(value).length).toBeGreaterThan(10);
  });

  it('lists every source with its address when the button is pressed', () => {
    const [message] = renderSources(citations);
    const text = sections(message.blocks).join('\n');
    expect(text).toContain(
      '*[2]* <https://www.legislation.gov.uk/uksi/2011/1881|UK Toys (Safety) Regulations 2011>',
    );
    expect(text).toContain('https://eur-lex.europa.eu/eli/dir/2009/48/oj');
  });

  it("takes the agent's and the tools' plain source lists out of the text", () => {
    expect(
      splitSourceList(
        'CE marking applies [1].\n\nSources:\n[1] Toy Safety Directive: https://eur-lex.europa.eu/x\n\n_Not legal advice._',
      ),
    ).toEqual({
      markdown: 'CE marking applies [1].\n\n\n_Not legal advice._',
      citations: [{ n: 1, title: 'Toy Safety Directive', url: 'https://eur-lex.europa.eu/x' }],
    });
    expect(
      splitSourceList(
        '- EN 71 [1]\n\n**Sources**\n[1] EN 71-1:2014 — https://example.eu/en71\n[2] Guidance note',
      ).citations,
    ).toEqual([
      { n: 1, title: 'EN 71-1:2014', url: 'https://example.eu/en71' },
      { n: 2, title: 'Guidance note', url: '' },
    ]);
    expect(
      splitSourceList('玩具需要CE [1]\n来源：\n[1] 玩具安全指令: https://example.eu/t').citations,
    ).toHaveLength(1);
    expect(splitSourceList('Sources of supply are listed below.\n[1] is a footnote')).toEqual({
      markdown: 'Sources of supply are listed below.\n[1] is a footnote',
      citations: [],
    });
  });

  it('ignores a tampered button value', () => {
    expect(decodeSources('not json')).toEqual([]);
    expect(decodeSources('[[1,"x","javascript:alert(1)"]]')).toEqual([]);
  });
});
