// The one place Slack output is rendered: answer blocks to Block Kit (sections, aligned or row-by-row tables, notices,
// the model's Markdown as markdown blocks, linked citations and the "show sources" button), split under Slack's
// limits (50 blocks and 12,000 Markdown characters a message, 3,000 characters a section).
import type {
  Answer,
  AnswerCitation,
  AnswerLang,
  Block as AnswerBlock,
  TableColumn,
  TableRow,
} from '../../../core/answer';
import {
  citationFlags,
  formatCell,
  isNumeric,
  label,
  secondaryLink,
} from '../../../core/answer-format';
import type { Citation } from '../../agent/events';
import { eventCitation } from '../../agent/citations';

export const MAX_BLOCKS = 50;
export const MAX_SECTION_CHARS = 3000;
/** Slack's limit on the Markdown of all markdown blocks in one message. */
export const MAX_MARKDOWN_CHARS = 12000;
const MAX_CONTEXT_CHARS = 2000;
const MAX_CONTEXT_ELEMENTS = 10;
const MAX_BUTTON_VALUE = 2000;
const MAX_FALLBACK_CHARS = 300;
/** Tables wider than this (in monospace columns) are rendered row by row instead of as a code block. */
export const MAX_TABLE_WIDTH = 72;

export const SHOW_SOURCES_ACTION = 'show_sources';

export interface TextObject {
  type: 'mrkdwn' | 'plain_text';
  text: string;
}

export type Block =
  | { type: 'section'; text: TextObject }
  /** Standard Markdown that Slack renders itself (the model's text is never converted by us). */
  | { type: 'markdown'; text: string }
  | { type: 'divider' }
  | { type: 'context'; elements: TextObject[] }
  | {
      type: 'actions';
      elements: Array<{
        type: 'button';
        text: TextObject;
        action_id: string;
        value: string;
      }>;
    };

/** One Slack message: `text` is the notification fallback, `blocks` what people see. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

const escapeMrkdwn = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A link Slack renders: the label cannot contain `|` or `>`; the URL must not contain spaces or `>`. */
export function slackLink(url: string, label: string): string {
  const safeUrl = url.replace(/[\s<>|]/g, (ch) => encodeURIComponent(ch));
  const safeLabel = escapeMrkdwn(label.replace(/\|/g, '/')).trim();
  return safeLabel ? `<${safeUrl}|${safeLabel}>` : `<${safeUrl}>`;
}

const section = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text } });
const refs = (ns: number[] | undefined) =>
  ns?.length ? ' ' + ns.map((n) => `[${n}]`).join('') : '';
const oneLine = (text: string) => escapeMrkdwn(text.replace(/\s*\n\s*/g, ' ').trim());

/** Packs lines into as few sections as fit (each under the section limit); cuts a single over-long line. */
function packLines(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let current = '';
  const flush = () => {
    if (current.trim() !== '') blocks.push(section(current.replace(/^\n+|\n+$/g, '')));
    current = '';
  };
  for (const raw of lines) {
    let line = raw;
    while (line.length > MAX_SECTION_CHARS) {
      flush();
      let cut = line.lastIndexOf(' ', MAX_SECTION_CHARS);
      if (cut < MAX_SECTION_CHARS / 2) cut = MAX_SECTION_CHARS;
      blocks.push(section(line.slice(0, cut)));
      line = line.slice(cut).trimStart();
    }
    const candidate = current === '' ? line : `${current}\n${line}`;
    if (candidate.length > MAX_SECTION_CHARS) {
      flush();
      current = line;
    } else current = candidate;
  }
  flush();
  return blocks;
}

/** Model Markdown as markdown blocks, cut between paragraphs so each stays under the per-message limit. */
function markdownBlocks(text: string): Block[] {
  const room = MAX_MARKDOWN_CHARS / 2;
  const blocks: Block[] = [];
  let rest = text.trim();
  while (rest.length > room) {
    let cut = rest.lastIndexOf('\n\n', room);
    if (cut < room / 2) cut = rest.lastIndexOf('\n', room);
    if (cut < room / 2) cut = room;
    blocks.push({ type: 'markdown', text: rest.slice(0, cut) });
    rest = rest.slice(cut).trimStart();
  }
  if (rest) blocks.push({ type: 'markdown', text: rest });
  return blocks;
}

// ---------------------------------------------------------------------------------------------------------------
// Tables

/** Monospace columns a string takes: East Asian wide characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    width +=
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x1f300 && cp <= 0x1faff) ||
      (cp >= 0x20000 && cp <= 0x3fffd)
        ? 2
        : 1;
  }
  return width;
}

function pad(text: string, width: number, right: boolean): string {
  const gap = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? gap + text : text + gap;
}

interface TextTable {
  columns: TableColumn[];
  head: string[];
  rows: string[][];
}

/** Aligned code-block sections (figures right-aligned), repeating the header when the table is split. */
function tableAsCode(t: TextTable): Block[] {
  const widths = t.columns.map((_c, i) =>
    Math.max(...[t.head, ...t.rows].map((r) => displayWidth(r[i]))),
  );
  const format = (row: string[]) =>
    row
      .map((cell, i) => pad(cell, widths[i], isNumeric(t.columns[i])))
      .join('  ')
      .trimEnd();
  const head = [format(t.head), widths.map((w) => '-'.repeat(w)).join('  ')].join('\n');
  const chunks: string[][] = [[]];
  for (const row of t.rows) {
    const line = format(row);
    const current = chunks.at(-1) as string[];
    const size = head.length + current.join('\n').length + line.length + 10;
    if (current.length > 0 && size > MAX_SECTION_CHARS) chunks.push([line]);
    else current.push(line);
  }
  return chunks.map((rows) =>
    section(
      '```\n' + escapeMrkdwn([head, ...rows].join('\n')).slice(0, MAX_SECTION_CHARS - 8) + '\n```',
    ),
  );
}

/** One line per row: the first cell bold, the others as "Header: value". */
function tableAsLines(t: TextTable, sourceRows: TableRow[]): Block[] {
  const lines = t.rows.map((row, r) => {
    const [first, ...rest] = row;
    const parts = rest
      .map((cell, c) => `${escapeMrkdwn(t.head[c + 1])}: ${escapeMrkdwn(cell)}`)
      .filter((_p, c) => rest[c] !== '–');
    return [`*${escapeMrkdwn(first)}*`, ...parts].join(' · ') + refs(sourceRows[r].citations);
  });
  return packLines(lines);
}

/** A table's important columns (priority 1 and 2) as a code block when narrow, else row by row. */
function tableBlocks(
  block: Extract<AnswerBlock, { type: 'table' }>,
  lang: Answer['lang'],
): Block[] {
  const columns = block.columns.filter((c) => c.priority <= 2);
  const t: TextTable = {
    columns,
    head: columns.map((c) => c.label),
    rows: block.rows.map((row) =>
      columns.map((c) => formatCell(row.cells[c.key] ?? null, c, lang)),
    ),
  };
  const width =
    t.columns.reduce(
      (sum, _c, i) => sum + Math.max(...[t.head, ...t.rows].map((r) => displayWidth(r[i]))),
      0,
    ) +
    2 * (columns.length - 1);
  const cited = block.rows.some((r) => r.citations?.length);
  const body = width <= MAX_TABLE_WIDTH && !cited ? tableAsCode(t) : tableAsLines(t, block.rows);
  return block.caption ? [section(`*${oneLine(block.caption)}*`), ...body] : body;
}

// ---------------------------------------------------------------------------------------------------------------
// Blocks and messages

const NOTICE_ICON = { info: ':information_source:', warning: ':warning:', demo: ':test_tube:' };

function blockToSlack(block: AnswerBlock, lang: Answer['lang']): Block[] {
  switch (block.type) {
    case 'heading':
      return [section(`*${oneLine(block.text)}*`)];
    case 'paragraph':
      return packLines(escapeMrkdwn(block.text).split('\n')).map((b, i, all) =>
        i === all.length - 1 && b.type === 'section'
          ? section(b.text.text + refs(block.citations))
          : b,
      );
    case 'markdown':
      return markdownBlocks(block.text);
    case 'list':
      return packLines(
        block.items.map((item, i) => {
          const mark = block.ordered ? `${i + 1}.` : '•';
          const detail = item.detail ? `\n      ${oneLine(item.detail)}` : '';
          return `${mark} *${oneLine(item.text)}*${refs(item.citations)}${detail}`;
        }),
      );
    case 'table':
      return tableBlocks(block, lang);
    case 'notice':
      return [
        {
          type: 'context',
          elements: [
            {
              type: 'mrkdwn',
              text: `${NOTICE_ICON[block.tone]} ${oneLine(block.text)}`.slice(0, MAX_CONTEXT_CHARS),
            },
          ],
        },
      ];
    case 'citation_ref':
      return block.n.length ? [section(refs(block.n).trim())] : [];
    case 'action':
      return [
        {
          type: 'context',
          elements: [
            {
              type: 'mrkdwn',
              text: block.message
                ? `→ ${oneLine(block.label)}: reply “${oneLine(block.message)}”`
                : `→ ${oneLine(block.label)}`,
            },
          ],
        },
      ];
  }
}

/** One source under an answer: its link, then whether it is official, updated on, check for updates. */
function citationLine(c: AnswerCitation, lang: AnswerLang | undefined): TextObject {
  const title = c.title.length > 150 ? c.title.slice(0, 149) + '…' : c.title;
  const flags = citationFlags(c, lang).map((f) => ` · _${escapeMrkdwn(f)}_`);
  const also = secondaryLink(c, lang);
  return {
    type: 'mrkdwn',
    text:
      `[${c.n}] ${c.url ? slackLink(c.url, title) : escapeMrkdwn(title)}${flags.join('')}` +
      (also ? ` · ${slackLink(also.url, also.label)}` : ''),
  };
}

/** Citations compacted into a button value (`[[n,title,url],...]`), titles shortened until it fits. */
export function encodeSources(citations: Citation[]): string {
  for (const titleLimit of [200, 80, 40, 0]) {
    const items: Array<[number, string, string]> = [];
    for (const c of citations) {
      const next = [
        ...items,
        [c.n, c.title.slice(0, titleLimit), c.url] as [number, string, string],
      ];
      if (JSON.stringify(next).length > MAX_BUTTON_VALUE) break;
      items.push(next.at(-1) as [number, string, string]);
    }
    if (items.length === citations.length || titleLimit === 0) return JSON.stringify(items);
  }
  return '[]';
}

/** The citations a "show sources" button carries; malformed values give an empty list. */
export function decodeSources(value: string): Citation[] {
  try {
    const parsed: unknown = JSON.parse(value);
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter(
        (item): item is [number, string, string] =>
          Array.isArray(item) &&
          typeof item[0] === 'number' &&
          typeof item[1] === 'string' &&
          typeof item[2] === 'string' &&
          (item[2] === '' || /^https?:\/\//.test(item[2])),
      )
      .map(([n, title, url]) => ({ n, title: title || url || `Source ${n}`, url }));
  } catch {
    return [];
  }
}

function plainFallback(blocks: Block[]): string {
  const first = blocks.find((b) => b.type === 'section' || b.type === 'markdown');
  const raw =
    first?.type === 'section' ? first.text.text : first?.type === 'markdown' ? first.text : '';
  const text = raw.replace(/```/g, '').trim();
  return text.length > MAX_FALLBACK_CHARS ? text.slice(0, MAX_FALLBACK_CHARS - 1) + '…' : text;
}

const markdownChars = (blocks: Block[]) =>
  blocks.reduce((n, b) => n + (b.type === 'markdown' ? b.text.length : 0), 0);

/**
 * Splits blocks into messages of at most MAX_BLOCKS and MAX_MARKDOWN_CHARS, keeping the trailing citation blocks
 * together.
 */
function toMessages(content: Block[], trailer: Block[]): SlackMessage[] {
  const messages: Block[][] = [[]];
  for (const block of content) {
    const current = messages.at(-1) as Block[];
    const full =
      current.length >= MAX_BLOCKS ||
      markdownChars(current) + markdownChars([block]) > MAX_MARKDOWN_CHARS;
    if (full && current.length) messages.push([block]);
    else current.push(block);
  }
  const last = messages.at(-1) as Block[];
  if (last.length + trailer.length <= MAX_BLOCKS) last.push(...trailer);
  else messages.push(trailer);
  return messages
    .filter((blocks) => blocks.length > 0)
    .map((blocks) => ({ text: plainFallback(blocks) || 'tradepilot', blocks }));
}

export interface AnswerInput {
  answer: Answer;
  /** The slash command that asked, shown above the answer so the channel sees the question. */
  asked?: { command: string; text: string; userId: string };
}

/** An answer as Slack messages: its blocks in Block Kit, linked citations and a "show sources" button. */
export function renderAnswer(input: AnswerInput): SlackMessage[] {
  const { answer } = input;
  const content = answer.blocks.flatMap((b) => blockToSlack(b, answer.lang));
  if (!content.length) content.push(section('(no answer)'));
  if (input.asked) {
    const asked = `${input.asked.command} ${input.asked.text}`.trim().replace(/`/g, "'");
    const who = /^[UW][A-Z0-9]+$/.test(input.asked.userId) ? `<@${input.asked.userId}>` : 'Someone';
    content.unshift({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `${who} asked \`${escapeMrkdwn(asked)}\`` }],
    });
  }
  const citations = answer.citations.map(eventCitation);
  const trailer: Block[] = [];
  for (let i = 0; i < citations.length; i += MAX_CONTEXT_ELEMENTS)
    trailer.push({
      type: 'context',
      elements: answer.citations
        .slice(i, i + MAX_CONTEXT_ELEMENTS)
        .map((c) => citationLine(c, answer.lang)),
    });
  if (citations.length > 0)
    trailer.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          text: {
            type: 'plain_text',
            text: `${label('sources', answer.lang)} (${citations.length})`,
          },
          action_id: SHOW_SOURCES_ACTION,
          value: encodeSources(citations),
        },
      ],
    });
  return toMessages(content, trailer);
}

/** The list a "show sources" click shows: every source with its title and full address. */
export function renderSources(citations: Citation[]): SlackMessage[] {
  if (citations.length === 0) return renderNotice('No sources are attached to this answer.');
  const lines = citations.map(
    (c) => `*[${c.n}]* ${slackLink(c.url, c.title)}\n${escapeMrkdwn(c.url)}`,
  );
  return toMessages([section('*Sources*'), ...packLines(lines)], []);
}

/** A short notice in Slack mrkdwn written by this surface (errors, "working on it", help); &, < and > are escaped. */
export function renderNotice(mrkdwn: string): SlackMessage[] {
  return toMessages(packLines(escapeMrkdwn(mrkdwn).split('\n')), []);
}
