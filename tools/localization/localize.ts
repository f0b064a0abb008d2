// The localize_listing pipeline: units and number formats, currency, optional model translation, platform limits,
// required notices with citations, and restricted-content flags, in that order, re-checked after the model.
import type { Deps } from '../../core/deps';
import type { CategoryMatch } from '../../core/domain/categories';
import type { ModelCallContext } from '../../core/llm';
import { lintText } from '../claims/lint';
import { applyListingLimits, type LimitApplied, type ListingText } from './apply-limits';
import { currencyDecimals, formatMoney, fxAgeDays, fxRate, loadFxTable } from '../shared/fx';
import { listingLimits, type Platform } from './platform-limits';
import { resolveNotices, type Notice } from './resolve-notices';
import { citationsFor, type Citation } from '../shared/citations';
import { consumerVat } from '../customs/consumer-vat';
import { isoDay } from '../../core/domain/rule-timing';
import { localeFor, usesImperial, type TargetMarket } from '../shared/target-market';
import { translateWithLlm } from './translate-llm';
import { warning } from './warning-texts';
import { ozMeansVolume } from '../shared/oz-context';
import {
  convertQuantity,
  convertText,
  formatNumber,
  parseUnit,
  roundTo,
  type Conversion,
  type QuantityContext,
} from '../shared/units';

export type AttributeValue = string | number | { value: number; unit: string };

export interface LocalizeInput {
  listing: {
    title: string;
    bullets: string[];
    description: string;
    attributes: Record<string, AttributeValue>;
    price?: { amount: number; currency: string };
  };
  category: CategoryMatch;
  source_market: TargetMarket;
  target_market: TargetMarket;
  platform: Platform;
  target_language?: string;
  source_language?: string;
  details: Record<string, string | undefined>;
}

export interface Warning {
  code: string;
  severity: 'blocking' | 'warning' | 'info';
  message: string;
  field?: string;
  text?: string;
  suggestion?: string;
  documents?: string[];
}

export interface LocalizeOutput {
  summary: string;
  mode: 'llm' | 'deterministic';
  category: CategoryMatch;
  source_market: string;
  target_market: string;
  platform: Platform;
  language: string;
  locale: string;
  listing: ListingText & { attributes: Record<string, string>; language: string };
  needs_translation: string[];
  conversions: Conversion[];
  price: {
    amount: number;
    currency: string;
    formatted: string;
    rate: number;
    rate_date: string;
    rates_source: string;
    from: { amount: number; currency: string };
    vat: { rate: number; amount: number; document_id: string } | null;
  } | null;
  notices: Notice[];
  warnings: Warning[];
  limits: LimitApplied[];
  platform_limits: { source: string; confidence: string };
  citations: Citation[];
}

const TEXT_FIELDS = ['title', 'bullets', 'description'] as const;

export async function localizeListing(
  input: LocalizeInput,
  deps: Deps,
  call?: ModelCallContext,
): Promise<LocalizeOutput> {
  const target = input.target_market;
  const language = input.target_language ?? target.language;
  const sourceLanguage = input.source_language ?? input.source_market.language;
  const locale = localeFor(target, language);
  const qctx: QuantityContext = {
    sourceLocale: input.source_market.locale,
    targetLocale: locale,
    system: usesImperial(target) ? 'us' : 'metric',
    ozIsVolume: ozMeansVolume([input.listing.title, ...input.listing.bullets]),
  };
  const warnings: Warning[] = [];
  if (input.category.note)
    warnings.push({
      code: `category_${input.category.match}`,
      severity: ['general', 'excluded'].includes(input.category.match) ? 'warning' : 'info',
      message: input.category.note,
    });
  const conversions: Conversion[] = [];

  // 1. Units in the text and attributes, for the target system and locale.
  const convert = (text: string, field: string) => {
    const r = convertText(text, field, qctx);
    conversions.push(...r.conversions);
    return r.text;
  };
  let text: ListingText = {
    title: convert(input.listing.title, 'title'),
    bullets: input.listing.bullets.map((b, i) => convert(b, `bullets.${i}`)),
    description: convert(input.listing.description, 'description'),
  };
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(input.listing.attributes)) {
    if (typeof value === 'object') {
      const unit =
        qctx.ozIsVolume && parseUnit(value.unit) === 'oz' && !/weight|mass|wt/i.test(key)
          ? 'fl oz'
          : value.unit;
      const r = convertQuantity(value.value, unit, `attributes.${key}`, qctx);
      if (!r) {
        warnings.push({
          code: 'unknown_unit',
          severity: 'warning',
          field: `attributes.${key}`,
          text: value.unit,
          message: warning('unknownUnit', { unit: value.unit }),
        });
        attributes[key] = `${value.value} ${value.unit}`;
      } else {
        attributes[key] = r.text;
        if (r.conversion) conversions.push(r.conversion);
      }
    } else
      attributes[key] =
        typeof value === 'number' ? String(value) : convert(value, `attributes.${key}`);
  }

  // 2. Price in the target currency from the dated FX table.
  const price = await convertPrice(input, target, locale, deps, warnings);

  // 3. Language: the model translates, or the fields are marked.
  const limits = listingLimits(input.platform);
  let mode: LocalizeOutput['mode'] = 'deterministic';
  let needsTranslation: string[] = [];
  const sameLanguage = language.split('-')[0] === sourceLanguage.split('-')[0];
  if (!sameLanguage) {
    const translated = deps.llm
      ? await translateWithLlm(
          deps.llm,
          {
            listing: text,
            sourceLanguage,
            targetLanguage: language,
            target,
            limits,
            category: input.category.id,
          },
          call,
        )
      : null;
    if (translated instanceof Error) {
      warnings.push({
        code: 'llm_failed',
        severity: 'warning',
        message: warning('translationSkipped', {
          error: translated.message,
          language: sourceLanguage,
        }),
      });
    }
    if (translated && !(translated instanceof Error)) {
      mode = 'llm';
      const expected = conversions
        .filter((c) => !c.field.startsWith('attributes.'))
        .map((c) => formatNumber(c.to.value, locale, 3));
      const all = [translated.title, ...translated.bullets, translated.description].join('\n');
      for (const value of expected)
        if (!all.includes(value))
          warnings.push({
            code: 'conversion_missing_after_translation',
            severity: 'warning',
            text: value,
            message: warning('conversionMissing', { value }),
          });
      text = translated;
    } else
      needsTranslation = TEXT_FIELDS.filter((f) =>
        f === 'bullets' ? text.bullets.length : text[f],
      );
  }

  // 4. Platform limits on the result.
  const limited = applyListingLimits(text, limits);
  text = limited.listing;

  // 5. Restricted or risky content in the final text.
  const ctx = {
    markets: target.ruleCodes,
    category: input.category.id,
    platform: input.platform,
    now: deps.now(),
  };
  const fields: Array<[string, string]> = [
    ['title', text.title],
    ...text.bullets.map((b, i): [string, string] => [`bullets.${i}`, b]),
    ['description', text.description],
    ...Object.entries(attributes).map(([k, v]): [string, string] => [`attributes.${k}`, v]),
  ];
  for (const [field, value] of fields)
    for (const f of lintText(value, field, ctx))
      warnings.push({
        code: f.rule_id,
        severity: f.severity,
        field,
        text: f.text,
        message: f.reason,
        suggestion: f.suggestion,
        documents: f.documents,
      });

  // 6. Required notices with citations.
  const resolved = await resolveNotices(
    deps.db,
    target,
    input.category.id,
    input.platform,
    language,
    input.details,
    isoDay(deps.now()),
  );
  for (const u of resolved.unbacked)
    warnings.push({
      code: 'notice_source_missing',
      severity: 'warning',
      message: warning('noticeSourceMissing', {
        title: u.title,
        documents: u.missing_documents.join(', '),
      }),
    });
  for (const n of resolved.notices)
    if (n.missing_details.length)
      warnings.push({
        code: 'notice_details_missing',
        severity: 'info',
        message: warning('fillInDetails', { fields: n.missing_details.join(', '), title: n.title }),
      });

  const blocking = warnings.filter((w) => w.severity === 'blocking').length;
  const summary = [
    `Localized for ${target.name} (${target.code}) on ${limits.label} in ${language}`,
    mode === 'llm'
      ? 'translated by the model and re-checked'
      : needsTranslation.length
        ? 'text not translated (no language model): marked needs_translation'
        : 'no translation needed',
    `${conversions.length} unit conversion(s)`,
    price ? `price ${price.formatted} at ${price.rate} (${price.rate_date})` : 'no price',
    `${resolved.notices.length} required notice(s)`,
    blocking ? `${blocking} blocking issue(s)` : `${warnings.length} warning(s)`,
  ].join('; ');

  return {
    summary,
    mode,
    category: input.category,
    source_market: input.source_market.code,
    target_market: target.code,
    platform: input.platform,
    language,
    locale,
    listing: {
      ...text,
      attributes,
      language: mode === 'llm' || sameLanguage ? language : sourceLanguage,
    },
    needs_translation: needsTranslation,
    conversions,
    price,
    notices: resolved.notices,
    warnings,
    limits: limited.applied,
    platform_limits: { source: limits.source, confidence: limits.confidence },
    citations: [
      ...resolved.citations,
      ...(await priceVatCitations(deps, warnings, resolved.citations)),
    ],
  };
}

async function convertPrice(
  input: LocalizeInput,
  target: TargetMarket,
  locale: string,
  deps: Deps,
  warnings: Warning[],
): Promise<LocalizeOutput['price']> {
  const source = input.listing.price;
  if (!source) return null;
  const table = await loadFxTable(deps.config.FX_RATES_FILE);
  const rate = fxRate(table, source.currency, target.currency);
  if (rate === undefined) {
    warnings.push({
      code: 'fx_rate_missing',
      severity: 'warning',
      message: warning('noFxRate', {
        date: table.date,
        from: source.currency,
        to: target.currency,
      }),
    });
    return null;
  }
  // Consumer prices in the EU and the UK include VAT: the source's VAT comes off, the target's goes on.
  const day = isoDay(deps.now());
  const fromVat = consumerVat(input.source_market.country, input.source_market.euMember, day);
  const toVat = consumerVat(target.country, target.euMember, day);
  const net = source.amount / (1 + (fromVat?.rule.value ?? 0) / 100);
  const decimals = currencyDecimals(target.currency);
  const amount = roundTo(net * rate * (1 + (toVat?.rule.value ?? 0) / 100), decimals);
  const vat = toVat && {
    rate: toVat.rule.value,
    amount: roundTo(amount - amount / (1 + toVat.rule.value / 100), decimals),
    document_id: toVat.rule.document_id,
  };
  if (fromVat || toVat)
    warnings.push({
      code: 'price_vat',
      severity: 'info',
      message: warning(fromVat && toVat ? 'priceVatBoth' : fromVat ? 'priceVatOut' : 'priceVatIn', {
        fromRate: fromVat?.rule.value ?? '',
        fromCountry: input.source_market.country,
        market: target.name,
        rate: toVat?.rule.value ?? '',
        amount: vat ? vat.amount : '',
        currency: target.currency,
      }),
      documents: [fromVat?.rule.document_id, toVat?.rule.document_id, toVat?.basis].filter(
        (d): d is string => Boolean(d),
      ),
    });
  const age = fxAgeDays(table, deps.now());
  if (table.origin === 'bundled')
    warnings.push({
      code: 'fx_indicative',
      severity: 'info',
      message: warning('fxIndicative', { date: table.date }),
    });
  if (age > 30)
    warnings.push({
      code: 'fx_rates_stale',
      severity: 'warning',
      message: warning('fxStale', { age, date: table.date }),
    });
  return {
    amount,
    currency: target.currency,
    formatted: formatMoney(amount, target.currency, locale),
    rate: roundTo(rate, 6),
    rate_date: table.date,
    rates_source:
      table.origin === 'file'
        ? `FX_RATES_FILE${table.source ? `: ${table.source}` : ''}`
        : (table.source ?? 'bundled'),
    from: { amount: source.amount, currency: source.currency },
    vat: vat ?? null,
  };
}

/** Citations for the VAT documents the price used that the notices do not already cite. */
async function priceVatCitations(
  deps: Deps,
  warnings: Warning[],
  cited: Citation[],
): Promise<Citation[]> {
  const ids = warnings.find((w) => w.code === 'price_vat')?.documents ?? [];
  return citationsFor(
    deps.db,
    ids.filter((id) => !cited.some((c) => c.id === id)),
    isoDay(deps.now()),
  );
}
