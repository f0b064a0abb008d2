// Block Kit rendering from answer blocks: the fixture answer's compliance list, inventory and ad-copy tables,
// notices and actions, citations and the sources button, and Slack's limits.
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../core/answer';
import {
  decodeSources,
  encodeSources,
  MAX_BLOCKS,
  MAX_MARKDOWN_CHARS,
  MAX_SECTION_CHARS,
  renderAnswer,
  renderNotice,
  renderSources,
  type Block,
} from '../../server/surfaces/slack/render';
import { FIXTURE_ANSWER } from '../helpers/answer-fixture';

const sections = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.type === 'section' ? [b.text.text] : []));
const contexts = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.type === 'context' ? b.elements.map((e) => e.text) : []));

describe('the fixture answer in Block Kit', () => {
  const [message, ...rest] = renderAnswer({
    answer: FIXTURE_ANSWER,
    asked: { command: '/tradepilot', text: 'rules DE earbuds', userId: 'U123' },
  });
  const text = sections(message.blocks);

  it('is one message that names who asked', () => {
    expect(rest).toEqual([]);
    expect(contexts(message.blocks)[0]).toBe('<@U123> asked `/tradepilot rules DE earbuds`');
  });

  it('renders compliance headings bold and items with their citations and details', () => {
    expect(text).toContain('*Certification and conformity marks*');
    expect(text).toContain(
      '• *Radio Equipment Directive* [1]\n      EU · in force · checked 2026-10-01 — Affix the CE mark.\n• *WEEE registration* [2]\n      DE · scheduled — Register with stiftung ear.',
    );
  });

  it('renders narrow tables as aligned code blocks of their important columns, figures right-aligned', () => {
    expect(text).toContain(
      [
        '```',
        'SKU         Risk      Warehouse  Days of cover       Value',
        '----------  --------  ---------  -------------  ----------',
        'TP-EAR-001  critical  FBA-DE              3.25  €12,345.50',
        'TP-LMP-005  warning   FBA-DE                21           –',
        '```',
      ].join('\n'),
    );
    expect(text.join('\n')).not.toContain('Lead time');
    expect(text).toContain(
      [
        '```',
        'Field      Text                    Chars',
        '---------  ----------------------  -----',
        'headlines  Earbuds | 30 h battery     22',
        '```',
      ].join('\n'),
    );
  });

  it("passes the model's Markdown to Slack as a markdown block, and shows notices and actions as context", () => {
    expect(message.blocks).toContainEqual({
      type: 'markdown',
      text: 'The model says **CE** applies [1].',
    });
    expect(contexts(message.blocks)).toContain(
      ':information_source: No language model is configured.',
    );
    expect(contexts(message.blocks)).toContain('→ Show all 3: reply “Show all 3”');
  });

  it('lists the sources as links, escaped, with a button carrying them', () => {
    expect(contexts(message.blocks)).toContain(
      '[1] <https://eur-lex.europa.eu/eli/dir/2014/53/oj|Radio Equipment Directive 2014/53/EU>',
    );
    expect(contexts(message.blocks)).toContain('[2] ElektroG &lt;WEEE&gt;');
    const actions = message.blocks.at(-1);
    expect(actions?.type).toBe('actions');
    expect(actions?.type === 'actions' && decodeSources(actions.elements[0].value)).toHaveLength(2);
  });
});

describe("Slack's limits", () => {
  it('keeps sections under 3,000 characters, messages under 50 blocks and 12,000 Markdown characters', () => {
    const paragraph = 'Word '.repeat(700).trim();
    const answer: Answer = {
      blocks: [
        ...Array.from({ length: 60 }, (_v, i) => ({
          type: 'list' as const,
          items: [{ text: `Item ${i}`, detail: paragraph }],
        })),
        {
          type: 'markdown',
          text: Array.from({ length: 40 }, (_v, i) => `Model ${i}: ${paragraph}`).join('\n\n'),
        },
        {
          type: 'table',
          columns: [
            { key: 'a', label: 'A long column name', priority: 1 },
            { key: 'b', label: 'Another long column name', priority: 1 },
            { key: 'c', label: 'A third long column', priority: 2 },
          ],
          rows: Array.from({ length: 200 }, (_v, i) => ({
            cells: { a: `row ${i} first cell`, b: 'second cell text', c: 'third cell text' },
            citations: [1],
          })),
        },
      ],
      citations: Array.from({ length: 14 }, (_v, i) => ({
        n: i + 1,
        document_id: `d${i}`,
        title: `Source ${i + 1}`,
        url: `https://example.org/${i + 1}`,
        market: 'DE',
        as_of: null,
        status: 'in force',
      })),
    };
    const messages = renderAnswer({ answer });
    expect(messages.length).toBeGreaterThan(2);
    for (const m of messages) {
      expect(m.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
      for (const t of sections(m.blocks)) expect(t.length).toBeLessThanOrEqual(MAX_SECTION_CHARS);
      const md = m.blocks.reduce((n, b) => n + (b.type === 'markdown' ? b.text.length : 0), 0);
      expect(md).toBeLessThanOrEqual(MAX_MARKDOWN_CHARS);
      expect(m.text.length).toBeGreaterThan(0);
    }
    const all = messages
      .flatMap((m) => [
        ...sections(m.blocks),
        ...m.blocks.flatMap((b) => (b.type === 'markdown' ? [b.text] : [])),
      ])
      .join('\n');
    expect(all).toContain('*Item 59*');
    expect(all).toContain('Model 39:');
    expect(all).toContain(
      '*row 199 first cell* · Another long column name: second cell text · A third long column: third cell text [1]',
    );
    const last = messages.at(-1)?.blocks ?? [];
    expect(last.at(-1)?.type).toBe('actions');
    expect(
      last
        .filter((b) => b.type === 'context')
        .map((b) => (b.type === 'context' ? b.elements.length : 0)),
    ).toEqual([10, 4]);
  });

  it('escapes notices so Slack does not read <...> as a link or mention', () => {
    const [m] = renderNotice('Use `/tradepilot rules <market> <category>` & co');
    expect(sections(m.blocks)).toEqual([
      'Use `/tradepilot rules &lt;market&gt; &lt;category&gt;` &amp; co',
    ]);
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
      answer: {
        blocks: [{ type: 'markdown', text: 'Toys need CE marking [1] and UKCA in GB [2].' }],
        citations: citations.map((c) => ({
          ...c,
          document_id: '',
          market: null,
          as_of: null,
          status: null,
        })),
      },
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

  it('says beside each source whether it is official or secondary, updated on, check for updates', () => {
    const [message] = renderAnswer({
      answer: {
        blocks: [{ type: 'markdown', text: 'Toys need CE marking [1] and UKCA in GB [2].' }],
        citations: [
          {
            ...citations[0],
            document_id: 'eu-toys',
            market: 'EU',
            as_of: '2026-10',
            status: 'in force',
            source_kind: 'official',
            secondary_url: 'https://lawfirm.example/toys',
            updated_on: '2026-11-02',
            check_for_updates: false,
          },
          {
            ...citations[1],
            document_id: 'gb-toys',
            market: 'GB',
            as_of: '2024',
            status: 'in force',
            source_kind: 'secondary',
            source_note: 'No official page found in the stored sources',
            check_for_updates: true,
          },
        ],
      },
    });
    expect(contexts(message.blocks)).toEqual([
      '[1] <https://eur-lex.europa.eu/eli/dir/2009/48/oj|Toy Safety Directive 2009/48/EC> · _official_ · _updated on 2026-11-02_ · <https://lawfirm.example/toys|also>',
      '[2] <https://www.legislation.gov.uk/uksi/2011/1881|UK Toys (Safety) Regulations 2011> · _secondary source; no official page found_ · _check for updates_',
    ]);
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

  it('ignores a tampered button value', () => {
    expect(decodeSources('not json')).toEqual([]);
    expect(decodeSources('[[1,"x","javascript:alert(1)"]]')).toEqual([]);
  });
});
