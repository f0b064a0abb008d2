// classifyHs: six-digit HS 2022 candidates for a product description (English or Chinese) from the glossary of
// everyday names and the hybrid search over the nomenclature (with the title put into weighted English), fused by
// rank and shifted by material and use; each candidate says why in the seller's language.
import type { Deps } from '../../../core/deps';
import { detectLanguage } from '../../../core/language';
import { rrf } from '../../../knowledge/search/rank-fusion';
import { matchGlossary, type GlossaryMatch } from './glossary-match';
import { ensureHsIndex } from './hs-index';
import { hsQuery, searchWords, type HsRow, type SearchWord } from './hs-query';
import { loadNomenclature, HS_EDITION } from './nomenclature';
import {
  chineseInEnglish,
  productQuery,
  productWords,
  queryText,
  withoutQuantities,
} from './product-query';
import { allowsMaterial, describesTrait, findTraits, type Trait } from './traits';
import { whyText } from './why-text';

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
const VECTOR_WEIGHT = 0.25;
/** Ranks between a glossary name's usual code and its alternatives, so the usual one stays ahead of them unless
 *  the named material or use says otherwise (alternatives that show it are moved up before spacing). */
const GLOSSARY_STEP = 30;
/** Ranks a glossary name loses when none of its codes is of the named material. */
const MATERIAL_MISMATCH = 1000;
/** Ranks a glossary name loses when the title names the product otherwise (see outnamed). */
const AFTER_PRODUCT = 300;

/** A glossary name after the title's first product word ("hair straightener ceramic plates" is not plates) or
 *  inside a longer one ("rain boots" are not just boots). */
const outnamed = (match: GlossaryMatch, products: Array<{ start: number; end: number }>) =>
  (products.length > 0 && match.start >= products[0].end) ||
  products.some(
    (p) =>
      p.start <= match.start && match.end <= p.end && p.end - p.start > match.end - match.start,
  );
/** Score multiplier per named material or wearer a candidate's wording shows. */
const TRAIT_BONUS = 0.12;

/**
 * Glossary codes in rank order: each matched entry's codes, those that show the named traits first. An entry none
 * of whose codes is of a named material ("paper plates": plates are ceramic, glass or plastic), or one named after
 * the title's first product word, ranks far lower.
 */
interface GlossaryRank {
  match: GlossaryMatch;
  /** Its rank as a list of its own, fused with the vector and full-text ranks. */
  rank: number;
}

function glossaryRanks(
  matches: GlossaryMatch[],
  traits: Trait[],
  products: Array<{ start: number; end: number }>,
): Map<string, GlossaryRank> {
  const byCode = loadNomenclature().byCode;
  const materials = traits.filter((t) => t.chapters);
  const ranked = new Map<string, GlossaryRank>();
  for (const match of matches) {
    const lines = match.entry.codes.flatMap((code) => byCode.get(code) ?? []);
    const fits = (line: (typeof lines)[number]) =>
      traits.filter((t) => describesTrait(line.description, t)).length;
    const ordered = lines
      .map((line, i) => ({ line, i, fit: fits(line) }))
      .sort((a, b) => b.fit - a.fit || a.i - b.i);
    const mismatch =
      (materials.length && !lines.some((line) => materials.some((t) => allowsMaterial(line, t)))
        ? MATERIAL_MISMATCH
        : 0) + (outnamed(match, products) ? AFTER_PRODUCT : 0);
    for (const { line } of ordered)
      if (!ranked.has(line.code))
        ranked.set(line.code, { match, rank: ranked.size * GLOSSARY_STEP + 1 + mismatch });
  }
  return ranked;
}

/** Headings of materials in primary forms (ingots, granules, unwrought metal, rough wood, pulp, raw fibres): a
 *  listing that names a material is almost always an article made of it, so these count for less. */
const PRIMARY_FORMS =
  /^(?:72\d\d|390[1-9]|391[0-4]|400[1-5]|740[1-7]|760[1-6]|26\d\d|440[1-7]|470\d|500[1-3]|510[1-5]|520[1-3]|550[1-7])$/;
const PRIMARY_FORM_FACTOR = 0.4;
/** Score multiplier for a line in the chapter of a named material whose wording does not show it. */
const CHAPTER_BONUS = 0.08;

/**
 * Fused score, 0..1: the glossary and vector lists by reciprocal rank (as knowledge search fuses), the full-text list by
 * its score relative to the best line's, so a line sharing only the material ("stainless steel") stays well behind one
 * sharing the product ("tweezers") however close their ranks.
 */
function fuse(
  glossaryRank: number | undefined,
  vectorRank: number | null,
  textShare: number,
): number {
  const top = (GLOSSARY_WEIGHT + VECTOR_WEIGHT + 1) * rrf(1);
  return (
    (GLOSSARY_WEIGHT * rrf(glossaryRank) + VECTOR_WEIGHT * rrf(vectorRank) + textShare * rrf(1)) /
    top
  );
}

/** The seller's words behind the searched words a line shares. */
function sharedWords(row: HsRow, words: Map<string, SearchWord>): string[] {
  return row.matched.flatMap((lexeme) => words.get(lexeme)?.from ?? []);
}

/** How the note naming the English searched for a Chinese description begins (the answer translates it). */
export const SEARCHED_NOTE = 'Searched the English nomenclature for: ';

export async function classifyHs(deps: Deps, input: ClassifyHsInput): Promise<ClassifyHsResult> {
  await ensureHsIndex(deps);
  const nomenclature = loadNomenclature();
  const lang = detectLanguage(input.description);
  const limit = Math.max(1, Math.min(input.limit ?? 5, 20));
  const hinted = [input.description, input.material, input.use].filter(Boolean).join(' ');
  const direct = matchGlossary(withoutQuantities(input.description));
  // A Chinese title also reaches the glossary through its English (登山包 → "hiking backpack").
  const english = lang === 'en' ? '' : chineseInEnglish(input.description, direct);
  const viaEnglish = matchGlossary(english).filter(
    (m) => !direct.some((n) => n.entry === m.entry) && !outnamed(m, productWords(english)),
  );
  const matches = [...direct, ...viaEnglish, ...(input.use ? matchGlossary(input.use) : [])];
  const traits = findTraits(`${hinted} ${english}`);
  const materials = traits.filter((t) => t.chapters);
  const glossary = glossaryRanks(matches, traits, productWords(input.description));
  const glossaryOrder = [...glossary.keys()];
  const terms = productQuery(input, matches);
  const text = queryText(terms);
  const words = await searchWords(deps.db, terms);
  if (!words.length && !glossaryOrder.length)
    return {
      candidates: [],
      notes: [
        'None of these words are in the glossary of everyday product names or the product-word dictionary, and the nomenclature is searched in English: describe the product in English, or with its common name, material and use.',
      ],
      searched: text,
    };
  const [embedding] = await deps.embedder.embed([text]);
  const rows = await hsQuery(deps.db, {
    words,
    embedding,
    model: deps.embedder.model,
    codes: glossaryOrder,
  });
  const topText = Math.max(1e-9, ...rows.map((r) => r.text_score ?? 0));
  const byLexeme = new Map(words.map((w) => [w.lexeme, w]));
  // As in knowledge search: a line counts as relevant when the glossary names it, it shares a searched word, or it
  // is similar enough on the vector evidence alone; the others only fill the list up to `limit`.
  const relevant = (row: HsRow) =>
    glossary.has(row.code) ||
    row.matched.length > 0 ||
    (row.similarity ?? 0) >= deps.embedder.minRelevantSimilarity;
  const scored = rows.map((row) => {
    const named = glossary.get(row.code);
    const worded = traits.filter((t) => describesTrait(row.description, t));
    const chaptered = materials.filter(
      (t) => !worded.includes(t) && t.chapters?.includes(row.chapter),
    );
    const base = fuse(named?.rank, row.vector_rank, (row.text_score ?? 0) / topText);
    // Scaled so that showing every named trait keeps the score within 0..1.
    const shown =
      (1 + TRAIT_BONUS * worded.length + CHAPTER_BONUS * chaptered.length) /
      (1 + TRAIT_BONUS * traits.length);
    const primary = !named && PRIMARY_FORMS.test(row.heading) ? PRIMARY_FORM_FACTOR : 1;
    const score = Math.min(1, base * shown * primary) * (relevant(row) ? 1 : 0.5);
    const why = whyText(
      {
        glossary: named && { term: named.match.term, usual: named.rank === 1 },
        worded,
        chapter: chaptered.length ? { traits: chaptered, code: row.chapter } : undefined,
        shared: sharedWords(row, byLexeme),
        similarity: row.similarity,
      },
      lang,
    );
    return { row, score, relevant: relevant(row), why };
  });
  scored.sort(
    (a, b) =>
      Number(b.relevant) - Number(a.relevant) ||
      b.score - a.score ||
      a.row.code.localeCompare(b.row.code),
  );
  // Lines shown only to fill the list never score above the relevant ones.
  let ceiling = 1;
  const candidates = scored.slice(0, limit).map(({ row, score, why }) => ({
    hs_code: row.code,
    description: row.description,
    heading: { code: row.heading, description: row.heading_description },
    chapter: { code: row.chapter, description: row.chapter_description },
    section: { code: row.section, description: nomenclature.sections.get(row.section) ?? '' },
    score: Math.round((ceiling = Math.min(ceiling, score)) * 1000) / 1000,
    why,
  }));
  const notes = [
    `Six-digit ${HS_EDITION} subheadings only: the 8-10 digit national tariff line, its duty rate and any binding ruling are for the importer to confirm in the destination's tariff (EU: TARIC; UK: UK Trade Tariff; US: USITC HTS; other markets: their customs tariff).`,
  ];
  if (!matches.length)
    notes.push(
      'No everyday product name was recognised, so the candidates come from the nomenclature wording alone; check them against the product, or describe it with its common name, material and use.',
    );
  if (lang !== 'en') notes.push(`${SEARCHED_NOTE}${text || '(nothing usable)'}`);
  return { candidates, notes, searched: text };
}
