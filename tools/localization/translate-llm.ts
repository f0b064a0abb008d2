// Asks the configured chat model to translate and adapt a listing's title, bullets and description; the answer
// is parsed strictly and everything exact (units, limits, notices, claims) is re-checked by the caller.
import { z } from 'zod';
import type { Llm, ModelCallContext } from '../../core/llm';
import { notesFor } from '../shared/market-notes';
import { askModelJson } from '../shared/llm-json';
import type { ListingText } from './apply-limits';
import type { ListingLimits } from './platform-limits';
import type { TargetMarket } from '../shared/target-market';

const answerSchema = z.object({
  title: z.string().min(1),
  bullets: z.array(z.string()),
  description: z.string(),
});

export interface TranslateRequest {
  listing: ListingText;
  sourceLanguage: string;
  targetLanguage: string;
  target: TargetMarket;
  limits: ListingLimits;
  category: string;
}

export function translationPrompt(req: TranslateRequest): { system: string; user: string } {
  const notes = notesFor(req.target.code)?.notes ?? [];
  const bullets = req.limits.bullets
    ? `at most ${req.limits.bullets.maxItems} bullets of at most ${req.limits.bullets.maxChars} characters`
    : 'bullets as a list (they will be placed in the description)';
  const system = [
    `You localize e-commerce product listings for ${req.target.name} on ${req.limits.label}.`,
    `Translate from ${req.sourceLanguage} into ${req.targetLanguage} and adapt idiom, tone and local search terms for shoppers in ${req.target.name}.`,
    'Keep every number and unit exactly as written (they are already converted and formatted for the target market).',
    'Do not add claims, certifications, prices, discounts or health, environmental or ranking statements that are not in the source.',
    `Limits: title at most ${req.limits.title.max} characters; ${bullets}${req.limits.description ? `; description at most ${req.limits.description.max} characters` : ''}.`,
    ...(notes.length ? [`Market notes (industry report 2026): ${notes.join(' ')}`] : []),
    'Answer with one JSON object: {"title": string, "bullets": string[], "description": string}.',
  ].join('\n');
  const user = JSON.stringify({ category: req.category, ...req.listing });
  return { system, user };
}

/** The model's localized text, or an Error saying why it could not be used. */
export async function translateWithLlm(
  llm: Llm,
  req: TranslateRequest,
  call?: ModelCallContext,
): Promise<ListingText | Error> {
  return askModelJson(llm, answerSchema, { ...translationPrompt(req), temperature: 0.2 }, call);
}
