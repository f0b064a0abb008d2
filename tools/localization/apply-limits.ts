// Enforces a platform's listing limits on a localized listing: forbidden title characters removed, fields
// shortened at word boundaries (never mid-word), surplus bullets moved into the description, and a record of each.
import { countChars, shortenToFit } from '../text/length';
import type { ListingLimits } from './platform-limits';

export interface LimitApplied {
  field: 'title' | 'bullets' | 'description';
  /** Maximum characters (or bullets, for the count check). */
  max: number | null;
  unit: 'characters' | 'items';
  before: number;
  after: number;
  action:
    | 'within_limit'
    | 'shortened'
    | 'characters_removed'
    | 'items_moved_to_description'
    | 'merged_into_description'
    | 'over_limit'
    | 'under_minimum';
  note?: string;
}

export interface ListingText {
  title: string;
  bullets: string[];
  description: string;
}

export function applyListingLimits(
  listing: ListingText,
  limits: ListingLimits,
): { listing: ListingText; applied: LimitApplied[] } {
  const count = (s: string) => countChars(s, limits.counting);
  const applied: LimitApplied[] = [];

  // Title: forbidden characters first, then length.
  let title = listing.title;
  if (limits.forbiddenTitleChars.length) {
    const before = title;
    for (const ch of limits.forbiddenTitleChars) title = title.split(ch).join(' ');
    title = title.replace(/\s+/g, ' ').trim();
    if (title !== before)
      applied.push({
        field: 'title',
        max: limits.title.max,
        unit: 'characters',
        before: count(before),
        after: count(title),
        action: 'characters_removed',
        note: `removed ${limits.forbiddenTitleChars.filter((c) => before.includes(c)).join(' ')}`,
      });
  }
  const fitted = fitField('title', title, limits.title.max, limits);
  title = fitted.text;
  applied.push(fitted.record);
  if (limits.title.min && count(title) < limits.title.min)
    applied.push({
      field: 'title',
      max: limits.title.min,
      unit: 'characters',
      before: count(title),
      after: count(title),
      action: 'under_minimum',
      note: `${limits.label} wants at least ${limits.title.min} characters`,
    });

  // Bullets: a platform without a bullet field gets them at the top of the description.
  let bullets = listing.bullets;
  let description = listing.description;
  if (!limits.bullets) {
    if (bullets.length) {
      description = [bullets.map((b) => `• ${b}`).join('\n'), description]
        .filter(Boolean)
        .join('\n\n');
      applied.push({
        field: 'bullets',
        max: null,
        unit: 'items',
        before: bullets.length,
        after: 0,
        action: 'merged_into_description',
        note: `${limits.label} has no bullet field`,
      });
      bullets = [];
    }
  } else {
    const { maxItems, maxChars } = limits.bullets;
    if (bullets.length > maxItems) {
      const surplus = bullets.slice(maxItems);
      description = [surplus.map((b) => `• ${b}`).join('\n'), description]
        .filter(Boolean)
        .join('\n\n');
      applied.push({
        field: 'bullets',
        max: maxItems,
        unit: 'items',
        before: bullets.length,
        after: maxItems,
        action: 'items_moved_to_description',
      });
      bullets = bullets.slice(0, maxItems);
    }
    bullets = bullets.map((b) => {
      const r = fitField('bullets', b, maxChars, limits);
      if (r.record.action !== 'within_limit') applied.push(r.record);
      return r.text;
    });
    if (bullets.length)
      applied.push({
        field: 'bullets',
        max: maxChars,
        unit: 'characters',
        before: Math.max(...listing.bullets.map(count)),
        after: Math.max(...bullets.map(count)),
        action: bullets.every((b) => count(b) <= maxChars) ? 'within_limit' : 'over_limit',
        note: 'longest bullet',
      });
  }

  if (limits.description) {
    const r = fitField('description', description, limits.description.max, limits);
    description = r.text;
    applied.push(r.record);
  }
  return { listing: { title, bullets, description }, applied };
}

function fitField(
  field: LimitApplied['field'],
  text: string,
  max: number,
  limits: ListingLimits,
): { text: string; record: LimitApplied } {
  const before = countChars(text, limits.counting);
  if (before <= max)
    return {
      text,
      record: { field, max, unit: 'characters', before, after: before, action: 'within_limit' },
    };
  const short = shortenToFit(text, max, limits.counting);
  if (short === null)
    return {
      text,
      record: {
        field,
        max,
        unit: 'characters',
        before,
        after: before,
        action: 'over_limit',
        note: 'the first word alone is longer than the limit; shorten it by hand',
      },
    };
  return {
    text: short,
    record: {
      field,
      max,
      unit: 'characters',
      before,
      after: countChars(short, limits.counting),
      action: 'shortened',
    },
  };
}
