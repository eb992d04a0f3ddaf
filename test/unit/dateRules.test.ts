// The calendar rules of English news writing that date resolution follows, one group per rule:
// examples the rule must get right and counter-examples it must leave alone. Each row is a
// sentence, the article's publication day, and every date mention expected in it (text exactly as
// the span, ISO value); a row with no expectation has no date mention.

import assert from "node:assert/strict";
import { test } from "node:test";
import { findDates } from "../../server/src/analysis/dates/resolve.js";

type Row = [sentence: string, reference: string, expected: [text: string, value: string][]];

const rules: Record<string, Row[]> = {
  "decades and centuries are no dates (they cannot be written YYYY)": [
    ["Rents have doubled since the 1990s.", "2024-06-12", []],
    ["Its relationship with the orchestra soured in the late '80s.", "2024-06-12", []],
    ["The flats, built in the 1950s, were sold in 1994.", "2024-06-12", [["1994", "1994"]]],
    ["Two decades ago the town had no hospital.", "2024-06-12", []],
    ["The records go back to the 19th century.", "2024-06-12", []],
    // counter-examples: years and "N years ago" stay
    ["The bridge opened in 1887.", "2024-06-12", [["1887", "1887"]]],
    ["The plant closed ten years ago.", "2024-06-12", [["ten years ago", "2014"]]],
    ["Humans reached the region about 45,000 years ago.", "2024-06-12", []],
  ],
  "'today' names the day only when something happens on it, not the present age": [
    ["The minister said today that the plan would go ahead.", "2024-06-12", [["today", "2024-06-12"]]],
    ["Parliament votes today on the budget.", "2024-06-12", [["today", "2024-06-12"]]],
    ["The strike will end today at midnight.", "2024-06-12", [["today", "2024-06-12"]]],
    ["Shares fell 4% today after the company cut its forecast.", "2024-06-12", [["today", "2024-06-12"]]],
    ['"We made history today, but the work goes on," the captain said.', "2024-06-12", [["today", "2024-06-12"]]],
    ['"Today marks the end of an era," the chairman said.', "2024-06-12", [["Today", "2024-06-12"]]],
    ['"I am today asking the court to rule," the lawyer said.', "2024-06-12", [["today", "2024-06-12"]]],
    ["The cabinet is expected to meet later today.", "2024-06-12", [["today", "2024-06-12"]]],
    ['"Today I am pleased to announce a new plan," the mayor said.', "2024-06-12", [["Today", "2024-06-12"]]],
    ["Up to today, no complaint has been received.", "2024-06-12", [["today", "2024-06-12"]]],
    // counter-examples: nowadays
    // an event of the day after "today's", a present perfect, a headline's clause without a verb
    ["In today’s Chamber judgment in the case of Smith v. Malta, the Court held that …", "2024-06-12", [["today", "2024-06-12"]]],
    ['"Today the voters have chosen change," the leader said.', "2024-06-12", [["Today", "2024-06-12"]]],
    ["Another clean sheet at the stadium today: Leverkusen 3, Bremen 0.", "2024-06-12", [["today", "2024-06-12"]]],
    ["Young people today spend more on rent than their parents did.", "2024-06-12", []],
    ["Today’s youth read less than their parents did.", "2024-06-12", []],
    ["These are the challenges we face today.", "2024-06-12", []],
    ["Today the region is one of the richest in Europe.", "2024-06-12", []],
    ['"Today we have a very different team," the coach said.', "2024-06-12", []],
    ["Unlike in 1990, few workers today belong to a union.", "2024-06-12", [["1990", "1990"]]],
    ["The pill, approved in 2000, is used in most abortions today.", "2024-06-12", [["2000", "2000"]]],
    ["The country he left in 1975 was poor. Today, said his daughter, it is rich.", "2024-06-12", [["1975", "1975"]]],
    ["The minister told parliament that Britain today was paying for past mistakes.", "2024-06-12", []],
    ["He told NBC's Today show that he was sorry.", "2024-06-12", []],
    ['"Hospitals today cannot hire enough nurses," the union said.', "2024-06-12", []],
    ["Small farms today can't compete with the imports.", "2024-06-12", []],
    ["The mill closed in 1980; a school and a library stand on the site today.", "2024-06-12", [["1980", "1980"]]],
    ["Only ruins remain today.", "2024-06-12", []],
    ["The cooperative was set up in 1975 and today employs 300 people.", "2024-06-12", [["1975", "1975"]]],
    ["Researchers said sensors today measure the river every hour.", "2024-06-12", []],
    // counter-example: a past verb right after it
    ["The cooperative today opened a second mill.", "2024-06-12", [["today", "2024-06-12"]]],
    ["The cooperative today broke ground on a second mill.", "2024-06-12", [["today", "2024-06-12"]]],
  ],
  "a dateline's full date is its writer's today": [
    [
      "MUMBAI, India, June 13, 2024 /PRNewswire/ -- Tata Motors today announced a new plant.",
      "2024-06-12",
      [
        ["June 13, 2024", "2024-06-13"],
        ["today", "2024-06-13"],
      ],
    ],
    [
      "SYDNEY, 13 June 2024 (AAP) - The central bank left rates unchanged today.",
      "2024-06-12",
      [
        ["13 June 2024", "2024-06-13"],
        ["today", "2024-06-13"],
      ],
    ],
    // counter-example: without a dateline, the article's day
    ["Tata Motors today announced a new plant.", "2024-06-12", [["today", "2024-06-12"]]],
  ],
  "the nearest clause with a tense of its own dates the day": [
    ["The league will investigate after fans invaded the pitch on Saturday.", "2024-03-14", [["Saturday", "2024-03-09"]]],
    ["She will appeal the ruling, which the court handed down on Tuesday.", "2024-03-14", [["Tuesday", "2024-03-12"]]],
    ["Spain will face Italy, who beat them on Saturday, in the final.", "2024-03-14", [["Saturday", "2024-03-09"]]],
    ["The bank will raise its offer after the board rejected it on Monday.", "2024-03-14", [["Monday", "2024-03-11"]]],
    [
      "Because the vote was held on Sunday, results will come on Monday.",
      "2024-03-14",
      [
        ["Sunday", "2024-03-10"],
        ["Monday", "2024-03-18"],
      ],
    ],
    ["Talks will resume once the envoy returns on Monday.", "2024-03-14", [["Monday", "2024-03-18"]]],
    // an unplanned event happened on its day
    ["The league said it would investigate the incident on Saturday.", "2024-03-14", [["Saturday", "2024-03-09"]]],
    ["Police will question witnesses to the shooting on Friday.", "2024-03-14", [["Friday", "2024-03-08"]]],
    // counter-examples: a clause without a tense of its own takes the sentence's; a planned event may lie ahead
    ["The minister will travel to Paris after the summit on Monday.", "2024-03-14", [["Monday", "2024-03-18"]]],
    ["Unions will hold a strike on Monday.", "2024-03-14", [["Monday", "2024-03-18"]]],
  ],
  "appositions and participle phrases keep their own tense": [
    ["The act, a law aimed at curbing Big Tech, starts to apply on Thursday.", "2024-03-04", [["Thursday", "2024-03-07"]]],
    [
      "The tournament, co-hosted by two countries, runs from June 1 to June 29.",
      "2024-05-20",
      [
        ["June 1", "2024-06-01"],
        ["June 29", "2024-06-29"],
      ],
    ],
    [
      "The company, a supplier founded in 1990, will list its shares in May.",
      "2024-03-14",
      [
        ["1990", "1990"],
        ["May", "2024-05"],
      ],
    ],
    // counter-example: the date inside the phrase keeps the phrase's past
    [
      "The bill, passed by the Senate in February, will become law in April.",
      "2024-03-14",
      [
        ["February", "2024-02"],
        ["April", "2024-04"],
      ],
    ],
  ],
  "what is still scheduled lies ahead: fixtures, 'ahead of', 'N weeks away', a day set for something": [
    ["Brazil play Peru in Lima on Tuesday.", "2023-09-09", [["Tuesday", "2023-09-12"]]],
    ["Arsenal host Chelsea on Sunday.", "2024-10-02", [["Sunday", "2024-10-06"]]],
    ["Investors were cautious ahead of Thursday's jobs data.", "2024-10-02", [["Thursday", "2024-10-03"]]],
    ["The market was waiting for Friday's stock report, which will include delayed figures.", "1996-08-28", [["Friday", "1996-08-30"]]],
    ["Markets fell ahead of the Nov. 5 election.", "2024-10-02", [["Nov. 5", "2024-11-05"]]],
    ["With the Nov. 5 election less than seven weeks away, both parties have said they want a deal.", "2024-09-19", [["Nov. 5", "2024-11-05"]]],
    ["Unions have called a general strike for Oct. 15.", "2024-10-02", [["Oct. 15", "2024-10-15"]]],
    ["A hearing the court had set for July 9 will not take place.", "2024-06-27", [["July 9", "2024-07-09"]]],
    ["The government declared Friday a day of mourning.", "2024-10-02", [["Friday", "2024-10-04"]]],
    ["Their portfolios are expected to be announced on Monday.", "2024-06-09", [["Monday", "2024-06-10"]]],
    ["Governments are preparing for the summit in November.", "2024-06-06", [["November", "2024-11"]]],
    ["Forecasters warned of heavy snow through Thursday.", "2024-01-16", [["Thursday", "2024-01-18"]]],
    // counter-examples
    ["Arsenal beat Chelsea on Sunday.", "2024-10-02", [["Sunday", "2024-09-29"]]],
    ["Police declared Friday's protest illegal.", "2024-10-02", [["Friday", "2024-09-27"]]],
    ["The hearing was announced on Monday.", "2024-03-14", [["Monday", "2024-03-11"]]],
    ["Milik celebrates his goal against Brest on Sunday. Photo: Lucien Garnier/AFP", "2021-03-08", [["Sunday", "2021-03-07"]]],
  ],
  "a date of a rescheduling has not happened yet; the date moved to follows the date given up": [
    [
      "A hearing on costs has been moved from April to June, the court said.",
      "2021-03-09",
      [
        ["April", "2021-04"],
        ["June", "2021-06"],
      ],
    ],
    [
      "The federation moved the tournament from June to January.",
      "2022-11-30",
      [
        ["June", "2023-06"],
        ["January", "2024-01"],
      ],
    ],
    [
      "The summit has been postponed from October to December.",
      "2024-09-10",
      [
        ["October", "2024-10"],
        ["December", "2024-12"],
      ],
    ],
    [
      "A separate case was moved from\nNovember to February after a judge fell ill.",
      "2023-10-12",
      [
        ["November", "2023-11"],
        ["February", "2024-02"],
      ],
    ],
    ["Chile's Senate delays pension reform vote to January", "2024-08-20", [["January", "2025-01"]]],
    ["The regulator pushed back the deadline to March.", "2024-09-10", [["March", "2025-03"]]],
    [
      "The launch was moved from 2022 to April after delays.",
      "2023-03-10",
      [
        ["2022", "2022"],
        ["April", "2023-04"],
      ],
    ],
    [
      "The award was moved from December to October this year.",
      "2022-10-18",
      [
        ["December", "2022-12"],
        ["October", "2022-10"],
        ["this year", "2022"],
      ],
    ],
    [
      "Organisers brought the festival forward from August to July.",
      "2024-03-10",
      [
        ["August", "2024-08"],
        ["July", "2024-07"],
      ],
    ],
    ["The sale moved to Friday.", "2024-09-10", [["Friday", "2024-09-13"]]],
    // told in the past perfect, the rescheduled event has come
    [
      "The election had been moved from November to February after the commission redrew constituencies.",
      "2024-02-10",
      [
        ["November", "2023-11"],
        ["February", "2024-02"],
      ],
    ],
    ["He said the vote had been postponed to May.", "2024-03-10", [["May", "2024-05"]]],
    // counter-examples: no rescheduling
    ["He moved to Paris in March and then to Rome.", "2024-09-10", [["March", "2024-03"]]],
    [
      "Prices rose from April to June.",
      "2024-09-10",
      [
        ["April", "2024-04"],
        ["June", "2024-06"],
      ],
    ],
  ],
  "a period still running ends ahead: 'runs until', 'that end on', 'expires in'": [
    ["The exhibition, which runs until Jan. 19, has drawn crowds.", "2024-09-12", [["Jan. 19", "2025-01-19"]]],
    ["Sanctions that expire on March 31 were extended by the council.", "2024-10-02", [["March 31", "2025-03-31"]]],
    ["The show runs until February at the Tate.", "2024-10-02", [["February", "2025-02"]]],
    ["The contract expires in March, and talks will begin soon.", "2024-08-20", [["March", "2025-03"]]],
    ["A capsule could bring them home in February.", "2024-08-14", [["February", "2025-02"]]],
    ["Maduro would begin a third six-year term on Jan. 10.", "2024-07-29", [["Jan. 10", "2025-01-10"]]],
    ["The tour party will be announced towards the end of March.", "1996-08-30", [["March", "1997-03"]]],
    ["The company said the switch would probably become effective in September.", "1996-12-06", [["September", "1997-09"]]],
    ["The contract runs until the end of July.", "2024-10-18", [["July", "2025-07"]]],
    // the end of a span after a past verb: this year's when it is soon, ahead when "at least"
    ["The airport suspended all flights until May 30.", "2024-05-06", [["May 30", "2024-05-30"]]],
    ["The airline cancelled its flights until at least March 15.", "2024-11-20", [["March 15", "2025-03-15"]]],
    ["Forecasters said more rain was expected on Wednesday.", "2024-05-06", [["Wednesday", "2024-05-08"]]],
    // a month just gone stays in the past even in a sentence about the future
    ["Sales will recover after falling in June.", "2024-08-20", [["June", "2024-06"]]],
    // counter-examples: a period that has ended, a noun that looks like a verb
    ["The show ran until February at the Tate.", "2024-10-02", [["February", "2024-02"]]],
    ["He scored 120 runs on Saturday.", "2024-10-02", [["Saturday", "2024-09-28"]]],
    ["The dollar was up from its close on Tuesday of 107.55 yen.", "1996-08-28", [["Tuesday", "1996-08-27"]]],
  ],
  "a day whose month is written once for two days is a mention in that month": [
    [
      "The festival, held between October 11 and 13, drew 300,000 people.",
      "2024-10-14",
      [
        ["October 11", "2024-10-11"],
        ["13", "2024-10-13"],
      ],
    ],
    [
      "The court had set a hearing for July 9 and 10.",
      "2024-06-27",
      [
        ["July 9", "2024-07-09"],
        ["10", "2024-07-10"],
      ],
    ],
    [
      "The fair takes place on 14 and 15 November.",
      "2024-10-02",
      [
        ["14", "2024-11-14"],
        ["15 November", "2024-11-15"],
      ],
    ],
    // counter-examples: a count after "and"
    ["Between July 4 and 12 people were injured.", "2024-10-02", [["July 4", "2024-07-04"]]],
    ["Police counted 2,000 marchers on July 4 and 5,000 at the weekend.", "2024-10-02", [["July 4", "2024-07-04"]]],
  ],
  "'last <month>' is the latest such month at least two months back": [
    ["Businesses have waited since last May for a roadmap.", "2021-03-05", [["last May", "2020-05"]]],
    ["A poll published last May found wide support.", "2023-09-09", [["last May", "2023-05"]]],
    ["The party has boycotted the assembly since last February.", "2023-03-01", [["last February", "2022-02"]]],
    ["The bank raised rates last March.", "2024-10-02", [["last March", "2024-03"]]],
    // counter-example: "last month" is the month before
    ["The bank raised rates last month.", "2024-10-02", [["last month", "2024-09"]]],
  ],
  "'May' alone is a month where the text says so, a verb or a name otherwise": [
    ["The army has besieged the city since May.", "2024-08-01", [["May", "2024-05"]]],
    [
      "Last month was the warmest May on record.",
      "2024-06-06",
      [
        ["Last month", "2024-05"],
        ["May", "2024-05"],
      ],
    ],
    ["May was the 12th record-warm month in a row.", "2024-06-06", [["May", "2024-05"]]],
    [
      "Prices rose in April and May, then fell.",
      "2024-10-02",
      [
        ["April", "2024-04"],
        ["May", "2024-05"],
      ],
    ],
    ["The regulator delayed the ruling to May.", "2024-02-02", [["May", "2024-05"]]],
    // counter-examples
    ["May said she would not resign. Theresa May has led the party since 2016.", "2024-10-02", [["2016", "2016"]]],
    ["The council may vote on the plan.", "2024-10-02", []],
    ["Brian May played the guitar solo.", "2024-10-02", []],
  ],
  "a holiday is the day it falls on, in the year the clause means": [
    ["Shops will close over Easter.", "2024-03-14", [["Easter", "2024-03-31"]]],
    [
      "Markets were closed on Good Friday and Easter Monday.",
      "2024-04-10",
      [
        ["Good Friday", "2024-03-29"],
        ["Easter Monday", "2024-04-01"],
      ],
    ],
    ["Sales fell sharply after Christmas.", "2024-03-14", [["Christmas", "2023-12-25"]]],
    ["The talks should end by Thanksgiving.", "2024-11-10", [["Thanksgiving", "2024-11-28"]]],
    ["Retailers expect record sales on Black Friday.", "2024-11-10", [["Black Friday", "2024-11-29"]]],
    ["Last Christmas the family was reunited.", "2024-03-14", [["Last Christmas", "2023-12-25"]]],
    ["Fireworks lit up the sky on New Year's Eve.", "2024-01-03", [["New Year's Eve", "2023-12-31"]]],
    ["Protesters marched on May Day.", "2024-10-02", [["May Day", "2024-05-01"]]],
    // a holiday at most a month away is the coming one, whatever the tense
    ["Many traders had left early to start the Labor Day weekend.", "2024-08-30", [["Labor Day", "2024-09-02"]]],
    ["Crude saw thin buying ahead of the U.S. Thanksgiving holiday.", "2024-11-26", [["Thanksgiving", "2024-11-28"]]],
    ["Tourists were kidnapped on New Year's Day.", "2024-08-26", [["New Year's Day", "2024-01-01"]]],
    // counter-examples: names that begin with a holiday's, things named after one
    ["The Good Friday Agreement ended decades of conflict.", "2024-03-14", []],
    ["He put up a Christmas tree. Easter Island is remote.", "2024-03-14", []],
  ],
  "a month followed by 'this', 'next' or 'last year' is in that year ('next' and 'last year' are part of the expression)": [
    ["Elections are due in March next year.", "2024-10-02", [["March next year", "2025-03"]]],
    ["The shares have been listed since August last year.", "2024-05-02", [["August last year", "2023-08"]]],
    ["The plant should open on June 3, next year.", "2024-05-02", [["June 3, next year", "2025-06-03"]]],
    [
      "The law took effect in January this year.",
      "2024-10-02",
      [
        ["January", "2024-01"],
        ["this year", "2024"],
      ],
    ],
    ["Prices peaked in December of last year.", "2024-10-02", [["December of last year", "2023-12"]]],
  ],
  "the start of a range takes the year written at its end": [
    [
      "The finals will run from January 13 to February 11, 2024.",
      "2022-11-30",
      [
        ["January 13", "2024-01-13"],
        ["February 11, 2024", "2024-02-11"],
      ],
    ],
    [
      "The festival runs from December 28 to January 3, 2025.",
      "2024-10-02",
      [
        ["December 28", "2024-12-28"],
        ["January 3, 2025", "2025-01-03"],
      ],
    ],
  ],
  "the year, the month and the day the text is in: 'this fiscal year', 'the end of the year', 'later in the day'": [
    ["Profit fell in the first half of this fiscal year.", "2024-11-07", [["this fiscal year", "2024"]]],
    ["The plant will close by the end of next year.", "2024-10-02", [["the end of next year", "2025"]]],
    ["Inflation should ease by the end of the month.", "2024-10-02", [["the end of the month", "2024-10"]]],
    ["Scientists warned a drought could undo the gains by the end of the year.", "2023-09-06", [["the end of the year", "2023"]]],
    [
      "Protesters gathered on Tuesday. Later in the day, police cleared the square.",
      "2024-03-14",
      [
        ["Tuesday", "2024-03-12"],
        ["the day", "2024-03-12"],
      ],
    ],
    ["The company expects a recovery later in the year.", "2024-03-14", [["the year", "2024"]]],
    ["The bank expects the deal to close by year-end.", "2024-10-02", [["year-end", "2024"]]],
    [
      "Growth should pick up by end-2025, with the plant open from end-March.",
      "2024-10-02",
      [
        ["2025", "2025"],
        ["March", "2025-03"],
      ],
    ],
    // counter-example: a modifier, not a time
    ["Year-end bonuses rose.", "2024-10-02", []],
    // counter-examples: durations
    ["Prices rose over the past year.", "2024-03-14", []],
    ["The end of the war is not in sight.", "2024-03-14", []],
  ],
  "a shift counts from the date the text just gave, or from the period reported": [
    [
      "He won the cup in 2019 and the league a year later.",
      "2024-05-19",
      [
        ["2019", "2019"],
        ["a year later", "2020"],
      ],
    ],
    [
      "The firm was founded in 1998 and listed two years later.",
      "2024-10-02",
      [
        ["1998", "1998"],
        ["two years later", "2000"],
      ],
    ],
    [
      "He was elected in 2016 and resigned the following year.",
      "2024-10-02",
      [
        ["2016", "2016"],
        ["the following year", "2017"],
      ],
    ],
    ["Revenue more than tripled from a year earlier.", "2024-06-18", [["a year earlier", "2023"]]],
    ["Net income rose 12% from the year-earlier quarter.", "2024-03-14", [["year-earlier", "2023"]]],
    // counter-examples: a delay, and "the previous year" with no year given
    ["The deadline is two weeks later than planned.", "2024-10-02", []],
    ["Bond sales will continue at the same pace as in the previous year.", "2024-10-02", []],
  ],
  "numbers written after a month in tables and price lists are no days or years": [
    ["Emnid July 7 39.0 32.0 7.0 11.0 5.0", "1996-08-27", [["July 7", "1996-07-07"]]],
    [
      "Unemployment (pct) July 10.8 pct (June 10.6 pct)",
      "1996-08-22",
      [
        ["July", "1996-07"],
        ["June", "1996-06"],
      ],
    ],
    [
      "Volatility stood at 14.00 for July, 16.75 for June.",
      "1996-08-23",
      [
        ["July", "1996-07"],
        ["June", "1996-06"],
      ],
    ],
    // counter-example: a year written in full
    ["Output rose in July 1995.", "1996-08-22", [["July 1995", "1995-07"]]],
  ],
  "a relative day agrees with its clause's tense": [
    [
      "Poles vote on Sunday. Morawiecki told a rally on Wednesday he would win. A referendum will be held on the same day.",
      "2023-10-12",
      [
        ["Sunday", "2023-10-15"],
        ["Wednesday", "2023-10-11"],
        ["the same day", "2023-10-15"],
      ],
    ],
    // a year named since the day given moves the story elsewhere
    [
      "The rally was held on Aug. 28. In 1963, the march drew crowds; two days earlier, organisers had met.",
      "1996-08-29",
      [
        ["Aug. 28", "1996-08-28"],
        ["1963", "1963"],
      ],
    ],
    // counter-example: a past clause keeps the last day given
    [
      "Google opened its model on Tuesday. Microsoft confirmed its own on the same day.",
      "2023-03-15",
      [
        ["Tuesday", "2023-03-14"],
        ["the same day", "2023-03-14"],
      ],
    ],
  ],
  "hard-wrapped lines are one sentence": [
    ["Prime Minister Mateusz Morawiecki told a rally on Wednesday\nthat only his party could keep Poland safe.", "2023-10-12", [["Wednesday", "2023-10-11"]]],
    ["A referendum on migration will be\nheld on Sunday, the government said.", "2023-10-12", [["Sunday", "2023-10-15"]]],
    // counter-example: a line that ends a sentence
    ["The court met on Monday.\nthe next hearing is open.", "2023-10-12", [["Monday", "2023-10-09"]]],
  ],
  "the age of a feed item and a mail archive's date line": [
    ["Silver Screen Post · 2 days ago", "2023-03-15", []],
    ["TechBrief · yesterday", "2023-03-15", []],
    ["From amara@example.org  Wed Mar  1 07:02:11 2023", "2023-03-01", [["Wed Mar  1 07:02:11 2023", "2023-03-01"]]],
    ["March 9, 2021 Tuesday", "2021-03-09", [["March 9, 2021 Tuesday", "2021-03-09"]]],
    // counter-example: an age inside a sentence
    ["The boy went missing two days ago.", "2023-03-15", [["two days ago", "2023-03-13"]]],
  ],
  "a day looked back on has happened: 'since', 'results from Tuesday's election'": [
    ["He said he would respect the constitution, his first words since losing Sunday's election.", "2022-11-01", [["Sunday", "2022-10-30"]]],
    ["He appeared set to return to power, with results from Tuesday's election giving him 64 seats.", "2022-11-02", [["Tuesday", "2022-11-01"]]],
    ["He has been in hiding since Monday.", "2022-11-01", [["Monday", "2022-10-31"]]],
    // counter-example: what is awaited
    ["Ahead of Sunday's election, he campaigned in the north.", "2022-11-01", [["Sunday", "2022-11-06"]]],
  ],
  "a wire service's transmission stamp is read as the service writes it": [
    // AP: month, day, two-digit year; Reuters: day, hour and minute, month, two-digit year
    ["AP-WF-06-02-24 0930GMT", "2024-06-05", [["06-02-24", "2024-06-02"]]],
    ["171845 GMT MAY 23", "2023-05-20", [["171845 GMT MAY 23", "2023-05-17"]]],
    // counter-example: figures
    ["Figures of 5-1-36-1 and 06-02-24 in the match.", "2024-06-05", []],
  ],
  "a date field written in digits alone is a date (a Unix time in UTC, a compact day)": [
    ["published_ts: 1715010120", "2024-05-06", [["1715010120", "2024-05-06"]]],
    ['  "date": 20230306,', "2023-03-06", [["20230306", "2023-03-06"]]],
    // counter-example: digits in a field that holds no date
    ["views: 1715010120", "2024-05-06", []],
  ],
  "a Unix time after a date key inside a line is a date": [
    ["Aired: 1749542400 · 44:50", "2025-06-10", [["1749542400", "2025-06-10"]]],
    ["Source: PA Media · published 1728318600", "2024-10-07", [["1728318600", "2024-10-07"]]],
    // counter-example: a number after a word that names no date
    ["Ticket 1728318600 · views 1749542400", "2024-10-07", []],
  ],
  "a day a schedule names (a deadline, a scheduled event) may lie a little ahead whatever the sentence's tense": [
    ["Polls closed two weeks before the Nov. 24 referendum.", "2024-11-02", [["Nov. 24", "2024-11-24"]]],
    ["The candidates failed to win a majority, forcing a runoff on Dec. 1, officials said.", "2024-11-02", [["Dec. 1", "2024-12-01"]]],
    ["The regulator ordered the bank to submit its plan by Nov. 20.", "2024-11-02", [["Nov. 20", "2024-11-20"]]],
    // counter-examples: a scheduled event behind the article's day has been; far ahead in the past tense, last year's
    ["Turnout fell in the Oct. 27 election.", "2024-11-02", [["Oct. 27", "2024-10-27"]]],
    ["The March 5 election was a landslide.", "2024-11-02", [["March 5", "2024-03-05"]]],
  ],
  "a date field in camel case is a date key too": [
    ['  "releasedAt": 1709719200,', "2024-03-06", [["1709719200", "2024-03-06"]]],
    ['"pubDateTs": 1709719200', "2024-03-06", [["1709719200", "2024-03-06"]]],
    // counter-example: a count in camel case
    ['  "viewCount": 1709719200,', "2024-03-06", []],
  ],
  "months and weekdays in French, Spanish, Portuguese, Italian and German are dates": [
    ["Mis en ligne le 3 février 2025 à 07h30", "2025-02-03", [["3 février 2025", "2025-02-03"]]],
    ["Publicado el 7 de octubre de 2024", "2024-10-07", [["7 de octubre de 2024", "2024-10-07"]]],
    ["O acordo foi assinado em 15 de março de 2023.", "2023-03-20", [["15 de março de 2023", "2023-03-15"]]],
    ["Il vertice si è tenuto il 1º dicembre.", "2024-12-05", [["1º dicembre", "2024-12-01"]]],
    ["Die Wahl findet am 9. Juni 2024 statt.", "2024-05-02", [["9. Juni 2024", "2024-06-09"]]],
    ["Le budget sera présenté en octobre.", "2024-09-12", [["octobre", "2024-10"]]],
    ["La ley entró en vigor en enero de 2023.", "2024-09-12", [["enero de 2023", "2023-01"]]],
    ["Les résultats sont attendus fin mai.", "2024-04-10", [["mai", "2024-05"]]],
    ["El ministro dimitió el martes por la noche.", "2024-04-11", [["martes", "2024-04-09"]]],
    ["Le conseil se réunira mardi prochain.", "2024-04-11", [["mardi", "2024-04-16"]]],
    ["Die Gespräche begannen am Montag in Berlin.", "2024-04-11", [["Montag", "2024-04-08"]]],
    ["Le sommet du lundi 8 juillet a été reporté.", "2024-07-10", [["lundi 8 juillet", "2024-07-08"]]],
    // abbreviations after a day, as agencies write them; a German day with its full stop
    ["Madrid, 14 nov (EFE).- El Gobierno aprobó", "2023-11-14", [["14 nov", "2023-11-14"]]],
    ["Lisboa, 5 out 2023 (Lusa) - O governo", "2023-10-05", [["5 out 2023", "2023-10-05"]]],
    ["Paris, 3 févr. 2024 (AFP) - Le gouvernement", "2024-02-03", [["3 févr. 2024", "2024-02-03"]]],
    ["Veröffentlicht am 4. November 2025", "2025-11-04", [["4. November 2025", "2025-11-04"]]],
    // counter-examples: English words and names that are foreign months or weekdays
    ["Nine out of 10 voters agreed; 3 out of 5 did not.", "2024-04-11", []],
    ["The Mars rover sent new images.", "2024-04-11", []],
    ["Plácido Domingo sang at the gala.", "2024-04-11", []],
    ["Guy Montag burns books.", "2024-04-11", []],
    ["Protesters gathered in Plaza 25 de Mayo.", "2024-04-11", []],
  ],
  "an all-caps month abbreviation is a month": [
    ["NAIROBI, MAR 4 (EAW) -- SHARES ROSE", "2025-03-04", [["MAR 4", "2025-03-04"]]],
    ["EAW 04 MAR 2025 11:02 GMT", "2025-03-04", [["04 MAR 2025", "2025-03-04"]]],
    ["PRICES FELL IN DEC 2024", "2025-03-04", [["DEC 2024", "2024-12"]]],
  ],
  "a day of the month written alone is in the month the text is in": [
    ["The board meets on the 18th.", "2024-06-05", [["18th", "2024-06-18"]]],
    ["Bids are due by the 3rd, the agency said.", "2024-06-05", [["3rd", "2024-06-03"]]],
    [
      "Voting runs from the 12th to the 14th.",
      "2024-06-05",
      [
        ["12th", "2024-06-12"],
        ["14th", "2024-06-14"],
      ],
    ],
    ["The ship docks at Durban on the\n9th. Its owner declined to comment.", "2024-06-05", [["9th", "2024-06-09"]]],
    ["The talks resume on Friday the 7th.", "2024-06-05", [["Friday the 7th", "2024-06-07"]]],
    ["The talks resumed on Friday the 31st.", "2024-06-05", [["Friday the 31st", "2024-05-31"]]],
    [
      "The deal closed on May 28 and shares were listed on the 30th.",
      "2024-06-05",
      [
        ["May 28", "2024-05-28"],
        ["30th", "2024-05-30"],
      ],
    ],
    // counter-examples: ranks and centuries
    ["Gold was added for the 17th month in a row.", "2024-06-05", []],
    ["He scored in the 15th and 48th minutes.", "2024-06-05", []],
    ["The church dates from the 12th century.", "2024-06-05", []],
    ["She finished 18th and reached the final.", "2024-06-05", []],
  ],
  "a day and month in figures without a year is the latest such day on or before the article's": [
    ["Shelling resumed on 02/06 near the border.", "2024-06-05", [["02/06", "2024-06-02"]]],
    ["Compare the imagery of 28/05 with today's.", "2024-06-05", [["28/05", "2024-05-28"]]],
    // counter-examples: fractions, ratios, the name of an event
    ["Turnout rose to 3/4 of voters.", "2024-06-05", []],
    ["A 24/7 news channel.", "2024-06-05", []],
    ["Security has tightened since 9/11.", "2024-06-05", []],
  ],
  "a name built on a day is no date": [
    ["Fighters of the March 23 Movement took the town.", "2024-06-05", []],
    ["The April 6 Youth Movement called a strike.", "2024-06-05", []],
    ["The 14 March Alliance won the vote.", "2024-06-05", []],
    ["Traffic was halted on Avenida 9 de Julio.", "2024-06-05", []],
    // counter-example: a name after a day that is a date
    ["On March 23 the Movement said it would withdraw.", "2024-06-05", [["March 23", "2024-03-23"]]],
  ],
  "what is expected or due on a day, a deadline given, and a knockout tie named before it is played, lie ahead": [
    ["Splashdown off Florida expected Sunday.", "2024-09-12", [["Sunday", "2024-09-15"]]],
    ["A ruling is due Tuesday.", "2024-09-12", [["Tuesday", "2024-09-17"]]],
    ["The coach said the streak mattered less than the cup semi-final against Porto on Wednesday.", "2024-09-12", [["Wednesday", "2024-09-18"]]],
    ["Traders were given until Thursday to clear the market.", "2024-09-12", [["Thursday", "2024-09-12"]]],
    ["Street vendors have until Monday to leave.", "2024-09-12", [["Monday", "2024-09-16"]]],
    ["Storms will hit the coast until at least Saturday.", "2024-09-12", [["Saturday", "2024-09-14"]]],
    // counter-examples: what was expected, a tie that was played, a span that has ended
    ["The verdict, which was expected Monday, came early.", "2024-09-12", [["Monday", "2024-09-09"]]],
    ["England lost the final against Spain on Sunday.", "2024-09-12", [["Sunday", "2024-09-08"]]],
    ["The talks lasted until Tuesday.", "2024-09-12", [["Tuesday", "2024-09-10"]]],
  ],
  "what is set for a day, and an event a side or a candidate gets ready for, lie ahead": [
    ["The inauguration is set for October.", "2024-03-25", [["October", "2024-10"]]],
    ["The party could not register its candidate for the 28 July presidential election.", "2024-03-25", [["28 July", "2024-07-28"]]],
    ["Mahama is the opposition's candidate for the December 7 run-off.", "2024-03-06", [["December 7", "2024-12-07"]]],
    ["Bogotá called for the prisoners' release before the\n28 July presidential vote.", "2024-03-26", [["28 July", "2024-07-28"]]],
    // counter-example: an event looked back on
    ["Turnout fell after the December 7 election.", "2024-03-06", [["December 7", "2023-12-07"]]],
  ],
  "a hard-wrapped line that ends where no sentence ends goes on in the next": [
    ["ECOWAS observers said the\ncount was orderly. Results are due on\nFriday.", "2024-03-25", [["Friday", "2024-03-29"]]],
  ],
  "a match a side goes to play lies ahead": [
    ["Scaloni names unchanged squad to face Brazil on Tuesday", "2023-11-16", [["Tuesday", "2023-11-21"]]],
    ["Kenya travel to Kigali to play Rwanda on Saturday.", "2023-11-16", [["Saturday", "2023-11-18"]]],
    // counter-example: the match was played
    ["Argentina faced Brazil on Tuesday.", "2023-11-24", [["Tuesday", "2023-11-21"]]],
  ],
  "a date line's age is the page's, not the story's; a save time written beside it is a date": [
    ["1,204 points by orbit_nerd 3 days ago | hide | 388 comments", "2024-06-05", []],
    ["Kiwi Courier · Sport · 2 hours ago", "2024-06-05", []],
    ["pitchside.example · 11h ago · saved Sun 2 Jun 2024 08:15 · 6 min read", "2024-06-05", [["Sun 2 Jun 2024", "2024-06-02"]]],
    // counter-example: an age in the story's own sentence
    ["The dam burst three days ago, officials said.", "2024-06-05", [["three days ago", "2024-06-02"]]],
  ],
  "a web address's dates are the site's filing, and a stamp's weekday belongs to its date": [
    ["UR  - https://mg.co.za/business/2024-03-05-eskom-medupi-winter/", "2024-03-06", []],
    ["Saved from web.archive.org/web/20230612091544/https://www.kingfut.com/2023/06/12/al-ahly/", "2023-06-13", []],
    [":CAPTURED: [2023-09-18 Mon 09:12]", "2023-09-18", [["2023-09-18", "2023-09-18"]]],
    // counter-examples: a date beside an address, a weekday of its own after a date
    ["Posted 12 June 2023 at www.kingfut.com/news", "2023-06-13", [["12 June 2023", "2023-06-12"]]],
    [
      "It opened on 2023-09-14, Thursday.",
      "2023-09-18",
      [
        ["2023-09-14", "2023-09-14"],
        ["Thursday", "2023-09-14"],
      ],
    ],
  ],
  "the date's own verb decides its tense, not a future word elsewhere in the sentence": [
    // the verb right after a date that stands between its subject and its verb
    ["The council on Monday approved a plan to widen the bridge.", "2025-03-12", [["Monday", "2025-03-10"]]],
    ["Regulators on Tuesday were told the merger will go ahead.", "2025-03-12", [["Tuesday", "2025-03-11"]]],
    // a participle phrase around the date tells what has happened
    ["Rovers will be without striker Tom Hale, hurt scoring against Athletic on Saturday.", "2025-03-12", [["Saturday", "2025-03-08"]]],
    ["Rovers will be without Tom Hale, injured in training on Saturday.", "2025-03-12", [["Saturday", "2025-03-08"]]],
    // a verb between "said" and the date is the date's own
    ["The union said it would strike on Friday over pay.", "2025-03-12", [["Friday", "2025-03-14"]]],
    ["The union said it could\nstrike on Friday over pay.", "2025-03-12", [["Friday", "2025-03-14"]]],
    // what is asked for lies ahead of the asking
    ["Residents asked for a public meeting in May.", "2025-03-12", [["May", "2025-05"]]],
    ["The mayor called for talks in April.", "2025-03-12", [["April", "2025-04"]]],
    // a fixture's infinitive looks ahead of its own verb only
    ["The players were tired after a trip to Leeds to face Rovers on Saturday.", "2025-03-12", [["Saturday", "2025-03-08"]]],
    ["City travel to Leeds to face Rovers on Saturday.", "2025-03-12", [["Saturday", "2025-03-15"]]],
    // a name ending in "ed" is no past verb
    ["Rovers host Leeds United on April 2 in the cup.", "2025-03-12", [["April 2", "2025-04-02"]]],
    // counter-examples: the verb after the date, or the participle phrase's, looks ahead
    ["The council on Monday will vote on the plan.", "2025-03-12", [["Monday", "2025-03-17"]]],
    ["The council on Friday was due to vote on the plan.", "2025-03-12", [["Friday", "2025-03-14"]]],
    ["Shops, which open late, warned that staff could strike by April.", "2025-03-12", [["April", "2025-04"]]],
    [
      "Economists expect a rate cut in April, followed by another before June.",
      "2025-03-12",
      [
        ["April", "2025-04"],
        ["June", "2025-06"],
      ],
    ],
  ],
  "days listed after one month share it, and a year phrase after the last is the year of them all": [
    [
      "The fair ran on May 3, 4 and 5.",
      "2025-06-20",
      [
        ["May 3", "2025-05-03"],
        ["4", "2025-05-04"],
        ["5", "2025-05-05"],
      ],
    ],
    [
      "Floods hit the valley on July 9, 11 or 12 last year, residents said.",
      "2025-06-20",
      [
        ["July 9", "2024-07-09"],
        ["11", "2024-07-11"],
        ["12 last year", "2024-07-12"],
      ],
    ],
    [
      "The strikes, on April 7 and\n8 next year, will close schools.",
      "2025-06-20",
      [
        ["April 7", "2026-04-07"],
        ["8 next year", "2026-04-08"],
      ],
    ],
    // counter-examples: a count after the list, days out of order
    ["The fair opened on May 3, 4 and 5 stalls were empty.", "2025-06-20", [["May 3", "2025-05-03"]]],
    ["Talks were held on May 30, 4 and 5 times.", "2025-06-20", [["May 30", "2025-05-30"]]],
  ],
  "a day or month that recurs is no date": [
    ["The market opens on the first Sunday of each month.", "2025-06-20", []],
    ["The carnival is held every year in August.", "2025-06-20", []],
    ["The carnival is held in August every year.", "2025-06-20", []],
    ["Bins are emptied every other Tuesday.", "2025-06-20", []],
    ["Pensions rise on April 6 each year.", "2025-06-20", []],
    // counter-examples: the one August, the one Sunday
    ["The carnival was held in August, as every year.", "2025-06-20", [["August", "2024-08"]]],
    ["The market opened on Sunday, the first of the month.", "2025-06-20", [["Sunday", "2025-06-15"]]],
  ],
  "a year compared with after 'than', and a month after 'last' before a name": [
    ['The minister called it "a better deal than 1987," and signed.', "2025-06-20", [["1987", "1987"]]],
    ["The bridge must open no later than 2030.", "2025-06-20", [["2030", "2030"]]],
    ["Last May Acme fixed the flaw.", "2025-06-20", [["Last May", "2024-05"]]],
    // counter-examples: quantities after "than", a name after "May"
    ["More than 1987 people signed, and fewer than 2001 voted.", "2025-06-20", []],
    ["Theresa May Acme Ltd said nothing.", "2025-06-20", []],
  ],
  "what a relative day counts from: the event, not the day its news was told; a dated statement's own year": [
    [
      "A lorry hit the bridge on Saturday night, police said on Sunday. The road reopened later the same day.",
      "2025-06-24",
      [
        ["Saturday", "2025-06-21"],
        ["Sunday", "2025-06-22"],
        ["the same day", "2025-06-21"],
      ],
    ],
    [
      "The council said in November that the pool would reopen next year; it is still shut.",
      "2025-02-10",
      [
        ["November", "2024-11"],
        ["next year", "2025"],
      ],
    ],
    // counter-examples: a told day with no day before it in its sentence; a statement without "that"
    [
      "Police said on Sunday. The road reopened the next day.",
      "2025-06-24",
      [
        ["Sunday", "2025-06-22"],
        ["the next day", "2025-06-23"],
      ],
    ],
    [
      "The council met in November. The pool will reopen next year.",
      "2025-02-10",
      [
        ["November", "2024-11"],
        ["next year", "2026"],
      ],
    ],
  ],
  "a day of the month a clause looks ahead to lies on or after the article's day": [
    [
      "Tickets went on sale on May 3. The final is on the 28th.",
      "2025-06-10",
      [
        ["May 3", "2025-05-03"],
        ["28th", "2025-06-28"],
      ],
    ],
    [
      "Tickets went on sale on May 3. The final will be played on the 2nd.",
      "2025-06-10",
      [
        ["May 3", "2025-05-03"],
        ["2nd", "2025-07-02"],
      ],
    ],
    // counter-example: a past clause keeps the month of the day given
    [
      "Tickets went on sale on May 3 and sold out on the 28th.",
      "2025-06-10",
      [
        ["May 3", "2025-05-03"],
        ["28th", "2025-05-28"],
      ],
    ],
  ],
  "a relative clause's own scheduled present, and a noun 'forecast', are read as such": [
    ["Ortiz scored twice for Leeds, who play Rovers at home on Saturday.", "2025-03-12", [["Saturday", "2025-03-15"]]],
    [
      "The coach said his squad, who lost to Rovers in 2019, face them again on Sunday.",
      "2025-03-12",
      [
        ["2019", "2019"],
        ["Sunday", "2025-03-16"],
      ],
    ],
    [
      "Rovers, who beat Leeds in the 2019 final, face Athletic at home on Sunday.",
      "2025-03-12",
      [
        ["2019", "2019"],
        ["Sunday", "2025-03-16"],
      ],
    ],
    ["The miner cut its annual output forecast on Monday after floods.", "2025-03-12", [["Monday", "2025-03-10"]]],
    // counter-examples: the relative clause in the past; "forecast" as a verb
    ["Ortiz scored twice for Leeds, who played Rovers on Saturday.", "2025-03-12", [["Saturday", "2025-03-08"]]],
    ["Economists forecast a rebound in April.", "2025-03-12", [["April", "2025-04"]]],
    ["The brewer cut its profit forecast for the year ending in March.", "2025-11-12", [["March", "2026-03"]]],
    ["Banks are closed on Monday for a public holiday.", "2025-03-12", [["Monday", "2025-03-17"]]],
    ["Banks were closed on Monday for a public holiday.", "2025-03-12", [["Monday", "2025-03-10"]]],
  ],
  "a hard-wrapped sentence goes on in a line that starts with a name": [
    ["Residents said the repairs had gone well. The minister, Ana Ruiz, is due to visit\nValencia on Friday.", "2025-03-12", [["Friday", "2025-03-14"]]],
    [
      "Residents said the repairs had gone well. They added that the club still plays\nValencia on Sunday in the cup.",
      "2025-03-12",
      [["Sunday", "2025-03-16"]],
    ],
    // counter-example: a headline above its body is no wrapped line
    ["Minister to visit flooded towns in the east\nValencia closed its schools on Friday.", "2025-03-12", [["Friday", "2025-03-07"]]],
  ],
  "a day, a month and a two-digit year between full stops are that day, day first": [
    ["p. 9   The Herald   19.2.24", "2024-02-20", [["19.2.24", "2024-02-19"]]],
    ["The council met on 04.03.24 and again a week later.", "2024-03-20", [["04.03.24", "2024-03-04"]]],
    // counter-examples: a version, an address of four numbers, a score
    ["The update to version 17.4.1 fixed the bug.", "2024-03-20", []],
    ["The server at 10.1.2.3 went down.", "2024-03-20", []],
  ],
  "a deed's or a notice's `Nth day of Month, Year` is that day": [
    ["The licence takes effect on the 1st day of April, 2024, and runs for five years.", "2024-03-02", [["1st day of April, 2024", "2024-04-01"]]],
    ["Dated this 28th day of February 2024.", "2024-03-02", [["28th day of February 2024", "2024-02-28"]]],
    ["Given under my hand this 3rd day of June, 2023, at Lusaka.", "2024-03-02", [["3rd day of June, 2023", "2023-06-03"]]],
    // counter-example: a rank of days (and a date written in full keeps its year whatever the clause)
    ["It was the 3rd day of the strike.", "2024-03-02", []],
  ],
};

for (const [rule, rows] of Object.entries(rules)) {
  for (const [sentence, reference, expected] of rows) {
    test(`${rule}: ${sentence.replace(/\n/g, " ").slice(0, 60)}`, () => {
      const got = findDates(sentence, reference);
      for (const d of got) assert.equal(sentence.slice(d.start, d.end), d.text, "span and text agree");
      assert.deepEqual(
        got.map((d) => [d.text, d.value]),
        expected,
      );
    });
  }
}
