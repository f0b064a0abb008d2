// Types for the non-code modules the Workers bundle imports (wrangler.toml [[rules]]).
declare module '*/widget/dist/widget.js' {
  /** The built chat widget script, as text. */
  const script: string;
  export default script;
}
