// One assistant message in the log: streamed Markdown until the whole answer arrives as blocks, tool activity,
// citations, and an error with a retry button.
import type { Answer } from '../core/answer';
import { citationFlags } from '../core/answer-format';
import { activityLabel } from './activity';
import { renderAnswer } from './answer-view';
import { format, type Strings } from './i18n';
import { safeHref } from './markdown';
import { h, renderMarkdown, type CitationRef } from './render';

export class AssistantMessage {
  readonly el: HTMLElement;
  private readonly body: HTMLElement;
  private readonly activity: HTMLElement;
  private readonly sources: HTMLElement;
  private text = '';
  private answer: Answer | null = null;
  private readonly citations = new Map<number, CitationRef>();
  private readonly pending = new Map<string, HTMLElement[]>();
  private frame = 0;

  constructor(
    private readonly t: Strings,
    private readonly onChange: () => void,
    private readonly ask?: (message: string) => void,
  ) {
    this.activity = h('ul', { class: 'tp-activity', hidden: '' });
    this.body = h('div', { class: 'tp-body' });
    this.sources = h('div', { class: 'tp-sources', hidden: '' });
    this.el = h('div', { class: 'tp-msg tp-assistant' }, [
      h('span', { class: 'tp-sr' }, [`${t.assistant}: `]),
      this.activity,
      this.body,
      this.sources,
    ]);
  }

  setStreaming(on: boolean) {
    this.el.setAttribute('aria-busy', String(on));
    this.body.classList.toggle('tp-typing', on);
    if (!on) this.renderNow();
  }

  appendText(delta: string) {
    this.text += delta;
    this.schedule();
  }

  setText(text: string) {
    this.text = text;
    this.renderNow();
  }

  /** The complete answer: its blocks replace the streamed text, its citations the ones streamed. */
  setAnswer(answer: Answer) {
    this.answer = answer;
    this.citations.clear();
    for (const c of answer.citations)
      this.citations.set(c.n, {
        n: c.n,
        title: c.title,
        url: c.url ?? '',
        standing: citationFlags(c, answer.lang).join(' · ') || undefined,
      });
    this.renderNow();
  }

  addCitation(ref: CitationRef) {
    this.citations.set(ref.n, ref);
    this.schedule();
  }

  /** Shows "Checking EU rules…" and returns the label (for the live region). */
  toolStarted(name: string, args: unknown): string {
    const label = activityLabel(name, args, this.t);
    const item = h('li', {}, [format(this.t.toolRunning, { label })]);
    this.activity.hidden = false;
    this.activity.append(item);
    this.pending.set(name, [...(this.pending.get(name) ?? []), item]);
    this.onChange();
    return label;
  }

  toolFinished(name: string, ok: boolean, summary: string) {
    const item = this.pending.get(name)?.shift();
    if (!item) return;
    const label = (item.textContent ?? '').replace(/…$/, '');
    item.className = ok ? 'tp-ok' : 'tp-fail';
    item.textContent = ok ? label : format(this.t.toolFailed, { label });
    if (summary) item.title = summary;
  }

  /** Tool steps that never reported back (a stopped or failed turn) stop spinning. */
  settleTools() {
    for (const items of this.pending.values())
      for (const item of items) {
        item.className = 'tp-fail';
        item.textContent = (item.textContent ?? '').replace(/…$/, '');
      }
    this.pending.clear();
  }

  showError(message: string, retry?: () => void) {
    const box = h('div', { class: 'tp-error', role: 'alert' }, [h('span', {}, [message])]);
    if (retry) {
      const button = h('button', { type: 'button', class: 'tp-btn tp-retry' }, [this.t.retry]);
      button.addEventListener('click', retry);
      box.append(button);
    }
    this.el.append(box);
    this.onChange();
  }

  showNote(text: string) {
    this.el.append(h('p', { class: 'tp-note' }, [text]));
    this.onChange();
  }

  private schedule() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => this.renderNow());
  }

  private renderNow() {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.body.replaceChildren(
      this.answer
        ? renderAnswer(this.answer, { t: this.t, citations: this.citations, ask: this.ask })
        : renderMarkdown(this.text, this.citations),
    );
    this.renderSources();
    this.onChange();
  }

  /** Sources the answer does not already list (blocks never do; streamed text may end with its own list). */
  private renderSources() {
    const missing = [...this.citations.values()]
      .filter((c) => this.answer !== null || !this.text.includes(c.url))
      .sort((a, b) => a.n - b.n);
    this.sources.hidden = missing.length === 0;
    if (!missing.length) return this.sources.replaceChildren();
    const list = h(
      'ol',
      {},
      missing.map((c) => {
        const href = safeHref(c.url);
        const title = href
          ? h('a', { href, target: '_blank', rel: 'noopener noreferrer nofollow' }, [c.title])
          : c.title;
        const standing = c.standing
          ? [h('span', { class: 'tp-standing' }, [` — ${c.standing}`])]
          : [];
        return h('li', { value: String(c.n) }, [title, ...standing]);
      }),
    );
    this.sources.replaceChildren(h('strong', {}, [this.t.sources]), list);
  }
}
