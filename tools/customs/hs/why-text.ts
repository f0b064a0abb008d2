// Why a subheading is a candidate, in the seller's language: the everyday name that is usually classified there,
// the material or wearer its wording or chapter shows, the seller's words the nomenclature text shares.
import type { AnswerLang } from '../../../core/answer';
import { hantName } from '../../../core/hant-names';
import { fill, type Texts } from '../../shared/answer-text';
import type { Trait } from './traits';

export interface WhyFacts {
  /** The glossary name that points here, and whether this is its usual subheading. */
  glossary?: { term: string; usual: boolean };
  /** Materials and wearers the line's wording shows. */
  worded: Trait[];
  /** Materials whose chapter the line is in (and its wording does not already show). */
  chapter?: { traits: Trait[]; code: string };
  /** The seller's words whose English the line's text shares. */
  shared: string[];
  similarity: number | null;
}

const TEXTS: Record<string, Texts> = {
  usual: {
    en: '"{term}" is usually classified here',
    'zh-Hans': '“{term}”通常归入此子目',
    'zh-Hant': '「{term}」通常歸入此子目',
  },
  also: {
    en: '"{term}" can also fall here',
    'zh-Hans': '“{term}”也可能归入此子目',
    'zh-Hant': '「{term}」也可能歸入此子目',
  },
  worded: {
    en: 'wording matches {traits}',
    'zh-Hans': '品目文字与{traits}相符',
    'zh-Hant': '品目文字與{traits}相符',
  },
  chapter: {
    en: 'chapter {code} covers goods of {traits}',
    'zh-Hans': '第 {code} 章为{traits}制品',
    'zh-Hant': '第 {code} 章為{traits}製品',
  },
  shared: {
    en: 'nomenclature text matches: {words}',
    'zh-Hans': '品目文字对应：{words}',
    'zh-Hant': '品目文字對應：{words}',
  },
  similar: {
    en: 'close in wording (similarity {value})',
    'zh-Hans': '措辞相近（相似度 {value}）',
    'zh-Hant': '措辭相近（相似度 {value}）',
  },
  nearest: {
    en: 'next closest line of the nomenclature',
    'zh-Hans': '品目表中其次相近的子目',
    'zh-Hant': '品目表中其次相近的子目',
  },
};

const SEPARATOR: Texts = { en: '; ', 'zh-Hans': '；', 'zh-Hant': '；' };
const LIST: Texts = { en: ', ', 'zh-Hans': '、', 'zh-Hant': '、' };

/** A trait as the seller reads it: its first Chinese word (in Traditional for zh-Hant) in Chinese, else its id. */
const traitName = (trait: Trait, lang: AnswerLang) =>
  lang === 'en' ? trait.id : lang === 'zh-Hant' ? hantName(trait.zh[0]) : trait.zh[0];

export function whyText(facts: WhyFacts, lang: AnswerLang): string {
  const list = (items: string[]) => [...new Set(items)].join(LIST[lang]);
  const parts: string[] = [];
  if (facts.glossary)
    parts.push(
      fill(facts.glossary.usual ? TEXTS.usual : TEXTS.also, lang, { term: facts.glossary.term }),
    );
  if (facts.worded.length)
    parts.push(
      fill(TEXTS.worded, lang, { traits: list(facts.worded.map((t) => traitName(t, lang))) }),
    );
  if (facts.chapter)
    parts.push(
      fill(TEXTS.chapter, lang, {
        code: facts.chapter.code,
        traits: list(facts.chapter.traits.map((t) => traitName(t, lang))),
      }),
    );
  if (facts.shared.length) parts.push(fill(TEXTS.shared, lang, { words: list(facts.shared) }));
  if (!parts.length && facts.similarity !== null)
    parts.push(fill(TEXTS.similar, lang, { value: facts.similarity.toFixed(2) }));
  if (!parts.length) parts.push(fill(TEXTS.nearest, lang));
  return parts.join(SEPARATOR[lang]);
}
