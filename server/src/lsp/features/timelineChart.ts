// The timeline chart above the News Timeline: dated mentions per day, month or year across the
// dump (or one article), every bin from the first to the last.

import { type DumpAnalysis, dateHistogram, formatDateValue } from "../../analysis/index.js";
import type { TimelineChartData, TimelineChartParams } from "../../protocol.js";

export function timelineChartData(analysis: DumpAnalysis, params: TimelineChartParams): TimelineChartData {
  const dates = params.article === undefined ? analysis.dates : analysis.dates.filter((d) => d.article === params.article);
  const histogram = dateHistogram(dates, params.unit);
  return {
    unit: histogram.unit,
    bins: histogram.bins.map((b) => ({
      key: b.key,
      label: formatDateValue(b.key),
      from: b.span.from,
      to: b.span.to,
      count: b.count,
      ...(b.first ? { first: { uri: params.uri, range: b.first.range } } : {}),
    })),
    counted: histogram.counted,
    coarser: histogram.coarser,
    outside: histogram.outside,
  };
}
