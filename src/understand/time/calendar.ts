// Calendar arithmetic on plain (year, month, day) triples in UTC, and TIMEX3 value formatting.
// Kept apart so every resolver shares one definition of ISO weeks, quarters and seasons.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function parseYmd(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

export function toUtc(t: Ymd): Date {
  return new Date(Date.UTC(t.y, t.m - 1, t.d));
}

function fromUtc(dt: Date): Ymd {
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(t: Ymd, n: number): Ymd {
  return fromUtc(new Date(Date.UTC(t.y, t.m - 1, t.d + n)));
}

/** Shifts by whole months, clamping the day: Jan 31 + 1 month → Feb 28. */
export function addMonths(t: Ymd, n: number): Ymd {
  const total = t.y * 12 + (t.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { y, m, d: Math.min(t.d, last) };
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function weekday(t: Ymd): number {
  return ((toUtc(t).getUTCDay() + 6) % 7) + 1;
}

export function formatDay(t: Ymd): string {
  return `${pad(t.y, 4)}-${pad(t.m)}-${pad(t.d)}`;
}

/** ISO-8601 week: 2026-03-02 → "2026-W10" (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeek(t: Ymd): string {
  const thursday = addDays(t, 4 - weekday(t));
  const jan1 = toUtc({ y: thursday.y, m: 1, d: 1 });
  const week = 1 + Math.floor((toUtc(thursday).getTime() - jan1.getTime()) / 86_400_000 / 7);
  return `${pad(thursday.y, 4)}-W${pad(week)}`;
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** Western Easter Sunday (anonymous Gregorian algorithm), for "Easter" and "Good Friday". */
export function easter(y: number): Ymd {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The n-th given weekday of a month ("fourth Thursday of November" → Thanksgiving); n = -1 for the last. */
export function nthWeekday(y: number, m: number, dow: number, n: number): Ymd {
  if (n > 0) {
    const first = { y, m, d: 1 };
    return addDays(first, ((dow - weekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = { y, m, d: new Date(Date.UTC(y, m, 0)).getUTCDate() };
  return addDays(last, -((weekday(last) - dow + 7) % 7));
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}
