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
