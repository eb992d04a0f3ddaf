// The rules around the model that the gold guidelines require: span trimming (determiners, titles,
// possessives, direction words, lower-case descriptors), hyphenated name-derived words, demonyms,
// country-before-agency splits, acronyms in parentheses, datelines and boilerplate lines. They work on
// token-index spans of one line. Pure code.

import { isMonthOrWeekday } from "../words/calendar.js";
import { LABEL_WORDS } from "../words/metadata.js";
import { DOC_LOWER, type DocContext, GAZ_CITY, GAZ_COUNTRY, GAZ_DEMONYM, GAZ_REGION, type Gazetteer, lowerHash, phraseHash } from "./features.js";
import { DIRECTION_WORDS, OFFICIAL_DIRECTION_NAMES, TITLE_WORDS } from "./lexicon.js";

export const PER = 1;
export const ORG = 2;
export const LOC = 3;
export const MISC = 4;

/** A span over tokens [a, b) of the article's token list. */
export interface TSpan {
  a: number;
  b: number;
  type: number;
}

/** Label ids (features.LABELS order) of one line -> spans (token indices offset by `first`). */
export function labelsToSpans(labels: ArrayLike<number>, first: number, out: TSpan[]): void {
  let cur: TSpan | null = null;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    const type = l === 0 ? 0 : (l + 1) >> 1;
    const begin = l !== 0 && (l & 1) === 1;
    if (cur && (l === 0 || begin || cur.type !== type)) {
      out.push(cur);
      cur = null;
    }
    if (l !== 0) {
      if (cur === null) cur = { a: first + i, b: first + i + 1, type };
      else cur.b = first + i + 1;
    }
  }
  if (cur) out.push(cur);
}

const PARTICLES = new Set([
  "al",
  "el",
  "bin",
  "ibn",
  "bint",
  "abu",
  "abd",
  "ad",
  "as",
  "ash",
  "at",
  "an",
  "ar",
  "az",
  "de",
  "da",
  "di",
  "del",
  "della",
  "der",
  "den",
  "van",
  "von",
  "la",
  "le",
  "les",
  "du",
  "dos",
  "das",
  "ul",
  "ud",
  "ur",
  "y",
  "e",
  "sur",
  "super",
  "upon",
  "on",
  "en",
  "sous",
  "am",
  "im",
  "zu",
  "ben",
  "mac",
  "st",
  "saint",
]);
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those"]);
const AGENCY_HEADS = new Set([
  "department",
  "ministry",
  "army",
  "navy",
  "air",
  "embassy",
  "senate",
  "congress",
  "house",
  "treasury",
  "pentagon",
  "military",
  "forces",
  "police",
  "government",
  "council",
  "command",
  "agency",
  "coast",
  "marines",
  "marine",
  "administration",
  "parliament",
  "office",
  "service",
  "bureau",
  "commission",
  "court",
  "guard",
  "guards",
  "cabinet",
  "intelligence",
  "consulate",
  "mission",
  "central",
  "federal",
  "national",
  "defense",
  "defence",
  "special",
  "security",
  "state",
  "supreme",
  "justice",
  "legislature",
  "assembly",
]);
const PREFIX_ORGS = new Set(["un", "u.n.", "eu", "e.u.", "nato"]);
function isLowerWord(w: string): boolean {
  return /^\p{Ll}/u.test(w) && w === w.toLowerCase();
}
/** Closed-class words that start a sentence with a capital but never start a name. */
const FUNCTION_WORDS = new Set([
  "since",
  "after",
  "before",
  "in",
  "on",
  "at",
  "when",
  "while",
  "but",
  "and",
  "or",
  "as",
  "for",
  "with",
  "from",
  "by",
  "to",
  "of",
  "if",
  "although",
  "though",
  "during",
  "under",
  "over",
  "despite",
  "amid",
  "following",
  "according",
  "then",
  "also",
  "so",
  "yet",
  "meanwhile",
  "however",
  "earlier",
  "later",
  "last",
  "next",
  "it",
  "he",
  "she",
  "they",
  "we",
  "his",
  "her",
  "their",
  "its",
  "our",
  "my",
  "your",
  "there",
  "here",
  "what",
  "who",
  "why",
  "how",
  "where",
  "which",
  "about",
  "into",
  "unlike",
  "like",
  "until",
  "once",
  "both",
  "all",
  "some",
  "many",
  "most",
  "several",
  "other",
  "another",
  "each",
  "every",
  "no",
  "not",
  "only",
  "even",
  "just",
  "because",
  "instead",
  "inside",
  "outside",
  "near",
  "across",
  "against",
  "between",
  "without",
  "within",
  "through",
  "toward",
  "towards",
  "upon",
  "via",
  "per",
  "than",
  "whether",
  "where",
  "whose",
  "whom",
  "i",
  "you",
  "me",
  "them",
  "him",
  "yesterday",
  "today",
  "tomorrow",
  "now",
  "nevertheless",
  "still",
  "thus",
  "hence",
  "dear",
  "hi",
  "hello",
  "yes",
  "please",
  "thanks",
  "thank",
  "oh",
  "well",
  "why",
  "many",
  "few",
  "several",
]);
/** Acronyms of things, not names (CoNLL leaves them untagged). */
const THING_ACRONYMS = new Set([
  "DNA",
  "CCTV",
  "GDP",
  "CEO",
  "CFO",
  "CTO",
  "COO",
  "TV",
  "AI",
  "ID",
  "PHD",
  "HIV",
  "AIDS",
  "COVID",
  "COVID-19",
  "SUV",
  "GPS",
  "USB",
  "PDF",
  "OK",
  "IPO",
  "ETF",
  "VAT",
  "PM",
  "AM",
  "MP",
  "MPS",
  "RPG",
  "IED",
  "IEDS",
  "UAV",
  "UAVS",
  "ICBM",
  "SMS",
  "CPI",
  "PMI",
  "ESG",
  "FAQ",
  "LGBT",
  "LGBTQ",
  "VIP",
  "DIY",
  "ICU",
  "PR",
  "HR",
  "IT",
  "IQ",
  "EV",
  "EVS",
  "LNG",
  "LPG",
  "OPED",
  "Q&A",
  "TBA",
  "TBC",
  "ASAP",
  "FYI",
  "CV",
  "GMT",
  "UTC",
  "BST",
  "EST",
  "PST",
  "EDT",
  "PDT",
  "CET",
  "KM",
  "KG",
  "MPH",
  "KPH",
  "BC",
  "AD",
  "CE",
  "BCE",
  "NB",
  "PS",
  "RIP",
  "MVP",
  "KO",
  "TKO",
]);
function isCapWord(w: string): boolean {
  const c = w.charAt(0);
  return c !== c.toLowerCase();
}
function isAllCaps(w: string): boolean {
  return /\p{L}/u.test(w) && w === w.toUpperCase() && w !== w.toLowerCase();
}
function isPunct(w: string): boolean {
  return !/[\p{L}\p{N}]/u.test(w);
}
function isPossessive(w: string): boolean {
  return /^['’ʼ][sS]?$/.test(w);
}
const HYPHEN_RE = /[-‐‑]/;
const ARABIC_SURNAME_RE = /^(?:[Aa][lnrsdtz]|[Aa]sh|[Ee]l)[-‐‑]\p{Lu}\p{Ll}/u;

export interface RuleContext {
  /** Token k is [bounds[2k], bounds[2k + 1]) of the text. */
  bounds: Int32Array;
  words: string[];
  gaz: Gazetteer;
  doc: DocContext;
}

function gazOf(ctx: RuleContext, words: string[]): number {
  return ctx.gaz.get(phraseHash(words));
}

/** A hyphenated word built on a name (`Iran-backed`, `US-led`, `Iraq-US`): not a mention. */
export function isNameDerivedHyphenWord(w: string, gaz: Gazetteer): boolean {
  if (!HYPHEN_RE.test(w)) return false;
  const parts = w.split(/[-‐‑]/).filter((p) => p.length > 0);
  if (parts.length < 2) return false;
  let places = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    const low = p.toLowerCase();
    if (isLowerWord(p) && !PARTICLES.has(low)) return true; // Iran-backed, Hamas-led, UN-mapped
    if (/^\d+$/.test(p)) continue;
    const g = gaz.get(lowerHash(p));
    if (g & (GAZ_COUNTRY | GAZ_DEMONYM)) places++;
  }
  return places >= 2; // Iraq-US, Israeli-Palestinian
}

/** Applies the span rules to the spans of one line [first, last). */
export function applyLineRules(ctx: RuleContext, spans: TSpan[], first: number, last: number): TSpan[] {
  const { words } = ctx;
  const out: TSpan[] = [];
  // split at parentheses, brackets, quotes and sentence punctuation inside spans
  for (const s of spans) {
    let a = s.a;
    for (let i = s.a; i < s.b; i++) {
      const w = words[i];
      if (
        w === "(" ||
        w === ")" ||
        w === "[" ||
        w === "]" ||
        w === "“" ||
        w === "”" ||
        w === '"' ||
        w === "," ||
        w === ";" ||
        w === ":" ||
        w === "|" ||
        w === "/" ||
        w === "•"
      ) {
        if (i > a) out.push({ a, b: i, type: s.type });
        a = i + 1;
      }
    }
    if (s.b > a) out.push({ a, b: s.b, type: s.type });
  }
  const res: TSpan[] = [];
  for (const s0 of out) {
    const s = { ...s0 };
    if (s.type === MISC) continue;
    // possessive cut and trailing punctuation / lower-case descriptors
    for (;;) {
      if (s.b - s.a <= 0) break;
      const w = words[s.b - 1];
      if (isPossessive(w) || (isPunct(w) && w !== ".")) {
        s.b--;
        continue;
      }
      if (w === "." && s.b - s.a > 1 && !/\./.test(words[s.b - 2])) {
        s.b--;
        continue;
      }
      if (s.b - s.a > 1 && isLowerWord(w) && !HYPHEN_RE.test(w)) {
        s.b--;
        continue;
      }
      break;
    }
    // leading determiners, titles (persons), direction words, lower-case words, name-derived hyphen words
    for (;;) {
      if (s.b - s.a <= 1) break;
      const w = words[s.a];
      const low = w.toLowerCase();
      if (DETERMINERS.has(low) && !(low === "the" && words[s.a + 1] === "Hague")) {
        s.a++;
        continue;
      }
      if (s.type === PER && TITLE_WORDS.has(low) && !PARTICLES.has(low)) {
        s.a++;
        continue;
      }
      if (DIRECTION_WORDS.has(low)) {
        const phrase = words
          .slice(s.a, Math.min(s.b, s.a + 4))
          .join(" ")
          .toLowerCase();
        let official = false;
        for (let k = 2; k <= 4 && !official; k++) {
          official = OFFICIAL_DIRECTION_NAMES.has(
            words
              .slice(s.a, Math.min(s.b, s.a + k))
              .join(" ")
              .toLowerCase(),
          );
        }
        if (!official && s.type === LOC && !(gazOf(ctx, words.slice(s.a, s.b)) & (GAZ_COUNTRY | GAZ_CITY))) {
          s.a++;
          continue;
        }
        void phrase;
      }
      if (isLowerWord(w) && !HYPHEN_RE.test(w) && !PARTICLES.has(low)) {
        s.a++;
        continue;
      }
      if ((FUNCTION_WORDS.has(low) && !isAllCaps(w)) || isMonthOrWeekday(w)) {
        s.a++;
        continue;
      }
      if (isNameDerivedHyphenWord(w, ctx.gaz)) {
        s.a++;
        continue;
      }
      if (isPunct(w)) {
        s.a++;
        continue;
      }
      break;
    }
    if (s.b - s.a <= 0) continue;
    const n = s.b - s.a;
    const first1 = words[s.a];
    if (n === 1) {
      if (isPunct(first1) || /^\d+$/.test(first1)) continue;
      if (isNameDerivedHyphenWord(first1, ctx.gaz)) continue;
      const g = ctx.gaz.get(lowerHash(first1));
      if (g & GAZ_DEMONYM && !(g & (GAZ_COUNTRY | GAZ_CITY | GAZ_REGION))) continue;
      if (isLowerWord(first1) && !HYPHEN_RE.test(first1)) continue;
      const low1 = first1.toLowerCase();
      if (DETERMINERS.has(low1) || (FUNCTION_WORDS.has(low1) && !isAllCaps(first1)) || (TITLE_WORDS.has(low1) && s.type === PER)) continue;
      if (isMonthOrWeekday(first1) || THING_ACRONYMS.has(first1.toUpperCase())) continue;
    }
    // country (or UN/EU/NATO) before an agency: `US State Department` -> US + State Department
    if ((s.type === ORG || s.type === LOC) && n >= 2) {
      let k = 0;
      const lw = first1.toLowerCase();
      if (PREFIX_ORGS.has(lw)) k = 1;
      else if (n >= 3 && gazOf(ctx, words.slice(s.a, s.a + 2)) & GAZ_COUNTRY) k = 2;
      else if (ctx.gaz.get(lowerHash(first1)) & GAZ_COUNTRY && !HYPHEN_RE.test(first1)) k = 1;
      if (k > 0 && s.a + k < s.b && isCapWord(words[s.a + k])) {
        let agency = false;
        for (let i = s.a + k; i < s.b; i++) if (AGENCY_HEADS.has(words[i].toLowerCase())) agency = true;
        if (s.b - (s.a + k) === 1 && /^(Pentagon|Congress|Senate|Parliament|Treasury|Kremlin)$/.test(words[s.a + k])) agency = true;
        if (agency) {
          res.push({ a: s.a, b: s.a + k, type: PREFIX_ORGS.has(lw) ? ORG : LOC });
          res.push({ a: s.a + k, b: s.b, type: ORG });
          continue;
        }
      }
    }
    res.push(s);
  }
  // Arabic surnames after a person's given names: "Mohammed Shia" + "Al-Sudani"
  res.sort((x, y) => x.a - y.a);
  for (let i = 0; i < res.length; i++) {
    const s = res[i];
    if (s.type !== PER) continue;
    while (s.b < last && ARABIC_SURNAME_RE.test(words[s.b]) && ctx.bounds[2 * s.b]! - ctx.bounds[2 * s.b - 1]! === 1) {
      const next = res[i + 1];
      if (next && next.a === s.b) {
        s.b = next.b;
        res.splice(i + 1, 1);
      } else s.b++;
    }
  }
  // a name followed by an age is a person: "El-Sisil, 60, who ..."
  for (const s of res) {
    const p = s.b;
    if (
      s.type !== PER &&
      p + 2 < last &&
      words[p] === "," &&
      /^\d{1,3}$/.test(words[p + 1]) &&
      Number(words[p + 1]) < 120 &&
      (words[p + 2] === "," || words[p + 2] === ")" || words[p + 2] === ".")
    )
      s.type = PER;
  }
  // acronym or short name in parentheses after a mention: `Popular Mobilization Forces (PMF)`
  for (let i = 0; i < res.length; i++) {
    const s = res[i];
    const p = s.b;
    if (p + 2 < last && words[p] === "(" && words[p + 2] === ")") {
      const y = words[p + 1];
      if (res.some((r) => r.a === p + 1)) continue;
      if (!isCapWord(y) || y.length < 2 || isMonthOrWeekday(y)) continue;
      const acr = initials(words.slice(s.a, s.b));
      const isAcr = isAllCaps(y) && y.replace(/\./g, "").length >= 2 && acr.includes(y.replace(/\./g, "").toUpperCase().slice(0, 2));
      // an acronym of the name, or another name of an organisation (`828th Brigade (Bislach)`)
      if (isAcr || (s.type === ORG && !(ctx.doc.get(lowerHash(y)) & DOC_LOWER) && !isAllCaps(y))) {
        res.splice(i + 1, 0, { a: p + 1, b: p + 2, type: s.type });
        i++;
      }
    }
  }
  // dateline: `BAGHDAD:`, `Jerusalem:`, `LONDON (Reuters) -`, `NAIROBI, Kenya —` at the start of a line
  applyDateline(ctx, res, first, last);
  res.sort((x, y) => x.a - y.a);
  return res;
}

function initials(ws: string[]): string {
  let s = "";
  for (const w of ws) {
    if (isCapWord(w)) s += w.charAt(0).toUpperCase();
    else if (/^\d/.test(w)) s += w.charAt(0);
  }
  return s;
}

function applyDateline(ctx: RuleContext, res: TSpan[], first: number, last: number): void {
  const { words } = ctx;
  if (last - first < 6) return;
  let i = first;
  while (i < last && (words[i] === "•" || words[i] === "-" || words[i] === "*")) i++;
  const start = i;
  while (i < last && i - start < 4 && isCapWord(words[i]) && !isPunct(words[i])) i++;
  const end = i;
  if (end === start || end >= last) return;
  const sep = words[end];
  if (sep !== ":" && sep !== "(" && sep !== "," && sep !== "—" && sep !== "–" && sep !== "-") return;
  if (last - end < 5) return;
  const phrase = words.slice(start, end);
  if (phrase.some((w) => LABEL_WORDS.has(w.toLowerCase()) || isMonthOrWeekday(w))) return;
  const caps = phrase.every((w) => isAllCaps(w) && w.replace(/[^\p{L}]/gu, "").length >= 2);
  const g = gazOf(ctx, phrase);
  const tagged = res.find((r) => r.a === start && r.b === end);
  const place = (g & (GAZ_COUNTRY | GAZ_CITY | GAZ_REGION)) !== 0;
  if (sep !== ":" && !caps) return; // wire style datelines are upper case
  if (sep === "," && !(caps && (place || tagged))) return;
  const common = phrase.some((w) => (ctx.doc.get(lowerHash(w)) & DOC_LOWER) !== 0);
  if (!(place || (tagged && tagged.type === LOC) || (caps && !common && (tagged || phrase.length <= 2)))) return;
  for (let k = res.length - 1; k >= 0; k--) if (res[k].a < end && res[k].b > start) res.splice(k, 1);
  res.push({ a: start, b: end, type: LOC });
}
