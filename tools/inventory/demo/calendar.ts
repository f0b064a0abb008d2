// Demand seasonality for the demo data: Q4 and Black Friday, Prime Day, Singles' Day, Ramadan, hemispheres, weekends.
import { daysBetween } from '../dates';

export type SeasonProfile =
  'steady' | 'gift' | 'winter' | 'summer' | 'ramadan' | 'fitness' | 'school';

/** Approximate first day of Ramadan 1446 AH; later ones follow every lunar year (354.37 days). */
const RAMADAN_1446 = '2025-03-01';
const LUNAR_YEAR = 354.367;

/** Day of Ramadan (0-29) on this date, or -1 outside it (approximate: real dates follow moon sightings). */
export function ramadanDay(date: string): number {
  const offset = daysBetween(RAMADAN_1446, date);
  const inYear = ((offset % LUNAR_YEAR) + LUNAR_YEAR) % LUNAR_YEAR;
  return inYear < 29.5 ? Math.floor(inYear) : -1;
}

/** Friday after the fourth Thursday of November (Black Friday, also White Friday in the Gulf). */
export function blackFriday(year: number): string {
  const nov1 = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  const firstThursday = 1 + ((4 - nov1 + 7) % 7);
  return `${year}-11-${String(firstThursday + 22).padStart(2, '0')}`;
}

/** Second Tuesday of July, the first of the two Prime Day days. */
function primeDay(year: number): string {
  const jul1 = new Date(Date.UTC(year, 6, 1)).getUTCDay();
  return `${year}-07-${String(1 + ((2 - jul1 + 7) % 7) + 7).padStart(2, '0')}`;
}

const SOUTHERN = new Set(['AU']);

/** The demand multiplier for one day, product profile, market and warehouse type. */
export function seasonFactor(
  date: string,
  profile: SeasonProfile,
  market: string,
  fba: boolean,
): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  let f = 1;

  // Q4 holiday season in western markets and Japan; gifts feel it most.
  const western = market !== 'CN' && market !== 'SA';
  if (western) {
    const q4 = month === 11 ? 1.3 : month === 12 ? (day <= 20 ? 1.7 : 0.9) : month === 1 ? 0.8 : 1;
    f *= profile === 'gift' ? q4 * q4 : q4;
  }
  const bf = daysBetween(blackFriday(year), date);
  if (market !== 'CN' && bf >= 0 && bf <= 3) f *= profile === 'gift' ? 3 : 2.2; // Black Friday to Cyber Monday
  if (fba && market !== 'SA' && Math.abs(daysBetween(primeDay(year), date) - 0.5) <= 0.5) f *= 2.2;
  if (market === 'CN' && month === 11 && day >= 9 && day <= 11) f *= 3; // Singles' Day

  // Hemisphere seasons.
  const summer = SOUTHERN.has(market) ? [12, 1, 2].includes(month) : [6, 7, 8].includes(month);
  const winter = SOUTHERN.has(market) ? [6, 7, 8].includes(month) : [12, 1, 2].includes(month);
  if (profile === 'winter') f *= winter ? 2 : summer ? 0.35 : 1;
  if (profile === 'summer') f *= summer ? 2 : winter ? 0.4 : 1;
  if (profile === 'fitness' && month === 1) f *= 1.8;
  if (profile === 'school' && (month === 8 || month === 9)) f *= 1.7;

  // Ramadan: strong in Saudi Arabia, present in European markets; gifting peaks before Eid.
  const r = ramadanDay(date);
  if (r >= 0) {
    const eidRush = r >= 20 ? 1.4 : 1;
    if (market === 'SA') f *= (profile === 'ramadan' ? 3.5 : 1.4) * eidRush;
    else if (profile === 'ramadan') f *= 1.8 * eidRush;
  } else if (profile === 'ramadan') f *= 0.6;

  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  f *= weekday === 0 || weekday === 6 ? 1.15 : 0.94;
  return f;
}
