// Slack request signatures: v0 HMAC-SHA256 over `v0:timestamp:body` with the signing secret (Web Crypto, any runtime).
const encoder = new TextEncoder();

/** Slack's replay window: requests whose timestamp is further than this from now are refused. */
export const MAX_SKEW_SECONDS = 5 * 60;

export type SignatureCheck =
  { ok: true } | { ok: false; reason: 'missing_headers' | 'stale_timestamp' | 'bad_signature' };

const keys = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey(
      'raw',
      encoder.encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['verify'],
    );
    keys.set(secret, key);
  }
  return key;
}

function hexToBytes(hex: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[0-9a-f]{64}$/i.test(hex)) return null;
  const bytes = new Uint8Array(32);
  for (let i = 0; i < 32; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/**
 * Checks X-Slack-Request-Timestamp and X-Slack-Signature against the raw body. The comparison is
 * crypto.subtle.verify, which compares the MACs in constant time.
 */
export async function verifySlackSignature(input: {
  secret: string;
  timestamp: string | undefined;
  signature: string | undefined;
  body: string;
  now: Date;
}): Promise<SignatureCheck> {
  const { timestamp, signature } = input;
  if (!timestamp || !signature) return { ok: false, reason: 'missing_headers' };
  const seconds = /^\d{1,12}$/.test(timestamp) ? Number(timestamp) : NaN;
  if (
    !Number.isFinite(seconds) ||
    Math.abs(input.now.getTime() / 1000 - seconds) > MAX_SKEW_SECONDS
  )
    return { ok: false, reason: 'stale_timestamp' };
  const presented = signature.startsWith('v0=') ? hexToBytes(signature.slice(3)) : null;
  if (!presented) return { ok: false, reason: 'bad_signature' };
  const valid = await crypto.subtle.verify(
    'HMAC',
    await hmacKey(input.secret),
    presented,
    encoder.encode(`v0:${timestamp}:${input.body}`),
  );
  return valid ? { ok: true } : { ok: false, reason: 'bad_signature' };
}
