// Dates of the whole dump: each article's date expressions, resolved against the article's own
// day of publication (or the inferred one) and the years the dump gives month-days, cached with
// the article per reference day and anchors.

import type { DumpDocument } from "./dump.js";
import { isCancelled } from "./dump.js";
import { collectYearAnchors, findDates } from "./dates.js";
import { localPosition } from "./text.js";
import type { CancellationToken, DateMention } from "./types.js";

export function dateMentions(doc: DumpDocument, token: CancellationToken): DateMention[] | undefined {
  const inferred = doc.publishedInferred();
  const { anchors, key } = dumpYearAnchors(doc);
  const mentions: DateMention[] = [];
  for (let article = 0; article < doc.slots.length; article++) {
    if (isCancelled(token)) return undefined;
    const slot = doc.slots[article]!;
    const core = slot.core;
    const reference = core.structure.published ?? inferred[article];
    const spans = core.cached(`dates@${reference ?? ""}@${key}`, () => findDates(core.recognitionText, reference, { yearAnchors: anchors }));
    for (const span of spans) {
      const start = localPosition(core.lineStarts, span.start);
      const end = localPosition(core.lineStarts, span.end);
      mentions.push({
        text: span.text,
        value: span.value,
        range: {
          start: { line: slot.start + start.line, character: start.character },
          end: { line: slot.start + end.line, character: end.character },
        },
        article,
      });
    }
  }
  return mentions;
}

/**
 * Month-days the dump writes with a year ("Oct. 7, 2023"), so that "the Oct 7 attack" elsewhere
 * takes that year. Collected per article (cached) and merged by how many articles agree.
 */
function dumpYearAnchors(doc: DumpDocument): { anchors: Map<string, number>; key: string } {
  const votes = new Map<string, Map<number, number>>();
  for (const slot of doc.slots) {
    for (const [monthDay, year] of slot.core.cached("yearAnchors", () => collectYearAnchors(slot.core.recognitionText))) {
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
  return { anchors, key: [...anchors].map(([k, y]) => `${k}=${y}`).join(",") };
}
