// The client IP for per-IP limits: the socket address, or with TRUST_PROXY the address the proxy in front reports.
import type { Context } from 'hono';

/** The address a trusted proxy reports: CF-Connecting-IP (set by Cloudflare), else the last X-Forwarded-For hop
 * (the one the proxy in front of us appended; earlier entries come from the client and can be forged). */
export function forwardedIp(c: Context): string | undefined {
  const cf = c.req.header('cf-connecting-ip')?.trim();
  if (cf) return cf;
  const hops = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  return hops.at(-1);
}

/** Without TRUST_PROXY forwarding headers are ignored: any client can send them. */
export function clientIpResolver(
  trustProxy: boolean,
  socketIp: (c: Context) => string,
): (c: Context) => string {
  return trustProxy ? (c) => forwardedIp(c) ?? socketIp(c) : socketIp;
}
