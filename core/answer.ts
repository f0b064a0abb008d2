// The answer model: what the assistant says, as typed blocks plus numbered citations; every surface renders it.

/** Languages answers are written in (summaries, headings, table headers). */
export type AnswerLang = 'en' | 'zh-Hans' | 'zh-Hant';

/** How important a table column is: 1 always shown, 2 shown when there is room, 3 folded into row detail first. */
export type ColumnPriority = 1 | 2 | 3;

export interface TableColumn {
  key: string;
  label: string;
  priority: ColumnPriority;
  /** Numbers are right-aligned and formatted for the locale. */
  kind?: 'text' | 'number' | 'money' | 'date' | 'percent';
  /** ISO currency code when kind is money and the whole column shares it. */
  currency?: string;
}

export type TableCell = string | number | null;

export interface TableRow {
  cells: Record<string, TableCell>;
  /** Citation numbers that back this row. */
  citations?: number[];
}

export interface ListItem {
  text: string;
  /** A second line: why, dates, where it applies. */
  detail?: string;
  citations?: number[];
}

export type Block =
  | { type: 'heading'; text: string; level?: 2 | 3 }
  /** Plain text written by the application (no Markdown inside). */
  | { type: 'paragraph'; text: string; citations?: number[] }
  /** Text a language model wrote: Markdown, rendered by the one shared safe renderer. */
  | { type: 'markdown'; text: string }
  | { type: 'list'; ordered?: boolean; items: ListItem[] }
  | { type: 'table'; columns: TableColumn[]; rows: TableRow[]; caption?: string }
  | { type: 'notice'; tone: 'info' | 'warning' | 'demo'; text: string }
  | { type: 'citation_ref'; n: number[] }
  /**
   * Something the reader can do next, e.g. "show all 47": `message` is what to send as the next chat message;
   * `tool` and `arguments` name the call that gives the full result (for surfaces that call tools directly).
   */
  | {
      type: 'action';
      label: string;
      message?: string;
      tool?: string;
      arguments?: Record<string, unknown>;
    };

export type BlockType = Block['type'];

/** How far a knowledge source can be trusted; renderers show it beside the citation. */
export interface SourceStanding {
  /** official: the legal text or a regulator's page; secondary: a law firm, vendor or news page. */
  source_kind: 'official' | 'secondary';
  /** A second link kept beside the first source. */
  secondary_url: string | null;
  /** Why the source is secondary, when known (e.g. "No official page found in the stored sources"). */
  source_note: string | null;
  /** The day ingestion last changed the document after its first load (YYYY-MM-DD). */
  updated_on: string | null;
  /** The information was checked more than 12 months ago. */
  check_for_updates: boolean;
}

/** A source as a tool declares it (tools/define-tool.ts `citations`); numbered when it joins an answer. */
export interface CitationSource extends Partial<SourceStanding> {
  document_id: string;
  title: string;
  url: string | null;
  market: string | null;
  as_of: string | null;
  status: string | null;
}

export interface AnswerCitation extends CitationSource {
  n: number;
}

export interface Answer {
  blocks: Block[];
  /** Only the sources the blocks cite, numbered 1..n in order of first citation. */
  citations: AnswerCitation[];
  /** The language the application's own text is written in (numbers are formatted for it). */
  lang?: AnswerLang;
}
