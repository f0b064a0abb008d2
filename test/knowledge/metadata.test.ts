// Front matter for sources and history (issue #23): source_kind, the second link, the note, history and milestones.
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../core/errors';
import { parseMarkdown } from '../../knowledge/ingest/loaders';
import { resolveMeta } from '../../knowledge/ingest/sources';

const fallback = { id: 'doc', title: 'Doc' };
const parse = (frontMatter: string) =>
  resolveMeta(
    parseMarkdown(`---\n${frontMatter}\n---\n# Doc\n\nText.`, 'doc.md').meta,
    {},
    fallback,
    'doc.md',
  );

describe('source and history metadata', () => {
  it('reads the official source, the secondary link, history and milestones as the team agreed', () => {
    const meta = parse(`id: eu-pld-2024-2853
title: Product Liability Directive
market: EU
effective: 2026-12-09
milestones:
  - date: 2026-12-09
    change: "Member states apply the new Product Liability Directive"
status: scheduled
as_of: "2026-11"
source_kind: official
source_title: "EUR-Lex - Directive (EU) 2024/2853"
source_url: https://eur-lex.europa.eu/eli/dir/2024/2853/oj
secondary_source_title: "Hogan Lovells - EU introduces digital-era PLD"
secondary_source_url: https://www.hoganlovells.com/pld
keywords: [liability]
history:
  - date: 2026-11-30
    change: "Moved to the official source"
    why: "The law firm page was the only link"
    source: https://eur-lex.europa.eu/eli/dir/2024/2853/oj`);
    expect(meta).toMatchObject({
      source_kind: 'official',
      secondary_source_title: 'Hogan Lovells - EU introduces digital-era PLD',
      secondary_source_url: 'https://www.hoganlovells.com/pld',
      source_note: null,
      milestones: [
        { date: '2026-12-09', change: 'Member states apply the new Product Liability Directive' },
      ],
      history: [
        {
          date: '2026-11-30',
          change: 'Moved to the official source',
          why: 'The law firm page was the only link',
          source: 'https://eur-lex.europa.eu/eli/dir/2024/2853/oj',
        },
      ],
    });
  });

  it('treats a document without source_kind as secondary, and keeps its note', () => {
    expect(parse('market: DE')).toMatchObject({
      source_kind: 'secondary',
      secondary_source_url: null,
      history: [],
      milestones: [],
    });
    expect(
      parse(
        'market: DE\nsource_kind: Secondary\nsource_note: No official page found in the stored sources',
      ),
    ).toMatchObject({
      source_kind: 'secondary',
      source_note: 'No official page found in the stored sources',
    });
  });

  it('names the field when source_kind or a history date is wrong', () => {
    expect(() => parse('source_kind: blog')).toThrow(InvalidInputError);
    expect(() => parse('source_kind: blog')).toThrow(/doc\.md: source_kind/);
    expect(() => parse('history:\n  - date: last year\n    change: fixed')).toThrow(
      /doc\.md: history\.0\.date .*YYYY-MM-DD/,
    );
  });
});
