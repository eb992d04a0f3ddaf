// Date expressions: recognition and resolution against the article's date.
// Each row: a sentence, the article's publication day, and every date mention expected in it
// (text exactly as the span, ISO value). A row with no expectation is a false friend.

import assert from "node:assert/strict";
import { test } from "node:test";
import { collectYearAnchors, latestWrittenYear } from "../../server/src/analysis/dates/anchors.js";
import { chronoParserNames } from "../../server/src/analysis/dates/chrono.js";
import { parsePublicationDate } from "../../server/src/analysis/dates/publication.js";
import { findDates } from "../../server/src/analysis/dates/resolve.js";

type Row = [sentence: string, reference: string | undefined, expected: [text: string, value: string][], note?: string];

const FRI = "2024-10-18"; // a Friday
const MON_FEB = "2024-02-19"; // a Monday
const FEB_THU = "2024-02-15";
const MON_MAR = "2024-03-04";
const TUE_MAR = "2024-03-05";
const MAR = "2024-03-14"; // a Thursday
const APR = "2024-04-12";
const WED = "2024-06-05";
const JUN = "2024-06-14";
const SUN = "2024-09-15";
const MON_SEP = "2024-09-16";
const TUE_NOV = "2024-11-05";

const rows: Row[] = [
  // --- weekdays: the latest on or before the article's date
  ["The Israeli military said on Friday it sent another unit.", FRI, [["Friday", "2024-10-18"]], "weekday = publication day"],
  ["Fighters were killed on Thursday in close combat.", FRI, [["Thursday", "2024-10-17"]]],
  ["Sinwar met his end at the hands of a routine patrol on Wednesday.", FRI, [["Wednesday", "2024-10-16"]]],
  ["Later on Thursday, the body was brought to a laboratory.", FRI, [["Thursday", "2024-10-17"]], "span without 'Later on'"],
  ["On Saturday, crowds gathered in the square.", FRI, [["Saturday", "2024-10-12"]]],
  ["The talks resumed last Friday in Cairo.", FRI, [["last Friday", "2024-10-11"]]],
  // --- weekdays in sentences about the future: the first on or after
  ["Officials will meet on Tuesday to discuss the plan.", FRI, [["Tuesday", "2024-10-22"]]],
  ["The court is due to rule on Monday.", FRI, [["Monday", "2024-10-21"]]],
  ["The envoy is expected to arrive in Beirut on Sunday.", FRI, [["Sunday", "2024-10-20"]]],
  ["Talks resume next Tuesday, a diplomat said.", FRI, [["next Tuesday", "2024-10-22"]]],
  ["The vote will be held on Friday.", FRI, [["Friday", "2024-10-18"]], "future weekday on the day itself"],
  ["He said on Thursday that the army will keep fighting.", FRI, [["Thursday", "2024-10-17"]], "'said on' is past even with 'will' later"],
  ["The shares are due on Monday, analysts said.", "2024-03-07", [["Monday", "2024-03-11"]]],
  // --- month-day without a year
  ["Qaani met the groups in Baghdad on Jan. 29, less than 48 hours after the attack.", MON_FEB, [["Jan. 29", "2024-01-29"]]],
  ["A gunman killed three civilians on Sept. 8 at the crossing.", FRI, [["Sept. 8", "2024-09-08"]]],
  ["The strike on Jan. 29 was recalled in the report.", FRI, [["Jan. 29", "2024-01-29"]]],
  ["The deal was signed on Dec. 3.", FRI, [["Dec. 3", "2023-12-03"]], "after publication: the previous year"],
  ["The minister will travel to Paris on Dec. 3.", FRI, [["Dec. 3", "2024-12-03"]], "after publication but future"],
  ["The election is scheduled for November 5.", FRI, [["November 5", "2024-11-05"]]],
  ["The summit opens on 4 March next year, he said.", FRI, [["4 March next year", "2025-03-04"]]],
  // --- year fixed by the text itself (a month-day written with a year elsewhere in the article)
  [
    "He was the mastermind of the October 7 attack. The war erupted with the October 7, 2023 attack on Israel.",
    FRI,
    [
      ["October 7", "2023-10-07"],
      ["October 7, 2023", "2023-10-07"],
    ],
  ],
  [
    "Rivals first met on March 3, 2019 in Doha. They met again on March 3 for the final.",
    "2024-05-10",
    [
      ["March 3, 2019", "2019-03-03"],
      ["March 3", "2019-03-03"],
    ],
    "the anchor mechanism is general, not about Oct 7",
  ],
  // --- absolute dates, months, years
  ["He was killed in an air strike on January 4, 2020. (REUTERS)", MON_FEB, [["January 4, 2020", "2020-01-04"]]],
  ["Updated 19 February 2024", MON_FEB, [["19 February 2024", "2024-02-19"]], "boilerplate date line, span without 'Updated'"],
  ["Updated 18 October 2024", FRI, [["18 October 2024", "2024-10-18"]]],
  ["Date: Tue, 05 Mar 2024 14:02:11 GMT", "2024-03-05", [["Tue, 05 Mar 2024", "2024-03-05"]], "header line: its date part"],
  ["The government came to power in October 2022 on a promise.", MON_FEB, [["October 2022", "2022-10"]]],
  ["Few arrests were made after a December mortar attack.", MON_FEB, [["December", "2023-12"]]],
  ["The death of his predecessor in July also begs the question.", FRI, [["July", "2024-07"]]],
  ["Prices fell in October, traders said.", FRI, [["October", "2024-10"]], "the publication month itself"],
  ["The coalition was deployed in 2014 to fight Islamic State.", MON_FEB, [["2014", "2014"]]],
  ["Groups attacked US forces in the wake of the 2003 invasion.", MON_FEB, [["2003", "2003"]]],
  [
    "Forces invaded in 2003, before withdrawing in 2011.",
    MON_FEB,
    [
      ["2003", "2003"],
      ["2011", "2011"],
    ],
  ],
  [
    "Output grew between 2019 and 2021.",
    FRI,
    [
      ["2019", "2019"],
      ["2021", "2021"],
    ],
    "a range is two mentions",
  ],
  [
    "The 2019-21 drought and the 2023/24 season.",
    FRI,
    [
      ["2019", "2019"],
      ["21", "2021"],
    ],
    "a range of years is two mentions; a season across the new year is none (not YYYY)",
  ],
  ["Inflation was high in the 1990s and in the '70s.", FRI, [], "decades are no dates (not YYYY)"],
  [
    "Growth slowed in mid-2023 and recovered in early 2024.",
    FRI,
    [
      ["2023", "2023"],
      ["2024", "2024"],
    ],
  ],
  ["The file is dated 2024-03-05.", FRI, [["2024-03-05", "2024-03-05"]]],
  ["The bond matures on 13/03/2026.", FRI, [["13/03/2026", "2026-03-13"]]],
  ["Published: 2024-03-05T14:02:11Z", "2024-03-05", [["2024-03-05", "2024-03-05"]], "ISO timestamp: its date part"],
  ["The 1999-00 season and the 2019-20 season.", FRI, [], "seasons across the new year are no dates (not YYYY)"],
  [
    "The polar expedition of 1999-00 wintered at the base.",
    FRI,
    [
      ["1999", "1999"],
      ["00", "2000"],
    ],
    "a range of years across a century is two mentions",
  ],
  ["Israel and Jordan signed a peace treaty in 1994.", FRI, [["1994", "1994"]]],
  ["The contract runs until the end of July.", FRI, [["July", "2025-07"]], "a contract still running ends ahead"],
  [
    "Sales rose in fiscal 2023, beating the 2022 figure.",
    FRI,
    [
      ["2023", "2023"],
      ["2022", "2022"],
    ],
  ],
  // --- relative to the article's date
  ["He was killed near the airport four years ago, the sources said.", MON_FEB, [["four years ago", "2020"]]],
  ["The territory was bombed to rubble a year ago.", FRI, [["a year ago", "2023"]]],
  ["The boy went missing three days ago.", FRI, [["three days ago", "2024-10-15"]]],
  ["Two weeks ago the bridge reopened.", FRI, [["Two weeks ago", "2024-10-04"]]],
  ["Exports fell last month.", FRI, [["last month", "2024-09"]]],
  [
    "Exports fell last year and will rise next year.",
    FRI,
    [
      ["last year", "2023"],
      ["next year", "2025"],
    ],
  ],
  [
    "The ban could be lifted tomorrow, the minister said yesterday.",
    FRI,
    [
      ["tomorrow", "2024-10-19"],
      ["yesterday", "2024-10-17"],
    ],
  ],
  ["Growth this year beats the forecast.", FRI, [["this year", "2024"]]],
  // --- relative to a date the text just gave
  [
    "Most agreed on Jan. 29. The next day, the group announced a pause.",
    MON_FEB,
    [
      ["Jan. 29", "2024-01-29"],
      ["The next day", "2024-01-30"],
    ],
  ],
  [
    "He arrived on Sept. 8. Two days later he left.",
    FRI,
    [
      ["Sept. 8", "2024-09-08"],
      ["Two days later", "2024-09-10"],
    ],
  ],
  [
    "He left on March 3, 2019. The following day, he resigned.",
    FRI,
    [
      ["March 3, 2019", "2019-03-03"],
      ["The following day", "2019-03-04"],
    ],
  ],
  // --- false friends: durations, anchored durations, vague references, frequencies
  ["Updated 3 sec ago", FRI, [], "scrape-relative boilerplate"],
  ["Updated 56 min 29 sec ago", FRI, []],
  ["Updated 5 min 52 sec ago", FRI, []],
  ["Forces have been operating there for the past two weeks.", FRI, []],
  ["Staff had been working for 14 days without rest.", FRI, []],
  ["It came less than 48 hours after the attack.", FRI, []],
  ["The agency lost 231 staff in the past year of fighting.", FRI, []],
  ["The last year has been hard, and the next month will be harder.", FRI, [], "'the last year' is a duration"],
  ["The movement has waged a war for more than a year now.", FRI, []],
  ["It was the third attack this week.", FRI, []],
  ["There were direct attacks in recent days.", FRI, []],
  ["More than 42,000 have been killed so far, and now the talks stall.", FRI, []],
  ["The escalation came a day after it said it had killed him.", FRI, [], "duration anchored on an event"],
  ["At a rally just hours after his death was announced, she spoke.", FRI, []],
  ["It sparked fears of a regional war at the time.", FRI, []],
  ["Dozens of trucks cross daily from Jordan.", FRI, []],
  ["Experts say the group may bid its time.", FRI, [], "'may' the verb"],
  ["Thousands of protesters march on parliament.", FRI, [], "'march' the verb"],
  ["The Sunday Times reported the deal.", FRI, [], "a newspaper"],
  ["The second ranked player lost.", FRI, []],
  ["They spoke of the Day of Judgment.", FRI, []],
  ["He won 2020 votes in the district.", FRI, [], "a count, not a year"],
  ["The US has some 2,500 troops and $2,500 in aid.", FRI, []],
  ["They found 40 thousand shekels ($10,750).", FRI, []],
  ["The meeting started at 10:30 am and ended at 1900 GMT.", FRI, [], "times of day alone"],
  ["Theresa May and April Ryan met Jan Egeland.", FRI, [], "names that are months"],
  ["UN Security Council Resolution 2334 was cited.", FRI, []],
  ["Shops close on Fridays and every Monday.", FRI, [], "frequencies"],
  ["Bowling: Waugh 5-1-36-1, Fleming 8-1-26-3.", FRI, [], "cricket figures are not numeric dates"],
  ["Trump won in 2016 with 304 electoral votes.", FRI, [["2016", "2016"]]],
  ["Sydney 21 15 1 5 2067 1687 122.5 62", FRI, [], "numbers in a table row are not years"],
  // --- a date after publication in a clause without tense: coming if it is only weeks ahead
  ["Voters go to the polls on Nov. 5 in the presidential election.", FRI, [["Nov. 5", "2024-11-05"]]],
  ["Police are still investigating the Dec. 3 attack.", FRI, [["Dec. 3", "2023-12-03"]], "an attack is in the past"],
  ["The company will cut 2,000 jobs by next March.", FRI, [["next March", "2025-03"]], "the direction word is part of the span"],
  ["Last Friday's rally drew thousands.", FRI, [["Last Friday", "2024-10-11"]]],
  ["Inflation peaked in November, when prices rose 9%.", FRI, [["November", "2023-11"]]],
  // --- ranges of days are two mentions; a weekday fixes the year of its month-day
  [
    "The central bank meets March 19-20.",
    "2024-03-05",
    [
      ["March 19", "2024-03-19"],
      ["20", "2024-03-20"],
    ],
  ],
  [
    "From October 7 to 9 they fought.",
    FRI,
    [
      ["October 7", "2024-10-07"],
      ["9", "2024-10-09"],
    ],
  ],
  [
    "Calm held from Jan. 29 to Feb. 4.",
    MON_FEB,
    [
      ["Jan. 29", "2024-01-29"],
      ["Feb. 4", "2024-02-04"],
    ],
  ],
  ["The plant closes on Friday, Nov. 17.", FRI, [["Friday, Nov. 17", "2023-11-17"]], "Nov. 17 was a Friday in 2023"],
  // --- months and month-days ahead of the article's date, in sentences about the future
  ["The festival will open the film in North American cinemas in October.", JUN, [["October", "2024-10"]], "will"],
  [
    'US distributor Neon, which also released "Parasite", will open "Anora" in cinemas in October.',
    JUN,
    [["October", "2024-10"]],
    "quoted titles do not end the clause",
  ],
  ["The merger is due to close in September.", JUN, [["September", "2024-09"]]],
  ["The launch is scheduled for September.", JUN, [["September", "2024-09"]]],
  ["The ministry plans to publish the rules in November.", JUN, [["November", "2024-11"]]],
  ["Investors expect the first rate cut in September.", JUN, [["September", "2024-09"]], "expectation"],
  ["Traders pushed back their bets on a first rate cut to September.", APR, [["September", "2024-09"]], "bets"],
  ["OPEC+ to phase out some voluntary cuts from October", JUN, [["October", "2024-10"]], "a start with nothing past"],
  ["He said the team would not play again until the league ends in May.", MAR, [["May", "2024-05"]], "reported clause with a modal"],
  [
    "Bankers said no decision was likely before the company's capital markets day in June.",
    MAR,
    [["June", "2024-06"]],
    "'was' inside reported speech is backshifted",
  ],
  ["Traders are betting on a big move before the company's next earnings report in May.", MAR, [["May", "2024-05"]], "'next' with a noun"],
  [
    "Sunak ruled out holding a general election in May, telling reporters a vote would come later.",
    MAR,
    [["May", "2024-05"]],
    "a verb of intention governs the date",
  ],
  ["Sunak rules out May election as Tories trail in polls", MAR, [["May", "2024-05"]], "'May' before an event noun"],
  ["The rains should cover the whole country by early July.", JUN, [["July", "2024-07"]], "modal"],
  [
    "Freixe, 62, who joined Nestlé in 1986, takes over on Sept. 1.",
    MAR,
    [
      ["1986", "1986"],
      ["Sept. 1", "2024-09-01"],
    ],
    "present tense of a scheduled event; the relative clause keeps its own tense",
  ],
  [
    "Economists now expect a first cut on June 6, followed by two more before December.",
    MAR,
    [
      ["June 6", "2024-06-06"],
      ["December", "2024-12"],
    ],
  ],
  // ... counter-examples that stay in the past
  ["The storm, which hit in September, will cost insurers billions.", JUN, [["September", "2023-09"]], "a date inside a relative clause keeps its past"],
  ["Officials expect the storm that hit in September to cost billions.", JUN, [["September", "2023-09"]], "past verb right before the date"],
  ["He said in December that he would retire.", FEB_THU, [["December", "2023-12"]], "the date of the saying"],
  ["Sunak told reporters in May that an election would come later.", MAR, [["May", "2023-05"]]],
  ["Police said sales fell sharply in December.", FEB_THU, [["December", "2023-12"]], "a past verb inside reported speech"],
  ["Exports, which peaked in August, fell again.", MAR, [["August", "2023-08"]]],
  ["The company announced the merger in December.", FEB_THU, [["December", "2023-12"]]],
  ["The ruling, handed down in May, was appealed.", MAR, [["May", "2023-05"]], "a parenthetical keeps its past"],
  [
    "He was born in September and died in October.",
    JUN,
    [
      ["September", "2023-09"],
      ["October", "2023-10"],
    ],
  ],
  ["The ceasefire agreed in November has held, and talks will resume.", JUN, [["November", "2023-11"]], "the future is in another clause"],
  ["Prices fell in October, traders said, and will fall again.", JUN, [["October", "2023-10"]]],
  ["Theresa May election campaign staff met.", MAR, [], "a surname before an event noun"],
  // --- weekdays: scheduled events in the present tense, deadlines, days set for something
  ["Sri Lanka votes on Saturday with economy on the line", SUN, [["Saturday", "2024-09-21"]], "present tense of a scheduled event"],
  [
    "Sri Lanka holds its first presidential election since the collapse of 2022 on Saturday, with reforms agreed with the IMF at stake.",
    SUN,
    [
      ["2022", "2022"],
      ["Saturday", "2024-09-21"],
    ],
    "the clause after the comma is another one",
  ],
  [
    "The Bank of Japan, which raised rates in July, begins a two-day policy meeting on Thursday.",
    MON_SEP,
    [
      ["July", "2024-07"],
      ["Thursday", "2024-09-19"],
    ],
  ],
  ["“The market is looking to China, where the National People’s Congress opens on Tuesday.”", MON_MAR, [["Tuesday", "2024-03-05"]]],
  [
    "Powell testifies before Congress on Wednesday and Thursday.",
    MON_MAR,
    [
      ["Wednesday", "2024-03-06"],
      ["Thursday", "2024-03-07"],
    ],
  ],
  ["The swearing-in ceremony could take place as early as Saturday, local media reported.", WED, [["Saturday", "2024-06-08"]], "modal"],
  ["Residents have called a protest in Valencia for Saturday.", TUE_NOV, [["Saturday", "2024-11-09"]], "the day something is set for"],
  ["Schools remain closed until Monday.", FRI, [["Monday", "2024-10-21"]], "a deadline with nothing past"],
  ["The vote will be held on Thursday.", FRI, [["Thursday", "2024-10-24"]], "'be held' is not the past"],
  ["A vote on the bill is expected on Tuesday.", MAR, [["Tuesday", "2024-03-19"]]],
  ["The deadline is Friday.", MAR, [["Friday", "2024-03-15"]]],
  ["Negotiators meet again on Monday in Doha.", MAR, [["Monday", "2024-03-18"]], "plural subject, present tense"],
  ["Nvidia reports results on Wednesday.", MAR, [["Wednesday", "2024-03-20"]]],
  // ... counter-examples that stay in the past
  ["On Friday, health officials appealed for calm.", SUN, [["Friday", "2024-09-13"]]],
  [
    "The president visited Kyiv on Monday and will return in May.",
    MAR,
    [
      ["Monday", "2024-03-11"],
      ["May", "2024-05"],
    ],
    "the future is in the next clause",
  ],
  ["Police are investigating a shooting on Monday night.", MAR, [["Monday", "2024-03-11"]], "the present of an inquiry is not a schedule"],
  ["The minister arrived in Paris on Saturday.", MAR, [["Saturday", "2024-03-09"]]],
  ["Oil prices held steady on Monday.", MAR, [["Monday", "2024-03-11"]]],
  [
    "On Friday, officials said they would hold talks next month.",
    SUN,
    [
      ["Friday", "2024-09-13"],
      ["next month", "2024-10"],
    ],
    "the reporting verb is the date's",
  ],
  [
    "The talks, first reported by the Wall Street Journal on Friday, could value the firm at $4 billion.",
    TUE_MAR,
    [["Friday", "2024-03-01"]],
    "a parenthetical keeps its own tense",
  ],
  ["It had received more than 100,000 claims by Monday, mostly for cars.", TUE_NOV, [["Monday", "2024-11-04"]]],
  ["Sunak told reporters on Tuesday that an election would come later.", FRI, [["Tuesday", "2024-10-15"]]],
  ["Israel votes were counted on Saturday.", SUN, [["Saturday", "2024-09-14"]], "'votes' as a noun"],
  ["He was jailed for Friday's attack.", SUN, [["Friday", "2024-09-13"]], "'for' before a possessive is no appointment"],
  // --- the same day, the next day beside a date, narrative breaks
  [
    "The election of 2 June 2024 was calm. Sheinbaum, who won by a landslide on the same day, will take office on 1 October 2024.",
    undefined,
    [
      ["2 June 2024", "2024-06-02"],
      ["the same day", "2024-06-02"],
      ["1 October 2024", "2024-10-01"],
    ],
  ],
  ["He arrived on Sept. 8. They met on the same day as the summit.", FRI, [["Sept. 8", "2024-09-08"]], "'the same day as' an event"],
  [
    "The alert came on October 29. The next day, on October 30, soldiers began searching.",
    TUE_NOV,
    [
      ["October 29", "2024-10-29"],
      ["October 30", "2024-10-30"],
    ],
    "'The next day' beside the date it names",
  ],
  [
    "The alert came on October 29.\nThe towns south of the city\nHer husband was found two days later.",
    TUE_NOV,
    [["October 29", "2024-10-29"]],
    "a subhead ends the narrative of the date",
  ],
  ['Kurtz later told NBC\'s "Today" show that he was sorry.', FRI, [], "a quoted title"],
  ["Every data center budget for 2024 seems to have an Nvidia line in it.", TUE_MAR, [["2024", "2024"]], "a year before a verb in -s"],
];

for (const [sentence, reference, expected, note] of rows) {
  test(`${note ? `${note}: ` : ""}${sentence.slice(0, 70)}`, () => {
    const got = findDates(sentence, reference);
    for (const d of got) assert.equal(sentence.slice(d.start, d.end), d.text, "span and text agree");
    assert.deepEqual(
      got.map((d) => [d.text, d.value]),
      expected,
    );
  });
}

test("relative expressions with no reference resolve against the latest absolute date before them", () => {
  const text = "Published: March 5, 2024\nHe spoke on Monday and said yesterday was hard. Friday was worse.";
  assert.deepEqual(
    findDates(text, undefined).map((d) => [d.text, d.value]),
    [
      ["March 5, 2024", "2024-03-05"],
      ["Monday", "2024-03-04"],
      ["yesterday", "2024-03-04"],
      ["Friday", "2024-03-01"],
    ],
  );
});

test("relative expressions with nothing to resolve against are left out", () => {
  assert.deepEqual(
    findDates("He spoke on Monday, two years ago, in 2019.", undefined).map((d) => [d.text, d.value]),
    [["2019", "2019"]],
  );
});

test("a wire dateline's month-day is the article's day when it has no date, in the year given as fallback", () => {
  const text =
    "French bonds slide\nPARIS, June 10 (Reuters) - Bonds sold off on Monday after the vote on Sunday.\n" +
    "The election will be held on June 30 and July 7. S&P cut the rating on May 31, and the court ruled in May.";
  const want = [
    ["June 10", "2024-06-10"],
    ["Monday", "2024-06-10"],
    ["Sunday", "2024-06-09"],
    ["June 30", "2024-06-30"],
    ["July 7", "2024-07-07"],
    ["May 31", "2024-05-31"],
    ["May", "2024-05"],
  ];
  assert.deepEqual(
    findDates(text, undefined, { fallbackYear: 2024 }).map((d) => [d.text, d.value]),
    want,
  );
  // The AP style, with an em dash; a city with a region.
  assert.deepEqual(
    findDates("TOKYO, June 4 (AP) — Officials inspected it on Tuesday.", undefined, { fallbackYear: 2024 }).map((d) => [d.text, d.value]),
    [
      ["June 4", "2024-06-04"],
      ["Tuesday", "2024-06-04"],
    ],
  );
  assert.deepEqual(
    findDates("VEVEY, Switzerland, Sept. 2 - It met on Friday.", undefined, { fallbackYear: 2024 }).map((d) => [d.text, d.value]),
    [
      ["Sept. 2", "2024-09-02"],
      ["Friday", "2024-08-30"],
    ],
  );
  // Without the option, or with a publication date, the dateline does not set the day.
  assert.deepEqual(
    findDates(text, undefined).map((d) => d.text),
    [],
  );
  assert.deepEqual(
    findDates("PARIS, June 10 (Reuters) - It fell on Monday.", "2024-06-12", { fallbackYear: 2020 }).map((d) => d.value),
    ["2024-06-10", "2024-06-10"],
  );
  // A dateline without a day gives nothing to resolve against.
  assert.deepEqual(
    findDates("GENEVA (Reuters) - It rose on Monday, as in 2015.", undefined, { fallbackYear: 2024 }).map((d) => d.value),
    ["2015"],
  );
  // A month-day in the body is no dateline.
  assert.deepEqual(
    findDates("He said on June 10 it fell on Monday.", undefined, { fallbackYear: 2024 }).map((d) => d.value),
    [],
  );
});

test("latestWrittenYear: the latest year written as a date's year, outside sentences about the future", () => {
  assert.equal(latestWrittenYear("Each of the 12 months to May 2024 set a record. It was 86% likely that a year between 2024 and 2028 would beat 2023."), 2024);
  assert.equal(latestWrittenYear("Production halted in December 2023. The plan will run until March 2030."), 2023);
  assert.equal(latestWrittenYear("The chance was zero in 2015, and it rose in 2019, since the 1990s."), 2019);
  assert.equal(latestWrittenYear("It will exceed the limit by 2027."), undefined);
  assert.equal(latestWrittenYear("No dates here, only 2,500 troops."), undefined);
});

test("year anchors from the dump apply to event month-days of another article", () => {
  const dump = "Fighting has raged since Oct. 7, 2023, when Hamas attacked.";
  const anchors = collectYearAnchors(dump);
  assert.equal(anchors.get("10-07"), 2023);
  const article = "He ordered the Oct 7 attack on Israel. Crowds rallied on Oct. 7 in Tel Aviv.";
  assert.deepEqual(
    findDates(article, FRI, { yearAnchors: anchors }).map((d) => [d.text, d.value]),
    [
      ["Oct 7", "2023-10-07"],
      ["Oct. 7", "2024-10-07"],
    ],
  );
  // Without the dump's anchors, the default rule applies.
  assert.deepEqual(
    findDates(article, FRI).map((d) => d.value),
    ["2024-10-07", "2024-10-07"],
  );
});

test("offsets are UTF-16 offsets into a multi-line text with mixed line ends", () => {
  const text = "Headline – “quoted”\r\nUpdated 19 February 2024\rFollow\n\nBAGHDAD: On Jan. 29 😀 he met them.";
  const got = findDates(text, undefined);
  assert.deepEqual(
    got.map((d) => [d.text, d.value]),
    [
      ["19 February 2024", "2024-02-19"],
      ["Jan. 29", "2024-01-29"],
    ],
  );
  for (const d of got) assert.equal(text.slice(d.start, d.end), d.text);
});

test("ambiguous numeric dates pick the reading on or before the article's date", () => {
  assert.deepEqual(
    findDates("It ended on 05/03/2024.", "2024-03-20").map((d) => d.value),
    ["2024-03-05"],
  );
  assert.deepEqual(
    findDates("It ended on 05/03/2024.", "2024-05-20").map((d) => d.value),
    ["2024-05-03"],
  );
  assert.deepEqual(
    findDates("It ended on 05/03/2024.", "2024-05-20", { dayFirst: true }).map((d) => d.value),
    ["2024-03-05"],
  );
});

const pubRows: [string, string | undefined][] = [
  ["19 February 2024", "2024-02-19"],
  ["August 30, 2020", "2020-08-30"],
  ["31 February 2020", undefined], // the plain form's day must exist; chrono finds none either
  ["1 March 1899", "1899-03-01"], // outside the plain form's years: chrono reads it
  ["By Jane Doe", undefined],
  ["the end of March 2024", "2024-03-31"], // chrono gives the end of the month its day
  ["Updated 18 October 2024", "2024-10-18"],
  ["2024-03-05", "2024-03-05"],
  ["2024-03-05T23:10:00Z", "2024-03-05"],
  ["2024-03-05T23:10:00+01:00", "2024-03-05"],
  ["Tue, 05 Mar 2024 14:02:11 GMT", "2024-03-05"],
  ["March 5, 2024", "2024-03-05"],
  ["Mar 5, 2024 10:30 AM EST", "2024-03-05"],
  ["Friday, 18 October 2024, 10:02", "2024-10-18"],
  ["13/03/2024", "2024-03-13"],
  ["03/13/2024", "2024-03-13"],
  ["05/03/2024", "2024-05-03"],
  ["05.03.2024", "2024-03-05"],
  ["2024/03/05", "2024-03-05"],
  ["Updated 3 sec ago", undefined],
  ["5 March", undefined],
  ["Follow", undefined],
  ["31/02/2024", undefined],
];
for (const [value, want] of pubRows) {
  test(`parsePublicationDate(${JSON.stringify(value)})`, () => assert.equal(parsePublicationDate(value), want));
}
test("parsePublicationDate: day first on request", () => assert.equal(parsePublicationDate("05/03/2024", { dayFirst: true }), "2024-03-05"));

test("chrono runs its calendar parsers only (picked by class name)", () => {
  assert.deepEqual(chronoParserNames().sort(), [
    "ENMonthNameLittleEndianParser",
    "ENMonthNameMiddleEndianParser",
    "ENMonthNameParser",
    "ENWeekdayParser",
    "ENYearMonthDayParser",
    "ISOFormatParser",
    "SlashDateFormatParser",
  ]);
});
