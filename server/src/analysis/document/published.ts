// Dates of publication: an article's own absolute date line, and for articles that only say
// `Updated 3 sec ago`, a day inferred from the neighbouring articles scraped with them.

const AGO =
  /^\s*(?:last\s+)?(?:updated|published|posted)?:?\s*(?:(just now|moments? ago|yesterday|today)|((?:(?:an?|\d+)\s*(?:sec|second|min|minute|hr|hour|h|m|s|day|d|week|wk)s?\.?\s*)+)ago)\s*$/i;

/**
 * How many whole days before the scrape a relative date line lies (`Updated 3 sec ago` → 0,
 * `Updated 2 days ago` → 2, `Updated yesterday` → 1), or undefined when the line is not one.
 */
export function relativeAgeDays(line: string): number | undefined {
  const m = AGO.exec(line);
  if (!m) return undefined;
  if (m[1]) return /yesterday/i.test(m[1]) ? 1 : 0;
  let days = 0;
  for (const part of m[2]!.matchAll(/(an?|\d+)\s*([a-z]+)/gi)) {
    const n = /^an?$/i.test(part[1]!) ? 1 : Number(part[1]);
    const unit = part[2]!.toLowerCase();
    if (unit.startsWith("d")) days += n;
    else if (unit.startsWith("w")) days += 7 * n;
  }
  return days;
}

export interface PublicationFacts {
  published?: string;
  /** Set when the article's own date line is relative (`Updated 3 sec ago`). */
  relativeAgeDays?: number;
}

/** How many articles on each side count as "scraped at the same time" as an article. */
export const SCRAPE_NEIGHBOURHOOD = 8;

/**
 * Infers a day for each article whose date line is relative. Sites show `N min ago` only for
 * recent updates and absolute dates for older ones, so the scrape happened on or after every
 * absolute date around it: we take the latest absolute date among the neighbouring articles,
 * less the relative age in whole days.
 */
export function inferPublished(facts: readonly PublicationFacts[]): (string | undefined)[] {
  return facts.map((f, i) => {
    if (f.published || f.relativeAgeDays === undefined) return undefined;
    let scrapeDay: string | undefined;
    const from = Math.max(0, i - SCRAPE_NEIGHBOURHOOD);
    const to = Math.min(facts.length - 1, i + SCRAPE_NEIGHBOURHOOD);
    for (let j = from; j <= to; j++) {
      const day = facts[j]!.published;
      if (day && (!scrapeDay || day > scrapeDay)) scrapeDay = day;
    }
    return scrapeDay ? addDays(scrapeDay, -f.relativeAgeDays) : undefined;
  });
}

export function addDays(isoDay: string, days: number): string {
  if (days === 0) return isoDay;
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
