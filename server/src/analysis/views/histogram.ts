// Dated mentions per day, month or year across a dump, for the timeline chart: every bin from
// the first to the last (empty ones too, so the chart is a plain row of bars). Pure.

import type { DateMention } from "../types.js";
import { type CalendarSpan, daysOf } from "./scope.js";

export type HistogramUnit = "day" | "month" | "year";
export const HISTOGRAM_UNITS: readonly HistogramUnit[] = ["day", "month", "year"];

/** Above this many bins a finer unit gives way to the next one (auto). */
const MOST_BINS = 400;

export interface HistogramBin {
  /** 2024-01-29, 2024-01 or 2024. */
  readonly key: string;
  /** The days it covers. */
  readonly span: CalendarSpan;
  readonly count: number;
  /** Its first mention in the dump's order. */
  readonly first?: DateMention;
}

export interface DateHistogram {
  readonly unit: HistogramUnit;
  readonly bins: readonly HistogramBin[];
  /** Mentions counted in the bins. */
  readonly counted: number;
  /** Mentions too coarse for the unit ("in 2023" on a chart by day). */
  readonly coarser: number;
  /** Mentions left outside the bins' range (a stray "1948" in a dump about 2024, on an automatic chart). */
  readonly outside: number;
}

const PRECISION: Record<HistogramUnit, number> = { day: 10, month: 7, year: 4 };

/** The share of dated mentions at either end an automatic chart may leave out to show the rest in finer bars. */
const OUTLYING = 0.02;

/**
 * The histogram of `dates` by `unit`. "auto" takes the finest unit that keeps the bins under
 * MOST_BINS and still counts most of the mentions, over the whole range of dates or, when that
 * is too wide, over the range of all but the OUTLYING earliest and latest.
 */
export function dateHistogram(dates: readonly DateMention[], unit: HistogramUnit | "auto" = "auto"): DateHistogram {
  if (unit !== "auto") return histogramBy(dates, unit);
  const central = centralRange(dates);
  for (const range of [undefined, central]) {
    const byMonth = histogramBy(dates, "month", range);
    const byDay = histogramBy(dates, "day", range);
    if (byDay.bins.length <= MOST_BINS && byDay.counted * 2 >= byMonth.counted) return byDay;
    if (byMonth.bins.length <= MOST_BINS) return byMonth;
  }
  return histogramBy(dates, "year");
}

/** The days from the OUTLYING quantile of the dates to the 1 − OUTLYING one. */
function centralRange(dates: readonly DateMention[]): CalendarSpan | undefined {
  if (!dates.length) return undefined;
  // padded as in overlaps(): the order is what counts here
  const starts = dates.map((d) => (d.value.length === 4 ? `${d.value}-01-01` : d.value.length === 7 ? `${d.value}-01` : d.value)).sort();
  const ends = dates.map((d) => (d.value.length === 4 ? `${d.value}-12-31` : d.value.length === 7 ? `${d.value}-31` : d.value)).sort();
  const cut = Math.floor(dates.length * OUTLYING);
  return { from: starts[cut]!, to: ends[ends.length - 1 - cut]! };
}

function histogramBy(dates: readonly DateMention[], unit: HistogramUnit, range?: CalendarSpan): DateHistogram {
  const precision = PRECISION[unit];
  const [low, high] = range ? [range.from.slice(0, precision), range.to.slice(0, precision)] : ["", "\uffff"];
  const counts = new Map<string, number>();
  const firsts = new Map<string, DateMention>();
  let coarser = 0;
  let outside = 0;
  for (const d of dates) {
    if (d.value.length < precision) coarser++;
    else {
      const key = d.value.slice(0, precision);
      if (key < low || key > high) {
        outside++;
        continue;
      }
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (!firsts.has(key)) firsts.set(key, d);
    }
  }
  const keys = [...counts.keys()].sort();
  const bins: HistogramBin[] = [];
  if (keys.length) {
    for (let key = keys[0]!; key <= keys.at(-1)!; key = next(key, unit)) {
      const first = firsts.get(key);
      bins.push({ key, span: daysOf(key), count: counts.get(key) ?? 0, ...(first ? { first } : {}) });
    }
  }
  return { unit, bins, counted: dates.length - coarser - outside, coarser, outside };
}

/** The bin after `key`. */
function next(key: string, unit: HistogramUnit): string {
  if (unit === "year") return String(Number(key) + 1).padStart(4, "0");
  const [year, month, day] = key.split("-").map(Number);
  const date = unit === "month" ? new Date(Date.UTC(year!, month!, 1)) : new Date(Date.UTC(year!, month! - 1, day! + 1));
  return date.toISOString().slice(0, PRECISION[unit]);
}
