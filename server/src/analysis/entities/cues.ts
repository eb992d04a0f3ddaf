// What the words around a name say it is, in news writing: a record convention (an outlet key's
// value, a credit, a wire dateline's agency), quotation marks around a title, a post "on X", a job
// "at" an organisation, a noun in apposition before or after the name ("carmaker Xpeng", "the ruling
// Morena party", "Aichi prefecture", "the Starliner capsule"), the nouns of a company or a club
// after it ("Boeing shares", "Lille coach"). The line rules type names by these cues, and the
// dump-wide pass keeps a mention's type where they hold (a name used for two things). Pure.

import {
  AWARD_NOUNS,
  CLUB_NOUNS,
  COMPANY_NOUNS,
  FACILITY_NOUNS,
  ORG_DESCRIPTORS,
  PERSON_ROLES,
  PLACE_DESCRIPTORS,
  PLACE_HEADS,
  POSTING_NOUNS,
  POSTING_VERBS,
  ROLES_AT,
  SITE_NOUNS,
  SPORT_REPORT_WORDS,
  THING_NOUNS,
  WEAK_PLACE_HEADS,
  WORK_NOUNS,
} from "../words/entityCues.js";
import { FUNCTION_WORDS } from "../words/stopWords.js";
import { recordType } from "./records.js";
import { LOC, MISC, ORG, PER, type TSpan } from "./tspan.js";
import { isClosingQuote, isLowerWord, isOpeningQuote, isPossessive } from "./wordShape.js";

/** Company nouns that are also verbs (`Musk shares a post`): a cue only before a word that cannot follow the verb. */
const VERB_LIKE = new Set(["shares", "share", "stock", "stocks", "sales", "plants", "stores", "board", "bonds", "boss", "profits", "outlets"]);
const AFTER_VERB = new Set(["a", "an", "the", "his", "her", "their", "its", "my", "our", "your", "this", "that", "these", "those", "some", "him", "them"]);
/** Nouns of people's roles and titles that stand right before a person's name (`founder RJ Scaringe`, `manager Erik ten Hag`). */
const ROLES_BEFORE_NAMES: ReadonlySet<string> = new Set([
  ...PERSON_ROLES,
  ..."president minister secretary senator governor mayor ambassador envoy judge chancellor premier spokesman spokeswoman spokesperson director chairman chairwoman chair ceo cfo founder co-founder coach manager striker midfielder defender goalkeeper officer commissioner inspector detective professor doctor dean king queen prince princess emir sheikh sultan ayatollah imam pope cardinal archbishop bishop rabbi leader".split(
    " ",
  ),
]);
/**
 * Descriptors after a name that a place's name does not only modify: "the ruling Morena party"
 * names a party Morena, where "the Paris bourse" is the bourse of Paris.
 */
const NAMING_DESCRIPTORS = new Set(["party", "alliance", "coalition", "movement", "militia", "faction", "brand", "app", "platform", "label"]);
/** Words before a verb: a role noun after them is the verb (`to coach Real Madrid`). */
const BEFORE_VERBS = new Set(["to", "will", "would", "can", "could", "should", "may", "might", "must", "shall"]);
/** `chief executive`, `chief financial officer`, `chief operating officer` after a company. */
const CHIEF_OF_COMPANY = new Set(["executive", "executives", "financial", "operating", "technology", "commercial"]);

/** Prepositions of place before a place's name. */
const LOCATIVES = new Set(["in", "near", "outside", "across", "around"]);
/** Prepositions before a site's name placed in another place (`at Port Talbot in Wales`, `along the Indus in Sindh`). */
const SITE_PREPOSITIONS = new Set(["at", "in", "near", "outside", "inside", "along", "across", "around", "under", "off"]);

/**
 * The type the words around tokens [a, b) of the line [first, last) give the name there (0: they
 * say nothing), with the kind of apposition or LOCATIVE in the bits above TYPE_BITS. `records`
 * are the names the line's record conventions give (records.ts, lineRecordSpans).
 * `type` is the name's type so far: a noun after a person's name that may start another noun
 * phrase ("the Biden town hall") does not make the name a place.
 */
export function contextType(words: readonly string[], a: number, b: number, first: number, last: number, type: number, records: readonly TSpan[]): number {
  const record = recordType(records, a, b);
  if (record) return record;
  const before = a > first ? words[a - 1]! : "";
  const before2 = a - 1 > first ? words[a - 2]! : "";
  const after = b < last ? words[b]! : "";
  // a title in quotation marks: ‘Anora’, “The Holdovers”
  if ((isOpeningQuote(before) || (before === "The" && isOpeningQuote(before2))) && isClosingQuote(after)) {
    return MISC;
  }
  // wrote on X, a message on Instagram; `said on` only for a name that is no place (`said on Capitol Hill`)
  if (before === "on") {
    const verb = before2.toLowerCase();
    const place = PLACE_HEADS.has(words[b - 1]!) || WEAK_PLACE_HEADS.has(words[b - 1]!);
    if (POSTING_NOUNS.has(verb) || (POSTING_VERBS.has(verb) && !(verb === "said" && place))) return ORG;
  }
  // analysts at Bernstein, an economist at the Institut Pasteur
  const at = before === "the" ? a - 2 : a - 1;
  if (at > first && words[at] === "at" && ROLES_AT.has(words[at - 1]!.toLowerCase())) return ORG;
  const apposition = appositionType(words, a, b, first, last, type);
  if (apposition) return apposition;
  // `at Port Talbot in Wales`, `along the Indus in Sindh`: a site placed in another place (the caller
  // knows whether the other is a place and the name no organisation's: `at Barclays in London`)
  const site = before === "the" ? before2 : before;
  if (SITE_PREPOSITIONS.has(site) && after === "in" && b + 1 < last && /^\p{Lu}/u.test(words[b + 1]!)) return LOC | PLACED_IN;
  // fans in Marseille, branches in Turin, Genoa and Trieste: a place after a preposition of place, or listed after one,
  // where the name is a place's (the caller knows)
  return (LOCATIVES.has(before) || listedAfterLocative(words, a, first)) && !isPossessive(after) ? LOC | LOCATIVE : 0;
}

/** Links of a list of names: `Boeing and Airbus`, `Nvidia, EnBW and Siemens`, `Kyiv or Lviv`. */
export const LIST_LINKS: ReadonlySet<string> = new Set([",", "and", "or"]);

/** Whether the name at token a is listed after a preposition of place: `in Turin, Genoa and Trieste`, `in Nairobi and Lagos`. */
function listedAfterLocative(words: readonly string[], a: number, first: number): boolean {
  let k = a - 1;
  for (let names = 0; names < 6 && k > first && LIST_LINKS.has(words[k]!); names++) {
    // the name before the link, back to its first word (`Turin`, `New Delhi`)
    let j = k - 1;
    if (words[j] === "and" || words[j] === "or") return false;
    while (j > first && /^\p{Lu}/u.test(words[j - 1]!) && !LIST_LINKS.has(words[j - 1]!)) j--;
    if (!/^\p{Lu}/u.test(words[j]!) || j === k) return false;
    if (LOCATIVES.has(words[j - 1] ?? "")) return true;
    k = j - 1;
  }
  return false;
}

/** Which kind of apposition gave a type (see appositionType): the bits above the type. */
export const BEFORE_NAME = 16;
export const AFTER_NAME = 32;
export const COMPANY_NOUN = 64;
export const CLUB_NOUN = 128;
/** A site's noun after the name (`the Kamoa mine`): a place, unless the name is a known organisation's. */
export const SITE_NOUN = 1024;
/** A preposition of place before the name: it is a place only if the name is one's. */
export const LOCATIVE = 256;
/** An appositive after the name's comma. */
export const APPOSITIVE = 512;
/** A preposition of place before the name and `in` another name after it: a place if the other is one's. */
export const PLACED_IN = 2048;
/** The kinds of apposition (contextType's answer came from appositionType). */
export const APPOSITION_KINDS = BEFORE_NAME | AFTER_NAME | COMPANY_NOUN | CLUB_NOUN | APPOSITIVE | SITE_NOUN;
/** The type in an appositionType answer. */
export const TYPE_BITS = 15;

/**
 * The type a noun in apposition gives the name over tokens [a, b), with the kind of apposition
 * (BEFORE_NAME …) in the bits above TYPE_BITS: a descriptor before it ("carmaker Xpeng", "the
 * town of Klodzko") or after it ("the ruling Morena party", "Aichi prefecture", "the Starliner
 * capsule"), a company's or a club's noun after it ("Boeing shares", "Lille coach"). They name
 * what the name is more surely than its own head word does ("Crystal Palace manager"); a place's
 * name before them may only modify them ("the Paris bourse"), which the caller knows.
 */
export function appositionType(words: readonly string[], a: number, b: number, first: number, last: number, type: number): number {
  const before = a > first ? words[a - 1]! : "";
  const before2 = a - 1 > first ? words[a - 2]! : "";
  const after = b < last ? words[b]! : "";
  const after2 = b + 1 < last ? words[b + 1]! : "";
  // apposition before: carmaker Xpeng, the consultancy Data Cívica, the town of Klodzko
  if (isLowerWord(before)) {
    const kinds = NOUN_KINDS.get(before) ?? 0;
    // the shuttle Columbia, the film Oppenheimer, the drug Leqembi
    if (kinds & (N_WORK | N_THING)) return MISC | BEFORE_NAME;
    if (kinds & N_ORG || /.maker$/.test(before)) return ORG | BEFORE_NAME;
    if (before === "of" && PLACE_DESCRIPTORS.has(before2) && (words[a - 3] === "the" || words[a - 3] === "a")) return LOC | BEFORE_NAME;
    // a role before a full name: founder RJ Scaringe, chief executive Margherita Della Valle; not a verb (`will coach Real Madrid`)
    if (kinds & N_ROLE && b - a >= 2 && !BEFORE_VERBS.has(before2.toLowerCase())) return PER | BEFORE_NAME;
  }
  // an appositive after the name's comma: Neon, the U.S. distributor of …; Crankstart, a charity set up by …
  // (`In Singapore, the entry model …`: after a preposition that opens the sentence the comma ends the phrase)
  // (an appositive opens with the comma: most names have none, and the preposition is not looked at)
  const adverbial = words[b] === "," && PREPOSITIONS.has(before.toLowerCase()) && (a - 1 === first || /^[.!?:;"“”]$/.test(before2));
  const appositive = adverbial ? 0 : appositiveType(words, b, last);
  if (appositive) return appositive | APPOSITIVE;
  // a match: beat Augsburg, a 3-0 loss at Bochum, Miami beat them all; a country there is its national team (the caller knows)
  if (type !== PER && isMatch(words, a, b, first, last)) return ORG | CLUB_NOUN;
  if (!isLowerWord(after)) return 0;
  const kinds = NOUN_KINDS.get(after) ?? 0;
  // a company's or a club's nouns after its name: Boeing shares, Vodafone chief executive, Lille coach
  if (kinds & N_COMPANY && !(VERB_LIKE.has(after) && AFTER_VERB.has(after2.toLowerCase()))) return ORG | COMPANY_NOUN;
  if (after === "chief" && CHIEF_OF_COMPANY.has(after2)) return ORG | COMPANY_NOUN;
  // most words after a name are none of the nouns below
  if (kinds === 0) return 0;
  if (kinds & N_CLUB && type !== PER) return ORG | CLUB_NOUN;
  // an award, an event: 18 Emmy awards, the Oscar ceremony
  if (kinds & N_AWARD) return MISC | AFTER_NAME;
  // a product, a vehicle, a work: the Starliner capsule, Boeing's Starliner spacecraft, The Super Heavy booster; the maker
  // before a product of its own (`a SpaceX capsule`, `a Pfizer vaccine`)
  if (kinds & N_THING) {
    if (/^an?$/i.test(before)) return ORG | AFTER_NAME;
    // a maker's name is one word (`the Pfizer vaccine`); a name of two words before the noun is the thing's own (`The Super Heavy booster`)
    const ownName = type !== ORG || isPossessive(before) || isPossessive(before2) || (b - a >= 2 && /^the$/i.test(before));
    return ownName ? MISC | AFTER_NAME : 0;
  }
  // apposition after: the ruling Morena party, Aichi prefecture
  const ends = !isLowerWord(after2) || FUNCTION_WORDS.has(after2);
  if (type === PER && !ends) return 0;
  if (kinds & N_NAMING) return ORG | BEFORE_NAME;
  if (kinds & N_ORG) return ORG | AFTER_NAME;
  if (kinds & N_PLACE) return LOC | AFTER_NAME;
  // the Kamoa mine, Olkaria wells; not a Glencore mine, the owner's (a known organisation's: the caller knows)
  if (kinds & N_SITE) return /^an?$/i.test(before) ? 0 : LOC | SITE_NOUN;
  // a facility is named after a person (`the Alberto Pasqualini refinery`), or belongs to an organisation (`an UNRWA facility`)
  if (kinds & N_FACILITY && type === PER) return LOC | AFTER_NAME;
  return 0;
}

// The kinds of noun appositionType asks a word about, as bits: one look-up per word instead of one per kind.
const N_WORK = 1;
const N_THING = 2;
const N_ORG = 4;
const N_ROLE = 8;
const N_COMPANY = 16;
const N_CLUB = 32;
const N_AWARD = 64;
const N_NAMING = 128;
const N_PLACE = 256;
const N_FACILITY = 512;
const N_SITE = 1024;
const NOUN_KINDS: ReadonlyMap<string, number> = (() => {
  const kinds = new Map<string, number>();
  const add = (words: ReadonlySet<string>, bit: number) => {
    for (const w of words) kinds.set(w, (kinds.get(w) ?? 0) | bit);
  };
  add(WORK_NOUNS, N_WORK);
  add(THING_NOUNS, N_THING);
  add(ORG_DESCRIPTORS, N_ORG);
  add(ROLES_BEFORE_NAMES, N_ROLE);
  add(COMPANY_NOUNS, N_COMPANY);
  add(CLUB_NOUNS, N_CLUB);
  add(AWARD_NOUNS, N_AWARD);
  add(NAMING_DESCRIPTORS, N_NAMING);
  add(PLACE_DESCRIPTORS, N_PLACE);
  add(FACILITY_NOUNS, N_FACILITY);
  add(SITE_NOUNS, N_SITE);
  return kinds;
})();

/** Verbs of a won or lost match before the opponent or after the side: a club's name is sure by them alone. */
const MATCH_VERBS = new Set([
  ...["beat", "beats", "beating", "defeated", "defeating", "thrashed", "thrashing", "edged", "routed", "stunned"],
  // a headline's present tense: `Mumbai edge Chennai`, `Leeds rout Luton`
  ...["defeat", "defeats", "thrash", "thrashes", "edge", "edges", "rout", "routs", "outclass", "outclasses", "outclassed"],
]);
/** `knock out`: the verb of a cup tie won. */
const KNOCK = new Set(["knock", "knocks", "knocked", "knocking"]);
/** Words before an opponent that make a match only with a score in the line (`a win over Bournemouth`, `2-1 against Lens`); not `at`, before a ground as often (`at Anfield`). */
const MATCH_WORDS = new Set(["against", "over", "versus", "vs", "v", "host", "hosts", "hosted", "face", "faces", "facing", "plays"]);
/** Verbs after a side's name that make a match only with a score in the line (`Lille won 2-0`). */
const RESULT_VERBS = new Set(["won", "lost", "drew", "draw", "lead", "led", "trail", "trailed"]);
const SCORE = /^\d{1,2}[-–]\d{1,2}$/;

/** Whether the name over [a, b) is a side in a match the line reports. */
function isMatch(words: readonly string[], a: number, b: number, first: number, last: number): boolean {
  const before = a > first ? words[a - 1]!.toLowerCase() : "";
  const after = b < last ? words[b]!.toLowerCase() : "";
  if (MATCH_VERBS.has(before) || MATCH_VERBS.has(after)) return true;
  // `Yokohama knock out Ulsan`, `knocked Lyon out`
  if ((before === "out" && a - 2 >= first && KNOCK.has(words[a - 2]!.toLowerCase())) || (KNOCK.has(after) && words[b + 1] === "out")) return true;
  if (!MATCH_WORDS.has(before) && !RESULT_VERBS.has(after)) return false;
  for (let i = first; i < last; i++)
    if (SCORE.test(words[i]!) || (words[i] === "–" && /^\d{1,2}$/.test(words[i - 1] ?? "") && /^\d{1,2}$/.test(words[i + 1] ?? ""))) return true;
  return false;
}

/** Prepositions before a name whose comma ends an adverbial phrase, not a name before its appositive. */
const PREPOSITIONS = new Set([
  "in",
  "at",
  "on",
  "from",
  "to",
  "by",
  "with",
  "for",
  "after",
  "before",
  "during",
  "near",
  "under",
  "over",
  "across",
  "around",
  "inside",
  "outside",
  "since",
  "until",
  "like",
]);

/** Nouns of a company's part or owner that an appositive names it by (`the diamond unit of Anglo American`). */
const COMPANY_PARTS = new Set(["unit", "subsidiary", "division", "arm", "affiliate", "parent", "owner", "operator"]);

/**
 * The type the noun of an appositive after a name's comma gives it (0: none): `Neon, the U.S.
 * distributor of …`, `Barry Callebaut, the world's biggest maker of chocolate`, `Mistral AI, the
 * Paris-based start-up`, `Ursula von der Leyen, the Commission president`. The noun ends the
 * appositive's noun phrase (`the company's founder` is a person's).
 */
function appositiveType(words: readonly string[], b: number, last: number): number {
  if (words[b] !== "," || !/^(?:the|a|an)$/i.test(words[b + 1] ?? "")) return 0;
  for (let i = b + 2; i < last && i < b + 9; i++) {
    const w = words[i]!;
    const low = w.toLowerCase();
    if (isPossessive(w)) continue;
    const next = words[i + 1] ?? "";
    const head = !isPossessive(next) && !isLowerWord(next.replace(/^(?:of|for|in|that|which|who|set|based|founded|owned|with|to|at|on|and)$/, ""));
    if (head && (ORG_DESCRIPTORS.has(low) || /.maker$/.test(low) || COMPANY_PARTS.has(low))) return ORG;
    if (head && PLACE_DESCRIPTORS.has(low)) return LOC;
    if (head && ROLES_BEFORE_NAMES.has(low)) return PER;
    // the modifiers before the noun: adjectives, names, numbers, hyphenated words (`Paris-based`, `U.S.`, `world`)
    if (FUNCTION_WORDS.has(low) || (!/[\p{L}\p{N}]/u.test(w) && w !== "-")) return 0;
  }
  return 0;
}

/** Words before a side's name in a sports report: `wickets for Chennai`, `meet Mumbai`, `set Mumbai 388 to win`, `lifts Dortmund`. */
const SIDE_BEFORE = new Set([...MATCH_VERBS, ...MATCH_WORDS, "for", "meet", "meets", "play", "beaten", "set", "lifts", "lift"]);
/** Words after a side's name in a sports report: `Mumbai last won`, `Chennai travel to`, `Kashima can clinch`, `Kolkata into play-offs`. */
const SIDE_AFTER = new Set([
  ...MATCH_VERBS,
  ...["won", "lost", "drew", "led", "trail", "trailed", "win", "wins", "lose", "loses", "end", "ends", "hold", "holds"],
  ...["travel", "travels", "host", "hosts", "face", "faces", "meet", "meets", "play", "plays", "clinch", "clinched", "need", "needs"],
  ...["go", "goes", "went", "move", "moved", "climb", "climbed", "top", "tops", "sit", "sits", "had", "has", "can", "will", "into"],
]);
/** `next`, `last` after a side's name before its verb (`Mumbai next play`), not before a time (`in Stellenbosch next month`). */
const SIDE_ADVERBS = new Set(["next", "last"]);
const TIME_NOUNS = new Set(["week", "weekend", "month", "year", "season", "night", "time", "term", "summer", "winter", "spring", "autumn"]);

/**
 * Whether the town over [a, b) is a side in the sports report it stands in: `Mumbai last won the
 * IPL`, `took three wickets for Chennai`, `Ulsan, champions of the K League`; not a venue or a
 * modifier (`travel to Bangkok`, `the Kolkata derby`, `Loftus Versfeld, Pretoria`).
 */
export function isSideOfMatch(words: readonly string[], a: number, b: number, first: number, last: number): boolean {
  const before = a > first ? words[a - 1]!.toLowerCase() : "";
  const after = b < last ? words[b]!.toLowerCase() : "";
  if (SIDE_BEFORE.has(before) || SIDE_AFTER.has(after)) return true;
  if (SIDE_ADVERBS.has(after)) return b + 1 < last && isLowerWord(words[b + 1]!) && !TIME_NOUNS.has(words[b + 1]!);
  // `Ulsan, champions of …`, `Vidarbha, the holders`, `Chennai, who play …`
  if (after !== ",") return false;
  const next = words[b + 1] ?? "";
  return SIDE_APPOSITIVES.has(next) || (next === "the" && words[b + 2] === "holders");
}

/** The words after a side's comma that go on about the side. */
const SIDE_APPOSITIVES = new Set(["champions", "holders", "who", "whose"]);

/** A result's score at token i: `2-1`, `4–2` (one token or three). */
function isScoreAt(words: readonly string[], i: number): boolean {
  const w = words[i]!;
  if (w.length > 5 || !/^\d/.test(w)) return false;
  return /^\d{1,2}[-–]\d{1,2}$/.test(w) || (/^\d{1,2}$/.test(w) && (words[i + 1] === "-" || words[i + 1] === "–") && /^\d{1,2}$/.test(words[i + 2] ?? ""));
}

/** Whether two of the words of a sports report (SPORT_REPORT_WORDS) or more are among an article's words (a score counts as one). */
export function isSportReportText(words: readonly string[]): boolean {
  const seen = new Set<string>();
  for (let i = 0; i < words.length && seen.size < 2; i++) {
    // (as written: a report uses them in lower case, and no word of the article is lower-cased for this)
    const w = words[i]!;
    if (SPORT_REPORT_WORDS.has(w)) seen.add(w);
    else if (isScoreAt(words, i)) seen.add("2-1");
  }
  return seen.size >= 2;
}
