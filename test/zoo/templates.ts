// The zoo's templates: each one is a tool's record layout, repeated for every article of a dump,
// and states for every record what `../shared/samples/GOLD-GUIDELINES.md` ("Records from other
// tools") says a correct analysis finds: where the record starts, its headline line and clean
// headline, and its date of publication. The decisions the guidelines leave open are in README.md.

import { articles as pool, SAVE_DAY, type Topic, type ZooArticle } from "./articles.js";
import {
  addDays,
  ascii,
  asctime,
  bodyLines,
  type Clock,
  centered,
  clockText,
  colonDateline,
  DumpWriter,
  dashDateline,
  dayParts,
  daysBetween,
  domainOf,
  firstSentence,
  idOf,
  isoStamp,
  MONTHS,
  oneOf,
  pad2,
  paragraphsOf,
  placeName,
  type Random,
  randomClock,
  randomInt,
  rfc822,
  rightAligned,
  seededRandom,
  shortUkDate,
  shuffled,
  splitInTwo,
  type TruthArticle,
  ukDate,
  urlOf,
  usDate,
  weekdayOf,
  wireDateline,
  wordCount,
  wrap,
} from "./render.js";

export type { ZooArticle } from "./articles.js";
export type { TruthArticle } from "./render.js";

export type ZooKind =
  | "archive-export"
  | "feed-reader"
  | "mail-archive"
  | "pdf-to-text"
  | "id-stamped"
  | "url-first"
  | "outlet-date-line"
  | "front-matter"
  | "markdown"
  | "headline-fields"
  | "numeric-dates"
  | "relative-dates"
  | "scraper-page"
  | "header-block"
  | "blank-lines"
  | "wire-copy"
  | "table"
  | "mix";

export interface ZooDump {
  name: string;
  kind: ZooKind;
  text: string;
  truth: TruthArticle[];
}

export interface ZooTemplate {
  name: string;
  kind: ZooKind;
  /** What the template shows besides its kind: the hard cases a reader of a failure should know. */
  traits: string;
  /** The pool articles this template can render (its date rules); all by default. */
  accepts?: (a: ZooArticle) => boolean;
  /** The selection holds at least one article satisfying each of these (a day above 12, a recent story). */
  mustInclude?: ((a: ZooArticle) => boolean)[];
  /** Record order: as chosen, or by date as archives and feed readers sort. */
  order?: "chosen" | "oldest-first" | "newest-first";
  lineEnd?: "\n" | "\r\n";
  bom?: boolean;
  render(w: DumpWriter, articles: ZooArticle[], rnd: Random): void;
}

// ---- shared vocabulary

const SECTION_NAME: Record<Topic, string> = {
  politics: "WORLD NEWS",
  sport: "SPORT",
  business: "BUSINESS",
  science: "SCIENCE",
  courts: "LAW AND COURTS",
  weather: "WEATHER",
  culture: "ARTS AND CULTURE",
};

const LIST_TAG: Record<Topic, string> = {
  politics: "World",
  sport: "Sport",
  business: "Business",
  science: "Sci-Tech",
  courts: "Law",
  weather: "Weather",
  culture: "Culture",
};

/** Month names as wire datelines abbreviate them (`Sept. 9` is AP's; Reuters writes `Sept 9`). */
const MONTH_ABBREVIATIONS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"];
const EDITORS = ["Helen Marsh", "Oliver Stanton", "Dana Pruitt", "Kofi Mensah-Bonsu", "Ines Carvalho"];
const ZONES = ["+0000", "+0100", "-0500", "+0530", "+0900", "-0300", "+0200"];
const ISO_ZONES = ["Z", "+01:00", "-04:00", "+05:30", "+09:00", "-03:00", "+03:00"];

const bylineOrStaff = (a: ZooArticle) => a.byline ?? "Staff reporter";
const upper = (s: string) => s.toLocaleUpperCase("en");
const dayAbove12 = (a: ZooArticle) => dayParts(a.published).day > 12;
const ambiguousDay = (a: ZooArticle) => ((p) => p.day <= 12 && p.day !== p.month)(dayParts(a.published));

function numericDate(iso: string, order: "day-first" | "month-first", separator = "/", twoDigitYear = false): string {
  const p = dayParts(iso);
  const year = twoDigitYear ? pad2(p.year % 100) : String(p.year);
  const [first, second] = order === "day-first" ? [p.day, p.month] : [p.month, p.day];
  return [pad2(first), pad2(second), year].join(separator);
}

/** A YAML plain scalar when that reads back as the same text, else a double-quoted one. */
function yamlScalar(text: string): string {
  const plainIsSafe = !/^[-?:,[\]{}#&*!|>'"%@`\s]/.test(text) && !/: |\s#|:$/.test(text);
  return plainIsSafe ? text : `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** Writes the standard truth of a record whose date is the article's own day. */
/** `03.11.2026`: day first, with dots. */
const dottedDate = (iso: string) => ((p) => `${pad2(p.day)}.${pad2(p.month)}.${p.year}`)(dayParts(iso));
/** `9/11/2026`: day first, with slashes. */
const slashDate = (iso: string) => ((p) => `${p.day}/${p.month}/${p.year}`)(dayParts(iso));
/** `4:12 p.m.`, as a reader set up in New Zealand writes a time. */
const twelveHour = (c: Clock) => `${c.hour % 12 || 12}:${pad2(c.minute)} ${c.hour < 12 ? "a.m." : "p.m."}`;

function dated(w: DumpWriter, a: ZooArticle, startLine: number, headlineLine: number, headline = a.headline): void {
  w.record({ startLine, headlineLine, headline, published: a.published });
}

// ---- PDF pages

interface PageItem {
  text: string;
  /** No page break may follow this line (a headline's lines and the lines under it). */
  keepWithNext?: boolean;
  /** The article this line belongs to, to check that a page break falls inside one. */
  article: number;
}

/**
 * Lays items out on pages of `capacity` body lines between a running head and a footer, as
 * pdftotext does: every page after the first opens with a form feed on its first line. Returns the
 * dump line of each item.
 */
function paginate(
  w: DumpWriter,
  items: PageItem[],
  capacity: number,
  head: (page: number) => string[],
  foot: (page: number, pages: number) => string[],
): number[] {
  const pages: number[][] = [[]];
  items.forEach((item, i) => {
    let page = pages[pages.length - 1]!;
    if (!items[i - 1]?.keepWithNext) {
      // The lines kept together from here (a headline block) go to the next page when they do not fit.
      let together = 1;
      while (items[i + together - 1]?.keepWithNext) together++;
      if (page.length > 0 && page.length + together > capacity) pages.push((page = []));
    }
    if (page.length === 0 && item.text === "") return; // a page does not open with blank lines
    page.push(i);
  });
  const at: number[] = new Array(items.length).fill(-1);
  pages.forEach((page, p) => {
    const heading = head(p + 1);
    w.line((p > 0 ? "\f" : "") + heading[0], ...heading.slice(1));
    for (const i of page) at[i] = w.line(items[i]!.text);
    w.blank(Math.max(0, capacity - page.length));
    w.line(...foot(p + 1, pages.length));
  });
  const splitsAnArticle = pages.slice(1).some((page) => {
    const before = pages[pages.indexOf(page) - 1]!;
    return items[before[before.length - 1]!]!.article === items[page[0]!]!.article;
  });
  if (!splitsAnArticle) throw new Error("the page layout must break at least one article across pages");
  return at;
}

/** How a tool set up in another language writes a day: abbreviated weekdays (Sunday first) and months, and their order. */
interface LocaleDates {
  language: string;
  name: string;
  weekdays: readonly string[];
  months: readonly string[];
  format: (weekday: string, day: number, month: string, year: number) => string;
  sample: string;
}

const LOCALE_DATES: readonly LocaleDates[] = [
  {
    language: "pt",
    name: "Portuguese",
    weekdays: ["dom", "seg", "ter", "qua", "qui", "sex", "sáb"],
    months: ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
    format: (wd, d, m, y) => `${wd}, ${d} ${m} ${y}`,
    sample: "seg, 12 fev 2024",
  },
  {
    language: "es",
    name: "Spanish",
    weekdays: ["dom", "lun", "mar", "mié", "jue", "vie", "sáb"],
    months: ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    format: (wd, d, m, y) => `${wd}, ${d} ${m} ${y}`,
    sample: "mié, 6 mar 2024",
  },
  {
    language: "fr",
    name: "French",
    weekdays: ["dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."],
    months: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    format: (wd, d, m, y) => `${wd} ${d} ${m} ${y}`,
    sample: "jeu. 7 mars 2024",
  },
  {
    language: "it",
    name: "Italian",
    weekdays: ["dom", "lun", "mar", "mer", "gio", "ven", "sab"],
    months: ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    format: (wd, d, m, y) => `${wd} ${d} ${m} ${y}`,
    sample: "gio 7 mar 2024",
  },
  {
    language: "de",
    name: "German",
    weekdays: ["So.", "Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa."],
    months: ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    format: (wd, d, m, y) => `${wd}, ${d}. ${m} ${y}`,
    sample: "Sa., 9. März 2024",
  },
  {
    language: "nl",
    name: "Dutch",
    weekdays: ["zo", "ma", "di", "wo", "do", "vr", "za"],
    months: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    format: (wd, d, m, y) => `${wd} ${d} ${m} ${y}`,
    sample: "za 9 mrt 2024",
  },
];

function localDate(locale: LocaleDates, iso: string): string {
  const p = dayParts(iso);
  return locale.format(locale.weekdays[p.weekday]!, p.day, locale.months[p.month - 1]!, p.year);
}

// ---- the templates

export const templates: ZooTemplate[] = [
  // ---------------------------------------------------------------- archive-service exports
  {
    name: "ris-citation-export",
    kind: "archive-export",
    traits:
      "a citation manager's RIS export: `TY  - NEWS` opens each record, `TI  - ` is the headline, `DA  - 2023/03/05` the date and `Y2  - ` a later access date, the text in `N1  - ` with continuation lines indented six spaces, `ER  - ` closes it; CRLF, no blank lines",
    lineEnd: "\r\n",
    render(w, list, rnd) {
      for (const a of list) {
        const p = dayParts(a.published);
        const accessed = dayParts(addDays(a.published, randomInt(rnd, 1, 20)));
        const start = w.line("TY  - NEWS");
        const headlineLine = w.line(`TI  - ${a.headline}`);
        if (a.byline) w.line(`AU  - ${a.byline}`);
        w.line(`JO  - ${a.outlet}`, `PY  - ${p.year}`, `DA  - ${p.year}/${pad2(p.month)}/${pad2(p.day)}`);
        const text = (a.dateline ? wireDateline("Reuters")(a.dateline) : "") + paragraphsOf(a).join(" ");
        const [first = "", ...rest] = wrap(text, 66);
        w.line(`N1  - ${first}`, ...rest.map((line) => `      ${line}`));
        w.line(`UR  - ${urlOf(a)}`, `Y2  - ${accessed.year}/${pad2(accessed.month)}/${pad2(accessed.day)}`, "ER  - ");
        dated(w, a, start, headlineLine);
      }
    },
  },
  {
    name: "bibliographic-codes-export",
    kind: "archive-export",
    traits:
      "a news database's export with bibliographic field codes padded to column 5 (CRLF): a banner and a rule, `Document N of M`, then `TI` (headline), `SO` (outlet), `PD` (day-first `14.11.2025`), `AU`, `WC`, `TX` (the text, its dateline after the code, continuation lines indented 5 spaces), `AN`",
    lineEnd: "\r\n",
    mustInclude: [dayAbove12],
    render(w, list, rnd) {
      w.line("PRESSBANK - search results export", `Query: news | ${list.length} documents`, "=".repeat(60));
      w.blank();
      list.forEach((a, i) => {
        const p = dayParts(a.published);
        const start = w.line(`Document ${i + 1} of ${list.length}`);
        w.blank();
        const headlineLine = w.line(`TI   ${a.headline}`);
        w.line(`SO   ${a.outlet}`, `PD   ${pad2(p.day)}.${pad2(p.month)}.${p.year}`);
        if (a.byline) w.line(`AU   ${a.byline}`);
        w.line(`WC   ${randomInt(rnd, 90, 900)} words`);
        const text = (a.dateline ? `${a.dateline} - ` : "") + paragraphsOf(a).join(" ");
        const [first = "", ...rest] = wrap(text, 66);
        w.line(`TX   ${first}`, ...rest.map((line) => `     ${line}`));
        w.line(`AN   Document PB${idOf(a)}`);
        w.blank();
        dated(w, a, start, headlineLine);
      });
    },
  },
  {
    name: "archive-documents-counter",
    kind: "archive-export",
    traits: "`N of M DOCUMENTS` counter, outlet line, `March 5, 2021 Friday`, BYLINE/SECTION/LENGTH, LOAD-DATE a day or more later, copyright trailer",
    order: "oldest-first",
    render(w, list, rnd) {
      list.forEach((a, i) => {
        const start = w.line(centered(`${i + 1} of ${list.length} DOCUMENTS`));
        w.blank();
        w.line(centered(a.outlet));
        w.blank();
        w.line(centered(`${usDate(a.published)} ${weekdayOf(a.published)}`));
        w.blank();
        const headlineLine = w.line(a.headline);
        w.blank();
        if (a.byline) {
          w.line(`BYLINE: ${a.byline}`);
          w.blank();
        }
        w.line(`SECTION: ${SECTION_NAME[a.topic]}; Pg. ${randomInt(rnd, 2, 30)}`);
        w.blank();
        w.line(`LENGTH: ${wordCount(a)} words`);
        w.blank();
        w.line(...bodyLines(a, { gap: true, dateline: dashDateline }));
        w.blank();
        w.line(`LOAD-DATE: ${usDate(addDays(a.published, randomInt(rnd, 1, 3)))}`);
        w.blank();
        w.line("LANGUAGE: ENGLISH");
        w.blank();
        w.line("PUBLICATION-TYPE: Newspaper");
        w.blank();
        w.line(`Copyright ${dayParts(a.published).year} ${a.outlet}`, "All Rights Reserved");
        w.blank(3);
        dated(w, a, start, headlineLine);
      });
    },
  },
  {
    name: "archive-nordic-labels",
    kind: "archive-export",
    traits:
      "a Swedish archive service's export: banner with the search and an `Exporterad:` stamp, `Dokument N av M` counters, `Rubrik:` (the headline in Swedish), `Publicerad:` ISO, `Källa:`, `Författare:`, `Avsnitt:`, `Ord:`, `Brödtext:` over the wrapped body, a closing `Dokument-ID:` and a rule",
    order: "newest-first",
    render(w, list, rnd) {
      w.line("Pressarkivet Pro — exportfil", "Sökning: (val OR hamn OR klimat) AND språk:engelska", `Exporterad: ${addDays(list[0]!.published, 2)} 09:14`);
      w.blank();
      list.forEach((a, i) => {
        const start = w.line(`Dokument ${i + 1} av ${list.length}`);
        const headlineLine = w.line(`Rubrik: ${a.headline}`);
        w.line(`Publicerad: ${a.published}`, `Källa: ${a.outlet}`);
        if (a.byline) w.line(`Författare: ${a.byline}`);
        w.line(`Avsnitt: ${oneOf(rnd, ["Ekonomi", "Sport / Fotboll", "Politik", "Kultur", "Utrikes"])}`, `Ord: ${wordCount(a)}`, "Brödtext:");
        w.line(...bodyLines(a, { gap: false, width: 70, dateline: dashDateline }));
        w.line(`Dokument-ID: ${upper(domainOf(a.outlet).slice(0, 3))}-${idOf(a)}`);
        w.blank();
        w.line("-".repeat(64));
        dated(w, a, start, headlineLine);
      });
    },
  },
  {
    name: "archive-caps-edition",
    kind: "archive-export",
    traits: "ALL CAPS headlines (kept as written), an edition line under the outlet, DATELINE: key, a search banner with its own date, CRLF",
    order: "oldest-first",
    lineEnd: "\r\n",
    render(w, list, rnd) {
      w.line("Nexis export", "Search terms: floods OR election OR court", "Sort: date (oldest first)", "Date and time: Jun 12, 2025 09:14", "");
      list.forEach((a, i) => {
        const start = w.line(centered(`${i + 1} of ${list.length} DOCUMENTS`));
        w.blank();
        w.line(centered(a.outlet), centered(oneOf(rnd, ["Final Edition", "Late Edition", "Online", "First Edition"])));
        w.blank();
        w.line(centered(`${usDate(a.published)} ${weekdayOf(a.published)}`));
        w.blank();
        const headline = upper(a.headline);
        const headlineLine = w.line(headline);
        w.blank();
        if (a.byline) {
          w.line(`BYLINE: By ${upper(a.byline)}`);
          w.blank();
        }
        w.line(`SECTION: NEWS; Pg. A${randomInt(rnd, 1, 24)}`, `LENGTH: ${wordCount(a)} words`);
        if (a.dateline) w.line(`DATELINE: ${a.dateline}`);
        w.blank();
        w.line(...bodyLines(a, { gap: true }));
        w.blank();
        w.line(`LOAD-DATE: ${usDate(addDays(a.published, randomInt(rnd, 1, 5)))}`, "LANGUAGE: ENGLISH");
        w.blank();
        w.line(`Copyright ${dayParts(a.published).year} ${a.outlet} Ltd`, "All Rights Reserved");
        w.blank(2);
        dated(w, a, start, headlineLine, headline);
      });
    },
  },
  {
    name: "archive-headline-key",
    kind: "archive-export",
    traits: "`Document 3 of 6` counter, date line with a time (`September 9, 2023 Saturday 4:05 PM GMT`), HEADLINE:/BODY: keys, `____` rule after the trailer",
    render(w, list, rnd) {
      list.forEach((a, i) => {
        const start = w.line(`Document ${i + 1} of ${list.length}`);
        w.blank();
        const clock = randomClock(rnd, 1, 12);
        w.line(a.outlet, `${usDate(a.published)} ${weekdayOf(a.published)} ${clock.hour}:${pad2(clock.minute)} ${oneOf(rnd, ["AM", "PM"])} GMT`);
        w.blank();
        const headlineLine = w.line(`HEADLINE: ${a.headline}`);
        if (a.byline) w.line(`BYLINE: ${a.byline}`);
        w.line(`SECTION: ${SECTION_NAME[a.topic]}`, `LENGTH: ${wordCount(a)} words`);
        w.blank();
        w.line("BODY:");
        w.blank();
        w.line(...bodyLines(a, { gap: true, dateline: colonDateline }));
        w.blank();
        w.line(`LOAD-DATE: ${usDate(addDays(a.published, 1))}`, "LANGUAGE: ENGLISH", "PUBLICATION-TYPE: Web Publication");
        w.blank();
        w.line(`Copyright ${dayParts(a.published).year} ${a.outlet}. All Rights Reserved.`);
        w.blank();
        w.line("_".repeat(60));
        w.blank();
        dated(w, a, start, headlineLine);
      });
    },
  },
  // ---------------------------------------------------------------- feed-reader exports
  {
    name: "feed-rss-keys",
    kind: "feed-reader",
    traits: "`Feed:` banner with an export date, `Title:`/`Link:`/`pubDate:` keys, RFC 822 GMT dates, one summary paragraph",
    order: "newest-first",
    render(w, list, rnd) {
      w.line("Feed: World Briefing (https://briefing.example.net/rss.xml)", `Exported by Feedkeeper 2.4 on 2025-03-01 - ${list.length} items`);
      w.blank();
      for (const a of list) {
        const start = w.line(`Title: ${a.headline}`);
        w.line(`Link: ${urlOf(a)}`, `pubDate: ${rfc822(a.published, randomClock(rnd))}`);
        w.blank();
        w.line(paragraphsOf(a)[0]!);
        w.blank(2);
        dated(w, a, start, start);
      }
    },
  },
  {
    name: "feed-upper-keys",
    kind: "feed-reader",
    traits: "`CHANNEL:`/`EXPORTED:` key banner, `====` between items, upper-case TITLE/LINK/AUTHOR/PUBLISHED/SUMMARY keys, RFC 822 dates with offsets, BOM",
    bom: true,
    render(w, list, rnd) {
      w.line("CHANNEL: Global Desk", "CHANNEL-LINK: https://globaldesk.example.com/", "EXPORTED: 2025-01-20T10:00:00Z");
      w.blank();
      for (const a of list) {
        w.line("=".repeat(40));
        const start = w.line(`TITLE: ${a.headline}`);
        w.line(`LINK: ${urlOf(a)}`);
        if (a.byline) w.line(`AUTHOR: ${a.byline}`);
        w.line(`PUBLISHED: ${rfc822(a.published, randomClock(rnd, 1, 20), oneOf(rnd, ZONES))}`);
        w.line(`SUMMARY: ${paragraphsOf(a)[0]}`);
        w.blank();
        dated(w, a, start, start);
      }
    },
  },
  {
    name: "feed-link-first",
    kind: "feed-reader",
    traits: "a Markdown heading as the export banner, lower-case keys with `link:` before `title:`, ISO dates with offsets, two summary paragraphs",
    render(w, list, rnd) {
      w.line("# Reader export: saved items");
      w.blank();
      for (const a of list) {
        const start = w.line(`link: ${urlOf(a)}`);
        const headlineLine = w.line(`title: ${a.headline}`);
        w.line(`date: ${isoStamp(a.published, randomClock(rnd, 2, 20), oneOf(rnd, ISO_ZONES))}`);
        if (a.byline) w.line(`author: ${a.byline}`);
        w.blank();
        w.line(
          ...paragraphsOf(a)
            .slice(0, 2)
            .flatMap((p, i) => (i ? ["", p] : [p])),
        );
        w.blank();
        dated(w, a, start, headlineLine);
      }
    },
  },
  {
    name: "feed-solid-bullets",
    kind: "feed-reader",
    traits:
      "a reader's banner with its last sync, `● headline` items over tab-indented `feed: · posted: · by` fields and a `----` rule, bodies indented by a tab and wrapped at 72",
    render(w, list, rnd) {
      w.line("Orbit Reader — saved items", "Last synced: 2025-03-01 09:30 UTC");
      w.blank();
      for (const a of list) {
        const start = w.line(`● ${a.headline}`);
        const by = a.byline ? ` · by ${a.byline}` : "";
        w.line(`\tfeed: ${a.outlet} · posted: ${rfc822(a.published, randomClock(rnd))}${by}`, `\tlink: ${urlOf(a)}`, "\t----");
        w.line(...bodyLines(a, { gap: false, indent: "\t", width: 72, dateline: colonDateline }));
        w.blank();
        dated(w, a, start, start);
      }
    },
  },
  // ---------------------------------------------------------------- mail-list archives
  {
    name: "mbox-list-digest",
    kind: "mail-archive",
    traits: "mbox `From ` lines, a `[World-Digest] ` list tag on every Subject, subjects folded over two lines, body wrapped at 72, `-- ` signatures",
    render(w, list, rnd) {
      const posters = [
        ["Amira Haddad", "amira.haddad@newsdesk.example.org"],
        ["Tom Whitfield", "tom.w@newsdesk.example.org"],
        ["Grace Mensah", "grace.mensah@newsdesk.example.org"],
      ] as const;
      for (const a of list) {
        const [name, address] = oneOf(rnd, posters);
        const clock = randomClock(rnd, 5, 20);
        const start = w.line(`From ${address} ${asctime(a.published, clock)}`);
        w.line(`Return-Path: <${address}>`, `From: ${name} <${address}>`, "To: world-digest@lists.example.org");
        const subject = `Subject: [World-Digest] ${a.headline}`;
        // Mail folds header lines longer than 78 characters at a space; the headline is the unfolded value.
        const headlineLine = subject.length > 78 ? w.line(...foldHeader(subject)) : w.line(subject);
        const p = dayParts(a.published);
        w.line(
          `Date: ${rfc822(a.published, clock, "+0000")}`,
          `Message-ID: <${p.year}${pad2(p.month)}${pad2(p.day)}${clockText(clock).replace(/:/g, "")}.${idOf(a)}@newsdesk.example.org>`,
          "List-Id: World news digest <world-digest.lists.example.org>",
          'Content-Type: text/plain; charset="utf-8"',
        );
        w.blank();
        w.line(...bodyLines(a, { gap: true, width: 72, dateline: wireDateline("Reuters"), escape: (l) => (l.startsWith("From ") ? `>${l}` : l) }));
        w.blank();
        w.line("-- ", name, "World desk, Newsdesk Collective");
        w.blank();
        dated(w, a, start, headlineLine);
      }
    },
  },
  {
    name: "mbox-forwards-and-replies",
    kind: "mail-archive",
    traits:
      "Subjects with `Fwd:` and `Re:` (kept), a forwarded block with its own From:/Date:/Subject:, a reply quoting with `> `, a Date: late in the evening at -0500 whose `From ` line is already the next day",
    render(w, list, rnd) {
      const people = [
        ["Lena Okafor", "lena@foreigndesk.example.net"],
        ["Marco Bellini", "m.bellini@foreigndesk.example.net"],
        ["Sunita Rao", "sunita.rao@foreigndesk.example.net"],
      ] as const;
      list.forEach((a, i) => {
        const [name, address] = people[i % people.length]!;
        const story = randomClock(rnd, 7, 13);
        // A forward goes out a couple of hours after the story, the same day.
        const forwarded = i % 3 === 1;
        const clock = forwarded ? { ...story, hour: story.hour + randomInt(rnd, 1, 4) } : story;
        const zone = oneOf(rnd, ["+0000", "+0100", "+0200"]);
        const headline = forwarded ? `Fwd: ${a.headline}` : a.headline;
        const start = w.line(`From ${address} ${asctime(a.published, clock)}`, `From: ${name} <${address}>`, "To: foreign-desk@lists.example.net");
        const headlineLine = w.line(`Subject: ${headline}`);
        w.line(`Date: ${rfc822(a.published, clock, zone)}`, `Message-ID: <zoo.${idOf(a)}@foreigndesk.example.net>`);
        w.blank();
        if (forwarded) {
          w.line(oneOf(rnd, ["Worth a read before the afternoon meeting.", "For the Friday round-up.", "Passing this on from the wire."]));
          w.blank();
          w.line("---------- Forwarded message ---------", `From: ${a.outlet} <newsroom@${domainOf(a.outlet)}>`);
          w.line(
            `Date: ${weekdayOf(a.published).slice(0, 3)}, ${usDate(a.published).replace(/^(\w{3})\w*/, "$1")} at ${story.hour > 12 ? story.hour - 12 : story.hour}:${pad2(story.minute)} ${story.hour >= 12 ? "PM" : "AM"}`,
          );
          w.line(`Subject: ${a.headline}`, `To: <foreign-desk@lists.example.net>`);
          w.blank();
        }
        const body = bodyLines(a, { gap: true, width: 72, dateline: wireDateline("AFP"), escape: (l) => (l.startsWith("From ") ? `>${l}` : l) });
        w.line(...body);
        w.blank();
        w.line("-- ", `${name} | Foreign desk`);
        w.blank();
        dated(w, a, start, headlineLine, headline);
        if (i !== 0) return;
        // A reply to the first post, sent late in the evening New York time: its From line (UTC) is the next day.
        const [replier, replyAddress] = people[1]!;
        const replyStart = w.line(`From ${replyAddress} ${asctime(addDays(a.published, 1), { hour: 2, minute: 41, second: 9 })}`);
        w.line(`From: ${replier} <${replyAddress}>`, "To: foreign-desk@lists.example.net");
        const replyHeadline = `Re: ${a.headline}`;
        const replyLine = w.line(`Subject: ${replyHeadline}`);
        w.line(`Date: ${rfc822(a.published, { hour: 21, minute: 41, second: 9 }, "-0500")}`, `In-Reply-To: <zoo.${idOf(a)}@foreigndesk.example.net>`);
        w.blank();
        const note = `Thanks, ${name.split(" ")[0]}. The figures in the second paragraph do not match what we were told this morning; I will check them with the desk before we use the story.`;
        w.line(...wrap(note, 72));
        w.blank();
        w.line(`On ${rfc822(a.published, clock, zone).slice(0, 16)}, ${name} <${address}> wrote:`);
        w.line(...body.slice(0, body.indexOf("") + 3).map((l) => (l ? `> ${l}` : ">")));
        w.blank();
        w.line("-- ", `${replier} | Foreign desk`);
        w.blank();
        w.record({ startLine: replyStart, headlineLine: replyLine, headline: replyHeadline, published: a.published });
      });
    },
  },
  // ---------------------------------------------------------------- PDF-to-text
  {
    name: "pdf-clippings",
    kind: "pdf-to-text",
    traits:
      "running head and `Page N of M` on every page, form feeds inside articles, body wrapped at 68, long headlines wrapped over two lines, `By ... | date` lines",
    render(w, list) {
      const items: PageItem[] = [];
      const marks: { article: ZooArticle; headlineItem: number }[] = [];
      list.forEach((a, k) => {
        const headlineItem = items.length;
        const headlineParts = a.headline.length > 44 ? splitInTwo(a.headline) : [a.headline];
        // A typesetter keeps a headline with the lines under it: no page break before the body.
        for (const text of headlineParts) items.push({ text, keepWithNext: true, article: k });
        items.push({ text: `${a.byline ? `By ${a.byline} | ` : ""}${usDate(a.published)}`, keepWithNext: true, article: k });
        items.push({ text: "", article: k });
        for (const line of bodyLines(a, { gap: true, width: 68, dateline: dashDateline })) items.push({ text: line, article: k });
        items.push({ text: "", article: k }, { text: "", article: k });
        marks.push({ article: a, headlineItem });
      });
      const at = paginate(
        w,
        items,
        28,
        () => ["PRESS CLIPPINGS  ·  REGIONAL AFFAIRS  ·  COMPILED FOR INTERNAL USE", ""],
        (page, pages) => ["", rightAligned(`Page ${page} of ${pages}`)],
      );
      for (const { article, headlineItem } of marks) dated(w, article, at[headlineItem]!, at[headlineItem]!);
    },
  },
  {
    name: "pdf-typeset-hyphenated",
    kind: "pdf-to-text",
    traits:
      "headlines set over two or three lines, weekday date line then an upper-case byline, paragraphs indented without blank lines, words hyphenated at line ends, `— 3 —` page numbers",
    render(w, list) {
      const items: PageItem[] = [];
      const marks: { article: ZooArticle; headlineItem: number }[] = [];
      list.forEach((a, k) => {
        const headlineItem = items.length;
        const headlineParts = wrap(a.headline, 36);
        for (const text of headlineParts) items.push({ text, keepWithNext: true, article: k });
        items.push({ text: `${weekdayOf(a.published)}, ${usDate(a.published)}`, keepWithNext: true, article: k });
        if (a.byline) items.push({ text: `By ${upper(a.byline)}`, keepWithNext: true, article: k });
        items.push({ text: "", article: k });
        for (const line of bodyLines(a, { gap: false, width: 60, hyphenate: true, paragraphIndent: "   ", dateline: dashDateline })) {
          items.push({ text: line, article: k });
        }
        items.push({ text: "", article: k }, { text: "", article: k });
        marks.push({ article: a, headlineItem });
      });
      const at = paginate(
        w,
        items,
        30,
        (page) => [page % 2 ? rightAligned("WORLD REPORT  ·  THE YEAR IN REVIEW", 64) : "THE YEAR IN REVIEW  ·  WORLD REPORT", ""],
        (page) => ["", centered(`— ${page} —`, 64)],
      );
      for (const { article, headlineItem } of marks) dated(w, article, at[headlineItem]!, at[headlineItem]!);
    },
  },
  {
    name: "pdf-wire-bulletin-stamps",
    kind: "pdf-to-text",
    traits:
      "a weekly wire bulletin: `XW-4471  SECTION / PLACE` slugs open the items, a headline wrapped over two lines where its second half runs on in lower case, wire datelines, hyphenated line ends, a flush-right closing stamp (`XW 25 Nov 2023 1642 GMT`, `XW/rv 25-11-2023 16:42 GMT`: the item's day, day first), `— n —` page numbers and a running head",
    mustInclude: [dayAbove12],
    render(w, list, rnd) {
      const items: PageItem[] = [];
      const marks: { article: ZooArticle; slugItem: number; headlineItem: number; headline: string }[] = [];
      list.forEach((a, k) => {
        const slugItem = items.length;
        const place = a.dateline ? ` / ${upper(ascii(a.dateline))}` : "";
        items.push({ text: `XW-${4400 + 17 * k}  ${SECTION_NAME[a.topic]}${place}`, keepWithNext: true, article: k });
        const headlineItem = items.length;
        const [first, second] = splitInTwo(a.headline);
        const wrapped = k % 2 === 0 && /^\p{Ll}/u.test(second);
        for (const text of wrapped ? [first, second] : [a.headline]) items.push({ text, keepWithNext: true, article: k });
        const lines = bodyLines(a, {
          gap: false,
          width: 66,
          hyphenate: true,
          dateline: (p) => `${p}, ${MONTHS[dayParts(a.published).month - 1]!.slice(0, 3)} ${dayParts(a.published).day} (XW) – `,
        });
        for (const line of lines.filter((l) => l !== "")) items.push({ text: line, article: k });
        const clock = randomClock(rnd);
        const stamp =
          k % 2 === 0
            ? `XW ${shortUkDate(a.published)} ${pad2(clock.hour)}${pad2(clock.minute)} GMT`
            : `XW/rv ${numericDate(a.published, "day-first", "-")} ${pad2(clock.hour)}:${pad2(clock.minute)} GMT`;
        items.push({ text: rightAligned(stamp, 70), article: k }, { text: "", article: k });
        marks.push({ article: a, slugItem, headlineItem, headline: a.headline });
      });
      const at = paginate(
        w,
        items,
        34,
        () => ["WEEKLY WIRE BULLETIN                                 Issue 47", ""],
        (page) => [centered(`— ${page} —`, 70)],
      );
      for (const { article, slugItem, headlineItem, headline } of marks) dated(w, article, at[slugItem]!, at[headlineItem]!, headline);
    },
  },
  // ---------------------------------------------------------------- id-stamped scraper records
  {
    name: "id-bracket-url-stamp",
    kind: "id-stamped",
    traits: "`[id: 48213]` then the URL, the headline, a `2023-09-09T05:40:00Z` stamp; colon datelines",
    render(w, list, rnd) {
      for (const a of list) {
        const start = w.line(`[id: ${idOf(a)}]`, urlOf(a));
        const headlineLine = w.line(a.headline);
        w.line(isoStamp(a.published, randomClock(rnd, 0, 23)));
        w.blank();
        w.line(...bodyLines(a, { gap: true, dateline: colonDateline }));
        w.blank();
        dated(w, a, start, headlineLine);
      }
    },
  },
  {
    name: "id-pairs-packed",
    kind: "id-stamped",
    traits: "`key=value` record lines (hex id, `2023-09-09T23:40:00-04:00` stamp, host) over the headline; bodies wrapped at 76 and no blank lines anywhere",
    render(w, list, rnd) {
      for (const a of list) {
        const stamp = isoStamp(a.published, randomClock(rnd, 0, 23), oneOf(rnd, ISO_ZONES));
        const start = w.line(`id=${idOf(a).toString(16)} ts=${stamp} src=${domainOf(a.outlet)}`);
        const headlineLine = w.line(a.headline);
        w.line(...bodyLines(a, { gap: false, width: 76, dateline: colonDateline }).filter((line) => line !== ""));
        dated(w, a, start, headlineLine);
      }
    },
  },
  {
    name: "id-pipe-timestamp",
    kind: "id-stamped",
    traits: "`ID 48213 | 2023-09-09T23:40:00-04:00` first (the day as written, not UTC's), then headline, `Source:` and the body without blank lines",
    render(w, list, rnd) {
      for (const a of list) {
        const start = w.line(`ID ${idOf(a)} | ${isoStamp(a.published, randomClock(rnd, 0, 23), oneOf(rnd, ISO_ZONES))}`);
        const headlineLine = w.line(a.headline);
        w.line(`Source: ${a.outlet}`);
        w.line(...bodyLines(a, { gap: false, dateline: wireDateline(oneOf(rnd, ["Reuters", "AFP", "AP"])) }));
        w.blank();
        dated(w, a, start, headlineLine);
      }
    },
  },
  {
    name: "id-tab-keys",
    kind: "id-stamped",
    traits:
      "`#00417<TAB>2023-09-09T23:40:00+05:30` first (the day as written), then lower-case keys and a tab (`outlet`, `section`, `title`, `body`), the body's lines continued after a tab; no blank line and no separator between records",
    render(w, list, rnd) {
      for (const a of list) {
        const start = w.line(`#${String(idOf(a)).padStart(5, "0")}\t${isoStamp(a.published, randomClock(rnd, 0, 23), oneOf(rnd, ISO_ZONES))}`);
        w.line(`outlet\t${a.outlet}`, `section\t${SECTION_NAME[a.topic]}`);
        const headlineLine = w.line(`title\t${a.headline}`);
        const text = (a.dateline ? colonDateline(a.dateline) : "") + paragraphsOf(a).join(" ");
        const [first = "", ...rest] = wrap(text, 70);
        w.line(`body\t${first}`, ...rest.map((line) => `\t${line}`));
        dated(w, a, start, headlineLine);
      }
    },
  },
  {
    name: "id-chevron-at-stamp",
    kind: "id-stamped",
    traits:
      "`>>> 8841207 @ 2023-09-09 05:40:12 UTC src=host` first (a record id, not a quote; the day as written), the headline, one unwrapped line per paragraph, no blank lines",
    render(w, list, rnd) {
      for (const a of list) {
        const start = w.line(
          `>>> ${idOf(a)} @ ${a.published} ${clockText(randomClock(rnd, 0, 23))} UTC src=${domainOf(a.outlet).replace(/\.example\.com$/, "")}`,
        );
        const headlineLine = w.line(a.headline);
        w.line(...bodyLines(a, { gap: false, dateline: wireDateline(oneOf(rnd, ["MW", "AFP", "BNS"])) }).filter((line) => line !== ""));
        dated(w, a, start, headlineLine);
      }
    },
  },
  {
    name: "channel-forwarded-posts",
    kind: "id-stamped",
    traits:
      "a messenger channel's history: banner with the export time, `Channel, [dd.mm.yyyy hh:mm]` opening each post (day first), a `[ Forwarded from Outlet ]` or `↪ Reposted from dd.mm.yyyy` mark under some (neither headline nor date), the `**headline**`, the copy, a tab-indented hashtag line",
    mustInclude: [dayAbove12],
    render(w, list, rnd) {
      const channel = "North Sea Briefs";
      const last = list
        .map((a) => a.published)
        .sort()
        .at(-1)!;
      w.line(`${channel} — channel history`, `Exported ${dottedDate(addDays(last, 1))} 23:40 (UTC+1) · ${list.length} messages · text only`);
      w.blank();
      list.forEach((a, i) => {
        const clock = randomClock(rnd);
        const start = w.line(`${channel}, [${dottedDate(a.published)} ${pad2(clock.hour)}:${pad2(clock.minute)}]`);
        if (i % 3 === 1) w.line(`[ Forwarded from ${a.outlet} ]`);
        if (i % 3 === 2) w.line(`↪ Reposted from ${dottedDate(addDays(a.published, -randomInt(rnd, 1, 4)))}`);
        const headlineLine = w.line(`**${a.headline}**`);
        w.line(...bodyLines(a, { gap: false, width: 72, dateline: dashDateline }).filter((line) => line !== ""));
        w.line(`\t#${a.topic} #news`);
        w.blank();
        dated(w, a, start, headlineLine);
      });
    },
  },
  // ---------------------------------------------------------------- records that open with a URL
  {
    name: "url-key-then-title",
    kind: "url-first",
    traits: "`URL: https://...` first, then the bare headline, `Published:` with a time, `By:`",
    render(w, list, rnd) {
      for (const a of list) {
        const start = w.line(`URL: ${urlOf(a)}`);
        const headlineLine = w.line(a.headline);
        const clock = randomClock(rnd);
        w.line(`Published: ${ukDate(a.published)} ${pad2(clock.hour)}:${pad2(clock.minute)}`);
        if (a.byline) w.line(`By: ${a.byline}`);
        w.blank();
        w.line(...bodyLines(a, { gap: true, dateline: wireDateline("Reuters") }));
        w.blank(2);
        dated(w, a, start, headlineLine);
      }
    },
  },
  {
    name: "bare-url-then-title",
    kind: "url-first",
    traits: "a bare URL line first, then the headline and `By Jane Doe | March 1, 2023` (or the date alone)",
    render(w, list) {
      for (const a of list) {
        const start = w.line(urlOf(a));
        const headlineLine = w.line(a.headline);
        w.line(a.byline ? `By ${a.byline} | ${usDate(a.published)}` : usDate(a.published));
        w.blank();
        w.line(...bodyLines(a, { gap: true, dateline: colonDateline }));
        w.blank();
        dated(w, a, start, headlineLine);
      }
    },
  },
  // ---------------------------------------------------------------- outlet-stamped date lines
  {
    name: "outlet-dash-weekday",
    kind: "outlet-date-line",
    traits: "`Outlet — Monday 6 November 2023` under the headline, CNN-style datelines, `© 2023 Outlet. All rights reserved.` trailers",
    render(w, list) {
      for (const a of list) {
        const headlineLine = w.line(a.headline);
        w.line(`${a.outlet} — ${weekdayOf(a.published)} ${ukDate(a.published)}`);
        w.blank();
        w.line(...bodyLines(a, { gap: true, dateline: (place) => `${placeName(place)} — ` }));
        w.blank();
        w.line(`© ${dayParts(a.published).year} ${a.outlet}. All rights reserved.`);
        w.blank(2);
        dated(w, a, headlineLine, headlineLine);
      }
    },
  },
  {
    name: "outlet-comma-date-glued",
    kind: "outlet-date-line",
    traits: "`Outlet, 9 Nov 2023` under the headline; no blank line between records (a headline follows the last paragraph directly)",
    render(w, list) {
      for (const a of list) {
        const headlineLine = w.line(a.headline);
        w.line(`${a.outlet}, ${shortUkDate(a.published)}`);
        w.blank();
        w.line(...bodyLines(a, { gap: true }));
        dated(w, a, headlineLine, headlineLine);
      }
    },
  },
  {
    name: "byline-pipe-date-read-time",
    kind: "outlet-date-line",
    traits: "`By Jane Doe | March 1, 2023 | 4 min read`; subheads between blank lines that stay sections",
    render(w, list) {
      for (const a of list) {
        const headlineLine = w.line(a.headline);
        const minutes = Math.max(1, Math.round(wordCount(a) / 40));
        w.line(`By ${bylineOrStaff(a)} | ${usDate(a.published)} | ${minutes} min read`);
        w.blank();
        w.line(...bodyLines(a, { gap: true, dateline: colonDateline }));
        w.blank(2);
        dated(w, a, headlineLine, headlineLine);
      }
    },
  },
  {
    name: "date-weekday-outlet-lines",
    kind: "outlet-date-line",
    traits: "`August 21, 2018 Tuesday` then the outlet on its own line under the headline",
    render(w, list) {
      for (const a of list) {
        const headlineLine = w.line(a.headline);
        w.line(`${usDate(a.published)} ${weekdayOf(a.published)}`, a.outlet);
        w.blank();
        w.line(...bodyLines(a, { gap: true, dateline: wireDateline("AP", "—") }));
        w.blank();
        dated(w, a, headlineLine, headlineLine);
      }
    },
  },
  {
    name: "outlet-pipe-date-first",
    kind: "outlet-date-line",
    traits: "`Al Jazeera | 12 March 2021` opens each record (so it is the start), the headline follows",
    render(w, list) {
      for (const a of list) {
        const start = w.line(`${a.outlet} | ${ukDate(a.published)}`);
        const headlineLine = w.line(a.headline);
        w.blank();
        w.line(...bodyLines(a, { gap: true, dateline: colonDateline }));
        w.blank(2);
        dated(w, a, start, headlineLine);
      }
    },
  },
  // ---------------------------------------------------------------- YAML front matter
  {
    name: "front-matter-quoted",
    kind: "front-matter",
    traits: '`---` fences (separators), `title: "..."` in double quotes, `date: 2023-01-02`, `tags: [...]` flow list',
    accepts: (a) => !/["\\]/.test(a.headline),
    render(w, list) {
      for (const a of list) {
        w.line("---");
        const start = w.line(`title: "${a.headline}"`);
        w.line(`date: ${a.published}`);
        if (a.byline) w.line(`author: ${a.byline}`);
        w.line(`tags: [${a.topic}, ${a.region.toLowerCase().replace(/ /g, "-")}]`, "---");
        w.blank();
        w.line(...bodyLines(a, { gap: true, dateline: colonDateline }));
        w.blank();
        dated(w, a, start, start);
      }
    },
  },
  {
    name: "front-matter-layout-first",
    kind: "front-matter",
    traits: "`layout: post` before `title:`, titles plain or double-quoted only where YAML needs it, `date:` with time and offset, block-list tags, CRLF",
    mustInclude: [(a) => a.headline.includes(": ")],
    lineEnd: "\r\n",
    render(w, list, rnd) {
      for (const a of list) {
        w.line("---");
        const start = w.line("layout: post");
        const headlineLine = w.line(`title: ${yamlScalar(a.headline)}`);
        w.line(`date: ${isoStamp(a.published, randomClock(rnd, 0, 23), oneOf(rnd, ISO_ZONES.slice(1)))}`, `source: ${a.outlet}`);
        w.line("tags:", `  - ${a.topic}`, `  - ${a.region.toLowerCase()}`, "---");
        w.line(...bodyLines(a, { gap: true }));
        w.blank();
        dated(w, a, start, headlineLine);
      }
    },
  },
  // ---------------------------------------------------------------- Markdown exports
  {
    name: "markdown-h2-emphasis",
    kind: "markdown",
    traits: "`## Headline`, `*By ...*` and `*March 3, 2022*` lines, `### ` subheads",
    render(w, list) {
      for (const a of list) {
        const headlineLine = w.line(`## ${a.headline}`);
        w.blank();
        if (a.byline) w.line(`*By ${a.byline}*`);
        w.line(`*${usDate(a.published)}*`);
        w.blank();
        w.line(...bodyLines(a, { gap: true, dateline: (place) => `**${place}** — `, subhead: (t) => `### ${t}` }));
        w.blank();
        dated(w, a, headlineLine, headlineLine);
      }
    },
  },
  {
    name: "markdown-h1-rules",
    kind: "markdown",
    traits: "an export banner, `---` rules between records, `# Headline` with `*By ...*` / `*date*` lines",
    render(w, list) {
      w.line("Reading list", `Exported from Pocketbook on 1 February 2025 · ${list.length} articles`);
      w.blank();
      for (const a of list) {
        w.line("---");
        w.blank();
        const headlineLine = w.line(`# ${a.headline}`);
        w.blank();
        if (a.byline) w.line(`*By ${a.byline}*`);
        w.line(`*${usDate(a.published)}*`);
        w.blank();
        w.line(...bodyLines(a, { gap: true, dateline: colonDateline }));
        w.blank();
        dated(w, a, headlineLine, headlineLine);
      }
    },
  },
  {
    name: "markdown-bold-headlines",
    kind: "markdown",
    traits: "`**Headline**` with `_Outlet, 3 March 2022_`; subheads are bold too and stay sections",
    render(w, list) {
      for (const a of list) {
        const headlineLine = w.line(`**${a.headline}**`);
        w.line(`_${a.outlet}, ${ukDate(a.published)}_`);
        w.blank();
        w.line(...bodyLines(a, { gap: true, dateline: colonDateline, subhead: (t) => `**${t}**` }));
        w.blank(2);
        dated(w, a, headlineLine, headlineLine);
      }
    },
  },
  {
    name: "numbered-digest-indented",
    kind: "markdown",
    traits:
      "a digest banner, `1. Headline` items (a headline may itself start with a number), `Outlet · 3 March 2022` and paragraphs indented as list continuations",
    mustInclude: [(a) => /^\d/.test(a.headline)],
    render(w, list) {
      w.line(`Morning digest — ${list.length} stories`);
      w.blank();
      list.forEach((a, i) => {
        const headlineLine = w.line(`${i + 1}. ${a.headline}`);
        w.line(`   ${a.outlet} · ${ukDate(a.published)}`);
        w.blank();
        w.line(...bodyLines(a, { gap: true, indent: "   " }));
        w.blank();
        dated(w, a, headlineLine, headlineLine);
      });
    },
  },
  {
    name: "bracket-counter-digest",
    kind: "markdown",
    traits: "`[3] Headline` items, a bare `16 September 2024` date line, paragraphs without blank lines",
    render(w, list) {
      list.forEach((a, i) => {
        const headlineLine = w.line(`[${i + 1}] ${a.headline}`);
        w.line(ukDate(a.published));
        w.line(...bodyLines(a, { gap: false, dateline: wireDateline("Reuters") }));
        w.blank();
        dated(w, a, headlineLine, headlineLine);
      });
    },
  },
  // ---------------------------------------------------------------- fields on every headline
  {
    name: "headline-dash-outlet",
    kind: "headline-fields",
    traits: "` - Outlet` appended to every headline (some headlines hold dashes themselves), then the URL, `Published 5 March 2021` and a summary",
    mustInclude: [(a) => /\s[–—-]\s/.test(a.headline)],
    render(w, list) {
      for (const a of list) {
        const headlineLine = w.line(`${a.headline} - ${a.outlet}`);
        w.line(urlOf(a), `Published ${ukDate(a.published)}`, paragraphsOf(a)[0]!);
        w.blank();
        dated(w, a, headlineLine, headlineLine);
      }
    },
  },
  {
    name: "headline-pipe-outlet-date",
    kind: "headline-fields",
    traits: "`Headline | Outlet | 12 March 2021`: the date is a field of the headline line",
    render(w, list) {
      for (const a of list) {
        const headlineLine = w.line(`${a.headline} | ${a.outlet} | ${ukDate(a.published)}`);
        w.blank();
        w.line(...bodyLines(a, { gap: true, dateline: colonDateline }));
        w.blank(2);
        dated(w, a, headlineLine, headlineLine);
      }
    },
  },
  {
    name: "headline-section-tag",
    kind: "headline-fields",
    traits: "`[World] ` / `[Sci-Tech] ` tags before every headline, `By Jane Doe — 12 March 2021`",
    render(w, list) {
      for (const a of list) {
        const headlineLine = w.line(`[${LIST_TAG[a.topic]}] ${a.headline}`);
        w.line(`By ${bylineOrStaff(a)} — ${ukDate(a.published)}`);
        w.blank();
        w.line(...bodyLines(a, { gap: true, dateline: wireDateline("AFP") }));
        w.blank();
        dated(w, a, headlineLine, headlineLine);
      }
    },
  },
  // ---------------------------------------------------------------- numeric dates
  {
    name: "numeric-day-first",
    kind: "numeric-dates",
    traits: "`Posted 13/09/2024 08:15 | Outlet`: day-first, shown by a day above 12; ambiguous dates follow the dump",
    mustInclude: [dayAbove12, ambiguousDay],
    render(w, list, rnd) {
      for (const a of list) {
        const headlineLine = w.line(a.headline);
        const clock = randomClock(rnd);
        w.line(`Posted ${numericDate(a.published, "day-first")} ${pad2(clock.hour)}:${pad2(clock.minute)} | ${a.outlet}`);
        w.blank();
        w.line(...bodyLines(a, { gap: true, dateline: colonDateline }));
        w.blank();
        dated(w, a, headlineLine, headlineLine);
      }
    },
  },
  {
    name: "numeric-month-first",
    kind: "numeric-dates",
    traits: "`Title:` / `Date: 09/13/2024` / `Author:` headers, `* * *` separators: month-first, shown by a day above 12 in second place",
    mustInclude: [dayAbove12, ambiguousDay],
    render(w, list) {
      for (const a of list) {
        const start = w.line(`Title: ${a.headline}`);
        w.line(`Date: ${numericDate(a.published, "month-first")}`);
        if (a.byline) w.line(`Author: ${a.byline}`);
        w.blank();
        w.line(...bodyLines(a, { gap: true, dateline: wireDateline("AP", "—") }));
        w.blank();
        w.line("* * *");
        w.blank();
        dated(w, a, start, start);
      }
    },
  },
  // ---------------------------------------------------------------- relative dates with a save time
  {
    name: "relative-saved-page",
    kind: "relative-dates",
    traits: `a \`Saved: ${SAVE_DAY} 10:12\` banner; recent stories say \`2 hours ago\` / \`Updated 3 sec ago\` / \`3 days ago\` (inferred from the save time), older ones an absolute date`,
    accepts: (a) => a.published <= SAVE_DAY,
    mustInclude: [
      (a) => a.published === SAVE_DAY,
      (a) => [1, 2].includes(daysBetween(a.published, SAVE_DAY)),
      (a) => [3, 4, 5, 6].includes(daysBetween(a.published, SAVE_DAY)),
    ],
    order: "newest-first",
    render(w, list, rnd) {
      w.line("Saved from: https://latest.worldwire.example.com/", `Saved: ${SAVE_DAY} 10:12`);
      w.blank();
      for (const a of list) {
        const headlineLine = w.line(a.headline);
        const age = daysBetween(a.published, SAVE_DAY);
        // The page was saved at 10:12, so anything up to ten hours old was published that day.
        const sameDay = ["Updated 3 sec ago", "2 hours ago", "45 min ago", "Updated 56 min 29 sec ago", "9 hours ago", "Updated 4 hours ago"];
        if (age === 0) w.line(oneOf(rnd, sameDay));
        else if (age < 7) w.line(age === 1 ? "1 day ago" : `${age} days ago`);
        else w.line(`Updated ${ukDate(a.published)}`);
        w.blank();
        w.line(...bodyLines(a, { gap: true, dateline: colonDateline }));
        w.blank(2);
        if (age < 7) w.record({ startLine: headlineLine, headlineLine, headline: a.headline, published: null, publishedInferred: a.published });
        else dated(w, a, headlineLine, headlineLine);
      }
    },
  },
  {
    name: "relative-scraped-per-record",
    kind: "relative-dates",
    traits: "`==========` records with `Title:`, a `Scraped at 2023-04-05T10:12:00Z` stamp (not the publication date) and `Updated 3 hours ago` / `2 days ago`",
    render(w, list, rnd) {
      for (const a of list) {
        w.line("=".repeat(10));
        const start = w.line(`Title: ${a.headline}`);
        const daysLater = randomInt(rnd, 0, 3);
        const scrape: Clock = randomClock(rnd, 9, 22);
        w.line(`Scraped at ${isoStamp(addDays(a.published, daysLater), scrape)}`);
        // A story scraped on its own day is less old than the scrape's hour of the day.
        if (daysLater === 0) w.line(`Updated ${randomInt(rnd, 1, scrape.hour - 1)} hours ago`);
        else w.line(daysLater === 1 ? "Updated 1 day ago" : `Updated ${daysLater} days ago`);
        w.blank();
        w.line(...bodyLines(a, { gap: true, dateline: wireDateline("Reuters") }));
        w.blank();
        w.record({ startLine: start, headlineLine: start, headline: a.headline, published: null, publishedInferred: a.published });
      }
    },
  },
  // ---------------------------------------------------------------- the families News Lens knew first
  {
    name: "scraper-sample-style",
    kind: "scraper-page",
    traits:
      "the sample's layout: headline, copies of it, caption, `Short Url`, `Updated 19 February 2024`, `Follow`, `  • ` bullets, `CITY:` dateline, subheads with a blank line above",
    render(w, list, rnd) {
      for (const a of list) {
        const headlineLine = w.line(a.headline);
        w.blank();
        w.line(a.headline);
        if (a.dateline && rnd() < 0.7) w.line(`A general view of ${placeName(a.dateline)}. (${oneOf(rnd, ["REUTERS", "AFP", "AP"])})`);
        w.line("Short Url", `Updated ${ukDate(a.published)}`, "Follow");
        w.blank();
        w.line(a.headline);
        w.blank();
        w.line(a.headline);
        const paragraphs = paragraphsOf(a);
        if (paragraphs.length >= 3) w.line(`  • ${firstSentence(paragraphs[paragraphs.length - 1]!)}`);
        w.blank();
        w.line(...bodyLines(a, { gap: false, dateline: colonDateline }));
        w.blank(2);
        dated(w, a, headlineLine, headlineLine);
      }
    },
  },
  {
    name: "separator-title-headers",
    kind: "header-block",
    traits: "`==========` separators, `Title:` / `Date:` (RFC 822) / `Source:` / `By:` / `URL:` headers, wire datelines",
    render(w, list, rnd) {
      for (const a of list) {
        w.line("=".repeat(10));
        const start = w.line(`Title: ${a.headline}`);
        w.line(`Date: ${rfc822(a.published, randomClock(rnd), "GMT")}`, `Source: ${a.outlet}`);
        if (a.byline) w.line(`By: ${a.byline}`);
        w.line(`URL: ${urlOf(a)}`);
        w.blank();
        w.line(...bodyLines(a, { gap: false, dateline: wireDateline(oneOf(rnd, ["Reuters", "AP"]), oneOf(rnd, ["-", "—"])) }));
        dated(w, a, start, start);
      }
    },
  },
  {
    name: "blank-lines-byline-date",
    kind: "blank-lines",
    traits: "headline, `By Jane Doe` and `May 21, 2024` on lines of their own, everything separated by single blank lines; subheads stay sections",
    render(w, list) {
      for (const a of list) {
        const headlineLine = w.line(a.headline);
        if (a.byline) w.line(`By ${a.byline}`);
        w.line(usDate(a.published));
        w.blank();
        w.line(...bodyLines(a, { gap: true, dateline: colonDateline }));
        w.blank();
        dated(w, a, headlineLine, headlineLine);
      }
    },
  },
  {
    name: "wire-copy-trailers",
    kind: "wire-copy",
    traits:
      "headline, `PARIS, June 10 (Reuters) -` or `PARIS (Reuters) -` (no year: no publication date), paragraphs without blank lines, `Reporting by ...; Editing by ...` / `Writing by ...` trailers",
    accepts: (a) => a.dateline !== undefined,
    render(w, list, rnd) {
      for (const a of list) {
        const headlineLine = w.line(a.headline);
        const p = dayParts(a.published);
        const agency = oneOf(rnd, ["Reuters", "AFP"]);
        const withDay = rnd() < 0.6;
        w.line(
          ...bodyLines(a, { gap: false, dateline: (place) => `${place}${withDay ? `, ${MONTH_ABBREVIATIONS[p.month - 1]} ${p.day}` : ""} (${agency}) - ` }),
        );
        const editor = oneOf(rnd, EDITORS);
        w.line(rnd() < 0.5 ? `Reporting by ${bylineOrStaff(a)}; Editing by ${editor}` : `Writing by ${bylineOrStaff(a)}; editing by ${editor}`);
        w.blank();
        w.record({ startLine: headlineLine, headlineLine, headline: a.headline, published: null });
      }
    },
  },
  {
    name: "wire-slug-transmission-stamp",
    kind: "wire-copy",
    traits:
      "AP slug `BC-Kenya-Election,0412` first, `By NAME` / `Associated Press`, indented paragraphs, a closing month-first stamp `AP-WS-08-13-22 1412GMT` as the date",
    accepts: (a) => a.dateline !== undefined,
    mustInclude: [dayAbove12],
    render(w, list, rnd) {
      for (const a of list) {
        const slugWords = ascii(a.headline)
          .replace(/[^A-Za-z0-9 ]/g, "")
          .split(" ")
          .filter((x) => x.length > 3)
          .slice(0, 2);
        const start = w.line(`BC-${slugWords.join("-")},${String(wordCount(a)).padStart(4, "0")}`);
        const headlineLine = w.line(a.headline);
        if (a.byline) w.line(`By ${upper(a.byline)}`);
        w.line("Associated Press");
        w.blank();
        w.line(...bodyLines(a, { gap: false, indent: "  ", dateline: wireDateline("AP", "—") }));
        w.blank();
        const clock = randomClock(rnd, 0, 23);
        w.line(`AP-WS-${numericDate(a.published, "month-first", "-", true)} ${pad2(clock.hour)}${pad2(clock.minute)}GMT`);
        w.blank();
        dated(w, a, start, headlineLine);
      }
    },
  },
  // ---------------------------------------------------------------- monitoring reports and chat shares
  {
    name: "monitoring-report-sections",
    kind: "pdf-to-text",
    traits:
      "a media-monitoring report: a cover and a contents page (dotted leaders, page numbers) before the records, a form feed and `SECTION n | DESK` opening each article's page, aligned `Publication:`/`Date:` (day first)/`Circulation:`/`AVE:`/`Tone:` fields, the headline under them, a `- n -` footer",
    mustInclude: [dayAbove12],
    render(w, list, rnd) {
      w.line(
        "CLIPSTREAM MONITORING",
        "Media coverage report",
        "Client: Harbour & Vale LLP",
        `Prepared: ${numericDate(addDays(list[0]!.published, 1), "day-first")} 08:30`,
      );
      w.blank();
      w.line("\f", "CONTENTS", "");
      w.line(...list.map((a, i) => `${i + 1}. ${a.headline} ${".".repeat(Math.max(4, 70 - a.headline.length))} ${i + 2}`));
      w.blank();
      w.line(centered("- 1 -"));
      list.forEach((a, i) => {
        w.line("\f");
        const start = w.line(`SECTION ${i + 1} | ${upper(LIST_TAG[a.topic])}`);
        w.line(
          `Publication:  ${a.outlet}`,
          `Date:         ${numericDate(a.published, "day-first")}`,
          `Circulation:  ${40 + 7 * i},000`,
          `AVE:          USD ${12 + i},500`,
          `Author:       ${bylineOrStaff(a)}`,
          `Tone:         ${oneOf(rnd, ["Neutral", "Positive", "Negative"])}`,
        );
        w.blank();
        const headlineLine = w.line(a.headline);
        w.blank();
        w.line(...bodyLines(a, { gap: false, width: 70, dateline: dashDateline }));
        w.blank();
        w.line(centered(`- ${i + 2} -`));
        dated(w, a, start, headlineLine);
      });
    },
  },
  {
    name: "chat-share-export",
    kind: "id-stamped",
    traits:
      "a chat export (Android): `dd/mm/yyyy, hh:mm - Name: Shared from App` opens each share, then the headline, `Outlet · 3h ago` or `Outlet · 4 Mar 2024`, a link, the first paragraph, replies and `Sent from my iPhone` under it, no blank lines; ages count from the share time, across midnight too",
    mustInclude: [dayAbove12],
    render(w, list, rnd) {
      const people = ["Amara Diallo", "Kenji Mori", "Lucía Pérez"];
      const apps = ["Google News", "Flipboard", "Chrome", "Feedly"];
      const stamp = (day: string, hour: number, minute: number) => `${numericDate(day, "day-first")}, ${pad2(hour)}:${pad2(minute)}`;
      w.line(`${stamp(list[0]!.published, 7, 58)} - Messages and calls are end-to-end encrypted.`);
      list.forEach((a, i) => {
        // every other share gives the outlet's age; one of those is shared after midnight, the story from the evening before
        const relative = i % 2 === 0;
        const overnight = relative && i % 4 === 2;
        const shareDay = overnight ? addDays(a.published, 1) : a.published;
        const hour = overnight ? 6 : 20;
        const age = overnight ? 9 : randomInt(rnd, 1, 8);
        const sender = people[i % people.length]!;
        const start = w.line(`${stamp(shareDay, hour, 10 + i)} - ${sender}: Shared from ${oneOf(rnd, apps)}`);
        const headlineLine = w.line(a.headline);
        w.line(relative ? `${a.outlet} · ${age}h ago` : `${a.outlet} · ${shortUkDate(a.published)}`, urlOf(a), paragraphsOf(a)[0]!);
        if (i % 3 === 0) w.line("Sent from my iPhone");
        w.line(`${stamp(shareDay, hour, 20 + i)} - ${people[(i + 1) % people.length]!}: ${oneOf(rnd, ["worth a read", "same story as last week tbh", "👍"])}`);
        w.record({
          startLine: start,
          headlineLine,
          headline: a.headline,
          published: relative ? null : a.published,
          publishedInferred: relative ? a.published : null,
        });
      });
    },
  },
  // ---------------------------------------------------------------- official notices, faxes, clipping books, link aggregators
  {
    name: "gazette-notices",
    kind: "pdf-to-text",
    traits:
      "an official gazette: an issue banner (title, volume, place and issue date), `GAZETTE NOTICE NO. n` opening each notice, its title in capitals, paragraphs set in two spaces, `Dated the 5th March, 2024.` (the notice's date, not the issue's) over a right-aligned signature",
    order: "oldest-first",
    render(w, list, rnd) {
      const issue = addDays(list[list.length - 1]!.published, 3);
      w.line(
        centered("THE REPUBLIC GAZETTE"),
        centered("Published by Authority"),
        `Vol. CXII—No. ${randomInt(rnd, 10, 60)}          NAIROBI, ${ordinalDate(issue)}          Price Sh. 60`,
      );
      w.blank();
      list.forEach((a, i) => {
        const start = w.line(`GAZETTE NOTICE NO. ${2800 + 37 * i}`);
        const headlineLine = w.line(upper(a.headline));
        w.line(...bodyLines(a, { gap: false, width: 72, paragraphIndent: "  " }));
        w.blank();
        w.line(
          `Dated the ${ordinalDate(a.published)}.`,
          rightAligned(`${upper(bylineOrStaff(a))},`, 70),
          rightAligned(oneOf(rnd, ["Cabinet Secretary.", "Registrar.", "Director-General."]), 70),
        );
        w.blank();
        w.record({ startLine: start, headlineLine, headline: upper(a.headline), published: a.published });
      });
    },
  },
  {
    name: "fax-press-releases",
    kind: "id-stamped",
    traits:
      "faxed press releases: the fax header (`MAR-05-2024 21:40  FROM:…  +44 …  TO:NEWSDESK  P.01/02`) opens each and dates it, repeated mid-sentence on a second page, `FOR IMMEDIATE RELEASE` above the title in capitals, `Place, 5 March 2024 - ` opening the text, a contact line",
    render(w, list, rnd) {
      list.forEach((a, i) => {
        const p = dayParts(a.published);
        const pages = i % 2 === 0 ? 2 : 1;
        const clock = randomClock(rnd, 8, 20);
        const header = (page: number) =>
          `${upper(MONTHS[p.month - 1]!.slice(0, 3))}-${pad2(p.day)}-${p.year} ${pad2(clock.hour)}:${pad2(clock.minute + page - 1)}  FROM:${upper(ascii(a.outlet))} PRESS  +44 20 7946 0${100 + i}    TO:NEWSDESK    P.0${page}/0${pages}`;
        const start = w.line(header(1));
        w.line(oneOf(rnd, ["FOR IMMEDIATE RELEASE", "PRESS RELEASE", "For Immediate Release"]));
        const headlineLine = w.line(upper(a.headline));
        const body = bodyLines(a, { gap: false, width: 76, dateline: (place) => `${placeName(place)}, ${ukDate(a.published)} - ` }).filter((l) => l !== "");
        const cut = pages === 2 ? Math.min(3, body.length - 1) : body.length;
        w.line(...body.slice(0, cut));
        if (pages === 2) w.line(header(2), ...body.slice(cut));
        w.line(`Media contact: Press Office, ${a.outlet}`);
        w.blank();
        w.record({ startLine: start, headlineLine, headline: upper(a.headline), published: a.published });
      });
    },
  },
  {
    name: "cuttings-book-index",
    kind: "pdf-to-text",
    traits:
      "a scanned clipping book (CRLF): a banner giving the book's span (`PRESS CUTTINGS  1.1.24 – 30.4.24`), a form feed per page, a typed index line `p. 9        The Herald        19.2.24` (day first, two-digit year) opening each cutting and dating it, the headline in capitals, a byline, text wrapped at 64 columns",
    order: "oldest-first",
    lineEnd: "\r\n",
    render(w, list, rnd) {
      const short = (iso: string) => ((d) => `${d.day}.${d.month}.${pad2(d.year % 100)}`)(dayParts(iso));
      w.line(
        `            PRESS CUTTINGS  ${short(list[0]!.published)} – ${short(list[list.length - 1]!.published)}`,
        "            Cuttings  ·  Vol. II  ·  typed index",
      );
      for (const a of list) {
        w.line("\f");
        const start = w.line(`p. ${randomInt(rnd, 2, 40)}${" ".repeat(8)}${a.outlet}${" ".repeat(8)}${short(a.published)}`);
        const headlineLine = w.line(upper(a.headline));
        if (a.byline) w.line(`By ${a.byline}`);
        w.line(...bodyLines(a, { gap: false, width: 64, dateline: colonDateline }));
        w.record({ startLine: start, headlineLine, headline: upper(a.headline), published: a.published });
      }
    },
  },
  {
    name: "link-aggregator-front-page",
    kind: "relative-dates",
    traits:
      "a link aggregator's front page (BOM): a snapshot's Unix time in the banner, `  3. ▲ Title (site)` per story (rank, vote arrow and site no part of the headline), `  412 points by user 2 days ago | hide | 97 comments` (the age counts from the snapshot, in UTC), the fetched text indented",
    accepts: (a) => a.published <= SAVE_DAY && daysBetween(a.published, SAVE_DAY) <= 6,
    bom: true,
    render(w, list, rnd) {
      const snapshot: Clock = { hour: 10, minute: 12, second: 0 };
      w.line(
        "Tech Links | new | past | comments | ask | show",
        `front page snapshot  t=${unixTime(SAVE_DAY, snapshot)}  (${list.length} stories, article text fetched)`,
      );
      w.blank();
      list.forEach((a, i) => {
        const days = daysBetween(a.published, SAVE_DAY);
        const age = days === 0 ? `${randomInt(rnd, 1, 9)} hours ago` : days === 1 ? "1 day ago" : `${days} days ago`;
        const start = w.line(`${String(i + 1).padStart(3)}. ▲ ${a.headline} (${domainOf(a.outlet).replace(/\.example\.com$/, ".example")})`);
        w.line(
          `       ${randomInt(rnd, 40, 1900)} points by ${oneOf(rnd, ["orbit_nerd", "fabless", "dang_it", "wafer", "kiwi_dev"])} ${age} | hide | ${randomInt(rnd, 2, 900)} comments`,
        );
        w.blank();
        w.line(...bodyLines(a, { gap: false, width: 80, indent: "       ", dateline: wireDateline("Reuters") }));
        w.blank();
        w.record({ startLine: start, headlineLine: start, headline: a.headline, published: null, publishedInferred: a.published });
      });
    },
  },
  {
    name: "scraper-run-log",
    kind: "id-stamped",
    traits:
      'a scraper\'s log: a run banner, per record `HH:MM:SS INFO  fetch url=… status=200`, `… INFO  parse title="…" published="…" author="…"` (quotes in the title escaped), the body wrapped at 78 columns without a blank line, `… DEBUG done id=N words=N`',
    render(w, list, rnd) {
      w.line(`# scrapekit 0.9 run=${randomInt(rnd, 1000, 9999)} started ${SAVE_DAY}T05:00:00Z workers=2`);
      w.blank();
      list.forEach((a, i) => {
        const time = `05:${pad2(i)}:${pad2(randomInt(rnd, 0, 59))}`;
        const start = w.line(`${time} INFO  fetch url=${urlOf(a)} status=200 bytes=${randomInt(rnd, 900, 20000)}`);
        const title = a.headline.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
        const headlineLine = w.line(
          `${time} INFO  parse title="${title}" published="${isoStamp(a.published, randomClock(rnd), "Z")}"${a.byline ? ` author="${a.byline}"` : ""}`,
        );
        w.line(...bodyLines(a, { gap: false, width: 78, dateline: dashDateline }).filter((l) => l !== ""));
        w.line(`${time} DEBUG done id=${idOf(a)} words=${wordCount(a)}`);
        w.blank();
        dated(w, a, start, headlineLine);
      });
    },
  },
  {
    name: "monitoring-translated-reports",
    kind: "wire-copy",
    traits:
      "a media-monitoring service's translated reports: the headline, `Text of report by … on 14 May` (no year), the body, the closing credit `Source: Outlet, in Language [1400 gmt] 14 May 24` that dates the report, `(Description of Source: …)`, a rule of underscores between reports",
    render(w, list, rnd) {
      list.forEach((a, i) => {
        const { day, month, year } = dayParts(a.published);
        const headlineLine = w.line(a.headline);
        w.line(`Text of report by ${oneOf(rnd, ["state-owned", "privately-owned", "independent"])} ${a.outlet} website on ${day} ${MONTHS[month - 1]}`);
        w.line(...bodyLines(a, { gap: false, width: 88, dateline: colonDateline }).filter((l) => l !== ""));
        const time = oneOf(rnd, ["", `${pad2(randomInt(rnd, 5, 22))}00 gmt `]);
        w.line(
          `Source: ${a.outlet}, in ${oneOf(rnd, ["English", "French", "Arabic", "Portuguese", "Swahili"])} ${time}${day} ${MONTHS[month - 1]!.slice(0, 3)} ${String(year).slice(2)}`,
        );
        w.line(`(Description of Source: ${oneOf(rnd, ["Privately-owned daily", "State-owned news agency", "Independent news website"])})`);
        if (i < list.length - 1) w.line("", "________________________________________", "");
        dated(w, a, headlineLine, headlineLine);
      });
    },
  },
  // ---------------------------------------------------------------- mixes
  {
    name: "glued-headers-tabs",
    kind: "mix",
    traits: "`Title:\\t` / `Date:\\t` / `Source:\\t` headers with tabs and trailing spaces, no blank line anywhere (records, headers and paragraphs glued)",
    render(w, list, rnd) {
      for (const a of list) {
        const start = w.line(`Title:\t${a.headline}${oneOf(rnd, ["", "  ", "\t"])}`);
        w.line(`Date:\t${a.published}   `, `Source:\t${a.outlet}`);
        w.line(
          ...bodyLines(a, { gap: false, dateline: colonDateline })
            .filter((l) => l !== "")
            .map((l, i) => (i % 2 ? `${l} ` : l)),
        );
        dated(w, a, start, start);
      }
    },
  },
  {
    name: "hard-wrapped-72-bom-crlf",
    kind: "mix",
    traits: "UTF-8 BOM, CRLF, an export banner, `12 March 2021 | By Jane Doe` after a blank line, bodies hard-wrapped at 72 columns, subheads",
    lineEnd: "\r\n",
    bom: true,
    render(w, list) {
      w.line(`Clipper 3.2 export - ${list.length} items - 2025-02-03`);
      w.blank();
      for (const a of list) {
        const headlineLine = w.line(a.headline);
        w.blank();
        w.line(a.byline ? `${ukDate(a.published)} | By ${a.byline}` : ukDate(a.published));
        w.blank();
        w.line(...bodyLines(a, { gap: true, width: 72, dateline: colonDateline }));
        w.blank(2);
        dated(w, a, headlineLine, headlineLine);
      }
    },
  },
  {
    name: "csv-quoted-rows",
    kind: "table",
    traits:
      "a CSV export: a row of quoted column names, one row per article, quotes doubled inside cells, the body cell running on over lines (its paragraphs, no blank line), timestamps in several forms, a scrape time column",
    render(w, list, rnd) {
      const cell = (text: string) => `"${text.replace(/"/g, '""')}"`;
      w.line(["id", "section", "title", "published_at", "url", "scraped_at", "body"].map(cell).join(","));
      for (const a of list) {
        const clock = randomClock(rnd);
        const stamp = oneOf(rnd, [
          isoStamp(a.published, clock, oneOf(rnd, ISO_ZONES)),
          rfc822(a.published, clock),
          usDate(a.published),
          String(unixTime(a.published, clock)),
        ]);
        const body = bodyLines(a, { gap: false, dateline: dashDateline }).filter((l) => l !== "");
        const cells = [String(idOf(a)), LIST_TAG[a.topic], a.headline, stamp, urlOf(a), `${addDays(a.published, 2)} 06:00`].map(cell);
        const lines = `${cells.join(",")},${cell(body.join("\n"))}`.split("\n");
        const start = w.line(...lines);
        dated(w, a, start, start);
      }
    },
  },
  {
    name: "tsv-sheet-day-first",
    kind: "table",
    traits:
      "a spreadsheet saved as tab-separated text: column names in another order, no quotes, `dd/mm/yyyy` dates (day first), the body one cell on one line, a title line above the table",
    mustInclude: [dayAbove12, ambiguousDay],
    render(w, list) {
      w.line(`Press cuttings ${list.length} rows`);
      w.line(["Source", "Date", "Headline", "Byline", "Text"].join("\t"));
      for (const a of list) {
        const body = bodyLines(a, { gap: false, dateline: colonDateline }).filter((l) => l !== "");
        const start = w.line([a.outlet, numericDate(a.published, "day-first"), a.headline, bylineOrStaff(a), body.join(" ")].join("\t"));
        dated(w, a, start, start);
      }
    },
  },
  // ---------------------------------------------------------------- tools set up in other locales
  ...LOCALE_DATES.map(
    (locale): ZooTemplate => ({
      name: `outlet-local-weekday-${locale.language}`,
      kind: "outlet-date-line",
      traits: `\`Outlet | ${locale.sample}\` under the headline: a weekday and a month abbreviated as a ${locale.name} setup writes them, an em-dash dateline`,
      render(w, list) {
        for (const a of list) {
          const headlineLine = w.line(a.headline);
          w.line(`${a.outlet} | ${localDate(locale, a.published)}`);
          w.line(...bodyLines(a, { gap: false, dateline: (place) => `${upper(placeName(place))} — ` }));
          w.blank();
          dated(w, a, headlineLine, headlineLine);
        }
      },
    }),
  ),
  {
    name: "news-api-upper-glued",
    kind: "feed-reader",
    traits:
      "a news API's articles printed with its schema's keys in capitals (`SOURCE.NAME:`, `URLTOIMAGE:`, `PUBLISHEDAT:`), the content cut with `… [+N chars]`, no blank line between records, BOM",
    bom: true,
    render(w, list, rnd) {
      for (const a of list) {
        const start = w.line(`SOURCE.NAME: ${a.outlet}`, `AUTHOR: ${a.byline ?? a.outlet}`);
        const headlineLine = w.line(`TITLE: ${a.headline}`);
        const lead = paragraphsOf(a)[0]!;
        w.line(
          `DESCRIPTION: ${firstSentence(lead)}`,
          `URL: ${urlOf(a)}`,
          `URLTOIMAGE: https://img.${domainOf(a.outlet)}/${idOf(a)}.jpg`,
          `PUBLISHEDAT: ${isoStamp(a.published, randomClock(rnd, 4, 22))}`,
          `CONTENT: ${lead.slice(0, 180).replace(/\s+\S*$/, "")}… [+${randomInt(rnd, 900, 4200)} chars]`,
        );
        dated(w, a, start, headlineLine);
      }
    },
  },
  // ---------------------------------------------------------------- core kinds in other products' variants
  {
    name: "bracketed-field-codes",
    kind: "archive-export",
    traits:
      "an export banner, then `[RID]`, `[TTL]`, `[AUT]`, `[PUB]`, `[PDT] 03.11.2026` (day first), `[TXT]` and the body, a `[CPR] Copyright …` line closing each record, CRLF",
    lineEnd: "\r\n",
    mustInclude: [(a) => dayParts(a.published).day > 12],
    render(w, list, rnd) {
      w.line(`NewsVault Archive -- Export of ${list.length} records`, `Exported ${dottedDate(SAVE_DAY)} by user desk-${randomInt(rnd, 10, 99)}`);
      w.blank();
      for (const a of list) {
        const start = w.line(`[RID] NVA-${a.published}-${idOf(a)}`);
        const headlineLine = w.line(`[TTL] ${a.headline}`);
        if (a.byline) w.line(`[AUT] ${a.byline}`);
        w.line(`[PUB] ${a.outlet}`, `[PDT] ${dottedDate(a.published)}`, `[WCT] ${wordCount(a)}`, "[TXT]");
        w.line(...bodyLines(a, { gap: false, dateline: dashDateline }));
        w.line(`[CPR] Copyright ${a.published.slice(0, 4)} ${a.outlet}. All rights reserved.`);
        w.blank();
        dated(w, a, start, headlineLine);
      }
    },
  },
  {
    name: "starred-items-tabbed",
    kind: "feed-reader",
    traits:
      "a reader's starred items: `★ Headline`, tab-indented `Feed:`, `Link:`, `Posted: 19/11/2026 4:12 p.m.` (day first) and `Starred:` (a save time), dash rules between items",
    mustInclude: [(a) => dayParts(a.published).day > 12],
    render(w, list, rnd) {
      const rule = "-".repeat(60);
      w.line(`Kiwi Reader — Starred items (${list.length})`, rule);
      for (const a of list) {
        const start = w.line(`★ ${a.headline}`);
        w.line(
          `\tFeed:\t${a.outlet}`,
          `\tLink:\t${urlOf(a)}`,
          `\tPosted:\t${slashDate(a.published)} ${twelveHour(randomClock(rnd))}`,
          `\tStarred:\t${slashDate(SAVE_DAY)} ${twelveHour(randomClock(rnd))}`,
        );
        w.blank();
        w.line(...bodyLines(a, { gap: false, dateline: colonDateline }));
        w.blank();
        w.line(rule);
        dated(w, a, start, start);
      }
    },
  },
  {
    name: "digest-message-numbers",
    kind: "mail-archive",
    traits:
      "a mailing-list digest: banner and `Today's Topics` list, then `Message: N`, an RFC 822 `Date:`, `From:`, `Subject: [List] Headline`, a quoted line and a `-- ` signature, rules of dashes",
    render(w, list, rnd) {
      w.line("Send Policy-Desk mailing list submissions to", "\tpolicy-desk@lists.example.org", "Policy-Desk Digest, Vol 7, Issue 31");
      w.blank();
      w.line("Today's Topics:");
      w.blank();
      for (const [i, a] of list.entries()) w.line(`   ${i + 1}. ${a.headline}`);
      w.blank();
      w.line("-".repeat(70));
      w.blank();
      list.forEach((a, i) => {
        const start = w.line(`Message: ${i + 1}`, `Date: ${rfc822(a.published, randomClock(rnd), "+0200")}`);
        w.line(`From: ${bylineOrStaff(a)} <desk@${domainOf(a.outlet)}>`);
        const headlineLine = w.line(`Subject: [Policy-Desk] ${a.headline}`);
        w.blank();
        w.line(...bodyLines(a, { gap: true, dateline: dashDateline }));
        w.blank();
        w.line("> Any word from the ministry on this?", "", "-- ", bylineOrStaff(a));
        w.blank();
        w.line("-".repeat(30));
        w.blank();
        dated(w, a, start, headlineLine);
      });
    },
  },
  {
    name: "id-between-marks",
    kind: "id-stamped",
    traits:
      "`<<< 000481 | 2026-11-18 21:55:09Z >>>` first, then padded `outlet     = …`, `title      = …`, `byline     = …`, `body       =` and the body indented",
    render(w, list, rnd) {
      for (const a of list) {
        const start = w.line(`<<< ${idOf(a)} | ${a.published} ${clockText(randomClock(rnd, 0, 23))}Z >>>`, `outlet     = ${a.outlet}`);
        const headlineLine = w.line(`title      = ${a.headline}`);
        w.line(`byline     = ${bylineOrStaff(a)}`, "body       =");
        w.line(...bodyLines(a, { gap: false, dateline: dashDateline }).map((l) => `  ${l}`));
        w.blank();
        dated(w, a, start, headlineLine);
      }
    },
  },
  {
    name: "outlet-weekday-time",
    kind: "outlet-date-line",
    traits: "headline, then `Outlet | Weekday, 22 November 2026 | 08:41`, a blank line, the body; blank lines between stories",
    render(w, list, rnd) {
      for (const a of list) {
        const start = w.line(a.headline);
        const clock = randomClock(rnd);
        w.line(`${a.outlet} | ${weekdayOf(a.published)}, ${ukDate(a.published)} | ${pad2(clock.hour)}:${pad2(clock.minute)}`);
        w.blank();
        w.line(...bodyLines(a, { gap: false, dateline: dashDateline }));
        w.blank();
        dated(w, a, start, start);
      }
    },
  },
  {
    name: "feed-reader-bracketed-keys",
    kind: "feed-reader",
    traits:
      "a reader's export of keys in square brackets before a tab (CRLF): a banner, then `[Feed]`, `[Item]` (the headline), `[Link]`, `[Posted]` day first with its time, `[Author]` when known, `[Tags]`, the text; blank lines between items",
    lineEnd: "\r\n",
    mustInclude: [dayAbove12],
    render(w, list, rnd) {
      w.line(`Reader export — saved items (${list.length}, locale en-GB)`);
      w.blank();
      for (const a of list) {
        const clock = randomClock(rnd);
        const start = w.line(`[Feed]\t${a.outlet}`);
        const headlineLine = w.line(`[Item]\t${a.headline}`);
        w.line(`[Link]\t${urlOf(a)}`, `[Posted]\t${numericDate(a.published, "day-first")} ${pad2(clock.hour)}:${pad2(clock.minute)}`);
        if (a.byline) w.line(`[Author]\t${a.byline}`);
        w.line(`[Tags]\t${a.topic}, ${SECTION_NAME[a.topic].toLowerCase()}`);
        w.line(...bodyLines(a, { gap: false, dateline: dashDateline }));
        w.blank();
        dated(w, a, start, headlineLine);
      }
    },
  },
  {
    name: "mail-list-footer-rules",
    kind: "mail-archive",
    traits:
      "a list's thread export: messages between `====` rules, `Message-Id`, `From`, `Date`, `Subject: [desk-l] …` (the headline without the tag), the text, a `-- ` signature, then the list software's footer under a `____` rule (`desk-l mailing list`, the list's address, its listinfo link), which closes the message",
    render(w, list, rnd) {
      const posters = ["Amira Haddad", "Tom Whitfield", "Grace Mensah"];
      w.line("desk-l archive — thread export");
      list.forEach((a, i) => {
        const name = oneOf(rnd, posters);
        const clock = randomClock(rnd, 6, 21);
        w.line("=".repeat(60));
        const start = w.line(`Message-Id: <desk-${i + 1}.${idOf(a)}@lists.example.org>`);
        w.line(`From: ${name} <${name.split(" ")[0]!.toLowerCase()}@example.org>`, `Date: ${rfc822(a.published, clock, oneOf(rnd, ZONES))}`);
        const headlineLine = w.line(`Subject: [desk-l] ${a.headline}`);
        w.blank();
        w.line(...bodyLines(a, { gap: true, width: 72, dateline: wireDateline("AP") }));
        w.blank();
        w.line("-- ", name);
        w.line("_".repeat(47), "desk-l mailing list", "desk-l@lists.example.org", "https://lists.example.org/mailman/listinfo/desk-l");
        dated(w, a, start, headlineLine);
      });
    },
  },
];

/** `5th March, 2024`: a day with its ordinal suffix, as official notices write it. */
function ordinalDate(iso: string): string {
  const p = dayParts(iso);
  const suffix = p.day % 10 === 1 && p.day !== 11 ? "st" : p.day % 10 === 2 && p.day !== 12 ? "nd" : p.day % 10 === 3 && p.day !== 13 ? "rd" : "th";
  return `${p.day}${suffix} ${MONTHS[p.month - 1]}, ${p.year}`;
}

/** Seconds since 1970 of a day and time in UTC, as a Unix timestamp field gives them. */
function unixTime(iso: string, clock: Clock): number {
  const p = dayParts(iso);
  return Date.UTC(p.year, p.month - 1, p.day, clock.hour, clock.minute, clock.second) / 1000;
}

/** Folds a long mail header at the last space before column 78 (RFC 5322): the rest goes on a line that starts with a space. */
function foldHeader(header: string): string[] {
  const cut = header.lastIndexOf(" ", 77);
  return [header.slice(0, cut), header.slice(cut)];
}

// ---- selection and rendering

/** 5 to 8 articles for a template, chosen by a generator seeded with its name. */
export function chooseArticles(template: ZooTemplate, rnd: Random): ZooArticle[] {
  const eligible = pool.filter(template.accepts ?? (() => true));
  const count = randomInt(rnd, 5, 8);
  const chosen: ZooArticle[] = [];
  for (const required of template.mustInclude ?? []) {
    if (chosen.some(required)) continue;
    const candidates = eligible.filter((a) => required(a) && !chosen.includes(a));
    if (candidates.length === 0) throw new Error(`${template.name}: no article in the pool fits one of its required kinds`);
    chosen.push(oneOf(rnd, candidates));
  }
  for (const a of shuffled(
    rnd,
    eligible.filter((x) => !chosen.includes(x)),
  )) {
    if (chosen.length >= count) break;
    chosen.push(a);
  }
  if (chosen.length < 5) throw new Error(`${template.name}: only ${chosen.length} articles fit`);
  const order = template.order ?? "chosen";
  if (order === "chosen") return shuffled(rnd, chosen);
  const byDate = [...chosen].sort((x, y) => x.published.localeCompare(y.published));
  return order === "oldest-first" ? byDate : byDate.reverse();
}

export function renderTemplate(template: ZooTemplate): ZooDump {
  const rnd = seededRandom(template.name);
  const writer = new DumpWriter();
  template.render(writer, chooseArticles(template, rnd), rnd);
  return { name: template.name, kind: template.kind, text: writer.text(template.lineEnd ?? "\n", template.bom ?? false), truth: writer.truth };
}

/** Every template rendered: the same text and truth on every call. */
export function renderZoo(): ZooDump[] {
  return templates.map(renderTemplate);
}
