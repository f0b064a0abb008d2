// An answer's blocks as DOM: the application's blocks built directly (no Markdown parsing), the model's Markdown
// through the one safe renderer, tables that fit, and actions as buttons.
import type { Answer, Block, TableColumn } from '../core/answer';
import { formatCell, isNumeric } from '../core/answer-format';
import { fitTable } from './fit-table';
import type { Strings } from './i18n';
import { citeLink, h, renderMarkdown, type CitationRef } from './render';

export interface AnswerViewOptions {
  t: Strings;
  citations: Map<number, CitationRef>;
  /** Sends an action's message as the next question. */
  ask?: (message: string) => void;
}

function cites(ns: number[] | undefined, citations: Map<number, CitationRef>): Node[] {
  return (ns ?? []).flatMap((n) => [document.createTextNode(' '), citeLink(n, citations)]);
}

function renderBlock(block: Block, answer: Answer, o: AnswerViewOptions): Node[] {
  switch (block.type) {
    case 'heading':
      return [h(block.level === 2 ? 'h3' : 'h4', {}, [block.text])];
    case 'paragraph':
      return [h('p', {}, [block.text, ...cites(block.citations, o.citations)])];
    case 'markdown':
      return [renderMarkdown(block.text, o.citations)];
    case 'list':
      return [
        h(
          block.ordered ? 'ol' : 'ul',
          { class: 'tp-items' },
          block.items.map((item) =>
            h('li', {}, [
              h('strong', {}, [item.text]),
              ...cites(item.citations, o.citations),
              ...(item.detail ? [h('div', { class: 'tp-item-detail' }, [item.detail])] : []),
            ]),
          ),
        ),
      ];
    case 'table': {
      const cell = (c: TableColumn, value: string | number | null) => [
        document.createTextNode(formatCell(value, c, answer.lang)),
      ];
      const table = fitTable(
        block.columns.map((c) => ({
          label: [document.createTextNode(c.label)],
          priority: c.priority,
          numeric: isNumeric(c),
        })),
        block.rows.map((row) =>
          block.columns.map((c, i) => [
            ...cell(c, row.cells[c.key] ?? null),
            ...(i === 0 ? cites(row.citations, o.citations) : []),
          ]),
        ),
        { details: o.t.details },
      );
      return block.caption ? [h('p', { class: 'tp-caption' }, [block.caption]), table] : [table];
    }
    case 'notice':
      return [h('p', { class: 'tp-notice', 'data-tone': block.tone }, [block.text])];
    case 'citation_ref':
      return [h('p', {}, cites(block.n, o.citations))];
    case 'action': {
      const { message } = block;
      if (!message || !o.ask) return [h('p', { class: 'tp-note' }, [block.label])];
      const button = h('button', { type: 'button', class: 'tp-btn tp-action' }, [block.label]);
      const ask = o.ask;
      button.addEventListener('click', () => ask(message));
      return [button];
    }
  }
}

/** Renders an answer's blocks into a fragment; [n] markers link to its citations. */
export function renderAnswer(answer: Answer, options: AnswerViewOptions): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const block of answer.blocks) fragment.append(...renderBlock(block, answer, options));
  return fragment;
}
