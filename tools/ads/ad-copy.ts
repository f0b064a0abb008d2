// The generate_ad_copy pipeline: variants from the model (or templates without one), validated against the
// platform spec and the claims linter, with the limits used and the sources behind every finding.
import type { Deps } from '../../core/deps';
import type { ModelCallContext } from '../../core/llm';
import type { ClaimContext } from '../claims/rules';
import { citationsFor, type Citation } from '../shared/citations';
import { isoDay } from '../../core/domain/rule-timing';
import { localeFor, usesImperial, type TargetMarket } from '../shared/target-market';
import { countChars } from '../text/length';
import { finalizeField, meetsMinimums, type AdVariant, type LintEntry } from './finalize';
import { AD_SPECS, type AdPlatform, type AdPlatformSpec } from './platform-specs';
import { restrictedFindings, type RestrictedFinding } from './restricted-products';
import {
  BRAND_PLACEHOLDER,
  phrasePackLanguage,
  productForMarket,
  templateCandidates,
  type AdProduct,
} from './templates';
import { regenerateShorter, writeVariants } from './write-with-llm';
import { adNote } from './note-texts';

export interface AdCopyInput {
  product: AdProduct & {
    offer?: AdProduct['offer'] & ClaimContext['offer'];
  };
  brand?: string;
  platform: AdPlatform;
  market: TargetMarket;
  language?: string;
  tone?: string;
  variants: number;
  keywords: string[];
  substantiated_claims: string[];
}

export interface AdCopyOutput {
  summary: string;
  platform: AdPlatform;
  market: string;
  language: string;
  mode: 'llm' | 'template';
  variants: AdVariant[];
  limits: Array<{
    field: string;
    max_chars: number;
    min_items: number;
    max_items: number;
    counting: string;
    limit: string;
    options?: string[];
  }>;
  restricted: RestrictedFinding[];
  lint: LintEntry[];
  notes: string[];
  sources: string[];
  citations: Citation[];
}

export async function generateAdCopy(
  input: AdCopyInput,
  deps: Deps,
  call?: ModelCallContext,
): Promise<AdCopyOutput> {
  const spec = AD_SPECS[input.platform];
  const language = input.language ?? input.market.language;
  const locale = localeFor(input.market, language);
  const brand = input.product.brand ?? input.brand;
  const product = productForMarket(
    { ...input.product, ...(brand ? { brand } : {}) },
    usesImperial(input.market) ? 'us' : 'metric',
    locale,
  );
  const restricted = restrictedFindings(
    [product.name, ...product.features, ...product.benefits].join(' '),
    input.platform,
  );
  const prohibited = restricted.filter((r) => r.status === 'prohibited');
  if (prohibited.length) return noAds(input, spec, language, restricted);
  const ctx: ClaimContext = {
    markets: input.market.ruleCodes,
    platform: input.platform,
    now: deps.now(),
    offer: input.product.offer,
    substantiated: input.substantiated_claims,
  };
  const notes: string[] = restricted.map((r) =>
    adNote('restricted', {
      label: r.label,
      platform: spec.label,
      policy: r.policy,
      source: r.source,
    }),
  );
  let mode: AdCopyOutput['mode'] = 'template';
  let raw: Array<Record<string, string[]>> | null = null;

  if (deps.llm) {
    const written = await writeVariants(
      deps.llm,
      {
        product,
        spec,
        market: input.market,
        language,
        tone: input.tone,
        keywords: input.keywords,
        variants: input.variants,
      },
      call,
    );
    if (written instanceof Error) notes.push(adNote('modelFailed', { error: written.message }));
    else {
      mode = 'llm';
      raw = await shortenOverLimit(
        written.slice(0, input.variants),
        input.platform,
        language,
        deps,
        call,
      );
    }
  } else notes.push(adNote('noModel'));
  if (mode === 'template' && phrasePackLanguage(language) !== language)
    notes.push(adNote('noPhrasePack', { language }));
  if (mode === 'template' && nameNeedsTranslation(product.name, language))
    notes.push(adNote('nameUntranslated', { name: product.name, language }));
  if (input.platform === 'amazon_sponsored_products') notes.push(adNote('sponsoredProducts'));

  if (!product.brand && spec.fields.some((f) => f.name === 'brand_name'))
    notes.push(
      adNote('brandPlaceholder', { platform: spec.label, placeholder: BRAND_PLACEHOLDER }),
    );

  const variants: AdVariant[] = [];
  const lint: LintEntry[] = [];
  let shortened = 0;
  let dropped = 0;
  for (let i = 0; i < input.variants; i += 1) {
    const variant: AdVariant = {};
    for (const field of spec.fields) {
      const fromModel = raw?.[i]?.[field.name] ?? [];
      const fallback = fitFirst(
        templateCandidates(field, product, input.keywords, language, i),
        field.maxChars,
        spec,
      );
      const want =
        mode === 'llm'
          ? Math.min(field.maxItems, Math.max(field.generate, fromModel.length))
          : field.generate;
      const result = finalizeField(
        [...fromModel, ...(mode === 'llm' && fromModel.length >= field.minItems ? [] : fallback)],
        field,
        spec,
        ctx,
        i + 1,
        want,
      );
      if (mode === 'llm' && result.items.length < field.minItems) {
        const topUp = finalizeField(
          fallback,
          field,
          spec,
          ctx,
          i + 1,
          field.minItems - result.items.length,
        );
        result.items.push(
          ...topUp.items.filter((t) => !result.items.some((r) => r.text === t.text)),
        );
        if (topUp.items.length) notes.push(adNote('toppedUp', { n: i + 1, field: field.name }));
      }
      variant[field.name] = result.items;
      lint.push(...result.lint);
      shortened += result.shortened;
      dropped += result.droppedTooLong;
    }
    if (meetsMinimums(variant, spec)) variants.push(variant);
    else notes.push(adNote('variantDropped', { n: i + 1, platform: spec.label }));
  }
  if (shortened) notes.push(adNote('shortened', { n: shortened }));
  if (dropped) notes.push(adNote('leftOut', { n: dropped }));

  const citations = await citationsFor(
    deps.db,
    lint.flatMap((l) => l.documents),
    isoDay(deps.now()),
  );
  const blocking = lint.filter((l) => l.action !== 'kept').length;
  return {
    summary: `${variants.length} ${spec.label} variant(s) for ${input.market.name} in ${language} (${mode}); ${blocking} blocking claim(s) fixed, ${lint.length - blocking} other finding(s).`,
    platform: input.platform,
    market: input.market.code,
    language,
    mode,
    variants,
    limits: limitsOf(spec),
    restricted,
    lint,
    notes,
    sources: spec.sources,
    citations,
  };
}

/** The answer for a product the platform prohibits: no variants, the policy and where it comes from. */
function noAds(
  input: AdCopyInput,
  spec: AdPlatformSpec,
  language: string,
  restricted: RestrictedFinding[],
): AdCopyOutput {
  const prohibited = restricted.filter((r) => r.status === 'prohibited');
  return {
    summary: `No ads written: ${prohibited.map((r) => r.label.toLowerCase()).join(' and ')} cannot be advertised on ${spec.label}.`,
    platform: input.platform,
    market: input.market.code,
    language,
    mode: 'template',
    variants: [],
    limits: limitsOf(spec),
    restricted,
    lint: [],
    notes: prohibited.map((r) =>
      adNote('prohibited', { label: r.label, policy: r.policy, source: r.source, date: r.as_of }),
    ),
    sources: spec.sources,
    citations: [],
  };
}

function limitsOf(spec: AdPlatformSpec): AdCopyOutput['limits'] {
  return spec.fields.map((f) => ({
    field: f.name,
    max_chars: f.maxChars,
    min_items: f.minItems,
    max_items: f.maxItems,
    counting:
      spec.counting === 'double_width'
        ? 'CJK and full-width characters count 2'
        : 'each character counts 1',
    limit: f.limit,
    ...(f.options ? { options: f.options } : {}),
  }));
}

/** Texts within the limit first, so a template is shortened at a word boundary only when nothing else fits. */
function fitFirst(texts: string[], maxChars: number, spec: AdPlatformSpec): string[] {
  const fits = (t: string) => countChars(t, spec.counting) <= maxChars;
  return [...texts.filter(fits), ...texts.filter((t) => !fits(t))];
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** The name is in another script or language than the copy: Chinese for English ads, English for German ads. */
function nameNeedsTranslation(name: string, language: string): boolean {
  if (CJK.test(name)) return !['zh', 'ja', 'ko'].includes(language);
  return language !== 'en' && /[A-Za-z]{3}/.test(name);
}

/** Over-limit model texts get one regeneration round; the word-boundary shortening later is the last resort. */
async function shortenOverLimit(
  variants: Array<Record<string, string[]>>,
  platform: AdPlatform,
  language: string,
  deps: Deps,
  call?: ModelCallContext,
): Promise<Array<Record<string, string[]>>> {
  const spec = AD_SPECS[platform];
  const over: Array<{ v: number; field: string; i: number; text: string; max: number }> = [];
  variants.forEach((variant, v) =>
    spec.fields.forEach((f) =>
      (variant[f.name] ?? []).forEach((text, i) => {
        if (countChars(text, spec.counting) > f.maxChars)
          over.push({ v, field: f.name, i, text, max: f.maxChars });
      }),
    ),
  );
  if (!over.length || !deps.llm) return variants;
  const rewrites = await regenerateShorter(deps.llm, over, spec, language, call);
  const copy = variants.map((v) =>
    Object.fromEntries(Object.entries(v).map(([k, list]) => [k, [...list]])),
  );
  over.forEach((o, n) => (copy[o.v][o.field][o.i] = rewrites[n]));
  return copy;
}
