// Calendar arithmetic for date resolution: days as (year, month, day), all in UTC, never "today".

export interface Ymd {
  y: number;
  m: number; // 1-12
  d: number;
}

export const pad2 = (n: number): string => String(n).padStart(2, "0");
export const pad4 = (n: number): string => String(n).padStart(4, "0");
export const isoDay = (x: Ymd): string => `${pad4(x.y)}-${pad2(x.m)}-${pad2(x.d)}`;
export const isoMonth = (y: number, m: number): string => `${pad4(y)}-${pad2(m)}`;

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function addDays(x: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(x.y, x.m - 1, x.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function weekdayOf(x: Ymd): number {
  return new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay();
}

export function cmp(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function parseIso(s: string | undefined): Ymd | undefined {
  if (!s) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return undefined;
  const x = { y: +m[1], m: +m[2], d: +m[3] };
  return validDay(x.y, x.m, x.d) ? x : undefined;
}

export function monthShift(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

/** Western Easter Sunday of a year (the Anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** The n-th given weekday (0 = Sunday) of a month; n < 0 counts from the month's end (-1: the last). */
export function nthWeekday(y: number, m: number, weekday: number, n: number): Ymd {
  if (n > 0) {
    const first = weekdayOf({ y, m, d: 1 });
    return { y, m, d: 1 + ((weekday - first + 7) % 7) + 7 * (n - 1) };
  }
  const lastDay = daysInMonth(y, m);
  const last = weekdayOf({ y, m, d: lastDay });
  return { y, m, d: lastDay - ((last - weekday + 7) % 7) + 7 * (n + 1) };
}

/** The ISO 8601 week of a day: weeks begin on Monday, and week 1 is the one with the year's first Thursday. */
export function isoWeek(x: Ymd): { y: number; w: number } {
  const mondayBased = (weekdayOf(x) + 6) % 7;
  const thursday = addDays(x, 3 - mondayBased);
  const dayOfYear = (Date.UTC(thursday.y, thursday.m - 1, thursday.d) - Date.UTC(thursday.y, 0, 1)) / 86_400_000;
  return { y: thursday.y, w: 1 + Math.floor(dayOfYear / 7) };
}

/** A week as TimeML writes it: `2013-W11`. */
export const isoWeekValue = (x: Ymd): string => {
  const { y, w } = isoWeek(x);
  return `${pad4(y)}-W${pad2(w)}`;
};
