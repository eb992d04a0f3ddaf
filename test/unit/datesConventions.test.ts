// Date mentions whose reading depends on a convention of the dump or of the clause around them,
// one group per family: the order of day and month in numeric dates, months that lie ahead, what
// only looks like a date. Each row is a sentence, the article's publication day, and
// every date mention expected in it (text exactly as the span, ISO value); a row with no
// expectation has no date mention.

import assert from "node:assert/strict";
import { test } from "node:test";
import { numericDateOrder } from "../../server/src/analysis/dates/anchors.js";
import { findDates } from "../../server/src/analysis/dates/resolve.js";
import { analyzeDump } from "../../server/src/analysis/index.js";

type Row = [sentence: string, reference: string, expected: [text: string, value: string][]];

const families: Record<string, Row[]> = {
  "a numeric date follows the order the text's other numeric dates show": [
    [
      "The first hearing was on 19/03/2025 and the second is on 02/04/2025.",
      "2025-03-25",
      [
        ["19/03/2025", "2025-03-19"],
        ["02/04/2025", "2025-04-02"],
      ],
    ],
    [
      "Filed 03/08/2025; amended 03/21/2025.",
      "2025-09-10",
      [
        ["03/08/2025", "2025-03-08"],
        ["03/21/2025", "2025-03-21"],
      ],
    ],
    [
      "Stock will be counted on 30-09-2025 and again on 06-10-2025.",
      "2025-07-01",
      [
        ["30-09-2025", "2025-09-30"],
        ["06-10-2025", "2025-10-06"],
      ],
    ],
    // counter-example: with nothing to tell, the reading closest before the article's day
    ["The notice is dated 05/06/2025.", "2025-06-20", [["05/06/2025", "2025-06-05"]]],
  ],
  "a weekday written beside a numeric date tells its order": [
    // (the reading closest before the article's day would be the other one)
    ["Archived item, first posted Wed 02/12/2025 by the harbour office.", "2025-12-20", [["Wed 02/12/2025", "2025-02-12"]]],
    ["PERTH, Mon 06/10/2025 (Coast Wire) – Crews reopened the road.", "2025-06-12", [["Mon 06/10/2025", "2025-10-06"]]],
  ],
  "a month only weeks ahead across the new year is the coming one, in a clause without tense": [
    ["Retailers eye January sales boost", "2025-11-20", [["January", "2026-01"]]],
    ["Port operators brace for February peak", "2025-12-02", [["February", "2026-02"]]],
    // counter-examples: a clause in the past; a month further ahead than a season
    ["January sales slumped, the retailer said.", "2025-11-20", [["January", "2025-01"]]],
    ["Retailers eye April sales boost", "2025-11-20", [["April", "2025-04"]]],
  ],
  "after a conjunction of time, the present of a scheduled event speaks of the future": [
    ["Fans packed the hall for the last concert before the venue closes for repairs in February.", "2025-11-28", [["February", "2026-02"]]],
    [
      "The club won on Saturday, weeks before the new stand opens in March.",
      "2025-12-03",
      [
        ["Saturday", "2025-11-29"],
        ["March", "2026-03"],
      ],
    ],
    // counter-example: the conjunction's clause in the past
    [
      "The club won on Saturday, months after the new stand opened in March.",
      "2025-12-03",
      [
        ["Saturday", "2025-11-29"],
        ["March", "2025-03"],
      ],
    ],
  ],
  "what is hoped for, or said to be possible, has not happened": [
    ["The coach said he hoped for a rematch in February.", "2025-12-01", [["February", "2026-02"]]],
    ["The regulator said a decision in January was possible.", "2025-11-20", [["January", "2026-01"]]],
    ["A cut in February is likely, the governor said.", "2025-11-20", [["February", "2026-02"]]],
    // counter-examples: what was possible, told as such; a month far back
    ["A deal in January was possible, but talks collapsed.", "2025-11-20", [["January", "2025-01"]]],
    ["Fans hoped for a title in May, and got one.", "2025-12-01", [["May", "2025-05"]]],
  ],
  "what a list, a slate or candidates are for is a coming event": [
    ["The party registered its candidates for the regional elections of May.", "2025-11-10", [["May", "2026-05"]]],
    ["The union closed its list for the May congress.", "2025-11-10", [["May", "2026-05"]]],
    // counter-example: an election told as past
    ["Turnout in the regional elections of May was low.", "2025-11-10", [["May", "2025-05"]]],
  ],
  "'today' with an attribution set into its sentence, or a quote that goes on with it, is the present age": [
    ["Today, she said, young farmers rent more land than they own.", "2025-06-10", []],
    ["Critics said shoppers today “want speed above all”.", "2025-06-10", []],
    // counter-examples: a quote of what was said that day; an act of the day after the attribution
    ['The minister said today "we are ready".', "2025-06-10", [["today", "2025-06-10"]]],
    ["Today, the minister said, the cabinet approved the plan.", "2025-06-10", [["Today", "2025-06-10"]]],
  ],
  "a season written with its second year shortened is no date": [
    ["Exports hit a record in the 2024-25 harvest year.", "2025-06-10", []],
    ["He scored 20 goals in the 2018/19 season.", "2025-06-10", []],
    ["The 2023-24 winter was the mildest on record.", "2025-06-10", []],
    // counter-examples: a range of years is its two years
    [
      "She sailed with the survey voyage of 1968-69.",
      "2025-06-10",
      [
        ["1968", "1968"],
        ["69", "1969"],
      ],
    ],
    [
      "The 2021-23 drought emptied the dams.",
      "2025-06-10",
      [
        ["2021", "2021"],
        ["23", "2023"],
      ],
    ],
  ],
  "years joined by 'and' under one determiner both modify the plural noun": [
    [
      "Prices rose after the 2022 and 2023 harvests.",
      "2025-06-10",
      [
        ["2022", "2022"],
        ["2023", "2023"],
      ],
    ],
    // counter-example: counts
    ["Some 1800 and 2000 workers joined the two marches.", "2025-06-10", []],
  ],
  "a shift that names the period compared with is no date": [
    ["Sales were 4% below the same period a year earlier.", "2025-06-10", []],
    ["Output matched the same month two years ago.", "2025-06-10", []],
    // counter-example: the shift alone
    ["Sales rose 4% from a year earlier.", "2025-06-10", [["a year earlier", "2024"]]],
  ],
  "a range of months that recurs every year is no date": [
    ["The pass is closed from November to May each year.", "2025-06-10", []],
    ["Every year from June to August the beach fills with tourists.", "2025-06-10", []],
    // counter-example: a range that happened once
    [
      "The pass was closed from November to March.",
      "2025-06-10",
      [
        ["November", "2024-11"],
        ["March", "2025-03"],
      ],
    ],
  ],
};

for (const [family, rows] of Object.entries(families)) {
  for (const [sentence, reference, expected] of rows) {
    test(`${family}: ${sentence.replace(/\n/g, " ").slice(0, 60)}`, () => {
      const got = findDates(sentence, reference);
      for (const d of got) assert.equal(sentence.slice(d.start, d.end), d.text, "span and text agree");
      assert.deepEqual(
        got.map((d) => [d.text, d.value]),
        expected,
      );
    });
  }
}

test("what a text's numeric dates show of their order", () => {
  assert.equal(numericDateOrder("on 28/10/2026 and 02/11/2026"), "dayFirst");
  assert.equal(numericDateOrder("on 10/28/2026 and 11/02/2026"), "monthFirst");
  assert.equal(numericDateOrder("on 02/11/2026"), undefined);
  assert.equal(numericDateOrder("on 28/10/2026 and 10/28/2026"), undefined);
  assert.equal(numericDateOrder("version 1.28.3, score 28-3"), undefined);
});

test("a dump's numeric dates in one article fix the order of those in another", () => {
  const dump = [
    "Ferry timetable changes for the summer",
    "",
    "NELSON, 24/10/2025 (Coast Wire) – The ferry company said sailings would double.",
    "",
    "",
    "Council approves new library budget",
    "",
    "BLENHEIM (Coast Wire) – Councillors approved the budget on 06/11/2025 after a long debate.",
    "",
  ].join("\n");
  const dates = analyzeDump(dump).dates.map((d) => [d.text, d.value]);
  assert.deepEqual(dates, [
    ["24/10/2025", "2025-10-24"],
    ["06/11/2025", "2025-11-06"],
  ]);
});
