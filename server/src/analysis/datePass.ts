// Dates of the whole dump: each article's date expressions, resolved against the article's own
// day of publication (or the inferred one), cached with the article per reference day.

import type { DumpDocument } from "./dump.js";
import { isCancelled } from "./dump.js";
import { findDates } from "./dates.js";
import { localPosition } from "./text.js";
import type { CancellationToken, DateMention } from "./types.js";

export function dateMentions(doc: DumpDocument, token: CancellationToken): DateMention[] | undefined {
  const inferred = doc.publishedInferred();
  const mentions: DateMention[] = [];
  for (let article = 0; article < doc.slots.length; article++) {
    if (isCancelled(token)) return undefined;
    const slot = doc.slots[article]!;
    const core = slot.core;
    const reference = core.structure.published ?? inferred[article];
    const spans = core.cached(`dates@${reference ?? ""}`, () => findDates(core.text, reference));
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
