// The one Markdown rendering of an answer (MCP, CLI, /v1 and the chat text stream all use it).
import type { Answer, AnswerCitation, AnswerLang, Block, TableColumn, TableRow } from './answer';
import { citationText, formatCell, isNumeric, label } from './answer-format';

const refs = (ns: number[] | undefined) =>
  ns?.length ? ' ' + ns.map((n) => `[${n}]`).join('') : '';
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();
const cellText = (text: string) => oneLine(text).replace(/\|/g, '\\|');

function table(columns: TableColumn[], rows: TableRow[], lang: AnswerLang): string {
  const head = `| ${columns.map((c) => cellText(c.label)).join(' | ')} |`;
  const rule = `|${columns.map((c) => (isNumeric(c) ? '---:' : '---')).join('|')}|`;
  const body = rows.map((row) => {
    const cells = columns.map((c) => cellText(formatCell(row.cells[c.key] ?? null, c, lang)));
    return `| ${cells.join(' | ')} |${refs(row.citations)}`;
  });
  return [head, rule, ...body].join('\n');
}

/** One block as Markdown. */
export function blockToMarkdown(block: Block, lang: AnswerLang = 'en'): string {
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(block.level ?? 3)} ${oneLine(block.text)}`;
    case 'paragraph':
      return block.text + refs(block.citations);
    case 'markdown':
      return block.text;
    case 'list':
      return block.items
        .map((item, i) => {
          const mark = block.ordered ? `${i + 1}.` : '-';
          const detail = item.detail ? `\n  ${oneLine(item.detail)}` : '';
          return `${mark} **${oneLine(item.text)}**${refs(item.citations)}${detail}`;
        })
        .join('\n');
    case 'table':
      return [
        block.caption ? `**${oneLine(block.caption)}**` : '',
        table(block.columns, block.rows, lang),
      ]
        .filter(Boolean)
        .join('\n\n');
    case 'notice':
      return `_${oneLine(block.text)}_`;
    case 'citation_ref':
      return refs(block.n).trim();
    case 'action':
      return block.message && block.message !== block.label
        ? `→ ${block.label}: “${block.message}”`
        : `→ ${block.label}`;
  }
}

export function blocksToMarkdown(blocks: Block[], lang: AnswerLang = 'en'): string {
  return blocks
    .map((b) => blockToMarkdown(b, lang))
    .filter((t) => t.trim() !== '')
    .join('\n\n');
}

/** The numbered source list: a heading line, then "[n] title — url (market, status, as of date)". */
export function citationsToMarkdown(citations: AnswerCitation[], lang: AnswerLang = 'en'): string {
  if (!citations.length) return '';
  return [
    `**${label('sources', lang)}**`,
    ...citations.map((c) => `[${c.n}] ${citationText(c, lang)}`),
  ].join('\n');
}

export function answerToMarkdown(answer: Answer): string {
  return [
    blocksToMarkdown(answer.blocks, answer.lang),
    citationsToMarkdown(answer.citations, answer.lang),
  ]
    .filter(Boolean)
    .join('\n\n');
}
