// The time slots: a horizon ahead ("next 2 weeks", "this month", "before Christmas", "两周内") as a day count and an
// end date, and a look-back window of sales ("last 60 days", "过去30天").
import { parseSmallNumber } from './numbers';

export interface Horizon {
  days: number;
  /** The last day covered, YYYY-MM-DD. */
  until: string;
  /** What the seller said it by, e.g. "Christmas" or "2 weeks". */
  label: string;
}

const DAY = 86_400_000;
const utc = (y: number, m: number, d: number) => Date.UTC(y, m, d);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The fourth Thursday of November plus one: Black Friday. */
function blackFriday(year: number): number {
  const nov1 = new Date(utc(year, 10, 1)).getUTCDay();
  const firstThursday = 1 + ((4 - nov1 + 7) % 7);
  return utc(year, 10, firstThursday + 21 + 1);
}

// Lunar dates come from published calendars; first day of Ramadan (Umm al-Qura) and Chinese New Year.
const RAMADAN: Record<number, string> = {
  2025: '2025-03-01',
  2026: '2026-02-18',
  2027: '2027-02-08',
  2028: '2028-01-28',
  2029: '2029-01-16',
};
const LUNAR_NEW_YEAR: Record<number, string> = {
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
};
const fromTable = (table: Record<number, string>) => (year: number) =>
  table[year] ? Date.parse(table[year]) : undefined;

const EVENTS: Array<{ label: string; re: RegExp; date: (year: number) => number | undefined }> = [
  { label: 'Christmas', re: /christmas|xmas|圣诞|聖誕/i, date: (y) => utc(y, 11, 25) },
  { label: 'Black Friday', re: /black friday|黑五|黑色星期五/i, date: blackFriday },
  { label: 'Cyber Monday', re: /cyber monday|网一|網一/i, date: (y) => blackFriday(y) + 3 * DAY },
  // Amazon announces Prime Day each year; mid-July is the usual date.
  { label: 'Prime Day', re: /prime day|会员日|會員日/i, date: (y) => utc(y, 6, 15) },
  { label: 'Singles Day', re: /singles'? day|11\.11|双十一|雙十一/i, date: (y) => utc(y, 10, 11) },
  { label: 'Ramadan', re: /ramadan|斋月|齋月/i, date: fromTable(RAMADAN) },
  {
    label: 'Chinese New Year',
    re: /chinese new year|lunar new year|\bCNY\b|春节|春節/i,
    date: fromTable(LUNAR_NEW_YEAR),
  },
];

const UNIT_DAYS: Array<[RegExp, number]> = [
  [/^(days?|天|日)$/i, 1],
  [/^(weeks?|周|週|星期|个星期|個星期)$/i, 7],
  [/^(months?|个月|個月|月)$/i, 30],
];
const unitDays = (unit: string) => UNIT_DAYS.find(([re]) => re.test(unit))?.[1];
const NUM = String.raw`\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve`;
const ZH_NUM = '[0-9一二两兩三四五六七八九十]{1,3}';

function make(today: number, end: number, label: string): Horizon {
  return { days: Math.max(1, Math.round((end - today) / DAY) + 1), until: iso(end), label };
}

/** The horizon a message gives, counted from `now` (the last day included), or undefined. */
export function findHorizon(text: string, now: Date): Horizon | undefined {
  const today = utc(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const span = (n: number, per: number, label: string) => {
    const days = n * per;
    return { days, until: iso(today + (days - 1) * DAY), label };
  };
  const en = text.match(
    new RegExp(
      String.raw`\b(?:next|within|in|over the next|in the next|coming|for the next)\s+(?:the\s+)?(${NUM})\s*(days?|weeks?|months?)\b`,
      'i',
    ),
  );
  if (en) return span(parseSmallNumber(en[1])!, unitDays(en[2])!, `${en[1]} ${en[2]}`);
  const single = text.match(/\b(?:next|this coming|within a|in a)\s+(week|month)\b/i);
  if (single) return span(1, unitDays(single[1])!, `1 ${single[1]}`);
  const zh = text.match(
    new RegExp(
      `(?:未来|未來|接下来|接下來|最近)?(${ZH_NUM})\\s*(天|日|周|週|个星期|個星期|星期|个月|個月)(?:之?内|之?內|以内|以內)`,
    ),
  );
  if (zh) {
    const n = parseSmallNumber(zh[1]);
    if (n) return span(n, unitDays(zh[2])!, zh[0]);
  }
  const zhNext = text.match(
    new RegExp(`(?:未来|未來|接下来|接下來)(${ZH_NUM})\\s*(天|日|周|週|个星期|個星期|个月|個月)`),
  );
  if (zhNext) {
    const n = parseSmallNumber(zhNext[1]);
    if (n) return span(n, unitDays(zhNext[2])!, zhNext[0]);
  }
  if (/\b(this|end of( the)?) month\b|本月|这个月|這個月|月底/i.test(text)) {
    const end = utc(now.getUTCFullYear(), now.getUTCMonth() + 1, 0);
    return make(today, end, 'this month');
  }
  if (/\bthis week\b|本周|本週|这周|這週|这个星期|這個星期/i.test(text)) {
    const end = today + ((7 - new Date(today).getUTCDay()) % 7) * DAY;
    return make(today, end, 'this week');
  }
  for (const event of EVENTS) {
    if (!event.re.test(text)) continue;
    const year = now.getUTCFullYear();
    let at = event.date(year);
    if (at === undefined || at < today) at = event.date(year + 1);
    if (at !== undefined) return make(today, at - DAY, `before ${event.label}`);
  }
  return undefined;
}

/** A look-back window of sales ("last 60 days", "past 8 weeks", "过去30天", "近两周"), in days. */
export function findWindowDays(text: string): number | undefined {
  const en = text.match(
    new RegExp(
      String.raw`\b(?:last|past|previous|over the last|over the past)\s+(${NUM})\s*(days?|weeks?|months?)\b`,
      'i',
    ),
  );
  if (en) return parseSmallNumber(en[1])! * unitDays(en[2])!;
  const zh = text.match(
    new RegExp(
      `(?:过去|過去|近|最近|前)(${ZH_NUM})\\s*(天|日|周|週|个星期|個星期|个月|個月)(?!之?内|之?內|以内|以內)`,
    ),
  );
  const n = zh ? parseSmallNumber(zh[1]) : undefined;
  return zh && n ? n * unitDays(zh[2])! : undefined;
}
