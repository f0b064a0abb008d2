// Currency conversion from a dated FX table: the bundled tools/shared/fx-rates.json or the file named by
// FX_RATES_FILE (same format), validated so that a bad file fails with a message naming the problem.
import { z } from 'zod';
import { AppError, issuesFromZod } from '../../core/errors';
import bundled from './fx-rates.json';

const currency = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as EUR');

export const fxTableSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected the rates date as YYYY-MM-DD'),
  base: currency,
  source: z.string().optional(),
  rates: z
    .record(currency, z.number().positive('a rate must be a positive number'))
    .refine((r) => Object.keys(r).length > 0, 'at least one rate is needed'),
});

export type FxTable = z.output<typeof fxTableSchema> & { origin: 'bundled' | 'file' };

/** A bad FX_RATES_FILE; the message names the problem, never the file's path (it reaches users). */
export class FxRatesError extends AppError {
  constructor(message: string) {
    super('fx_rates_invalid', 500, message);
  }
}

export const BUNDLED_FX: FxTable = { ...fxTableSchema.parse(bundled), origin: 'bundled' };

/** The FX table in use: FX_RATES_FILE when configured (read on each call, so edits apply), else the bundled one. */
export async function loadFxTable(file: string | undefined): Promise<FxTable> {
  if (!file) return BUNDLED_FX;
  const { readFile } = await import('node:fs/promises');
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as { code?: string }).code ?? 'unreadable';
    throw new FxRatesError(`FX_RATES_FILE cannot be read (${code}); the operator should check it.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new FxRatesError('FX_RATES_FILE is not valid JSON; the operator should fix it.');
  }
  const parsed = fxTableSchema.safeParse(json);
  if (!parsed.success) {
    const issues = issuesFromZod(parsed.error)
      .map((i) => `${i.path}: ${i.message}`)
      .join('; ');
    throw new FxRatesError(
      `FX_RATES_FILE is invalid: ${issues}. Expected {"date":"YYYY-MM-DD","base":"EUR","rates":{"USD":1.16,...}}.`,
    );
  }
  return { ...parsed.data, origin: 'file' };
}

/** Units of `currency` per one unit of the table's base; undefined when the table lacks it. */
function perBase(table: FxTable, code: string): number | undefined {
  return code === table.base ? 1 : table.rates[code];
}

/** The rate from one currency to another (target units per source unit), or undefined when either is missing. */
export function fxRate(table: FxTable, from: string, to: string): number | undefined {
  const a = perBase(table, from);
  const b = perBase(table, to);
  if (a === undefined || b === undefined) return undefined;
  return b / a;
}

/** Minor-unit decimals of a currency (JPY 0, EUR 2). */
export function currencyDecimals(code: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
}

export function formatMoney(amount: number, code: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: code }).format(amount);
}

/** Whole days between the table's date and `now`. */
export function fxAgeDays(table: FxTable, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(`${table.date}T00:00:00Z`)) / 86_400_000);
}
