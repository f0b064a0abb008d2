// API keys: admin keys and origin-bound publishable widget keys, kept only as SHA-256 hashes, compared in constant time.
export interface KeyEntry {
  /** A short public id derived from the hash, safe for logs and the audit table. */
  id: string;
  hash: Uint8Array;
}

export interface PublicKeyEntry extends KeyEntry {
  origins: string[];
}

export interface KeyRing {
  admin: KeyEntry[];
  widget: PublicKeyEntry[];
}

const encoder = new TextEncoder();

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

/** Constant-time comparison of two byte arrays (length is not secret: both are SHA-256 digests). */
export function timingSafeEqualBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

async function entry(key: string, prefix: string): Promise<KeyEntry> {
  const hash = await sha256(key);
  return { id: `${prefix}_${hex(hash).slice(0, 10)}`, hash };
}

/** Parses `key=origin1,origin2;key2=origin3` (TRADEPILOT_PUBLIC_KEYS). */
export function parsePublicKeys(
  value: string | undefined,
): Array<{ key: string; origins: string[] }> {
  if (!value) return [];
  return value
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const eq = part.indexOf('=');
      const key = (eq < 0 ? part : part.slice(0, eq)).trim();
      const origins =
        eq < 0
          ? []
          : part
              .slice(eq + 1)
              .split(',')
              .map((o) => o.trim().replace(/\/$/, ''))
              .filter(Boolean);
      if (!key) throw new Error('TRADEPILOT_PUBLIC_KEYS has an entry without a key');
      return { key, origins };
    });
}

export async function buildKeyRing(
  adminKeys: string[],
  publicKeys: string | undefined,
): Promise<KeyRing> {
  return {
    admin: await Promise.all(adminKeys.map((k) => entry(k, 'admin'))),
    widget: await Promise.all(
      parsePublicKeys(publicKeys).map(async ({ key, origins }) => ({
        ...(await entry(key, 'pk')),
        origins,
      })),
    ),
  };
}

/** Finds the entry whose hash matches the presented key, checking every entry (no early exit). */
export async function matchKey<T extends KeyEntry>(
  entries: T[],
  presented: string | undefined,
): Promise<T | null> {
  if (!presented) return null;
  const hash = await sha256(presented);
  let found: T | null = null;
  for (const candidate of entries)
    if (timingSafeEqualBytes(candidate.hash, hash)) found = candidate;
  return found;
}

/** The bearer token of an Authorization header, or undefined. */
export function bearerToken(header: string | undefined | null): string | undefined {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
  return match?.[1].trim();
}
