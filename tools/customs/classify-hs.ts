// classify_hs: six-digit HS 2022 code candidates for a product described in English or Chinese.
import { z } from 'zod';
import { defineTool } from '../define-tool';
import { classifyHs } from './hs/classify';
import { classifyHsAnswer } from './classify-hs-answer';

export const CLASSIFY_HS = 'classify_hs';

const input = z.object({
  description: z
    .string()
    .trim()
    .min(2)
    .max(500)
    .describe(
      'The product as you would list it, in English or Chinese, e.g. "wireless earbuds with charging case" or "蓝牙耳机".',
    ),
  limit: z
    .number()
    .int()
    .min(1)
    .max(20)
    .default(5)
    .describe('How many candidate codes to return (default 5).'),
  material: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe(
      'What it is mainly made of, e.g. cotton, polyester, leather, silicone, stainless steel.',
    ),
  use: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('What it is for or who wears it, e.g. "for dogs", "women\'s", "kitchen".'),
});

const part = z.object({ code: z.string(), description: z.string() });

const candidate = z.object({
  hs_code: z.string().describe('Six-digit HS 2022 subheading.'),
  description: z.string().describe('The subheading as the nomenclature words it.'),
  heading: part.describe('The four-digit heading it belongs to.'),
  chapter: part.describe('The two-digit chapter.'),
  section: part.describe('The section (Roman numeral).'),
  score: z
    .number()
    .describe('How well it fits, 0 to 1 (relative; compare candidates, not products).'),
  why: z.string().describe('Why it is a candidate.'),
});

const output = z.object({
  candidates: z.array(candidate).describe('Candidate subheadings, best first.'),
  notes: z.array(z.string()).describe('What the codes do not cover and where to check them.'),
});

export type ClassifyHsOutput = z.output<typeof output>;

export const classifyHsTool = defineTool({
  name: CLASSIFY_HS,
  title: 'Find the HS code',
  description:
    'Suggests six-digit HS 2022 (Harmonized System) codes for a product described in English or Chinese, from the WCO nomenclature and a glossary of everyday product names, with why each fits. Material and use hints sharpen the result. National 8-10 digit lines, duty rates and binding rulings are not included; the notes say where to check them.',
  input,
  output,
  annotations: { readOnly: true },
  run: async (args, deps) => {
    const { candidates, notes } = await classifyHs(deps, args);
    return { candidates, notes };
  },
  toAnswer: classifyHsAnswer,
});
