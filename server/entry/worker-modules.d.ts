// Types for the non-code modules the Workers bundle imports (wrangler.toml [[rules]]).
declare module '*/widget/dist/widget.js' {
  /** The built chat widget script, as text. */
  const script: string;
  export default script;
}

declare module '*/knowledge/translations/dist/actions-zh.json' {
  /** knowledge/translations/zh/*.yaml and zh-Hant/*.yaml merged: per script, document id -> its translated actions. */
  const translations: Record<
    'zh-Hans' | 'zh-Hant',
    Record<string, Array<{ en: string; zh: string }>>
  >;
  export default translations;
}
