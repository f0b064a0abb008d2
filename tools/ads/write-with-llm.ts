// Asks the configured chat model for ad variants in the platform's fields, and for shorter rewrites of texts that
// came back over a limit; answers are parsed strictly and validated by the caller.
import { z } from 'zod';
import type { Llm, ModelCallContext } from '../../core/llm';
import { askModelJson } from '../shared/llm-json';
import { countChars } from '../text/length';
import { notesFor } from '../shared/market-notes';
import type { AdPlatformSpec } from './platform-specs';
import type { AdProduct } from './templates';

export interface AdBrief {
  product: AdProduct;
  spec: AdPlatformSpec;
  market: { code: string; name: string };
  language: string;
  tone?: string;
  keywords: string[];
  variants: number;
}

export function adPrompt(brief: AdBrief): string {
  const fields = brief.spec.fields
    .map(
      (f) =>
        `"${f.name}": ${f.generate} text(s), each at most ${f.maxChars} characters${f.options ? ` chosen from ${f.options.join(', ')}` : ''}`,
    )
    .join('; ');
  const notes = notesFor(brief.market.code)?.notes ?? [];
  return [
    `You write ${brief.spec.label} copy for shoppers in ${brief.market.name}, in language "${brief.language}".`,
    `Fields per variant: ${fields}.`,
    brief.spec.counting === 'double_width'
      ? 'Chinese, Japanese and Korean characters count as 2 characters.'
      : 'Every character counts as 1.',
    `Tone: ${brief.tone ?? 'clear and friendly'}.`,
    'Use only facts from the product data. No health or medical claims, no "best" or "#1", no price reductions, no urgency or scarcity, no environmental claims, unless the product data states them as facts.',
    ...(notes.length ? [`Market notes (industry report 2026): ${notes.join(' ')}`] : []),
    `Answer with one JSON object: {"variants": [ ${brief.variants} objects keyed by the field names, each value a list of strings ]}.`,
  ].join('\n');
}

const variantsSchema = z.object({
  variants: z.array(z.record(z.string(), z.array(z.string()))).min(1),
});

/** Model-written variants, or an Error saying why they could not be used. */
export async function writeVariants(
  llm: Llm,
  brief: AdBrief,
  call?: ModelCallContext,
): Promise<Array<Record<string, string[]>> | Error> {
  const answer = await askModelJson(
    llm,
    variantsSchema,
    {
      system: adPrompt(brief),
      user: JSON.stringify({ product: brief.product, keywords: brief.keywords }),
      temperature: 0.7,
    },
    call,
  );
  return answer instanceof Error ? answer : answer.variants;
}

const shortenedSchema = z.object({ texts: z.array(z.string()) });

/**
 * Asks the model once to rewrite over-limit texts shorter; returns the rewrites in order (unchanged where the
 * model failed, so the caller's word-boundary shortening still applies).
 */
export async function regenerateShorter(
  llm: Llm,
  items: Array<{ text: string; max: number }>,
  spec: AdPlatformSpec,
  language: string,
  call?: ModelCallContext,
): Promise<string[]> {
  if (!items.length) return [];
  const answer = await askModelJson(
    llm,
    shortenedSchema,
    {
      system: `Rewrite each ad text shorter, in language "${language}", keeping its meaning; each must fit its character limit (${spec.counting === 'double_width' ? 'CJK characters count as 2' : 'every character counts as 1'}). Answer {"texts": [strings in the same order]}.`,
      user: JSON.stringify(
        items.map((i) => ({
          text: i.text,
          max_characters: i.max,
          now: countChars(i.text, spec.counting),
        })),
      ),
      temperature: 0.7,
    },
    call,
  );
  if (answer instanceof Error || answer.texts.length !== items.length)
    return items.map((i) => i.text);
  return answer.texts;
}
