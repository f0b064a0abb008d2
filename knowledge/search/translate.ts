// Turns a question into the English text the index is searched with: Chinese terms through the glossary, plus
// the language model's own translation when one is configured (best effort, bounded by a short timeout).
import type { Deps } from '../../core/deps';
import { reportUsage, type ModelCallContext } from '../../core/llm';
import { glossaryTerms, hasChinese } from './glossary';

const TRANSLATE_TIMEOUT_MS = 8_000;

const SYSTEM =
  'Translate the user question about cross-border e-commerce regulation into concise English search terms ' +
  '(product, market, legal topic, official acronyms such as VAT, GPSR, CE, WEEE). Reply with the terms only.';

async function llmTranslation(
  deps: Deps,
  question: string,
  call?: ModelCallContext,
): Promise<string | null> {
  if (!deps.llm) return null;
  try {
    const response = await deps.llm.client.chat.completions.create(
      {
        model: deps.llm.model,
        temperature: 0,
        max_tokens: 80,
        messages: [
          { role: 'system', content: SYSTEM },
          { role: 'user', content: question },
        ],
      },
      { timeout: TRANSLATE_TIMEOUT_MS, maxRetries: 0, signal: call?.signal },
    );
    reportUsage(call, response.usage);
    return response.choices[0]?.message?.content?.trim() || null;
  } catch (err) {
    deps.log.warn('query translation failed; using the glossary only', { err });
    return null;
  }
}

export interface EnglishQuery {
  /** The text searched: the question's own Latin-script words plus English expansions. */
  text: string;
  glossary: string[];
  translation: string | null;
}

export async function toEnglishQuery(
  deps: Deps,
  question: string,
  call?: ModelCallContext,
): Promise<EnglishQuery> {
  if (!hasChinese(question)) return { text: question, glossary: [], translation: null };
  const glossary = glossaryTerms(question);
  const translation = await llmTranslation(deps, question, call);
  const latin = question.replace(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+/g, ' ').trim();
  return {
    text: [latin, ...glossary, translation ?? ''].filter(Boolean).join(' '),
    glossary,
    translation,
  };
}
