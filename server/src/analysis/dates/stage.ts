// The date stage: each article's date expressions, resolved against the article's own day of
// publication (or the inferred one) and the years the dump gives month-days, kept with the article
// per reference day and anchors.

import { concatAll, type Placement } from "../document/articles.js";
import { type ArticleCore, type DumpDocument, ResultSlot } from "../document/dumpDocument.js";
import { sameCores } from "../entities/stage.js";
import { ArticleDates, DatesPlace, PlacedDateMention } from "../placedMentions.js";
import { type CancellationToken, type DateMention, isCancelled } from "../types.js";
import { collectYearAnchors, dayFirstOf, latestWrittenYear, NUMERIC_ORDER_KEY, numericDateOrder } from "./anchors.js";
import { type DateSpan, findDates } from "./resolve.js";
import { findTimexes, type TimexSpan } from "./timex.js";

/** An article's resolved dates, for the DateJob variant they were resolved under. */
export const DATES = new ResultSlot<{ variant: string; value: ArticleDates }>("dates");
/** Month-days an article writes with their year. */
const YEAR_ANCHORS = new ResultSlot<Map<string, number>>("yearAnchors");
/** The order in which an article writes numeric dates, as far as they show it. */
const NUMERIC_ORDER = new ResultSlot<"dayFirst" | "monthFirst" | undefined>("numericOrder");
/** The latest year an article writes as a date's year. */
const LATEST_YEAR = new ResultSlot<number | undefined>("latestYear");

/** What one article's dates are resolved against: its day (or none), the year of a bare month-day, the dump's anchors. */
export interface DateJob {
  reference: string | undefined;
  fallbackYear: number | undefined;
  anchors: ReadonlyMap<string, number>;
  /** Names the three above, for the article's cache. */
  variant: string;
}

/** One article's date expressions, resolved as `job` says (kept with the article). */
export function articleDates(core: ArticleCore, job: DateJob): ArticleDates {
  return core.variantResult(DATES, job.variant, () => new ArticleDates(datesOf(core.recognitionText, job)));
}

/** The date expressions of an article's text, resolved as `job` says. */
export function datesOf(text: string, job: Omit<DateJob, "variant">): DateSpan[] {
  return findDates(text, job.reference, { yearAnchors: job.anchors, fallbackYear: job.fallbackYear, dayFirst: dayFirstOf(job.anchors) });
}

/** The wider, TimeML reading of an article's text (every TIMEX3 DATE and TIME), resolved as `job` says: its days agree with {@link datesOf}. */
export function timexesOf(text: string, job: Omit<DateJob, "variant">): TimexSpan[] {
  return findTimexes(text, job.reference, { yearAnchors: job.anchors, fallbackYear: job.fallbackYear, dayFirst: dayFirstOf(job.anchors) });
}

/**
 * The dump-wide part of the date stage for a dump's articles as they were: the year anchors, and
 * per article the day its dates are resolved against or, without one, the fallback year. What a
 * session hands on to a later one on the same text (see DumpSession.restoreDumpWide).
 */
export interface DateAnchoring {
  anchors: ReadonlyMap<string, number>;
  jobs: readonly { reference: string | undefined; fallbackYear: number | undefined }[];
}

/** The date mentions of a whole document; kept per document: the names of its sets of year anchors. */
export class DateStage {
  /** The last jobs and the articles they were made for (what dumpWide hands on). */
  private last: { cores: readonly ArticleCore[]; jobs: DateJob[] } | undefined;
  /** Jobs an earlier session made, standing while the articles are those they were made for. */
  private restored: { cores: readonly ArticleCore[]; jobs: DateJob[] } | undefined;
  /**
   * Short names for sets of anchors (they name every article's kept dates: a few kilobytes of
   * anchors copied into each variant made megabytes of garbage per keystroke). Names are never
   * reused: forgetting them (bounded) costs only recomputed dates.
   */
  private readonly anchorIds = new Map<string, string>();
  private nextAnchorsId = 0;

  /** Each article's DateJob (the dump-wide part of the date stage: cheap, and cached per article where it reads text). */
  dateJobs(doc: DumpDocument): DateJob[] {
    if (this.restored && sameCores(this.restored.cores, doc)) return this.restored.jobs;
    this.restored = undefined;
    const jobs = this.makeJobs(doc);
    this.last = { cores: doc.slots.map((slot) => slot.core), jobs };
    return jobs;
  }

  /** The jobs of the document's articles as they are, when the stage made (or was handed) them. */
  dumpWide(doc: DumpDocument): DateAnchoring | undefined {
    const held = [this.restored, this.last].find((h) => h && sameCores(h.cores, doc));
    return held && { anchors: held.jobs[0]?.anchors ?? new Map<string, number>(), jobs: held.jobs };
  }

  /** Takes the anchors and jobs made for the document's articles as they are now (one job per article). */
  restore(doc: DumpDocument, state: DateAnchoring): boolean {
    if (state.jobs.length !== doc.slots.length) return false;
    const anchors = new Map(state.anchors);
    const key = this.anchorsId(anchorsText(anchors));
    const jobs = state.jobs.map(({ reference, fallbackYear }) => ({
      reference,
      fallbackYear,
      anchors,
      variant: `${reference ?? ""}@${fallbackYear ?? ""}@${key}`,
    }));
    this.restored = { cores: doc.slots.map((slot) => slot.core), jobs };
    return true;
  }

  /**
   * Works out, for article `article` of jobs handed over (restore), what making the jobs again
   * after an edit reads of it (its year anchors), so that the first edit does not read every article.
   */
  prepare(doc: DumpDocument, article: number): void {
    const core = doc.slots[article]?.core;
    if (core) {
      core.result(YEAR_ANCHORS, () => collectYearAnchors(core.recognitionText));
      core.result(NUMERIC_ORDER, () => numericDateOrder(core.recognitionText));
    }
  }

  private makeJobs(doc: DumpDocument): DateJob[] {
    const dates = doc.dates();
    const { anchors, key } = this.dumpYearAnchors(doc);
    const references = doc.slots.map((slot, article) => slot.core.structure.published ?? dates[article]!.published ?? dates[article]!.inferred);
    const nearest = nearestYears(references);
    let dumpYear: number | null | undefined; // the latest year written in the dump, computed when first needed
    return references.map((reference, article) => {
      // An article without a date of its own may still have a wire dateline's month-day
      // ("PARIS, June 10 (Reuters) -"): its year is that of the nearest article with a date, else
      // the latest year the dump writes.
      let fallbackYear: number | undefined;
      if (!reference) {
        fallbackYear = nearest[article];
        if (fallbackYear === undefined) {
          dumpYear ??= latestDumpYear(doc) ?? null;
          fallbackYear = dumpYear ?? undefined;
        }
      }
      return { reference, fallbackYear, anchors, variant: `${reference ?? ""}@${fallbackYear ?? ""}@${key}` };
    });
  }

  mentions(doc: DumpDocument, placement: Placement, token: CancellationToken): DateMention[] | undefined {
    const jobs = this.dateJobs(doc);
    const mentions: DateMention[][] = [];
    for (let article = 0; article < doc.slots.length; article++) {
      if (isCancelled(token)) return undefined;
      const slot = doc.slots[article]!;
      const dates = articleDates(slot.core, jobs[article]!);
      mentions.push(
        placement.mentions(slot, article, dates, "", () => {
          const place = new DatesPlace(article, slot.start, slot.core.lineStarts, dates);
          return Array.from({ length: dates.length }, (_, i): DateMention => new PlacedDateMention(place, i));
        }),
      );
    }
    return concatAll(mentions);
  }

  /**
   * Month-days the dump writes with a year ("Oct. 7, 2023"), so that "the Oct 7 attack" elsewhere
   * takes that year. Collected per article (kept with it) and merged by how many articles agree.
   * With them, the order of the dump's numeric dates (under NUMERIC_ORDER_KEY): the one its
   * template's date fields show, else the one its articles' numeric dates show, when none shows
   * the other ("26/11/2026" in one article makes "04/12/2026" in another the 4th of December).
   */
  private dumpYearAnchors(doc: DumpDocument): { anchors: Map<string, number>; key: string } {
    const votes = new Map<string, Map<number, number>>();
    const orders = new Set<"dayFirst" | "monthFirst">();
    for (const slot of doc.slots) {
      const order = slot.core.result(NUMERIC_ORDER, () => numericDateOrder(slot.core.recognitionText));
      if (order) orders.add(order);
      for (const [monthDay, year] of slot.core.result(YEAR_ANCHORS, () => collectYearAnchors(slot.core.recognitionText))) {
        const byYear = votes.get(monthDay) ?? new Map<number, number>();
        byYear.set(year, (byYear.get(year) ?? 0) + 1);
        votes.set(monthDay, byYear);
      }
    }
    const anchors = new Map<string, number>();
    for (const [monthDay, byYear] of [...votes].sort((a, b) => a[0].localeCompare(b[0]))) {
      const [year] = [...byYear].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
      anchors.set(monthDay, year);
    }
    const dayFirst = doc.profile.dayFirst ?? (orders.size === 1 ? orders.has("dayFirst") : undefined);
    if (dayFirst !== undefined) anchors.set(NUMERIC_ORDER_KEY, dayFirst ? 1 : 0);
    return { anchors, key: this.anchorsId(anchorsText(anchors)) };
  }

  private anchorsId(anchors: string): string {
    let id = this.anchorIds.get(anchors);
    if (id === undefined) {
      if (this.anchorIds.size >= 256) this.anchorIds.clear();
      this.anchorIds.set(anchors, (id = `a${this.nextAnchorsId++}`));
    }
    return id;
  }
}

/** A set of anchors as the text its name is given for. */
function anchorsText(anchors: ReadonlyMap<string, number>): string {
  return [...anchors].map(([k, y]) => `${k}=${y}`).join(",");
}

/** For each article, the year of the nearest article with a date (the earlier one on a tie); linear in the dump. */
function nearestYears(references: readonly (string | undefined)[]): (number | undefined)[] {
  const yearOf = (r: string | undefined) => (r && /^\d{4}-/.test(r) ? Number(r.slice(0, 4)) : undefined);
  const n = references.length;
  const prev: [number, number][] = new Array(n); // [index, year] of the nearest dated article before
  let last: [number, number] | undefined;
  for (let i = 0; i < n; i++) {
    if (last) prev[i] = last;
    const y = yearOf(references[i]);
    if (y !== undefined) last = [i, y];
  }
  const out: (number | undefined)[] = new Array(n);
  let next: [number, number] | undefined;
  for (let i = n - 1; i >= 0; i--) {
    const p = prev[i];
    out[i] = p && (!next || i - p[0] <= next[0] - i) ? p[1] : next?.[1];
    const y = yearOf(references[i]);
    if (y !== undefined) next = [i, y];
  }
  return out;
}

/** The latest year written as a date's year anywhere in the dump (each article's answer cached). */
function latestDumpYear(doc: DumpDocument): number | undefined {
  let best: number | undefined;
  for (const slot of doc.slots) {
    const y = slot.core.result(LATEST_YEAR, () => latestWrittenYear(slot.core.recognitionText));
    if (y !== undefined && (best === undefined || y > best)) best = y;
  }
  return best;
}
