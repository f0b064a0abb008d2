// The one place text becomes storable: query parameters lose NUL characters and lone surrogates (Postgres cannot
// store them in text or jsonb) before either driver sees them.
const NUL = new RegExp(String.fromCharCode(0), 'g');
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** A JSON escape Postgres' jsonb rejects: \u0000, or a surrogate escape (checked after parsing). */
const RISKY_JSON_ESCAPE = /\\u(0000|d[89a-f][0-9a-f]{2})/i;

/** The text with NUL removed and unpaired surrogate halves replaced by U+FFFD. */
export function storableText(text: string): string {
  return text.replace(NUL, '').replace(LONE_SURROGATE, '\ufffd');
}

function storableValue(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return storableText(value);
  if (depth > 32 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => storableValue(v, depth + 1));
  if (value instanceof Date || ArrayBuffer.isView(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [storableText(k), storableValue(v, depth + 1)]),
  );
}

/** A string parameter; JSON text (for jsonb columns) that escapes an unstorable character is cleaned inside. */
function storableString(text: string): string {
  if (RISKY_JSON_ESCAPE.test(text)) {
    try {
      return JSON.stringify(storableValue(JSON.parse(text), 0));
    } catch {
      // Not JSON: plain text that happens to contain a backslash sequence, which text columns store as is.
    }
  }
  return storableText(text);
}

/** Query parameters as both drivers may send them to Postgres. */
export function storableParams(params: unknown[]): unknown[] {
  return params.map((p) => (typeof p === 'string' ? storableString(p) : storableValue(p, 0)));
}
