// A seller action as a Chinese answer shows it: the translation of a document's "What sellers should do" bullet,
// else the English original, and the one notice that says some steps are in English.
import type { AnswerLang, Block } from '../../core/answer';
import { actionInChinese } from '../../knowledge/translations/actions-zh';
import type { Texts } from '../shared/answer-text';

const ENGLISH_ORIGINAL: Texts = {
  en: '',
  'zh-Hans': '部分步骤暂无中文译文，按英文原文显示。',
  'zh-Hant': '部分步驟暫無中文譯文，按英文原文顯示。',
};

/** Turns actions into the reader's language, remembering whether any stayed in English. */
export function actionTranslator(lang: AnswerLang) {
  let english = false;
  return {
    /** `action` of document `documentId` in `lang` (each Chinese script has its translation). */
    text(documentId: string, action: string): string {
      if (lang === 'en') return action;
      const zh = actionInChinese(documentId, action, lang);
      if (zh) return zh;
      if (!/[\u3400-\u9fff]/.test(action)) english = true;
      return action;
    },
    /** The notice to add once when some action stayed in English, else null. */
    notice(): Block | null {
      return english ? { type: 'notice', tone: 'info', text: ENGLISH_ORIGINAL[lang] } : null;
    },
  };
}
