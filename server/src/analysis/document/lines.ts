// What one line of a dump is, judged from that line alone. Segmentation, the layout profile and
// article structure are built on these kinds, so a line's kind never depends on its neighbours
// (that keeps incremental re-segmentation local).

import { AGENCY_STAMP, AP_STAMP, MONITORING_CREDIT, parseFaxHeader, REUTERS_STAMP, SIGNATURE_DATE_LINE, TRANSMITTED_STAMP } from "../dates/publication.js";
import {
  ACQUISITION_STAMP_LINE,
  ARCHIVE_TOOLBAR,
  CLIPPING_STAMP_LINE,
  DATED_STAMP_LINE,
  ENGAGEMENT_LINE,
  FORWARD_MARKER_LINE,
  FURNITURE_LINE,
  NAVIGATION_LINE,
  NEWSLETTER_FURNITURE,
  POST_ACTION_PART,
  RELEASE_LABEL_LINE,
  SENT_STAMP_PART,
} from "../words/boilerplate.js";
import {
  FOREIGN_MONTH_ABBREVIATION_PATTERN,
  FOREIGN_MONTH_PATTERN,
  FOREIGN_WEEKDAY_ABBREVIATION_PATTERN,
  FOREIGN_WEEKDAY_PATTERN,
  MONTH_PATTERN,
  monthNumber,
  WEEKDAY_PATTERN,
} from "../words/calendar.js";
import { ARCHIVE_CODES, CITATION_TAGS, isDateKey, keyOfValue, METADATA_KEYS, NOT_A_DATELINE, normalKey, PICTURE_WORDS, TITLE_KEYS } from "../words/metadata.js";
import { relativeAge } from "./published.js";
import { columnNamesOf } from "./table.js";

export enum LineKind {
  Blank,
  Separator,
  /** A title key: `Title:`, `HEADLINE:`, `Subject:`, front matter `title:`. Its value is the headline. */
  TitleHeader,
  /** Another known metadata key: `Date:`, `Source:`, `By:`, `URL:`, `LOAD-DATE:` … */
  Header,
  /** `Key: value` with a key the vocabulary does not know: a field if the dump repeats it in every record. */
  KeyValue,
  /** Scraper boilerplate: `Updated …`, `Follow`, `Short Url` … */
  Boilerplate,
  Bullet,
  /** A short line that is a date with little around it: `By Jane Doe | June 3, 2024`, `CNN — Monday 6 November 2023`. */
  DateOrByline,
  /** A record counter of an archive export: `3 of 50 DOCUMENTS`, `Document 3 of 5`. */
  Counter,
  /** An mbox message's first line: `From jane@example.org Tue Mar 16 08:00:00 2021`. */
  MailFrom,
  /** A record id: `[id: 48213]`, `ID 48213 | 2023-09-09T05:40:00Z`, a chat post's header `[16:31] Wire Bot  APP`. */
  RecordId,
  /** A web address alone. */
  Url,
  /** A wire slug: `BC-Kenya-counts,0092`. */
  Slug,
  /** What closes a story: `Reporting by …; Editing by …`, `Copyright 2021 …`, `All Rights Reserved`, an AP transmission stamp, an official notice's signature date (`Dated the 28th February, 2024.`). */
  Trailer,
  /** A quoted line of a mail reply: `> …`. */
  Quote,
  /** The mail signature mark `-- `. */
  SignatureMark,
  /** A page number of a PDF export (`Page 3 of 12`, `— 3 —`), or an entry of its table of contents. */
  PageNumber,
  /** When the page was saved or scraped: `Saved 09/03/2023 01:30 UTC · https://…`, `Scraped at 2023-04-06T22:54:21Z`. */
  Acquired,
  /** A title-like line with a heading or list mark: `## Headline`, `[3] Headline`, `1. Headline`. */
  Heading,
  /** TOML front matter's `+++`, which opens and closes a record's fields (unlike YAML's `---`, no separator). */
  Fence,
  /** A table's row of column names (`"id","headline","published","body"`): a spreadsheet or CSV export, one row per article. */
  ColumnNames,
  Text,
}

/** Text, with or without a heading mark. */
export function isText(k: LineKind | undefined): boolean {
  return k === LineKind.Text || k === LineKind.Heading;
}

/** Kinds that describe the record rather than tell the story. */
export function isMetadataKind(k: LineKind): boolean {
  return (
    k === LineKind.TitleHeader ||
    k === LineKind.Header ||
    k === LineKind.KeyValue ||
    k === LineKind.DateOrByline ||
    k === LineKind.Counter ||
    k === LineKind.MailFrom ||
    k === LineKind.RecordId ||
    k === LineKind.Url ||
    k === LineKind.Slug ||
    k === LineKind.Acquired ||
    k === LineKind.Fence
  );
}

/** Form feeds and byte-order marks at a line's start: page breaks and files' starts, no text of the line. */
const LINE_START_MARKS = /^[\f\uFEFF]+/;
const SEPARATOR = /^\s*(?:([=\-*_~#─━═])\1{2,}|(?:[*=\-~#_]\s){2,}[*=\-~#_]|\f+)\s*$/;
/** The border of a box drawn around a link's card or a quote (`┌────`, `└────`): the card's furniture, no separator. */
export const BOX_BORDER = /^\s*[┌┐└┘╭╮╰╯├┤][─━═┌┐└┘╭╮╰╯├┤\s]*$/;
/**
 * `Key: value` (with a namespace: `og:site_name: …`), and TOML's `key = value` (as other tools pad it, `Title      = …`,
 * `TITLE := …`, `title => …`); the key is group 1 or 3, the value group 2 or 4.
 * A key is in any alphabet's letters, as tools set up in other languages write them (`Veröffentlicht:`, `Título:`).
 */
const KEY_VALUE =
  /^\s*(?:(?:[a-z]{1,10}:)?(\p{L}[\p{L}0-9]*(?:[ _.-][\p{L}0-9]+){0,3})\s*:(?:[ \t]+(.*)|\s*)|([a-z][a-z0-9]*(?:[_.-][a-z0-9]+)*|[A-Z][A-Za-z0-9]+(?:[_.-][A-Za-z0-9]+)*)\s+(?::=|=>?)\s+(\S.*))$/u;
/**
 * An unknown key: one word (`pubDate`, `CHANNEL-LINK`, `X-Mailer`), capitals (`SUBJECT TERMS`), or a short phrase (`Issue date`, `Record ID`,
 * `Doc Type`), in any alphabet's letters (`Upplaga`, `Sidnummer`, `Língua original`).
 */
const UNKNOWN_KEY =
  /^(?:\p{L}[\p{L}0-9]*(?:[_.-][\p{L}0-9]+)*|\p{Lu}[\p{Lu}0-9]*(?:[ _.-][\p{Lu}0-9]+){1,3}|\p{Lu}\p{Ll}+(?: (?:\p{Ll}+|\p{Lu}{2,4}|\p{Lu}\p{Ll}+)){1,2})$/u;
const KNOWN_KEYS: ReadonlySet<string> = new Set(METADATA_KEYS);
const TITLE_KEY_SET: ReadonlySet<string> = new Set(TITLE_KEYS);
/** A list item; the mark is group 1. */
const BULLET = /^\s*([•·▪▫◦‣●○◉■□◆◇◼◻◾◽♦▸▹►▶✓✔]|[-–*+](?=\s))\s*(?=\S)/;
/**
 * A record counter: `3 of 50 DOCUMENTS`, `Document 3 of 5`, `Hit 3 of 5`, as exporters set up in other languages number them
 * (`Dokument 3 av 5`, `Datensatz 3 von 5`, `Documento 3 de 5`, `Dokument 3 z 5`, `Asiakirja 3/5`, `3 von 50 Dokumenten`), `>>> ITEM 1/4  [sci-88213]`, a number before a rule (`(3) ──────`, `#3 ====`)
 * or before the item's slug (`(3) labour-wins-landslide`), a converted e-book's chapter alone on its line (`Chapter 3`, `CAPÍTULO IV`, `Kapitel 2`),
 * a mail digest's message number (`Message: 3`, `Message #3`, `Nachricht: 3`, `Mensaje: 3`).
 */
const COUNTER =
  /^\s*(?:(?:chapter|chapitre|kapitel|cap[ií]tulo|capitolo|hoofdstuk|rozdzia[lł])\s+(?:\d{1,3}|[IVXLC]{1,7})\.?|(?:message|nachricht|mensaje|mensagem|messaggio|bericht|meddelande|wiadomo[sś][cć])\s*(?::|#|(?:no\.?|nr\.?|n[°º])\s*:?)\s*\d{1,5}|\d{1,6}\s+(?:of|von|de|sur|di|da|van|av|af|ud\s+af|z|ze|od)\s+\d{1,6}\s+(?:documents?|results?|articles?|items?|stories|dokument(?:e|en|er|y|ów|a)?|documentos?|documenti|artikel(?:en|n)?|artikler|artiklar|art[ií]culos|articoli|artigos|resultados|risultati|treffer|tr[äa]ffar|treff|wynik[óo]w)|(?:[>»=*#~+-]{2,}\s*)?(?:document|doc|result|hit|article|item|story|record|entry|message|datensatz|eintrag|dokument|dokumentti|artikel|artikkel|artikkeli|artyku[lł]|treffer|tr[äa]ff|treff|tulos|asiakirja|wynik|registro|documento|art[ií]culo|artigo|articolo|resultado|resultaat|risultato|r[ée]sultat|notizia|noticia|not[ií]cia|nota|meldung|beitrag|elemento|[ée]l[ée]ment)\s+(?:#\s*)?\d{1,6}(?:\s+(?:of|von|de|sur|di|da|van|av|af|ud\s+af|z|ze|od)\s+|\s*\/\s*)\d{1,6}(?:\s+(?:\[[^\]]{1,40}\]|\([^)]{1,40}\)))?(?:\s*[<«=*#~+-]{2,})?|(?:\(|#|\[)?\d{1,4}[).\]]?\s*[─━═—–=\-_~*·•]{3,}|(?:\(|#|\[)?\d{1,4}[).\]]?\s+[a-z0-9]+(?:-[a-z0-9]+){2,})\s*$/i;
const MAIL_FROM =
  /^From (?:\S+ at \S+|\S+) +(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) +)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\d{1,2} \d{2}:\d{2}(?::\d{2})? \d{4}\s*$/;
/** When a chat export's message was sent (group 1), who sent it, and that it shares a story from an app: `06/03/2024, 21:14 - Name: Shared from Google News`. */
const CHAT_SHARE =
  /^\[?((?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}),?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)\]?\s*(?:[-–]\s+)?[^:]{1,40}:\s+(?:shared|sent|forwarded)\s+(?:from|via|with)\s+\S.{0,40}$/i;

/** The time a chat export's message that shares a story was sent (`06/03/2024, 21:14`), if the line is one. */
export function chatShareTime(line: string): string | undefined {
  return CHAT_SHARE.exec(line.trim())?.[1];
}

/**
 * A teletext page's header, the service's transmission stamp (`P104 CEEFAX 104 Mon 25 Mar 18:02/33`,
 * `P100 CEEFAX 1 100 Sun 12 Mar 12:34/56`, `100 ARD-Text 25.03.24 18:02:33`): the page's number, the
 * service, the day (group 1; often without a year) and the clock.
 */
const PAGE_HEADER =
  /^\s*P?[1-8]\d{2}\s+[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?\s+(?:\d{1,3}\s+){0,2}(?:[A-Za-z]{2,3}\.?,?\s+)?(\d{1,2}(?:\s+[A-Za-z]{3,9}\.?|\.\d{1,2}\.(?:\d{2,4})?)(?:\s+\d{4})?)\s+\d{2}[:.]\d{2}(?:[:/.]\d{2})?\s*$/;

/** The day a teletext page's header gives (`25 Mar`, `25.03.24`), as written, if the line is one. */
export function pageHeaderDay(line: string): string | undefined {
  return PAGE_HEADER.exec(line)?.[1];
}

/** Two to eight `key=value` pairs and nothing else on a line (logfmt without a log's prefix), a value bare or in double quotes. */
const RECORD_PAIRS = String.raw`(?:[a-z][a-z0-9_.-]{0,30}=(?:"[^"]*"|\S+)\s+){1,7}[a-z][a-z0-9_.-]{0,30}=(?:"[^"]*"|\S+)`;
const RECORD_PAIRS_LINE = new RegExp(`^\\s*${RECORD_PAIRS}\\s*$`, "i");

/** The `key=value` pairs of a record line made of them alone (`id=7f3a9c ts=2026-11-09T06:40:12Z src=example.in`), else none. */
export function recordPairs(line: string): HeaderField[] {
  return RECORD_PAIRS_LINE.test(line) ? pairsOf(line, 0) : [];
}

const RECORD_ID = new RegExp(
  "^\\s*(?:" +
    // `[id: 48213]`, `ID 48213 | 2023-09-09T05:40:00Z`, `Record no. 12`, `#0181`
    "(?:\\[\\s*(?:id|item|record|rec|doc|document|article|story|entry)\\s*[:#]?\\s*[\\w-]+\\s*\\]|(?:id|item|record|rec|doc|document|story|entry|ep|episode)\\.?\\s*(?:no\\.?|#|:)?\\s*\\d[\\w-]*|#\\d{2,})\\s*(?:[|·•]?\\s*\\S.{0,60})?" +
    // another short word and a long number, then only a stamp after a separator: `ref 000412 · crawled 06.02.2024 05:50`
    "|(?!page\\b)[a-z]{2,8}\\.?\\s*[#:]?\\s*\\d{4,}(?:\\s*[|·•]\\s*\\S.{0,60})?" +
    // an id (and its stamp) between marks that frame it: `<<< 000481 | 2026-11-18 21:55:09Z >>>`, `[[ 48213 · 2024-03-05 ]]`, `=== 0092 ===`
    "|(?:<{2,}|\\[{2,}|\\{{2,}|«+|[=*#~+]{3,})\\s*[a-z]{0,8}[\\s#:-]?\\d[\\w-]{2,}(?:\\s*[|·•,;]\\s*[^<>\\[\\]{}«»]{1,60}?)?\\s*(?:>{2,}|\\]{2,}|\\}{2,}|»+|[=*#~+]{3,})" +
    // an id after marks that open the record (never close it), with the time it was taken and more fields after it:
    // `>>> 8841207 @ 2026-11-23 05:12:40 UTC src=moldova-wire`, `:: a41f9 | 23.11.2026 05:12 | feed=…`, `### 0092 · 2026-11-23T05:12Z`, `@@ 0092 @ 2026-11-23 05:12`
    "|(?:>{2,}|<{2,}|»+|:{2,}|[=*#~+@%-]{2,})\\s*#?[a-z]{0,8}[\\s#:-]?\\d[\\w-]{2,}\\s*(?:[@|·•,;]|\\s)\\s*(?:\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{1,2}:\\d{2}\\S*)?|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}(?:,?\\s+\\d{1,2}:\\d{2}\\S*)?)(?:\\s+\\S.{0,80})?" +
    // a post's header in a chat export (when, the poster, no message): `[16:31] Wire Bot  APP`, `[16.04.2025 07:45] Balkan Brief:`, `[3h ago] Balkan Brief:`
    // (a transcript's cue has its time code, a tab and a sentence's words: `[00:20]<TAB>army command and thanked the.`)
    "|\\[(?:[^\\]]{0,20}?\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]m)?|\\d{1,3}\\s*[a-z]{1,7}\\s+ago|yesterday[^\\]]{0,10})\\] +[^:\\t]{0,39}[^:\\t.]:?" +
    // a scraper's record line of `key=value` pairs alone, whatever its keys (`id=7f3a9c ts=2026-11-09T06:40:12+05:30 src=example.in`)
    `|${RECORD_PAIRS}` +
    // a digest's message number alone (`Message 3`, `Msg #12`, `Post 4 of 9`)
    "|(?:message|msg|post|posting)\\s*(?:#|no\\.?)?\\s*\\d{1,6}(?:\\s*(?:of|\\/)\\s*\\d{1,6})?" +
    // a monitoring report's or clippings file's numbered section with its desk: `SECTION 1 | BANKING & MARKETS`, `Section 3 · Business`
    "|section\\s+\\d{1,3}\\s*[|·•]\\s*[^\\s|·•][^.!?|]{0,40}" +
    // a chat message sharing a story (`06/03/2024, 21:14 - Priya Nair: Shared from Google News`, `[3/6/24, 9:14:05 PM] Ana: Sent via Flipboard`)
    `|${CHAT_SHARE.source.slice(1, -1)}` +
    // a wiki's or a site generator's export comment naming the record (`<!-- page 2817734 rev 4781203 ns 0 -->`, `<!-- post: 88 -->`)
    "|<!--\\s*(?:page|article|record|item|entry|post|story|doc|document|node|id)\\s*[:#=]?\\s*\\d[^>]{0,60}-->" +
    // a BibTeX entry's head (`@article{wanjiru2024safaricom,`)
    "|@[a-z]+\\s*\\{\\s*[^\\s,{}]*\\s*,?" +
    // a web page's structured-data block pasted whole, its opening tag alone on its line (`<script type="application/ld+json">`)
    "|<script\\b[^>]{0,60}?\\btype\\s*=\\s*[\"']?application\\/ld\\+json[\"']?[^>]{0,60}>" +
    // a teletext page's header (`P104 CEEFAX 104 Mon 25 Mar 18:02/33`)
    `|${PAGE_HEADER.source.slice(4, -4)}` +
    // an official document's number: `PRESS RELEASE No. 211/2024`, `Statement no 45`, `Bulletin N° 12/2023`, and a
    // gazette's or official journal's notice (`GAZETTE NOTICE NO. 2817`, `Legal Notice No. 45 of 2024`, `GOVERNMENT NOTICE No. R. 4321`)
    "|(?:(?:press|news|media|gazette|legal|government|general|public|official|executive|statutory)\\s+)?(?:release|statement|bulletin|communiqu[eé]|notice|circular|advisory|notification|order|decree|proclamation)\\s+(?:no\\.?|nr\\.?|n[°º]|number|#)\\s*(?:[a-z]{1,3}\\.\\s*)?\\d{1,6}(?:[/-]\\d{2,4}|\\s+of\\s+\\d{4})?" +
    ")$",
  "i",
);
/** A web address alone, or after the name of the site or tool that gives it (`The Wayback Machine - https://…`). */
const URL = /^\s*(?:[A-Za-z][\w.'’ ]{0,40}\s[-–—|]\s+)?<?(?:https?:\/\/|www\.)\S+>?\s*$/i;
/**
 * A wire slug: AP's `BC-Kenya-counts,0092` and `BC-AS--China-Moon, 1st Ld-Writethru`, Reuters' `GHANA-IMF/LOAN (UPDATE 1)` and `GUINEA-MINING/`,
 * a service line of agency, number, category and priority (`EFE-EN 0417 POL 4 (URGENT)`), a bulletin's item number and its desk and
 * place in capitals (`PW-4471  POLITICS / FIJI`, `AAP 0931 SPORT/CRICKET`, `PW-4471 | POLITICS | FIJI`, `XN-20931  ECONOMY`; a page's or an issue's number is none).
 */
const SLUG =
  /^\s*(?:(?!(?:PAGE|PG|SEITE|ISSUE|VOL|NO|NR)\b)[A-Z]{2,6}-?\d{3,6}(?:\s{2,}[A-Z][A-Z&'’ -]{1,30}(?:\s*[/|]\s*[A-Z][A-Z&'’ -]{1,30}){0,2}|\s*(?:\s|\|)\s*[A-Z][A-Z&'’ -]{1,30}(?:\s*[/|]\s*[A-Z][A-Z&'’ -]{1,30}){1,2})|[A-Z]{2,3}-[A-Za-z0-9'’-]+,\d{3,4}|[A-Z]{2}-[A-Z]{2,3}--?[A-Za-z0-9'’-]+(?:,\s*[\w' -]{1,40})?|[A-Z][A-Z0-9]+(?:[-/][A-Z0-9]+)+\/?(?:\s+\([A-Z][A-Z0-9 -]{1,20}\))?|[A-Z]{2,6}(?:-[A-Z]{2,3})?\s+\d{3,5}\s+[A-Z]{2,4}(?:\s+\d)?(?:\s+\([A-Z][A-Z0-9 -]{1,20}\))?)\s*$/;
/**
 * The line a news app adds under a story shared from it (`Sent from Apple News`, `Shared via Google News`,
 * `Enviado desde Flipboard`, `Geteilt über SmartNews`): short, the app's name after the verb.
 */
const SHARE_TRAILER = String.raw`(?:sent|shared|enviado|compartido|envoy[ée]|partag[ée]|gesendet|geteilt|inviato|condiviso|partilhado|compartilhado)\s+(?:from|via|with|desde|v[ií]a|de|depuis|avec|von|über|mit|da|con|com|pela|pelo)\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*){0,3}(?:\s+app)?\s*$`;
/** A CMS export's mark closing a record's text: `END-BODY`, `END OF STORY`, `[END TEXT]`, `ENDE`. */
const END_MARKER = String.raw`\[?(?:end|eof|eom|ende|fin)(?:[-_ ](?:of[-_ ])?(?:body|text|story|item|record|article|copy|document|doc|message))?\]?\s*$`;
const TRAILER = new RegExp(
  String.raw`^\s*(?:${END_MARKER}|${SHARE_TRAILER}|\(?(?:writing|reporting|editing|additional reporting|compiled|produced|edited|written)\s+by\b|copyright\b|\(c\)\s*\d{4}|©|all rights reserved\b|(?:${AP_STAMP.source}|${REUTERS_STAMP.source})\s*$|${TRANSMITTED_STAMP.source.slice(4)}|ER {2}-\s*$|${SIGNATURE_DATE_LINE.source}|${MONITORING_CREDIT.source.slice(4)})`,
  "iu",
);
/**
 * `PLACE[, Region][, Month Day[, Year]] [(AGENCY) or /AGENCY/] -` / `—` / `--`: the place in capitals (`MEXICO CITY, March 6, 2024 /PRNewswire/ --`);
 * the date may be numeric, after a weekday (`REYKJAVÍK, Thu 26/11/2026 (Iceland Monitor) –`, `RIGA, 2026-11-26 (LETA) -`).
 */
const WIRE_DATELINE =
  /^([\p{Lu}][\p{Lu}\p{M}'’. -]{1,40}?)(?:,\s*[\p{Lu}][\p{L}. ]{1,30}?)*(?:,\s*(?:\w+\.?\s+\d{1,2}\.?(?:,\s*\d{4})?|(?:\p{L}+,?\s+)?\d{1,2}\s+\p{L}+\.?,?\s+\d{4}|(?:\p{L}{2,9}\.?,?\s+)?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})))?\s*(?:\([\p{L}\p{N} &.,/-]{1,40}\)\s*|\/[\p{L}\p{N} &.-]{2,30}\/\s*)?(?:--|[-–—])\s+\S/u;
/** The same with the place in mixed case (`Adelaide — …`, `Paris (AFP) - …`). */
const MIXED_CASE_WIRE_DATELINE =
  /^([\p{Lu}][\p{Ll}\p{M}'’.-]+(?:\s[\p{Lu}][\p{Ll}\p{M}'’.-]+){0,2})(?:,\s*[\p{Lu}][\p{L}. ]{1,30}?)*(?:,\s*(?:\w+\.?\s+\d{1,2}\.?(?:,\s*\d{4})?|(?:\p{L}+,?\s+)?\d{1,2}\s+\p{L}+\.?,?\s+\d{4}|(?:\p{L}{2,9}\.?,?\s+)?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})))?\s*(?:\([\p{L}\p{N} &.,/-]{1,40}\)\s*|\/[\p{L}\p{N} &.-]{2,30}\/\s*)?(?:--|[-–—])\s+\S/u;
/** `BAGHDAD:`, `Jerusalem:`, `NEW YORK:` before the text. */
const COLON_DATELINE = /^([\p{Lu}][\p{L}\p{M}'’.-]*(?:\s[\p{Lu}][\p{L}\p{M}'’.-]*){0,2}):\s+\S/u;

/** A scanned page's frame marker (`[Frame 0089]`): the line under it is the page's head, as a form feed's line is. */
const FRAME = String.raw`\[\s*(?:reel|frame|film|scan|image)\s+[\w-]+[^\]]{0,60}\]`;
export const FRAME_MARKER = new RegExp(String.raw`^\s*${FRAME}\s*$`, "i");
/**
 * Page furniture: a page number, an entry of a report's table of contents (`2. Dangote ships first
 * cargo ........ 3`), a story's jump to or from another page (`Continued on Page 2`), a scanned
 * page's frame marker (`[Frame 0089]`), a subtitle cue's number or timing (`00:01:02,000 --> …`).
 */
/** A newspaper's issue number under or beside its masthead: `No. 48,112`, `Vol. XII, No. 48`, `Issue 212`, `Nr. 5123`, `N° 24.611`. */
const ISSUE_NUMBER = String.raw`(?:vol(?:ume)?\.?\s*[IVXLC\d]+[,.]?\s*)?(?:no\.?|nr\.?|n[°º]|issue|edition|ausgabe|num[eé]ro)\s*\d{1,3}(?:[,.]\d{3})*`;
/** A newspaper's page as a jump or a running head names it: `A5`, `B-12`, `Page 4`, `p. 12`, `Seite 3`, `página 5`. */
const PAGE_NAME = String.raw`(?:(?:page|p\.|pg\.?|seite|s\.|p[aá]gina|pagina)\s*[A-Z]?\d{1,4}[A-Z]?|[A-Z]-?\d{1,3})`;
/**
 * A story's jump to or from another page: `(Continued on A5)`, `Continued on Page 4`, `See GODZILLA, Page A5`,
 * `Please turn to B2`, `GODZILLA, from A4`, `STORM from Page 1`, `Continued from p. 3`, and in the languages of
 * other papers (`Suite en page 5`, `Fortsetzung auf Seite 3`, `Continúa en la página 5`, `Viene de la página 1`).
 */
const JUMP = String.raw`[(\[]?(?:(?:(?:continued|cont(?:'d|\.)?|(?:please\s+)?see|(?:please\s+)?turn\s+to|jumps?\s+to)\s+(?:on\s+|to\s+|from\s+)?(?:[A-Z][A-Z'’ -]{0,30},?\s+(?:on\s+)?)?|suite\s+(?:en\s+|de\s+la\s+)?|fortsetzung\s+(?:auf|von)\s+|contin[uú]a\s+en\s+(?:la\s+)?|viene\s+de\s+(?:la\s+)?|segue\s+(?:a|da)\s+|vervolg\s+(?:op|van)\s+)(?:${PAGE_NAME}|\d{1,3})|[A-Z][A-Z'’ -]{0,30},?\s+(?:continued\s+)?from\s+${PAGE_NAME})[)\]]?`;
/**
 * A converted page's running head: the page's name and the section's (maybe the paper's and the issue's date)
 * across a wide gap, on either side (`A4      CULTURE & FILM`, `SPORT      B2`, `Page 3     THE DAILY MERIDIAN     Thursday, October 12, 2023`).
 */
const RUNNING_HEAD = String.raw`${PAGE_NAME}\s{3,}[^\s.!?][^.!?]{0,80}?|[^\s.!?][^.!?]{0,80}?\s{3,}${PAGE_NAME}`;
const PAGE_NUMBER = new RegExp(
  String.raw`^\s*(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|${ISSUE_NUMBER}|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}|[A-Z]-?\d{1,3}|\S.{0,200}?\s*(?:\.\s?){4,}\s*\d{1,4}|${JUMP}|${RUNNING_HEAD}|${FRAME}|\d{2}:\d{2}:\d{2}[,.]\d{3}\s+-->\s+\d{2}:\d{2}:\d{2}[,.]\d{3})\s*$`,
  "i",
);
/** The marks a digest puts before a headline: `## `, `[3] `, `[3/5] `, `(3) `, `3. `, `3/5 `, a playlist's `▶ `, a reader's starred item's `★ `. */
export const HEADING_MARK =
  /^(?:#{1,6}\s+|(?:[▶►★☆✩✪✭✮✯⭐]|📌|🔖)\uFE0F?\s+(?=\S)|h[1-6]\.\s+(?=\S)|#\d{1,4}[.):]?\s+(?=\S)|\[\d{1,5}(?:\/\d{1,5})?\]\s*|\(\d{1,3}\)\s+|\d{1,3}[.)]\s+(?=\S)|\d{1,3}\/\d{1,3}\s+(?=\S))/;
/**
 * An outline's heading (org-mode): stars at the line's start, maybe a keyword and a priority, the
 * title (group 2), maybe tags (group 3: `:business:korea:`). One star with no tags is a list's
 * bullet as much as a heading, so a heading has tags or two stars or more.
 */
const ORG_HEADING = /^(\*+)[ \t]+(?:(?:TODO|DONE|NEXT|WAITING)[ \t]+)?(?:\[#[A-C]\][ \t]+)?(.*?)(?:[ \t]+(:[\w@#%]+(?::[\w@#%]+)*:))?[ \t]*$/;

/**
 * Where the title of an outline's heading stands on its line (without stars and tags), if the line is
 * one; `anyStars`: one star without tags too (where the line's place says it is a heading).
 */
export function outlineHeadingTitle(line: string, anyStars = false): { start: number; end: number } | undefined {
  if (line.charCodeAt(0) !== 42) return undefined;
  const m = ORG_HEADING.exec(line);
  if (!m?.[2] || (!anyStars && !m[3] && m[1]!.length < 2)) return undefined;
  const start = line.indexOf(m[2], m[1]!.length);
  return { start, end: start + m[2].length };
}

/**
 * The solid marks a feed reader or an export sets before each item's title (`■ Title`, `● Title`,
 * `◆ Title`), as lists mark their items: ASCII marks (`-`, `*`, `+`) are left out, since front matter
 * writes its lists with them right above its keys.
 */
const TITLE_BULLET = /^([■□◆◇●○◉▪▫▸▹◼◻◾◽⬛⬜♦•])\uFE0F?[ \t]+(?=\S)/u;

/**
 * Where the title of a list item's line stands (after its mark), if it may be a record's title: one
 * star (`* Lisbon tram fares rise`, an outline's heading where an outline's drawer follows it) or a
 * solid mark (`■ Karachi crush Lahore`, a feed reader's item over its fields). Only the line's place
 * tells a title from a list's item.
 */
export function bulletedTitle(line: string, kind: LineKind | undefined): { start: number; end: number } | undefined {
  if (kind !== LineKind.Bullet) return undefined;
  const outline = outlineHeadingTitle(line, true);
  const mark = outline ? undefined : TITLE_BULLET.exec(line);
  const title = outline ?? (mark ? { start: mark[0].length, end: line.trimEnd().length } : undefined);
  return title && isTitleLike(line.slice(title.start, title.end)) ? title : undefined;
}

/** A list item's line that may be a record's title (see bulletedTitle). */
export function isBulletedTitle(line: string, kind: LineKind | undefined): boolean {
  return bulletedTitle(line, kind) !== undefined;
}

/** A bracketed list tag before a title: `[World] `, `[Terrace-Talk] `. */
export const LIST_TAG = /^\[[^\]\d][^\]]{0,30}\]\s+/;
const HEADING = new RegExp(`^\\s*(?:${HEADING_MARK.source.slice(1)})\\S`);
const QUOTE = /^\s*>/;
/** A quote's mark at a line's start, and the space after it. */
const QUOTE_MARK = /^>\s?/;
/** A text browser's link number glued to the link's text (`[7]Malaria Journal`): markup around the words. */
const LINK_NUMBER = /(?<=^|[\s(])\[\d{1,4}\](?=[\p{L}\p{N}"“‘'(])/gu;
const INDENTED_LINK = /^\s+\[\d{1,4}\]\S/;

/** `line` with text browsers' link numbers blanked (offsets unchanged): `By [5]Lucas Andrade` reads as a byline. */
function withoutLinkNumbers(line: string): string {
  return line.includes("]") ? line.replace(LINK_NUMBER, (m) => " ".repeat(m.length)) : line;
}
/** A video's or a playlist item's title mark (`▶ Title`), a feed reader's starred or pinned item's (`★ Title`, `📌 Title`). */
const PLAY_MARK = /^(?:[▶►★☆✩✪✭✮✯⭐]|📌|🔖)\uFE0F?\s+\S/;
const NUMBERED_TITLE = /^\s*#\d{1,4}[.):]?\s+[\p{Lu}\p{N}"'“‘«¿¡]/u;
/** A line of marks only (TOML's `+++`, `<<<>>>`, `%%%`) that is no separator: a record's first line. */
const FENCE = /^\s*(?:[^\p{L}\p{N}\s]{3,}|[{}],?)\s*$/u;
const SIGNATURE_MARK = /^-- ?$/;

/** A weekday's name, English or of the dumps' other languages (`Tuesday`, `mercredi`, `Mittwoch`). */
const ANY_WEEKDAY = `(?:${WEEKDAY_PATTERN}|${FOREIGN_WEEKDAY_PATTERN})`;

/**
 * The date forms a date line holds (a weekday before or after, a time and zone after):
 * `2024-03-05`, `2023-09-09T05:40:00Z`, `5 March 2024`, `March 5, 2024`, `05/03/2024`,
 * `Tue, 16 Mar 2021 08:00:00 GMT`, `August 21, 2018 Tuesday`, `Monday 6 November 2023`; and as
 * tools set up in other languages write them, the month's and the weekday's names in full or
 * abbreviated (`seg, 12 fev 2024`, `Sa., 09.03.2024`, `mardi 5 mars 2024`, `4 marzo 2024`, `3. März 2024`).
 */
const DATE_CORE =
  `(?:(?:${WEEKDAY_PATTERN}|${FOREIGN_WEEKDAY_PATTERN}),?\\s*|(?:${FOREIGN_WEEKDAY_ABBREVIATION_PATTERN})\\.?,?\\s+)?` +
  "(?:\\d{4}-\\d{2}-\\d{2}(?:[T ][\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?" +
  `|\\d{1,2}\\s+${MONTH_PATTERN},?\\s+\\d{4}` +
  `|\\d{1,2}\\.?\\s+(?:de\\s+)?(?:${FOREIGN_MONTH_PATTERN}|(?:${FOREIGN_MONTH_ABBREVIATION_PATTERN})\\.?)\\s+(?:de\\s+)?\\d{4}` +
  `|${MONTH_PATTERN}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}` +
  "|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}" +
  // a Unix time, as an app's export writes a post's (seconds since 1970: 2001 to 2033)
  "|1\\d{9})" +
  `(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*(?:[A-Z]{2,5}|GMT[+-]?\\d*|UTC[+-]?\\d*|[+-]\\d{4}))?|,?\\s+${ANY_WEEKDAY}){0,2}`;
const DATE_IN_LINE = new RegExp(`(?<![\\p{L}\\p{N}])${DATE_CORE}(?![\\p{L}\\p{N}])`, "iu");
/** What every form of DATE_CORE holds: a year's four digits, or a numeric date's (`05/03/24`). */
const DATE_DIGITS = /[0-9]{4}|[0-9][/.][0-9]{1,2}[/.][0-9]{2}/;
/** A word every relative age has: `ago`, `just now`, `yesterday`, `today`. */
const AGE_WORD = /ago|now|yesterday|today|il y a|\bhace\b|\bvor\b|\bhá\b/i;
/** An age as apps write it beside other fields, without `ago` (`5 h · 3 min read`, `2d`). */
const COMPACT_AGE_TEXT = String.raw`\d{1,3}\s?(?:h|hr|hrs|d|w|wk|m|min|mins)`;
const COMPACT_AGE = new RegExp(`^${COMPACT_AGE_TEXT}$`);
const COMPACT_AGE_IN = new RegExp(String.raw`(?:^|\s)${COMPACT_AGE_TEXT}\s*(?:[|•·]|$)`);
/** What may stand beside the date on a date line, between separators. */
const DATE_LINE_SEPARATOR = /\s*(?:[|•·\t]|\s[-–—/]{1,2}\s|,\s|\s{2,})\s*/;
/** `By Jane Doe`, `BY JANE DOE and JOHN ROE`, `Written by …`: the names start with capitals (`by a Chamber of seven judges` is none). */
const BYLINE =
  /^(?:[Bb]y|BY|(?:[Ww]ritten|WRITTEN|[Ww]ords|WORDS|[Rr]eporting|REPORTING) (?:by|BY))\s+\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,5}(?:\s*(?:,|and|AND|&)\s*\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,4})*$/u;
/**
 * A byline in the languages of the tools and outlets that write one beside a date (`di Giulia Ferraro`,
 * `par Jean Dupont`, `por Ana Lima y Luis Gómez`, `von Hans Müller`, `door Jan de Vries`): read only on a date line.
 */
const FOREIGN_BYLINE =
  /^(?:[Dd]i|[Pp]ar|[Pp]or|[Vv]on|[Dd]oor|[Dd]e|[Dd]a)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|di|do|dos|das|del|van|von|der|den|le|la)){0,4}(?:\s*(?:,|e|et|y|und|en|&)\s*\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,4})*$/u;
/** Where a {@link BYLINE} can begin: its word ("By", "by", "BY", and in "Written by" and the like) before a capital. */
const BYLINE_START = /(?:[Bb]y|BY)\s+\p{Lu}/u;
/** An outlet's or an edition's name: a few capitalised words (`Pacific Tribune`, `THE DAILY MERIDIAN`, `Al Jazeera`), or its web domain (`pitchside.example`). */
const NAME_PART =
  /^(?:[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$|[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*|of|the|and|de|del|la|le|al|el|du|für|y|&)(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*|of|the|and|de|del|la|le|al|el|du|für|y|&)){0,6}$/u;
const FILLER_PART = new RegExp(
  `^(?:(?:published|posted|updated|last updated|date|filed)(?:\\s+on)?\\s*:?|(?:saved|scraped|crawled|fetched|retrieved|archived|captured|exported|downloaded|indexed)\\b.{0,40}|(?:${MONTH_PATTERN}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH_PATTERN})|(?:filed|reported|written|posted|sent)\\s+(?:from|in|at)\\s+\\S.{0,40}|\\d+\\s*min(?:ute)?s?\\.?\\s+(?:read|de lecture|de lectura|de leitura|lesezeit|di lettura)|(?:posted|shared|submitted)\\s+by\\s+(?:u\\/)?[\\w.-]+|r\\/\\w+|u\\/[\\w-]+|@[\\w.]+(?:@[\\w.-]+)?|(?:🌐\\s*)?(?:public|unlisted|followers only|private)|muted|pinned|starred|unread|bookmarked|favou?rite|épinglé|en sourdine|fijad[oa]|angeheftet|${WEEKDAY_PATTERN}|${ISSUE_NUMBER}|(?:at\\s+)?\\d{1,2}[:.h]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?|uhr)?(?:\\s*(?:[A-Z]{2,5}|(?:GMT|UTC)(?:[+-]\\d{1,2}(?::?\\d{2})?)?|[+-]\\d{2}:?\\d{2}))?|[A-Z]\\d{1,3}|(?:pg|pp?|pág|seite|s)\\.?\\s*[A-Z]?\\d{1,4}(?:[-–]\\d{1,4})?|(?:page|p[aá]gina|seite|strona)\\s+[A-Z]?\\d{1,4})$`,
  "i",
);

/**
 * An outlet named after a key or a word that says it is the source (`Source: Sudan Tribune`, `via
 * Reuters`, `Outlet: RFI`), or the section or desk a press reader's clipping names beside its page
 * (`Page 4 · Section: Business · The Daily Nation · 4 Mar 2024`, `Rubrique : Économie`, `Ressort: Politik`).
 */
const SOURCE_PART = /^(?:source|outlet|publication|via|section|desk|rubri(?:que|c)|ressort|secci[oó]n|se[cç][aã]o|sezione|rubriek)\s*:?\s+(\S.*)$/i;

/**
 * The shapes of lines that a regular expression alone tells, as classifyLine reads them: the
 * editor's grammar (scripts/grammar.ts) is made from the same expressions, so the colours of a
 * dump's structure and the analysis never disagree on what a line is.
 */
export const LINE_SHAPES = {
  separator: SEPARATOR,
  mailFrom: MAIL_FROM,
  counter: COUNTER,
  url: URL,
  recordId: RECORD_ID,
  slug: SLUG,
  trailer: TRAILER,
  pageNumber: PAGE_NUMBER,
  heading: HEADING,
  bullet: BULLET,
  quote: QUOTE,
  signatureMark: SIGNATURE_MARK,
  fence: FENCE,
  byline: BYLINE,
  wireDateline: WIRE_DATELINE,
  colonDateline: COLON_DATELINE,
} as const;

export function classifyLine(raw: string): LineKind {
  if (raw.length === 0 || !/\S/.test(raw)) return LineKind.Blank;
  if (raw.length > 400) return LineKind.Text;
  if (SEPARATOR.test(raw)) return LineKind.Separator;
  if (BOX_BORDER.test(raw)) return LineKind.Boilerplate;
  if (FENCE.test(raw)) return LineKind.Fence;
  if (mayNameColumns(raw) && columnNamesOf(raw)) return LineKind.ColumnNames;
  // A form feed glued to a line (pdftotext starts each page so) is a page break, not the line's text; a
  // byte-order mark at a line's start (a file's own, or one of the files joined into the dump) is no text either.
  const line = raw.charCodeAt(0) === 12 || raw.charCodeAt(0) === 0xfeff ? raw.replace(LINE_START_MARKS, "") : raw;
  if (MAIL_FROM.test(line)) return LineKind.MailFrom;
  // A fax's header on its first page opens the record it sends; on the next pages it is their furniture.
  const fax = parseFaxHeader(line);
  if (fax) return fax.page > 1 ? LineKind.PageNumber : LineKind.RecordId;
  // (a monitoring service's credit, `Source: PTV News, Islamabad, in Urdu 1400 gmt 9 Sep 24`, closes its report: no field of a head)
  if (MONITORING_CREDIT.test(line)) return LineKind.Trailer;
  // (before the keys: a digest's `Message: 3` numbers its record, it is no field)
  if (COUNTER.test(line)) return LineKind.Counter;
  const field = keyValue(line);
  if (field) return field.kind;
  if (URL.test(line)) return LineKind.Url;
  // A numbered title (`#12  Dortmund edge PSG …`, a browser's saved tabs) rather than a record's number and its stamp.
  if (NUMBERED_TITLE.test(line) && isTitleLike(line) && wordCount(withoutMarkup(line.trim())) >= 3) return LineKind.Heading;
  if (RECORD_ID.test(line)) return LineKind.RecordId;
  // (`END-BODY` closes a CMS record: no slug)
  if (SLUG.test(line) && !TRAILER.test(line)) return LineKind.Slug;
  // (an agency's stamp in capitals and digits, `AAN/rv 16-11-2026 14:20 GMT`: TRAILER reads its words in any case)
  if (TRAILER.test(line) || AGENCY_STAMP.test(line)) return LineKind.Trailer;
  // (a web archive's toolbar names the days of its captures, none of them the story's)
  if (line.length <= 200 && ARCHIVE_TOOLBAR.test(line)) return LineKind.Boilerplate;
  // (a banner's save or send stamp beside its name, `Links (copied from Notes) · saved 20/05/2024 09:40`, dates no story)
  if (isSentStampLine(line)) return LineKind.Acquired;
  // (a messenger's `[ Reposted from 02.12.2026 ]` gives the day of the post it copies, not its own)
  if (line.length <= 120 && FORWARD_MARKER_LINE.test(line)) return LineKind.Boilerplate;
  if (isDateOrByline(line) || isLoggedDateLine(line)) return LineKind.DateOrByline;
  if (ACQUISITION_STAMP_LINE.test(line) || CLIPPING_STAMP_LINE.test(line)) return LineKind.Acquired;
  // (a quoted line stays a quote: a clipping app's `> source: … · 2 days ago` is read where it stands, in a record's head)
  if (relativeAge(line) || (!QUOTE.test(line) && ageInDateLine(line))) return LineKind.DateOrByline;
  if (line.length <= 200 && NAVIGATION_LINE.test(line)) return LineKind.Boilerplate;
  if (line.length <= 80 && (FURNITURE_LINE.test(line) || DATED_STAMP_LINE.test(line) || ENGAGEMENT_LINE.test(line))) return LineKind.Boilerplate;
  if (line.length <= 200 && (NEWSLETTER_FURNITURE.test(line) || RELEASE_LABEL_LINE.test(line))) return LineKind.Boilerplate;
  if (QUOTE.test(line)) return LineKind.Quote;
  if (SIGNATURE_MARK.test(line)) return LineKind.SignatureMark;
  if (mayBePageFurniture(line) && PAGE_NUMBER.test(line)) return LineKind.PageNumber;
  // (an outline's heading and a playlist's title, `▶ Title`, rather than a list's items)
  if ((outlineHeadingTitle(line) || PLAY_MARK.test(line)) && isTitleLike(line)) return LineKind.Heading;
  if (BULLET.test(line)) return LineKind.Bullet;
  // (a link number glued to an indented line's first word is a text browser's markup in the body: `   [6]Atacama Large …`)
  if (HEADING.test(line) && isTitleLike(line) && !INDENTED_LINK.test(line)) return LineKind.Heading;
  return LineKind.Text;
}

/** A date or byline line under a log's prefix, pasted as a quote (`07:15 <wiredesk> | BY Ana Lima | 9.10.2024`). */
function isLoggedDateLine(line: string): boolean {
  const logged = /^\s*\[?\d/.test(line) ? LOG_PREFIX.exec(line) : null;
  return logged !== null && isDateOrByline(line.slice(logged[0].length).replace(/^[|>]\s+/, ""));
}

/** A day and month alone, as a feed reader writes an older item's day: `May 14`, `14 May`. */
const MONTH_DAY_PART = new RegExp(`^(?:${MONTH_PATTERN}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH_PATTERN})$`, "i");

/** A banner line with a part that says when it was sent or exported, beside short parts (`Issue 212 · sent 14/06/2024 05:30 · 4 stories`). */
function isSentStampLine(line: string): boolean {
  if (line.length > 200 || !/[·|•]/.test(line)) return false;
  const parts = line.trim().split(/\s*[·|•]\s*/);
  // (an item's line with its age or day beside the save time, `pitchside.example · 11h ago · saved Sun 2 Jun 2024 08:15`, dates the item)
  return (
    parts.length >= 2 &&
    parts.some((p) => SENT_STAMP_PART.test(p)) &&
    parts.every((p) => p.length <= 40) &&
    !parts.some((p) => !SENT_STAMP_PART.test(p) && (relativeAge(p) || COMPACT_AGE.test(p) || DATE_IN_LINE.test(p) || MONTH_DAY_PART.test(p)))
  );
}

/** Words that name a record before its number in an export or a forum's dump (a mail digest's `Message: 3` is a counter). */
const RECORD_NUMBER_KEY = /^(?:msg|post|posting|item|entry|article|record|story|beitrag|eintrag|art[ií]culo|entrada)$/i;

/** Small words that join the capitalised words of a name (`Institute for Meteorology and the National …`). */
const NAME_JOINERS = /^(?:of|for|and|the|on|in|at|de|du|des|la|le|les|el|los|las|y|et|und|für|der|del|da|do|dos|das|di)$/;

/**
 * Whether a field's value reads as prose: two words in lower case side by side, other than the
 * small words that join a name's (`Centre for Volcanology and Geological Hazard Mitigation` is a name).
 */
function readsAsProse(value: string): boolean {
  for (const m of value.matchAll(/(?<!\p{L})(\p{Ll}{2,})\s+(?=(\p{Ll}{2,})(?!\p{L}))/gu)) {
    if (!NAME_JOINERS.test(m[1]!) || !NAME_JOINERS.test(m[2]!)) return true;
  }
  return false;
}

/** A `key: value` line's kind, when its key is one of a record's (a dateline such as `BAGHDAD: A visit …` is not). */
function keyValue(line: string): { kind: LineKind } | undefined {
  const field = headerField(line);
  if (!field) return undefined;
  const key = field.name;
  if (TITLE_KEY_SET.has(key)) return field.value.trim() ? { kind: LineKind.TitleHeader } : undefined;
  // an archive's code before the copyright line that closes its record (`[CPR] Copyright 2026 … All rights reserved.`): a trailer
  if (ARCHIVE_CODES.get(field.rawKey) === "copyright" && TRAILER.test(field.value)) return { kind: LineKind.Trailer };
  // an export's number of the record (`Item: 12`, `Post: 4`, `Beitrag: 4`): the record's id, its first line
  if (RECORD_NUMBER_KEY.test(field.rawKey) && /^#?\d{1,6}$/.test(field.value.trim())) return { kind: LineKind.RecordId };
  if (KNOWN_KEYS.has(key)) return { kind: LineKind.Header };
  const value = field.value;
  const rawKey = field.rawKey;
  // An unknown key: short key and value, not a paragraph that opens with a place.
  // A place before prose (`Jerusalem: Israel said …`) is a dateline; before a date, an id or a name it is a key (`Indexed: 01/11/2024`).
  const prose = readsAsProse(value);
  // (a dateline opens a paragraph: a short phrase after a place is a field's value, `Doc Type: Press clipping`)
  if (value.length > 120 || !UNKNOWN_KEY.test(rawKey) || (prose && value.length > 40 && datelineOf(line) !== undefined) || NOT_A_DATELINE.has(key))
    return undefined;
  return { kind: LineKind.KeyValue };
}

/** Two cells that could be column names at the start of a line: a cheap test before reading the cells. */
const COLUMN_NAMES_START = /^"?\p{L}[\p{L}\d _.:-]{0,31}"?[,;\t]\s*"?\p{L}[\p{L}\d _.:-]{0,31}"?[,;\t]/u;

/** Cheap tests before the regular expressions, which most lines of prose would otherwise run in full. */
function mayNameColumns(line: string): boolean {
  // a delimiter within the first column name's length
  for (let i = 1; i < line.length && i <= 34; i++) {
    const c = line.charCodeAt(i);
    if (c === 44 || c === 59 || c === 9) return COLUMN_NAMES_START.test(line);
  }
  return false;
}
function mayBePageFurniture(line: string): boolean {
  return (
    line.length <= 16 ||
    PAGE_FURNITURE_START.test(line) ||
    line.includes("..") ||
    line.includes(". .") ||
    (line.length <= 200 && (WIDE_GAP.test(line) || (line.length <= 60 && JUMP_WORD.test(line))))
  );
}
const PAGE_FURNITURE_START = /^\s*[pPcCnNvViIeEaA[(\-–—\d]/;
const WIDE_GAP = /\S {3}/;
const JUMP_WORD = /\b(?:from|see|turn|jumps?|suite|fortsetzung|contin[uú]a|viene|segue|vervolg)\b/i;

const MARKUP_START = "#[(0123456789*_h▶►★☆✩✪✭✮✯⭐\uD83D";

/**
 * A line without the light markup some exporters add: a Markdown heading mark (`## `), a counter
 * (`[3] `, `3. `) or emphasis around the whole line (`*By Jane Doe*`).
 */
export function withoutMarkup(t: string): string {
  // Each mark begins with one of these characters: most lines have none to remove.
  if (!MARKUP_START.includes(t[0] ?? "\n")) return t;
  const outline = outlineHeadingTitle(t);
  if (outline) return t.slice(outline.start, outline.end);
  return t
    .replace(HEADING_MARK, "")
    .replace(LIST_TAG, "")
    .replace(/^([*_]{1,2})(\S(?:.*\S)?)\1$/, "$2");
}

/**
 * Where the date of a date line is, if the line is one: a date, and beside it only a byline, an
 * outlet's name, a weekday, a time, a reading time or a page (`By Jane Doe | June 3, 2024`,
 * `Reuters, 9 Nov 2023`, `Posted 28/07/2021 15:32 | Pacific Tribune`, `July 26, 2023 Wednesday`).
 */
export function dateLineDate(raw: string): { start: number; end: number } | undefined {
  // Every date form has a four-digit year or a numeric date's digits: most lines go no further.
  if (raw.length > 160 || !DATE_DIGITS.test(raw)) return undefined;
  // under a log's prefix (`07:15 <desk> | BY Ana Lima | 9.10.2024`): the date of what was logged, not when
  const logged = /^\s*\[?\d/.test(raw) ? LOG_PREFIX.exec(raw) : null;
  if (logged) {
    const skip = logged[0].length + (/^[|>]\s+/.exec(raw.slice(logged[0].length))?.[0].length ?? 0);
    const at = dateLineDate(raw.slice(skip));
    return at && { start: at.start + skip, end: at.end + skip };
  }
  const line = withoutLinkNumbers(raw);
  const bare = withoutMarkup(line.trim());
  const offset = line.indexOf(bare);
  const m = DATE_IN_LINE.exec(bare);
  if (!m || offset < 0) return undefined;
  // a date in a web address (`[Kompas](https://bola.kompas.com/read/2024/03/07/…) · 1d ago`) is the site's filing, not the line's date
  if (/(?:https?:\/\/|www\.)\S*$/.test(bare.slice(0, m.index))) return undefined;
  const before = bare.slice(0, m.index);
  const after = bare.slice(m.index + m[0].length);
  // a period from one date to another (`PRESS CUTTINGS  1.1.24 – 30.4.24`, `Period: 01.01.2024 to 30.04.2024`): a collection's span, no date line
  const range = /^\s*(?:--?|[–—]|to|until|till|bis|au|al|a)\s*/i.exec(after);
  if (range && DATE_IN_LINE.exec(after.slice(range[0].length))?.index === 0) return undefined;
  // a place and a date before a dash and a sentence (`Manila, 5 March 2024 - The Department of Foreign Affairs`): a dateline opening the text
  // (or before the outlet in parentheses and a dash: `Kano, Sunday 8 November 2026 (Sahel Courier) – The`, the wire form, whatever follows)
  if (/,\s*$/.test(before) && /^\s*(?:(?:--|[-–—])\s+\S+(?:\s+\S+){3}|\([^()]{1,40}\)\s*(?:--|[-–—])\s+\S)/.test(after)) return undefined;
  if (!onlyFiller(before) || !onlyFiller(after)) return undefined;
  return { start: offset + m.index, end: offset + m.index + m[0].length };
}

/** A Markdown link alone, its text (group 1) before its web address: `[Yonhap](https://en.yna.co.kr/view/…)`. */
const MARKDOWN_LINK_PART = /^\[([^\]]{1,80})\]\((?:https?:\/\/|www\.)[^\s)]+\)$/;

/** A display name and the poster's handle after it, in brackets or not: the name is group 1. */
const POSTER_PART = /^(\S.{0,50}?)\s+\(?@[\w.-]+(?:@[\w.-]+)?\)?$/u;

/** Text beside a date on a date line: nothing but separators, bylines, names, weekdays, reading times. */
function onlyFiller(text: string): boolean {
  for (const part of text.split(DATE_LINE_SEPARATOR)) {
    // the outlet as a Markdown link to the story (`[Yonhap](https://en.yna.co.kr/…) · 3h ago`, as digests cite it)
    const linked = MARKDOWN_LINK_PART.exec(part.trim());
    if (linked && NAME_PART.test(linked[1]!) && linked[1]!.length <= 60) continue;
    // (a programme's or an edition's name with its time: `NEWS BULLETIN 23:30`)
    // (and an outlet's edition: `Gazeta Bałtycka English edition`)
    const p = part
      .replace(/^[\s([{"“]+|[\s)\]}"”:]+$/g, "")
      .replace(/(\S)\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?$/i, "$1")
      .replace(/(\S)\s+(?:(?:\p{Lu}\p{Ll}+\s+)?(?:edition|online|digital)|print)$/u, "$1");
    if (!p) continue;
    // (a video's counts beside its channel and age: `NTV Kenya • 48K views • Streamed 2 days ago`)
    if (
      BYLINE.test(p) ||
      FOREIGN_BYLINE.test(p) ||
      FILLER_PART.test(p) ||
      POST_ACTION_PART.test(p) ||
      (NAME_PART.test(p) && p.length <= 60) ||
      ENGAGEMENT_LINE.test(p)
    )
      continue;
    // the outlet after its key (`## 2024-03-04 | Source: Sudan Tribune`, `via Reuters`)
    const source = SOURCE_PART.exec(p);
    if (source && NAME_PART.test(source[1]!) && source[1]!.length <= 60) continue;
    // an outlet with its country (`ABC News (Australia)`), a kind of piece before its byline (`Bluesky thread by Zeke Hausfather`)
    const qualified = /^(.{2,40}?)\s*\([\p{L} .'’-]{2,30}\)?$/u.exec(p);
    if (qualified && NAME_PART.test(qualified[1]!)) continue;
    // a social post's poster, the display name beside the handle (`Prairie Sports Desk @prairiesports`, `Nordic Wire (@nordicwire.bsky.social)`)
    const poster = POSTER_PART.exec(p);
    if (poster && NAME_PART.test(poster[1]!)) continue;
    const by = /\s(?:by|BY)\s/.exec(p);
    if (by && by.index <= 30 && p.slice(0, by.index).split(/\s+/).length <= 3 && BYLINE.test(p.slice(by.index + 1))) continue;
    return false;
  }
  return true;
}

/** `By Jane Doe`, `June 3, 2024`, `By Jane Doe | June 3, 2024 | 4 min read`, `CNN — Monday 6 November 2023`. */
export function isDateOrByline(raw: string): boolean {
  if (raw.length > 160) return false;
  if (dateLineDate(raw)) return true;
  const line = withoutLinkNumbers(raw);
  // A byline's word and the capital after it stand in the line itself (its parts are pieces of it).
  if (!BYLINE_START.test(line)) return false;
  const bare = withoutMarkup(line.trim());
  return bare.split(DATE_LINE_SEPARATOR).some((p) => BYLINE.test(p.trim())) && onlyFiller(bare);
}

/**
 * The relative age a date line gives beside an outlet or a byline (`Markets Ledger · 5 hours ago`), if it is one; also
 * where a clipping app quotes that line (`> source: Globo Esporte · 2 days ago · by Thiago Lacerda`).
 */
export function ageInDateLine(line: string): string | undefined {
  // Every age has one of these words (see relativeAge), and a part holds only the line's own text.
  if (line.length > 160 || !(AGE_WORD.test(line) || COMPACT_AGE_IN.test(line))) return undefined;
  const parts = withoutMarkup(line.trim().replace(QUOTE_MARK, "")).split(DATE_LINE_SEPARATOR);
  const age = parts.find((p) => relativeAge(p)) ?? (parts.length > 1 ? parts.find((p) => COMPACT_AGE.test(p)) : undefined);
  if (age) return parts.every((p) => p === age || onlyFiller(p)) ? (relativeAge(age) ? age : `${age} ago`) : undefined;
  // a link aggregator's post line: the age beside the score and the poster (`1,204 points by orbit_nerd 3 days ago | hide | 388 comments`)
  const posted = parts.findIndex((p) => postedAge(p) !== undefined);
  return posted >= 0 && parts.every((p, n) => n === posted || onlyFiller(p)) ? postedAge(parts[posted]!) : undefined;
}

/**
 * A link aggregator's post, its score, poster and age in one phrase, in either order: `1,204 points
 * by orbit_nerd 3 days ago`, `12 via jdoe 5 hours ago`, `submitted 3 hours ago by u/kiwi to r/worldnews`.
 */
const POSTED_BY_THEN_AGE =
  /^(?:[\d.,]+[kKmM]?\s+(?:points?|votes?|upvotes?|karma)?\s*)?(?:(?:posted|submitted|shared|authored)\s+)?(?:by|via)\s+(?:u\/)?[\w.@-]+\s+(\S.{0,40}?)$/i;
const POSTED_AGE_THEN_BY = /^(?:posted|submitted|shared)\s+(\S.{0,40}?)\s+(?:by|via)\s+(?:u\/)?[\w.@-]+(?:\s+(?:to|in)\s+(?:r\/)?[\w.-]+)?$/i;

/** The age of a post phrase (see POSTED_BY_THEN_AGE), if the part is one. */
function postedAge(part: string): string | undefined {
  const age = (POSTED_BY_THEN_AGE.exec(part) ?? POSTED_AGE_THEN_BY.exec(part))?.[1];
  return age && relativeAge(age) ? age : undefined;
}

/** A day and month with no year on a date line (`litdispatch.example · May 14 · saved …`), as feed readers write older items' days. */
export function monthDayInDateLine(line: string): { month: number; day: number } | undefined {
  for (const part of withoutMarkup(line.trim()).split(DATE_LINE_SEPARATOR)) {
    const m = MONTH_DAY.exec(part.trim());
    if (!m) continue;
    const month = monthNumber(m[1] ?? m[4]!);
    const day = Number(m[2] ?? m[3]);
    if (month && day >= 1 && day <= 31) return { month, day };
  }
  return undefined;
}
const MONTH_DAY = new RegExp(`^(?:(${MONTH_PATTERN})\\s+(\\d{1,2})|(\\d{1,2})\\s+(${MONTH_PATTERN}))$`, "i");

/**
 * The date of a newspaper's masthead, if the line is one: the paper's name and the edition's date,
 * maybe its issue number (`THE NORTHERN COURIER      Tuesday, 17 November 2026`, `Daily Ledger · No. 4,512 · 3 March 2024`).
 * A byline or a save stamp beside the date makes it a story's or an export's line instead.
 */
export function mastheadDate(line: string): string | undefined {
  const at = dateLineDate(line);
  if (!at) return undefined;
  const parts = [line.slice(0, at.start), line.slice(at.end)].flatMap((side) => side.trim().split(DATE_LINE_SEPARATOR)).filter((p) => p.trim());
  const named = parts.some((p) => NAME_PART.test(p.trim()) && !ISSUE_OR_WEEKDAY.test(p.trim()));
  const other = parts.some((p) => !FILLER_PART.test(p.trim()) && !NAME_PART.test(p.trim()));
  return named && !other && !BYLINE_START.test(line) && !MASTHEAD_NOT_SAVED.test(line) ? line.slice(at.start, at.end) : undefined;
}
/** An issue number or a weekday alone: no paper's name. */
const ISSUE_OR_WEEKDAY = new RegExp(`^(?:${ISSUE_NUMBER}|${WEEKDAY_PATTERN})$`, "i");
/** Words of a save or an export beside a date: an export's banner, no masthead. */
const MASTHEAD_NOT_SAVED = /\b(?:saved|scraped|crawled|exported|retrieved|sent|captured|downloaded)\b/i;

/** The date part of a date/byline line, if any. */
export function dateInDateLine(line: string): string | undefined {
  const at = dateLineDate(line);
  return at && line.slice(at.start, at.end);
}

/** Name and value of a `key: value` line: `Date: 2024-03-05` → ["date", "2024-03-05"] (the name in normal form). */
/** A `key: value` line's parts; `namespace` is what a dotted key holds before its last part (`item` of `item.title`). */
export interface HeaderField {
  name: string;
  namespace: string;
  rawKey: string;
  value: string;
  valueStart: number;
  /** Where the value ends on the line (before a JSON value's closing quote and comma). */
  valueEnd: number;
  /** The value is a JSON string: its text on the line writes a quote as `\"`. */
  escaped?: true;
}

/**
 * A log's prefix on every line, as a scraper's log or a chat client's writes it: the time (a day
 * before it, brackets around it), then a level (`12:00:01 INFO  `) or the poster's nick (`07:02 <wiredesk> `,
 * `< wiredesk>`, or between tabs as WeeChat writes it: `2024-10-25 07:02:11<TAB>wiredesk<TAB>`).
 */
const LOG_PREFIX =
  /^\s*\[?(?:\d{4}-\d{2}-\d{2}[T ])?\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?\]?(?:\s+(?:\[?(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL)\]?\s+|<[@+%~& ]?[^\s<>]{1,30}>\s+)|\t[@+%~&]?[^\s<>]{1,30}\t+)/;
/** A `key=value` pair of a log line (logfmt): the value bare or in double quotes. */
const LOG_PAIR = /(?<=^|\s)([a-z][a-z0-9_.-]{0,30})=(?:"((?:[^"\\]|\\.)*)"|(\S+))/gi;
/** Keys a newsroom's paste convention in a chat log writes before a story's headline (`NEW: …`, `STORY: …`). */
const PASTED_TITLE_KEYS: ReadonlySet<string> = new Set(["new", "story", "new story"]);

/** The `key=value` pairs of a log line after its prefix (`parse title="…" published="…"`), offsets on the line. */
export function logFields(line: string): HeaderField[] {
  const prefix = LOG_PREFIX.exec(line);
  if (!prefix || !line.includes("=")) return [];
  return pairsOf(line, prefix[0].length);
}

/** The `key=value` pairs of a line from column `from` on. */
function pairsOf(line: string, from: number): HeaderField[] {
  const fields: HeaderField[] = [];
  for (const m of line.slice(from).matchAll(LOG_PAIR)) {
    const quoted = m[2] !== undefined;
    const value = quoted ? m[2]!.replace(/\\(.)/g, "$1") : m[3]!;
    const valueStart = from + m.index + m[1]!.length + 1 + (quoted ? 1 : 0);
    fields.push({
      name: normalKey(m[1]!),
      namespace: "",
      rawKey: m[1]!,
      value,
      valueStart,
      valueEnd: valueStart + (m[2] ?? m[3]!).length,
      ...(quoted ? { escaped: true as const } : {}),
    });
  }
  return fields;
}

/** A log line's field: its title pair, else its first pair (`fetch url=… status=200`), or a `Key: value` after the prefix (`07:02 <wiredesk> NEW: …`). */
function loggedField(line: string, prefixLength: number): HeaderField | undefined {
  const pairs = logFields(line);
  if (pairs.length > 0) return pairs.find((f) => TITLE_KEY_SET.has(f.name)) ?? pairs[0];
  const field = headerField(line.slice(prefixLength));
  if (!field) return undefined;
  return {
    ...field,
    name: PASTED_TITLE_KEYS.has(field.name) ? "title" : field.name,
    valueStart: field.valueStart + prefixLength,
    valueEnd: field.valueEnd + prefixLength,
  };
}

export function headerField(line: string): HeaderField | undefined {
  const logged = /^\s*\[?\d/.test(line) ? LOG_PREFIX.exec(line) : null;
  if (logged) return loggedField(line, logged[0].length);
  const citation = citationField(line) ?? bibtexField(line);
  if (citation) return citation;
  // Both forms of KEY_VALUE have a colon or an equals sign.
  const m = line.includes(":") || line.includes("=") ? KEY_VALUE.exec(line.replace(LINE_START_MARKS, "")) : null;
  if (!m)
    return (
      jsonField(line) ??
      archiveCodeField(line) ??
      bracketedKeyField(line) ??
      spacedKeyField(line) ??
      tabbedField(line) ??
      tabKeyField(line) ??
      leaderField(line) ??
      drawerProperty(line)
    );
  const rawKey = m[1] ?? m[3]!;
  const rawValue = m[1] !== undefined ? m[2] : m[4];
  const value = (rawValue ?? "").trimEnd();
  const dot = rawKey.lastIndexOf(".");
  const valueStart = rawValue === undefined ? line.length : line.length - rawValue.length;
  return {
    name: keyOfValue(normalKey(rawKey), rawKey, value),
    namespace: dot < 0 ? "" : rawKey.slice(0, dot).toLowerCase(),
    rawKey,
    value,
    valueStart,
    valueEnd: valueStart + value.length,
  };
}

/**
 * A member of a JSON object on its own line, as a pretty-printer writes records (`  "title": "…",`):
 * the value without its quotes and escapes, or nothing for `null` and an object or list it opens.
 */
function jsonField(line: string): HeaderField | undefined {
  const m = /^\s*"([A-Za-z@$][\w .:@$-]{0,40})"\s*:\s*(.*?)\s*,?\s*$/.exec(line);
  if (!m) return undefined;
  const rawKey = m[1]!;
  // (the object's last member may close it on the same line: `"headline": "…"}`)
  const raw = /^"(?:[^"\\]|\\.)*"\s*[}\]]+$/.test(m[2]!) ? m[2]!.replace(/\s*[}\]]+$/, "") : m[2]!;
  const at = line.lastIndexOf(raw);
  const quoted = raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"');
  const value = quoted
    ? raw
        .slice(1, -1)
        .replace(/\\(["\\/])/g, "$1")
        .replace(/\\[nrt]/g, " ")
    : raw === "null" || raw === "{" || raw === "["
      ? ""
      : raw;
  const valueStart = quoted ? at + 1 : at;
  return {
    name: normalKey(rawKey),
    namespace: "",
    rawKey,
    value,
    valueStart,
    valueEnd: quoted ? at + raw.length - 1 : at + (value ? raw.length : 0),
    ...(quoted ? { escaped: true as const } : {}),
  };
}

/** A citation manager's tagged field: RIS's tag, two spaces and a hyphen (`TI  - Title`), refer's `%` and a letter (`%T Title`). */
const CITATION_FIELD = /^([A-Z][A-Z0-9]) {2}-(?: +(.*?))?\s*$|^(%[A-Z0-9@])\s+(\S.*?)\s*$/;

/**
 * A field of a citation manager's tagged export: RIS (`TI  - Title`, any tag of that shape, the
 * known ones as the keys they stand for) and EndNote's refer format (its known tags only). RIS's
 * `ER  - ` closes the record: no field, a trailer.
 */
function citationField(line: string): HeaderField | undefined {
  // (both shapes tell themselves by their first or third character)
  if (line.charCodeAt(0) !== 37 && line.charCodeAt(2) !== 32) return undefined;
  const m = CITATION_FIELD.exec(line);
  if (!m) return undefined;
  const tag = m[1] ?? m[3]!;
  const name = CITATION_TAGS.get(tag) ?? (m[1] && tag !== "ER" ? tag.toLowerCase() : undefined);
  if (!name) return undefined;
  const value = m[2] ?? m[4] ?? "";
  const valueStart = value ? line.indexOf(value, tag.length) : line.length;
  return { name, namespace: "", rawKey: tag, value, valueStart, valueEnd: valueStart + value.length };
}

/** A property of an outline's drawer: `:PUBDATE:  <2023-09-18 Mon>`, `:CAPTURED: [2023-09-18 Mon 09:12]`, and the drawer's `:PROPERTIES:` and `:END:`. */
const DRAWER_PROPERTY = /^\s*:([A-Za-z][\w-]{0,30}):(?:[ \t]+(\S.*?))?\s*$/;

function drawerProperty(line: string): HeaderField | undefined {
  const m = DRAWER_PROPERTY.exec(line);
  if (!m) return undefined;
  const value = m[2] ?? "";
  const valueStart = m[2] === undefined ? line.length : line.indexOf(value, m[0].indexOf(":", m[0].indexOf(m[1]!)));
  return { name: normalKey(m[1]!), namespace: "", rawKey: m[1]!, value, valueStart, valueEnd: valueStart + value.length };
}

/** A BibTeX entry's field: `title = {Safaricom raises overdraft ceiling},`, `date = "2024-03-06",` (the value without its braces or quotes). */
const BIBTEX_FIELD = /^\s*([A-Za-z][\w-]{0,30})\s*=\s*(?:\{(.*)\}|"(.*)"(?=\s*,))\s*,?\s*$/;

function bibtexField(line: string): HeaderField | undefined {
  // (a cheap test first: every such field has an equals sign before its brace or quote)
  if (!line.includes("=")) return undefined;
  const m = BIBTEX_FIELD.exec(line);
  if (!m) return undefined;
  const value = m[2] ?? m[3]!;
  const valueStart = line.indexOf(m[2] !== undefined ? "{" : '"', line.indexOf("=")) + 1;
  return { name: normalKey(m[1]!), namespace: "", rawKey: m[1]!, value, valueStart, valueEnd: valueStart + value.length };
}

/**
 * A key in square brackets before its value, as a feed reader's or a bookmarking tool's text export
 * writes each field (`[Item]<TAB>Sony lifts forecast`, `[Posted]<TAB>08/11/2024 16:20`, `[Source]: Reuters`,
 * `[Titel]  …`): a tab or a colon after the brackets makes any word a key; spaces only a key the vocabulary
 * knows (a digest's list tag, `[World]  Storm hits coast`, is the headline's). The feed's item, entry or
 * story named in brackets is the item's title, unless its value is the item's number.
 */
const BRACKETED_KEY = /^\s*\[(\p{L}[\p{L}0-9]*(?:[ _.-][\p{L}0-9]+){0,2})\](?:(\t[ \t]*|\s*:[ \t]*| {2,})(\S.*?))?\s*$/u;
const BRACKETED_TITLE_KEYS = /^(?:item|entry|story|article|post|eintrag|artikel|art[ií]culo|entrada|[ée]l[ée]ment|elemento)$/i;

function bracketedKeyField(line: string): HeaderField | undefined {
  if (!line.includes("]")) return undefined;
  const m = BRACKETED_KEY.exec(line);
  if (!m || m[3] === undefined) return undefined;
  const rawKey = m[1]!;
  const value = m[3];
  const name = BRACKETED_TITLE_KEYS.test(rawKey) && !/^#?\d{1,6}$/.test(value) ? "title" : normalKey(rawKey);
  if (m[2]!.startsWith(" ") && !m[2]!.includes(":") && !KNOWN_KEYS.has(name) && !isDateKey(name)) return undefined;
  const valueStart = line.indexOf(value, line.indexOf("]") + 1);
  return { name, namespace: "", rawKey, value, valueStart, valueEnd: valueStart + value.length };
}

/** Title and date keys in capitals that a tab or a run of spaces joins to the value, without a colon: `TITLE  "Giant radio galaxy found"`, `DATE\t2023-11-13`. */
const SPACED_KEY = /^\s*([A-Z]+(?: [A-Z]+)?)(?:\t+| {2,})(\S.*?)\s*$/;
function spacedKeyField(line: string): HeaderField | undefined {
  const m = SPACED_KEY.exec(line);
  // (a date key of any spelling the vocabulary reads as one: `PDATE  2024/10/15`, `PUB DATE  …`, `ISSUE DATE  …`)
  if (!m || !(TITLE_KEY_SET.has(normalKey(m[1]!)) || isDateKey(normalKey(m[1]!)))) return undefined;
  const valueStart = line.indexOf(m[2]!, m[0].indexOf(m[1]!) + m[1]!.length);
  return { name: normalKey(m[1]!), namespace: "", rawKey: m[1]!, value: m[2]!, valueStart, valueEnd: valueStart + m[2]!.length };
}

/**
 * A field of a reference manager's report (Zotero, Mendeley, EndNote as text): indented by a tab,
 * its key of a few capitalised words, a tab, its value (`<TAB>Item Type<TAB>Newspaper Article`, `<TAB>Date<TAB>06/08/2024`).
 */
function tabbedField(line: string): HeaderField | undefined {
  // (a separator mark after the tab, `<TAB>El Nacional<TAB>·<TAB>7 hours ago`, joins an outlet to its age: no field)
  const m = /^\t+(\p{Lu}[\p{L}]*(?: [\p{L}]+){0,2})\t+([^\s·•|–—-].*?)\s*$/u.exec(line);
  if (!m) return undefined;
  const valueStart = line.indexOf(m[2]!, m[0].indexOf(m[1]!) + m[1]!.length);
  return { name: normalKey(m[1]!), namespace: "", rawKey: m[1]!, value: m[2]!, valueStart, valueEnd: valueStart + m[2]!.length };
}

/**
 * A known key at the line's start and a tab before its value, as a scraper writes a record's fields
 * one a line (`title<TAB>Rates held`, `body<TAB>MUMBAI: …`, `Quelle<TAB>Handelsblatt`): only the
 * vocabulary's keys, so a table's cells or a tab in prose make no field.
 */
function tabKeyField(line: string): HeaderField | undefined {
  if (!line.includes("\t")) return undefined;
  const m = /^(\p{L}[\p{L}_-]*(?: \p{L}+)?)\t+(\S.*?)\s*$/u.exec(line);
  if (!m || !KNOWN_KEYS.has(normalKey(m[1]!))) return undefined;
  const valueStart = line.indexOf(m[2]!, m[1]!.length);
  return { name: normalKey(m[1]!), namespace: "", rawKey: m[1]!, value: m[2]!, valueStart, valueEnd: valueStart + m[2]!.length };
}

/** A field whose key dotted leaders join to its value, as a clippings service prints it: `Date of issue ..... 16.03.2023`. */
function leaderField(line: string): HeaderField | undefined {
  if (!line.includes("...")) return undefined;
  const m = /^\s*([A-Za-z][A-Za-z0-9]*(?:[ _-][A-Za-z0-9]+){0,3})\s*\.{3,}:?\s+(\S.*?)\s*$/.exec(line);
  // (a page's number after the leaders is a table of contents' entry, `Pipeline crosses Kagera ..... 3`, unless a known key says page)
  if (!m || (/^\d{1,4}$/.test(m[2]!) && !KNOWN_KEYS.has(normalKey(m[1]!)))) return undefined;
  const valueStart = line.indexOf(m[2]!, m[0].indexOf("."));
  return { name: normalKey(m[1]!), namespace: "", rawKey: m[1]!, value: m[2]!, valueStart, valueEnd: valueStart + m[2]!.length };
}

/** An archive service's field code in brackets before its value: `[TTL] Storm hits coast`, `<PDT> 03.11.2026`, `{TXT}` alone. */
const BRACKETED_CODE = /^\s*(?:\[([A-Z]{2,4})\]|<([A-Z]{2,4})>|\{([A-Z]{2,4})\}):?(?:[ \t]+(\S.*?))?\s*$/;

/**
 * An archive service's field written without a colon (`HD<tab>Storm hits coast`, `SN  The Times`),
 * or a code alone that opens a part of the text (`LP`, `TD`): only the service's known codes.
 */
function archiveCodeField(line: string): HeaderField | undefined {
  const bare = /^\s*([A-Z]{2,3})(?:(?:\t+| {2,})(\S.*?))?\s*$/.exec(line);
  const bracketed = bare ? null : BRACKETED_CODE.exec(line);
  const code = bare?.[1] ?? bracketed?.[1] ?? bracketed?.[2] ?? bracketed?.[3];
  if (!code || !ARCHIVE_CODES.has(code)) return undefined;
  const written = bare ? bare[2] : bracketed![4];
  const value = written ?? "";
  const valueStart = written === undefined ? line.length : line.indexOf(value, line.indexOf(code) + code.length + (bracketed ? 1 : 0));
  return { name: normalKey(code), namespace: "", rawKey: code, value, valueStart, valueEnd: valueStart + value.length };
}

/**
 * A line that could be a headline or a subhead: short, starts like a title, no sentence-final
 * full stop. (Questions and exclamations are fine; so is a final quote in a headline.)
 */
export function isTitleLike(line: string): boolean {
  const t = withoutMarkup(line.trim());
  if (t.length < 3 || t.length > 200) return false;
  // An emoji or symbol may lead the title (`🚀 Rocket launch: …`).
  if (!/^(?:(?:[\p{Extended_Pictographic}\p{So}]|\uFE0F|\u200D)+\s*)?(?:[\p{Lu}\p{N}"'“‘«¿¡]|\p{Lo})/u.test(t)) return false;
  // (The last character read directly: a pattern anchored at the end is tried at every position.)
  if (".,;:".includes(t[t.length - 1]!) && !/\b(?:[A-Z]\.|Inc\.|Co\.|Jr\.|Sr\.|St\.|U\.S\.)$/.test(t)) return false;
  return wordCount(t) <= 25;
}

/** How many pieces `text.split(/\s+/)` gives, without making them: one more than the runs of white space. */
function wordCount(text: string): number {
  let pieces = 1;
  for (let i = 0; i < text.length; i++) if (isWhiteSpace(text.charCodeAt(i)) && !isWhiteSpace(text.charCodeAt(i - 1))) pieces++;
  return pieces;
}

/** What `\s` matches, by code unit. */
function isWhiteSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Articles, prepositions and conjunctions that a headline does not end on, in the languages of the
 * dumps: a line ending on one is wrapped. (Particles that end phrasal and separable verbs are left
 * out: `Strike called off`, `Regierung legt Plan vor`, `Kabinet valt om`.)
 */
const JOINING_WORDS: ReadonlySet<string> = new Set(
  [
    // English
    "a an the and or nor but of to for from with at by into onto as than via after before amid against between during through without toward towards among across behind despite until over",
    // French
    "le la les un une des du de d' et ou à au aux pour par avec sans sur dans contre après avant entre vers chez selon",
    // German
    "der die das den dem des eines einem einer und oder für von vom zum zur bei gegen ohne im am wegen trotz seit",
    // Spanish, Portuguese, Italian
    "el los las unos unas y o del al con para sin sobre tras hacia desde según os um uma do da dos das no na nos nas em pelo pela após il lo gli di della dei degli delle dal dalla nel nella per sul sulla tra fra dopo senza verso",
    // Dutch
    "het een en van met bij naar tegen zonder",
    // Swedish, Norwegian, Danish
    "och og eller på av til till från fra mot efter etter ett",
    // Polish
    "oraz lub na do od dla przez przy bez",
  ]
    .join(" ")
    .split(" "),
);

/** Whether a line ends on a word that joins it to the next: a headline wrapped there. */
export function endsOnJoiningWord(line: string): boolean {
  const last = /(\p{L}+['’]?)\s*$/u.exec(line)?.[1];
  return last !== undefined && JOINING_WORDS.has(last.toLowerCase().replace("’", "'"));
}

/**
 * A line that opens with a dateline: `BAGHDAD: …`, `Jerusalem: …`, `LONDON (Reuters) - …`,
 * `NAIROBI, Kenya — …`, `NEW YORK, May 17 (AP) -- …`. Returns the place as written.
 */
export function datelineOf(line: string): string | undefined {
  const t = line.trimStart().replace(/^\*\*([^*]+)\*\*/, "$1");
  // Wire style: PLACE[, Region][, Month Day] [(AGENCY)] - / — / --
  const wire = WIRE_DATELINE.exec(t);
  if (wire && /\p{Lu}{2}/u.test(wire[1]!) && isPlaceName(wire[1]!.trim())) return wire[1]!.trim();
  const wireMixed = MIXED_CASE_WIRE_DATELINE.exec(t);
  if (wireMixed) {
    const place = wireMixed[1]!.trim();
    const agency = /^[^(]{0,60}\(/.test(t);
    // Without an agency, only a spaced em dash makes a mixed-case dateline (`Adelaide — Two people …`), or a date
    // before the dash as press releases write it (`Manila, 5 March 2024 - The Department …`).
    const rest = t.slice(wireMixed[1]!.length);
    if (isPlaceName(place) && (agency || /^\s*—/.test(rest) || /^,[^-–—]{0,40}\d{4}\s*(?:--|[-–—])\s/.test(rest))) return place;
  }
  // Colon style: BAGHDAD: / Jerusalem: / NEW YORK:
  const colon = COLON_DATELINE.exec(t);
  if (colon) {
    const place = colon[1]!;
    const allCaps = !/\p{Ll}/u.test(place);
    if (isPlaceName(place) && (!allCaps || place.length >= 3)) return place;
  }
  return undefined;
}

/**
 * The date with its year that a wire dateline gives between its place and its dash, as written
 * (`Kano, Sunday 8 November 2026 (Sahel Courier) – …` → `Sunday 8 November 2026`, `MANILA, March 5, 2024 -- …`).
 */
export function datelineDate(line: string): string | undefined {
  const t = line.trimStart();
  const wire = WIRE_DATELINE.exec(t) ?? MIXED_CASE_WIRE_DATELINE.exec(t);
  return wire && datelineOf(line) ? DATE_IN_LINE.exec(wire[0])?.[0] : undefined;
}

/** Whether what stands where a dateline's place would is a place: no label (`ANALYSIS`, `Editor's note`) and no picture credit (`FILE PHOTO`, `Image Credit`). */
function isPlaceName(phrase: string): boolean {
  const lower = phrase.toLowerCase();
  return !NOT_A_DATELINE.has(lower) && !lower.split(/[\s-]+/).some((w) => PICTURE_WORDS.has(w));
}

/**
 * Whether a line opens a paragraph with a dateline (`BAGHDAD: …`, `LONDON (Reuters) - …`), rather
 * than being a headline that starts with a name and a colon (`Bushfires: Kangaroo Island blazes …`,
 * `CYCLONE IDAI: BEIRA CUT OFF`): a dateline in capitals before mixed-case text, or in wire style.
 */
export function opensWithDateline(line: string): boolean {
  const place = datelineOf(line);
  if (place === undefined || !/\p{Ll}/u.test(line)) return false;
  const colon = /^[^:]*:/.test(line.slice(0, line.indexOf(place) + place.length + 1));
  return !colon || place === place.toUpperCase();
}
