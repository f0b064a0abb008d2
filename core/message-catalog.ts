// Messages a tool writes in English and an answer shows in the seller's language: each message is a template per
// language with {placeholders}; English text is matched back against the templates to fill the Chinese.
import { escapeRegExp } from './regexp';
import type { AnswerLang } from './answer';

export type MessageTexts = Record<AnswerLang, string>;

export interface MessageCatalog<Id extends string> {
  /** The message texts by id, for checks and for merging into another catalog. */
  texts: Record<Id, MessageTexts>;
  /** A message in English (what tool outputs carry). */
  text(id: Id, vars?: Record<string, string | number>): string;
  /**
   * An English message in `lang`; the values filled into a template are translated too when they are messages of
   * the catalog themselves (a category note inside a warning). Text matching no template stays as it is.
   */
  translate(text: string, lang: AnswerLang): string;
}

const fillIn = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

/** A template as a pattern capturing its {placeholders}; a repeated placeholder must repeat its value. */
function pattern(template: string): RegExp {
  const names: string[] = [];
  const source = template
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = part.match(/^\{(\w+)\}$/)?.[1];
      if (!name) return escapeRegExp(part);
      if (names.includes(name)) return `\\k<${name}>`;
      names.push(name);
      return `(?<${name}>.+?)`;
    })
    .join('');
  return new RegExp(`^${source}$`, 's');
}

export function messageCatalog<Id extends string>(
  texts: Record<Id, MessageTexts>,
): MessageCatalog<Id> {
  const entries = Object.values<MessageTexts>(texts).map((t) => ({ t, re: pattern(t.en) }));
  const translate = (text: string, lang: AnswerLang): string => {
    if (lang === 'en') return text;
    for (const { t, re } of entries) {
      const m = text.match(re);
      if (!m) continue;
      const vars = Object.fromEntries(
        Object.entries(m.groups ?? {}).map(([k, v]) => [k, translate(v, lang)]),
      );
      return fillIn(t[lang], vars);
    }
    return text;
  };
  return { texts, text: (id, vars = {}) => fillIn(texts[id].en, vars), translate };
}
