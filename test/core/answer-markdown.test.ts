// The one Markdown rendering of an answer, which MCP, the CLI and /v1 show: built from the fixture answer.
import { describe, expect, it } from 'vitest';
import { answerToMarkdown } from '../../core/answer-markdown';
import { answerFromSources } from '../../core/answer-citations';
import type { Answer, AnswerCitation } from '../../core/answer';
import { FIXTURE_ANSWER } from '../helpers/answer-fixture';

describe('answer as Markdown', () => {
  const md = answerToMarkdown(FIXTURE_ANSWER);

  it('renders compliance items with their citations, and the numbered sources with status and date', () => {
    expect(md).toContain('### Certification and conformity marks');
    expect(md).toContain(
      '- **Radio Equipment Directive** [1]\n  EU · in force · checked 2026-10-01',
    );
    expect(md).toContain(
      '[1] Radio Equipment Directive 2014/53/EU — https://eur-lex.europa.eu/eli/dir/2014/53/oj (EU, in force, as of 2026-10-01)',
    );
    expect(md).toContain('[2] ElektroG <WEEE> (DE, scheduled)');
  });

  it('renders tables with every column, figures right-aligned and formatted, pipes escaped', () => {
    expect(md).toContain('| SKU | Risk | Warehouse | Days of cover | Lead time | Value |');
    expect(md).toContain('|---|---|---|---:|---:|---:|');
    expect(md).toContain('| TP-EAR-001 | critical | FBA-DE | 3.25 | 30 | €12,345.50 |');
    expect(md).toContain('| TP-LMP-005 | warning | FBA-DE | 21 | 45 | – |');
    expect(md).toContain('| headlines | Earbuds \\| 30 h battery | 22 |');
  });

  it("keeps the model's Markdown as written, notices in italics and actions as what to ask", () => {
    expect(md).toContain('The model says **CE** applies [1].');
    expect(md).toContain('_No language model is configured._');
    expect(md).toContain('→ Show all 3');
    expect(
      answerToMarkdown({
        blocks: [{ type: 'action', label: 'Show all 3', message: 'List every obligation' }],
        citations: [],
      }),
    ).toBe('→ Show all 3: “List every obligation”');
  });

  it('formats figures for a Chinese answer', () => {
    const zh = answerToMarkdown({ ...FIXTURE_ANSWER, lang: 'zh-Hans' });
    expect(zh).toContain('**来源**');
    expect(zh).toContain('€12,345.50');
  });
});

describe('answer citations', () => {
  it('keeps only cited sources, merges duplicates and numbers them in order of first use', () => {
    const source = (id: string) => ({
      document_id: id,
      title: id,
      url: null,
      market: 'DE',
      as_of: null,
      status: 'in force',
    });
    const answer = answerFromSources(
      [
        { type: 'paragraph', text: 'a', citations: [3] },
        { type: 'list', items: [{ text: 'b', citations: [1, 4] }] },
      ],
      [source('x'), source('y'), source('z'), source('x')],
    );
    expect(answer.citations.map((c) => [c.n, c.document_id])).toEqual([
      [1, 'z'],
      [2, 'x'],
    ]);
    expect(answer.blocks[1]).toEqual({ type: 'list', items: [{ text: 'b', citations: [2] }] });
  });
});

describe('source standing in citations', () => {
  const cited = (extra: Partial<AnswerCitation>): Answer => ({
    blocks: [{ type: 'paragraph', text: 'Toys need the CE mark.', citations: [1] }],
    citations: [
      {
        n: 1,
        document_id: 'eu-toy-safety',
        title: 'EUR-Lex - Directive 2009/48/EC',
        url: 'https://eur-lex.europa.eu/eli/dir/2009/48/oj',
        market: 'EU',
        as_of: '2025',
        status: 'in force',
        ...extra,
      },
    ],
  });

  it('says official, the update day, "check for updates" and the second link', () => {
    expect(
      answerToMarkdown(
        cited({
          source_kind: 'official',
          secondary_url: 'https://lawfirm.example/toys',
          updated_on: '2026-11-02',
          check_for_updates: true,
        }),
      ),
    ).toContain(
      '[1] EUR-Lex - Directive 2009/48/EC — https://eur-lex.europa.eu/eli/dir/2009/48/oj (EU, in force, as of 2025, official, updated on 2026-11-02, check for updates) · also: https://lawfirm.example/toys',
    );
  });

  it('says secondary, and that no official page was found when the document notes it, in Chinese too', () => {
    expect(
      answerToMarkdown(cited({ source_kind: 'secondary', check_for_updates: false })),
    ).toContain('(EU, in force, as of 2025, secondary)');
    const noted = cited({
      source_kind: 'secondary',
      source_note: 'No official page found in the stored sources',
      check_for_updates: true,
    });
    expect(answerToMarkdown(noted)).toContain(
      '(EU, in force, as of 2025, secondary source; no official page found, check for updates)',
    );
    expect(answerToMarkdown({ ...noted, lang: 'zh-Hans' })).toContain(
      '二手来源；未找到官方页面, 信息已超过 12 个月，请核查更新',
    );
  });

  it('adds nothing for sources that are not knowledge documents', () => {
    expect(answerToMarkdown(cited({}))).toContain('(EU, in force, as of 2025)');
  });
});
