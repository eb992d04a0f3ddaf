// The rules around the model that the gold guidelines require, on the token spans of one line:
// span trimming (determiners, titles and roles, possessives, direction words, lower-case
// descriptors), hyphenated name-derived words, demonyms, a country's abbreviation before an agency,
// names that run over particles and linking words (`Herbert von Karajan`, `Organization of the
// Petroleum Exporting Countries`), acronyms in parentheses and the long names they abbreviate,
// datelines; and the types that the shape of a name (shapes.ts), the words around it (cues.ts) and
// the conventions of news records (records.ts) give it: streets, buildings and waters are places,
// awards, tournaments, events, laws and works are none of the three types (MISC), leagues, outlets,
// credits and agencies are organisations. Pure code.

import { monthNumber, weekdayNumber } from "../words/calendar.js";
import {
  ADMINISTRATIVE_AREAS,
  AND_WORDS,
  AREA_HEADS,
  CAPITALS_FUNCTION_WORDS,
  CENTRE_KINDS,
  CENTRE_WORDS,
  COMPANY_NOUNS,
  COMPANY_SUFFIXES,
  DESK_WORDS,
  EMPLOYEE_ROLES,
  GENERIC_INSTITUTIONS,
  INSTITUTION_HEADS,
  LEAGUE_WORDS,
  LEGAL_FORM,
  LEGAL_FORM_AFTER_COMMA,
  MINISTRY_HEADS,
  MISC_HEADS,
  NAME_LINKS,
  NATIONAL_INSTITUTIONS,
  NATIONALITY_WORDS,
  NEWSPAPER_HEADS,
  OF_GOLD,
  OFFICE_HOLDERS,
  ORG_DESCRIPTORS,
  PARTY_ADJECTIVES,
  PERSON_ROLES,
  PLACE_DESCRIPTORS,
  PLACE_HEADS,
  PLACE_INSTITUTIONS,
  PLACE_PARTICLES,
  POSTING_NOUNS,
  POSTING_VERBS,
  PRIZE_VERBS,
  PUBLICATION_HEADS,
  PUBLICATION_OPENERS,
  RATING_VALUES,
  REFERENCE_NOUNS,
  REFERRING_BACK_NOUNS,
  ROLES_AT,
  STORM_WORDS,
  THING_NOUNS,
  WEAK_PLACE_HEADS,
} from "../words/entityCues.js";
import { LABEL_WORDS } from "../words/metadata.js";
import {
  AFTER_NAME,
  APPOSITION_KINDS,
  APPOSITIVE,
  appositionType,
  CLUB_NOUN,
  COMPANY_NOUN,
  contextType,
  isSideOfMatch,
  isSportReportText,
  LIST_LINKS,
  LOCATIVE,
  PLACED_IN,
  SITE_NOUN,
  TYPE_BITS,
} from "./cues.js";
import {
  DOC_CAP_MID,
  DOC_LOWER,
  type DocContext,
  GAZ_CATEGORIES,
  GAZ_CITY,
  GAZ_COUNTRY,
  GAZ_DEMONYM,
  GAZ_EVENTS_AND_LAWS,
  GAZ_LANDS_AND_WATERS,
  GAZ_ORG,
  GAZ_ORGANISATIONS,
  GAZ_PERSON,
  GAZ_REGION,
  GAZ_SPORT_CLUB_BIT,
  type Gazetteer,
  lowerHash,
  rangeHash,
} from "./features.js";
import { DIRECTION_WORDS, OFFICIAL_DIRECTION_NAMES, TITLE_WORDS } from "./lexicon.js";
import { endsWithBylineRole, readLineRecord, recordSpans } from "./records.js";
import {
  H_CENTRE,
  H_COMPANY_OPENER,
  H_CUP,
  H_INSTITUTION,
  H_LEAGUE,
  H_MISC,
  H_PLACE,
  H_PLACE_INSTITUTION,
  H_PLACE_PREFIX,
  H_TIER,
  hasPlaceSuffix,
  headWordKinds,
  isLeagueTier,
  placePrefixEnd,
  shapeType,
  titled,
} from "./shapes.js";
import { LOC, MISC, ORG, PER, putSpan, type TSpan } from "./tspan.js";
import { endsSentence, isAcronym, isAllCaps, isCapWord, isDigits, isLowerWord, isMonthOrWeekdayWord, isPossessive, isPunct } from "./wordShape.js";

export { LOC, MISC, ORG, PER, type TSpan } from "./tspan.js";

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

const set = (text: string): ReadonlySet<string> => new Set(text.split(" "));

/** Lower-case particles inside names (`Abu Mahdi al-Muhandis`, `Ursula von der Leyen`, `Rhun ap Iorwerth`). */
const PARTICLES = set(
  "al el bin ibn bint abu abd ad as ash at an ar az de da di del della der den van von la le les du dos das ul ud ur y e sur super upon on en sous am im zu ben mac st saint ten ter ap",
);
/** The particles that join a person's given name to the rest of the name. */
const NAME_PARTICLES = set("von van der den de da di del della du dos das ten ter ap bin ibn bint al el le la zu");
const LONGEST_NAME_PARTICLE = Math.max(...[...NAME_PARTICLES].map((p) => p.length));
/** The particles that open a family name used alone (`von der Leyen`, `van Gogh`); `de`, `la` open places as often. */
const PARTICLE_OPENERS = set("von van ten ter ap bin ibn bint");
/** Directions' nouns that open places' names when written with a capital (`North Darfur`, `Lower Austria`); their adjectives (`northern`) only describe. */
const COMPASS_NOUNS = set("North South East West Central Upper Lower Greater");
/** Place heads that are also family names (`Ricki Lake`, `Michael Bay`, `Charlotte Church`). */
const SURNAME_HEADS = set("Lake Bay Church Temple Castle Lane Chapel Abbey Dam Lee");
/** Award and event heads that a headline in capitals may write after a name (`BOOKER PRIZE`), unlike `DEAL` or `ACT`. */
const CAPS_SAFE_HEADS = set("Prize Prizes Award Awards Cup Trophy Medal Olympics Festival");
/** Heads of events held in a city and of agreements signed in one: a city's name before them is the place's (`Berlin Marathon`, `Kyoto Protocol`). */
const HELD_OR_SIGNED = set(
  "Olympics Paralympics Games Festival Marathon Expo Biennale Week Regatta Prix Airshow Agreement Accord Accords Protocol Treaty Convention Declaration Charter Pact Summit",
);
/** After a person's name these stand for the person's rule (`the Biden Administration`), not for an organisation named after them. */
const RULERS = set("Administration Government Cabinet Party");
const DETERMINERS = set("the a an this that these those");
const AGENCY_HEADS = set(
  "department ministry army navy air embassy senate congress house treasury pentagon military forces police government council command agency coast marines marine administration parliament office service bureau commission court guard guards cabinet intelligence consulate mission central federal national defense defence special security state supreme justice legislature assembly reserve kremlin group panel",
);
/** Abbreviations of a country or a union that news writes before an agency's name (`US State Department`, `UN Security Council`), and their type. */
const AGENCY_PREFIXES: ReadonlyMap<string, number> = new Map([
  ["us", LOC],
  ["u.s.", LOC],
  ["uk", LOC],
  ["u.k.", LOC],
  ["un", ORG],
  ["u.n.", ORG],
  ["eu", ORG],
  ["e.u.", ORG],
  ["nato", ORG],
]);
/** Closed-class words that start a sentence with a capital but never start a name. */
const SENTENCE_OPENERS = set(
  "since after before in on at when while but and or as for with from by to of if although though during under over despite amid following according then also so yet meanwhile however earlier later last next it he she they we his her their its our my your there here what who why how where which about into unlike like until once both all some many most several other another each every no not only even just because instead inside outside near across against between without within through toward towards upon via per than whether whose whom i you me them him yesterday today tomorrow now nevertheless still thus hence dear hi hello yes please thanks thank oh well few",
);
/** Acronyms of things, not names (CoNLL leaves them untagged), and currency codes (`EUR 3,500`). */
const THING_ACRONYMS = set(
  "DNA CCTV GDP CEO CFO CTO COO TV AI ID PHD HIV AIDS COVID COVID-19 SUV GPS USB PDF OK IPO ETF VAT PM AM MP MPS RPG IED IEDS UAV UAVS ICBM SMS CPI PMI ESG FAQ LGBT LGBTQ VIP DIY ICU PR HR IT IQ EV EVS LNG LPG OPED Q&A TBA TBC ASAP FYI CV GMT UTC BST EST PST EDT PDT CET KM KG MPH KPH BC AD CE BCE NB PS RIP MVP KO TKO RSV SARS MERS HPV TB ADHD PTSD ALS EUR USD GBP JPY CHF CNY RMB RUB INR AUD CAD NZD HKD SGD ZAR BRL MXN KRW SEK NOK DKK PLN",
);
/** (A longer word is none of them, in capitals or not.) */
const LONGEST_THING_ACRONYM = Math.max(...[...THING_ACRONYMS].map((a) => a.length));
/** What follows a person's name as part of it: `Robert Downey Jr.`, `Pope Leo XIV`. */
const NAME_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV|V|VI|XIV)$/;
/** Tokens that end a name inside a tagger's span: brackets, quotes and clause punctuation. */
const SPAN_BREAKS = set('( ) [ ] “ ” " , ; : | / •');
const ARABIC_SURNAME_RE = /^(?:[Aa][lnrsdtz]|[Aa]sh|[Ee]l)[-‐‑]\p{Lu}\p{Ll}/u;

export interface RuleContext {
  /** Token k is [bounds[2k], bounds[2k + 1]) of the text. */
  bounds: Int32Array;
  words: string[];
  gaz: Gazetteer;
  doc: DocContext;
  /** What the rules ask of each token's word, worked out once per token (see TokenShapes). */
  shapes: TokenShapes;
  /** Per token of the lines the rules are applied to, `gaz` of its word alone, when the tagger has looked it up (null: not). */
  gazMasks: Int32Array | null;
  /** Whether the text is a sports report (see isSportReport), once asked. */
  sportReport?: boolean;
}

/**
 * The context of the rules over the tokens `words` of one text; `gazMasks`, the tagger's gazetteer
 * masks of the same tokens (the rules then look no word up again).
 */
export function ruleContext(bounds: Int32Array, words: string[], gaz: Gazetteer, doc: DocContext, gazMasks: Int32Array | null = null): RuleContext {
  return { bounds, words, gaz, doc, shapes: new TokenShapes(words), gazMasks };
}

/** The gazetteer's categories of token i's word alone. */
function tokenGaz(ctx: RuleContext, i: number): number {
  return ctx.gazMasks !== null ? ctx.gazMasks[i]! : ctx.gaz.get(lowerHash(ctx.words[i]!));
}

const SHAPE_KNOWN = 1;
/** Capitalised, not punctuation. */
const SHAPE_CAPITALISED = 2;
/** Capitalised, not punctuation, not a month or a weekday (isNameWord but for the sentence opener). */
const SHAPE_NAME = 4;
/** A closed-class word that opens sentences (SENTENCE_OPENERS, DETERMINERS), in any case. */
const SHAPE_OPENER = 8;

/**
 * The shapes of a text's tokens that the passes of the rules ask of the same tokens again and
 * again (whether a word is capitalised, a month, a sentence opener): each worked out when first asked.
 */
class TokenShapes {
  private readonly bits: Uint8Array;
  private readonly lowers: (string | undefined)[];
  /** headKinds + 1 per token (0: not yet known). */
  private readonly kinds: Uint16Array;

  constructor(private readonly words: readonly string[]) {
    this.bits = new Uint8Array(words.length);
    this.lowers = new Array<string | undefined>(words.length);
    this.kinds = new Uint16Array(words.length);
  }

  /** headWordKinds of token i's word as `titled` writes it: the lists of head words it is in. */
  headKinds(i: number): number {
    let kinds = this.kinds[i]!;
    if (kinds === 0) this.kinds[i] = kinds = headWordKinds(titled(this.words[i]!)) + 1;
    return kinds - 1;
  }

  /** Token i's word in lower case (one string per token, however many rules ask). */
  lower(i: number): string {
    let low = this.lowers[i];
    if (low === undefined) this.lowers[i] = low = this.words[i]!.toLowerCase();
    return low;
  }

  /** Token i's SHAPE_* bits. */
  of(i: number): number {
    let b = this.bits[i]!;
    if (b === 0) {
      const w = this.words[i]!;
      b = SHAPE_KNOWN;
      if (isCapWord(w) && !isPunct(w)) {
        b |= SHAPE_CAPITALISED;
        if (!(w.length <= 10 && isMonthOrWeekdayWord(w))) b |= SHAPE_NAME;
        const low = this.lower(i);
        if (SENTENCE_OPENERS.has(low) || DETERMINERS.has(low)) b |= SHAPE_OPENER;
        // in a line written in capitals, a function word is no part of a name
        if (isCapitalsFunctionWord(w)) b &= ~SHAPE_NAME;
      }
      this.bits[i] = b;
    }
    return b;
  }

  /** isCapWord and not isPunct. */
  capitalised(i: number): boolean {
    return (this.of(i) & SHAPE_CAPITALISED) !== 0;
  }
}

/** The gazetteer's categories of the phrase of tokens [a, b). */
function gazOf(ctx: RuleContext, a: number, b: number): number {
  return ctx.gaz.get(rangeHash(ctx.words, a, b));
}

/** A place the gazetteer knows: a country, a city or a region. */
function isKnownPlace(ctx: RuleContext, a: number, b: number): boolean {
  return (gazOf(ctx, a, b) & (GAZ_COUNTRY | GAZ_CITY | GAZ_REGION)) !== 0;
}

/**
 * A place's name the lists hold, a country's, a city's, a region's, a land's or a water's
 * (`Lombardy`, `Rhine`), and no list of nationalities, organisations or events does.
 */
function isNamedPlace(ctx: RuleContext, a: number, b: number): boolean {
  const g = gazOf(ctx, a, b);
  return (g & (GAZ_COUNTRY | GAZ_CITY | GAZ_REGION | GAZ_LANDS_AND_WATERS)) !== 0 && !(g & (GAZ_DEMONYM | NOT_PLACE_NAMES));
}

/** A land's or a water's name (a region, an island, a river) that no list of organisations (clubs included), towns, events or nationalities holds. */
function isLandOrWater(ctx: RuleContext, a: number, b: number): boolean {
  const g = gazOf(ctx, a, b);
  return (g & GAZ_LANDS_AND_WATERS) !== 0 && !(g & (GAZ_ORGANISATIONS | GAZ_EVENTS_AND_LAWS | GAZ_CITY | GAZ_DEMONYM));
}

/** Whether a known place's name of one to three words starts at token a (before `last`): `Wales`, `Inner Mongolia`. */
function isKnownPlaceAt(ctx: RuleContext, a: number, last: number): boolean {
  for (let b = a + 1; b <= Math.min(a + 3, last); b++) if (isKnownPlace(ctx, a, b)) return true;
  return false;
}

/** A hyphenated word built on a name (`Iran-backed`, `US-led`, `Iraq-US`): not a mention. */
export function isNameDerivedHyphenWord(w: string, gaz: Gazetteer): boolean {
  if (!hasHyphen(w)) return false;
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

/** Whether a word has a hyphen (`-`, `‐`, `‑`), tested without a regular expression: most words are asked. */
function hasHyphen(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 0x2d || c === 0x2010 || c === 0x2011) return true;
  }
  return false;
}

/** Whether token i opens a sentence (or the line): its capital says nothing. */
function opensSentence(words: readonly string[], i: number, first: number): boolean {
  if (i === first) return true;
  const w = words[i - 1]!;
  return endsSentence(w) || w === ":" || w === "•" || w === "-" || w === "—" || w === "“" || w === '"' || w === "‘";
}

/** A capitalised word that may be part of a name: no punctuation, no sentence opener, no month. */
function isNameWord(ctx: RuleContext, i: number, first: number): boolean {
  const b = ctx.shapes.of(i);
  return (b & SHAPE_NAME) !== 0 && !((b & SHAPE_OPENER) !== 0 && opensSentence(ctx.words, i, first));
}

/** A line written in capitals: four words or more, none with a lower-case letter. */
function isCapitalsLine(words: readonly string[], from: number, last: number): boolean {
  let letters = 0;
  for (let i = from; i < last; i++) {
    const w = words[i]!;
    if (isPunct(w) || isDigits(w)) continue;
    if (!isAllCaps(w)) return false;
    letters++;
  }
  return letters >= 4;
}

/**
 * A function word written in capitals, which no name runs over (`NYERI BLAMED THE KENYA TEA
 * DEVELOPMENT AGENCY`, `AGAINST NEW ZEALAND AT THE REBUILT NATIONAL STADIUM`); the words that link
 * the parts of names (`BANK OF ENGLAND`, `TRINIDAD AND TOBAGO`) are none of them.
 */
function isCapitalsFunctionWord(w: string): boolean {
  return w.length <= 7 && CAPITALS_FUNCTION_WORDS.has(w);
}

/** Applies the span rules to the spans of one line [first, last). */
export function applyLineRules(ctx: RuleContext, spans: TSpan[], first: number, last: number): TSpan[] {
  const { words } = ctx;
  const record = readLineRecord(words, first, last);
  if (record.nameless) return [];
  const from = record.valueStart;
  // the capitalised words: the passes below look at them alone; a line without one has no name
  const caps: number[] = [];
  for (let i = from; i < last; i++) if (ctx.shapes.capitalised(i)) caps.push(i);
  if (caps.length === 0 && spans.length === 0) return [];
  // split at parentheses, brackets, quotes and sentence punctuation inside spans; no name in a key
  let res: TSpan[] = [];
  // in a line written in capitals the tagger runs names over the words between them: a function word ends a name there
  const inCapitals = spans.some((s) => s.b - s.a >= 3) && isCapitalsLine(words, from, last);
  for (const s of spans) {
    // `BYLINE: Megan Rhys, Science Editor`: the writer's job is no name
    if (record.value === "people" && endsWithBylineRole(words, s.b)) continue;
    let a = Math.max(s.a, from);
    for (let i = a; i < s.b; i++) {
      if (SPAN_BREAKS.has(words[i]!) || (inCapitals && isCapitalsFunctionWord(words[i]!))) {
        if (i > a) res.push({ a, b: i, type: s.type });
        a = i + 1;
      }
    }
    if (s.b > a) res.push({ a, b: s.b, type: s.type });
  }
  joinParticles(ctx, res, from, last);
  findPlacePrefixes(ctx, res, caps, last);
  findCompoundPlaces(ctx, res, caps);
  findOpenedCompanies(ctx, res, caps, from, last);
  extendToHeads(ctx, res, last);
  findHeadedNames(ctx, res, caps, from, last);
  findLeagues(ctx, res, caps, from, last);
  findNationalInstitutions(ctx, res, caps, from, last);
  findLinkedNames(ctx, res, caps, from, last);
  findPublications(ctx, res, caps, from, last);
  res = trimSpans(ctx, res, from);
  res.sort((x, y) => x.a - y.a);
  joinArabicSurnames(ctx, res, last);
  personsByAge(ctx, res, last);
  acronymsInParentheses(ctx, res, from, last);
  const records = recordSpans(words, last, record);
  res = typeSpans(ctx, res, first, last, records);
  splitEmployers(ctx, res, from);
  findContextNames(ctx, res, caps, from, last);
  findCoordinatedNames(ctx, res, caps, from, last);
  listedOrganisations(ctx, res, first, last, records);
  placesNotClubs(ctx, res, first, last, records);
  clubsByTheirTowns(ctx, res, from, last);
  placesByTheirHeads(ctx, res);
  joinPlaceParticles(ctx, res, from, last);
  joinNationalities(ctx, res, from);
  placesNotPersons(ctx, res, from);
  for (const s of records) {
    // a country is no club: the side of a result line that a country names is its national team, a location
    const nationalTeam = s.type === ORG && (gazOf(ctx, s.a, s.b) & GAZ_COUNTRY) !== 0;
    putSpan(res, nationalTeam ? { ...s, type: LOC } : s);
  }
  joinLegalForms(ctx, res, last);
  // dateline: `BAGHDAD:`, `Jerusalem:`, `LONDON (Reuters) -`, `NAIROBI, Kenya —` at the start of a line
  applyDateline(ctx, res, from, last);
  splitNamesAtAnd(ctx, res);
  res.sort((x, y) => x.a - y.a);
  // nationality words name nothing, wherever a rule took them in (`Philippine lender`, `Ecuadorians rejected`); nor does a desk
  return res.filter((s) => !isDemonymPhrase(ctx, s) && !DESK_WORDS.has(titled(words[s.b - 1]!)) && !isSchemaType(words, s.a, from));
}

/** `"@type": "Person"`, `"@type": "Organization"` in pasted JSON-LD: the value names a schema's type, no one. */
function isSchemaType(words: readonly string[], a: number, from: number): boolean {
  return a - 5 >= from && words[a - 1] === '"' && words[a - 2] === ":" && words[a - 3] === '"' && words[a - 4] === "type" && words[a - 5] === "@";
}

/**
 * Particles join the parts of a person's name the tagger cut (`Herbert` `von` `Karajan`, `Ursula`
 * `von der Leyen`, `Erik` `ten` `Hag`, `Abdulaziz` `bin` `Salman`), a name that opens with its
 * particles is a person's (`von der Leyen`), and `Jr.` or a regnal number ends one.
 */
function joinParticles(ctx: RuleContext, res: TSpan[], from: number, last: number): void {
  const { words } = ctx;
  // (a longer word is none: no lower-case string made for it)
  const isParticle = (w: string) => w.length <= LONGEST_NAME_PARTICLE && NAME_PARTICLES.has(w.toLowerCase()) && (w === w.toLowerCase() || isAllCaps(w));
  res.sort((x, y) => x.a - y.a);
  for (let k = 0; k < res.length; k++) {
    const s = res[k]!;
    let a = s.a;
    while (a - 1 >= from && isParticle(words[a - 1]!)) a--;
    if (a < s.a) {
      const given = a - 1 >= from && isNameWord(ctx, a - 1, from) && !TITLE_WORDS.has(ctx.shapes.lower(a - 1));
      // `Herbert von Karajan` where only the family name was tagged; `von der Leyen` on its own
      if (s.type === PER && given && !res.some((r) => r.b === a)) {
        s.a = a - 1;
      } else if (!given && (a - 1 < from || !isCapWord(words[a - 1]!)) && PARTICLE_OPENERS.has(ctx.shapes.lower(a))) {
        s.a = a;
        s.type = PER;
      }
    }
    if (s.type !== PER) continue;
    // `Ursula` `von der Leyen`, `Rhun` `ap Iorwerth`, `Abdulaziz` `bin Salman`
    let j = s.b;
    while (j < last && isParticle(words[j]!)) j++;
    if (j === s.b || j >= last || !isCapWord(words[j]!) || isPunct(words[j]!)) continue;
    let b = j + 1;
    const next = res[k + 1];
    if (next && next.a === j) {
      b = next.b;
      res.splice(k + 1, 1);
    }
    s.b = b;
  }
  for (const s of res) if (s.type === PER && s.b < last && NAME_SUFFIX.test(words[s.b]!)) s.b++;
}

/** `River Thames`, `Place de la Concorde`, `Puerta del Sol`, `Straße des 17. Juni`: a place prefix and the name after it. */
function findPlacePrefixes(ctx: RuleContext, res: TSpan[], caps: readonly number[], last: number): void {
  let next = 0;
  for (const i of caps) {
    // (placePrefixEnd finds nothing after a word that is no place prefix)
    if (i < next || i >= last - 1 || !(ctx.shapes.headKinds(i) & H_PLACE_PREFIX)) continue;
    const end = placePrefixEnd(ctx.words, i, last);
    if (end <= i + 1) continue;
    const inside = res.find((s) => s.a <= i && s.b >= end && s.b - s.a > end - i);
    if (!inside) putSpan(res, { a: i, b: end, type: LOC });
    next = end;
  }
}

/**
 * `Cervecería Austral`, `Grupo Bimbo`, `Laboratorios Pisa`: a trade's noun that opens companies'
 * names and the capitalised words after it (at most three) are a company, where the tagger saw
 * nothing. Not at a line's start in a title-case line, where every word is capitalised.
 */
function findOpenedCompanies(ctx: RuleContext, res: TSpan[], caps: readonly number[], from: number, last: number): void {
  const titleCase = isTitleCase(ctx.words, from, last);
  for (const i of caps) {
    // (the tagger's MISC over the trade's noun alone gives way)
    const named = (k: number) => res.some((s) => s.a <= k && k < s.b && s.type !== MISC);
    if (i >= last - 1 || !(ctx.shapes.headKinds(i) & H_COMPANY_OPENER) || named(i) || named(i + 1)) continue;
    let end = i + 1;
    while (end < last && end - i < 4 && isNameWord(ctx, end, from) && !named(end)) {
      if (titleCase && ctx.doc.get(lowerHash(ctx.words[end]!)) & DOC_LOWER) break;
      end++;
    }
    if (end > i + 1) putSpan(res, { a: i, b: end, type: ORG });
  }
}

/** `Alexanderplatz`, `Karl-Marx-Allee`, `Oberbaumbrücke`: a word with a street's, square's or bridge's ending is a place. */
function findCompoundPlaces(ctx: RuleContext, res: TSpan[], caps: readonly number[]): void {
  for (const i of caps) {
    if (!hasPlaceSuffix(ctx.words[i]!) || res.some((s) => s.a <= i && i < s.b && s.b - s.a > 1)) continue;
    putSpan(res, { a: i, b: i + 1, type: LOC });
  }
}

/**
 * Names the tagger missed or cut that their head words make sure of: a place's (`the Eiffel Tower`,
 * `Frankfurter Tor`, `the Guiana Space Centre`) and a storm's (`Hurricane Beryl`, where the tagger
 * saw a person). In a headline in title case only the words the article does not write in lower
 * case open such a name (`Police Clear Protest Camp Near Parliament Square`).
 */
function findHeadedNames(ctx: RuleContext, res: TSpan[], caps: readonly number[], from: number, last: number): void {
  const { words } = ctx;
  const titleCase = isTitleCase(words, from, last);
  for (const h of caps) {
    if (h === from) continue;
    const kinds = ctx.shapes.headKinds(h);
    if (!(kinds & (H_PLACE | H_CENTRE))) continue;
    const centre = (kinds & H_CENTRE) !== 0 && CENTRE_KINDS.has(titled(words[h - 1]!));
    // (a head the tagger took alone for a name is no name by itself: `George Bush` `Intercontinental` `Airport`)
    if (!((kinds & H_PLACE) !== 0 || centre) || !isCapWord(words[h]!) || res.some((s) => s.a <= h && h < s.b && s.b - s.a > 1)) continue;
    let a = h;
    while (a - 1 >= from && h - a < 4 && isNameWord(ctx, a - 1, from) && !res.some((s) => s.a <= a - 1 && a - 1 < s.b)) {
      if (titleCase && ctx.doc.get(lowerHash(words[a - 1]!)) & DOC_LOWER) break;
      a--;
    }
    if (centre && a === h) continue;
    // `Salgado Filho` + `International Airport`: the name the tagger gave a person is the place's first words
    const named = res.find((s) => s.b === a && s.type !== MISC);
    if (named) putSpan(res, { a: named.a, b: h + 1, type: LOC });
    else if (a < h) putSpan(res, { a, b: h + 1, type: LOC });
  }
  for (const s of res) {
    // `Queen Alia International Airport`, `Imam Khomeini International Airport`: the namesake's title is part of the place's name
    if (
      (s.type === LOC || s.type === ORG) &&
      s.b - s.a >= 2 &&
      s.a - 1 >= from &&
      NAMESAKE_TITLES.has(words[s.a - 1]!) &&
      ctx.shapes.headKinds(s.b - 1) & H_PLACE
    ) {
      s.a--;
      continue;
    }
    if (s.a - 1 < from || !STORM_WORDS.has(titled(words[s.a - 1]!))) continue;
    s.a--;
    s.type = MISC;
  }
}

/**
 * A company's legal form after its name is part of it and makes it an organisation's, with or
 * without a comma: `Embraer S.A.`, `Grupo Bimbo, S.A.B. de C.V.`, `Siemens AG`, `Acme Robotics, Inc.`.
 */
function joinLegalForms(ctx: RuleContext, res: TSpan[], last: number): void {
  const { words } = ctx;
  for (let k = 0; k < res.length; k++) {
    const s = res[k]!;
    let j = s.b;
    const comma = words[j] === ",";
    if (comma) j++;
    const form = j < last ? words[j]! : "";
    if (!LEGAL_FORM.test(form) || (comma && !LEGAL_FORM_AFTER_COMMA.test(form))) continue;
    let b = j + 1;
    // Mexico's `S.A.B. de C.V.`, `S. de R.L.`
    if (words[b] === "de" && /^(?:C\.V\.|R\.L\.)$/.test(words[b + 1] ?? "")) b += 2;
    for (let r = res.length - 1; r > k; r--) if (res[r]!.a < b && res[r]!.b > s.b) res.splice(r, 1);
    s.b = b;
    s.type = ORG;
  }
}

/** Articles of the languages news quotes institutions in, which are not part of an institution's name. */
const ARTICLES_BEFORE_HEADS: ReadonlySet<string> = new Set(["el", "la", "los", "las", "le", "les", "il", "lo", "o", "a", "os", "as", "der", "die", "das"]);

/** Titles of the people places are named after, which stay in the place's name: `King Fahd Causeway`, `Queen Alia International Airport`. */
const NAMESAKE_TITLES: ReadonlySet<string> = new Set([
  "King",
  "Queen",
  "Prince",
  "Princess",
  "Sultan",
  "Emir",
  "Sheikh",
  "Sheikha",
  "Shah",
  "Imam",
  "Saint",
  "St",
  "St.",
  "Pope",
  "Rey",
  "Reina",
  "Roi",
  "Reine",
  "Infanta",
  "Presidente",
  "President",
]);

/** A span followed by the head word the tagger left out: `Hammersmith` `Bridge`, `Booker` `Prize`, `Ligue` `1`. */
function extendToHeads(ctx: RuleContext, res: TSpan[], last: number): void {
  const { words } = ctx;
  for (const s of res) {
    if (s.b >= last || res.some((r) => r.a === s.b)) continue;
    if (isLeagueTier(titled(words[s.b - 1]!), words[s.b])) {
      s.b++;
      continue;
    }
    if (OF_GOLD.test(words[s.b]!)) {
      s.b++;
      continue;
    }
    const next = titled(words[s.b]!);
    if (!isCapWord(next) || isPunct(next)) continue;
    const misc = MISC_HEADS.has(next) && (!isAllCaps(words[s.b]!) || CAPS_SAFE_HEADS.has(next));
    const centre = CENTRE_WORDS.has(next) && CENTRE_KINDS.has(titled(words[s.b - 1]!));
    if (PLACE_HEADS.has(next) || centre || misc || LEAGUE_WORDS.has(next) || (s.type === LOC && WEAK_PLACE_HEADS.has(next))) s.b++;
    else if (CENTRE_KINDS.has(next) && s.b + 1 < last && CENTRE_WORDS.has(titled(words[s.b + 1]!))) s.b += 2;
    else if (
      (COMPANY_SUFFIXES.has(next) || INSTITUTION_HEADS.has(next)) &&
      !isAllCaps(words[s.b]!) &&
      !(s.type === PER && RULERS.has(next)) &&
      !(s.type === LOC && (next === "Capital" || INSTITUTION_HEADS.has(next)))
    ) {
      // `Harbor Ridge Capital`, `Elliott Management`, `Dangote Group`, `Max Planck Institute`: an organisation named after a person or a place
      // (a place before an institution's head is left to the names built on linking words: `Massachusetts Institute of Technology`)
      let b = s.b;
      while (b < last && (COMPANY_SUFFIXES.has(words[b]!) || INSTITUTION_HEADS.has(words[b]!))) b++;
      if (b < last && TITLE_WORDS.has(ctx.shapes.lower(b))) continue; // `Saudi Energy Minister`
      s.b = b;
      s.type = ORG;
    }
  }
}

/** `Serie A`, `Ligue 1`, `Bundesliga`, `German Football League`: leagues the tagger missed. */
function findLeagues(ctx: RuleContext, res: TSpan[], caps: readonly number[], from: number, last: number): void {
  const { words } = ctx;
  let next = from;
  for (const i of caps) {
    if (i < next) continue;
    const kinds = ctx.shapes.headKinds(i);
    if (!(kinds & (H_LEAGUE | H_TIER))) continue;
    const w = titled(words[i]!);
    const tier = isLeagueTier(w, words[i + 1]) && i + 1 < last;
    if (!(tier || (kinds & H_LEAGUE) !== 0) || res.some((s) => s.a <= i && i < s.b)) continue;
    let a = i;
    while (a - 1 >= from && isNameWord(ctx, a - 1, from) && !res.some((s) => s.a <= a - 1 && a - 1 < s.b && s.type === PER)) a--;
    const b = tier ? i + 2 : i + 1;
    if (b - a >= 2 || w !== "League") putSpan(res, { a, b, type: ORG });
    next = b;
  }
}

/** `Welsh Government`, `Welsh Labour`, `Scottish Parliament`: a nationality word before a capitalised institution belongs to its name. */
function findNationalInstitutions(ctx: RuleContext, res: TSpan[], caps: readonly number[], from: number, last: number): void {
  const { words } = ctx;
  for (const i of caps) {
    if (i + 1 >= last) continue;
    const w = words[i]!;
    if (!isCapWord(w) || !NATIONAL_INSTITUTIONS.has(words[i + 1]!)) continue;
    const g = tokenGaz(ctx, i);
    if (!(g & GAZ_DEMONYM) || g & GAZ_COUNTRY) continue;
    let b = i + 2;
    while (b < last && isNameWord(ctx, b, from) && !TITLE_WORDS.has(ctx.shapes.lower(b))) b++;
    putSpan(res, { a: i, b, type: ORG });
  }
}

/**
 * `Norwegian Polar Institute`, `German Farmers' Association`, `Chilean Economic Development
 * Agency`: a nationality word right before an organisation of two words or more is the first word
 * of its name (on the dev sets 95 such names to 2 descriptions). A ministry or a senate is the
 * exception, with the nationality word left out where the tagger took it in: `the Colombian Defence
 * Ministry` describes the Ministry of Defence, as `the Iraqi government` describes a government. `South African Reserve Bank` is left as the tagger read it.
 */
function joinNationalities(ctx: RuleContext, res: TSpan[], from: number): void {
  const { words } = ctx;
  for (let k = 0; k < res.length; k++) {
    const s = res[k]!;
    if (s.type !== ORG) continue;
    // a ministry's name: the nationality word before it is a description (`the Colombian Defence
    // Ministry`, `the Saudi Ministry of Energy`), and none is joined onto it
    const ministryLast = MINISTRY_HEADS.has(titled(words[s.b - 1]!));
    const ministryAfterNationality = s.b - s.a >= 4 && MINISTRY_HEADS.has(titled(words[s.a + 1]!)) && isNationality(ctx, s.a);
    if (ministryLast || ministryAfterNationality || MINISTRY_HEADS.has(titled(words[s.a]!))) {
      if (ministryAfterNationality || (ministryLast && s.b - s.a >= 3 && isNationality(ctx, s.a))) s.a++;
      continue;
    }
    const n = s.a - 1;
    if (n < from || s.b - s.a < 2) continue;
    if (!isNationality(ctx, n)) continue;
    if (n > from && ctx.shapes.capitalised(n - 1) && !opensSentence(words, n - 1, from)) continue;
    const before = res.findIndex((r) => r.a <= n && n < r.b);
    if (before >= 0 && res[before]!.b - res[before]!.a > 1) continue;
    if (before >= 0) {
      res.splice(before, 1);
      if (before < k) k--;
    }
    s.a = n;
  }
}

/** A capitalised nationality word that names no place itself (`Norwegian`, not `Kuwait`). */
function isNationality(ctx: RuleContext, i: number): boolean {
  const w = ctx.words[i]!;
  return isCapWord(w) && (NATIONALITY_WORDS.has(w) || isDemonymOnly(tokenGaz(ctx, i)));
}

/**
 * Names built on an institution's head and linking words, which the tagger cuts or types by their
 * last part: `Organization of the Petroleum Exporting Countries`, `National Observatory of Athens`,
 * `Kenya National Commission on Human Rights`, `Institut de Recherche en Sciences de la Santé`,
 * `Competition and Markets Authority`, `Democratic Republic of Congo` (a place), `Treaty of
 * Versailles` (MISC). The parts end at a title (`Bank of England Governor Andrew Bailey`).
 */
function findLinkedNames(ctx: RuleContext, res: TSpan[], caps: readonly number[], from: number, last: number): void {
  const { words } = ctx;
  // a part of such a name: no title before a name (`Governor Andrew Bailey`), no plural of an acronym (`of Conservative MPs`)
  const isPart = (i: number) =>
    i < last &&
    isNameWord(ctx, i, from) &&
    !/^\p{Lu}{2,}s$/u.test(words[i]!) &&
    !(TITLE_WORDS.has(ctx.shapes.lower(i)) && i + 1 < last && isCapWord(words[i + 1]!) && !isPunct(words[i + 1]!));
  const titleCase = isTitleCase(words, from, last);
  let next = from;
  for (const h of caps) {
    if (h < next) continue;
    const kinds = ctx.shapes.headKinds(h);
    const head = titled(words[h]!);
    const placeHead = (kinds & H_PLACE_INSTITUTION) !== 0;
    const miscHead = (kinds & H_MISC) !== 0 || head === "Battle";
    if (!((kinds & H_INSTITUTION) !== 0 || placeHead || miscHead) || !isNameWord(ctx, h, from)) continue;
    // the capitalised words before the head, with `and` between two of them (`Competition and Markets Authority`)
    let a = h;
    let joined = false;
    for (;;) {
      // (before the head a title is part of the name: `Private Sector Alliance`, `General Assembly`)
      if (a - 1 >= from && isNameWord(ctx, a - 1, from) && !isPersonAt(res, a - 1) && !startsPerson(res, a)) a--;
      // `Public Prosecutor's Office`, `Prime Minister's Office`, `People's Party`: an office named by its holder's title
      else if (a - 2 >= from && isPossessive(words[a - 1]!) && OFFICE_HOLDERS.has(words[a - 2]!)) a -= 2;
      else if (
        a - 2 >= from &&
        (words[a - 1] === "and" || words[a - 1] === "&") &&
        isPart(a - 2) &&
        !INSTITUTION_HEADS.has(titled(words[a - 2]!)) &&
        !isCountryBefore(ctx, a - 1, from)
      ) {
        a -= 2;
        joined = true;
      } else break;
    }
    // links and the names after them
    let b = h + 1;
    let linked = false;
    for (;;) {
      let j = b;
      if (j < last && NAME_LINKS.has(words[j]!)) j++;
      else break;
      // `on the Strand` is where the name's place stands, not a part of the name
      while (j < last && /^(?:the|la|le|les|el|los|las|l['’])$/.test(words[j]!) && words[j - 1] !== "on") j++;
      if (!isPart(j)) break;
      while (isPart(j)) j++;
      // `Control and Prevention`, `Memory and Human Rights`, `Energía y Minas`, `Mining, Petroleum and Energy`: the words
      // after `and` (and a list's commas before it) where the name ends with them
      let and = j;
      while (words[and] === "," && isPart(and + 1) && !isPart(and + 2)) and += 2;
      if (AND_WORDS.has(words[and] ?? "") && isPart(and + 1)) {
        let k = and + 1;
        while (isPart(k) && !INSTITUTION_HEADS.has(titled(words[k]!))) k++;
        if (k > and + 1 && k - and <= 3 && !isPart(k)) j = k;
      }
      b = j;
      linked = true;
    }
    // `and` joins the words of an organisation's name only (`Kano and Port Harcourt` are two places)
    if (!linked && !(joined && !placeHead && !miscHead && h + 1 - a >= 3)) {
      // `Kenya` `Private Sector Alliance`, `China` `Meteorological Administration`: the words before an organisation's head the tagger left out
      const cut = res.find((s) => s.b === h + 1 && s.type === ORG && s.a > a);
      if (cut && !isDemonymPhrase(ctx, { a, b: cut.a, type: 0 })) putSpan(res, { a, b: h + 1, type: ORG });
      // `the Public Prosecution Service` the tagger missed: capitalised words before the head inside a sentence of prose
      // (a nationality word among them the tagger read as MISC is the name's first word: `European Public Prosecutor's Office`)
      else if (
        !cut &&
        h - a >= 1 &&
        !opensSentence(words, a, from) &&
        !titleCase &&
        !res.some((s) => s.a <= h && a < s.b && !(s.type === MISC && s.a >= a && s.b <= h))
      )
        putSpan(res, { a, b: h + 1, type: ORG });
      continue;
    }
    // the last head decides: `Port of Rotterdam Authority` is an organisation
    const type = INSTITUTION_HEADS.has(titled(words[b - 1]!)) ? ORG : placeHead ? LOC : miscHead ? MISC : ORG;
    if (!res.some((s) => s.a <= a && s.b >= b && s.b - s.a > b - a)) putSpan(res, { a, b, type });
    next = b;
  }
}

/** Whether the capitalised words that end before token `end` name a country or a region (`the United States and European Union officials`). */
function isCountryBefore(ctx: RuleContext, end: number, from: number): boolean {
  for (let a = end - 1; a >= from && end - a <= 3 && isCapWord(ctx.words[a]!); a--) {
    if (gazOf(ctx, a, end) & (GAZ_COUNTRY | GAZ_REGION)) return true;
  }
  return false;
}

/** A line in title case (a headline): fewer than two lower-case words besides the function words. */
function isTitleCase(words: readonly string[], from: number, last: number): boolean {
  // (a headline in title case leaves its short function words in lower case, a sentence its verbs and nouns too:
  // `It went to the European Public Prosecutor's Office on Friday`)
  for (let i = from; i < last; i++) {
    const w = words[i]!;
    if (isLowerWord(w) && !SENTENCE_OPENERS.has(w) && !DETERMINERS.has(w) && !TITLE_CASE_LOWER_WORDS.has(w)) return false;
  }
  return true;
}

/** Words a headline in title case keeps in lower case: short prepositions and conjunctions. */
const TITLE_CASE_LOWER_WORDS: ReadonlySet<string> = new Set(
  "a an and as at but by for from in into near of off on onto or over per than the to up upon via vs with".split(" "),
);

function startsPerson(res: readonly TSpan[], i: number): boolean {
  return res.some((s) => s.a === i && s.type === PER);
}
function isPersonAt(res: readonly TSpan[], i: number): boolean {
  return res.some((s) => s.a <= i && i < s.b && s.type === PER);
}

/** `The Guardian`, `The Midland Courier`, `The Daily Meridian`: a newspaper keeps its capitalised `The`. */
function findPublications(ctx: RuleContext, res: TSpan[], caps: readonly number[], from: number, last: number): void {
  const { words } = ctx;
  const isPublication = (a: number, b: number) => PUBLICATION_HEADS.has(titled(words[b - 1]!)) || PUBLICATION_OPENERS.has(titled(words[a]!));
  for (const s of res) {
    if (s.a - 1 < from || titled(words[s.a - 1]!) !== "The" || !isPublication(s.a, s.b)) continue;
    s.a--;
    s.type = ORG;
  }
  // `The Evening Ledger reported`: two words or more after `The` (`The Sun` may be the star)
  for (const i of caps) {
    if (i + 2 >= last || titled(words[i]!) !== "The" || res.some((s) => s.a <= i + 1 && i + 1 < s.b)) continue;
    let b = i + 1;
    while (b < last && isNameWord(ctx, b, from) && !res.some((s) => s.a === b)) b++;
    if (b - i >= 3 && isPublication(i + 1, b)) putSpan(res, { a: i, b, type: ORG });
  }
  // `Kiwi Courier · Sport`, `by Jonas Hartmann, Europa Wire`, `EAST AFRICAN COURIER`: two capitalised words or more ending in a
  // newspaper's word, whatever the tagger made of them (`Straits Ledger` a person, `Asia` in `The Asia Ledger` a place);
  // not in a headline written in title case, where every word has its capital (`Hard Times For Farmers`)
  if (caps.length >= 4 && isTitleCase(words, from, last)) return;
  let next = from;
  for (const i of caps) {
    if (i < next || !isNameWord(ctx, i, from)) continue;
    let b = i + 1;
    while (b < last && isNameWord(ctx, b, from)) b++;
    next = b;
    let a = i;
    // (the newspaper's word ends the name: `Harbor Sentinel Publishing LLC`, `Business Daily Africa` are other names)
    if (b - a < 2 || !NEWSPAPER_HEADS.has(titled(words[b - 1]!))) continue;
    if (a > from && titled(words[a - 1]!) === "The") a--;
    // a name the tagger gave the run ends where the run does (`Rhine Energy` + `Report`), a person's before it stays (`Emily` `Post`)
    if (res.some((s) => s.a < a && s.b > a)) continue;
    for (let k = res.length - 1; k >= 0; k--) if (res[k]!.a >= a && res[k]!.b <= b) res.splice(k, 1);
    putSpan(res, { a, b, type: ORG });
  }
}

/** Cuts what is no part of a name: possessives, determiners, titles and roles, direction words, lower-case words, hyphenated words built on names. */
function trimSpans(ctx: RuleContext, spans: readonly TSpan[], from: number): TSpan[] {
  const { words } = ctx;
  const res: TSpan[] = [];
  for (const s0 of spans) {
    const s = { ...s0 };
    // possessive cut and trailing punctuation / lower-case descriptors
    for (;;) {
      if (s.b - s.a <= 0) break;
      const w = words[s.b - 1]!;
      if (isPossessive(w) || (isPunct(w) && w !== ".")) {
        s.b--;
        continue;
      }
      if (w === "." && s.b - s.a > 1 && !/\./.test(words[s.b - 2]!)) {
        s.b--;
        continue;
      }
      if (s.b - s.a > 1 && isLowerWord(w) && !hasHyphen(w)) {
        s.b--;
        continue;
      }
      break;
    }
    // leading determiners (not a newspaper's `The`), titles and roles (persons), direction words, lower-case words, name-derived hyphen words
    for (;;) {
      if (s.b - s.a <= 1) break;
      const w = words[s.a]!;
      const low = ctx.shapes.lower(s.a);
      const newspaper = w === "The" && s.type === ORG && (PUBLICATION_HEADS.has(titled(words[s.b - 1]!)) || PUBLICATION_OPENERS.has(titled(words[s.a + 1]!)));
      if (DETERMINERS.has(low) && !(low === "the" && words[s.a + 1] === "Hague") && !newspaper) {
        s.a++;
        continue;
      }
      // `El Senado de la República`, `La Comisión Europea`: an article of another language before an institution's head
      // (not before other names, whose article is theirs: `El Salvador`, `La Liga`, `Le Monde`)
      if (ARTICLES_BEFORE_HEADS.has(low) && INSTITUTION_HEADS.has(titled(words[s.a + 1]!))) {
        s.a++;
        continue;
      }
      if (s.type === PER && (TITLE_WORDS.has(low) || PERSON_ROLES.has(low)) && !PARTICLES.has(low)) {
        s.a++;
        continue;
      }
      // `Entrepreneur Elon Musk` taken whole for an outlet's name: a role before a given name and a surname opens a person's
      if (s.type !== PER && PERSON_ROLES.has(low) && s.b - s.a === 3 && tokenGaz(ctx, s.a + 1) & GAZ_PERSON && isCapWord(words[s.a + 2]!)) {
        s.a++;
        s.type = PER;
        continue;
      }
      // a direction's noun written with a capital inside a sentence names the place (`North Darfur`, `Lower Austria`, `former East Berlin`)
      const named = COMPASS_NOUNS.has(w) && !opensSentence(words, s.a, from);
      if (DIRECTION_WORDS.has(low) && s.type === LOC && !named && !isOfficialDirectionName(ctx, s) && !(gazOf(ctx, s.a, s.b) & (GAZ_COUNTRY | GAZ_CITY))) {
        s.a++;
        continue;
      }
      if (isLowerWord(w) && !hasHyphen(w) && !PARTICLES.has(low)) {
        s.a++;
        continue;
      }
      // (an organisation's `All` is its name's: `All Blacks`, `All Progressives Congress`, `All India Football Federation`)
      if (
        (SENTENCE_OPENERS.has(low) && !isAllCaps(w) && !(low === "all" && s.type === ORG)) ||
        isMonthOrWeekdayWord(w) ||
        isNameDerivedHyphenWord(w, ctx.gaz) ||
        isPunct(w)
      ) {
        s.a++;
        continue;
      }
      break;
    }
    if (s.b - s.a <= 0) continue;
    if (s.b - s.a === 1 && !isSingleWordName(ctx, s, from)) continue;
    // `Sun Nov 26` in a mail's date line: a weekday's and a month's abbreviations, no name
    if (s.b - s.a === 2 && weekdayNumber(words[s.a]!) !== undefined && monthNumber(words[s.a + 1]!) !== undefined) continue;
    if (isDemonymPhrase(ctx, s)) continue;
    // a country's or a union's abbreviation before an agency: `US State Department` -> US + State Department
    const prefix = AGENCY_PREFIXES.get(ctx.shapes.lower(s.a));
    if (prefix !== undefined && (s.type === ORG || s.type === LOC) && s.b - s.a >= 2 && isCapWord(words[s.a + 1]!)) {
      let agency = false;
      for (let i = s.a + 1; i < s.b; i++) if (AGENCY_HEADS.has(ctx.shapes.lower(i))) agency = true;
      if (agency) {
        res.push({ a: s.a, b: s.a + 1, type: prefix });
        res.push({ a: s.a + 1, b: s.b, type: ORG });
        continue;
      }
    }
    res.push(s);
  }
  return res;
}

function isOfficialDirectionName(ctx: RuleContext, s: TSpan): boolean {
  for (let k = 2; k <= 4 && s.a + k <= s.b; k++) {
    if (
      OFFICIAL_DIRECTION_NAMES.has(
        ctx.words
          .slice(s.a, s.a + k)
          .join(" ")
          .toLowerCase(),
      )
    )
      return true;
  }
  return false;
}

/** Whether a span of one word may be a name: not a demonym, a function word, a title, a month, an acronym of a thing or a plural of one (`NGOs`). */
function isSingleWordName(ctx: RuleContext, s: TSpan, from = s.a): boolean {
  const { words } = ctx;
  const w = words[s.a]!;
  if (isPunct(w) || isDigits(w) || isNameDerivedHyphenWord(w, ctx.gaz)) return false;
  const g = tokenGaz(ctx, s.a);
  if (isDemonymOnly(g)) return false;
  if (isLowerWord(w) && !hasHyphen(w)) return false;
  const low = ctx.shapes.lower(s.a);
  if (DETERMINERS.has(low) || (SENTENCE_OPENERS.has(low) && !isAllCaps(w)) || (s.type === PER && (TITLE_WORDS.has(low) || PERSON_ROLES.has(low)))) return false;
  if (isMonthOrWeekdayWord(w) || (w.length <= LONGEST_THING_ACRONYM && THING_ACRONYMS.has(w.toUpperCase()))) return false;
  // a reference into a text (`Article 8`, `Rule 39`) and the noun a legal text refers back with (`the Court held`)
  if (REFERENCE_NOUNS.has(low) && /^(?:\d|[IVXL]+$)/.test(words[s.a + 1] ?? "")) return false;
  // a rating field's value (`Relevancia: ALTA`, `Priority: HIGH`)
  if (RATING_VALUES.has(low) && words[s.a - 1] === ":") return false;
  if (REFERRING_BACK_NOUNS.has(low) && !isAllCaps(w) && words[s.a - 1]?.toLowerCase() === "the") return false;
  // a label in capitals (`SECTION: NEWS`), a party's adjective before its noun (`Conservative rule`)
  if ((isAllCaps(w) && LABEL_WORDS.has(low)) || (PARTY_ADJECTIVES.has(w) && isLowerWord(words[s.b] ?? ""))) return false;
  // a common noun that opens a sentence: one of the nouns the rules know (`Bankers said`, `Airlines including …`), or
  // one the article writes in lower case and never with a capital inside a sentence (`Cocoa futures`)
  if (opensSentence(words, s.a, from) && !isAllCaps(w)) {
    const doc = ctx.doc.get(lowerHash(w));
    if (!(doc & DOC_CAP_MID) && (isCommonNoun(low) || doc & DOC_LOWER)) return false;
  }
  // the plural of an acronym is a common noun: `NGOs`, `MPs`
  return !(w.charCodeAt(w.length - 1) === 0x73 && /^\p{Lu}{2,}s$/u.test(w));
}

/** A noun (or its plural) of the rules' vocabulary of descriptors, roles and things: `bankers`, `airlines`. */
function isCommonNoun(low: string): boolean {
  const known = (n: string) =>
    ORG_DESCRIPTORS.has(n) || PLACE_DESCRIPTORS.has(n) || PERSON_ROLES.has(n) || ROLES_AT.has(n) || THING_NOUNS.has(n) || COMPANY_NOUNS.has(n);
  if (known(low)) return true;
  return low.endsWith("ies") ? known(`${low.slice(0, -3)}y`) : low.endsWith("s") && known(low.slice(0, -1));
}

/** `Palestinian Islamist`, `Shiite Muslim`: nationality and religion words only, no name. */
function isDemonymPhrase(ctx: RuleContext, s: TSpan): boolean {
  for (let i = s.a; i < s.b; i++) {
    const w = ctx.words[i]!;
    // the people of a nation too: `Ecuadorians`, `Kenyans`
    const single = w.length > 4 && w.endsWith("s") ? w.slice(0, -1) : "";
    if (!isNationality(ctx, i) && !(single && (NATIONALITY_WORDS.has(single) || isDemonymOnly(ctx.gaz.get(lowerHash(single)))))) return false;
  }
  return true;
}

/** A gazetteer mask of a nationality word that names no place itself. */
function isDemonymOnly(g: number): boolean {
  return (g & GAZ_DEMONYM) !== 0 && (g & (GAZ_COUNTRY | GAZ_CITY | GAZ_REGION)) === 0;
}

/** Arabic surnames after a person's given names: "Mohammed Shia" + "Al-Sudani". */
function joinArabicSurnames(ctx: RuleContext, res: TSpan[], last: number): void {
  const { words } = ctx;
  for (let i = 0; i < res.length; i++) {
    const s = res[i]!;
    if (s.type !== PER) continue;
    while (s.b < last && ARABIC_SURNAME_RE.test(words[s.b]!) && ctx.bounds[2 * s.b]! - ctx.bounds[2 * s.b - 1]! === 1) {
      const next = res[i + 1];
      if (next && next.a === s.b) {
        s.b = next.b;
        res.splice(i + 1, 1);
      } else s.b++;
    }
  }
}

/** A name followed by an age is a person: "El-Sisil, 60, who ...". */
function personsByAge(ctx: RuleContext, res: TSpan[], last: number): void {
  const { words } = ctx;
  for (const s of res) {
    const p = s.b;
    if (
      s.type !== PER &&
      s.type !== MISC &&
      p + 2 < last &&
      words[p] === "," &&
      /^\d{1,3}$/.test(words[p + 1]!) &&
      Number(words[p + 1]) < 120 &&
      (words[p + 2] === "," || words[p + 2] === ")" || words[p + 2] === ".")
    )
      s.type = PER;
  }
}

/**
 * An acronym or a short name in parentheses after a name is a mention of its own (`Popular
 * Mobilization Forces (PMF)`, `828th Brigade (Bislach)`), and an acronym tells where the long name
 * it abbreviates starts: `Nigerian Midstream and Downstream Petroleum Regulatory Authority (NMDPRA)`,
 * `Transport for London (TfL)`, `World Health Organization (WHO)`.
 */
function acronymsInParentheses(ctx: RuleContext, res: TSpan[], from: number, last: number): void {
  const { words } = ctx;
  for (let p = from + 1; p + 2 < last; p++) {
    if (words[p] !== "(") continue;
    // a stock's ticker: `Broadcom (AVGO.O)`, `(CMG.N)`: no name
    if (words[p + 2] === "." && /^[A-Z]{1,2}$/.test(words[p + 3] ?? "") && words[p + 4] === ")") {
      for (let k = res.length - 1; k >= 0; k--) if (res[k]!.a > p && res[k]!.a < p + 4) res.splice(k, 1);
      continue;
    }
    // `(Africa CDC)` after its long name: a short name of two words
    if (words[p + 3] === ")" && isCapWord(words[p + 1]!) && isAcronym(words[p + 2]!) && res.some((s) => s.b === p && s.type === ORG)) {
      putSpan(res, { a: p + 1, b: p + 3, type: ORG });
      continue;
    }
    if (words[p + 2] !== ")") continue;
    const y = words[p + 1]!;
    if (!isCapWord(y) || y.length < 2 || isMonthOrWeekdayWord(y) || isPunct(y)) continue;
    const acronym = isAcronym(y) ? y.replace(/\./g, "").toUpperCase() : "";
    // where the long name starts: its initials spell the acronym; else, for an acronym after an
    // institution's head in another language's order (`Brazilian Football Confederation (CBF)`), its capitalised words
    let long = acronym ? longNameStart(words, p, acronym, from) : -1;
    if (long < 0 && acronym && INSTITUTION_HEADS.has(titled(words[p - 1]!))) long = nameRunStart(ctx, p, from);
    let named = res.find((s) => s.b === p);
    if (long >= 0 && p - long >= 2) {
      // the type of the tagger's span when it was the whole name cut short (a place inside an organisation's
      // name is not the name's: `Transport for London`); a name an acronym abbreviates is no MISC
      const overlapped = res.filter((s) => s.a < p && s.b > long);
      const whole = overlapped.length === 1 && overlapped[0]!.b === p && p - overlapped[0]!.a >= (p - long) / 2 ? overlapped[0]!.type : 0;
      const type = PLACE_INSTITUTIONS.has(titled(words[long]!)) || whole === LOC ? LOC : ORG;
      named = { a: long, b: p, type };
      putSpan(res, named);
    }
    // (an acronym the tagger took for MISC is the name's too)
    if (!named || res.some((r) => r.a === p + 1 && r.type !== MISC)) continue;
    const initials = initialsOf(words.slice(named.a, named.b));
    const abbreviates = acronym.length >= 2 && initials.includes(acronym.slice(0, 2));
    // an acronym of the name, any acronym after an organisation's (`National Electoral Institute (INE)`), or another
    // name of an organisation (`828th Brigade (Bislach)`)
    if (abbreviates || (named.type === ORG && (acronym.length >= 2 || (!(ctx.doc.get(lowerHash(y)) & DOC_LOWER) && !isAllCaps(y))))) {
      putSpan(res, { a: p + 1, b: p + 2, type: named.type });
    }
  }
}

/** Where the capitalised words (and the linking words between them) that end before token p start. */
function nameRunStart(ctx: RuleContext, p: number, from: number): number {
  const { words } = ctx;
  let a = p;
  while (a - 1 >= from && p - a < 10 && (isNameWord(ctx, a - 1, from) || (NAME_LINKS.has(words[a - 1]!) && a - 2 >= from && isCapWord(words[a - 2]!)))) a--;
  return a;
}

/** The initials of a name's capitalised words (digits count): `828th Brigade` -> `8B`. */
function initialsOf(ws: readonly string[]): string {
  let s = "";
  for (const w of ws) {
    if (isCapWord(w)) s += w.charAt(0).toUpperCase();
    else if (/^\d/.test(w)) s += w.charAt(0);
  }
  return s;
}

/**
 * Where the long name before `(` at p starts, when the acronym spells its initials: those of its
 * capitalised words, or of all its words (`Transport for London` -> TfL). -1 when no start does.
 */
function longNameStart(words: readonly string[], p: number, acronym: string, from: number): number {
  let capitals = "";
  let all = "";
  let best = -1;
  for (let a = p - 1; a >= from && p - a <= 14; a--) {
    const w = words[a]!;
    if (isPunct(w) || isPossessive(w) || (!isCapWord(w) && !NAME_LINKS.has(w) && w !== "and" && w !== "&" && w !== "the")) break;
    const initial = w.charAt(0).toUpperCase();
    all = initial + all;
    if (isCapWord(w)) {
      capitals = initial + capitals;
      if (capitals === acronym || all === acronym) best = a;
      // `Africa Centres for Disease Control and Prevention (Africa CDC)` is read by its words
    }
    if (capitals.length > acronym.length + 1) break;
  }
  return best;
}

/**
 * Types each span by its shape, the words around it and its record: a name that the shape or the
 * cues make none of the three types is MISC, a place that opens such a name is a place of its own
 * (`Paris` in `Paris Olympics`). A span the tagger made MISC stays only where a rule agrees.
 */
function typeSpans(ctx: RuleContext, spans: readonly TSpan[], first: number, last: number, records: readonly TSpan[]): TSpan[] {
  const { words } = ctx;
  const res: TSpan[] = [];
  for (const s of spans) {
    const type = ruleType(ctx, s, first, last, records);
    if (type === MISC) {
      // a place that opens the name is a place of its own (`Paris Olympics`, `Paris Agreement`, `Africa Cup of Nations`); the rest is MISC
      let a = s.a;
      for (let k = s.b - s.a - 1; k >= 1; k--) {
        // `US Open` is the tournament's name, as the guidelines have it
        if (!opensWithPlace(ctx, s.a, s.a + k, titled(words[s.b - 1]!)) || (s.b - s.a - k === 1 && titled(words[s.b - 1]!) === "Open")) continue;
        res.push({ a: s.a, b: s.a + k, type: LOC });
        a = s.a + k;
        break;
      }
      res.push({ a, b: s.b, type: MISC });
      continue;
    }
    if (type) res.push({ ...s, type });
    // the tagger's organisation over a region's or a river's name that no organisation list holds (`of Nuevo León`): a place
    else if (s.type === ORG && isLandOrWater(ctx, s.a, s.b)) res.push({ ...s, type: LOC });
    else if (s.type !== MISC) res.push(s);
    // the tagger's MISC over a place's name (`Latin America`, `Lombardy`, `the Rhine`): a place
    else if (isNamedPlace(ctx, s.a, s.b) && !isAllCaps(words[s.a]!)) res.push({ ...s, type: LOC });
  }
  return res;
}

/**
 * Whether tokens [a, b) are a place that opens the name of an event or a law: a country or a region
 * (`Africa Cup of Nations`, `Northern Ireland Protocol`), or a city before the head of an event or an
 * agreement (`Cannes Film Festival`, `Paris Agreement`) but not before a prize's, a cup's or a plan's,
 * which are named after people as often (`Davis Cup`, `Marshall Plan`). Not a short code in capitals (`AI Act`).
 */
function opensWithPlace(ctx: RuleContext, a: number, b: number, head: string): boolean {
  const w = ctx.words[a]!;
  if (b - a === 1 && isAllCaps(w) && w.replace(/\./g, "").length <= 3 && !AGENCY_PREFIXES.has(w.toLowerCase())) return false;
  // `Saudi Arabian Grand Prix`: the place's word opens an adjective
  if (ctx.gaz.get(lowerHash(ctx.words[b] ?? "")) & GAZ_DEMONYM) return false;
  const g = gazOf(ctx, a, b);
  return (g & (GAZ_COUNTRY | GAZ_REGION)) !== 0 || ((g & GAZ_CITY) !== 0 && HELD_OR_SIGNED.has(head));
}

/** The type the rules give a span: its record, its shape, the words around it; 0 when they say nothing. */
function ruleType(ctx: RuleContext, s: TSpan, first: number, last: number, records: readonly TSpan[]): number {
  const { words } = ctx;
  const shape = shapeType(words, s.a, s.b, s.type);
  if (shape === MISC) return MISC;
  const cue = contextType(words, s.a, s.b, first, last, s.type, records);
  const context = cue & TYPE_BITS;
  if (context === MISC) return MISC;
  if (shape === ORG) return ORG;
  // a place's name only modifies the nouns after it (`the Paris bourse`, `its Shanghai factory`); a
  // country's before a club's noun is its national team's (`England captain`): both stay places
  // (the gazetteer is asked only where an answer depends on it)
  let known = -1;
  const placeOf = () => (known < 0 ? (known = gazOf(ctx, s.a, s.b) & (GAZ_COUNTRY | GAZ_CITY | GAZ_REGION)) : known);
  const apposition = cue & APPOSITION_KINDS ? cue : 0;
  const modified = apposition & CLUB_NOUN ? placeOf() & GAZ_COUNTRY : apposition & (AFTER_NAME | COMPANY_NOUN) ? placeOf() : 0;
  if ((apposition & TYPE_BITS) === ORG && !modified) return ORG;
  // `the Kamoa mine` is the site's; a known organisation's name before the noun is the owner's
  if (apposition & SITE_NOUN && gazOf(ctx, s.a, s.b) & GAZ_ORGANISATIONS) return shape;
  if (shape === LOC) {
    // a person whose family name is a place's head word (`Ricki Lake`, `Annelies Van Dam`) stays a person
    const familyName =
      SURNAME_HEADS.has(titled(words[s.b - 1]!)) || (s.b - s.a >= 3 && isCapWord(words[s.b - 2]!) && NAME_PARTICLES.has(ctx.shapes.lower(s.b - 2)));
    return s.type === PER && familyName ? PER : LOC;
  }
  // `won the Golden Leopard`, `won the Oscar`: a prize (not `won the Senate`: an institution; not `won the Bundesliga`: its shape
  // said; not `won the IPL`: a league's acronym the tagger read as an organisation's)
  if (
    !shape &&
    !(s.type === ORG && s.b - s.a === 1 && isAcronym(words[s.a]!)) &&
    s.a - 2 >= first &&
    words[s.a - 1] === "the" &&
    PRIZE_VERBS.has(ctx.shapes.lower(s.a - 2)) &&
    !placeOf() &&
    !INSTITUTION_HEADS.has(titled(words[s.b - 1]!))
  ) {
    return MISC;
  }
  if (modified && context === ORG) return 0;
  // `fans in Marseille`: a town's name after a preposition of place is the town, though its club was the subject elsewhere
  if (cue & LOCATIVE) return placeOf() ? LOC : 0;
  if (cue & PLACED_IN) return isPlacedInKnownPlace(ctx, s, last) ? LOC : 0;
  return context;
}

/**
 * Whether span s, which the line places in another name (contextType's PLACED_IN: `at Port Talbot in
 * Wales`), is a place: the other is a known place, and s no person's, no institution's and no
 * organisation's the lists know but a club's (clubs are named by their towns); not `a jab at Biden
 * in Ohio`, `the Norwegian Polar Institute in Tromsø`, `at Barclays in London`.
 */
function isPlacedInKnownPlace(ctx: RuleContext, s: TSpan, last: number): boolean {
  const institution = INSTITUTION_HEADS.has(titled(ctx.words[s.b - 1]!)) || tokenGaz(ctx, s.b - 1) & GAZ_ORG;
  return s.type !== PER && !institution && isKnownPlaceAt(ctx, s.b + 1, last) && !(gazOf(ctx, s.a, s.b) & NOT_CLUB_ORGANISATIONS);
}

/** Words before a place's name that a person's is rarely after (`at Ellis Park`, `in Upper Hill`). */
const BEFORE_PLACES = new Set(["at", "in", "near", "outside", "inside", "around"]);
/** First words of places' names that open no person's: positions (`Upper Hill`, `Central Park`). */
const POSITION_WORDS = new Set(["Upper", "Lower", "Central", "Greater", "Inner", "Outer", "Middle", "Old", "North", "South", "East", "West"]);

/**
 * A name the tagger took for a person's that ends in a place's weak head (`Ellis Park`, `Denmark
 * Hill`, `Upper Hill`: `Park` and `Hill` are family names too) is a place's when it opens with a
 * position or a known place, or stands after a preposition of place.
 */
function placesNotPersons(ctx: RuleContext, res: TSpan[], from: number): void {
  const { words } = ctx;
  for (const s of res) {
    if (s.type !== PER || s.b - s.a < 2 || !WEAK_PLACE_HEADS.has(words[s.b - 1]!) || isPossessive(words[s.b] ?? "")) continue;
    const before = s.a > from ? words[s.a - 1]! : "";
    if (POSITION_WORDS.has(words[s.a]!) || isKnownPlace(ctx, s.a, s.a + 1) || BEFORE_PLACES.has(before)) s.type = LOC;
  }
  // `in Wad Madani`, `near Beit Hanoun`, `in Fort Nelson`: after `in` or `near` a name that opens with no given name is a place's
  // (the tagger may have left its first word out: `near Beit` + `Hanoun`)
  for (const s of res) {
    if (s.type !== PER) continue;
    if (s.b - s.a === 1 && s.a - 1 > from && IN_PLACES.has(words[s.a - 2]!) && isCapWord(words[s.a - 1]!)) {
      if (!res.some((o) => o.b === s.a) && !(tokenGaz(ctx, s.a - 1) & GAZ_PERSON)) s.a--;
    }
    if (s.b - s.a < 2 || s.a <= from || isPossessive(words[s.b] ?? "")) continue;
    if (IN_PLACES.has(words[s.a - 1]!) && !(tokenGaz(ctx, s.a) & GAZ_PERSON)) s.type = LOC;
  }
}

/** Prepositions before a place that a person's name is not after (`at` is: `a jab at Keir Starmer`). */
const IN_PLACES = new Set(["in", "near", "outside", "inside", "around", "across"]);

/** The organisation lists' bits but the sports clubs' (clubs are named by their towns). */
const NOT_CLUB_ORGANISATIONS = GAZ_ORGANISATIONS & ~(1 << GAZ_SPORT_CLUB_BIT);
/** The bits of the lists of organisations (but the clubs': they are named by their towns), events and laws. */
const NOT_PLACE_NAMES = NOT_CLUB_ORGANISATIONS | GAZ_EVENTS_AND_LAWS;
/** The bits of every list but the organisations': places, people, events. */
const NOT_ORGANISATION_NAMES = GAZ_CATEGORIES & ~GAZ_ORGANISATIONS;

/**
 * `transfer water to Monterrey`, `a store in Chester`: outside a sports report a town, a region or
 * a country that the tagger took for an organisation is the place. The tagger learnt from results
 * pages that towns name clubs, and its second stage spreads one such reading over the article.
 */
function placesNotClubs(ctx: RuleContext, res: TSpan[], first: number, last: number, records: readonly TSpan[]): void {
  for (const s of res) {
    if (s.type !== ORG) continue;
    const g = gazOf(ctx, s.a, s.b);
    if (!(g & (GAZ_COUNTRY | GAZ_CITY | GAZ_REGION)) || g & NOT_CLUB_ORGANISATIONS || isSportReport(ctx)) continue;
    // (unless the words around it make it a club: `Yokohama knock out Ulsan`, `Lille coach`)
    if (contextType(ctx.words, s.a, s.b, first, last, ORG, records) & CLUB_NOUN) continue;
    s.type = LOC;
  }
}

/**
 * The clubs a sports report names by their towns: `Mumbai last won the IPL in 2020`, `took three
 * wickets for Chennai` (a town standing alone as a side of a match), `Kolkata Knight Riders` (a name
 * that opens with its town), `Chennai` + `Super Kings` (the tagger cut it), and the teams' plural
 * nicknames (`Oilers beat Flames`). A country stays the place (its team is a location).
 */
function clubsByTheirTowns(ctx: RuleContext, res: TSpan[], first: number, last: number): void {
  for (let k = 0; k < res.length; k++) {
    const s = res[k]!;
    // a name that opens with its town is the town's club, not a person (`Kolkata Knight Riders`)
    if (s.type === PER && s.b - s.a >= 2 && isTownFirst(ctx, s) && isSportReport(ctx)) s.type = ORG;
    if ((s.type !== LOC && s.type !== ORG) || s.b - s.a !== 1 || !isTownFirst(ctx, s) || tokenGaz(ctx, s.a) & GAZ_COUNTRY) continue;
    // `Chennai` + `Super Kings`: the tagger cut a club's name after its town
    const rest = res[k + 1];
    if (rest && rest.a === s.b && (rest.type === PER || rest.type === ORG) && isSportReport(ctx)) {
      res.splice(k + 1, 1);
      s.b = rest.b;
      s.type = ORG;
      continue;
    }
    if (s.type === LOC && isSideOfMatch(ctx.words, s.a, s.b, first, last) && isSportReport(ctx)) s.type = ORG;
  }
  // `Oilers beat Flames`, `after the loss to the Kings`: a team's plural nickname as a side of a match
  for (let i = first; i < last; i++) {
    const w = ctx.words[i]!;
    // (not a plural the article writes in lower case too: `Fans`, `Forwards` opening a sentence)
    if (w.length < 4 || !/^\p{Lu}\p{Ll}+s$/u.test(w) || headWordKinds(w) & (H_MISC | H_CUP)) continue;
    const seen = ctx.doc.get(lowerHash(w));
    if (seen & DOC_LOWER || (opensSentence(ctx.words, i, first) && !(seen & DOC_CAP_MID))) continue;
    const at = res.findIndex((s) => s.a <= i && i < s.b);
    if (at >= 0 && (res[at]!.type !== MISC || res[at]!.b - res[at]!.a !== 1)) continue;
    if (!isSideOfMatch(ctx.words, i, i + 1, first, last) || !isSportReport(ctx)) continue;
    putSpan(res, { a: i, b: i + 1, type: ORG });
  }
}

/**
 * `River Plate`, `Rosario Central`, `Machida Zelvia`, `Banco Daycoval`: a name the tagger took for a
 * person or a place that the organisation lists hold and no list of places, people or events does
 * is the organisation's.
 */
function listedOrganisations(ctx: RuleContext, res: TSpan[], first: number, last: number, records: readonly TSpan[]): void {
  for (const s of res) {
    if (s.type !== PER && s.type !== LOC) continue;
    const g = gazOf(ctx, s.a, s.b);
    if (!(g & GAZ_ORGANISATIONS) || g & NOT_ORGANISATION_NAMES) continue;
    // a name only the clubs' list holds that the line places in a known place is its town (`at Port Talbot in Wales`)
    if (contextType(ctx.words, s.a, s.b, first, last, s.type, records) & PLACED_IN && isPlacedInKnownPlace(ctx, s, last)) continue;
    s.type = ORG;
  }
}

/**
 * The rest of a place's name after its particles, which the tagger cut: `Dar` `es Salaam`, `Santa
 * Cruz` `de la Sierra`, `Rio Grande` `do Norte`, `Maguindanao` `del Norte`, `Palácio` `do Planalto`.
 */
function joinPlaceParticles(ctx: RuleContext, res: TSpan[], from: number, last: number): void {
  const { words } = ctx;
  for (let k = 0; k < res.length; k++) {
    const s = res[k]!;
    if (s.type !== LOC) continue;
    let j = s.b;
    while (j < last && j - s.b < 2 && PLACE_PARTICLES.has(words[j]!)) j++;
    if (j === s.b || j >= last || !isNameWord(ctx, j, from)) continue;
    let b = j;
    while (b < last && b - j < 3 && isNameWord(ctx, b, from) && !TITLE_WORDS.has(ctx.shapes.lower(b))) b++;
    // the name after the particles may be a span of its own (`Salaam`, `Sierra`): one place now
    for (let n = res.length - 1; n > k; n--) if (res[n]!.a < b && res[n]!.b > j) b = Math.max(b, res.splice(n, 1)[0]!.b);
    s.b = b;
  }
}

/**
 * `Margalla Hills`, `Tashkent Region`, `Plaquemines Parish`, `Tsau Khaeb National Park`: a name of
 * two words or more ending in the head of a land's or an area's name is a place where the tagger
 * took it for an organisation (one keeps its own head after it: `Hill Group`, `Region Council`), and
 * so is one ending in an administrative area's where it took it for a person.
 */
function placesByTheirHeads(ctx: RuleContext, res: TSpan[]): void {
  for (const s of res) {
    if (s.b - s.a < 2 || !(s.type === ORG || s.type === PER)) continue;
    const head = titled(ctx.words[s.b - 1]!);
    // (a person's name may end in `Park` or `Hills`, never in `Parish`)
    if (s.type === ORG ? AREA_HEADS.has(head) : ADMINISTRATIVE_AREAS.has(head)) s.type = LOC;
  }
}

/** Whether span s's first word is a town, a region or a country and no given name (`Kolkata`, not `Florence` or `Paris`). */
function isTownFirst(ctx: RuleContext, s: TSpan): boolean {
  const g = tokenGaz(ctx, s.a);
  return (g & (GAZ_COUNTRY | GAZ_CITY | GAZ_REGION)) !== 0 && (g & GAZ_PERSON) === 0;
}

/** Whether the article is a sports report (isSportReport of cues.ts), asked once. */
function isSportReport(ctx: RuleContext): boolean {
  if (ctx.sportReport === undefined) ctx.sportReport = isSportReportText(ctx.words);
  return ctx.sportReport;
}

/** The links of a list of names, and `&` (`Tata Steel & JSW`). */
const isListLink = (w: string): boolean => LIST_LINKS.has(w) || w === "&";
/** Plurals of groups and followers (`Democrats`, `Palestinians`, `Shiites`), listed beside names and none themselves. */
const GROUP_PLURAL = /(?:ans|ats|ists|ites|ics|ives|als|ers)$/;

/**
 * A name the tagger left out of a list whose other names it typed takes their type: `sued OpenAI
 * and Microsoft`, `Nvidia, EnBW and Siemens`. A list names things of one kind; the words must
 * be capitalised inside the sentence (a sentence's first word may be any word), and no plural
 * of a group (`Israel and Palestinians`).
 */
function findCoordinatedNames(ctx: RuleContext, res: TSpan[], caps: readonly number[], from: number, last: number): void {
  const { words } = ctx;
  let next = from;
  for (const i of caps) {
    if (i < next || opensSentence(words, i, from) || !isNameWord(ctx, i, from) || res.some((s) => s.a <= i && i < s.b)) continue;
    let b = i + 1;
    while (b < last && b - i < 4 && isNameWord(ctx, b, from) && !res.some((s) => s.a <= b && b < s.b)) b++;
    next = b;
    // no title or role (`and British Prime Minister Rishi Sunak`), no group (`Israel and Palestinians`)
    let hasTitle = false;
    for (let k = i; k < b; k++) hasTitle ||= TITLE_WORDS.has(ctx.shapes.lower(k)) || PERSON_ROLES.has(ctx.shapes.lower(k));
    if (hasTitle || GENERIC_INSTITUTIONS.has(words[i]!) || GROUP_PLURAL.test(words[b - 1]!) || gazOf(ctx, i, i + 1) & GAZ_DEMONYM) continue;
    const after = b + 1 < last && isListLink(words[b]!) ? res.find((s) => s.a === b + 1) : undefined;
    const before = i - 2 >= from && isListLink(words[i - 1]!) ? res.find((s) => s.b === i - 1) : undefined;
    const type = after?.type ?? before?.type;
    // (`in London, Paris` is a list; `in London, Reuters reported` is not: after a comma the name must go on listing)
    const listed = after !== undefined || words[i - 1] !== "," || (b < last && isListLink(words[b]!));
    if (type !== undefined && listed) putSpan(res, { a: i, b, type });
  }
}

/**
 * Names the tagger missed where the words around them are sure: the platform of a post (`wrote on
 * X`), the employer of an analyst (`analysts at Bernstein`), a company in apposition (`carmaker
 * Xpeng`) or before its nouns (`Vodafone chief executive`).
 */
function findContextNames(ctx: RuleContext, res: TSpan[], caps: readonly number[], from: number, last: number): void {
  const { words } = ctx;
  let next = from;
  for (const i of caps) {
    if (i < next) continue;
    if (!isNameWord(ctx, i, from) || res.some((s) => s.a <= i && i < s.b)) continue;
    let b = i + 1;
    while (b < last && b - i < 4 && isNameWord(ctx, b, from) && !res.some((s) => s.a === b)) b++;
    const span = { a: i, b, type: ORG };
    const before = i > from ? words[i - 1]! : "";
    const before2 = i - 2 >= from ? ctx.shapes.lower(i - 2) : "";
    const posted = before === "on" && (POSTING_VERBS.has(before2) || POSTING_NOUNS.has(before2));
    const employer = (before === "at" && ROLES_AT.has(before2)) || (before === "of" && isEmployerOf(ctx, res, i - 1, from) && !isKnownPlace(ctx, i, b));
    const apposed = isLowerWord(before) && (ORG_DESCRIPTORS.has(before) || /.maker$/.test(before));
    const apposition = appositionType(words, i, b, from, last, 0);
    // (a word alone that none of these cues is around is no name found here, whatever the word: its tests are left out)
    if (
      b - i === 1 &&
      !(posted || employer || apposed || (apposition & APPOSITIVE && (apposition & TYPE_BITS) !== PER) || apposition & (COMPANY_NOUN | SITE_NOUN))
    )
      continue;
    if (b - i === 1 && (!isSingleWordName(ctx, span) || GENERIC_INSTITUTIONS.has(words[i]!) || LABEL_WORDS.has(ctx.shapes.lower(i)))) continue;
    if (TITLE_WORDS.has(ctx.shapes.lower(i)) || PERSON_ROLES.has(ctx.shapes.lower(i))) continue;
    // `Crankstart, a charity set up by …`: an appositive says what the name is
    if (apposition & APPOSITIVE && (apposition & TYPE_BITS) !== PER) {
      putSpan(res, { ...span, type: apposition & TYPE_BITS });
      next = b;
      continue;
    }
    // `Nestlé shares fell`, `Vodafone chief executive …`: not a place's name (`London shares`); one word that opens a sentence
    // only when the article writes it with a capital inside a sentence too (`Ticket sales …` is no name)
    const commonWord =
      b - i === 1 &&
      (ctx.doc.get(lowerHash(words[i]!)) & DOC_LOWER ||
        (opensSentence(words, i, from) && !(ctx.doc.get(lowerHash(words[i]!)) & DOC_CAP_MID) && !/.\p{Lu}/u.test(words[i]!)));
    // `the Menengai field`, `the Kamoa mine`: a site's name, unless a known organisation owns it
    if (apposition & SITE_NOUN && !commonWord && !(gazOf(ctx, i, b) & GAZ_ORGANISATIONS)) {
      putSpan(res, { ...span, type: LOC });
      next = b;
      continue;
    }
    const company = apposition & COMPANY_NOUN && !isKnownPlace(ctx, i, b) && !commonWord;
    if (posted || employer || apposed || company) {
      // `Chipotle` + `Mexican Grill boss`: the rest of a name the tagger cut
      const cut = res.find((s) => s.b === i && s.type === ORG);
      if (cut) cut.b = b;
      else putSpan(res, span);
    }
    next = b;
  }
}

/**
 * Whether `of` at token k ties a name to its employer: after a role that works for one (`director
 * of Uplift`) or after a person the role introduced (`Analyst Rohan Mehta of Bernstein`, `Farahani,
 * an analyst … of`, not `Governor Samuel García of Nuevo León`: a governor's is a place).
 */
function isEmployerOf(ctx: RuleContext, res: readonly TSpan[], k: number, from: number): boolean {
  if (k - 1 < from) return false;
  // (in lower case: `Director of Communications` is a title)
  if (EMPLOYEE_ROLES.has(ctx.words[k - 1]!)) return true;
  const person = res.find((s) => s.b === k && s.type === PER);
  return person !== undefined && person.a - 1 >= from && EMPLOYEE_ROLES.has(ctx.shapes.lower(person.a - 1));
}

/**
 * The employer after a role's `of` (see isEmployerOf) is an organisation, also where the tagger
 * made it one person's name with the person (`Analyst Hanna Girma Wolde of Kifiya`).
 */
function splitEmployers(ctx: RuleContext, res: TSpan[], from: number): void {
  const { words } = ctx;
  // `Consultant Noura Al-Qahtani of Oliver Wyman`: the name after the employer's `of` is no person's or unknown place's
  for (const s of res) {
    if (s.type === ORG || s.a - 2 < from || words[s.a - 1] !== "of" || !isEmployerOf(ctx, res, s.a - 1, from) || isKnownPlace(ctx, s.a, s.b)) continue;
    s.type = ORG;
  }
  for (let k = res.length - 1; k >= 0; k--) {
    const s = res[k]!;
    if (s.type !== PER || s.a - 1 < from || !EMPLOYEE_ROLES.has(ctx.shapes.lower(s.a - 1))) continue;
    const of = words.indexOf("of", s.a + 1);
    if (of < 0 || of >= s.b - 1 || of - s.a < 2 || isKnownPlace(ctx, of + 1, s.b)) continue;
    res.splice(k + 1, 0, { a: of + 1, b: s.b, type: ORG });
    s.b = of;
  }
}

/**
 * Two names joined by `and` that the tagger made one: people (`Sam Holmes & Priya Desai`) and places
 * (`Kano and Port Harcourt`) are two, unless the whole is a country's name (`Trinidad and Tobago`).
 * Organisations keep their `and` (`Law and Justice`, `Food and Drug Administration`, `Marks & Spencer`,
 * `Ministry of Culture and Tourism`) unless the words before it are an organisation's whole name:
 * one the lists know, or one ending in a company's or an institution's word (`Toyota Motor and
 * Panasonic`, `Awash Bank and Dashen Bank`).
 */
function splitNamesAtAnd(ctx: RuleContext, res: TSpan[]): void {
  joinPlacesAtAnd(ctx, res);
  const { words } = ctx;
  for (let k = res.length - 1; k >= 0; k--) {
    const s = res[k]!;
    if (s.type === ORG) {
      const i = words.indexOf("and", s.a + 1);
      if (i < 0 || i >= s.b - 1 || !isCapWord(words[i + 1]!) || gazOf(ctx, s.a, s.b) & GAZ_ORGANISATIONS) continue;
      if (words.slice(s.a, i).includes("of") || !isWholeOrganisation(ctx, s.a, i)) continue;
      res.splice(k, 1, { a: s.a, b: i, type: ORG }, { a: i + 1, b: s.b, type: ORG });
      continue;
    }
    if (s.type !== PER && s.type !== LOC) continue;
    if (s.type === LOC && (PLACE_HEADS.has(titled(words[s.b - 1]!)) || isKnownPlace(ctx, s.a, s.b) || PLACE_INSTITUTIONS.has(titled(words[s.a]!)))) continue;
    for (let i = s.a + 1; i < s.b - 1; i++) {
      if (words[i] !== "and" && !(words[i] === "&" && s.type === PER)) continue;
      res.splice(k, 1, { a: s.a, b: i, type: s.type }, { a: i + 1, b: s.b, type: s.type });
      break;
    }
  }
}

/** `TRINIDAD` + `AND` + `TOBAGO`: a known place's name that the tagger split at its `and` is one place (`Bosnia and Herzegovina`). */
function joinPlacesAtAnd(ctx: RuleContext, res: TSpan[]): void {
  for (let k = res.length - 2; k >= 0; k--) {
    const s = res[k]!;
    const next = res[k + 1]!;
    if (next.a !== s.b + 1 || ctx.shapes.lower(s.b) !== "and" || !isKnownPlace(ctx, s.a, next.b)) continue;
    res.splice(k, 2, { a: s.a, b: next.b, type: LOC });
  }
}

/** Whether tokens [a, b) are an organisation's whole name: one the lists know, or two words or more ending in a company's or an institution's word. */
function isWholeOrganisation(ctx: RuleContext, a: number, b: number): boolean {
  if (gazOf(ctx, a, b) & NOT_CLUB_ORGANISATIONS) return true;
  const head = titled(ctx.words[b - 1]!);
  return b - a >= 2 && (COMPANY_SUFFIXES.has(head) || INSTITUTION_HEADS.has(head));
}

function applyDateline(ctx: RuleContext, res: TSpan[], first: number, last: number): void {
  const { words } = ctx;
  if (last - first < 6) return;
  let i = first;
  while (i < last && (words[i] === "•" || words[i] === "-" || words[i] === "*")) i++;
  const start = i;
  while (i < last && i - start < 4 && isCapWord(words[i]!) && !isPunct(words[i]!)) i++;
  const end = i;
  if (end === start || end >= last) return;
  const sep = words[end];
  if (sep !== ":" && sep !== "(" && sep !== "," && sep !== "—" && sep !== "–" && sep !== "-") return;
  if (last - end < 5) return;
  const phrase = words.slice(start, end);
  if (phrase.some((w) => LABEL_WORDS.has(w.toLowerCase()) || isMonthOrWeekdayWord(w))) return;
  const caps = phrase.every((w) => isAllCaps(w) && w.replace(/[^\p{L}]/gu, "").length >= 2);
  const g = gazOf(ctx, start, end);
  const tagged = res.find((r) => r.a === start && r.b === end);
  const place = (g & (GAZ_COUNTRY | GAZ_CITY | GAZ_REGION)) !== 0;
  if (sep !== ":" && !caps) return; // wire style datelines are upper case
  if (sep === "," && !(caps && (place || tagged))) return;
  const common = phrase.some((w) => (ctx.doc.get(lowerHash(w)) & DOC_LOWER) !== 0);
  if (!(place || (tagged && tagged.type === LOC) || (caps && !common && (tagged || phrase.length <= 2)))) return;
  putSpan(res, { a: start, b: end, type: LOC });
}
