// classify_hs as an answer: a summary line, the candidates as a table (code, description, heading, score, why)
// and the notes on what six digits do not settle.
import type { AnswerLang, Block } from '../../core/answer';
import { fill, MAX_ROWS, type Texts } from '../shared/answer-text';
import { SEARCHED_NOTE } from './hs/classify';

interface Candidate {
  hs_code: string;
  description: string;
  heading: { code: string; description: string };
  score: number;
  why: string;
}

interface Classification {
  candidates: Candidate[];
  notes: string[];
}

const SUMMARY: Texts = {
  en: 'Most likely HS 2022 subheading: {code} ({description}). {n} candidates:',
  'zh-Hans': '最可能的 HS 2022 六位子目：{code}（{description}）。共 {n} 个候选：',
  'zh-Hant': '最可能的 HS 2022 六位子目：{code}（{description}）。共 {n} 個候選：',
};
const NONE: Texts = {
  en: 'No HS subheading matched this description. Describe the product with its common name, material and use.',
  'zh-Hans': '没有与该描述匹配的 HS 子目。请写明商品的常用名称、材质和用途。',
  'zh-Hant': '沒有與該描述匹配的 HS 子目。請寫明商品的常用名稱、材質和用途。',
};
const SIX_DIGITS: Texts = {
  en: '',
  'zh-Hans':
    '仅为国际通用的六位编码：8-10 位的本国税号、税率和预裁定需由进口方在目的国税则中确认（欧盟 TARIC、英国 UK Trade Tariff、美国 USITC HTS 等）。',
  'zh-Hant':
    '僅為國際通用的六位編碼：8-10 位的本國稅號、稅率和預先裁定需由進口方在目的國稅則中確認（歐盟 TARIC、英國 UK Trade Tariff、美國 USITC HTS 等）。',
};
const COLUMNS: Record<string, Texts> = {
  code: { en: 'HS code', 'zh-Hans': 'HS 编码', 'zh-Hant': 'HS 編碼' },
  description: { en: 'Description', 'zh-Hans': '品目描述', 'zh-Hant': '品目描述' },
  heading: { en: 'Heading', 'zh-Hans': '品目', 'zh-Hant': '品目' },
  score: { en: 'Fit', 'zh-Hans': '匹配度', 'zh-Hant': '匹配度' },
  why: { en: 'Why', 'zh-Hans': '依据', 'zh-Hant': '依據' },
};

const SEARCHED: Texts = {
  en: '',
  'zh-Hans': '按英文品目检索的词：{text}',
  'zh-Hant': '按英文品目檢索的詞：{text}',
};

/** 851830 as 8518.30, the way tariffs print six-digit subheadings. */
export const dotted = (code: string) => `${code.slice(0, 4)}.${code.slice(4)}`;

export function classifyHsAnswer(out: Classification, lang: AnswerLang): Block[] {
  const searched = out.notes.find((n) => n.startsWith(SEARCHED_NOTE))?.slice(SEARCHED_NOTE.length);
  const notes =
    lang === 'en'
      ? out.notes
      : [SIX_DIGITS[lang], ...(searched ? [fill(SEARCHED, lang, { text: searched })] : [])];
  const noticeBlocks = notes.map((text): Block => ({ type: 'notice', tone: 'info', text }));
  const top = out.candidates[0];
  if (!top) return [{ type: 'paragraph', text: NONE[lang] }, ...noticeBlocks];
  const rows = out.candidates.slice(0, MAX_ROWS);
  return [
    {
      type: 'paragraph',
      text: fill(SUMMARY, lang, {
        code: dotted(top.hs_code),
        description: top.description,
        n: rows.length,
      }),
    },
    {
      type: 'table',
      columns: [
        { key: 'code', label: COLUMNS.code[lang], priority: 1 },
        { key: 'description', label: COLUMNS.description[lang], priority: 1 },
        { key: 'heading', label: COLUMNS.heading[lang], priority: 3 },
        { key: 'score', label: COLUMNS.score[lang], priority: 2, kind: 'number' },
        { key: 'why', label: COLUMNS.why[lang], priority: 3 },
      ],
      rows: rows.map((c) => ({
        cells: {
          code: dotted(c.hs_code),
          description: c.description,
          heading: `${c.heading.code} ${c.heading.description}`,
          score: c.score,
          why: c.why,
        },
      })),
    },
    ...noticeBlocks,
  ];
}
