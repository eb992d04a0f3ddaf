// What the conventions of news records say about the names of one line: a metadata key is no name
// and a date key's value holds none (`Date: Mon, 22 Jul 2024`), an outlet key's value is an
// organisation (`Source: Bloomberg`), an author key's value is people (`By: Jordan Novet`), a wire
// dateline names its agency (`LONDON (Reuters) -`), a caption ends with its credit (`(AP)`,
// `Photo: AFP`, `Kirsty Mallon/AP`, `(AP Photo/Lena Ortiz)`) and a copyright line with its holder.
// They work on the tokens of one line. Pure.

import { CREDIT_WORDS, OUTLET_KEYS } from "../words/entityCues.js";
import { ACQUISITION_KEYS, DATE_KEYS, LABEL_WORDS, MAIL_ADDRESSING_KEYS, METADATA_KEYS, NOT_A_DATELINE, normalKey } from "../words/metadata.js";
import { LOC, ORG, PER, type TSpan } from "./tspan.js";
import { endsSentence, isAllCaps, isCapWord, isDash, isDigits, isLowerWord, isMonthOrWeekdayWord, isPunct } from "./wordShape.js";

/**
 * A press release's embargo stamp, whose value is the hour it may be published (`EMBARGOED UNTIL:
 * 19:00 GMT`, `Sperrfrist: 10 Uhr`, `Embargo hasta: …`): the key in capitals is no place's name.
 */
const EMBARGO_KEYS = [
  "embargo",
  "embargoed",
  "embargoed until",
  "embargoed till",
  "under embargo",
  "embargo until",
  "sperrfrist",
  "embargo hasta",
  "embargo jusqu'au",
  "embargo fino al",
];
/** Keys of a record's codes (a wire's or a CMS's slug, a status, an identifier): their values name nothing (`SLUG: VIETNAM-AUTOS/VINFAST`). */
const CODE_KEYS = ["slug", "status", "identifier", "doi", "isbn", "issn"];
const KEYS: ReadonlySet<string> = new Set<string>([...METADATA_KEYS, ...OUTLET_KEYS, ...EMBARGO_KEYS, ...CODE_KEYS]);
/** Keys whose value names nothing: dates, addresses, identifiers, counts. */
const NAMELESS_KEYS: ReadonlySet<string> = new Set<string>([
  ...DATE_KEYS,
  ...EMBARGO_KEYS,
  ...CODE_KEYS,
  ...ACQUISITION_KEYS,
  "url",
  "link",
  "guid",
  "permalink",
  "canonical",
  "id",
  "item id",
  "doc id",
  "message id",
  "length",
  "word count",
  "words",
  "page",
  "pg",
  "lang",
  "language",
  ...MAIL_ADDRESSING_KEYS,
]);
/** The date keys of one word, for stamps without a colon. */
const DATE_WORDS: ReadonlySet<string> = new Set(DATE_KEYS.filter((k) => !k.includes(" ")));
const AUTHOR_KEYS: ReadonlySet<string> = new Set(["by", "byline", "author", "authors", "writer", "reporter", "reporting", "written by", "from", "sender"]);
/** Last words of a byline's part that is the writer's job, not a name: `Megan Rhys, Science Editor`. */
const BYLINE_ROLES: ReadonlySet<string> = new Set([
  "editor",
  "correspondent",
  "reporter",
  "writer",
  "staff",
  "desk",
  "bureau",
  "chief",
  "producer",
  "columnist",
  "contributor",
  "analyst",
]);

/** Whether a name of an author key's value ends with the writer's job (`Science Editor`): no person's. */
export function endsWithBylineRole(words: readonly string[], b: number): boolean {
  return BYLINE_ROLES.has(words[b - 1]!.toLowerCase());
}

/** What a line's record conventions say before any name is looked at. */
export interface LineRecord {
  /** The line names nothing: a date key's value, a mail separator, addresses. */
  nameless: boolean;
  /** Tokens [first, valueStart) are a key and its colon, which are no name. */
  valueStart: number;
  /** What the value names: an outlet, the writers, the holder of a copyright, or anything. */
  value: "outlet" | "people" | "copyright" | "text";
}

/** Reads the key of a `key: value` line, a `Published 5 June 2024` stamp or a mail `From ` line. */
export function readLineRecord(words: readonly string[], first: number, last: number): LineRecord {
  const text: LineRecord = { nameless: false, valueStart: first, value: "text" };
  if (first >= last) return text;
  // `From jane@example.org  Tue Mar  7 06:15:48 2023`: an mbox separator
  // (a list archive writes `jane at example.org`)
  const at = words.indexOf("at", first + 1);
  const mboxAt = at > first && at < Math.min(last, first + 5) && words[at + 2] === ".";
  if (words[first] === "From" && words[first + 1] !== ":" && (mboxAt || words.slice(first + 1, Math.min(last, first + 8)).includes("@"))) {
    return { ...text, nameless: true };
  }
  // a key is a word or three before a colon: most lines have no colon among their first tokens
  let colon = -1;
  for (let i = first + 1; i < Math.min(last, first + 4); i++) {
    if (words[i] === ":") {
      colon = i;
      break;
    }
  }
  for (let i = first; i < colon; i++) {
    if (!/^\p{L}[\p{L}'’-]*$/u.test(words[i]!)) colon = -1;
  }
  if (colon > first) {
    const key = normalKey(words.slice(first, colon).join(" "));
    if (!KEYS.has(key)) return text;
    return keyedRecord(key, colon + 1);
  }
  // a structured record's key: quoted (`"author": "Diego Ferraro"`), dotted (`SOURCE.NAME:`,
  // `entry.author.name = …`) or before `=` (`authors = ["Callum Reid"]`)
  const structured = structuredKey(words, first, last);
  if (structured) return keyedRecord(structured.key, structured.valueStart);
  // a press release's last line names its issuer: `SOURCE Embraer S.A.`
  if (words[first] === "SOURCE" && first + 1 < last && isNameWord(words[first + 1]!)) return { ...text, valueStart: first + 1, value: "outlet" };
  // `Published 5 June 2024`, `Posted Mon 3 June`: a stamp without a colon
  const next = words[first + 1];
  if (next !== undefined && (isDigits(next) || isMonthOrWeekdayWord(next)) && DATE_WORDS.has(words[first]!.toLowerCase())) {
    return { ...text, nameless: true };
  }
  return text;
}

/** What a line whose value starts at token `valueStart` after the key `key` (known, normalised) says. */
function keyedRecord(key: string, valueStart: number): LineRecord {
  if (NAMELESS_KEYS.has(key)) return { nameless: true, valueStart, value: "text" };
  const value = OUTLET_KEYS.has(key) ? "outlet" : AUTHOR_KEYS.has(key) ? "people" : key === "copyright" ? "copyright" : "text";
  return { nameless: false, valueStart, value };
}

/** Quotation marks and brackets around a structured record's keys and values. */
const KEY_MARKS = new Set(['"', "'", "“", "”", "[", "{"]);

/**
 * The known key of a structured record's line and where its value starts: `"author": "…"`,
 * `SOURCE.NAME: …`, `source_name: …`, `entry.author.name = …`, `authors = ["…"]`. Undefined for
 * other lines.
 */
function structuredKey(words: readonly string[], first: number, last: number): { key: string; valueStart: number } | undefined {
  let i = first;
  if (KEY_MARKS.has(words[i]!)) i++;
  const parts: string[] = [];
  while (i < last && i - first < 8 && /^\p{L}[\p{L}'’-]*$/u.test(words[i]!)) {
    parts.push(words[i]!.toLowerCase());
    i++;
    if (words[i] === "." || words[i] === "_") i++;
    else break;
  }
  // `[Feed]` before a tab: a reader's key in brackets, its value after them
  const bracketed = words[first] === "[" && words[i] === "]" && parts.length === 1 && i + 1 < last && words[i + 1] !== ":" && words[i + 1] !== "=";
  if (KEY_MARKS.has(words[i] ?? "") || words[i] === "]") i++;
  if (parts.length === 0 || (words[i] !== ":" && words[i] !== "=" && !bracketed)) return undefined;
  if (parts.length === 1 && i === first + 1 && words[i] === ":") return undefined; // a plain `key:`: read above
  // (normalKey reads a dotted key: `source.name` is the source)
  const key = normalKey(parts.join("."));
  if (!KEYS.has(key) && !AUTHOR_KEYS.has(key)) return undefined;
  let valueStart = bracketed ? i : i + 1;
  while (valueStart < last && KEY_MARKS.has(words[valueStart]!)) valueStart++;
  return { key, valueStart };
}

/** A capitalised word: no punctuation. */
function isNameWord(w: string): boolean {
  return isCapWord(w) && !isPunct(w);
}

/** A run of name tokens from i: capitalised words, with numbers and `&` inside (`France 24`, `S&P Global`). */
function nameRun(words: readonly string[], i: number, last: number): number {
  let j = i;
  while (j < last) {
    const w = words[j]!;
    if (isCapWord(w) && !isPunct(w)) j++;
    else if (j > i && (isDigits(w) || w === "&") && j + 1 <= last) j++;
    else break;
  }
  while (j > i && (words[j - 1] === "&" || isPunct(words[j - 1]!))) j--;
  return j;
}

/**
 * The names a line's record conventions give, with their types: the outlets of an outlet key, the
 * writers of an author key, a wire dateline's agency, a caption's credit, a copyright holder.
 */
export function recordSpans(words: readonly string[], last: number, record: LineRecord): TSpan[] {
  const out: TSpan[] = [];
  const from = record.valueStart;
  if (record.nameless || from >= last) return out;
  if (record.value === "outlet" || record.value === "people") valueSpans(words, from, last, record.value, out);
  wireDateline(words, from, last, out);
  trailerCredits(words, from, last, out);
  // an outlet key's value is outlets, each part of it (`Source: The Mast / Reuters`), not a photographer's credit
  if (record.value !== "outlet") captionCredit(words, from, last, out);
  copyrightHolder(words, from, last, record.value === "copyright", out);
  aboutTheIssuer(words, from, last, out);
  matchSides(words, from, last, out);
  sharedFrom(words, from, last, out);
  outletCard(words, from, last, out);
  tickerSymbols(words, from, last, out);
  return out;
}

/** A score in one token: `2-1`, `3–0`, `1:1`. */
const SCORE_TOKEN = /^\d{1,3}[-–:]\d{1,3}$/;

/** Where the name of a side that starts at token i ends: capitalised words, at most five. i itself when none starts there. */
function sideEnd(words: readonly string[], i: number, last: number): number {
  let j = i;
  while (j < last && j - i < 5 && isNameWord(words[j]!)) j++;
  return j;
}

/**
 * The sides of a result line and of a table's row are clubs, as CoNLL tags them:
 * `Monterrey 2 - 1 Guadalajara`, `Al Hilal 4-1 Al Ittihad`, and a standings row,
 * `3. Orlando Pirates 18 10 5 3 35` (a rank, the side, four numbers or more). (A country's name
 * there is its national team, a location: the line rules know the countries.)
 */
function matchSides(words: readonly string[], from: number, last: number, out: TSpan[]): void {
  const home = sideEnd(words, from, last);
  if (home > from && home < last) {
    // the score as one token or as three: `2-1`, `2 - 1`
    const score = SCORE_TOKEN.test(words[home]!)
      ? home + 1
      : isDigits(words[home]!) && isDash(words[home + 1]) && isDigits(words[home + 2] ?? "")
        ? home + 3
        : home;
    if (score > home && score < last && sideEnd(words, score, last) === last) {
      out.push({ a: from, b: home, type: ORG }, { a: score, b: last, type: ORG });
      return;
    }
  }
  let start = from;
  if (isDigits(words[start]!) && words[start + 1] === ".") start += 2;
  else if (isDigits(words[start]!)) start++;
  if (start === from) return;
  const end = sideEnd(words, start, last);
  if (end === start || last - end < 4) return;
  for (let i = end; i < last; i++) if (!/^[+-]?\d{1,4}$/.test(words[i]!)) return;
  out.push({ a: start, b: end, type: ORG });
}

/** The verbs of a share sheet's note of where a link came from: `Shared from Dawn`, `Shared via Flipboard`, `Compartido desde X`. */
const SHARED_VERBS = new Set([
  "Shared",
  "shared",
  "Sent",
  "sent",
  "Compartido",
  "compartido",
  "Partagé",
  "partagé",
  "Geteilt",
  "geteilt",
  "Condiviso",
  "condiviso",
]);
const SHARED_FROM = new Set(["from", "via", "desde", "depuis", "von", "über", "da", "de", "vía"]);

/** `Shared from Dawn`, `Shared via Flipboard`: the app or the outlet a link was shared from is an organisation (not `Sent from my iPhone`). */
function sharedFrom(words: readonly string[], from: number, last: number, out: TSpan[]): void {
  for (let i = from; i + 2 < last; i++) {
    if (!SHARED_VERBS.has(words[i]!) || !SHARED_FROM.has(words[i + 1]!)) continue;
    const end = nameRun(words, i + 2, last);
    if (end > i + 2 && end - i - 2 <= 4) out.push({ a: i + 2, b: end, type: ORG });
    return;
  }
}

/** The separators of a news card's source line (a byline's `By Jane Doe | 1 March` has others). */
const CARD_SEPARATORS = new Set(["·", "•"]);
/** Words that open a byline, in the languages news writes them. */
const BYLINE_OPENERS = new Set(["By", "BY", "Por", "Von", "Par", "Di", "Door", "Af"]);

/**
 * A news card's source line, as aggregators and share sheets write it: the outlet, a separator and
 * the story's age or date (`Nikkei Asia · 13 Mar 2024`, `The Korea Herald · 2h ago`): an organisation.
 */
function outletCard(words: readonly string[], first: number, last: number, out: TSpan[]): void {
  if (last - first > 14 || BYLINE_OPENERS.has(words[first]!)) return;
  // the age first: `5 hours ago · 1News`, `2h ago · Stuff`
  const ago = words.indexOf("ago", first);
  if (ago > first && ago + 2 < last && ago - first <= 3 && CARD_SEPARATORS.has(words[ago + 1]!)) {
    const end = outletRun(words, ago + 2, last);
    if (end === last) out.push({ a: ago + 2, b: end, type: ORG });
    return;
  }
  const end = outletRun(words, first, last);
  const separator = words[end] ?? "";
  // a bar before a date, not before a byline's: `Times of Malta | Sunday, 22 November 2026 | 08:41`
  if (end === first || end - first > 6 || !(CARD_SEPARATORS.has(separator) || separator === "|")) return;
  const age = words[end + 1] ?? "";
  const dated =
    /^\d{1,2}[smhdw]$/.test(age) || (isDigits(age) && (words[end + 2] === "ago" || isMonthOrWeekdayWord(words[end + 2] ?? ""))) || isMonthOrWeekdayWord(age);
  if (dated) out.push({ a: first, b: end, type: ORG });
}

/** An outlet's name from token i: a run of name tokens, with `of`, `the`, `de` between two (`Times of Malta`, `Notes from Poland`). */
function outletRun(words: readonly string[], i: number, last: number): number {
  let j = nameRun(words, i, last);
  while (j > i && j + 1 < last && OUTLET_LINKS.has(words[j]!) && isNameWord(words[j + 1]!)) j = nameRun(words, j + 1, last);
  return j;
}

/** Lower-case words inside outlets' names. */
const OUTLET_LINKS = new Set(["of", "the", "from", "de", "du", "del", "la", "el"]);

/** The heading of a press release's boilerplate about its issuer, in the languages wires carry: `About Infosys`, `Acerca de Grupo Bimbo`. */
const ABOUT_HEADINGS: readonly (readonly string[])[] = [
  ["About"],
  ["ABOUT"],
  ["Acerca", "de"],
  ["Sobre"],
  ["À", "propos", "de"],
  ["A", "propos", "de"],
  ["Über"],
  ["Informazioni", "su"],
  ["Over"],
];

/** `About Infosys`, `Acerca de Grupo Bimbo`: a line that is the heading of the issuer's boilerplate names an organisation. */
function aboutTheIssuer(words: readonly string[], first: number, last: number, out: TSpan[]): void {
  if (last - first > 8) return;
  const heading = ABOUT_HEADINGS.find((h) => h.every((w, k) => words[first + k] === w));
  if (!heading) return;
  const start = first + heading.length;
  const end = nameRun(words, start, last);
  if (end > start && end === last) out.push({ a: start, b: end, type: ORG });
}

/** A stock exchange's code: `NYSE`, `Nasdaq`, `B3`, `BMV`, `TSX-V`. */
const EXCHANGE = /^[A-Z][A-Za-z0-9-]{1,7}$/;
/** A ticker: `ERJ`, `EMBR3`, `BIMBOA`, `7203.T`. */
const TICKER = /^[A-Z0-9][A-Z0-9.-]{0,9}$/;

/**
 * A company's listings in parentheses, as press releases give them: `(NYSE: ERJ; B3: EMBR3)`,
 * `(NSE, BSE, NYSE: INFY)`, `(BMV: BIMBO)`. Each exchange is an organisation; a ticker is no name
 * (a span of type 0, which takes out what the tagger found there).
 */
function tickerSymbols(words: readonly string[], first: number, last: number, out: TSpan[]): void {
  for (let open = first; open < last - 4; open++) {
    // (the line's own tokens only: the article's words run on past it)
    if (words[open] !== "(") continue;
    const found: TSpan[] = [];
    let i = open + 1;
    for (;;) {
      const exchanges = i;
      while (i < last && EXCHANGE.test(words[i]!) && words[i + 1] === ",") i += 2;
      if (i >= last || !EXCHANGE.test(words[i]!) || words[i + 1] !== ":" || !TICKER.test(words[i + 2] ?? "")) break;
      for (let e = exchanges; e <= i; e += 2) found.push({ a: e, b: e + 1, type: ORG });
      found.push({ a: i + 2, b: i + 3, type: 0 });
      i += 3;
      if (words[i] === ";" || words[i] === ",") i++;
      else break;
    }
    if (found.length > 0 && words[i] === ")") out.push(...found);
  }
}

/** `Source: AFP, Reuters`, `By: Sam Holmes & Priya Desai`: each part of the value is one name. */
/** Marks between an outlet and its section. */
const SECTION_MARKS = new Set(["–", "—", "-", "|", "·", "»", ">"]);

function valueSpans(words: readonly string[], from: number, last: number, value: "outlet" | "people", out: TSpan[]): void {
  let i = from;
  while (i < last) {
    const w = words[i]!;
    if (!isCapWord(w) || isPunct(w)) {
      i++;
      continue;
    }
    // `BYLINE: By Ayesha Siddiqa Malik`: the byline's own word is no part of the name
    if (value === "people" && BYLINE_OPENERS.has(w) && i + 1 < last && isNameWord(words[i + 1]!)) {
      i++;
      continue;
    }
    let j = nameRun(words, i, last);
    // `Press Trust of India`; a particle inside a writer's name (`Rhun ap Iorwerth`)
    while (j + 1 < last && isLowerWord(words[j]!) && words[j]!.length <= 3 && words[j] !== "and" && isCapWord(words[j + 1]!)) j = nameRun(words, j + 1, last);
    if (j === i) {
      i++;
      continue;
    }
    const lastWord = words[j - 1]!.toLowerCase();
    // a monitoring service's credit: `Source: The Punch website, Lagos, in English 14 May 24`: the language and the time name nothing
    if (value === "outlet" && i - 2 >= from && words[i - 1] === "in" && words[i - 2] === ",") break;
    // a feed's or an outlet's section after a dash or a bar: `Nikkei Asia – Markets`, `Rappler | Nation`
    if (value === "outlet" && i > from && SECTION_MARKS.has(words[i - 1]!) && out.length > 0) break;
    // the outlet's city or country in parentheses after it (`BusinessDay (Lagos)`, `ThisDay (Abuja edition)`), or between
    // commas before the credit's language (`…, Lagos, in English`)
    const city = i > from && (words[i - 1] === "(" || (words[i - 1] === "," && words[j] === "," && words[j + 1] === "in"));
    if (value === "outlet") out.push({ a: i, b: j, type: city ? LOC : ORG });
    // one word alone is an agency's or an outlet's name (`By: Reuters`): people are written with two
    else if (!BYLINE_ROLES.has(lastWord)) out.push({ a: i, b: j, type: j - i === 1 ? ORG : PER });
    i = j;
  }
}

/**
 * A wire dateline in capitals and its agency: `LONDON (Reuters) -`, `NEW YORK, May 17 (AP) --`,
 * `LEVERKUSEN, Germany (Reuters) -`, `NAIROBI, Kenya —`. The place is a location (the guidelines
 * annotate datelines), the agency an organisation.
 */
function wireDateline(words: readonly string[], first: number, last: number, out: TSpan[]): void {
  let start = first;
  while (start < last && (words[start] === "•" || words[start] === "-" || words[start] === "*")) start++;
  let end = start;
  while (end < last && end - start < 4 && isAllCaps(words[end]!) && words[end]!.replace(/[^\p{L}]/gu, "").length >= 2) end++;
  if (end === start || last - end < 5) return;
  const phrase = words.slice(start, end).join(" ").toLowerCase();
  if (NOT_A_DATELINE.has(phrase) || KEYS.has(normalKey(phrase)) || words.slice(start, end).some(isMonthOrWeekdayWord)) return;
  const sep = words[end]!;
  // the agency in parentheses before the dash, after the place, its country and a date
  for (let i = end; i < Math.min(last - 3, start + 14); i++) {
    // a press-release wire between slashes: `SÃO PAULO, March 5, 2024 /PRNewswire/ --`
    const closer = words[i] === "(" ? ")" : words[i] === "/" ? "/" : "";
    if (closer === "") continue;
    const close = words[i + 2] === closer ? i + 2 : words[i + 3] === closer ? i + 3 : -1;
    if (close < 0 || !isDash(words[close + 1])) break;
    for (let k = end; k < i; k++) {
      const w = words[k]!;
      if (!(isCapWord(w) || w === "," || isDigits(w) || isMonthOrWeekdayWord(w) || w === ".")) return;
    }
    out.push({ a: start, b: end, type: LOC });
    const agency = words.slice(i + 1, close);
    if (agency.every((w) => /^\p{L}[\p{L}.&-]*$/u.test(w))) out.push({ a: i + 1, b: close, type: ORG });
    return;
  }
  // `NAIROBI, Kenya —`: the place, its country, the dash (`CANNES:` alone may be a headline's label, `GAZA WAR:`: the rules judge it by what they know of places)
  if (sep !== ",") return;
  let k = end + 1;
  while (k < last && k - end <= 3 && isCapWord(words[k]!) && !isPunct(words[k]!)) k++;
  if (k > end + 1 && isDash(words[k])) out.push({ a: start, b: end, type: LOC });
}

/**
 * A caption's credit at the end of its line: `… on Sunday. (AP)`, `(AP Photo/Lena Ortiz)`,
 * `Photo: AFP`, `Photo: Daniel Ruiz/AP`, `… on Tuesday. Kirsty Mallon/AP`, `NASA/JPL-Caltech`.
 * The agency is an organisation; a photographer's full name before the slash is a person.
 */
function captionCredit(words: readonly string[], first: number, last: number, out: TSpan[]): void {
  let end = last;
  if (words[end - 1] === ".") end--;
  if (end - first < 1) return;
  if (words[end - 1] === ")") {
    let open = end - 2;
    while (open > first && open > end - 8 && words[open] !== "(") open--;
    if (words[open] !== "(" || open === end - 2) return;
    const before = words[open - 1];
    if (open > first && !endsSentence(before)) return;
    creditParts(words, open + 1, end - 1, out);
    return;
  }
  // the credit as the line's last clause: after a colon, a full stop or nothing
  let start = end;
  while (start > first && (words[start - 1] === "/" || isNameWord(words[start - 1]!))) start--;
  while (start < end && words[start] === "/") start++;
  if (start === end) return;
  const before = words[start - 1];
  const slash = words.slice(start, end).includes("/");
  const afterCreditWord = before === ":" && CREDIT_WORDS.has(words[start - 2] ?? "");
  if (!(slash && (start === first || before === ":" || before === ".")) && !afterCreditWord) return;
  if (!slash && end - start > 1 && !words.slice(start, end).every(isAllCaps)) return; // `Photo: Lena Ortiz` is the photographer
  creditParts(words, start, end, out);
}

/** The parts of a credit between slashes: agencies (one word, or capitals) and photographers. */
function creditParts(words: readonly string[], from: number, to: number, out: TSpan[]): void {
  const parts: [number, number][] = [];
  let a = from;
  for (let i = from; i <= to; i++) {
    if (i === to || words[i] === "/") {
      parts.push([a, i]);
      a = i + 1;
    }
  }
  const found: TSpan[] = [];
  for (let [p, q] of parts) {
    while (q > p && CREDIT_WORDS.has(words[q - 1]!)) q--;
    while (p < q && CREDIT_WORDS.has(words[p]!)) p++;
    if (q <= p) continue;
    const names = words.slice(p, q);
    // not a credit: `(File photo)`, `(in French)`, `(Updated)`, `(L)`
    if (!names.every(isNameWord) || (q - p === 1 && (names[0]!.length < 2 || LABEL_WORDS.has(names[0]!.toLowerCase())))) return;
    if (q - p === 1 || names.every(isAllCaps)) found.push({ a: p, b: q, type: ORG });
    else if (parts.length > 1 && q - p <= 3) found.push({ a: p, b: q, type: PER });
    else return;
  }
  if (found.some((s) => s.type === ORG)) out.push(...found);
}

/** The work a wire trailer credits before `by`: `Reporting by …; Editing by …`. */
const TRAILER_WORK = new Set(["reporting", "writing", "editing", "compiled", "translated", "produced", "research"]);

/**
 * A wire trailer's writers: `Reporting by Sipho Ndlovu and Thando Mokoena; Editing by Clare
 * Hughes`, `Reporting by Carl Jensen in New York`. Their names are people; the place after `in` is
 * the tagger's to find.
 */
function trailerCredits(words: readonly string[], from: number, last: number, out: TSpan[]): void {
  for (let i = from + 1; i < last; i++) {
    if (words[i] !== "by" || !TRAILER_WORK.has(words[i - 1]!.toLowerCase())) continue;
    // the trailer's own clause, not prose (`figures compiled by JATO Dynamics`)
    const opener = i - 2 >= from ? words[i - 2]!.toLowerCase() : "";
    if (opener !== "" && opener !== ";" && opener !== "(" && opener !== "." && opener !== "additional") continue;
    let j = i + 1;
    while (j < last && words[j] !== ";") {
      const end = nameRun(words, j, last);
      if (end === j) break;
      if (end - j >= 2) out.push({ a: j, b: end, type: PER });
      j = end;
      if (words[j] === "in" || words[j] === "at") j = nameRun(words, j + 1, last);
      if (words[j] === "and" || words[j] === "," || words[j] === "&") j++;
      else break;
    }
    i = j;
  }
}

/** A year of the copyright, four digits. */
const YEAR = /^(?:1[89]|20)\d\d$/;

/** `Copyright 2021 Midland Courier Group plc`, `© 2024 Reuters`: the holder is an organisation. */
function copyrightHolder(words: readonly string[], first: number, last: number, keyed: boolean, out: TSpan[]): void {
  let i = first;
  if (words[i] === "(" && words[i + 1]?.toLowerCase() === "c" && words[i + 2] === ")") i += 3;
  else if (words[i] === "©" || words[i]?.toLowerCase() === "copyright") i++;
  else if (!keyed) return;
  while (i < last && (words[i] === "©" || isDigits(words[i]!) || words[i] === "-" || words[i] === ",")) i++;
  let j = nameRun(words, i, last);
  // `Copyright 2026 Kathimerini S.A. All rights reserved.`
  if (j - i > 1 && words[j - 1] === "All" && words[j]?.toLowerCase() === "rights") j--;
  // the year after the holder is the copyright's, not the holder's (`(c) AFP 2023`, `© Reuters 2024`)
  if (j - i > 1 && YEAR.test(words[j - 1]!)) j--;
  // the company's legal form, in lower case: `plc`, `Ltd`, `Inc.`
  while (j < last && /^(?:plc|ltd\.?|inc\.?|llc|gmbh|s\.a\.|ag|co\.?)$/i.test(words[j]!)) j++;
  if (j > i && !(j - i === 1 && words[i]!.toLowerCase() === "the")) out.push({ a: i, b: j, type: ORG });
}

/** The names a line's record conventions give (recordSpans of the line's own record). */
export function lineRecordSpans(words: readonly string[], first: number, last: number): TSpan[] {
  return recordSpans(words, last, readLineRecord(words, first, last));
}

/** The type the record conventions of its line (`records`, from recordSpans) give the name over tokens [a, b), if they give one. */
export function recordType(records: readonly TSpan[], a: number, b: number): number {
  for (const r of records) if (r.a === a && r.b === b) return r.type;
  return 0;
}
