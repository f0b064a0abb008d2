// The metadata every knowledge document carries, validated with zod; user documents get defaults where silent.
import { z } from 'zod';
import { normalizeMarket } from '../../core/domain/markets';

export const TOPICS = [
  'vat-gst',
  'customs-duty',
  'product-safety',
  'certification',
  'labeling',
  'epr-packaging',
  'data-protection',
  'consumer-rights',
  'advertising-marketplace',
  'payments',
  'restricted-goods',
] as const;

export const STATUSES = ['in force', 'scheduled', 'changed'] as const;

/** Market of a document that applies everywhere (a platform policy, an internal SOP). */
export const GLOBAL_MARKET = 'GLOBAL';

const text = z
  .union([z.string(), z.number(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim()))
  .pipe(z.string());

const optionalText = text
  .nullable()
  .optional()
  .transform((v) => (v ? v : null));

const list = z
  .union([z.array(text), text])
  .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean));

export const documentMetaSchema = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/, 'letters, digits, dot, dash or underscore'),
  title: z.string().trim().min(1),
  market: z
    .string()
    .default(GLOBAL_MARKET)
    .transform((v, ctx) => {
      const code = v.trim().toUpperCase() === GLOBAL_MARKET ? GLOBAL_MARKET : normalizeMarket(v);
      if (code) return code;
      ctx.addIssue({
        code: 'custom',
        message: `unknown market "${v}" (use an ISO code, EU or GLOBAL)`,
      });
      return z.NEVER;
    }),
  topic: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]+$/, 'a lower-case slug such as vat-gst')
    .default('general'),
  categories: list
    .default(['all'])
    .transform((v) => (v.length ? v.map((c) => c.toLowerCase()) : ['all'])),
  effective: optionalText,
  milestones: z
    .array(
      z.object({
        date: text.pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')),
        change: z.string().trim().min(1),
      }),
    )
    .nullable()
    .optional()
    .transform((v) => v ?? []),
  status: z.string().trim().toLowerCase().default('in force').pipe(z.enum(STATUSES)),
  status_note: optionalText,
  as_of: optionalText,
  confidence: z
    .enum(['high', 'medium', 'low'])
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  source_title: optionalText,
  source_url: optionalText,
  keywords: list.default([]),
});

export type DocumentMeta = z.output<typeof documentMetaSchema>;

export const TOPIC_LABELS: Record<string, string> = {
  'vat-gst': 'VAT / GST and sales tax',
  'customs-duty': 'Customs duty and import thresholds',
  'product-safety': 'Product safety',
  certification: 'Certification and conformity marks',
  labeling: 'Labelling and language',
  'epr-packaging': 'EPR, packaging and take-back',
  'data-protection': 'Data protection',
  'consumer-rights': 'Consumer rights',
  'advertising-marketplace': 'Advertising and marketplace rules',
  payments: 'Payments',
  'restricted-goods': 'Restricted and prohibited goods',
};
