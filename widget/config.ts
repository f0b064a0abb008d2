// Reads the widget's settings from its <script> tag's data attributes and the host page.
import { pickLang, type Lang } from './i18n';

export type Theme = 'light' | 'dark' | 'auto';

export interface WidgetConfig {
  /** Publishable key sent as X-Tradepilot-Key; absent on the server's own demo page. */
  key?: string;
  /** Base URL of the tradepilot server (data-api, default: where widget.js was loaded from). */
  api: string;
  lang: Lang;
  theme: Theme;
  /** Brand colour (any CSS colour), validated by the browser. */
  color?: string;
  position: 'right' | 'left';
  /** Open the panel as soon as the widget loads (data-open="true"). */
  open: boolean;
}

/** The script element that loaded the widget (currentScript, or the last matching src as a fallback). */
export function findScript(doc: Document): HTMLScriptElement | null {
  const current = doc.currentScript;
  if (current instanceof HTMLScriptElement) return current;
  const all = doc.querySelectorAll<HTMLScriptElement>('script[src*="widget.js"]');
  return all.length ? all[all.length - 1] : null;
}

export function readConfig(
  data: Record<string, string | undefined>,
  scriptSrc: string | undefined,
  pageLang: string | undefined,
  pageUrl: string,
): WidgetConfig {
  const base =
    data.api || (scriptSrc ? new URL(scriptSrc, pageUrl).origin : new URL(pageUrl).origin);
  const theme = data.theme === 'light' || data.theme === 'dark' ? data.theme : 'auto';
  return {
    key: data.key?.trim() || undefined,
    api: new URL(base, pageUrl).href.replace(/\/+$/, ''),
    lang: pickLang(data.lang, pageLang),
    theme,
    color: data.color?.trim() || undefined,
    position: data.position === 'left' ? 'left' : 'right',
    open: data.open === 'true' || data.open === '',
  };
}
