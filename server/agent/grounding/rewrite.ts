// What the grounded loop tells the model (a tool found nothing; rewrite the held statements) and the note the
// user reads when statements were removed, in English and Chinese.
import type { Lang } from '../language';

/** Lists in tool outputs that hold a search's findings. */
const FINDINGS = new Set(['results', 'obligations', 'topics', 'passages']);

/** For a search tool's output, whether it found anything relevant; null for other tools. */
export function searchFound(output: unknown): boolean | null {
  if (output === null || typeof output !== 'object' || Array.isArray(output)) return null;
  const lists = Object.entries(output).filter(([k, v]) => FINDINGS.has(k) && Array.isArray(v));
  if (!lists.length) return null;
  return lists.some(([, v]) => (v as unknown[]).length > 0);
}

/** Appended (outside the data markers) to a tool result that found nothing. */
export const NOT_COVERED_NOTE =
  'Application note: this search found nothing relevant, so the knowledge base does not cover this question. ' +
  'Say so plainly and suggest whom to ask; do not answer from general knowledge and state no figures, rates, ' +
  'dates or thresholds.';

export function rewriteInstruction(
  held: string[],
  unsupported: string[],
  notCovered: boolean,
): string {
  return [
    `The application withheld these statements of your answer because no tool result of this turn and no message of mine supports ${unsupported.map((u) => `"${u}"`).join(', ')}:`,
    ...held.map((s) => `- ${s}`),
    'The rest of your answer was already shown to me. Write only what should replace the withheld statements, ' +
      'in the same language, using only facts and figures that appear in the tool results (with their [n] ' +
      'references). Where the tool results do not give a figure, say that the sources do not state it. Do not ' +
      'repeat what was already shown and do not call tools.',
    ...(notCovered
      ? [
          'The tools found nothing relevant: say that the knowledge base does not cover this question.',
        ]
      : []),
  ].join('\n');
}

const REMOVED: Record<Lang, string> = {
  en: 'Some statements were removed because no source supported them.',
  'zh-Hans': '部分陈述因没有来源支持已被删除。',
  'zh-Hant': '部分陳述因沒有來源支持已被刪除。',
};

const NOT_COVERED: Record<Lang, string> = {
  en: 'The knowledge base does not cover this question; statements that no source supported were removed. Check with the relevant authority or a compliance adviser.',
  'zh-Hans': '知识库未涵盖这个问题，没有来源支持的陈述已被删除。请向相关主管机构或合规顾问确认。',
  'zh-Hant': '知識庫未涵蓋這個問題，沒有來源支持的陳述已被刪除。請向相關主管機構或合規顧問確認。',
};

export function removedNote(lang: Lang, notCovered: boolean): string {
  return `_${(notCovered ? NOT_COVERED : REMOVED)[lang]}_`;
}
