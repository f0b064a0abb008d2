// Tables that fit their message: priority-1 columns always show, priority 2 when there is room, the rest fold into
// a row's expandable detail; when even that is too wide, rows become cards. Measured, so a table never overflows.
import type { ColumnPriority } from '../core/answer';
import { h } from './render';

export interface FitColumn {
  label: Node[];
  priority: ColumnPriority;
  /** Figures are right-aligned. */
  numeric: boolean;
}

export interface FitTableText {
  details: string;
}

/**
 * The ways a table can be shown, widest first: full shows priorities 1 and 2 as columns, compact only priority 1,
 * cards one block per row (priority 1 with labels); whatever a mode does not show is in the row's detail.
 */
const MODES = ['full', 'compact', 'cards'] as const;

/** Picks the widest mode whose content fits the wrapper's width. */
function fit(wrapper: HTMLElement) {
  for (const mode of MODES) {
    wrapper.dataset.fit = mode;
    if (wrapper.scrollWidth <= wrapper.clientWidth + 1) return;
  }
}

/** A table of cells (DOM nodes) in a wrapper that refits whenever its width changes. */
export function fitTable(columns: FitColumn[], rows: Node[][][], text: FitTableText): HTMLElement {
  const folds = columns.some((c) => c.priority > 1);
  const attrs = (c: FitColumn): Record<string, string> => ({
    'data-priority': String(c.priority),
    ...(c.numeric ? { 'data-align': 'right' } : {}),
  });
  const head = h('tr', {}, [
    ...columns.map((c) => h('th', { scope: 'col', ...attrs(c) }, c.label)),
    ...(folds
      ? [h('th', { class: 'tp-fold' }, [h('span', { class: 'tp-sr' }, [text.details])])]
      : []),
  ]);
  const body = rows.flatMap((cells) => {
    const row = h(
      'tr',
      { class: 'tp-row' },
      columns.map((c, i) =>
        h(
          'td',
          { ...attrs(c), 'data-label': c.label.map((n) => n.textContent).join('') },
          cells[i],
        ),
      ),
    );
    if (!folds) return [row];
    const detail = h('tr', { class: 'tp-detail', hidden: '' }, [
      h('td', { colspan: String(columns.length + 1) }, [
        h(
          'dl',
          {},
          columns.flatMap((c, i) =>
            c.priority > 1
              ? [
                  h('div', { 'data-priority': String(c.priority) }, [
                    h(
                      'dt',
                      {},
                      c.label.map((n) => n.cloneNode(true)),
                    ),
                    h(
                      'dd',
                      {},
                      cells[i].map((n) => n.cloneNode(true)),
                    ),
                  ]),
                ]
              : [],
          ),
        ),
      ]),
    ]);
    const toggle = h(
      'button',
      { type: 'button', class: 'tp-toggle', 'aria-expanded': 'false', 'aria-label': text.details },
      ['▸'],
    );
    toggle.addEventListener('click', () => {
      const open = detail.hidden;
      detail.hidden = !open;
      toggle.setAttribute('aria-expanded', String(open));
      toggle.textContent = open ? '▾' : '▸';
    });
    row.append(h('td', { class: 'tp-fold' }, [toggle]));
    return [row, detail];
  });
  const wrapper = h(
    'div',
    { class: 'tp-table', role: 'region', tabindex: '0', 'aria-label': 'table', 'data-fit': 'full' },
    [h('table', {}, [h('thead', {}, [head]), h('tbody', {}, body)])],
  );
  let width = -1;
  new ResizeObserver(() => {
    if (wrapper.clientWidth === width) return;
    width = wrapper.clientWidth;
    fit(wrapper);
  }).observe(wrapper);
  return wrapper;
}
