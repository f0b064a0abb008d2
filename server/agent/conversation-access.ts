// Who may read and continue a conversation: its owner (with the visitor token for widget visitors) or a caller
// that reads all (admin keys, local development). Slack conversations continue only through Slack.
export interface ConversationAccess {
  /** The owner recorded on conversations this caller starts: 'admin:<key id>', 'widget:<key id>',
   * 'slack:<team>:<channel>:<thread>', 'mcp:<client>', 'cli', 'local'. */
  owner: string;
  /** Admin keys and local development read (and continue) every conversation. */
  readsAll: boolean;
  /** Widget visitors: the token issued with the conversation's first answer. */
  visitorToken?: string;
}

/** Owners whose conversations get a visitor token: several visitors share one publishable key. */
export const needsVisitorToken = (owner: string) => owner.startsWith('widget:');

const hex = (bytes: ArrayBuffer) =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

export async function hashVisitorToken(token: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token)));
}

/** 256 random bits, URL-safe: unguessable, so only the visitor who received it can present it. */
export function newVisitorToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

export interface StoredOwnership {
  owner: string | null;
  visitor_hash: string | null;
}

/** True when the caller may see the conversation; `continuing` applies the Slack-only rule. */
export async function mayAccess(
  row: StoredOwnership,
  access: ConversationAccess,
  continuing: boolean,
): Promise<boolean> {
  if (continuing && row.owner?.startsWith('slack:') && !access.owner.startsWith('slack:'))
    return false;
  if (access.readsAll) return true;
  if (row.owner === null || row.owner !== access.owner) return false;
  if (row.visitor_hash === null) return true;
  return (
    access.visitorToken !== undefined &&
    (await hashVisitorToken(access.visitorToken)) === row.visitor_hash
  );
}
