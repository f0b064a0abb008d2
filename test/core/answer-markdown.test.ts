// The one Markdown rendering of an answer, which MCP, the CLI and /v1 show: built from the fixture answer.
import { describe, expect, it } from 'vitest';
import { answerToMarkdown } from '../../core/answer-markdown';
import { answerFromSources } from '../../core/answer-citations';
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
