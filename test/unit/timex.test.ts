// The wider, TimeML reading of an article's temporal expressions (dates/timex.ts): every TIMEX3
// of type DATE or TIME with its value at the granularity written, as the TimeML 1.2.1 and TIDES
// TIMEX2 guidelines annotate news. Each row is a sentence, the document's creation day, and every
// expression expected in it (extent exactly, TimeML value); a row with no expectation has none.
// The last tests check that the reading agrees with News Lens's own dates wherever they overlap.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { isoWeekValue } from "../../server/src/analysis/dates/calendar.js";
import { findDates } from "../../server/src/analysis/dates/resolve.js";
import { datesOf, timexesOf } from "../../server/src/analysis/dates/stage.js";
import { findTimexes } from "../../server/src/analysis/dates/timex.js";
import { DumpSession } from "../../server/src/analysis/index.js";

type Row = [sentence: string, reference: string, expected: [text: string, value: string][]];

const FRI = "2013-03-22"; // a Friday, ISO week 12 of 2013
const MON = "2013-03-25"; // the Monday after
const WED = "2013-03-20";
const SAT = "2013-03-23";
const JAN = "2013-01-15";
const OCT = "2013-10-09";

const rules: Record<string, Row[]> = {
  "weeks: this, last and next week are ISO weeks; a count of weeks ago is the week it names": [
    [
      "Shares fell last week and recovered this week.",
      FRI,
      [
        ["last week", "2013-W11"],
        ["this week", "2013-W12"],
      ],
    ],
    ["The central bank will meet next week.", FRI, [["next week", "2013-W13"]]],
    ["The envoy arrived earlier this week.", FRI, [["this week", "2013-W12"]]],
    ["Last week's vote was annulled.", FRI, [["Last week", "2013-W11"]]],
    ["The strike began two weeks ago.", FRI, [["two weeks ago", "2013-W10"]]],
    ["He resigned a week ago.", FRI, [["a week ago", "2013-W11"]]],
    ["The deal should close later in the week.", FRI, [["the week", "2013-W12"]]],
    // ISO weeks across the turn of the year: 31 December 2012 opens 2013-W01, 2015 has a week 53
    [
      "Talks began last week and resume this week.",
      "2013-01-02",
      [
        ["last week", "2012-W52"],
        ["this week", "2013-W01"],
      ],
    ],
    ["Markets were shut this week.", "2016-01-01", [["this week", "2015-W53"]]],
    // counter-examples: durations and sets are not dates
    ["Prices rose 3% over the last week.", FRI, []],
    ["The talks lasted a week.", FRI, []],
    ["Over the next week the army will withdraw.", FRI, []],
    ["The market is open every week.", FRI, []],
  ],
  "weekends: the weekend of an ISO week (WE), the one the clause's tense points at": [
    ["The U.N. envoy leaves for Baghdad this weekend.", FRI, [["this weekend", "2013-W12-WE"]]],
    ["Protesters gathered last weekend.", FRI, [["last weekend", "2013-W11-WE"]]],
    ["The summit is next weekend.", FRI, [["next weekend", "2013-W13-WE"]]],
    ["Thousands marched over the weekend.", MON, [["the weekend", "2013-W12-WE"]]],
    ["Thousands marched over the weekend.", WED, [["the weekend", "2013-W11-WE"]]],
    ["The senators will work through the weekend.", FRI, [["the weekend", "2013-W12-WE"]]],
    ["Voters go to the polls this weekend.", SAT, [["this weekend", "2013-W12-WE"]]],
    ["Fans queued this past weekend.", MON, [["this past weekend", "2013-W12-WE"]]],
    // counter-examples
    ["The shop opens at weekends.", FRI, []],
    ["They spent a weekend in Paris.", FRI, []],
    ["It ran in the weekend edition.", FRI, []],
  ],
  "months and years: as News Lens's dates give them": [
    [
      "Inflation slowed last month and will rise next month.",
      FRI,
      [
        ["last month", "2013-02"],
        ["next month", "2013-04"],
      ],
    ],
    ["The law took effect in January.", FRI, [["January", "2013-01"]]],
    [
      "Profits doubled this year after falling last year.",
      FRI,
      [
        ["this year", "2013"],
        ["last year", "2012"],
      ],
    ],
    ["The bridge opened in 1887.", FRI, [["1887", "1887"]]],
    ["He took office a year ago.", FRI, [["a year ago", "2012"]]],
    ["The plant closed in December 2011.", FRI, [["December 2011", "2011-12"]]],
  ],
  "days: as News Lens's dates give them": [
    ["The minister resigned on Thursday.", FRI, [["Thursday", "2013-03-21"]]],
    ["Officials will meet on Tuesday.", FRI, [["Tuesday", "2013-03-26"]]],
    ["The ceasefire was signed on March 5, 2013.", FRI, [["March 5, 2013", "2013-03-05"]]],
    ["The results came out yesterday.", FRI, [["yesterday", "2013-03-21"]]],
    ["The minister said today that the plan would go ahead.", FRI, [["today", "2013-03-22"]]],
  ],
  "quarters and halves: Q and H of the year written, else of the year the clause points at": [
    ["Profit rose in the first quarter.", FRI, [["the first quarter", "2013-Q1"]]],
    ["The bank reported a fourth-quarter loss.", FRI, [["fourth-quarter", "2012-Q4"]]],
    ["Analysts expect growth to pick up in the third quarter.", FRI, [["the third quarter", "2013-Q3"]]],
    ["Output fell in the third quarter of 2012.", FRI, [["the third quarter of 2012", "2012-Q3"]]],
    ["Sales in Q4 2012 were flat.", FRI, [["Q4 2012", "2012-Q4"]]],
    ["Margins improved in 2012's fourth quarter.", FRI, [["2012's fourth quarter", "2012-Q4"]]],
    [
      "Deliveries slowed last quarter and will recover next quarter.",
      FRI,
      [
        ["last quarter", "2012-Q4"],
        ["next quarter", "2013-Q2"],
      ],
    ],
    ["Revenue for the current quarter is expected to fall.", FRI, [["the current quarter", "2013-Q1"]]],
    ["The economy grew in the second half of 2012.", FRI, [["the second half of 2012", "2012-H2"]]],
    ["Growth will be stronger in the second half of the year.", FRI, [["the second half of the year", "2013-H2"]]],
    ["The firm posted first-half profit of $2 billion.", OCT, [["first-half", "2013-H1"]]],
    ["Analysts cut their fourth-quarter forecast.", FRI, [["fourth-quarter", "2013-Q4"]]],
    ["OPEC agreed to extend its output cuts into the second quarter.", FRI, [["the second quarter", "2013-Q2"]]],
    ["Profit fell in the second quarter, the bank said.", FRI, [["the second quarter", "2012-Q2"]]],
    // counter-examples: quarters and halves of other things, of games, and a quarter as a share
    ["A quarter of the population lives in poverty.", FRI, []],
    ["He scored twice in the second half.", FRI, []],
    ["The Lakers led by ten in the fourth quarter of the game.", FRI, []],
    ["The first half of the film is slow.", FRI, []],
    ["Spain reached the quarter-final.", FRI, []],
    ["Vecino's second-half strike gave Lazio the win.", FRI, []],
  ],
  "seasons: SP, SU, FA and WI of the year written, else the one the words or the clause's tense point at": [
    ["A gymnast was hurt at the Goodwill Games last summer.", FRI, [["last summer", "2012-SU"]]],
    ["The plant will reopen this summer.", FRI, [["this summer", "2013-SU"]]],
    ["Elections are due next winter.", FRI, [["next winter", "2013-WI"]]],
    ["The winter storms of last winter cost millions.", FRI, [["last winter", "2012-WI"]]],
    ["This winter has been mild so far.", JAN, [["This winter", "2012-WI"]]],
    ["There was a big wildfire in the summer of 1964.", FRI, [["the summer of 1964", "1964-SU"]]],
    ["New funding arrived in Fall 2012.", FRI, [["Fall 2012", "2012-FA"]]],
    ["The talks broke down in the autumn.", FRI, [["the autumn", "2012-FA"]]],
    ["The bill will be debated in the spring.", FRI, [["the spring", "2013-SP"]]],
    ["Prices rose in summer.", OCT, [["summer", "2013-SU"]]],
    // counter-examples: movements, names and other springs
    ["The fall in prices continued.", FRI, []],
    ["Historians still debate the fall of Rome.", FRI, []],
    ["The Arab Spring toppled four rulers.", FRI, []],
    ["She won gold at the Winter Olympics.", FRI, []],
    ["The village is famous for its hot springs.", FRI, []],
    ["Share prices may fall again.", FRI, []],
  ],
  "decades and centuries: the leading digits of their years": [
    ["Dancing deteriorated in the 1960s into group chaos.", FRI, [["the 1960s", "196"]]],
    ["The trend began in the early 1980s.", FRI, [["the early 1980s", "198"]]],
    ["Crime peaked in the '90s.", FRI, [["the '90s", "199"]]],
    ["Growth stalled in the 2000s.", FRI, [["the 2000s", "200"]]],
    ["The rules date from the mid-1990s.", FRI, [["the mid-1990s", "199"]]],
    ["Two decades ago the town had no hospital.", FRI, [["Two decades ago", "199"]]],
    ["The mine closed more than a decade ago.", FRI, [["more than a decade ago", "200"]]],
    ["Attitudes changed in the 19th century.", FRI, [["the 19th century", "18"]]],
    ["It is the defining crisis of the twenty-first century.", FRI, [["the twenty-first century", "20"]]],
    ["They restored a 19th-century chapel.", FRI, [["19th-century", "18"]]],
    ["Nothing like it has been seen this century.", FRI, [["this century", "20"]]],
    ["Prices will double this decade.", FRI, [["this decade", "201"]]],
    ["The abbey was founded two centuries ago.", FRI, [["two centuries ago", "18"]]],
    ["The cathedral was rebuilt centuries ago.", FRI, [["centuries ago", "PAST_REF"]]],
    // counter-examples: ages and temperatures, durations
    ["The singer, in his 80s, still tours.", FRI, []],
    ["Temperatures stayed in the 90s.", FRI, []],
    ["Sea levels rose over the last century.", FRI, []],
    ["The company has existed for a century.", FRI, []],
  ],
  "times of day: the day written with the time, or the nearest day of its sentence, else the document's day": [
    ["The suspect was arrested at 9 a.m.", FRI, [["9 a.m.", "2013-03-22T09:00"]]],
    ["The blast hit at 9:30 p.m. Tuesday.", FRI, [["9:30 p.m. Tuesday", "2013-03-19T21:30"]]],
    [
      "Police were called on Tuesday night and arrived at 11 p.m.",
      FRI,
      [
        ["Tuesday night", "2013-03-19TNI"],
        ["11 p.m.", "2013-03-19T23:00"],
      ],
    ],
    [
      "The concert is Friday at 8:00 p.m.",
      WED,
      [
        ["Friday", "2013-03-22"],
        ["8:00 p.m.", "2013-03-22T20:00"],
      ],
    ],
    ["The index rose 2% by 1430 GMT.", FRI, [["1430 GMT", "2013-03-22T14:30"]]],
    ["Trading was halted at 15:45.", FRI, [["15:45", "2013-03-22T15:45"]]],
    ["The game starts at 8 p.m. ET.", FRI, [["8 p.m. ET", "2013-03-22T20:00"]]],
    ["The deadline expires at midnight.", FRI, [["midnight", "2013-03-22T24:00"]]],
    ["The polls closed shortly before 11pm.", FRI, [["11pm", "2013-03-22T23:00"]]],
    ["The mail arrived at noon yesterday.", FRI, [["noon yesterday", "2013-03-21T12:00"]]],
    ["The clock struck ten o'clock.", FRI, [["ten o'clock", "2013-03-22T10:00"]]],
    ["The talks ended late last night.", FRI, [["late last night", "2013-03-21TNI"]]],
    ["Markets rallied this morning.", FRI, [["this morning", "2013-03-22TMO"]]],
    ["The president will speak tonight.", FRI, [["tonight", "2013-03-22TNI"]]],
    ["She stayed home Friday evening.", MON, [["Friday evening", "2013-03-22TEV"]]],
    ["The rockets were fired early Tuesday morning.", FRI, [["early Tuesday morning", "2013-03-19TMO"]]],
    ["Rebels attacked on the morning of March 5.", FRI, [["the morning of March 5", "2013-03-05TMO"]]],
    ["The storm hit yesterday afternoon.", FRI, [["yesterday afternoon", "2013-03-21TAF"]]],
    // a range: its bare start takes the end's half of the day, or the other half when it would follow the end
    [
      "The clinic is open from 7 to 9 p.m. today.",
      FRI,
      [
        ["7", "2013-03-22T19:00"],
        ["9 p.m. today", "2013-03-22T21:00"],
      ],
    ],
    [
      "The class is 3-6 pm Tuesday.",
      FRI,
      [
        ["3", "2013-03-19T15:00"],
        ["6 pm Tuesday", "2013-03-19T18:00"],
      ],
    ],
    [
      "Voting runs between 11 and 1 p.m.",
      FRI,
      [
        ["11", "2013-03-22T11:00"],
        ["1 p.m.", "2013-03-22T13:00"],
      ],
    ],
    // counter-examples: a verse, a score, numbers before a time that start no range
    ["The pastor quoted John 3:16.", FRI, []],
    ["The final score was 21:15.", FRI, []],
    ["Subscribe to The Noon Brief.", FRI, []],
    ["Some 40 to 9 p.m. crowds?", FRI, [["9 p.m.", "2013-03-22T21:00"]]],
  ],
  "days with premodifiers: early and late are part of the extent, the value stays the day": [
    ["The vote was held late Tuesday.", FRI, [["late Tuesday", "2013-03-19"]]],
    ["Shares rose in early March.", FRI, [["early March", "2013-03"]]],
    ["The plant will reopen by mid-2014.", FRI, [["mid-2014", "2014"]]],
    ["The offer expires at the end of March.", FRI, [["the end of March", "2013-03"]]],
    ["The restaurant opened about three years ago.", FRI, [["about three years ago", "2010"]]],
  ],
  "PRESENT_REF: now, currently, the present, and today meaning the present age": [
    ["Now there are hundreds of schools with thousands of dancers.", FRI, [["Now", "PRESENT_REF"]]],
    ["The company is currently in talks.", FRI, [["currently", "PRESENT_REF"]]],
    ["Prices are high right now.", FRI, [["right now", "PRESENT_REF"]]],
    ["Few people write letters nowadays.", FRI, [["nowadays", "PRESENT_REF"]]],
    ["These days the port is quiet.", FRI, [["These days", "PRESENT_REF"]]],
    ["At present there is no cure.", FRI, [["present", "PRESENT_REF"]]],
    ["The party is divided at the moment.", FRI, [["the moment", "PRESENT_REF"]]],
    ["Readers today want shorter books.", FRI, [["today", "PRESENT_REF"]]],
    ["We can trust today's youth to do the right thing.", FRI, [["today", "PRESENT_REF"]]],
    ["Today's vote was close.", FRI, [["Today", "2013-03-22"]]],
    ["In today's Chamber judgment the Court found a violation.", FRI, [["today", "2013-03-22"]]],
    ["The rule has survived to the present day.", FRI, [["the present day", "PRESENT_REF"]]],
    // counter-examples: a conjunction, a frequency, a compound, a title, an adjective
    ["Now that the deal is done, shares rose.", FRI, []],
    ["Every now and then the volcano erupts.", FRI, []],
    ["The now-defunct airline owed millions.", FRI, []],
    ["He starred in Apocalypse Now.", FRI, []],
    ["The present situation is untenable.", FRI, []],
    ['She appeared on NBC\'s "Today" show.', FRI, []],
  ],
  "PAST_REF and FUTURE_REF: the past and the future, vaguely": [
    ["Prices have risen recently.", FRI, [["recently", "PAST_REF"]]],
    ["Sales have slowed lately.", FRI, [["lately", "PAST_REF"]]],
    ["Europe will be stronger than in the past.", FRI, [["the past", "PAST_REF"]]],
    ["The river changed course long ago.", FRI, [["long ago", "PAST_REF"]]],
    ["The mine closed a few years ago.", FRI, [["a few years ago", "PAST_REF"]]],
    ["We need to discuss the future of our peoples.", FRI, [["the future", "FUTURE_REF"]]],
    ["Rates will rise in the near future.", FRI, [["the near future", "FUTURE_REF"]]],
    ["In future, visitors must register.", FRI, [["future", "FUTURE_REF"]]],
    // counter-examples: durations, counted years, futures
    ["Prices rose over the past year.", FRI, []],
    ["In the past two weeks, 40 people died.", FRI, []],
    ["Snow cover is half the average of the past\ndecade.", FRI, []],
    ["The plant closed two years ago.", FRI, [["two years ago", "2011"]]],
    ["Oil futures fell.", FRI, []],
    ["Future generations will pay.", FRI, []],
    ["The Future Fund bought bonds.", FRI, []],
    ["He met the future king.", FRI, []],
    ["The club thanked the past presidents of the league.", FRI, []],
  ],
};

for (const [rule, rows] of Object.entries(rules)) {
  test(rule, () => {
    for (const [sentence, reference, expected] of rows) {
      const got = findTimexes(sentence, reference).map((t) => [t.text, t.value]);
      assert.deepEqual(got, expected, `${sentence} (${reference})`);
    }
  });
}

test("the extent is the text between the offsets, and the type is TIME exactly when the value has a time of day", () => {
  const text = "Late on Tuesday night, hours after the vote last week, the minister said now was the time.";
  const timexes = findTimexes(text, FRI);
  assert.deepEqual(
    timexes.map((t) => [t.text, t.type]),
    [
      ["Tuesday night", "TIME"],
      ["last week", "DATE"],
      ["now", "DATE"],
    ],
  );
  for (const t of timexes) assert.equal(text.slice(t.start, t.end), t.text);
});

test("without a reference day only what needs none is found", () => {
  assert.deepEqual(
    findTimexes("Last week, in the 1990s and now, on Friday at 9 a.m.", undefined).map((t) => [t.text, t.value]),
    [
      ["the 1990s", "199"],
      ["now", "PRESENT_REF"],
      ["9 a.m.", "T09:00"],
    ],
  );
});

/** Whether a wider expression keeps a date of the day reading: over its extent, with its value or one that begins with it (a time of that day, a quarter of that year), or the week of "N weeks ago". */
function keeps(timex: { start: number; end: number; value: string }, date: { start: number; end: number; text: string; value: string }): boolean {
  if (timex.start > date.start || timex.end < date.end) return false;
  if (/\bweeks?\s+ago$/i.test(date.text))
    return timex.value === isoWeekValue({ y: +date.value.slice(0, 4), m: +date.value.slice(5, 7), d: +date.value.slice(8, 10) });
  return timex.value.startsWith(date.value);
}

test("every date of the day reading is kept by the wider reading (same rows)", () => {
  for (const rows of Object.values(rules)) {
    for (const [sentence, reference] of rows) {
      const timexes = findTimexes(sentence, reference);
      for (const date of findDates(sentence, reference)) {
        assert.ok(
          timexes.some((t) => keeps(t, date)),
          `${sentence}: ${date.text} ${date.value}`,
        );
      }
    }
  }
});

test("every date News Lens finds in the fixture dumps is kept by the wider reading, with the same jobs", () => {
  const dumps = ["sample/middle-east-2024.txt", "news/wire-copy.txt", "news/business-bylines.txt", "tools/saved-relative.txt", "unseen2/wire-writethru.txt"];
  let dates = 0;
  for (const name of dumps) {
    const session = new DumpSession(readFileSync(join(__dirname, "..", "fixtures", name), "utf8"));
    const jobs = session.dateJobs();
    session.articleWork().forEach((work, i) => {
      const timexes = timexesOf(work.text, jobs[i]!);
      for (const date of datesOf(work.text, jobs[i]!)) {
        dates++;
        assert.ok(
          timexes.some((t) => keeps(t, date)),
          `${name}, article ${i}: ${date.text} ${date.value}`,
        );
      }
    });
  }
  assert.ok(dates > 100, `only ${dates} dates in the fixtures`);
});
