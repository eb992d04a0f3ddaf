// How a resolved date reads to a person: "Tue 15 Oct 2024 — 3 days before publication".

import { MONTH_SHORT, WEEKDAY_SHORT } from "../words/calendar.js";

export function formatDateValue(value: string): string {
  const [y, m, d] = value.split("-").map(Number);
  if (d !== undefined && m !== undefined) {
    const date = new Date(Date.UTC(y!, m - 1, d));
    return `${WEEKDAY_SHORT[date.getUTCDay()]} ${d} ${MONTH_SHORT[m - 1]} ${y}`;
  }
  if (m !== undefined) return `${MONTH_SHORT[m - 1]} ${y}`;
  return String(y);
}

/** The value, and how far it lies from the reference day, at the value's own precision. */
export function describeDate(value: string, reference: string | undefined): string {
  const text = formatDateValue(value);
  if (!reference) return text;
  const precision = value.length;
  const ref = reference.slice(0, precision);
  if (value === ref)
    return `${text} — ${precision === 10 ? "the day of publication" : precision === 7 ? "the month of publication" : "the year of publication"}`;
  if (precision === 10) {
    const days = Math.round((Date.parse(value) - Date.parse(reference)) / 86_400_000);
    return `${text} — ${plural(Math.abs(days), "day")} ${days < 0 ? "before" : "after"} publication`;
  }
  if (precision === 7) {
    const months = (Number(value.slice(0, 4)) - Number(ref.slice(0, 4))) * 12 + Number(value.slice(5, 7)) - Number(ref.slice(5, 7));
    return `${text} — ${plural(Math.abs(months), "month")} ${months < 0 ? "before" : "after"} publication`;
  }
  const years = Number(value) - Number(ref);
  return `${text} — ${plural(Math.abs(years), "year")} ${years < 0 ? "before" : "after"} publication`;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}
