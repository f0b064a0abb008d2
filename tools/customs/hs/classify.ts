// classifyHs: six-digit HS 2022 candidates for a product description (English or Chinese) from the glossary of
// everyday names and the hybrid search over the nomenclature, fused by rank and shifted by material and use.
import type { Deps } from '../../../core/deps';
import { fusedScore } from '../../../knowledge/search/rank-fusion';
import { matchGlossary, type GlossaryMatch } from './glossary-match';
import { ensureHsIndex } from './hs-index';
import { hsQuery, type HsRow } from './hs-query';
import { loadNomenclature, HS_EDITION } from './nomenclature';
import { describesTrait, findTraits, type Trait } from './traits';

export interface ClassifyHsInput {
  description: string;
  limit?: number;
  material?: string;
  use?: string;
}

export interface HsCandidate {
  hs_code: string;
  description: string;
  heading: { code: string; description: string };
  chapter: { code: string; description: string };
  section: { code: string; description: string };
  score: number;
  why: string;
}

export interface ClassifyHsResult {
  candidates: HsCandidate[];
  notes: string[];
  /** The English text the nomenclature was searched with. */
  searched: string;
}

/** How much more a glossary hit counts than a rank in the vector or full-text list. */
const GLOSSARY_WEIGHT = 6;
/** The vector list counts for less than the full-text list: nomenclature lines are short, so near neighbours of
 *  a hashed (local) embedding often share only word pieces. */
const VECTOR_WEIGHT = 0.5;
/** Ranks between a glossary name's usual code and its alternatives, so the usual one stays ahead of them unless
 *  the named material or use says otherwise (alternatives that show it are moved up before spacing). */
const GLOSSARY_STEP = 30;
/** Score multiplier per named material or wearer a candidate's wording shows. */
const TRAIT_BONUS = 0.12;
const HAS_CHINESE = /[\u3400-\u9fff]/;

/** Glossary codes in rank order: each matched entry's codes, those that show the named traits first. */
function glossaryRanks(matches: GlossaryMatch[], traits: Trait[]): Map<string, GlossaryMatch> {
  const byCode = loadNomenclature().byCode;
  const ranked = new Map<string, GlossaryMatch>();
  for (const match of matches) {
    const fits = (code: string) =>
      traits.filter((t) => describesTrait(byCode.get(code)?.description ?? '', t)).length;
    const codes = match.entry.codes
      .map((code, i) => ({ code, i, fit: fits(code) }))
      .sort((a, b) => b.fit - a.fit || a.i - b.i);
    for (const { code } of codes) if (!ranked.has(code)) ranked.set(code, match);
  }
  return ranked;
}

/** The English text searched: the description's Latin words, plus the glossary's and the traits' English. */
function searchText(input: ClassifyHsInput, matches: GlossaryMatch[], traits: Trait[]): string {
  const given = [input.description, input.material, input.use].filter(Boolean).join(' ');
  if (!HAS_CHINESE.test(given)) return given;
  const latin = given.replace(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+/g, ' ').trim();
  return [latin, ...matches.map((m) => m.entry.en[0]), ...traits.map((t) => t.search)]
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/g, ' ');
}

function explain(
  row: HsRow,
  glossary: GlossaryMatch | undefined,
  traits: Trait[],
  rank: number | undefined,
): string {
  const parts: string[] = [];
  if (glossary)
    parts.push(
      rank === 1
        ? `"${glossary.term}" is usually classified here`
        : `"${glossary.term}" can also fall here`,
    );
  if (traits.length) parts.push(`wording matches ${traits.map((t) => t.id).join(', ')}`);
  if (row.matched.length) parts.push(`nomenclature text shares: ${row.matched.join(', ')}`);
  if (!parts.length && row.similarity !== null)
    parts.push(`close in wording (similarity ${row.similarity.toFixed(2)})`);
  return parts.join('; ');
}

export async function classifyHs(deps: Deps, input: ClassifyHsInput): Promise<ClassifyHsResult> {
  await ensureHsIndex(deps);
  const nomenclature = loadNomenclature();
  const limit = Math.max(1, Math.min(input.limit ?? 5, 20));
  const hinted = [input.description, input.material, input.use].filter(Boolean).join(' ');
  const matches = [
    ...matchGlossary(input.description),
    ...(input.use ? matchGlossary(input.use) : []),
  ];
  const traits = findTraits(hinted);
  const glossary = glossaryRanks(matches, traits);
  const glossaryOrder = [...glossary.keys()];
  const text = searchText(input, matches, traits);
  if (!/[a-z0-9]/i.test(text))
    return {
      candidates: [],
      notes: [
        'None of these words are in the glossary of everyday product names, and the nomenclature is searched in English: describe the product in English, or with its common name, material and use.',
      ],
      searched: text,
    };
  const [embedding] = await deps.embedder.embed([text]);
  const rows = await hsQuery(deps.db, {
    text,
    embedding,
    model: deps.embedder.model,
    codes: glossaryOrder,
  });
  // As in knowledge search: a line is shown only when the glossary names it, it shares a searched word, or it is
  // similar enough on the vector evidence alone.
  const relevant = rows.filter(
    (row) =>
      glossary.has(row.code) ||
      row.matched.length > 0 ||
      (row.similarity ?? 0) >= deps.embedder.minRelevantSimilarity,
  );
  const scored = relevant.map((row) => {
    const gRank = glossaryOrder.indexOf(row.code) + 1 || undefined;
    const shown = traits.filter((t) => describesTrait(row.description, t));
    const base = fusedScore(
      [gRank && (gRank - 1) * GLOSSARY_STEP + 1, row.vector_rank, row.text_rank],
      [GLOSSARY_WEIGHT, VECTOR_WEIGHT, 1],
    );
    // Scaled so that showing every named trait keeps the score within 0..1.
    const score = (base * (1 + TRAIT_BONUS * shown.length)) / (1 + TRAIT_BONUS * traits.length);
    return { row, score, why: explain(row, glossary.get(row.code), shown, gRank) };
  });
  scored.sort((a, b) => b.score - a.score || a.row.code.localeCompare(b.row.code));
  const candidates = scored.slice(0, limit).map(({ row, score, why }) => ({
    hs_code: row.code,
    description: row.description,
    heading: { code: row.heading, description: row.heading_description },
    chapter: { code: row.chapter, description: row.chapter_description },
    section: { code: row.section, description: nomenclature.sections.get(row.section) ?? '' },
    score: Math.round(score * 1000) / 1000,
    why,
  }));
  const notes = [
    `Six-digit ${HS_EDITION} subheadings only: the 8-10 digit national tariff line, its duty rate and any binding ruling are for the importer to confirm in the destination's tariff (EU: TARIC; UK: UK Trade Tariff; US: USITC HTS; other markets: their customs tariff).`,
  ];
  if (!matches.length)
    notes.push(
      'No everyday product name was recognised, so the candidates come from the nomenclature wording alone; check them against the product, or describe it with its common name, material and use.',
    );
  if (HAS_CHINESE.test(input.description) && !matches.length)
    notes.push(`Searched the English nomenclature for: ${text || '(nothing usable)'}`);
  return { candidates, notes, searched: text };
}
