// Releases streamed model text sentence by sentence once each passes the grounding check, holds the sentences
// that carry an unsupported figure or citation, and in the rewrite pass drops what still fails.
import { checkSentence } from './check';
import { takeSentences } from './sentences';
import type { SupportIndex } from './support';

export interface GroundingReport {
  /** Figures and citation markers checked. */
  checked: number;
  /** Figures and markers found unsupported (first answer and rewrite). */
  unsupported: number;
  /** The model was asked once more to rewrite the held statements. */
  regenerated: boolean;
  /** Statements dropped because no source supported them. */
  removed: number;
}

export interface GuardOptions {
  index: SupportIndex;
  /** Whether [n] names a source of this turn. */
  hasSource: (n: number) => boolean;
  /** Sends released text to the user. */
  emit: (text: string) => void;
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

export class GroundingGuard {
  private buffer = '';
  private released = '';
  private readonly shown = new Set<string>();
  private breakBeforeNext = false;
  private rewriting = false;
  /** Sentences held back in the answer pass. */
  readonly held: string[] = [];
  /** Unsupported figures and markers as written, in order, without repeats. */
  readonly unsupported: string[] = [];
  private readonly report_: GroundingReport = {
    checked: 0,
    unsupported: 0,
    regenerated: false,
    removed: 0,
  };

  constructor(private readonly options: GuardOptions) {}

  /** Model text as it streams. */
  push(text: string): void {
    this.buffer += text;
    const { sentences, rest } = takeSentences(this.buffer);
    this.buffer = rest;
    for (const s of sentences) this.judge(s);
  }

  /** The model step ended: its last sentence is complete; the next release starts a new paragraph. */
  endStep(): void {
    const { sentences } = takeSentences(this.buffer, true);
    this.buffer = '';
    for (const s of sentences) this.judge(s);
    this.breakBeforeNext = true;
  }

  /** From now on (the rewrite), failing sentences are dropped, and sentences already shown are not repeated. */
  beginRewrite(): void {
    this.rewriting = true;
    this.report_.regenerated = true;
    this.breakBeforeNext = true;
  }

  /** The held sentences will not be rewritten (the rewrite failed): they count as removed. */
  dropHeld(): void {
    this.report_.removed += this.held.length;
  }

  /** Application text (notes), released as is in its own paragraph. */
  say(text: string): void {
    this.breakBeforeNext = true;
    this.release(text);
  }

  report(): GroundingReport {
    return { ...this.report_ };
  }

  private judge(sentence: string): void {
    if (!sentence.trim()) return this.release(sentence);
    if (this.rewriting && this.shown.has(normalise(sentence))) return;
    const result = checkSentence(sentence, this.options.index, this.options.hasSource);
    this.report_.checked += result.checked;
    if (!result.unsupported.length) return this.release(sentence);
    this.report_.unsupported += result.unsupported.length;
    for (const u of result.unsupported) if (!this.unsupported.includes(u)) this.unsupported.push(u);
    if (this.rewriting) this.report_.removed++;
    else this.held.push(sentence.trim());
    // Keep the line structure (list items, paragraphs) of what is shown.
    if (/\n\s*$/.test(sentence) && this.released && !this.released.endsWith('\n'))
      this.emitRaw('\n');
  }

  private release(text: string): void {
    if (this.breakBeforeNext && text.trim()) {
      if (this.released && !this.released.endsWith('\n\n'))
        this.emitRaw(this.released.endsWith('\n') ? '\n' : '\n\n');
      this.breakBeforeNext = false;
    }
    if (!this.released && !text.trim()) return;
    this.shown.add(normalise(text));
    this.emitRaw(this.released ? text : text.replace(/^\s+/, ''));
  }

  private emitRaw(text: string): void {
    if (!text) return;
    this.released += text;
    this.options.emit(text);
  }
}
