// The input fields every inventory tool shares (date, window, filters, limit) and their resolution to query filters.
import { z } from 'zod';
import type { Deps } from '../../core/deps';
import { EU_MEMBERS, normalizeMarket } from '../../core/domain/markets';
import { isIsoDate, toIsoDate } from './dates';

const marketCode = z
  .string()
  .min(1)
  .max(60)
  .transform((value, ctx) => {
    const code = normalizeMarket(value);
    if (!code) {
      ctx.addIssue({
        code: 'custom',
        message: `unknown market "${value}": use an ISO code such as DE or a name such as Germany`,
      });
      return z.NEVER;
    }
    return code;
  });

export const commonInputFields = {
  as_of: z
    .string()
    .refine(isIsoDate, 'expected a calendar date as YYYY-MM-DD')
    .optional()
    .describe(
      'The day to evaluate, as YYYY-MM-DD (default today). Sales are counted over the days before it; inbound shipments arriving on or after it count as on the way.',
    ),
  window_days: z
    .number()
    .int()
    .min(2)
    .max(730)
    .default(28)
    .describe(
      'How many days of sales before as_of to average over (default 28). Days without sales count as zero.',
    ),
  skus: z
    .array(z.string().min(1).max(100))
    .max(500)
    .optional()
    .describe('Only these SKUs (case-insensitive), e.g. ["TP-EAR-001"]. Default: all.'),
  warehouses: z
    .array(z.string().min(1).max(100))
    .max(100)
    .optional()
    .describe('Only these warehouse codes (case-insensitive), e.g. ["FBA-DE"]. Default: all.'),
  markets: z
    .array(marketCode)
    .max(50)
    .optional()
    .describe(
      'Only warehouses serving these markets: ISO codes or names, e.g. ["DE"] or ["Germany"]; "EU" means every EU member state. Default: all.',
    ),
  limit: z
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(25)
    .describe('At most this many rows (default 25); the summary still counts every row.'),
};

export interface CommonInput {
  as_of?: string;
  window_days: number;
  skus?: string[];
  warehouses?: string[];
  markets?: string[];
  limit: number;
}

/** What the SQL query modules filter on; null means no filter. */
export interface PositionFilter {
  asOf: string;
  windowDays: number;
  skus: string[] | null;
  warehouses: string[] | null;
  markets: string[] | null;
}

export function resolveFilter(input: CommonInput, deps: Pick<Deps, 'now'>): PositionFilter {
  const markets = input.markets?.length
    ? [...new Set(input.markets.flatMap((m) => (m === 'EU' ? ['EU', ...EU_MEMBERS] : [m])))]
    : null;
  return {
    asOf: input.as_of ?? toIsoDate(deps.now()),
    windowDays: input.window_days,
    skus: input.skus?.length ? input.skus.map((s) => s.toLowerCase()) : null,
    warehouses: input.warehouses?.length ? input.warehouses.map((w) => w.toLowerCase()) : null,
    markets,
  };
}

/** Says which filters were applied, for summaries ("markets DE; window 28 days to 2025-06-01"). */
export function describeFilter(input: CommonInput, filter: PositionFilter): string {
  const parts: string[] = [];
  if (input.skus?.length) parts.push(`SKUs ${input.skus.join(', ')}`);
  if (input.warehouses?.length) parts.push(`warehouses ${input.warehouses.join(', ')}`);
  if (input.markets?.length) parts.push(`markets ${[...new Set(input.markets)].join(', ')}`);
  parts.push(`as of ${filter.asOf}, sales over the ${filter.windowDays} days before`);
  return parts.join('; ');
}
