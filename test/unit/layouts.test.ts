// Records of other tools, as examples: a dump in one template in, its Outline out (where each
// article starts, its headline line and text, its date of publication), as the guidelines'
// "Records from other tools" say.

import assert from "node:assert/strict";
import { test } from "node:test";
import { classifyLine, LineKind } from "../../server/src/analysis/document/lines.js";
import { DumpSession } from "../../server/src/analysis/index.js";

/** One line per article: `start/headline line | headline | published` (`~day` when inferred). */
function outline(text: string): string[] {
  const session = new DumpSession(text.replace(/^\n/, ""));
  return session
    .articles()
    .map(
      (a) => `${a.range.start.line}/${a.headlineRange.start.line} | ${a.headline} | ${a.published ?? (a.publishedInferred ? `~${a.publishedInferred}` : "-")}`,
    );
}

const lines = (...parts: string[]) => `${parts.join("\n")}\n`;

test("TOML front matter: the `+++` fence is the record's first line, the title key its headline", () => {
  const record = (title: string, date: string) =>
    lines("+++", `title = "${title}"`, `date = ${date}`, 'authors = ["Eleni Markou"]', "+++", "", "ATHENS — The ministry said so on Monday.", "");
  assert.deepEqual(
    outline(
      record("Acropolis caps daily visitors", "2023-09-04T09:15:00+03:00") +
        record("Stones unveil 'Hackney Diamonds'", "2023-09-06T15:30:00+01:00") +
        record("Lanthimos wins Golden Lion", "2023-09-10T20:00:00+02:00"),
    ),
    [
      "0/1 | Acropolis caps daily visitors | 2023-09-04",
      "8/9 | Stones unveil 'Hackney Diamonds' | 2023-09-06",
      "16/17 | Lanthimos wins Golden Lion | 2023-09-10",
    ],
  );
});

test("Reuters-style wire: a slug opens each item, the transmission stamp that closes it dates it", () => {
  const item = (slug: string, headline: string, place: string, stamp: string) =>
    lines(
      slug,
      headline,
      "",
      `${place} (Reuters) - Officials said on Wednesday that talks would go on.`,
      "",
      "(Reporting by Jane Roe; Editing by John Doe)",
      stamp,
      "",
    );
  assert.deepEqual(
    outline(
      item("GHANA-IMF/LOAN (UPDATE 1)", "Ghana wins IMF approval for bailout", "ACCRA, May 17", "171845 GMT MAY 23") +
        item("SUDAN-POLITICS/CEASEFIRE", "Sudan's warring sides sign truce", "JEDDAH, May 21", "211120 GMT MAY 23") +
        item("SOCCER-EUROPA/FINAL (REPORT)", "Sevilla beat Roma on penalties", "BUDAPEST, May 31", "312245 GMT MAY 23"),
    ),
    [
      "0/1 | Ghana wins IMF approval for bailout | 2023-05-17",
      "8/9 | Sudan's warring sides sign truce | 2023-05-21",
      "16/17 | Sevilla beat Roma on penalties | 2023-05-31",
    ],
  );
});

test("A mailing-list archive: `From user at host` lines open messages; a list tag after `Re:` is dropped, a forwarded header block opens nothing", () => {
  const message = (from: string, date: string, header: string, subject: string) =>
    lines(
      `From ${from} at example.org  ${date}`,
      `From: ${from} at example.org (${from})`,
      `Date: ${header}`,
      `Subject: ${subject}`,
      "",
      "-------- Forwarded Message --------",
      "Subject: Australia stun India",
      "Date: Sun, 19 Nov 2023 17:58:40 +0000",
      "",
      "AHMEDABAD, India (AP) — Travis Head hit 137 on Sunday.",
      "",
      "-- ",
      "A reader",
      "",
    );
  assert.deepEqual(
    outline(
      message("rahul", "Sun Nov 19 18:20:13 2023", "Sun, 19 Nov 2023 18:20:13 +0000", "[Terrace-Talk] Fwd: Australia stun India") +
        message("paulo", "Wed Nov 22 12:12:40 2023", "Wed, 22 Nov 2023 09:12:40 -0300", "Re: [Terrace-Talk] Australia stun India"),
    ),
    ["0/3 | Fwd: Australia stun India | 2023-11-19", "14/17 | Re: Australia stun India | 2023-11-22"],
  );
});

test("A mail digest: `Message: N` numbers each message (its record's first line); the digest's header and topics open nothing, its footer stays in the last message", () => {
  const message = (n: number, date: string, from: string, subject: string, lead: string) =>
    lines(
      `Message: ${n}`,
      `Date: ${date}`,
      `From: ${from}`,
      `Subject: ${subject}`,
      "",
      lead,
      "the board met twice before it agreed to the plan.",
      "",
      "A spokesman said the work would begin soon.",
      "",
      "-- ",
      from.replace(/ <.*/, ""),
      "",
      "------------------------------",
      "",
    );
  assert.deepEqual(
    outline(
      lines(
        "From rail-news-request@lists.example  Fri Mar  6 06:00:01 2026",
        "Subject: RailNews Digest, Vol 3, Issue 9",
        "",
        "Today's Topics:",
        "",
        "   1. Night trains return (RailNews)",
        "   2. Tram fares frozen (RailNews)",
        "",
        "----------------------------------------------------------------------",
        "",
      ) +
        message(
          1,
          "Thu, 5 Mar 2026 09:12:40 +0100",
          "Lena Vogt <lena@rail.example>",
          "Night trains return to the Vienna-Paris route",
          "VIENNA - The operator said on Thursday that",
        ) +
        message(
          2,
          "Fri, 6 Mar 2026 07:02:11 +0000",
          "Tom Hale <tom@rail.example>",
          "Sheffield freezes tram fares for a year",
          "Sheffield: The city region said that",
        ) +
        lines("End of RailNews Digest, Vol 3, Issue 9", "****************************************"),
    ),
    ["10/13 | Night trains return to the Vienna-Paris route | 2026-03-05", "25/28 | Sheffield freezes tram fares for a year | 2026-03-06"],
  );
});

test("A mail digest in another language numbers its messages so too (`Mensaje: 2`, `Nachricht: 2`, `Message #2`)", () => {
  const digest = (label: (n: number) => string) =>
    outline(
      [1, 2, 3]
        .map((n) =>
          lines(
            label(n),
            `Date: Mon, ${n} Jun 2026 10:00:00 +0200`,
            `Subject: Noticia ${n} del consejo`,
            "",
            "MADRID - El consejo aprobó el plan el lunes por la mañana.",
            "",
            "------------------------------",
            "",
          ),
        )
        .join(""),
    );
  const expected = ["0/2 | Noticia 1 del consejo | 2026-06-01", "8/10 | Noticia 2 del consejo | 2026-06-02", "16/18 | Noticia 3 del consejo | 2026-06-03"];
  assert.deepEqual(
    digest((n) => `Mensaje: ${n}`),
    expected,
  );
  assert.deepEqual(
    digest((n) => `Nachricht: ${n}`),
    expected,
  );
  assert.deepEqual(
    digest((n) => `Message #${n}`),
    expected,
  );
  assert.deepEqual(
    digest((n) => `Message ${n} of 3`),
    expected,
  );
});

test("An archive export wraps long headlines: a line ending on an article, preposition or conjunction runs on to the next; its date line may be in another language", () => {
  const record = (counter: string, date: string, headline: string[], byline: string, lead: string) =>
    lines(
      counter,
      "",
      "                 The Evening Ledger",
      "",
      `                 ${date}`,
      "",
      ...headline,
      "",
      byline,
      "",
      "LENGTH: 212 words",
      "",
      lead,
      "",
    );
  assert.deepEqual(
    outline(
      record(
        "1 of 3 DOCUMENTS",
        "March 3, 2026 Tuesday",
        ["Port strike called off", "Dockers accept a pay offer"],
        "BYLINE: Ann Reyes",
        "LIVERPOOL - Dockers voted on Monday to end the stoppage at the port.",
      ) +
        record(
          "2 of 3 DOCUMENTS",
          "March 3, 2026 Tuesday",
          ["Council fined over missed bin collections in", "three northern towns"],
          "BYLINE: Ann Reyes",
          "LEEDS - The regulator said on Monday that the council had failed.",
        ) +
        record(
          "3 of 3 DOCUMENTS",
          "4 mars 2026 mercredi",
          ["La cour d'appel de Lyon annule la condamnation de", "l'ancien maire"],
          "BYLINE: Paul Morel",
          "LYON - La cour a rendu sa décision mardi après deux jours d'audience.",
        ),
    ),
    [
      "0/6 | Port strike called off | 2026-03-03",
      "15/21 | Council fined over missed bin collections in three northern towns | 2026-03-03",
      "30/36 | La cour d'appel de Lyon annule la condamnation de l'ancien maire | 2026-03-04",
    ],
  );
});

test('Pasted JSON-LD blocks: the `<script type="application/ld+json">` tag opens each record; members in any order, pretty or compact', () => {
  assert.deepEqual(
    outline(
      lines(
        "<script type='application/ld+json'>",
        "{",
        '  "articleBody": "NAIROBI - The central bank held its rate at 12.75 percent on Tuesday, citing inflation that has eased for five months.",',
        '  "dateModified": "2025-02-12T09:00:00Z",',
        '  "headline": "Kenya holds key rate as inflation cools",',
        '  "datePublished": "2025-02-11T15:30:00+03:00"',
        "}",
        "</script>",
        '<script type="application/ld+json">',
        '{"@type":"NewsArticle","headline":"Chile\'s copper output rises","datePublished":"2025-02-10T08:00:00-03:00",',
        '"articleBody":"SANTIAGO - Output at state miner Codelco rose for a third month in January, the company said on Monday."}',
        "</script>",
        '<script type="application/ld+json">',
        '{"@type":"NewsArticle","datePublished":"2025-02-09T20:10:00+01:00",',
        '"articleBody":"MADRID - The league leaders drew 1-1 at home on Sunday after a late penalty that the referee reviewed twice.",',
        '"headline":"Leaders held in Madrid"}',
        "</script>",
      ),
    ),
    [
      "0/4 | Kenya holds key rate as inflation cools | 2025-02-11",
      "8/9 | Chile's copper output rises | 2025-02-10",
      "12/15 | Leaders held in Madrid | 2025-02-09",
    ],
  );
});

test("A digest: `[n/m]` numbering and an agency date line under each headline; the headline above the date line", () => {
  const item = (n: number, headline: string, credit: string) =>
    lines(
      `[${n}/3] ${headline} — The Noon Brief`,
      credit,
      "",
      "SAO PAULO (AFP) - Voters went to the polls on Sunday.",
      "",
      "Read more: https://brief.example.org/items/1",
      "",
    );
  assert.deepEqual(
    outline(
      lines("THE NOON BRIEF — fortnight to 18 November 2022", "") +
        item(1, "Lula edges out Bolsonaro", "AFP, 31 Oct 2022") +
        item(2, "Bolsonaro breaks his silence", "Reuters, 1 Nov 2022") +
        item(3, "Netanyahu on course for comeback", "AP, 2 Nov 2022"),
    ),
    ["2/2 | Lula edges out Bolsonaro | 2022-10-31", "9/9 | Bolsonaro breaks his silence | 2022-11-01", "16/16 | Netanyahu on course for comeback | 2022-11-02"],
  );
});

test("Scraper records: an id line with the crawl time opens each; the `posted` line, day first, is the publication", () => {
  const record = (id: string, crawled: string, headline: string, posted: string) =>
    lines(`rec ${id} · crawled ${crawled}`, headline, `posted ${posted} — Istmo Daily`, "SAN SALVADOR (AP) — Crowds gathered on Sunday.", "tags: El Salvador");
  assert.deepEqual(
    outline(
      record("000412", "06.02.2024 05:50", "Chile fires kill at least 112", "04.02.2024 23:05") +
        record("000413", "06.02.2024 05:52", "Bukele claims landslide", "05.02.2024 08:40") +
        record("000431", "15.02.2024 06:10", "Prabowo claims victory", "14.02.2024 21:32"),
    ),
    ["0/1 | Chile fires kill at least 112 | 2024-02-04", "5/6 | Bukele claims landslide | 2024-02-05", "10/11 | Prabowo claims victory | 2024-02-14"],
  );
});

test("URL-first records: the headline under each address, not a photo caption that ends the record above", () => {
  const record = (slug: string, headline: string, age: string, caption: string) =>
    lines(
      `<https://courier.example.nz/${slug}>`,
      headline,
      `Kiwi Courier · Sport · ${age}`,
      "",
      "WELLINGTON — The match ended 28-24 on Saturday.",
      "",
      caption,
      "",
    );
  assert.deepEqual(
    outline(
      lines("Tui Reader · channel export", "Exported: Sunday 15 October 2023, 13:40 NZDT", "~~~~~~~~~~~~", "") +
        record("a", "All Blacks edge Ireland in Paris", "1 hour ago", "Ardie Savea celebrates at the final whistle. Photo: Mireille Duval/AP") +
        record("b", "Luxon to lead New Zealand", "15 hours ago", "Christopher Luxon speaks to supporters in Auckland. Photo: Tom Reid/AP") +
        record("c", "Australians vote No in referendum", "1 day ago", "A voter in Sydney. Photo: Ana Lee/AP"),
    ),
    [
      "4/5 | All Blacks edge Ireland in Paris | ~2023-10-15",
      "12/13 | Luxon to lead New Zealand | ~2023-10-14",
      "20/21 | Australians vote No in referendum | ~2023-10-14",
    ],
  );
});

test("An archive export: a counter opens each record; the record's closing fields (id, index date, rights) open nothing and the index date is no publication", () => {
  const record = (n: number, issue: string, headline: string, indexed: string) =>
    lines(
      `Record ${n} of 3`,
      "Publication: The Harbor Sentinel",
      `Issue date: ${issue}`,
      `Headline: ${headline}`,
      "",
      "SEATTLE — Shares fell 8% on Monday after regulators grounded the jets.",
      "",
      `Record ID: HBS-24010${n}-A1-0004`,
      `Indexed: ${indexed}`,
      "Rights: Copyright (c) 2024 Harbor Sentinel Publishing LLC.",
      "",
    );
  assert.deepEqual(
    outline(
      record(1, "01/09/2024", "Boeing shares sink as FAA grounds jets", "01/11/2024") +
        record(2, "01/10/2024", "OpenAI calls lawsuit 'without merit'", "01/12/2024") +
        record(3, "01/13/2024", "Microsoft passes Apple in value", "01/15/2024"),
    ),
    [
      "0/3 | Boeing shares sink as FAA grounds jets | 2024-01-09",
      "11/14 | OpenAI calls lawsuit 'without merit' | 2024-01-10",
      "22/25 | Microsoft passes Apple in value | 2024-01-13",
    ],
  );
});

test("An archive service's field codes (HD headline, PD date, SN source …) and a feed's dotted keys (entry.title) read as their keys", () => {
  const coded = (headline: string, date: string) =>
    lines(
      `HD: ${headline}`,
      "WC: 412 words",
      `PD: ${date}`,
      "SN: The Accra Times",
      "LA: English",
      "",
      "ACCRA — The board met on Wednesday.",
      "",
      "AN: Document ACCT000020230517",
      "",
    );
  assert.deepEqual(
    outline(coded("Ghana wins IMF approval", "17 May 2023") + coded("Sudan truce signed in Jeddah", "21 May 2023") + coded("Tinubu sworn in", "29 May 2023")),
    ["0/0 | Ghana wins IMF approval | 2023-05-17", "10/10 | Sudan truce signed in Jeddah | 2023-05-21", "20/20 | Tinubu sworn in | 2023-05-29"],
  );
  const entry = (title: string, published: string) =>
    lines(`entry.title: ${title}`, `entry.published: ${published}`, "entry.link: https://feeds.example.com/x", "", "Summary of the story, in a sentence.", "");
  assert.deepEqual(outline(entry("Storm hits coast", "1678111500") + entry("Ports reopen", "1678197900000") + entry("Fishing fleet returns", "2023年3月8日")), [
    "0/0 | Storm hits coast | 2023-03-06",
    "6/6 | Ports reopen | 2023-03-07",
    "12/12 | Fishing fleet returns | 2023-03-08",
  ]);
});

test("Blank-line articles: the same headline after a paragraph of prose starts another article (a story filed twice), not a copy in the same head", () => {
  assert.deepEqual(
    outline(
      lines(
        "Storm hits coast",
        "By Jane Doe | June 3, 2024",
        "",
        "Rivers burst their banks across the region on Sunday, officials said.",
        "",
        "Storm hits coast",
        "By John Roe | June 4, 2024",
        "",
        "The clean-up began on Monday as the water went down in most towns.",
      ),
    ),
    ["0/0 | Storm hits coast | 2024-06-03", "5/5 | Storm hits coast | 2024-06-04"],
  );
});

test("A read-it-later export: `(n) slug` counters open items, the quoted title is the headline, an age counts from the item's own save time", () => {
  const item = (n: number, slug: string, title: string, dateLine: string, saved: string) =>
    lines(
      `(${n}) ${slug}`,
      `\t"${title}"`,
      `\t${dateLine}`,
      `\tsaved ${saved} · tags: news`,
      "\t",
      "\tLONDON – The minister spoke on Friday after the vote.",
      "",
    );
  assert.deepEqual(
    outline(
      lines("My List — 3 items — exported from ReadLater on 13.07.2024", "") +
        item(1, "labour-wins-landslide", "Labour wins landslide", "example.com · Jul 5, 2024 · 6 min read", "06.07.2024 09:12") +
        item(2, "france-left-pulls-candidates", "France's left pulls candidates", "lemonde.example · 2 days ago · 4 min read", "06.07.2024 09:14") +
        item(3, "spain-beat-germany", "Spain beat Germany in Stuttgart", "marca.example · 05/07/2024 · 5 min read", "13.07.2024 09:20"),
    ),
    ["2/3 | Labour wins landslide | 2024-07-05", "9/10 | France's left pulls candidates | ~2024-07-04", "16/17 | Spain beat Germany in Stuttgart | 2024-07-05"],
  );
});

test("Press releases: a numbered release opens each, the letterhead set in the middle is no headline, `Posted: 5 hours ago` counts from the snapshot", () => {
  const release = (n: number, office: string, posted: string, headline: string) =>
    lines(
      `PRESS RELEASE No. ${n}/2024`,
      `         ${office} · Republic of the Philippines`,
      `Posted: ${posted}`,
      "",
      headline,
      "",
      "MANILA — The department said on Thursday it would act.",
      "###",
      "",
    );
  assert.deepEqual(
    outline(
      lines("GOV.PH NEWSROOM · press releases · snapshot saved 17/08/2024 10:05 PHT", "") +
        release(211, "DEPARTMENT OF HEALTH", "15/08/2024 16:20", "DOH STEPS UP BORDER SCREENING") +
        release(214, "DEPARTMENT OF FOREIGN AFFAIRS", "16/08/2024 09:00", "DFA PROTESTS FLARES NEAR PLANE") +
        release(219, "DEPARTMENT OF TOURISM", "5 hours ago", "ISLANDS LEAD FIRST-HALF ARRIVALS"),
    ),
    [
      "2/6 | DOH STEPS UP BORDER SCREENING | 2024-08-15",
      "11/15 | DFA PROTESTS FLARES NEAR PLANE | 2024-08-16",
      "20/24 | ISLANDS LEAD FIRST-HALF ARRIVALS | ~2024-08-17",
    ],
  );
});

test("A chat export: a post's header (`[16:31] Wire Bot  APP`) opens each post, the date part of its `Source:` field dates it", () => {
  const post = (time: string, headline: string, source: string) =>
    lines(`[${time}] Wire Bot  APP`, `*${headline}*`, "LONDON (PA) – The club said on Saturday it had won.", `Source: ${source}`, headline);
  assert.deepEqual(
    outline(
      lines("Slack export · channel: #world-wire", "Exported Wed 9 Oct 2024 08:00 UTC by exportbot") +
        post("16:31", "Liverpool top after Jota header", "PA Media · published 1728318600") +
        lines("[16:40] Maria Kovács: we need a sidebar on this") +
        post("09:47", "Hopfield and Hinton win physics Nobel", "AP News · published Oct 8th, 2024 11:45 GMT+2") +
        post("07:02", "Ishiba to dissolve lower house", "Kyodo News · published 5h ago"),
    ),
    [
      "2/3 | Liverpool top after Jota header | 2024-10-07",
      "8/9 | Hopfield and Hinton win physics Nobel | 2024-10-08",
      "13/14 | Ishiba to dissolve lower house | ~2024-10-09",
    ],
  );
});

test("An agency's English service: a service line opens each item, the topic line in capitals is no headline, the closing filing time dates it", () => {
  const item = (service: string, topic: string, headline: string, filed: string) =>
    lines(service, topic, headline, "Bogotá, 29 oct (EFE).- Voters chose a new mayor on Sunday.", "(c) Agencia EFE", "jmr/lgo", filed, "");
  assert.deepEqual(
    outline(
      lines("SERVICIO EN INGLÉS · desk buffer · saved 31/10/2023 08:00 CET", "") +
        item("EFE-EN 0417 POL 4 (URGENT)", "COLOMBIA ELECTIONS", "Galán wins Bogotá mayoralty", "30/10/2023 02:14 CET") +
        item("EFE-EN 0452 SOC 3", "MEXICO HURRICANE", "Acapulco death toll rises to 48", "30 oct 2023 18:30") +
        item("EFE-EN 0502 REA 3", "SPAIN MONARCHY", "Leonor swears oath to Constitution", "3 h ago"),
    ),
    [
      "2/4 | Galán wins Bogotá mayoralty | 2023-10-30",
      "10/12 | Acapulco death toll rises to 48 | 2023-10-30",
      "18/20 | Leonor swears oath to Constitution | ~2023-10-31",
    ],
  );
});

test("A clippings export: dotted leaders join keys to values (`Date of issue ..... 16.03.2023`), an age in a date field counts from the capture time beside it", () => {
  const record = (n: number, headline: string, issued: string) =>
    lines(
      `Record 000${n} of 000150`,
      `Headline .......... ${headline}`,
      "Source ............ NL Times",
      `Date of issue ..... ${issued}`,
      "Length ............ 312 words",
      "",
      "AMSTERDAM (ANP) – The party won the most votes on Wednesday.",
      "",
      `Document PRX-20230316-000${n} | captured 21.03.2023 09:12`,
      "",
    );
  assert.deepEqual(
    outline(
      lines("NATIONAL PRESS CLIPPINGS SERVICE :: result export", "") +
        record(147, "Farmers' party storms Dutch vote", "16.03.2023") +
        record(148, "Napoli sweep past Frankfurt", "16.03.2023") +
        record(149, "Thousands march over rents", "2 days ago (web capture 21.03.2023 09:12)"),
    ),
    [
      "2/3 | Farmers' party storms Dutch vote | 2023-03-16",
      "12/13 | Napoli sweep past Frankfurt | 2023-03-16",
      "22/23 | Thousands march over rents | ~2023-03-19",
    ],
  );
});

test("A Markdown newsletter: `## n.` headings, an outlet line under each (with its country, or a kind of piece before the byline), ages counted from when it was sent", () => {
  const item = (n: number, headline: string, source: string) =>
    lines(`## ${n}. ${headline}`, `*${source}*`, "", "ZURICH – The glaciers shrank again last year, scientists said.", "", "---", "");
  assert.deepEqual(
    outline(
      lines("# The Thaw — a weekly letter", "Issue 112 · sent Fri 8 Mar 2024 07:10 CET · you are receiving this because you subscribed", "", "---", "") +
        item(1, "Swiss glaciers lost 4% of their volume", "Swissinfo, 4 March 2024") +
        item(2, "Great Barrier Reef faces fifth mass bleaching", "ABC News (Australia), 6/3/2024") +
        item(3, "February 2024 was the warmest on record", "Bluesky thread by Zeke Hausfather, 20h ago"),
    ),
    [
      "5/5 | Swiss glaciers lost 4% of their volume | 2024-03-04",
      "12/12 | Great Barrier Reef faces fifth mass bleaching | 2024-03-06",
      "19/19 | February 2024 was the warmest on record | ~2024-03-07",
    ],
  );
});

test("A German clipping service: `Datensatz n von m` counters, `Titel:`/`Datum:`/`Quelle:` keys, `2. September 2025` and `vor 5 Stunden` from the list's `erstellt am` stamp", () => {
  const record = (n: number, title: string, datum: string) =>
    lines(
      "***",
      `Datensatz ${n} von 3`,
      "Quelle: The Straits Times",
      `Datum: ${datum}`,
      `Titel: ${title}`,
      "Volltext:",
      "\tSINGAPORE — The airport group said on Monday the design had passed.",
    );
  assert.deepEqual(
    outline(
      lines("Universitätsbibliothek · Pressedokumentation · erstellt am 09.09.2025 11:20") +
        record(1, "Changi Terminal 5 clears design review", "2. September 2025") +
        record(2, "Toyota and Panasonic to build battery plant", "05.09.2025") +
        record(3, "Indus floods force evacuation in Sindh", "vor 5 Stunden"),
    ),
    [
      "2/5 | Changi Terminal 5 clears design review | 2025-09-02",
      "9/12 | Toyota and Panasonic to build battery plant | 2025-09-05",
      "16/19 | Indus floods force evacuation in Sindh | ~2025-09-09",
    ],
  );
});

test("A channel export: `[16.04.2025 07:45] Name:` headers open posts, `[yesterday 19:30]` and `[3h ago]` count from the save stamp", () => {
  const post = (when: string, headline: string) =>
    lines(
      `[${when}] Balkan Brief:`,
      `**${headline}**`,
      "NOVI SAD — Several thousand students set off on foot on Wednesday.",
      "Source: N1",
      "👍 1.2K  ❤️ 430",
      "",
    );
  assert.deepEqual(
    outline(
      lines("Balkan Brief (@balkanbrief) · channel history · 3 posts · saved 18.04.2025 21:40 CEST", "") +
        post("16.04.2025 07:45", "Students march to Belgrade") +
        post("yesterday 19:30", "Sarajevo court sets new date") +
        post("3h ago", "Montenegro and Albania sign ferry pact"),
    ),
    [
      "2/3 | Students march to Belgrade | 2025-04-16",
      "8/9 | Sarajevo court sets new date | ~2025-04-17",
      "14/15 | Montenegro and Albania sign ferry pact | ~2025-04-18",
    ],
  );
});

test("Show notes: `EP. 210` opens an episode, its quoted headline in capitals may run over two lines, `Aired:` dates it whatever follows the date", () => {
  const episode = (n: number, headline: string[], aired: string) =>
    lines("==========", `EP. ${n}`, ...headline, `Aired: ${aired}`, "Host: Mara Ellis", "Summary: Portugal ended its golden visa for property buyers in 2023.");
  assert.deepEqual(
    outline(
      lines("ShowScribe · show-notes export · 3 episodes · page saved 2025-06-19 09:00 UTC") +
        episode(210, ['"LISBON\'S TENANTS AND THE GOLDEN VISA"'], "Tue 3 Jun 2025 06:00 · 38:12") +
        episode(211, ["\"CAN MEXICO CITY'S WATER LAST THE", 'SUMMER?"'], "1749542400 · 44:50") +
        episode(212, ['"BELÉM GETS READY FOR THE WORLD"'], "2 days ago · 36:27"),
    ),
    [
      "2/3 | LISBON'S TENANTS AND THE GOLDEN VISA | 2025-06-03",
      "8/9 | CAN MEXICO CITY'S WATER LAST THE SUMMER? | 2025-06-10",
      "15/16 | BELÉM GETS READY FOR THE WORLD | ~2025-06-17",
    ],
  );
});

test("Forwarded clippings: a mail header block after each rule opens a record, the `FW: [Clip]` every subject has is cut, the outlet's date line under the note dates it", () => {
  const mail = (sent: string, subject: string, outletLine: string) =>
    lines(
      "From:\tGrace Mwangi",
      `Sent:\t${sent}`,
      "To:\tComms Team",
      `Subject:\tFW: [Clip] ${subject}`,
      "",
      "FYI, for the brief.",
      "",
      outletLine,
      "NAIROBI — The company said on Thursday it would list the unit.",
      "",
      "-- ",
      "Grace Mwangi",
      "________________________________",
    );
  assert.deepEqual(
    outline(
      mail("Monday, May 12, 2025 8:14 AM", "Safaricom to list M-Pesa unit", "Business Daily | Friday, May 9, 2025") +
        mail("Tuesday, May 13, 2025 7:52 AM", "Ethiopian Airlines orders 20 jets", "The EastAfrican | 12 May 2025") +
        mail("Thursday, May 15, 2025 9:02 AM", "Kigali to host basketball finals", "The New Times | 15/05/2025"),
    ),
    [
      "0/3 | Safaricom to list M-Pesa unit | 2025-05-09",
      "13/16 | Ethiopian Airlines orders 20 jets | 2025-05-12",
      "26/29 | Kigali to host basketball finals | 2025-05-15",
    ],
  );
});

test("A spreadsheet saved as CSV: a row of column names, each row one article, its title cell the headline and its date cell the date, day first as the dump writes it", () => {
  assert.deepEqual(
    outline(
      lines(
        "Export Pressespiegel 2024-03-07",
        "Titel;Datum;Quelle;Abgerufen;Text",
        'Bahn strike halts ""most"" long-distance trains;05.03.2024;Tagesspiegel;07.03.2024 08:00;"BERLIN — The GDL union walked out on Tuesday.',
        'Talks resume next week, the union said."',
        'Rhine levels fall below 1 metre at Kaub;14.03.2024;Rheinische Post;07.03.2024 08:00;"KAUB — Barges carried half loads on Thursday."',
        'Lufthansa ground staff vote on new deal;3 h ago;Handelsblatt;07.03.2024 08:00;"FRANKFURT — Ver.di members began voting on Thursday."',
      ),
    ),
    [
      '2/2 | Bahn strike halts "most" long-distance trains | 2024-03-05',
      "4/4 | Rhine levels fall below 1 metre at Kaub | 2024-03-14",
      "5/5 | Lufthansa ground staff vote on new deal | ~2024-03-07",
    ],
  );
});

test("A CSV export's body cell may hold a line that reads like a row of names or a date: it opens nothing", () => {
  assert.deepEqual(
    outline(
      lines(
        '"title","date","body"',
        '"Port of Santos sets record","2024-01-09","SANTOS — Exports rose.',
        "title,date,body",
        '2024-01-10, a Wednesday, was busier still."',
        '"Chile lifts lithium quota","2024-01-11","SANTIAGO — Codelco said so."',
      ),
    ),
    ["1/1 | Port of Santos sets record | 2024-01-09", "4/4 | Chile lifts lithium quota | 2024-01-11"],
  );
});

test('Pretty-printed JSON records: braces alone open and close each record, `"title"` is the headline, `"publishedAt"` (camelCase, ISO or Unix time) the date', () => {
  const record = (title: string, when: string) =>
    lines(
      "{",
      '  "source": {',
      '    "id": null,',
      '    "name": "Daily Nation"',
      "  },",
      `  "title": "${title}",`,
      `  "publishedAt": ${when}`,
      "}",
      "body:",
      "NAIROBI — Officials said on Monday that work would go on.",
      "",
    );
  assert.deepEqual(
    outline(
      lines("apiclient 1.2 | 3 results | fetched 2024-02-02T10:00:00Z", "") +
        record('Kenya opens \\"green\\" rail link', '"2024-01-29T09:00:00+03:00",') +
        record("Uganda raises fuel levy", "1706608800,") +
        record("Tanzania lists port bonds", '"2024-01-31T12:00:00Z",'),
    ),
    ['2/7 | Kenya opens "green" rail link | 2024-01-29', "13/18 | Uganda raises fuel levy | 2024-01-30", "24/29 | Tanzania lists port bonds | 2024-01-31"],
  );
});

test("A wiki page's export: `h2. n.` headings open items, the page's own header block above the first is no article, a table row's date cell dates each", () => {
  const item = (n: number, title: string, row: string) =>
    lines(`h2. ${n}. ${title}`, "||Outlet||Date||Author||", row, "{quote}", "LIMA: Ministers met on Monday and agreed a plan.", "{quote}", "----", "");
  assert.deepEqual(
    outline(
      lines("Space: PRESS / Pages / Reviews", "Title: Andes desk review - week 9", "Created by Ana Ruiz, last modified on Mar 01, 2024", "") +
        item(1, "Peru caps copper export tax", "|Gestión|26 Feb 2024|Rosa Díaz|") +
        item(2, "Bolivia signs lithium deal", "|La Razón|February 27th, 2024|Juan Mamani / EFE|") +
        item(3, "Ecuador rations power again", "|El Comercio|2024-02-28|Staff|"),
    ),
    ["4/4 | Peru caps copper export tax | 2024-02-26", "12/12 | Bolivia signs lithium deal | 2024-02-27", "20/20 | Ecuador rations power again | 2024-02-28"],
  );
});

test("A browser's saved tabs: `#n` titles, each site's own suffix cut whatever its mark, ages as apps write them (`1 d ago · 4 min read · pinned`, `5 h · 2 min read`) from the save stamp", () => {
  const tab = (n: number, title: string, url: string, age: string) =>
    lines(`#${n}\t${title}`, `\t${url}`, `\t${age}`, "\tThe minister said on Monday that the plan would go ahead as agreed.", "");
  assert.deepEqual(
    outline(
      lines("Tabstash 2.0 — 3 tabs — Saved 2024-06-12T09:30:00+02:00", "") +
        tab(1, "Ghana cedi slides to record low - BBC News", "https://www.bbc.com/news/a1", "1 d ago · 4 min read · pinned") +
        tab(2, "Nigeria lifts fuel import ban | Premium Times", "https://www.premiumtimesng.com/b2", "5 h · 2 min read") +
        tab(3, "Senegal starts oil output · Reuters", "https://www.reuters.com/c3", "3 d ago · 3 min read"),
    ),
    [
      "2/2 | Ghana cedi slides to record low | ~2024-06-11",
      "7/7 | Nigeria lifts fuel import ban | ~2024-06-12",
      "12/12 | Senegal starts oil output | ~2024-06-09",
    ],
  );
});

test("A Spanish monitoring service: `ITEM n — PAÍS / CÁMARA` opens items, `Titular:` is the headline key, `hace 2 días` counts from the bulletin's `Generado:` stamp", () => {
  const item = (n: number, headline: string, date: string) =>
    lines(
      `ITEM ${n} — PERÚ / CONGRESO`,
      `Fecha:\t${date}`,
      "Fuente:\tEl Comercio",
      `Titular:\t${headline}`,
      "Resumen (EN):",
      "LIMA: Congress voted on Tuesday to extend the registry.",
      "Relevancia:\tALTA",
    );
  assert.deepEqual(
    outline(
      lines("MONITOR ANDINO - boletín diario", "Cliente: Minera Sur | Generado: 14-05-2025 07:45 | 3 ítems") +
        item(1, "Peru extends miners' registry", "13/05/2025") +
        item(2, "Peru lawmakers summon energy minister", "hace 2 días") +
        item(3, "Peru Congress approves port concession", "2025-05-09"),
    ),
    [
      "2/5 | Peru extends miners' registry | 2025-05-13",
      "9/12 | Peru lawmakers summon energy minister | ~2025-05-12",
      "16/19 | Peru Congress approves port concession | 2025-05-09",
    ],
  );
});

test("Saved forum posts: a post's header (`r/… • Posted by u/… • 3h`) opens each, the site after the headline is cut, the counts line is furniture, a pasted story's own date line opens nothing", () => {
  const post = (age: string, title: string, site: string, pasted: string[]) =>
    lines(
      `r/worldnews • Posted by u/some_reader • ${age}`,
      `${title} (${site})`,
      `link: https://${site}/a`,
      "▲ 2.1k · 340 comments · flair: News",
      "---- pasted text ----",
      ...pasted,
      "Pasted from the site, nothing added, nothing left out at all.",
    );
  assert.deepEqual(
    outline(
      lines("SAVED POSTS · u/some_reader · exported 2024-04-21 22:10 UTC · 3 items") +
        post("3h", "Kenya floods close Nairobi schools", "nation.example", ["NAIROBI — Schools stayed shut on Sunday after the rains."]) +
        post("1d", "Ghana holds rates at 29%", "citi.example", ["Published 19/04/2024 18:00", "ACCRA — The central bank held its rate on Friday."]) +
        post("2d", "Egypt raises bread price", "ahram.example", ["CAIRO — The government raised the price on Friday."]),
    ),
    ["1/2 | Kenya floods close Nairobi schools | ~2024-04-21", "8/9 | Ghana holds rates at 29% | 2024-04-19", "16/17 | Egypt raises bread price | ~2024-04-19"],
  );
});

test("A database export: the title under the counter is the headline; a `Subject:` field after the full text is the record's subject terms", () => {
  const doc = (n: number, title: string, date: string) =>
    lines(
      `Document ${n} of 3`,
      "",
      title,
      "",
      "Author: Staff",
      "",
      "Full text: SEOUL -- The company said on Tuesday it would restart the line that it had paused.",
      "",
      "Subject: Semiconductors; Memory chips",
      `Publication date: ${date}`,
      "",
    );
  assert.deepEqual(
    outline(
      doc(1, "Samsung restarts memory line", "Mar 5, 2024") + doc(2, "LG weighs battery plant", "Mar 6, 2024") + doc(3, "Hyundai recalls EVs", "Mar 7, 2024"),
    ),
    ["0/2 | Samsung restarts memory line | 2024-03-05", "11/13 | LG weighs battery plant | 2024-03-06", "22/24 | Hyundai recalls EVs | 2024-03-07"],
  );
});

test("A social network's archive: `@handle<TAB>timestamp<TAB>🌐 Public` heads each post (an ISO time or a Unix time), its link card in a drawn box and its counts are furniture, a rule closes it", () => {
  const post = (when: string, text: string) =>
    lines(
      `@desk@news.example\t${when}\t🌐 Public`,
      text,
      "",
      "NAIROBI — Officials said on Monday that work would go on.",
      "   ┌──────────",
      `     ${text}`,
      "     news.example · health",
      "   └──────────",
      "↻ 21   ★ 38   ↩ 2",
      "──────────",
      "",
    );
  assert.deepEqual(
    outline(
      lines("Archive of @desk@news.example (Mastodon) · posts 1-3 · archived 2023-11-17", "══════════", "") +
        post("2023-11-14T08:05:31+00:00", "Kenya starts malaria vaccine rollout") +
        post("1700000000", "Uganda opens solar plant") +
        post("2023-11-16T09:00:00+03:00", "Rwanda hosts health summit"),
    ),
    [
      "3/4 | Kenya starts malaria vaccine rollout | 2023-11-14",
      "14/15 | Uganda opens solar plant | 2023-11-14",
      "25/26 | Rwanda hosts health summit | 2023-11-16",
    ],
  );
});

test("A monitoring report as text: the cover and its contents (dotted leaders, page numbers) are no article, `SECTION n | DESK` opens each page's record, the headline under the fields", () => {
  const page = (n: number, desk: string, outlet: string, date: string, headline: string) =>
    lines(
      "\f",
      `SECTION ${n} | ${desk}`,
      `Publication:  ${outlet}`,
      `Date:         ${date}`,
      "Reach:        410,000",
      "Sentiment:    Negative",
      "",
      headline,
      "",
      "NAIROBI — The authority said on Tuesday that the works would go on.",
      "",
      `                                   - ${n + 1} -`,
    );
  assert.deepEqual(
    outline(
      lines("PRESSWATCH EAST AFRICA", "Coverage digest for Tamarind Holdings", "Period: 01/04/2024 - 19/04/2024", "", "\f", "CONTENTS", "") +
        lines(
          "1. Kenya Power tenders new grid link ........ 2",
          "2. Port of Mombasa dredging delayed ......... 3",
          "3. Safaricom cuts data prices ............... 4",
        ) +
        page(1, "ENERGY", "Daily Nation", "02/04/2024", "Kenya Power tenders new grid link") +
        page(2, "TRANSPORT", "The Standard", "16/04/2024", "Port of Mombasa dredging delayed") +
        page(3, "TELECOMS", "Business Daily", "18/04/2024", "Safaricom cuts data prices"),
    ),
    [
      "11/17 | Kenya Power tenders new grid link | 2024-04-02",
      "23/29 | Port of Mombasa dredging delayed | 2024-04-16",
      "35/41 | Safaricom cuts data prices | 2024-04-18",
    ],
  );
});

test("An investor-relations newswire: the issuer under `NEWS PROVIDED BY` is no headline, the `/PRNewswire/` dateline gives its place", () => {
  const release = (issuer: string, stamp: string, headline: string, dateline: string) =>
    lines("NEWS PROVIDED BY", issuer, stamp, "", headline, "", `${dateline} -- The company said today that it had signed.`, "", `SOURCE ${issuer}`, "", "");
  const text =
    release("Vale S.A.", "Apr 02, 2024, 06:00 ET", "Vale sells stake in base metals unit", "RIO DE JANEIRO, Brazil, April 2, 2024 /PRNewswire/") +
    release("Wipro Limited", "Apr 03, 2024, 22:15 ET", "Wipro opens AI lab in Toronto", "BENGALURU, India, April 4, 2024 /CNW/") +
    release("Natura &Co", "Apr 05, 2024, 08:00 ET", "Natura completes sale of The Body Shop", "SÃO PAULO, April 5, 2024 (GLOBE NEWSWIRE)");
  assert.deepEqual(outline(text), [
    "0/4 | Vale sells stake in base metals unit | 2024-04-02",
    "11/15 | Wipro opens AI lab in Toronto | 2024-04-03",
    "22/26 | Natura completes sale of The Body Shop | 2024-04-05",
  ]);
  assert.deepEqual(
    new DumpSession(text).articles().map((a) => a.dateline),
    ["RIO DE JANEIRO", "BENGALURU", "SÃO PAULO"],
  );
});

test("A results service: tab-separated rows (the score line, half-time and venue, a league table) are fields, the report's title line is the headline", () => {
  const match = (id: string, stamp: string, home: string, score: string, away: string, headline: string) =>
    lines(
      "------------------------------",
      `#${id}\tFT\t${stamp}`,
      "Comp:\tEredivisie, Round 28",
      `${home}\t${score}\t${away}`,
      "HT 0-0\tVenue: Philips Stadion\tAtt: 35,000",
      "Goals:\tDe Jong 61'",
      headline,
      "EINDHOVEN - The leaders won again on Sunday and stay nine points clear.",
      "Table:\tP\tW\tPts",
      `1. ${home}\t28\t24\t76`,
    );
  assert.deepEqual(
    outline(
      lines("RESULTS FEED export", "generated 2024-04-08 05:00 UTC") +
        match("88101", "Sun 07 Apr 2024 14:30 +0000", "PSV", "1 - 0", "Twente", "De Jong header keeps PSV nine clear") +
        match("88102", "Sat 06 Apr 2024 19:00 +0000", "Feyenoord", "2 - 2", "Ajax", "Late Ajax equaliser spoils Feyenoord party") +
        match("88103", "Sun 07 Apr 2024 23:10 +0000", "AZ", "3 - 1", "Utrecht", "AZ climb to fourth after Utrecht collapse"),
    ),
    [
      "3/8 | De Jong header keeps PSV nine clear | 2024-04-07",
      "13/18 | Late Ajax equaliser spoils Feyenoord party | 2024-04-06",
      "23/28 | AZ climb to fourth after Utrecht collapse | 2024-04-07",
    ],
  );
});

test('An embargoed science digest: `>>> ITEM n/m  [id]` opens each item, `TITLE  "…"` (no colon, quoted) is the title key, the embargo line dates it', () => {
  const item = (n: number, embargo: string, title: string) =>
    lines(
      `>>> ITEM ${n}/3  [rx-${4400 + n}]`,
      `EMBARGO LIFTS: ${embargo}`,
      "journal: Science",
      "doi: 10.1126/science.abc1234",
      `TITLE  "${title}"`,
      "",
      "PERTH -- Researchers said on Monday the result held.",
      "",
    );
  assert.deepEqual(
    outline(
      lines("LabLine press digest :: subscriber copy", "Respect the embargo times below.", "") +
        item(1, "14:00 GMT Wednesday 7 February 2024", "Oldest stromatolites found in the Pilbara") +
        item(2, "18:00 GMT Thursday 8 February 2024", "Coral spawning shifts with warmer nights") +
        item(3, "09:00 GMT Friday 9 February 2024", "Kelp forests recover off Tasmania"),
    ),
    [
      "3/7 | Oldest stromatolites found in the Pilbara | 2024-02-07",
      "11/15 | Coral spawning shifts with warmer nights | 2024-02-08",
      "19/23 | Kelp forests recover off Tasmania | 2024-02-09",
    ],
  );
});

test("An analyst's Markdown notebook: `## date | Source: Outlet` opens each entry and dates it, the quoted bold line is the headline without its marks, the quoted story's dateline is the entry's", () => {
  const entry = (date: string, outlet: string, headline: string, dateline: string) =>
    lines(
      `## ${date} | Source: ${outlet}`,
      `> **${headline}**`,
      "Tags: #myanmar #junta",
      "Key points:",
      "- Fighting spread to the state capital",
      "Excerpt:",
      `> ${dateline} – Rebels said on Sunday they held the town.`,
      "Note: cross-check with satellite imagery.",
      "",
    );
  const text =
    lines("# Watch notebook: Myanmar (export)", "exported 2024-04-12 by analyst 3", "") +
    entry("2024-04-07", "The Irrawaddy", "Rebels claim control of Myawaddy border crossing", "MYAWADDY (The Irrawaddy)") +
    entry("2024-04-09", "Myanmar Now", "Junta air strikes hit villages in Sagaing", "MONYWA") +
    entry("2024-04-11", "Frontier", "Thai traders halt crossings as fighting nears Mae Sot", "MAE SOT, Thailand");
  assert.deepEqual(
    new DumpSession(text).articles().map((a) => a.dateline),
    ["MYAWADDY", "MONYWA", "MAE SOT"],
  );
  assert.deepEqual(outline(text), [
    "3/4 | Rebels claim control of Myawaddy border crossing | 2024-04-07",
    "12/13 | Junta air strikes hit villages in Sagaing | 2024-04-09",
    "21/22 | Thai traders halt crossings as fighting nears Mae Sot | 2024-04-11",
  ]);
});

test("A chat export: a message sharing a story from an app opens a record, the replies under it are its own, an outlet's age counts from the share time", () => {
  assert.deepEqual(
    outline(
      lines(
        "02/05/2024, 07:58 - Messages and calls are end-to-end encrypted.",
        '02/05/2024, 07:59 - Tomás Ruiz created group "LatAm reads"',
        "02/05/2024, 08:10 - Tomás Ruiz: Shared from Google News",
        "Milei's omnibus bill clears Argentina's lower house",
        "Buenos Aires Times · 5h ago",
        "https://news.google.com/articles/abc123",
        "BUENOS AIRES — Deputies approved the bill early on Tuesday after a long session.",
        "Sent from my iPhone",
        "02/05/2024, 08:12 - Lucía Vega: finally",
        "15/05/2024, 19:40 - Lucía Vega: Shared via Flipboard",
        "Petro proposes constituent process for Colombia",
        "El Espectador · 14 May 2024",
        "https://flip.it/Zx81",
        "BOGOTÁ - The president repeated the idea at a rally on Monday.",
        "[16/05/2024, 09:03:11] Tomás Ruiz: Sent from Chrome",
        "Sheinbaum widens lead in final Mexico poll",
        "El Universal · 20h ago",
        "MEXICO CITY — The ruling party's candidate led by 20 points.",
      ),
    ),
    [
      "2/3 | Milei's omnibus bill clears Argentina's lower house | ~2024-05-02",
      "9/10 | Petro proposes constituent process for Colombia | 2024-05-14",
      "14/15 | Sheinbaum widens lead in final Mexico poll | ~2024-05-15",
    ],
  );
});

test("A newspaper's scanned pages: frame markers and running heads are furniture, a headline in capitals over lines with a byline or a dateline under it opens a story, a jump to the next page continues it", () => {
  const head = (page: number) => [`[Frame 00${page}]`, `THE LAKE COURIER          Page ${page}          FRIDAY, JUNE 3, 1994`];
  assert.deepEqual(
    outline(
      lines(
        ...head(1),
        "",
        "FLOODS CUT ROAD",
        "TO KISUMU",
        "",
        "By a Staff Correspondent",
        "",
        "Heavy rain cut the main road to Kisumu yesterday, police said, and",
        "                              Continued on Page 2",
        ...head(2),
        "                              Continued from Page 1",
        "traffic was turned back at Ahero.",
        "",
        "TEA PRICES RISE",
        "AT MOMBASA AUCTION",
        "",
        "MOMBASA, June 2. — Prices rose for a third week at the auction on Thursday.",
        "",
        "COUNCIL NAMES",
        "NEW TOWN CLERK",
        "",
        "By Our Municipal Reporter",
        "",
        "The council named Mr. John Otieno town clerk on Wednesday.",
      ),
    ),
    [
      "3/3 | FLOODS CUT ROAD TO KISUMU | 1994-06-03",
      "15/15 | TEA PRICES RISE AT MOMBASA AUCTION | 1994-06-03",
      "20/20 | COUNCIL NAMES NEW TOWN CLERK | 1994-06-03",
    ],
  );
});

test("Subtitles of news bulletins: cue numbers and timings are furniture, a bulletin's stamp (`[NEWS BULLETIN 18:00 · 11.03.2024]`) opens each story, its headline cue runs on over a line in lower case", () => {
  let n = 0;
  const cue = (...text: string[]) => lines(String(++n), `00:00:${String(n).padStart(2, "0")},000 --> 00:00:${String(n).padStart(2, "0")},900`, ...text, "");
  const story = (stamp: string, headline: [string, string]) =>
    cue(`[NEWS BULLETIN ${stamp}]`) + cue(...headline) + cue("LAHORE — The court said on Monday it would", "hear the case next week.");
  assert.deepEqual(
    outline(
      story("18:00 · 11.03.2024", ["Punjab court bars", "smog-season fireworks"]) +
        story("21:00 · 12.03.2024", ["Karachi port strike", "ends after talks"]) +
        story("18:00 · 13.03.2024", ["Quetta reopens", "airport after snow"]),
    ),
    [
      "2/6 | Punjab court bars smog-season fireworks | 2024-03-11",
      "16/20 | Karachi port strike ends after talks | 2024-03-12",
      "30/34 | Quetta reopens airport after snow | 2024-03-13",
    ],
  );
});

test("A legal database's `Reported: 9 days ago (saved 13/03/2025), Lexwire`: the age counts from the save time beside it, whatever outlet follows", () => {
  const doc = (n: number, heading: string, reported: string) =>
    lines(
      `Doc ${n} of 3`,
      "Court: Supreme Court",
      `Heading: ${heading}`,
      `Reported: ${reported}`,
      "",
      "The justices ruled on Tuesday that the case could go on.",
      "",
    );
  assert.deepEqual(
    outline(
      doc(1, "Justices revive wetlands suit", "9 days ago (saved 13/03/2025), Lexwire") +
        doc(2, "Court hears port dispute", "2 days ago (saved 13/03/2025) | Lexwire") +
        doc(3, "Judges split on water rights", "14/03/2025, Lexwire"),
    ),
    ["0/2 | Justices revive wetlands suit | ~2025-03-04", "7/9 | Court hears port dispute | ~2025-03-11", "14/16 | Judges split on water rights | 2025-03-14"],
  );
});

test("An alert digest's outlet line may name the outlet's edition before the date (`Gazeta Bałtycka English edition — Sep 18, 2023`)", () => {
  const item = (n: number, headline: string, outlet: string) =>
    lines(`Item ${n}/3`, headline, outlet, "  Officials said on Monday that the plan would go ahead.", "");
  assert.deepEqual(
    outline(
      item(1, "Polish heat pump buyers left out", "Gazeta Bałtycka English edition — Sep 18, 2023") +
        item(2, "Latvia extends rail link tender", "Baltic Times online — Sep 19, 2023") +
        item(3, "Estonia opens wind auction", "ERR News — Sep 20, 2023"),
    ),
    [
      "0/1 | Polish heat pump buyers left out | 2023-09-18",
      "5/6 | Latvia extends rail link tender | 2023-09-19",
      "10/11 | Estonia opens wind auction | 2023-09-20",
    ],
  );
});

test("A citation manager's RIS export: `TY  - ` opens each record, `TI`/`T1` is the headline, `DA`/`Y1` the date, the access date `Y2` never, `ER  - ` closes it", () => {
  const record = (title: string, date: string, accessed: string, titleTag = "TI", dateTag = "DA") =>
    lines(
      "TY  - NEWS",
      `${titleTag}  - ${title}`,
      "A1  - Moreau, Claire",
      "JF  - Courrier du Sahel",
      "PY  - 2022",
      `${dateTag}  - ${date}`,
      "N1  - DAKAR, Jan. 5 - The port authority said on Wednesday that traffic",
      "      rose by a fifth over the year, helped by new berths.",
      "UR  - https://courrier.example/port",
      `Y2  - ${accessed}`,
      "ER  - ",
    );
  assert.deepEqual(
    outline(
      record("Dakar port traffic up a fifth", "2022/01/05", "2022/02/01") +
        record("Bamako bus fares frozen until March", "2022/01/07/", "2022/02/01", "T1", "Y1") +
        record("Niamey opens solar plant", "2022/01/09", "2022/02/02"),
    ),
    [
      "0/1 | Dakar port traffic up a fifth | 2022-01-05",
      "11/12 | Bamako bus fares frozen until March | 2022-01-07",
      "22/23 | Niamey opens solar plant | 2022-01-09",
    ],
  );
});

test("EndNote's refer export: `%0` opens each record after a blank line, `%T` is the headline, `%8` the date (`%D` is only the year)", () => {
  const record = (title: string, date: string) =>
    lines(
      "%0 Newspaper Article",
      `%T ${title}`,
      "%A Lindqvist, Sara",
      "%J Nordic Ledger",
      "%D 2021",
      `%8 ${date}`,
      "%X The agency said the figures were final.",
      "",
    );
  assert.deepEqual(
    outline(
      record("Oslo housing starts slow", "March 2, 2021") +
        record("Copenhagen metro line delayed", "March 4, 2021") +
        record("Helsinki port strike ends", "March 9, 2021"),
    ),
    ["0/1 | Oslo housing starts slow | 2021-03-02", "8/9 | Copenhagen metro line delayed | 2021-03-04", "16/17 | Helsinki port strike ends | 2021-03-09"],
  );
});

test("An outline's capture file: `**` headings with tags open records, the heading without stars, keyword and tags is the headline, `:PUBDATE:` dates it and an age counts from `:CAPTURED:`", () => {
  const record = (heading: string, drawer: string[], lead: string) =>
    lines(heading, ":PROPERTIES:", ...drawer, ":SOURCE:   Agência Litoral", ":END:", "#+BEGIN_QUOTE", lead, "#+END_QUOTE", "- note: check the tariff table");
  assert.deepEqual(
    outline(
      lines("#+TITLE: Reading list", "#+STARTUP: content") +
        record(
          "** TODO Lisbon tram fares rise in April   :transport:",
          [":CAPTURED: [2022-03-14 Mon 10:05]", ":PUBDATE:  <2022-03-13 Sun>"],
          "LISBON -- Carris said fares would rise.",
        ) +
        record("** Porto airport adds routes to Brazil   :aviation:brazil:", [":CAPTURED: [2022-03-14 Mon 10:20]"], "Posted 2 days ago") +
        record(
          "** Faro hotels report record winter   :tourism:",
          [":CAPTURED: [2022-03-14 Mon 10:31]", ":PUBDATE:  <2022-03-10 Thu>"],
          "FARO -- Hoteliers said bookings rose.",
        ),
    ),
    [
      "2/2 | Lisbon tram fares rise in April | 2022-03-13",
      "12/12 | Porto airport adds routes to Brazil | ~2022-03-12",
      "21/21 | Faro hotels report record winter | 2022-03-10",
    ],
  );
});

test("A teletext capture: each page's header opens it, its headline in capitals over two lines is one, the header's day takes its year from the capture's banner", () => {
  const page = (header: string, first: string, second: string) =>
    lines(header, first, second, "", "The council said on Tuesday that the", "work would take two years.", " News 101  Sport 301  Weather 401");
  assert.deepEqual(
    outline(
      lines("# capture of ORACLE, recorded 1991-06-04 21:31 UTC") +
        page("P201 ORACLE 201 Tue 4 Jun 21:30:05", "CITY COUNCIL APPROVES NEW", "RING ROAD FOR LEEDS") +
        page("P202 ORACLE 202 Tue 4 Jun 21:30:41", "FERRY STRIKE CALLED OFF", "AFTER LATE-NIGHT TALKS") +
        page("P203 ORACLE 203 Mon 3 Jun 21:31:02", "WIMBLEDON GATES TO OPEN", "EARLIER THIS YEAR"),
    ),
    [
      "1/2 | CITY COUNCIL APPROVES NEW RING ROAD FOR LEEDS | 1991-06-04",
      "8/9 | FERRY STRIKE CALLED OFF AFTER LATE-NIGHT TALKS | 1991-06-04",
      "15/16 | WIMBLEDON GATES TO OPEN EARLIER THIS YEAR | 1991-06-03",
    ],
  );
});

test("Pages saved from a web archive: the `Saved from` line opens each, the archive's banner and toolbar are no headline, an age counts from the capture time in the archive's address", () => {
  const save = (stamp: string, headline: string, dateLine: string) =>
    lines(
      `Saved from web.archive.org/web/${stamp}/https://sport.example/2021/05/02/story`,
      `Internet Archive - https://web.archive.org/web/${stamp}/https://sport.example/2021/05/02/story`,
      "[ GO ]  1,204 snapshots  02 May 2021 - 19 Dec 2022  [ ABOUT THIS CAPTURE ]",
      headline,
      dateLine,
      "The club confirmed the news on its website after the match on Sunday evening, saying the deal had been agreed.",
      "",
    );
  assert.deepEqual(
    outline(
      save("20210503061500", "Ajax sign Brazilian winger on loan", "Published 9 hours ago") +
        save("20210503120000", "Celtic name new captain", "Mon 3 May 2021 10.30 BST") +
        save("20210504230000", "Porto coach extends contract", "Published 3 hours ago"),
    ),
    [
      "0/3 | Ajax sign Brazilian winger on loan | ~2021-05-02",
      "7/10 | Celtic name new captain | 2021-05-03",
      "14/17 | Porto coach extends contract | ~2021-05-04",
    ],
  );
});

test("A playlist's transcripts: `► Title` opens each clip, the channel line's age (`Premiered 3 days ago`, beside its views) counts from the export's stamp, short caption cues open nothing", () => {
  const clip = (title: string, channel: string) =>
    lines(`► ${title}`, channel, "[00:00]\tANCHOR Lena Vogt: The minister resigned on Monday", "[00:04]\tafter the vote.", "[00:07]\tmore to follow.");
  assert.deepEqual(
    outline(
      lines("transcripts · playlist 'Europe' · exported Fri, 10 Jun 2022 18:00:00 +0000") +
        clip("Dutch minister resigns over gas subsidy", "DW News • 1.2M views • Premiered 3 days ago") +
        clip("Polish farmers block border crossing", "TVP World • 88K views • Streamed 20 hours ago") +
        clip("Irish budget surplus widens", "RTÉ News • 9.4K views • 1 day ago"),
    ),
    [
      "1/1 | Dutch minister resigns over gas subsidy | ~2022-06-07",
      "6/6 | Polish farmers block border crossing | ~2022-06-09",
      "11/11 | Irish budget surplus widens | ~2022-06-09",
    ],
  );
});

test("E-reader clippings: the title without the outlet the device appends, the clip's `Added on` stamp is no date of the story but what its age counts from", () => {
  const clip = (title: string, stamp: string, dateLine: string) =>
    lines(
      title,
      `- Your Note on Location 212 | Added on ${stamp}`,
      "",
      dateLine,
      "The minister said the plan would be ready by the end of the year.",
      "==========",
    );
  assert.deepEqual(
    outline(
      clip("Norway backs new Arctic fishing quotas (High North News)", "Monday, October 3, 2022 11:40:02 PM", "Published on Oct 2, 2022 9:15 AM CEST") +
        clip("Iceland's central bank raises rates again (Iceland Monitor)", "Tuesday, October 4, 2022 1:05:44 AM", "Posted 2 days ago") +
        clip("Faroe salmon exports hit record (Faroe Business Report)", "Tuesday, October 4, 2022 6:30:00 PM", "Jens Hansen | October 4, 2022"),
    ),
    [
      "0/0 | Norway backs new Arctic fishing quotas | 2022-10-02",
      "6/6 | Iceland's central bank raises rates again | ~2022-10-02",
      "12/12 | Faroe salmon exports hit record | 2022-10-04",
    ],
  );
});

test("A text browser's dump: the navigation line opens each page, link numbers glued to words are markup (a byline's name, a body line's first word), the page's headline under it", () => {
  const page = (headline: string, dateLine: string) =>
    lines(
      "[1]Home [2]World [3]Science [4]Sign in",
      "",
      headline,
      "",
      `   ${dateLine}`,
      "",
      "   Researchers said on Monday that the survey, funded by the",
      "   [5]European Space Agency, would continue next year.",
      "",
      "References",
      "",
      "   1. https://science.example/",
      "   5. https://www.esa.int/",
      "",
    );
  assert.deepEqual(
    outline(
      page("Glacier retreat speeds up in the Alps", "By [6]Luca Bernasconi - 14/03/2022") +
        page("Rare orchid found in Crete gorge", "Published: 15 March 2022") +
        page("Drought shrinks Lake Trasimeno", "Wednesday, March 16, 2022"),
    ),
    [
      "0/2 | Glacier retreat speeds up in the Alps | 2022-03-14",
      "14/16 | Rare orchid found in Crete gorge | 2022-03-15",
      "28/30 | Drought shrinks Lake Trasimeno | 2022-03-16",
    ],
  );
});

test("A BibTeX export: `@type{key,` opens each entry, `title = {…}` (braces or quotes, spaced or not) is the headline, `date` dates it and `urldate` never", () => {
  const entry = (type: string, title: string, date: string, spaced: boolean) =>
    spaced
      ? lines(
          `@${type}{ref${date.replace(/-/g, "")},`,
          `  title   = ${title},`,
          "  author  = {Haddad, Rania},",
          `  date    = {${date}},`,
          "  urldate = {2020-12-01},",
          "}",
          "",
        )
      : lines(
          `@${type}{ref${date.replace(/-/g, "")},`,
          `  title={${title}},`,
          "  author={Haddad, Rania},",
          `  date={${date}},`,
          "  urldate={2020-12-01}",
          "}",
          "",
        );
  assert.deepEqual(
    outline(
      entry("article", "{Beirut port rebuild plan approved}", "2020-11-03", true) +
        entry("online", '"Amman water rationing extended"', "2020-11-05", true) +
        entry("article", "Tunis metro fares frozen", "2020-11-09", false),
    ),
    [
      "0/1 | Beirut port rebuild plan approved | 2020-11-03",
      "7/8 | Amman water rationing extended | 2020-11-05",
      "14/15 | Tunis metro fares frozen | 2020-11-09",
    ],
  );
});

test("A record's dateline where its story starts: in a field's value (RIS `N1  - DAKAR, Jan. 5 -`), or after a quote block's marker and an age line", () => {
  const datelines = (text: string) => new DumpSession(text).articles().map((a) => a.dateline ?? "-");
  const ris = (place: string) =>
    lines(
      "TY  - NEWS",
      "TI  - Port traffic rises",
      "AB  - Traffic rose.",
      `N1  - ${place} - The port authority said on Wednesday that traffic`,
      "      rose by a fifth over the year.",
      "ER  - ",
    );
  assert.deepEqual(datelines(ris("DAKAR, Jan. 5") + ris("ABIDJAN (Reuters)") + ris("LOMÉ")), ["DAKAR", "ABIDJAN", "LOMÉ"]);
  const capture = (heading: string, lead: string[]) =>
    lines(heading, ":PROPERTIES:", ":CAPTURED: [2022-03-14 Mon 10:05]", ":END:", "#+BEGIN_QUOTE", ...lead, "#+END_QUOTE");
  assert.deepEqual(
    datelines(
      capture("** Tram fares rise   :transport:", ["LISBON -- Carris said fares would rise."]) +
        capture("** Airport adds routes   :aviation:", ["Posted 2 days ago", "PORTO -- The operator said two routes would open."]) +
        capture("** Hotels report record winter   :tourism:", ["Hoteliers said bookings rose in the Algarve."]),
    ),
    ["LISBON", "PORTO", "-"],
  );
});

test("An outline's capture file with plain one-star headings: the heading right over its `:PROPERTIES:` drawer opens the record and is its headline", () => {
  const record = (heading: string, day: string, lead: string) =>
    lines(`* ${heading}`, ":PROPERTIES:", ":CAPTURED: [2021-06-02 Wed 08:15]", `:PUBDATE:  <${day}>`, ":END:", lead);
  assert.deepEqual(
    outline(
      lines("#+TITLE: Clippings") +
        record("Galway port expansion approved", "2021-06-01 Tue", "GALWAY -- The board approved the plan, which will double the quay's length by 2025.") +
        record("Cork bus routes redrawn", "2021-05-31 Mon", "CORK -- Nine routes will change from July, the transport authority said on Monday.") +
        record("Limerick tech hub hires 200", "2021-05-28 Fri", "The company said the jobs would be filled over two years, most of them in engineering."),
    ),
    ["1/1 | Galway port expansion approved | 2021-06-01", "7/7 | Cork bus routes redrawn | 2021-05-31", "13/13 | Limerick tech hub hires 200 | 2021-05-28"],
  );
});

test("Teletext headers of other services: a magazine number before the page's (`P100 CEEFAX 1 100`), a day with its year (`25.03.24`)", () => {
  const page = (header: string, headline: string) => lines(header, headline, "", "Die Regierung teilte am Montag mit,", "dass die Reform kommt.", "");
  assert.deepEqual(
    outline(page("100 ARD-Text 25.03.24 18:02:33", "REFORM DER RENTE BESCHLOSSEN") + page("101 ARD-Text 25.03.24 18:02:51", "STREIK BEI DER BAHN BEENDET")),
    ["0/1 | REFORM DER RENTE BESCHLOSSEN | 2024-03-25", "6/7 | STREIK BEI DER BAHN BEENDET | 2024-03-25"],
  );
  assert.deepEqual(
    outline(
      lines("capture, recorded 2023-03-12 12:40 UTC") +
        page("P100 CEEFAX 1 100 Sun 12 Mar 12:34/56", "FLOOD WARNINGS ISSUED FOR WALES") +
        page("P101 CEEFAX 1 101 Sun 12 Mar 12:35/10", "RAIL STRIKE TALKS RESUME"),
    ),
    ["1/2 | FLOOD WARNINGS ISSUED FOR WALES | 2023-03-12", "7/8 | RAIL STRIKE TALKS RESUME | 2023-03-12"],
  );
});

test("A link aggregator's front page: rank, vote arrow and ` (site)` are no part of the headline, the post line's age counts from the snapshot's Unix time", () => {
  const story = (rank: number, title: string, site: string, post: string, lead: string) =>
    lines(`${String(rank).padStart(3)}. ▲ ${title} (${site})`, `      ${post}`, "", `      ${lead}`, "");
  assert.deepEqual(
    outline(
      lines("Tech Links | new | threads | submit", "snapshot ts=1709290800 (3 posts)", "") +
        story(
          1,
          "Rocket Lab flies its 40th Electron",
          "spacenews.example",
          "312 points by hopper 2 days ago | hide | 97 comments",
          "WELLINGTON — The launch went well.",
        ) +
        story(
          2,
          "Ports reopen after the strike ends",
          "dockside.example",
          "88 points by quay 5 hours ago | hide | past | discuss",
          "ROTTERDAM — Cranes moved again.",
        ) +
        story(3, "Court backs the new data law", "lawwire.example", "41 points by clerk 1 day ago | flag | 12 comments", "BRUSSELS — Judges ruled on it."),
    ),
    [
      "3/3 | Rocket Lab flies its 40th Electron | ~2024-02-28",
      "8/8 | Ports reopen after the strike ends | ~2024-03-01",
      "13/13 | Court backs the new data law | ~2024-02-29",
    ],
  );
  // another aggregator writes the age before the poster, and an ordinary time for its snapshot
  const post = (title: string, age: string) =>
    lines(
      `▲ ${title} (newsroom.example)`,
      `submitted ${age} by u/reader_${age.length} to r/worldnews | share | save | 40 comments`,
      "",
      "The story's text, as fetched.",
      "",
    );
  assert.deepEqual(
    outline(
      lines("r/worldnews · top posts", "Captured: 2024-05-10 09:00 UTC", "") +
        post("Floods cut the rail link north", "3 hours ago") +
        post("Harbour tunnel opens after delays", "2 days ago") +
        post("City votes to keep the night buses", "11 hours ago"),
    ),
    [
      "3/3 | Floods cut the rail link north | ~2024-05-10",
      "8/8 | Harbour tunnel opens after delays | ~2024-05-08",
      "13/13 | City votes to keep the night buses | ~2024-05-09",
    ],
  );
});

test("An official gazette: `GAZETTE NOTICE NO. n` opens each notice, its title in capitals is the headline, the signature's `Dated the …` line dates it", () => {
  const notice = (no: number, title: string, opening: string, dated: string, signer: string) =>
    lines(
      `GAZETTE NOTICE NO. ${no}`,
      title,
      `  ${opening} of the powers conferred by section 12 of the Water Act,`,
      "2016, the Authority gives notice that the permit named below has been",
      "renewed for the period set out in the schedule.",
      "",
      dated,
      `                                        ${signer},`,
      "                                        Director-General.",
      "",
    );
  assert.deepEqual(
    outline(
      lines("                THE UPLANDS GAZETTE", "Vol. XII—No. 4          KAMPALA, 9th May, 2024          Price 500", "") +
        notice(1031, "RENEWAL OF A WATER PERMIT", "IN EXERCISE", "Dated the 2nd May, 2024.", "JANE AKELLO") +
        notice(1032, "CLOSURE OF A PUBLIC ROAD", "PURSUANT to section 9", "Dated at Kampala this 6th day of May, 2024.", "PETER OKELLO") +
        notice(1040, "APPOINTMENT OF A BOARD", "IT IS notified", "Given under my hand this 7th May, 2024.", "MARY NAMONO"),
    ),
    ["3/4 | RENEWAL OF A WATER PERMIT | 2024-05-02", "13/14 | CLOSURE OF A PUBLIC ROAD | 2024-05-06", "23/24 | APPOINTMENT OF A BOARD | 2024-05-07"],
  );
  // an official journal's acts: `Legal Notice No. n of YYYY`, closed by `Done at …` or `Fait à …, le …`
  const act = (no: number, title: string, done: string) =>
    lines(`Legal Notice No. ${no} of 2024`, title, "", "  The Minister, having regard to the Treaty, has adopted this regulation.", "", done, "");
  assert.deepEqual(
    outline(
      act(45, "REGULATION ON FISHING QUOTAS", "Done at Brussels, 12 March 2024.") +
        act(46, "DECISION ON PORT FEES", "Fait à Paris, le 14 mars 2024.") +
        act(47, "ORDER ON GRAIN EXPORTS", "Made 3rd April 2024"),
    ),
    ["0/1 | REGULATION ON FISHING QUOTAS | 2024-03-12", "7/8 | DECISION ON PORT FEES | 2024-03-14", "14/15 | ORDER ON GRAIN EXPORTS | 2024-04-03"],
  );
});

test("Faxed press releases: the fax header of a first page opens each release and dates it, on later pages it is furniture, the release label is no headline, `Place, 2 April 2024 -` is the dateline", () => {
  const release = (header: (page: number) => string, pages: number, label: string, title: string, dateline: string) =>
    lines(
      header(1),
      label,
      title,
      `${dateline} - The ministry said the new line would open`,
      "to passengers within a year, after tests on",
      ...(pages > 1 ? [header(2)] : []),
      "the viaduct, and that fares would stay as they are.",
      "Contact: Press Office, +1 555 0100",
      "",
    );
  assert.deepEqual(
    outline(
      release(
        (p) => `APR-02-2024 09:14  FROM:TRANSPORT MIN PRESS  +254 20 272 9200   TO:NEWSDESK   P.0${p}/02`,
        2,
        "FOR IMMEDIATE RELEASE",
        "NEW RAIL LINE TO OPEN NEXT YEAR",
        "Nairobi, 2 April 2024",
      ) +
        release(
          (p) => `13/04/2024 16:40  +33 1 40 81 21 22   MINISTERE TRANSPORTS   PAGE ${p}/1`,
          1,
          "COMMUNIQUÉ DE PRESSE",
          "FERRY SERVICE RESUMES IN BRITTANY",
          "Brest, 13 April 2024",
        ) +
        release(
          (p) => `Apr 05 2024 11:02AM  BMDV PRESSE  030 1830 3000  p.${p}`,
          2,
          "Pressemitteilung",
          "MOTORWAY BRIDGE TO BE REBUILT",
          "Berlin, 5 April 2024",
        ),
    ),
    [
      "0/2 | NEW RAIL LINE TO OPEN NEXT YEAR | 2024-04-02",
      "9/11 | FERRY SERVICE RESUMES IN BRITTANY | 2024-04-13",
      "17/19 | MOTORWAY BRIDGE TO BE REBUILT | 2024-04-05",
    ],
  );
  const session = new DumpSession(
    release((p) => `MAY-06-2024 08:00  FROM:PORT AUTHORITY  TO:DESK  P.0${p}/01`, 1, "PRESS RELEASE", "PORT DREDGING ENDS", "Mombasa, 6 May 2024"),
  );
  assert.deepEqual(
    session.articles().map((a) => a.dateline),
    ["Mombasa"],
  );
});

test("A scanned clipping book: a typed index line (page, outlet, day-first date) opens each cutting on its page and dates it, the book's span in the banner opens nothing", () => {
  const cutting = (index: string, title: string, byline: string) =>
    `\f\r\n${index}\r\n${title}\r\n${byline}\r\nThe council met on Monday and voted to keep the\r\nlibrary open for another year, officials said.\r\n`;
  assert.deepEqual(
    outline(
      "        CUTTINGS BOOK  3.1.24 – 28.6.24\r\n        Local affairs  ·  typed index\r\n" +
        cutting("p. 4        Evening Express      22.1.24", "LIBRARY SAVED AFTER LATE VOTE", "By Ann Reid") +
        cutting("pp. 6-7     The Press and Journal      5/2/24", "HARBOUR PLAN GOES TO INQUIRY", "By Tom Bain") +
        cutting("S. 3        Hamburger Abendblatt       13.3.24", "NEUE FÄHRE FÜR DIE ELBE", "Von Jan Ohm"),
    ),
    ["3/4 | LIBRARY SAVED AFTER LATE VOTE | 2024-01-22", "9/10 | HARBOUR PLAN GOES TO INQUIRY | 2024-02-05", "15/16 | NEUE FÄHRE FÜR DIE ELBE | 2024-03-13"],
  );
});

test("A wiki's export: the page comment (`<!-- page N rev N -->`) opens each page, the title under it is the headline, `{{date|…}}` dates it; the banner comment opens nothing", () => {
  const page = (comment: string, title: string, date: string) =>
    lines(
      comment,
      title,
      `{{date|${date}}}`,
      "[[Chile]]'s copper output rose in March, the mining ministry said on Monday.",
      "",
      "== Sources ==",
      "* {{source|url=https://x.example/a|title=A}}",
      "",
    );
  assert.deepEqual(
    outline(
      lines("<!-- export of Category:Economy, 3 pages -->", "") +
        page("<!-- page 101 rev 9001 ns 0 -->", "Chile copper output rises in March", "April 2, 2024") +
        page("<!-- page 102 rev 9050 ns 0 -->", "Peru central bank holds rates", "April 12, 2024") +
        page("<!-- page 107 rev 9122 ns 0 -->", "Argentine inflation slows again", "May 14, 2024"),
    ),
    [
      "2/3 | Chile copper output rises in March | 2024-04-02",
      "10/11 | Peru central bank holds rates | 2024-04-12",
      "18/19 | Argentine inflation slows again | 2024-05-14",
    ],
  );
  const post = (n: number, title: string, date: string) =>
    lines(`<!-- post: ${n} -->`, `# ${title}`, date, "", "The port reopened on Tuesday after the storm, officials said.", "");
  assert.deepEqual(
    outline(
      post(7, "Port of Durban reopens", "2024-06-04") + post(8, "Rand firms on trade data", "2024-06-05") + post(9, "Eskom ends power cuts", "2024-06-07"),
    ),
    ["0/1 | Port of Durban reopens | 2024-06-04", "6/7 | Rand firms on trade data | 2024-06-05", "12/13 | Eskom ends power cuts | 2024-06-07"],
  );
});

test("A highlights export in Markdown: the headings every record repeats (`## Metadata`, `## Highlights`) open nothing, the list's date item dates the record", () => {
  const book = (title: string, dateItem: string) =>
    lines(
      `# ${title}`,
      "",
      "## Metadata",
      "- Author: [[Ana Souza]]",
      `- Full Title: ${title}`,
      dateItem,
      "- URL: https://x.example/a",
      "",
      "## Highlights",
      "- Exports rose 4 percent in May, the ministry said. ([View Highlight](https://x.example/h))",
      "",
      "",
    );
  assert.deepEqual(
    outline(
      book("Brazil soy exports hit record", "- Published Date: 2024-06-03") +
        book("Santos port expands terminal", "- Published Date: 2024-06-10") +
        book("Vale raises iron ore forecast", "- Published Date: 2024-07-01"),
    ),
    [
      "0/0 | Brazil soy exports hit record | 2024-06-03",
      "12/12 | Santos port expands terminal | 2024-06-10",
      "24/24 | Vale raises iron ore forecast | 2024-07-01",
    ],
  );
  const note = (title: string, date: string) =>
    lines(`## ${title}`, "### Info", `* Date: ${date}`, "* Source: Nation", "### Notes", "* Farmers said rain came late this year.", "");
  assert.deepEqual(
    outline(
      note("Maize prices fall in Kenya", "2024-05-02") +
        note("Uganda opens coffee exchange", "2024-05-09") +
        note("Tanzania bans raw cashew exports", "2024-05-20"),
    ),
    [
      "0/0 | Maize prices fall in Kenya | 2024-05-02",
      "7/7 | Uganda opens coffee exchange | 2024-05-09",
      "14/14 | Tanzania bans raw cashew exports | 2024-05-20",
    ],
  );
});

test("A reference manager's report as text: the title opens each item, its tab-indented fields follow, the day-first `Date` field dates it and `Date Added` does not", () => {
  const item = (title: string, date: string, added: string) =>
    lines(
      title,
      "\tItem Type\tNewspaper Article",
      "\tAuthor\tJoão Pereira",
      "\tPublication\tPúblico",
      `\tDate\t${date}`,
      "\tAbstract\tThe government said on Monday that the new bridge over the Tagus",
      "\t\twould open to traffic next spring, after two years of works.",
      `\tDate Added\t${added}`,
      "",
      "",
    );
  assert.deepEqual(
    outline(
      lines("Zotero Report", "Generated 02/03/2025", "", "") +
        item("Lisbon bridge to open next spring", "14/05/2024", "20/05/2024, 09:10:00") +
        item("Porto metro line gets funding", "03/06/2024", "04/06/2024, 10:00:00") +
        item("Portugal raises minimum wage", "28/10/2024", "29/10/2024, 11:30:00"),
    ),
    [
      "4/4 | Lisbon bridge to open next spring | 2024-05-14",
      "14/14 | Porto metro line gets funding | 2024-06-03",
      "24/24 | Portugal raises minimum wage | 2024-10-28",
    ],
  );
});

test("Translated monitoring reports: the headline opens each report, the `Source: …, in Language [time gmt] day` credit closes it and dates it, underscores separate the reports", () => {
  const report = (title: string, credit: string) =>
    lines(
      title,
      "Text of report by Kenyan state-owned broadcaster KBC on 5 March",
      "NAIROBI: The cabinet approved a new housing levy on Tuesday, the channel said.",
      credit,
      "(Description of Source: State-owned broadcaster)",
      "",
      "__________________________",
      "",
    );
  assert.deepEqual(
    outline(
      report("Kenya cabinet approves housing levy", "Source: KBC TV, Nairobi, in Swahili 1600 gmt 5 Mar 24") +
        report("Ethiopia signs port deal with Somaliland", "Source: Addis Standard website, Addis Ababa, in Amharic 2 Jan 2024") +
        report("Tanzania opens new railway section", "Source: Daily News website, Dar es Salaam, in English 14 Jun 24"),
    ),
    [
      "0/0 | Kenya cabinet approves housing levy | 2024-03-05",
      "8/8 | Ethiopia signs port deal with Somaliland | 2024-01-02",
      "16/16 | Tanzania opens new railway section | 2024-06-14",
    ],
  );
});

test('A scraper\'s log: the fetch line opens each record, the logged `title="…"` is the headline, its `published=` pair dates it, a relative age counts from the run banner', () => {
  const record = (t: string, slug: string, title: string, published: string) =>
    lines(
      `${t} INFO  fetch url=https://news.example/${slug} status=200`,
      `${t} INFO  parse title="${title}" published="${published}" author="Ana Lima"`,
      "LIMA - The central bank held its rate on Thursday, citing food prices.",
      `${t} DEBUG done id=7 words=12`,
      "",
    );
  assert.deepEqual(
    outline(
      lines("# crawler 1.0 run=ab12 started 2024-05-09T18:00:00Z", "") +
        record("18:00:01", "peru-rates", "Peru holds rates as food prices rise", "2024-05-09T10:00:00-05:00") +
        record("18:00:02", "chile-lithium", "Chile signs lithium deal with Codelco", "2024-05-08") +
        record("18:00:04", "bolivia-fuel", "Bolivia rations diesel at the border", "3 hours ago"),
    ),
    [
      "2/3 | Peru holds rates as food prices rise | 2024-05-09",
      "7/8 | Chile signs lithium deal with Codelco | 2024-05-08",
      "12/13 | Bolivia rations diesel at the border | ~2024-05-09",
    ],
  );
  const logged = (t: string, title: string, date: string) =>
    lines(`2024-06-0${t}T09:00:00Z [INFO] item title="${title}" date=${date}`, "The minister said so on Monday.", "");
  assert.deepEqual(
    outline(
      logged("1", "Kenya budget raises fuel tax", "2024-06-01") +
        logged("2", "Uganda budget cuts deficit", "2024-06-02") +
        logged("3", "Tanzania budget boosts rail", "2024-06-03"),
    ),
    ["0/0 | Kenya budget raises fuel tax | 2024-06-01", "3/3 | Uganda budget cuts deficit | 2024-06-02", "6/6 | Tanzania budget boosts rail | 2024-06-03"],
  );
});

test("A newsroom's chat log: the pasted `NEW:` line under the log prefix opens each story and is its headline, the quoted byline's day-first date dates it, chat after `END` stays in the story", () => {
  const story = (t: string, title: string, byline: string, reply: string) =>
    lines(
      `${t} <desk> NEW: ${title}`,
      `${t} <desk> | ${byline}`,
      `${t} <desk> | ACCRA — The cabinet met on Tuesday and approved the plan.`,
      `${t} <desk> END`,
      ...(reply ? [reply] : []),
    );
  assert.deepEqual(
    outline(
      lines("--- Log opened Tue Nov 05 08:00:00 2024", "08:01 -!- desk has joined #world") +
        story("08:10", "Ghana approves cocoa price rise", "BY Kofi Mensah | 29.10.2024", "08:12 <sub> on it") +
        story("08:30", "Togo opens new port terminal", "BY Ama Dogbe | 4.11.2024", "") +
        story("08:45", "Benin signs power deal with Niger", "BY Jean Hounsa | 31.10.2024", "08:50 <sub> thanks"),
    ),
    [
      "2/2 | Ghana approves cocoa price rise | 2024-10-29",
      "7/7 | Togo opens new port terminal | 2024-11-04",
      "11/11 | Benin signs power deal with Niger | 2024-10-31",
    ],
  );
  // WeeChat's log: the day, the time and the nick between tabs
  const weechat = (t: string, title: string, date: string) =>
    lines(
      `2024-11-05 ${t}\tdesk\tSTORY: ${title}`,
      `2024-11-05 ${t}\tdesk\t| By Ana Lima | ${date}`,
      `2024-11-05 ${t}\tdesk\t| The board met on Monday.`,
      `2024-11-05 ${t}\tdesk\tEND`,
    );
  assert.deepEqual(
    outline(
      weechat("09:00:01", "Lisbon port strike ends", "30.10.2024") +
        weechat("09:10:44", "Porto airport adds routes", "2.11.2024") +
        weechat("09:20:09", "Madeira fires contained", "4.11.2024"),
    ),
    ["0/0 | Lisbon port strike ends | 2024-10-30", "4/4 | Porto airport adds routes | 2024-11-02", "8/8 | Madeira fires contained | 2024-11-04"],
  );
});

test("A press reader's clippings: the page line (page, section, outlet, day) opens each story and dates it, in other languages too", () => {
  const clipping = (page: string, title: string, byline: string) =>
    lines(
      page,
      title,
      byline,
      "The council met on Monday and voted to keep the library",
      "open for another year, officials said.",
      "Copyright © Example Media. All rights reserved.",
      "",
    );
  assert.deepEqual(
    outline(
      lines("NewsShelf · Export of saved clippings · 3 items") +
        clipping("Page 12 · Section: Regional · The Coastal Herald · 7 Feb 2024", "Harbour wall repaired before storm season", "By Ines Carvalho") +
        clipping("Página 3 · Sección: Economía · Diario del Sur · 9 Feb 2024", "Port fees frozen for a year", "Por Lucía Ferrer") +
        clipping("Seite 5 | Ressort: Politik | Weser Bote | 12.02.2024", "Rat stimmt für neue Brücke", "Von Jan Ohm"),
    ),
    [
      "1/2 | Harbour wall repaired before storm season | 2024-02-07",
      "8/9 | Port fees frozen for a year | 2024-02-09",
      "15/16 | Rat stimmt für neue Brücke | 2024-02-12",
    ],
  );
});

test("An e-book converted to text: each chapter line opens a story, the title under it is the headline, the date under the title dates it", () => {
  const chapter = (mark: string, title: string, date: string) =>
    lines(
      mark,
      title,
      date,
      "by Ana Ruiz",
      "",
      "\tQUITO — The assembly voted on Tuesday to approve the budget",
      "after a week of talks.[1]",
      "",
      "[1] The vote was 77 to 40.",
      "",
    );
  assert.deepEqual(
    outline(
      lines("DISPATCHES FROM THE ANDES", "Converted from EPUB by a converter", "") +
        chapter("Chapter 1", "Assembly passes the budget", "February 6th, 2024") +
        chapter("CAPÍTULO II", "Quito metro extends its hours", "March 2nd, 2024") +
        chapter("Kapitel 3", "Strike ends at the oil terminal", "April 9th, 2024"),
    ),
    [
      "3/4 | Assembly passes the budget | 2024-02-06",
      "13/14 | Quito metro extends its hours | 2024-03-02",
      "23/24 | Strike ends at the oil terminal | 2024-04-09",
    ],
  );
});

test("Shares pasted from news apps without blank lines: the app's trailer closes a share, the next line is the next headline, ages count from the banner's save time", () => {
  assert.deepEqual(
    outline(
      lines(
        "Links (copied from Notes) · saved 20/05/2024 09:40",
        "Lagos ferry service doubles its routes",
        "Punch · 2h ago",
        "https://punchng.example/ferry-routes/",
        "The Lagos State Waterways Authority said on Monday that new ferries would serve Ikorodu and Badagry.",
        "Sent from Apple News",
        "Accra students win robotics prize",
        "Citi Newsroom · 17/05/2024",
        "https://citinewsroom.example/robotics/",
        "A team from Accra won the continental robotics final in Kigali on Friday.",
        "Compartido desde Google Noticias",
        "Nairobi opens its first cycle lane",
        "Nation · Yesterday",
        "https://nation.example/cycle-lane/",
        "Nairobi opened a cycle lane along Moi Avenue, the county said.",
        "Geteilt über Flipboard",
      ),
    ),
    [
      "1/1 | Lagos ferry service doubles its routes | ~2024-05-20",
      "6/6 | Accra students win robotics prize | 2024-05-17",
      "11/11 | Nairobi opens its first cycle lane | ~2024-05-19",
    ],
  );
});

test("An AI digest: ages beside the source's Markdown link count from the generation line, a date in the link's address is the site's", () => {
  const item = (n: number, title: string, source: string) =>
    lines(
      `### ${n}. ${title}`,
      "- The council approved the plan.",
      "- Work starts next month.",
      `${source}`,
      "",
      "Full text:",
      "NAIROBI -- The county approved the plan on Thursday after a long debate.",
      "",
    );
  assert.deepEqual(
    outline(
      lines("## Your morning briefing", "Compiled by Digestor for Amina · Saturday 11 May 2024, 06:00 EAT", "") +
        item(1, "Nairobi approves new bus depot", "[Nation](https://nation.example/news/bus-depot) · 2h ago") +
        item(2, "Mombasa port clears backlog", "[The Standard](https://standard.example/2024/05/10/port-backlog) · 1d ago") +
        item(3, "Kisumu hosts lake summit", "[Citizen Digital](https://citizen.example/lake-summit) · 9h ago"),
    ),
    [
      "3/3 | Nairobi approves new bus depot | ~2024-05-11",
      "11/11 | Mombasa port clears backlog | ~2024-05-10",
      "19/19 | Kisumu hosts lake summit | ~2024-05-10",
    ],
  );
});

test("An emergency-alert monitor (CAP): `Sent:` dates each alert, `Sender:` is a field even when its agency's name reads like prose; in a mail's header `Sent:` is when it was forwarded", () => {
  const alert = (id: string, sent: string, sender: string, headline: string) =>
    lines(
      `Identifier: ${id}`,
      `Sent: ${sent}`,
      `Sender: ${sender}`,
      "Event: Storm",
      "Severity: Severe",
      "Area: Coast; Islands",
      `Headline: ${headline}`,
      "Description: Winds of 120 km/h are expected from tonight.",
      "Instruction: Stay indoors.",
      "-----",
    );
  assert.deepEqual(
    outline(
      lines("=== ALERT MONITOR · text rendering ===") +
        alert("urn:cap:ke:kmd:0101", "2024-04-02T06:00:00+03:00", "Kenya Meteorological Department", "Storm warning for the coast") +
        alert(
          "urn:cap:mz:inam:0044",
          "2024-03-11T23:30:00+02:00",
          "Institute for Meteorology and the National Disaster Institute",
          "Cyclone Filipo nears Inhambane",
        ) +
        alert("urn:cap:mg:dgm:0007", "2024-02-20T08:15:00+03:00", "DGM", "Heavy rain alert for Antananarivo"),
    ),
    [
      "1/7 | Storm warning for the coast | 2024-04-02",
      "11/17 | Cyclone Filipo nears Inhambane | 2024-03-11",
      "21/27 | Heavy rain alert for Antananarivo | 2024-02-20",
    ],
  );
  const forwarded = (sent: string, subject: string, outletLine: string) =>
    lines(
      "From:\tAmina Yusuf",
      `Sent:\t${sent}`,
      "To:\tDesk",
      `Subject:\tFW: ${subject}`,
      "Importance:\tNormal",
      "",
      "FYI, for the brief.",
      "",
      outletLine,
      "By Omar Said",
      "The bank held its rate on Thursday, the governor said in a statement to the press.",
      "________________________________",
    );
  assert.deepEqual(
    outline(
      forwarded("Friday, June 7, 2024 9:00 AM", "Bank holds rate", "Daily Monitor | 2 hrs ago") +
        forwarded("Monday, June 10, 2024 8:30 AM", "Port traffic rises", "The Citizen | 8 June 2024") +
        forwarded("Tuesday, June 11, 2024 7:45 AM", "Tea prices climb", "Business Daily | 20 hrs ago"),
    ),
    ["0/3 | Bank holds rate | ~2024-06-07", "12/15 | Port traffic rises | 2024-06-08", "24/27 | Tea prices climb | ~2024-06-10"],
  );
});

test("A newsroom CMS export without blank lines (CRLF): the closing `END-BODY` mark is no slug and opens nothing, each record from its first key", () => {
  const record = (slug: string, headline: string, pubdate: string, end: string) =>
    [
      `SLUG: ${slug}`,
      "STATUS: published",
      `HEADLINE: ${headline}`,
      "BYLINE: Ana Costa",
      `PUBDATE: ${pubdate}`,
      "BODY:",
      "LISBON, May 2 – The city council approved the plan on Thursday.",
      end,
      "",
    ].join("\r\n");
  assert.deepEqual(
    outline(
      record("PORTUGAL-HOUSING/RENTS", "Lisbon caps rents in the old town", "2024-05-02T09:00:00+01:00", "END-BODY") +
        record("SPAIN-RAIL/STRIKE", "Renfe strike called off", "2024-05-03T10:30:00+02:00", "END OF STORY") +
        record("BRAZIL-OIL/AUCTION", "Petrobras wins offshore blocks", "2024-05-04T14:00:00-03:00", "[END TEXT]"),
    ),
    [
      "0/2 | Lisbon caps rents in the old town | 2024-05-02",
      "8/10 | Renfe strike called off | 2024-05-03",
      "16/18 | Petrobras wins offshore blocks | 2024-05-04",
    ],
  );
});

/** Each article's dateline (`-` without one) and its sections' titles. */
function datelinesAndSections(text: string): string[] {
  return new DumpSession(text.replace(/^\n/, "")).articles().map((a) => `${a.dateline ?? "-"} | ${a.sections.map((s) => s.title).join("; ")}`);
}

test("A bibliographic database's export: two-letter codes padded to the value (`TI`, `SO`, `PD`, `AU`, `AB`, `TX`), in any order; the title code's value is the headline, the text code's value opens the story with its dateline, its wrapped lines are no sections", () => {
  const record = (n: number, fields: string[]) => [`Dokument ${n} von 3`, "", ...fields, `AN   Dokument EX00${n}`, ""];
  const text = lines(
    "EUROLEX PRESSE - Trefferliste",
    "Suche: Bahn AND Streik | 3 Treffer",
    "------------------------------------------------",
    "",
    ...record(1, [
      "SO   Handelsblatt (Düsseldorf)",
      "TI   Lokführer legen Güterverkehr lahm",
      "PD   05.03.2024",
      "AU   Jana Roth",
      "TX   BERLIN - Die Gewerkschaft GDL hat den Güterverkehr am Dienstag",
      "     bestreikt, teilte die Deutsche Bahn mit.",
      "     Reisende müssen nach Angaben der Bahn mit",
      "     Ausfällen rechnen.",
    ]),
    ...record(2, [
      "TI   ÖBB stellt neue Nachtzüge vor",
      "SO   Der Standard (Wien)",
      "PD   21.03.2024",
      "AB   Die Bahn erweitert ihr Angebot nach Italien.",
      "TX   WIEN - Die ÖBB haben am Donnerstag neue Wagen präsentiert, die ab",
      "     Dezember fahren sollen.",
    ]),
    ...record(3, [
      "TI   SBB kauft Doppelstockzüge bei Stadler",
      "SO   Neue Zürcher Zeitung (Zürich)",
      "PD   30.04.2024",
      "TX   Die SBB bestellen 116 Züge, wie das Unternehmen am Montag mitteilte.",
    ]),
  );
  assert.deepEqual(outline(text), [
    "4/7 | Lokführer legen Güterverkehr lahm | 2024-03-05",
    "16/18 | ÖBB stellt neue Nachtzüge vor | 2024-03-21",
    "26/28 | SBB kauft Doppelstockzüge bei Stadler | 2024-04-30",
  ]);
  assert.deepEqual(datelinesAndSections(text), ["BERLIN | ", "WIEN | ", "- | "]);
});

test("A scraper's records of tab-separated keys without blank lines (`#7731<TAB>timestamp`, then `fuente`, `titular`, `texto`): the id line opens each record, the title key's value is the headline, the text key's value opens the story with its dateline", () => {
  const record = (id: number, stamp: string, outlet: string, title: string, body: string[]) => [
    `#${id}\t${stamp}`,
    `fuente\t${outlet}`,
    "sección\tEconomía",
    `titular\t${title}`,
    `texto\t${body[0]}`,
    ...body.slice(1).map((l) => `\t${l}`),
  ];
  const text = lines(
    ...record(7731, "2024-06-03T08:10:00-03:00", "La Nación", "El Banco Central recorta la tasa", [
      "BUENOS AIRES: El Banco Central redujo su tasa de referencia",
      "al 40% el lunes, informó la entidad.",
    ]),
    ...record(7732, "2024-06-04T19:45:12-05:00", "El Tiempo", "Petro presenta reforma laboral", [
      "BOGOTÁ: El presidente Gustavo Petro presentó el martes su",
      "reforma ante el Congreso.",
    ]),
    ...record(7733, "2024-06-05T07:02:33-06:00", "Milenio", "Sheinbaum anuncia gabinete", ["La presidenta electa nombró a seis secretarios el miércoles."]),
  );
  assert.deepEqual(outline(text), [
    "0/3 | El Banco Central recorta la tasa | 2024-06-03",
    "6/9 | Petro presenta reforma laboral | 2024-06-04",
    "12/15 | Sheinbaum anuncia gabinete | 2024-06-05",
  ]);
  assert.deepEqual(datelinesAndSections(text), ["BUENOS AIRES | ", "BOGOTÁ | ", "- | "]);
});

test("A newspaper's pages as text with the page break on a line of its own: the running head (same issue date on each page) and the section flag under it are furniture, the issue date dates every story, a story jumps across the break", () => {
  const text = lines(
    "PAGE A1        THE HARBOUR TIMES        Friday, March 8, 2024",
    "NEWS",
    "",
    "Port strike ends after pay deal",
    "By Sam Reed",
    "Dockworkers returned on Thursday after the union accepted a 6% raise, the",
    "port authority said. Shipping lines expect delays until Sunday. (Continued",
    "on A2)",
    "\f",
    "Friday, March 8, 2024        THE HARBOUR TIMES        PAGE A2",
    "(From A1) The deal runs for three years, union leader Kim Ortiz said.",
    "",
    "Council approves ferry route",
    "By Ana Lee",
    "The city council voted 7-2 on Wednesday to fund a ferry to the island,",
    "the mayor said. Service starts in May.",
  );
  assert.deepEqual(outline(text), ["3/3 | Port strike ends after pay deal | 2024-03-08", "12/12 | Council approves ferry route | 2024-03-08"]);
  assert.equal(new DumpSession(text).articles()[0]!.range.end.line, 10);
});

test("A Spanish newspaper's pages with the page break on a line of its own: the running head's date in Spanish (`Martes, 14 de octubre de 2025`) is the issue's, page number left or right; the section flag and the heads are no story", () => {
  const head = (page: number) =>
    page % 2 === 1
      ? `${page}        EL HERALDO DEL NORTE        Martes, 14 de octubre de 2025`
      : `EL HERALDO DEL NORTE        Martes, 14 de octubre de 2025        ${page}`;
  const text = lines(
    head(3),
    "ECONOMÍA",
    "",
    "Cemex eleva su inversión en Monterrey",
    "MONTERREY (EFE) - Cemex invertirá 300 millones de dólares en su planta,",
    "anunció la empresa el lunes. La obra empieza en enero. (Sigue en",
    "la página 4)",
    "\f",
    head(4),
    "(Viene de la página 3) El director general dijo que la planta",
    "exportará a Texas.",
    "",
    "Banorte coloca bonos verdes",
    "MONTERREY (EFE) - Banorte colocó 5,000 millones de pesos en bonos verdes,",
    "informó el banco el viernes.",
  );
  assert.deepEqual(outline(text), ["3/3 | Cemex eleva su inversión en Monterrey | 2025-10-14", "12/12 | Banorte coloca bonos verdes | 2025-10-14"]);
  assert.deepEqual(datelinesAndSections(text), ["MONTERREY | ", "MONTERREY | "]);
});

test("A cuttings book's pages with the page break on a line of their own: each page's head gives its cutting's own date, so no running head is made of them", () => {
  const text = lines(
    "            PRESS CUTTINGS  8.3.24 – 15.3.24",
    "\f",
    "p. 4        Harbour Times        8.3.24",
    "PORT STRIKE ENDS AFTER PAY DEAL",
    "By Sam Reed",
    "Dockworkers returned on Thursday after the union accepted a raise.",
    "\f",
    "p. 9        Harbour Times        15.3.24",
    "COUNCIL APPROVES FERRY ROUTE",
    "By Ana Lee",
    "The city council voted on Wednesday to fund a ferry to the island.",
  );
  assert.deepEqual(outline(text), ["2/3 | PORT STRIKE ENDS AFTER PAY DEAL | 2024-03-08", "7/8 | COUNCIL APPROVES FERRY ROUTE | 2024-03-15"]);
});

test("A homepage-card scraper: the outlet and the card's age between tabs (`<TAB>NOS<TAB>·<TAB>9 hours ago`, or `|`) are a date line, never a field; the ages count from the banner's save time", () => {
  const card = (n: number, headline: string, outlet: string, mark: string, age: string, body: string) => [
    `[${n}] ${headline}`,
    `\t${outlet}\t${mark}\t${age}`,
    `\t${body}`,
    "\t>> end",
  ];
  const text = lines(
    "cardgrab 1.2 | saved 2025-03-10 08:15 (UTC+1)",
    ...card(1, "Scholz and Merz open coalition talks", "Tagesspiegel", "·", "2 hours ago", "BERLIN — The two leaders met on Monday."),
    ...card(2, "Dutch cabinet backs new housing law", "NOS", "·", "9 hours ago", "THE HAGUE — Ministers approved the bill."),
    ...card(3, "Austrian inflation eases", "Der Standard", "|", "1 day ago", "VIENNA — Prices rose 2.9% in February."),
  );
  assert.deepEqual(outline(text), [
    "1/1 | Scholz and Merz open coalition talks | ~2025-03-10",
    "5/5 | Dutch cabinet backs new housing law | ~2025-03-09",
    "9/9 | Austrian inflation eases | ~2025-03-09",
  ]);
  assert.deepEqual(datelinesAndSections(text), ["BERLIN | ", "THE HAGUE | ", "VIENNA | "]);
});

test("A feed reader set up in German or Italian: accented keys (`Veröffentlicht am:`, `Pubblicato il:`) date each item, abbreviated weekdays before the date", () => {
  const german = (title: string, date: string) =>
    lines(
      `Titel: ${title}`,
      "Quelle: Tagesschau",
      `Veröffentlicht am: ${date}`,
      "Zusammenfassung:",
      "\tBERLIN (dpa) - The cabinet agreed the budget on Tuesday.",
      "----------",
      "",
    );
  assert.deepEqual(
    outline(
      german("Cabinet agrees budget", "Di., 05.03.2024 18:10 MEZ") +
        german("Rail strike ends early", "Mi., 06.03.2024 07:45 MEZ") +
        german("Bayern sack coach", "Do., 07.03.2024 21:02 MEZ"),
    ),
    ["0/0 | Cabinet agrees budget | 2024-03-05", "7/7 | Rail strike ends early | 2024-03-06", "14/14 | Bayern sack coach | 2024-03-07"],
  );
  const italian = (title: string, date: string) =>
    lines(`Titolo: ${title}`, "Fonte: ANSA", `Pubblicato il: ${date}`, "", "ROME - The senate passed the reform on Friday.", "");
  assert.deepEqual(
    outline(
      italian("Senate passes reform", "ven. 8 mar. 2024 17:30") +
        italian("Etna erupts again", "sab, 9 marzo 2024 06:12") +
        italian("Juventus beat Lazio", "dom. 10 mar 2024"),
    ),
    ["0/0 | Senate passes reform | 2024-03-08", "6/6 | Etna erupts again | 2024-03-09", "12/12 | Juventus beat Lazio | 2024-03-10"],
  );
});

test("A mail archive in French or German: `Objet:`/`Betreff:` without the list tag is the headline, `Date :`/`Datum:` with a local weekday and month dates it", () => {
  const mail = (from: string, subjectKey: string, subject: string, dateKey: string, date: string) =>
    lines(
      `From news@liste.example  ${from}`,
      `${dateKey} ${date}`,
      `${subjectKey} ${subject}`,
      "",
      "GENEVA - Delegates met on Monday to agree the text.",
      "",
      "-- ",
      "La liste",
      "",
    );
  assert.deepEqual(
    outline(
      mail("Wed Mar  6 08:00:00 2024", "Objet:", "[Monde-Info] WHO members agree treaty draft", "Date :", "mer., 6 mars 2024 08:00:00 +0100") +
        mail("Thu Mar  7 09:30:00 2024", "Objet:", "[Monde-Info] Swiss vote on pensions", "Date :", "jeu. 7 mars 2024 09:30:00 +0100"),
    ),
    ["0/2 | WHO members agree treaty draft | 2024-03-06", "9/11 | Swiss vote on pensions | 2024-03-07"],
  );
  assert.deepEqual(
    outline(
      mail("Fri Mar  8 10:00:00 2024", "Betreff:", "[Wissen] CERN starts new run", "Datum:", "Fr., 8. März 2024 10:00:00 +0100") +
        mail("Sat Mar  9 11:15:00 2024", "Betreff:", "[Wissen] Glacier loss doubles", "Datum:", "Sa., 9. Mär. 2024 11:15:00 +0100"),
    ),
    ["0/2 | CERN starts new run | 2024-03-08", "9/11 | Glacier loss doubles | 2024-03-09"],
  );
});

test("A news API's records of upper-case keys run together, without blank lines and after a byte-order mark: each record from its first key, `PUBLISHEDAT` dates it", () => {
  const record = (source: string, title: string, at: string) =>
    lines(
      `SOURCE.NAME: ${source}`,
      `TITLE: ${title}`,
      "AUTHOR: Staff",
      `URLTOIMAGE: https://img.example/${at.slice(0, 10)}.jpg`,
      `PUBLISHEDAT: ${at}`,
      "CONTENT: NAIROBI - Officials said on Monday the works would finish soon … [+1500 chars]",
    );
  assert.deepEqual(
    outline(
      `\uFEFF${record("Daily Nation", "Expressway toll rises", "2024-05-06T07:00:00Z")}${record("The Star", "Rains cut power in Mombasa", "2024-05-07T12:30:00Z")}${record("Capital FM", "Harambee Stars name squad", "2024-05-08T18:45:00Z")}`,
    ),
    ["0/1 | Expressway toll rises | 2024-05-06", "6/7 | Rains cut power in Mombasa | 2024-05-07", "12/13 | Harambee Stars name squad | 2024-05-08"],
  );
});

test("Outlet-stamped date lines in Spanish and French: the outlet, then the date with its abbreviated weekday and month, under the headline", () => {
  const story = (headline: string, stamp: string) => lines(headline, stamp, "MADRID - The government approved the decree on Tuesday, officials said.", "");
  assert.deepEqual(
    outline(
      story("Spain approves housing decree", "El País | mar, 5 mar 2024") +
        story("Catalan talks resume", "La Vanguardia | mié., 6 de mar. de 2024") +
        story("Real Madrid draw in Leipzig", "Marca | jue 7 mar 2024"),
    ),
    ["0/0 | Spain approves housing decree | 2024-03-05", "4/4 | Catalan talks resume | 2024-03-06", "8/8 | Real Madrid draw in Leipzig | 2024-03-07"],
  );
  assert.deepEqual(
    outline(story("Paris closes the Seine to barges", "Le Monde · ven. 8 mars 2024") + story("Lyon metro extension opens", "Le Progrès · sam. 9 mars 2024")),
    ["0/0 | Paris closes the Seine to barges | 2024-03-08", "4/4 | Lyon metro extension opens | 2024-03-09"],
  );
});

test("A magazine's bylines in other languages beside the date (`par …`, `por …`, `von …`) close the headline above them and date the story", () => {
  const story = (section: string, headline: string[], byline: string) =>
    lines(`Rubrica: ${section}`, ...headline, byline, "", "LYON - Researchers said on Monday that the samples were older than thought.", "");
  assert.deepEqual(
    outline(
      story("Science", ["French team dates cave art", "with new method"], "par Claire Martin · 5 mars 2024") +
        story("Sport", ["Benfica sign Brazilian striker"], "por Ana Lima e João Reis | 12 de fevereiro de 2024") +
        story("Wissen", ["Hamburg port tests hydrogen tugs"], "von Jonas Weber, 3. März 2024"),
    ),
    [
      "0/1 | French team dates cave art with new method | 2024-03-05",
      "7/8 | Benfica sign Brazilian striker | 2024-02-12",
      "13/14 | Hamburg port tests hydrogen tugs | 2024-03-03",
    ],
  );
});

test("An archive's bracketed field codes (`[TTL]`, `<PDT>`): the id line opens each record, the title code's value is the headline, the date code dates it, the copyright line closes it", () => {
  const record = (id: string, title: string, date: string, open = "[", close = "]") =>
    lines(
      `${open}RID${close} ${id}`,
      `${open}TTL${close} ${title}`,
      `${open}AUT${close} Marta Kowalczyk`,
      `${open}PDT${close} ${date}`,
      `${open}TXT${close}`,
      "WARSAW -- The regional council voted on Monday to close the line,",
      "officials said after the session.",
      `${open}CPR${close} Copyright 2025 Gazeta Example Sp. z o.o. All rights reserved.`,
      "",
    );
  assert.deepEqual(
    outline(
      lines("Press Archive -- export of 3 records", "Exported 02/06/2025 by user desk-12", "") +
        record("GZE-2025-05-19-0042", "Regional council closes Kielce rail line", "19.05.2025") +
        record("GZE-2025-05-21-0107", "Gdansk shipyard wins ferry order", "21.05.2025") +
        record("GZE-2025-05-23-0311", "Krakow bans diesel cars from centre", "23.05.2025"),
    ),
    [
      "3/4 | Regional council closes Kielce rail line | 2025-05-19",
      "12/13 | Gdansk shipyard wins ferry order | 2025-05-21",
      "21/22 | Krakow bans diesel cars from centre | 2025-05-23",
    ],
  );
  assert.deepEqual(
    outline(record("X-1", "Porto metro line opens", "14.03.2024", "<", ">") + record("X-2", "Lisbon raises tourist tax", "15.03.2024", "<", ">")),
    ["0/1 | Porto metro line opens | 2024-03-14", "9/10 | Lisbon raises tourist tax | 2024-03-15"],
  );
});

test("A feed reader's starred or pinned items: the `★ `/`☆ `/`📌 ` mark is no part of the headline, the tab-indented `Posted:` dates it, `Starred:` does not", () => {
  const item = (mark: string, title: string, posted: string) =>
    lines(
      `${mark} ${title}`,
      "\tFeed:\tOtago Daily Times",
      "\tLink:\thttps://www.odt.example/news/item",
      `\tPosted:\t${posted}`,
      "\tStarred:\t30/05/2025 9:10 a.m.",
      "",
      "DUNEDIN: The council said on Tuesday the works would take a year.",
      "",
      "--------------------",
    );
  assert.deepEqual(
    outline(
      lines("Reader export — starred (3)", "--------------------") +
        item("★", "Dunedin hospital rebuild delayed again", "27/05/2025 3:45 p.m.") +
        item("☆", "Queenstown airport curfew stays", "28/05/2025 10:02 a.m.") +
        item("📌", "Invercargill smelter deal signed", "29/05/2025 6:30 p.m."),
    ),
    [
      "2/2 | Dunedin hospital rebuild delayed again | 2025-05-27",
      "11/11 | Queenstown airport curfew stays | 2025-05-28",
      "20/20 | Invercargill smelter deal signed | 2025-05-29",
    ],
  );
});

test("A mailing-list digest: `Message: N` opens each message, the Subject without the list tag is the headline, the topics list and the banner are the digest's own", () => {
  const message = (n: number, date: string, subject: string) =>
    lines(
      `Message: ${n}`,
      `Date: ${date}`,
      "From: Lena Vogel <lv@lists.example>",
      `Subject: [Transit-EU] ${subject}`,
      "",
      "BERLIN - The operator confirmed the change on Monday.",
      "",
      "> Was the night line affected?",
      "",
      "-- ",
      "Lena",
      "",
      "------------------------------",
      "",
    );
  assert.deepEqual(
    outline(
      lines(
        "Transit-EU Digest, Vol 3, Issue 9",
        "",
        "Today's Topics:",
        "",
        "   1. Berlin trams get new timetable",
        "   2. Vienna cuts U-Bahn fares",
        "",
        "----------------------------------------",
        "",
      ) +
        message(1, "Tue, 3 Jun 2025 09:12:44 +0200", "Berlin trams get new timetable") +
        message(2, "Wed, 4 Jun 2025 17:40:02 +0200", "Vienna cuts U-Bahn fares"),
    ),
    ["9/12 | Berlin trams get new timetable | 2025-06-03", "23/26 | Vienna cuts U-Bahn fares | 2025-06-04"],
  );
});

test("Scraper records opened by an id and its timestamp between marks (`<<< id | stamp >>>`, `[[ id · stamp ]]`), then padded `key = value` fields: the stamp dates each", () => {
  const record = (open: string, close: string, id: string, stamp: string, title: string) =>
    lines(
      `${open} ${id} | ${stamp} ${close}`,
      "outlet     = Helsinki Times",
      `title      = ${title}`,
      "byline     = Aino Virtanen",
      "body       =",
      "  HELSINKI - The city said on Friday it would extend the line.",
      "",
    );
  assert.deepEqual(
    outline(
      record("<<<", ">>>", "000912", "2025-04-11 08:02:51Z", "Helsinki extends tram line to Vuosaari") +
        record("<<<", ">>>", "000913", "2025-04-12 19:44:10Z", "Finnair adds winter routes to Lapland"),
    ),
    ["0/2 | Helsinki extends tram line to Vuosaari | 2025-04-11", "7/9 | Finnair adds winter routes to Lapland | 2025-04-12"],
  );
  assert.deepEqual(
    outline(
      record("[[", "]]", "77120", "2025-04-13T06:15:00Z", "Tampere opens new arena") +
        record("[[", "]]", "77121", "2025-04-14T10:30:00Z", "Oulu wins culture capital bid"),
    ),
    ["0/2 | Tampere opens new arena | 2025-04-13", "7/9 | Oulu wins culture capital bid | 2025-04-14"],
  );
});

test("A blank-line dump with the outlet, the weekday's date and the time on one line under the headline: that line dates the story", () => {
  const story = (headline: string, stamp: string) => lines(headline, stamp, "", "TUNIS - The ministry said on Monday the measure would start next month.", "");
  assert.deepEqual(
    outline(
      story("Tunisia raises bread subsidy", "Tunis Afrique Presse | Monday, 2 June 2025 | 09:15") +
        story("Algeria opens new gas field", "El Watan | Tuesday, 3 June 2025 | 18:40 CET") +
        story("Morocco extends high-speed rail", "Hespress · Wednesday 4 June 2025 · 7:05 pm"),
    ),
    [
      "0/0 | Tunisia raises bread subsidy | 2025-06-02",
      "5/5 | Algeria opens new gas field | 2025-06-03",
      "10/10 | Morocco extends high-speed rail | 2025-06-04",
    ],
  );
});

test("A converted newspaper's pages: the masthead with the edition's date is the dump's header and dates every story that gives no date of its own", () => {
  const story = (headline: string[], byline: string) =>
    lines(...headline, byline, "CORK: The council said yesterday that the", "works would start in the spring, official-", "ly at a cost of €4m.", "");
  assert.deepEqual(
    outline(
      lines("THE MUNSTER LEDGER                    Friday, 6 June 2025", "                                        Vol. 12, No. 4,418", "") +
        story(["Cork quays flood defence", "gets go-ahead"], "By Niamh Walsh") +
        story(["Kerry ferry service to", "resume next month"], "By Sean Daly"),
    ),
    ["3/3 | Cork quays flood defence gets go-ahead | 2025-06-06", "10/10 | Kerry ferry service to resume next month | 2025-06-06"],
  );
});

test("Other key-value separators and message numbers: padded `Title      = …`, `TITLE := …`, `title => …` keys; `Message #N` and `Msg N of M` open a digest's messages", () => {
  const record = (id: string, title: string, date: string, join: string) =>
    lines(
      `<<< ${id} >>>`,
      `Outlet ${join} Baltic Times`,
      `Title ${join} ${title}`,
      `Date ${join} ${date}`,
      "",
      "RIGA - The ministry said on Monday the plan would go ahead.",
      "",
    );
  assert.deepEqual(
    outline(
      record("5101", "Riga port adds rail link", "2025-02-10", "     =") +
        record("5102", "Tallinn ferry fares rise", "2025-02-11", ":=") +
        record("5103", "Vilnius opens tram study", "2025-02-12", "=>"),
    ),
    ["0/2 | Riga port adds rail link | 2025-02-10", "7/9 | Tallinn ferry fares rise | 2025-02-11", "14/16 | Vilnius opens tram study | 2025-02-12"],
  );
  const message = (number: string, date: string, subject: string) =>
    lines(
      number,
      `Date: ${date}`,
      "From: Ilse Berg <ib@lists.example>",
      `Subject: [Harbours] ${subject}`,
      "",
      "ROTTERDAM - The port authority confirmed the figures on Friday.",
      "",
      "------------------------------",
      "",
    );
  assert.deepEqual(
    outline(
      message("Message #1", "Fri, 7 Mar 2025 08:30:00 +0100", "Rotterdam throughput falls") +
        message("Message #2", "Sat, 8 Mar 2025 11:02:19 +0100", "Antwerp dredging resumes"),
    ),
    ["0/3 | Rotterdam throughput falls | 2025-03-07", "9/12 | Antwerp dredging resumes | 2025-03-08"],
  );
  assert.deepEqual(
    outline(
      message("Msg 1 of 2", "Fri, 7 Mar 2025 08:30:00 +0100", "Ghent lock closes for repairs") +
        message("Msg 2 of 2", "Sat, 8 Mar 2025 11:02:19 +0100", "Zeebrugge adds LNG berth"),
    ),
    ["0/3 | Ghent lock closes for repairs | 2025-03-07", "9/12 | Zeebrugge adds LNG berth | 2025-03-08"],
  );
});

test("An archive export's two-letter codes with a colon (`HL:` headline, `DT:` date day first, `RF:` reference) under `Hit n of m` counters; the banner's export date dates nothing", () => {
  const record = (n: number, headline: string, date: string) =>
    lines(
      `Hit ${n} of 3`,
      `HL: ${headline}`,
      "SO: The Lagoon Observer (Cotonou)",
      `DT: ${date}`,
      "PG: A3",
      "AU: Koffi Mensah",
      "TX:",
      "COTONOU — The port authority said on Monday that volumes rose.",
      "Dockers in Porto-Novo welcomed the figures.",
      `RF: LAGO-0${n}`,
      "________________________________________",
      "",
    );
  assert.deepEqual(
    outline(
      lines("Harbour Archive :: export", "Exported 28.02.2025 10:02 by user desk", "") +
        record(1, "Cotonou port volumes climb for third month", "24.02.2025") +
        record(2, "Lomé terminal adds second crane", "25.02.2025") +
        record(3, "Tema dredging contract signed", "26.02.2025"),
    ),
    [
      "3/4 | Cotonou port volumes climb for third month | 2025-02-24",
      "15/16 | Lomé terminal adds second crane | 2025-02-25",
      "27/28 | Tema dredging contract signed | 2025-02-26",
    ],
  );
  // The same codes padded without a colon, under `Doc n/m` counters, month first where the dump writes so.
  const padded = (n: number, headline: string, date: string) =>
    lines(`Doc ${n}/2`, `HL   ${headline}`, `DT   ${date}`, "TX   LIMA - The ministry said the plan would go ahead.", `RF   PE-${n}`, "");
  assert.deepEqual(outline(padded(1, "Lima metro line opens", "03/14/2025") + padded(2, "Callao port strike ends", "03/15/2025")), [
    "0/1 | Lima metro line opens | 2025-03-14",
    "6/7 | Callao port strike ends | 2025-03-15",
  ]);
});

test("A feed reader's items marked `● Title` (or `■`, `◆`) over their tab-indented fields: the mark's line opens the item; an age counts from the reader's last sync", () => {
  const item = (mark: string, title: string, posted: string) =>
    lines(
      `${mark} ${title}`,
      `\tsource: Andes Wire · published: ${posted} · by Lucía Ramos`,
      "\turl: https://andes.example/x",
      "\t----",
      "\tQUITO: The council met on Tuesday.",
      "",
    );
  for (const mark of ["●", "■", "◆"]) {
    assert.deepEqual(
      outline(
        lines("Pampa Reader — starred", "Last synced: Wed 5 Mar 2025 18:20 ECT", "") +
          item(mark, "Quito council backs tram extension", "Tue, 4 Mar 2025 09:00 ECT") +
          item(mark, "Guayaquil floods close port road", "4 hours ago") +
          item(mark, "Cuenca hosts Andean trade fair", "Mon, 3 Mar 2025 16:45 ECT"),
      ),
      [
        "3/3 | Quito council backs tram extension | 2025-03-04",
        "9/9 | Guayaquil floods close port road | ~2025-03-05",
        "15/15 | Cuenca hosts Andean trade fair | 2025-03-03",
      ],
      mark,
    );
  }
  // A list of such marks in a story's body stays a list: no record without fields under it.
  assert.deepEqual(outline(lines("Rates rise again", "", "BOGOTÁ: The bank said:", "", "● Rates up half a point", "● Peso steady", "")), [
    "0/0 | Rates rise again | -",
  ]);
});

test("A scraper's `key=value` record lines, whatever the keys, open records written without blank lines; the pair that holds a timestamp dates each", () => {
  const record = (hex: string, stamp: string, headline: string) =>
    lines(`rec=${hex} fetched_from=lagos.example crawl=${stamp}`, headline, "LAGOS: The exchange said shares rose on Monday.", "Traders in Abuja agreed.");
  assert.deepEqual(
    outline(
      record("a91f", "2025-03-03T08:10:00+01:00", "Lagos bourse hits record") +
        record("a920", "2025-03-04T09:45:12+01:00", "Abuja rail link delayed") +
        record("a921", "2025-03-05T11:00:00Z", "Kano textile mill reopens"),
    ),
    ["0/1 | Lagos bourse hits record | 2025-03-03", "4/5 | Abuja rail link delayed | 2025-03-04", "8/9 | Kano textile mill reopens | 2025-03-05"],
  );
  // Other key names, a quoted value.
  const other = (n: number, at: string, headline: string) => lines(`doc=${n} at=${at} site="Port News"`, headline, "MOMBASA: The port said cargo rose.", "");
  assert.deepEqual(outline(other(1, "2025-04-01", "Mombasa cargo rises") + other(2, "2025-04-02", "Lamu berth opens")), [
    "0/1 | Mombasa cargo rises | 2025-04-01",
    "4/5 | Lamu berth opens | 2025-04-02",
  ]);
});

test("A place, a weekday, a date and the outlet in parentheses opening the story (`Mombasa, Tuesday 4 March 2025 (Coast Weekly) – …`): the place is the dateline, the day the publication", () => {
  const story = (headline: string, opening: string) =>
    lines(headline, "By Amina Said", "", opening, "The ministry said the work would take a year.", "", "~~~~~~~~", "");
  const text =
    story("Mombasa ferry fares to rise", "Mombasa, Tuesday 4 March 2025 (Coast Weekly) – The") +
    story("Kisumu port reopens to cargo", "Kisumu, Thursday, March 6, 2025 (Lake Region Post) - Kenya Ports Authority said") +
    story("Nakuru water rationing ends", "NAKURU, Friday 7 March 2025 (Rift Times) — Residents");
  assert.deepEqual(outline(text), [
    "0/0 | Mombasa ferry fares to rise | 2025-03-04",
    "8/8 | Kisumu port reopens to cargo | 2025-03-06",
    "16/16 | Nakuru water rationing ends | 2025-03-07",
  ]);
  assert.deepEqual(datelinesAndSections(text), ["Mombasa | ", "Kisumu | ", "NAKURU | "]);
});

test("A wire bulletin converted from PDF: slugs with a closing slash open items, the contents page and the running heads open nothing, a hard-wrapped headline is joined, the closing `(transmitted …)` stamp dates the item, day first", () => {
  const text = lines(
    "GULF SHIPPING WEEKLY",
    "No. 7 · subscribers only",
    "",
    "CONTENTS",
    "  Jebel Ali adds berths ....................................... 1",
    "  Sohar smelter restarts ...................................... 1",
    "  Dammam port fees cut ........................................ 2",
    "",
    "\fGULF SHIPPING WEEKLY · No. 7                         page 1",
    "",
    "UAE-PORTS/",
    "Jebel Ali adds four berths as",
    "container traffic climbs",
    "DUBAI, March 3 (GSW) - DP World said on Monday it had finished four berths.",
    "(transmitted 03/03/2025 10:15 GMT)",
    "",
    "OMAN-ALUMINIUM/",
    "Sohar smelter restarts second potline",
    "SOHAR, Oman, March 4 (GSW) - The smelter restarted its second line after",
    "\fGULF SHIPPING WEEKLY · No. 7                         page 2",
    "repairs, the company said.",
    "(transmitted 04/03/2025 16:40 GMT)",
    "",
    "SAUDI-PORTS/",
    "Dammam port fees cut for transshipment",
    "DAMMAM, March 13 (GSW) - The ports authority cut fees on Thursday.",
    "(transmitted 13/03/2025 08:05 GMT)",
  );
  assert.deepEqual(outline(text), [
    "10/11 | Jebel Ali adds four berths as container traffic climbs | 2025-03-03",
    "16/17 | Sohar smelter restarts second potline | 2025-03-04",
    "23/24 | Dammam port fees cut for transshipment | 2025-03-13",
  ]);
  assert.deepEqual(
    datelinesAndSections(text).map((d) => d.split(" | ")[0]),
    ["DUBAI", "SOHAR", "DAMMAM"],
  );
});

test("A newsroom list's message: a short note to the desk (or a quoted question and the answer) above the copy; the copy's dateline is the article's", () => {
  const message = (n: number, day: string, subject: string, note: string[], dateline: string) =>
    lines(
      `From desk-bounces@lists.example  ${day} 2025`,
      "From: Desk <desk@lists.example>",
      `Subject: [desk] ${subject}`,
      "",
      ...note,
      "",
      `${dateline} -- The agency said on Monday the figures were final.`,
      "",
      "-- ",
      `Reporter ${n}`,
      "",
    );
  const text =
    message(1, "Mon Mar  3 09:00:00", "Muscat airport traffic up", ["Copy for Tuesday's page, 300 words."], "MUSCAT, March 3") +
    message(
      2,
      "Tue Mar  4 10:00:00",
      "Re: Doha metro ridership",
      ["Sara wrote on Monday:", "> Can someone confirm the figure?", "", "Confirmed. Copy below."],
      "DOHA, March 4",
    );
  assert.deepEqual(datelinesAndSections(text), ["MUSCAT | ", "DOHA | "]);
});

test("Paragraphs hard-wrapped without blank lines: a line after a sentence's end whose sentence runs on in lower case below is no subhead; a short line over a new sentence is", () => {
  const text = lines(
    "Record 1 of 2",
    "HL: Accra bus fares rise",
    "DT: 14.03.2025",
    "TX:",
    "ACCRA — The transport union raised fares by 10 per cent on Friday after",
    "fuel prices rose for the third month in a row.",
    "The Ghana Private Road Transport Union said the increase would apply",
    "to all routes in Greater Accra and Ashanti.",
    "What riders will pay",
    "A trip from Kaneshie to Circle will cost 8 cedis.",
    "RF: ACC-1",
    "",
    "Record 2 of 2",
    "HL: Kumasi market reopens",
    "DT: 15.03.2025",
    "TX:",
    "KUMASI — Traders returned to Kejetia market on Saturday.",
    "Officials of the Kumasi Metropolitan Assembly said stalls would be",
    "allocated by lot.",
    "RF: KUM-2",
  );
  assert.deepEqual(datelinesAndSections(text), ["ACCRA | What riders will pay", "KUMASI | "]);
});

test("An archive's padded field codes with a spelled-out date code (`PDATE`, `PUBDATE`, `PUB DATE`, `PD`): the counter opens each record, the date code dates it, the load date after the copyright line never does", () => {
  const record = (n: number, title: string, dateKey: string, date: string, loaded: string) =>
    lines(
      "==========================================",
      `DOC ${n}/3`,
      `TTL    ${title}`,
      "SRC    Baltic Courier",
      `${dateKey.padEnd(9)}${date}`,
      "BYL    By Ilze Ozola",
      "TXT",
      "RIGA -- The port authority said on Monday that traffic rose again.",
      "Copyright 2023 Baltic Courier. All rights reserved.",
      `LOADED ${loaded}`,
    );
  const dump = (key: string, dates: [string, string, string]) =>
    outline(
      lines("ARCHIVEPRO | Saved search: ports | 3 documents") +
        record(1, "Riga port traffic climbs for third month", key, dates[0], "2023/06/02") +
        record(2, "Tallinn ferry operator adds winter route", key, dates[1], "2023/06/09") +
        record(3, "Vilnius airport opens new terminal", key, dates[2], "2023/06/16"),
    );
  const want = (days: string[]) => [
    `2/3 | Riga port traffic climbs for third month | ${days[0]}`,
    `12/13 | Tallinn ferry operator adds winter route | ${days[1]}`,
    `22/23 | Vilnius airport opens new terminal | ${days[2]}`,
  ];
  assert.deepEqual(dump("PDATE", ["2023/05/29", "2023/06/05", "2023/06/12"]), want(["2023-05-29", "2023-06-05", "2023-06-12"]));
  assert.deepEqual(dump("PUBDATE", ["2023-05-29", "2023-06-05", "2023-06-12"]), want(["2023-05-29", "2023-06-05", "2023-06-12"]));
  assert.deepEqual(dump("PUB DT", ["29 May 2023", "5 June 2023", "12 June 2023"]), want(["2023-05-29", "2023-06-05", "2023-06-12"]));
  assert.deepEqual(dump("PD", ["29 May 2023", "5 June 2023", "12 June 2023"]), want(["2023-05-29", "2023-06-05", "2023-06-12"]));
});

test("A feed reader's export of keys in square brackets before a tab or a colon (`[Feed]`, `[Item]`, `[Posted]`, any order): each record from its first key, the item's (or title's) value is the headline, the posted date (day first by the locale's evidence) dates it", () => {
  const item = (first: string, title: string, posted: string, titleKey = "Item", sep = "\t") =>
    lines(
      first === "feed" ? `[Feed]${sep}Nordic Energy Brief` : `[Link]${sep}https://energy.example/items/${posted.slice(0, 2)}`,
      `[${titleKey}]${sep}${title}`,
      first === "feed" ? `[Link]${sep}https://energy.example/items/${posted.slice(0, 2)}` : `[Feed]${sep}Nordic Energy Brief`,
      `[Posted]${sep}${posted}`,
      `[Tags]${sep}energy, norway`,
      "OSLO — Equinor said on Thursday that output from the field would rise.",
      "",
    );
  const want = [
    "2/3 | Equinor restarts Sverdrup field after outage | 2025-03-06",
    "9/10 | Statkraft signs wind deal with Swedish utility | 2025-03-14",
    "16/17 | Norway power prices fall as reservoirs fill | 2025-03-04",
  ];
  const dump = (first: string, titleKey: string, sep: string) =>
    outline(
      lines("Reader export — saved items (locale en-GB)", "") +
        item(first, "Equinor restarts Sverdrup field after outage", "06/03/2025 09:30", titleKey, sep) +
        item(first, "Statkraft signs wind deal with Swedish utility", "14/03/2025 17:05", titleKey, sep) +
        item(first, "Norway power prices fall as reservoirs fill", "04/03/2025 06:45", titleKey, sep),
    );
  assert.deepEqual(dump("feed", "Item", "\t"), want);
  assert.deepEqual(dump("link", "Title", "\t"), want);
  assert.deepEqual(dump("feed", "Entry", ": "), want);
  // a digest's list tag in brackets stays the headline's own
  assert.deepEqual(
    outline(
      lines(
        "[World]  Storm closes ports along the coast",
        "",
        "LISBON — Ports shut on Monday as the storm hit.",
        "",
        "[World]  Rail strike halts trains in the north",
        "",
        "PORTO — Trains stopped on Tuesday.",
      ),
    ),
    ["0/0 | Storm closes ports along the coast | -", "4/4 | Rail strike halts trains in the north | -"],
  );
});

test("A mailing list's messages between rules, each closed by the list software's footer under a rule of its own (Mailman 2 and 3, Google Groups, LISTSERV): the footer ends the message, never opens one", () => {
  const message = (n: number, subject: string, day: string, footer: string[]) =>
    lines(
      "======================================================",
      `Message-ID: <msg-${n}@lists.example.org>`,
      "From: Tomas Berg <tberg@example.se>",
      `Date: ${day} 09:14:02 +0100`,
      `Subject: [ferry-l] ${subject}`,
      "",
      "The operator confirmed the change on its website this morning.",
      "",
      "-- ",
      "Tomas",
      "______________________________________________________",
      ...footer,
    );
  const dump = (footer: string[]) =>
    outline(
      lines("ferry-l archive — export") +
        message(1, "Winter timetable cuts the late Helsinki sailing", "Mon, 3 Feb 2025", footer) +
        message(2, "New terminal at Värtahamnen opens in March", "Tue, 4 Feb 2025", footer) +
        message(3, "Fares rise five percent from April", "Wed, 5 Feb 2025", footer),
    );
  const want = (size: number) => [
    "2/5 | Winter timetable cuts the late Helsinki sailing | 2025-02-03",
    `${2 + size}/${5 + size} | New terminal at Värtahamnen opens in March | 2025-02-04`,
    `${2 + 2 * size}/${5 + 2 * size} | Fares rise five percent from April | 2025-02-05`,
  ];
  for (const footer of [
    ["ferry-l mailing list -- unsubscribe at lists.example.org"],
    ["ferry-l mailing list", "ferry-l@lists.example.org", "https://lists.example.org/mailman/listinfo/ferry-l"],
    ["ferry-l mailing list -- ferry-l@lists.example.org", "To unsubscribe send an email to ferry-l-leave@lists.example.org"],
    [
      'You received this message because you are subscribed to the Google Groups "ferry-l" group.',
      "To unsubscribe from this group, send an email to ferry-l+unsubscribe@googlegroups.com.",
    ],
    ["You are currently subscribed to FERRY-L as: tberg@example.se."],
    ["Liste de diffusion ferry-l", "Pour vous désinscrire, envoyez un courriel à ferry-l-leave@lists.example.org"],
  ])
    assert.deepEqual(dump(footer), want(11 + footer.length), footer[0]);
});

test("A newspaper's pages converted with the page break on a line of its own and running heads without a date (`B2      SPORT`, `SPORT      B3`): the heads, the jump lines of any page naming and the closing page number are furniture, a story jumps across the break, a wrapped headline is one", () => {
  const dump = (head: (page: string, section: string) => string, jumpTo: string, jumpFrom: string, lastPage: string) =>
    outline(
      lines(
        "THE HARBOUR TIMES — sport pages (converted from PDF)",
        "\f",
        head("B2", "SPORT"),
        "Rovers sack manager after derby defeat",
        "By Aoife Byrne | April 7, 2025",
        "CORK — Rovers dismissed their manager on Sunday after a fourth straight",
        "loss, the club said, and named his assistant as caretaker until the",
        jumpTo,
        "\f",
        head("B3", "SPORT"),
        jumpFrom,
        "end of the season.",
        "",
        "Harbour regatta moves to June",
        "By Liam Walsh | April 8, 2025",
        "KINSALE — Organisers moved the regatta to June because of dredging work.",
        "\f",
        head("B4", "RACING"),
        "Local trainer wins at Fairyhouse with",
        "an outsider",
        "By Niamh Doyle | April 9, 2025",
        "FAIRYHOUSE — A 40-1 shot won the feature race on Tuesday.",
        lastPage,
      ),
    );
  const want = [
    "3/3 | Rovers sack manager after derby defeat | 2025-04-07",
    "13/13 | Harbour regatta moves to June | 2025-04-08",
    "18/18 | Local trainer wins at Fairyhouse with an outsider | 2025-04-09",
  ];
  assert.deepEqual(
    dump(
      (page, section) => `${page}                    ${section}                    `,
      "(Continued on B3)",
      "ROVERS, from B2",
      "                                   B4",
    ),
    want,
  );
  assert.deepEqual(
    dump((page, section) => `${section}                    ${page}`, "See ROVERS, Page B3", "ROVERS from Page B2", "B4"),
    want,
  );
  assert.deepEqual(
    dump((page, section) => `Page ${page.slice(1)}     ${section}`, "Please turn to page 3", "Continued from page 2", "Page 4"),
    want,
  );
});

test("Social saved posts between rules: the export's title and its save stamp are the banner, each post starts on its poster line (handle, display name, age, in either order), the headline is the line under it, the age counts from the save time", () => {
  const post = (poster: string, title: string) =>
    lines("------------------------------", poster, title, "OSLO — The agency said on Friday that the work would go on.", "\t♥ 210\t↻ 40");
  const dump = (posters: string[]) =>
    outline(
      lines("*** Postbox: saved posts ***", "Saved by @ingrid on Sat 15 Mar 2025, 20:10 (UTC+01:00)") +
        post(posters[0]!, "Oslo tram strike ends after two days") +
        post(posters[1]!, "Bergen rail line reopens after landslide") +
        post(posters[2]!, "Tromsø airport adds winter flights"),
    );
  const want = [
    "3/4 | Oslo tram strike ends after two days | ~2025-03-15",
    "8/9 | Bergen rail line reopens after landslide | ~2025-03-14",
    "13/14 | Tromsø airport adds winter flights | ~2025-03-13",
  ];
  assert.deepEqual(dump(["@nordicwire · Nordic Wire · 2h", "@fjordnews · Fjord News · 1d", "@arcticdesk · Arctic Desk · 2d"]), want);
  assert.deepEqual(dump(["Nordic Wire @nordicwire · 2h", "Fjord News @fjordnews · 1d", "Arctic Desk @arcticdesk · 2d"]), want);
  assert.deepEqual(
    dump(["Nordic Wire (@nordicwire.bsky.social) · 2h", "Fjord News (@fjordnews.bsky.social) · 1d", "Arctic Desk (@arcticdesk.bsky.social) · 2d"]),
    want,
  );
});

test("Archive exports set up in other languages: `Dokument n av m`, `Treff n av m`, `Dokument n z m`, `Asiakirja n/m`, `Artikel n van m`, `Documento n de m` counters open the records, the title key of the language is the headline, its date key the day", () => {
  const record = (counter: string, title: string, date: string, source: string) =>
    lines(counter, title, date, source, "", "STOCKHOLM — The agency said on Monday that the work would go on.", "", "-----");
  assert.deepEqual(
    outline(
      lines("Pressarkiv — export", "Sökning: energi", "") +
        record("Dokument 1 av 3", "Rubrik: Gas storage falls as cold spell grips Sweden", "Publicerad: 2025-01-14", "Källa: Dagens Industri") +
        record("Dokument 2 av 3", "Rubrik: Malmö port doubles its ferry capacity", "Publicerad: 2025-01-15", "Källa: Sydsvenskan") +
        record("Dokument 3 av 3", "Rubrik: Riksbank holds its rate at two per cent", "Publicerad: 2025-01-16", "Källa: TT"),
    ),
    [
      "3/4 | Gas storage falls as cold spell grips Sweden | 2025-01-14",
      "11/12 | Malmö port doubles its ferry capacity | 2025-01-15",
      "19/20 | Riksbank holds its rate at two per cent | 2025-01-16",
    ],
  );
  const want = ["0/1 | Ferry line to Gdańsk adds a night crossing | 2025-02-03", "8/9 | Wind farm off Hiiumaa wins its permit | 2025-02-04"];
  const pair = (counters: [string, string], keys: [string, string, string]) =>
    outline(
      record(counters[0], `${keys[0]} Ferry line to Gdańsk adds a night crossing`, `${keys[1]} 2025-02-03`, `${keys[2]} Baltic Wire`) +
        record(counters[1], `${keys[0]} Wind farm off Hiiumaa wins its permit`, `${keys[1]} 2025-02-04`, `${keys[2]} Baltic Wire`),
    );
  assert.deepEqual(pair(["Treff 1 av 2", "Treff 2 av 2"], ["Tittel:", "Publisert:", "Kilde:"]), want);
  assert.deepEqual(pair(["Dokument 1 af 2", "Dokument 2 af 2"], ["Overskrift:", "Dato:", "Kilde:"]), want);
  assert.deepEqual(pair(["Dokument 1 z 2", "Dokument 2 z 2"], ["Tytuł:", "Opublikowano:", "Źródło:"]), want);
  assert.deepEqual(pair(["Asiakirja 1/2", "Asiakirja 2/2"], ["Otsikko:", "Julkaistu:", "Lähde:"]), want);
  assert.deepEqual(pair(["Artikel 1 van 2", "Artikel 2 van 2"], ["Titel:", "Gepubliceerd:", "Bron:"]), want);
  assert.deepEqual(pair(["Documento 1 de 2", "Documento 2 de 2"], ["Título:", "Publicado:", "Fonte:"]), want);
  assert.deepEqual(pair(["Articolo 1 di 2", "Articolo 2 di 2"], ["Titolo:", "Pubblicato:", "Fonte:"]), want);
  assert.deepEqual(pair(["1 av 2 dokument", "2 av 2 dokument"], ["Rubrik:", "Publicerad:", "Källa:"]), want);
});

test("`Rubrik:` is the headline where its value is one (Swedish, Danish) and the section where it names one (German): the title key then gives the headline", () => {
  const record = (n: number, rubrik: string, title: string | undefined, date: string) =>
    lines(
      `Datensatz ${n} von 2`,
      ...(title ? [`Titel: ${title}`] : []),
      `Rubrik: ${rubrik}`,
      `Datum: ${date}`,
      "",
      "BERLIN — Die Regierung sagte am Montag, die Arbeit gehe weiter.",
      "",
    );
  assert.deepEqual(
    outline(
      record(1, "Wirtschaft", "Bahn streicht Nachtzüge nach Paris", "03.02.2025") + record(2, "Politik / Inland", "Bundestag billigt Haushalt", "04.02.2025"),
    ),
    ["0/1 | Bahn streicht Nachtzüge nach Paris | 2025-02-03", "7/8 | Bundestag billigt Haushalt | 2025-02-04"],
  );
  // Dutch `Rubriek:` names a section over the title key, or is the title where its value is a headline
  const dutch = (n: number, rubriek: string, title: string | undefined) =>
    lines(
      `Artikel ${n} van 2`,
      `Rubriek: ${rubriek}`,
      ...(title ? [`Titel: ${title}`] : []),
      `Datum: 0${n + 2}.02.2025`,
      "",
      "DEN HAAG — Het kabinet zei maandag dat het werk doorgaat.",
      "",
    );
  assert.deepEqual(outline(dutch(1, "Binnenland", "Kabinet schrapt tolplan voor de A2") + dutch(2, "Economie / Handel", "Haven van Rotterdam groeit weer")), [
    "0/2 | Kabinet schrapt tolplan voor de A2 | 2025-02-03",
    "7/9 | Haven van Rotterdam groeit weer | 2025-02-04",
  ]);
  assert.deepEqual(outline(dutch(1, "Kabinet schrapt tolplan voor de A2", undefined) + dutch(2, "Haven van Rotterdam groeit weer", undefined)), [
    "0/1 | Kabinet schrapt tolplan voor de A2 | 2025-02-03",
    "6/7 | Haven van Rotterdam groeit weer | 2025-02-04",
  ]);
  assert.deepEqual(
    outline(
      record(1, "Regeringen sänker skatten på diesel i vår", undefined, "2025-02-03") + record(2, "Volvo bygger ny fabrik i Skövde", undefined, "2025-02-04"),
    ),
    ["0/1 | Regeringen sänker skatten på diesel i vår | 2025-02-03", "6/7 | Volvo bygger ny fabrik i Skövde | 2025-02-04"],
  );
});

test("Id-stamped scraper records without blank lines: an id after opening marks and the time it was taken (`>>> id @ stamp src=…`, `:: id | stamp`, `### id · stamp`) opens each record and dates it", () => {
  const dump = (stamps: string[]) =>
    outline(
      stamps
        .map((stamp, n) =>
          lines(
            stamp,
            ["Tallinn opens its new tram line", "Vilnius airport adds winter routes", "Riga council approves budget"][n]!,
            "TALLINN - The city said on Monday that the work would go on.",
          ),
        )
        .join(""),
    );
  const want = [
    "0/1 | Tallinn opens its new tram line | 2025-03-03",
    "3/4 | Vilnius airport adds winter routes | 2025-03-04",
    "6/7 | Riga council approves budget | 2025-03-05",
  ];
  assert.deepEqual(
    dump([
      ">>> 7710231 @ 2025-03-03 05:12:40 UTC src=err-news",
      ">>> 7710245 @ 2025-03-04 06:40:03 UTC src=lrt",
      ">>> 7710262 @ 2025-03-05 07:01:55 UTC src=lsm",
    ]),
    want,
  );
  assert.deepEqual(
    dump([":: a41f9c | 03.03.2025 05:12 | feed=err", ":: a41fa2 | 04.03.2025 06:40 | feed=lrt", ":: a41fb7 | 05.03.2025 07:01 | feed=lsm"]),
    want,
  );
  assert.deepEqual(dump(["### 0092 · 2025-03-03T05:12Z", "### 0093 · 2025-03-04T06:40Z", "### 0094 · 2025-03-05T07:01Z"]), want);
  assert.deepEqual(dump(["@@ 0092 @ 2025-03-03 05:12", "@@ 0093 @ 2025-03-04 06:40", "@@ 0094 @ 2025-03-05 07:01"]), want);
});

test("Outlet date lines in a blank-line dump: `PLACE, Wkd DD/MM/YYYY (Outlet) –` opens each story's first paragraph, hard-wrapped; the dump's numeric dates show the order of day and month; wrapped paragraph lines open nothing", () => {
  const story = (headline: string, dateline: string) =>
    lines(
      headline,
      "",
      `${dateline} The`,
      "council said the works on the old bridge would end before the",
      "spring, two months later than planned.",
      "",
      "Engineers found the piles in a worse state than expected. The",
      "contractor blamed a wet autumn.",
      "",
      "",
    );
  const dump = (datelines: string[]) =>
    outline(
      story("Old bridge works run two months late", datelines[0]!) +
        story("Port cranes stop as dockers walk out over pay", datelines[1]!) +
        story("Ski resort opens early after heavy snowfall", datelines[2]!),
    );
  assert.deepEqual(dump(["TARTU, Thu 13/03/2025 (ERR News) –", "KLAIPĖDA, Fri 14/03/2025 (LRT) –", "SIGULDA, Sat 01/03/2025 (LSM) –"]), [
    "0/0 | Old bridge works run two months late | 2025-03-13",
    "10/10 | Port cranes stop as dockers walk out over pay | 2025-03-14",
    "20/20 | Ski resort opens early after heavy snowfall | 2025-03-01",
  ]);
  // month first where the dump writes a month's day above 12 second; ISO and dotted dates after a weekday or none
  assert.deepEqual(
    dump(["DULUTH, Thu 03/13/2025 (Star Tribune) –", "ASPEN, Fri 03/14/2025 (AP) –", "BOISE, 03/01/2025 (KTVB) –"]).map((a) => a.split(" | ")[2]),
    ["2025-03-13", "2025-03-14", "2025-03-01"],
  );
  assert.deepEqual(
    dump(["RIGA, 2025-03-13 (LETA) -", "VILNIUS, Fri 14.03.2025 (BNS) —", "TALLINN, Sat 01.03.2025 (ERR) –"]).map((a) => a.split(" | ")[2]),
    ["2025-03-13", "2025-03-14", "2025-03-01"],
  );
});

test("A PDF wire bulletin: item slugs with a desk and a place (`XW-1201  ECONOMY / LATVIA`) open the items, a headline wrapped over two lines is one, the agency's closing stamp dates its item", () => {
  const item = (slug: string, headline: string[], dateline: string, stamp: string) =>
    lines(
      slug,
      ...headline,
      `${dateline} – The ministry said on Tuesday the`,
      "plan would go ahead next year.",
      `                                        ${stamp}`,
      "",
    );
  const dump = (stamps: [string, string, string]) =>
    outline(
      lines("BALTIC WIRE WEEKLY                         Issue 12", "") +
        item("XW-1201  ECONOMY / LATVIA", ["Latvia raises its forecast for", "growth as exports recover"], "RIGA, Mar 11 (XW)", stamps[0]) +
        item("XW-1215  TRANSPORT / LITHUANIA", ["Rail Baltica section opens to freight"], "KAUNAS, Mar 12 (XW)", stamps[1]) +
        item("XW-1233  SPORT", ["Tallinn club signs Finnish striker"], "TALLINN, Mar 13 (XW)", stamps[2]),
    );
  const want = [
    "2/3 | Latvia raises its forecast for growth as exports recover | 2025-03-11",
    "9/10 | Rail Baltica section opens to freight | 2025-03-12",
    "15/16 | Tallinn club signs Finnish striker | 2025-03-13",
  ];
  assert.deepEqual(dump(["XW 11 Mar 2025 1642 EET", "XW 12 Mar 2025 0915 EET", "XW 13 Mar 2025 1120 EET"]), want);
  assert.deepEqual(dump(["XW/rv 11-03-2025 16:42 GMT", "XW/jm 12-03-2025 09:15 GMT", "XW/rv 13-03-2025 11:20 GMT"]), want);
  assert.deepEqual(dump(["XW/ab 2025-03-11 16:42 UTC", "XW/ab 2025-03-12 09:15 UTC", "XW/ab 2025-03-13 11:20 UTC"]), want);
  // an outlet or a weekday in capitals before a day and a clock is a date line, a page's or an issue's number before a section no slug
  assert.equal(classifyLine("CNN 25 Nov 2026 16:42 GMT"), LineKind.DateOrByline);
  assert.equal(classifyLine("MON 25 Nov 2026 1642 GMT"), LineKind.DateOrByline);
  assert.notEqual(classifyLine("PAGE 112  SPORT / RUGBY"), LineKind.Slug);
  assert.equal(classifyLine("AAP-0931 SPORT/CRICKET"), LineKind.Slug);
  assert.equal(classifyLine("XW-1201 | ECONOMY | LATVIA"), LineKind.Slug);
});

test("A messenger channel's export: the channel and time line opens each post, a forwarded or re-posted mark under it is neither the headline nor the post's day", () => {
  const post = (when: string, mark: string | undefined, headline: string) =>
    lines(
      `Baltic Desk, [${when}]`,
      ...(mark ? [mark] : []),
      `**${headline}**`,
      "RIGA — The council said on Monday that the work would go on.",
      "\t#latvia",
      "",
    );
  assert.deepEqual(
    outline(
      lines("Baltic Desk — channel history", "Exported 16.03.2025 21:00 · 4 messages", "") +
        post("12.03.2025 08:14", undefined, "Riga trams get new timetable") +
        post("13.03.2025 09:30", "[ Forwarded from Tallinn Wire ]", "Tallinn port strike ends") +
        post("14.03.2025 10:05", "↪ Reposted from 12.03.2025", "Riga trams get a new timetable") +
        post("15.03.2025 11:45", "Weitergeleitet von Ostsee Nachrichten", "Ferry to Stockholm cancelled by storm"),
    ),
    [
      "3/4 | Riga trams get new timetable | 2025-03-12",
      "8/10 | Tallinn port strike ends | 2025-03-13",
      "14/16 | Riga trams get a new timetable | 2025-03-14",
      "20/22 | Ferry to Stockholm cancelled by storm | 2025-03-15",
    ],
  );
});

test("A Markdown clipping export: the clip's quoted source line gives its age beside the outlet and the byline, counted from the banner's save time", () => {
  const clip = (n: number, headline: string, source: string) =>
    lines(`### ${n}. ${headline}`, `> ${source}`, "", "VALPARAÍSO — The port authority said on Friday the work would go on.", "tags: #ports", "");
  const dump = (banner: string) =>
    outline(
      lines("# Clips — export", banner, "") +
        clip(1, "Valparaíso port expands its container terminal", "source: El Mercurio · 2 days ago · by Ana Rojas") +
        clip(2, "Copper price lifts the peso", "Diario Financiero · yesterday") +
        clip(3, "Santiago metro line 7 opens a year late", "via La Tercera — 5 hours ago") +
        clip(4, "Atacama observatory finds a new comet", "source: BioBioChile · 3 days ago"),
    );
  assert.deepEqual(dump("Clipped 2025-06-20 21:30 -04:00 · 4 clips"), dump("## Saved 2025-06-20 21:30 -04:00 · 4 clips"));
  assert.deepEqual(dump("## Saved 2025-06-20 21:30 -04:00 · 4 clips"), [
    "3/3 | Valparaíso port expands its container terminal | ~2025-06-18",
    "9/9 | Copper price lifts the peso | ~2025-06-19",
    "15/15 | Santiago metro line 7 opens a year late | ~2025-06-20",
    "21/21 | Atacama observatory finds a new comet | ~2025-06-17",
  ]);
});

test("An archive export's fields under keys that no list holds, in any alphabet (`Utgåva:`, `Sidnummer:`), are fields of the head, not the body's dateline, in two records or more", () => {
  const record = (n: number, headline: string) =>
    lines(
      `Dokument ${n} av 3`,
      `Rubrik: ${headline}`,
      `Publicerad: 2025-04-0${n}`,
      "Utgåva: Morgon",
      "Sidnummer: 12",
      "",
      "UMEÅ — Kommunen sade på måndagen att arbetet fortsätter.",
      "",
    );
  const headlines = ["Umeå bygger ny bro över älven i år", "Luleå hamn får nya kranar till hösten", "Kiruna flyttar sitt stadshus i maj"];
  for (const count of [2, 3]) {
    const session = new DumpSession(
      headlines
        .slice(0, count)
        .map((h, n) => record(n + 1, h))
        .join(""),
    );
    assert.deepEqual(
      session.articles().map((a) => `${a.headline} | ${a.published} | ${a.dateline}`),
      headlines.slice(0, count).map((h, n) => `${h} | 2025-04-0${n + 1} | UMEÅ`),
    );
  }
});
