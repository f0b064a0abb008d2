// Types for the non-code modules the Workers bundle imports (wrangler.toml [[rules]]).
declare module '*/widget/dist/widget.js' {
  /** The built chat widget script, as text. */
  const script: string;
  export default script;
}

declare module '*/knowledge/translations/dist/actions-zh.json' {
  /** knowledge/translations/zh/*.yaml merged: document id -> its translated seller actions. */
  const translations: Record<string, Array<{ en: string; zh: string }>>;
  export default translations;
}
