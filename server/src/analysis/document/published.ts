// Dates of publication the dump gives rather than the article: for articles that only say
// `Updated 3 sec ago` or `2 hours ago`, a day inferred from when the page was saved or scraped (a
// stamp in the record or before the first record) or else from the neighbouring articles scraped
// with them; for the pages of a PDF export, the issue date of the running head above the article.

import { isoDay, parseIso, addDays as shiftDays } from "../dates/calendar.js";

const AGO =
  /^\s*(?:last\s+)?(?:updated|published|posted|streamed|premiered|uploaded|aired)?:?\s*(?:(just now|moments? ago|yesterday|today)|((?:(?:an?|\d+)\s*(?:sec|second|min|minute|hr|hour|h|m|s|day|d|week|wk)s?\.?\s*)+)ago|(?:vor|hace|il y a|há)\s+((?:\d+\s*(?:Minuten|Minute|Stunden|Stunde|Tagen|Tag|minutos|minuto|horas|hora|días|día|dias|dia|minutes|minute|heures|heure|jours|jour)\.?\s*)+))\s*$/i;

/** How long before the scrape a relative date line lies: in whole days, and in hours. */
export interface RelativeAge {
  days: number;
  hours: number;
}

/** The first letters of other languages' time units, as the English unit they stand for. */
const FOREIGN_UNITS: Record<string, string> = { stu: "hour", hor: "hour", heu: "hour", tag: "day", día: "day", dia: "day", jou: "day" };

/** The age a relative date line gives (`Updated 3 sec ago`, `2 hours ago`, `Updated 2 days ago`, `yesterday`), or undefined when the line is not one. */
export function relativeAge(line: string): RelativeAge | undefined {
  const m = AGO.exec(line);
  if (!m) return undefined;
  if (m[1]) return /yesterday/i.test(m[1]) ? { days: 1, hours: 24 } : { days: 0, hours: 0 };
  let hours = 0;
  let days = 0;
  // German, Spanish, French and Portuguese ages (`vor 5 Stunden`, `hace 2 días`): the same units in those words
  for (const part of (m[2] ?? m[3]!).matchAll(/(an?|\d+)\s*(\p{L}+)/giu)) {
    const n = /^an?$/i.test(part[1]!) ? 1 : Number(part[1]);
    const unit = FOREIGN_UNITS[part[2]!.toLowerCase().slice(0, 3)] ?? part[2]!.toLowerCase();
    if (unit.startsWith("d")) days += n;
    else if (unit.startsWith("w")) days += 7 * n;
    else if (unit.startsWith("h")) hours += n;
    else if (unit.startsWith("m") && !unit.startsWith("mo")) hours += n / 60;
  }
  return { days, hours: days * 24 + hours };
}

/** A day of a month, without its year. */
export interface MonthDay {
  month: number;
  day: number;
}

/** The last `month`/`day` on or before ISO day `until`. */
export function dayBefore(until: string, { month, day }: MonthDay): string {
  const year = Number(until.slice(0, 4));
  const candidate = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return candidate <= until ? candidate : `${year - 1}-${candidate.slice(5)}`;
}

export interface PublicationFacts {
  published?: string;
  /** The day and month of a stamp that leaves out the year (a teletext page's header). */
  undatedDay?: MonthDay;
  /** Set when the article's own date line is relative. */
  relativeAge?: RelativeAge;
  /** When the record says it was saved or scraped. */
  scrapedAt?: { day: string; hour: number | undefined; byReader?: true; agesFrom?: true };
}

/** What the dump says of an article's day beyond the article's own date line. */
export interface DumpDates {
  /** The day stated for it by the dump (a PDF page's issue date), where it states none itself. */
  published?: string;
  /** A day inferred for its relative date line. */
  inferred?: string;
}

/** How many articles on each side count as "scraped at the same time" as an article. */
export const SCRAPE_NEIGHBOURHOOD = 8;

/**
 * The day of each article whose date line is relative: its record's save or scrape stamp (else the
 * dump's, stated before its first record) less its age, to the hour where the stamp gives one; else,
 * as sites show `N min ago` only for recent updates and absolute dates for older ones, the latest
 * absolute date among the neighbouring articles less the age in whole days. Articles without any
 * date take the date of the page they start on (`pageDates`), where the dump gives one.
 */
export function inferDates(
  facts: readonly PublicationFacts[],
  dumpScrapedAt: PublicationFacts["scrapedAt"],
  pageDates: readonly (string | undefined)[],
): DumpDates[] {
  return facts.map((f, i): DumpDates => {
    if (f.published) return {};
    // A stamp without its year takes the year of the save or capture (or the one before).
    const stamp = f.scrapedAt ?? dumpScrapedAt;
    if (f.undatedDay && stamp) return { published: dayBefore(stamp.day, f.undatedDay) };
    if (f.relativeAge === undefined) return pageDates[i] ? { published: pageDates[i] } : {};
    // The record's own save or scrape time, unless the export's banner says the ages count from its stamp.
    const scraped = f.scrapedAt?.byReader && dumpScrapedAt?.agesFrom ? dumpScrapedAt : (f.scrapedAt ?? dumpScrapedAt);
    if (scraped) {
      return { inferred: scraped.hour === undefined ? addDays(scraped.day, -f.relativeAge.days) : addHours(scraped.day, scraped.hour, -f.relativeAge.hours) };
    }
    let scrapeDay: string | undefined;
    const from = Math.max(0, i - SCRAPE_NEIGHBOURHOOD);
    const to = Math.min(facts.length - 1, i + SCRAPE_NEIGHBOURHOOD);
    for (let j = from; j <= to; j++) {
      const day = facts[j]!.published;
      if (day && (!scrapeDay || day > scrapeDay)) scrapeDay = day;
    }
    return scrapeDay ? { inferred: addDays(scrapeDay, -f.relativeAge.days) } : {};
  });
}

function addDays(day: string, days: number): string {
  return isoDay(shiftDays(parseIso(day)!, days));
}

/** The day `hours` after `hour` o'clock of `isoDay`. */
function addHours(isoDay: string, hour: number, hours: number): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setTime(d.getTime() + (hour + hours) * 3_600_000);
  return d.toISOString().slice(0, 10);
}
