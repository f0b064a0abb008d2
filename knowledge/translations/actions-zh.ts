// Chinese translations of the bundled documents' "What sellers should do" bullets (knowledge/translations/zh/*.yaml),
// looked up by document id and the exact English bullet: read from disk on first use, or handed over by a build
// without a filesystem (the Worker imports them as JSON built by `npm run build:translations`).
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { packageRoot } from '../../core/package-root';

/** Document id -> its translated bullets, as the YAML files hold them. */
export type ActionTranslations = Record<string, Array<{ en: string; zh: string }>>;

const fileShape = z.record(
  z.string(),
  z.array(z.object({ en: z.string().min(1), zh: z.string().min(1) }).strict()),
);

/** Where the translation files are: found on first use, so loading this module needs no filesystem. */
export function translationsDir(): string {
  return path.join(packageRoot(import.meta.url), 'knowledge', 'translations', 'zh');
}

/** One translation file's entries; throws naming the file and the entry when it is not the expected shape. */
export function parseTranslationFile(text: string, file: string): ActionTranslations {
  const parsed = fileShape.safeParse(parseYaml(text) ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue.path.join('.') || '(top)'} ${issue.message}`);
  }
  return parsed.data;
}

/** Every translation file in `dir`, merged. */
export function readTranslationFiles(dir: string = translationsDir()): ActionTranslations {
  const merged: ActionTranslations = {};
  for (const name of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort())
    Object.assign(
      merged,
      parseTranslationFile(fs.readFileSync(path.join(dir, name), 'utf8'), `${dir}/${name}`),
    );
  return merged;
}

let table: Map<string, Map<string, string>> | null = null;

/** Uses these translations instead of reading the files (a build without a filesystem). */
export function useActionTranslations(translations: ActionTranslations): void {
  table = new Map(
    Object.entries(translations).map(([id, items]) => [
      id,
      new Map(items.map((t) => [t.en, t.zh])),
    ]),
  );
}

/** The Chinese text of a document's bullet, or null when there is none for this exact English text. */
export function actionInChinese(documentId: string, english: string): string | null {
  if (!table) useActionTranslations(readTranslationFiles());
  return table?.get(documentId)?.get(english) ?? null;
}
