// Sales channels the compliance tools understand, and whether a document written for a platform fits the channel.
import { InvalidInputError } from '../../core/errors';

/** Channel id -> the platform names documents use in their titles; a document naming only other platforms is left out. */
export const CHANNELS: Record<string, string[]> = {
  amazon: ['amazon'],
  ebay: ['ebay'],
  etsy: ['etsy'],
  'tiktok-shop': ['tiktok'],
  temu: ['temu'],
  shein: ['shein'],
  shopee: ['shopee'],
  lazada: ['lazada'],
  aliexpress: ['aliexpress'],
  'mercado-libre': ['mercado libre', 'mercadolibre'],
  'own-website': [],
};
const ALL_CHANNEL_NAMES = [...new Set(Object.values(CHANNELS).flat())];

export const CHANNEL_HELP = `Where you sell: ${Object.keys(CHANNELS).join(', ')}. Leaves out rules written for other platforms.`;

/** "TikTok Shop", "tiktok_shop" -> "tiktok-shop"; null when absent; an error naming the field when unknown. */
export function normalizeChannel(value: string | undefined): string | null {
  if (!value) return null;
  const channel = value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if (!(channel in CHANNELS))
    throw new InvalidInputError(`Unknown channel "${value}".`, [
      { path: 'channel', message: `use one of ${Object.keys(CHANNELS).join(', ')}` },
    ]);
  return channel;
}

/** False when the title names platforms and none of them is the channel. */
export function channelFits(title: string, channel: string | null): boolean {
  if (!channel) return true;
  const lower = title.toLowerCase();
  const named = ALL_CHANNEL_NAMES.filter((name) => lower.includes(name));
  return !named.length || named.some((name) => CHANNELS[channel].includes(name));
}
