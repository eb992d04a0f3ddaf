// Whole-dump entity pass (cheap): one type per surface string, mentions the model missed for surface
// strings it tagged elsewhere in the dump, and canonical names (the fullest name the dump uses). Pure.
//
// The vote for a surface's type weighs what each article's text says of its mentions
// (evidence.ts): a mention in a headline in capitals counts little, one whose type a credit, a key,
// quotation marks or an acronym's definition give counts much, and one whose type the words around
// it give keeps that type whatever the vote (a name used for two things is two entities). Names
// known in mixed case are also looked for in lines written in capitals; a lone institution's noun
// (`the Government`) is a name only where the article names the institution in full.
//
// Incremental: the pass makes two dump-wide decisions, (1) the type of each surface and the surfaces
// to look for, from the model's mentions, and (3) canonical names, from the mentions after (2), the
// per-article search for missed mentions. A decision is made again only when one of its inputs
// changed, and an article's (2) is done again only when the new decision (1) differs from the old
// in something the article has (one of its names, or a surface its text contains): an edit that
// leaves the dump's names as they were re-resolves the edited article alone, and one that changes
// a name re-resolves the articles that have it.

import { ENTITY_TYPE_IDS, type EntityType } from "../../vocabulary/entityTypes.js";
import { isNamelessLine } from "../words/boilerplate.js";
import { isMonthOrWeekday } from "../words/calendar.js";
import { GENERIC_INSTITUTIONS, STORM_WORDS } from "../words/entityCues.js";
import { type AcronymDefinition, acronymDefinitions, type MentionEvidence, mentionEvidence } from "./evidence.js";
import type { EntitySpan } from "./spans.js";
import { tokenBounds, tokenize } from "./tokenize.js";

export type Resolved = EntitySpan & { canonical: string };

export interface ResolveInput {
  text: string;
  /**
   * The model's entities of the article. The resolver remembers its work per article by this
   * array: the caller hands the same array for the same text (and never changes it).
   */
  spans: readonly EntitySpan[];
}

/** `f` with its answers remembered (surface strings repeat a lot); bounded, emptied when full. */
function remembered<T>(f: (s: string) => T): (s: string) => T {
  const answers = new Map<string, T>();
  return (s) => {
    const known = answers.get(s); // one look-up for the common case, a defined answer
    if (known !== undefined || answers.has(s)) return known!;
    if (answers.size > 200_000) answers.clear();
    const answer = f(s);
    answers.set(s, answer);
    return answer;
  };
}

/** What the pass works out of surface strings, remembered by each resolver (a dump's names repeat). */
class SurfaceMemo {
  /** Facts by evidence, then by `type|text` (see fact). */
  private readonly facts = new Map<MentionEvidence, Map<string, TypeFact>>();
  /** [type, normal form] by `type|text` (see typedName). */
  private readonly typedNames = new Map<string, [EntityType, string]>();

  /** A surface string's normal form: quotes, dashes and spaces unified. */
  readonly norm = remembered((s) =>
    s
      .replace(/[’ʼ‘]/g, "'")
      .replace(/[‐‑–—]/g, "-")
      .replace(/\s+/g, " ")
      .trim(),
  );

  key(s: string): string {
    return this.norm(s).toLowerCase();
  }

  /**
   * A mention's facts, one object for all the mentions of the same text, type and evidence (an
   * article keeps one per mention for the next decision: a big dump's repeat their names).
   */
  fact(s: EntitySpan, evidence: MentionEvidence): TypeFact {
    let byName = this.facts.get(evidence);
    if (!byName) this.facts.set(evidence, (byName = new Map()));
    const name = `${s.type}|${s.text}`;
    let fact = byName.get(name);
    if (!fact) {
      if (byName.size > 200_000) byName.clear();
      byName.set(name, (fact = factOf(this, s, evidence)));
    }
    return fact;
  }

  /** A mention's [type, normal form], one array for all the mentions of the same type and text. */
  typedName(s: EntitySpan): [EntityType, string] {
    const name = `${s.type}|${s.text}`;
    let typed = this.typedNames.get(name);
    if (!typed) {
      if (this.typedNames.size > 200_000) this.typedNames.clear();
      this.typedNames.set(name, (typed = [s.type, this.norm(s.text)]));
    }
    return typed;
  }

  /** A text as a surface to look for elsewhere (undefined: too short, a number, a stop word, a month). */
  readonly surfaceOf = remembered((t): TypeFact["surface"] => {
    const eligible = !(t.length < 2 || /^\d/.test(t) || STOP_SURFACES.has(t.toLowerCase()) || isMonthOrWeekday(t) || (t.length === 2 && t !== t.toUpperCase()));
    const tokens = eligible ? tokenize(t).tokens : [];
    return tokens.length > 0 ? { text: t, first: tokens[0]!.text, n: tokens.length } : undefined;
  });
}

const STOP_SURFACES = new Set([
  "the",
  "a",
  "an",
  "i",
  "he",
  "she",
  "it",
  "we",
  "they",
  "you",
  "said",
  "mr",
  "ms",
  "mrs",
  "de",
  "al",
  "el",
  "abu",
  "bin",
  "new",
  "north",
  "south",
  "east",
  "west",
  "general",
  "national",
  "united",
]);

/** Name tokens without particles and possessive marks, for matching short and full person names. */
function nameTokens(memo: SurfaceMemo, s: string): string[] {
  return memo
    .norm(s)
    .split(" ")
    .map((t) => t.toLowerCase().replace(/^(al|el|ad|as|ash|an|ar|az)-/, ""))
    .filter((t) => t.length > 0);
}

interface Surface {
  text: string;
  /** Its length in tokens. */
  n: number;
  type: EntityType;
}

/** Decision (1): a type per surface key (null: a tie, each mention keeps its own) and the surfaces to look for. */
interface TypeDecision {
  typeOf: Map<string, EntityType | null>;
  /** The surfaces to look for, by their text as written, and in capitals for the lines written so. */
  surfaces: Map<string, EntityType>;
  /** Surfaces by their first token, longest first; and their capital forms, by their first token in capitals. */
  byFirst: Map<string, Surface[]>;
  capitalsByFirst: Map<string, Surface[]>;
  /** Code units that start a surface (in either form): a cheap test before the look-up. */
  startsSurface: Uint8Array;
}

/** One article after (2): its mentions, and what decision (3) reads of them. */
interface ArticleNames {
  spans: readonly EntitySpan[];
  /** [type, normal form] of each mention, and [acronym, expansion] of "Full Name (FN)". */
  names: [EntityType, string][];
  acronyms: [string, string][];
}

/** What decision (1) and an article's (2) read of the article's model mentions, worked out once per article. */
interface ArticleFacts {
  facts: TypeFact[];
  evidence: MentionEvidence[];
}

/** Past this many changed names, re-resolving every article is cheaper than finding the ones concerned. */
const MAX_TARGETED_CHANGES = 64;

/** Resolves the articles of one dump, again and again as it is edited (see the top of the file). */
export class EntityResolver {
  private readonly memo = new SurfaceMemo();
  /** The inputs of the last decisions: each article's facts, and each article's (2). */
  private lastFacts: readonly ArticleFacts[] = [];
  private types: TypeDecision | undefined;
  private typesVersion = 0;
  private lastNamed: readonly ArticleNames[] = [];
  private canon: CanonicalNames = new Map();
  private namesVersion = 0;
  /** Per article (by its spans array): its facts, and its (2) with the version it was made under. */
  private readonly articleFacts = new WeakMap<readonly EntitySpan[], ArticleFacts>();
  private readonly named = new WeakMap<readonly EntitySpan[], { version: number; names: ArticleNames }>();
  /** Per article (by its (2)): the names version under which its canonical names last changed. */
  private readonly canonVersion = new WeakMap<ArticleNames, number>();

  /**
   * Works out what the dump-wide decisions read of one article, ahead of `adopt` (which does it for
   * the articles not prepared): the part of adopting that can be done in pieces.
   */
  prepare(article: ResolveInput): void {
    this.factsOf(article);
  }

  /**
   * Takes the result of an earlier resolver's first `resolve` of the same articles (same texts and
   * model spans, the same code) as its own decisions: each article's resolved spans and their
   * canonical names, instead of searching the articles for missed mentions again. Afterwards an
   * edit is resolved incrementally, as after that `resolve`. Returns what `resolve` now gives them.
   */
  adopt(articles: readonly ResolveInput[], resolved: readonly (readonly EntitySpan[])[], canonical: (span: EntitySpan) => string): Resolution {
    const memo = this.memo;
    const facts = articles.map((a) => this.factsOf(a));
    this.types = decideTypes(facts.map((f) => f.facts));
    this.lastFacts = facts;
    this.typesVersion++;
    const named = articles.map((a, i) => {
      const names = articleNames(memo, a.text, resolved[i]!);
      this.named.set(a.spans, { version: this.typesVersion, names });
      return names;
    });
    // decision (3) as it was: every name of the articles with the canonical name it had
    const canon: CanonicalNames = new Map();
    for (const n of named)
      for (const span of n.spans) {
        let bestOf = canon.get(span.type);
        if (!bestOf) canon.set(span.type, (bestOf = new Map()));
        bestOf.set(memo.norm(span.text), canonical(span));
      }
    this.canon = canon;
    this.lastNamed = named;
    this.namesVersion++;
    return this.resolve(articles);
  }

  /** What decision (1) and an article's (2) read of the article, worked out once per article. */
  private factsOf(a: ResolveInput): ArticleFacts {
    let held = this.articleFacts.get(a.spans);
    if (!held) this.articleFacts.set(a.spans, (held = factsOf(this.memo, a)));
    return held;
  }

  resolve(articles: readonly ResolveInput[]): Resolution {
    const memo = this.memo;
    const facts = articles.map((a) => this.factsOf(a));
    let changes: ReturnType<typeof decisionChanges> | undefined;
    if (!this.types || !sameLists(facts, this.lastFacts, sameFacts)) {
      const types = decideTypes(facts.map((f) => f.facts));
      changes = this.types && decisionChanges(this.types, types);
      this.types = types;
      this.lastFacts = facts;
      this.typesVersion++;
    }
    const types = this.types;
    const named = articles.map((a, i) => {
      const held = this.named.get(a.spans);
      if (held?.version === this.typesVersion) return held.names;
      const unaffected = held?.version === this.typesVersion - 1 && changes !== undefined && !concerns(memo, a, changes);
      const names = unaffected ? held.names : findMissed(memo, a, facts[i]!, types);
      this.named.set(a.spans, { version: this.typesVersion, names });
      return names;
    });
    let renamed: Map<EntityType, Set<string>> | undefined;
    if (this.namesVersion === 0 || !sameLists(named, this.lastNamed, sameNames)) {
      const canon = decideCanonicalNames(memo, named);
      // the first decision gives every article its version below: nothing to compare it with
      if (this.namesVersion > 0) renamed = renamedNames(this.canon, canon);
      this.canon = canon;
      this.lastNamed = named;
      this.namesVersion++;
    }
    const canon = this.canon;
    const versions = named.map((n) => {
      let version = this.canonVersion.get(n);
      if (version === undefined || (renamed && n.names.some(([type, name]) => renamed.get(type)?.has(name)))) {
        this.canonVersion.set(n, (version = this.namesVersion));
      }
      return version;
    });
    return {
      articles: named.map((n) => n.spans),
      canonical: (s) => {
        const name = memo.norm(s.text);
        return canon.get(s.type)?.get(name) ?? name;
      },
      versions,
    };
  }
}

/** The names whose canonical name differs between two decisions (3), by type. */
function renamedNames(before: CanonicalNames, after: CanonicalNames): Map<EntityType, Set<string>> {
  const renamed = new Map<EntityType, Set<string>>();
  for (const [type, names] of after) {
    const held = before.get(type);
    for (const [name, best] of names) {
      if (held?.get(name) === best) continue;
      let changed = renamed.get(type);
      if (!changed) renamed.set(type, (changed = new Set()));
      changed.add(name);
    }
  }
  return renamed;
}

/** What differs between two decisions (1): surface keys typed otherwise, surfaces added, dropped or typed otherwise. */
function decisionChanges(before: TypeDecision, after: TypeDecision): { keys: Set<string>; surfaces: string[] } | undefined {
  const keys = new Set<string>();
  for (const [k, type] of after.typeOf) if (before.typeOf.get(k) !== type) keys.add(k);
  for (const k of before.typeOf.keys()) if (!after.typeOf.has(k)) keys.add(k);
  const surfaces: string[] = [];
  for (const [text, type] of after.surfaces) if (before.surfaces.get(text) !== type) surfaces.push(text);
  for (const text of before.surfaces.keys()) if (!after.surfaces.has(text)) surfaces.push(text);
  return keys.size + surfaces.length > MAX_TARGETED_CHANGES ? undefined : { keys, surfaces };
}

/** Whether an article's (2) may differ under the changed decision: it has a retyped name, or its text a changed surface. */
function concerns(memo: SurfaceMemo, a: ResolveInput, changes: { keys: Set<string>; surfaces: string[] }): boolean {
  return (changes.keys.size > 0 && a.spans.some((s) => changes.keys.has(memo.key(s.text)))) || changes.surfaces.some((t) => a.text.includes(t));
}

/** The pass's result: each article's mentions, and their canonical names. */
export interface Resolution {
  /** Per article: the model's mentions typed as decided, and the mentions it missed (cached arrays: do not change them). */
  articles: readonly (readonly EntitySpan[])[];
  canonical: (span: EntitySpan) => string;
  /** Per article: changes whenever `canonical` may answer differently for its spans. */
  versions: readonly number[];
}

/** Lists of per-article inputs, the same object (unchanged article) or equal by `same`. */
function sameLists<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i] || same(x, b[i]!));
}

/** Decision (1) reads of an article its facts alone. */
function sameFacts(a: ArticleFacts, b: ArticleFacts): boolean {
  return (
    a.facts.length === b.facts.length &&
    a.facts.every((f, i) => {
      const g = b.facts[i]!;
      return (
        f.key === g.key &&
        f.type === g.type &&
        f.weight === g.weight &&
        f.sure === g.sure &&
        f.camelCased === g.camelCased &&
        f.lastName === g.lastName &&
        f.shortNames?.join("|") === g.shortNames?.join("|") &&
        f.eventName === g.eventName &&
        f.facilityName === g.facilityName &&
        f.otherNameWords?.join(" ") === g.otherNameWords?.join(" ") &&
        f.surface?.text === g.surface?.text &&
        f.familyNames?.map((x) => x.text).join("|") === g.familyNames?.map((x) => x.text).join("|")
      );
    })
  );
}

/** Decision (3) reads of an article its names and acronyms alone. */
function sameNames(a: ArticleNames, b: ArticleNames): boolean {
  const samePairs = (x: readonly [string, string][], y: readonly [string, string][]) =>
    x.length === y.length && x.every((p, i) => p[0] === y[i]![0] && p[1] === y[i]![1]);
  return samePairs(a.names, b.names) && samePairs(a.acronyms, b.acronyms);
}

/** The whole pass at once, for callers that resolve a set of articles once. */
export function resolveEntities(articles: readonly ResolveInput[]): Resolved[][] {
  const { articles: resolved, canonical } = new EntityResolver().resolve(articles);
  return resolved.map((spans) => spans.map((s) => ({ ...s, canonical: canonical(s) })));
}

/** What decision (1) reads of one model mention. */
interface TypeFact {
  key: string;
  type: EntityType;
  /** The weight of its type in the vote (evidence.ts). */
  weight: number;
  /** The words around the mention give it its type. */
  sure: boolean;
  /** One word written with a capital inside (`VinFast`), not after a family name's prefix (`McCarthy`). */
  camelCased?: boolean;
  /** A person's full name: its shorter forms, lower case, each ending with its last word ("margherita della valle" -> "della valle", "valle"). */
  shortNames?: string[];
  /** A person's full name: its last word, lower case ("Yahya Sinwar" -> "sinwar"). */
  lastName?: string;
  /** The words of a longer organisation, location or MISC name, lower case. */
  otherNameWords?: string[];
  /** "Kamal Adwan Hospital": the name without its head word, lower case. */
  facilityName?: string;
  /** "Hurricane Beryl": the storm's name alone, lower case, which names the storm too. */
  eventName?: string;
  /** The text, when it is a surface to look for elsewhere, with its first token and length in tokens. */
  surface?: { text: string; first: string; n: number };
  /** A person's family name that opens with a particle ("van Gogh" of "Vincent van Gogh"), written so and with a capital ("Van Gogh"): surfaces of the person too. */
  familyNames?: { text: string; first: string; n: number }[];
}

function factsOf(memo: SurfaceMemo, article: ResolveInput): ArticleFacts {
  const evidence = mentionEvidence(article.text, article.spans, acronymDefinitions(article.text, article.spans));
  return { facts: article.spans.map((s, i) => memo.fact(s, evidence[i]!)), evidence };
}

/** What decision (1) reads of a mention: made of its text, its type and its evidence alone. */
function factOf(memo: SurfaceMemo, s: EntitySpan, evidence: MentionEvidence): TypeFact {
  const k = memo.key(s.text);
  const fact: TypeFact = { key: k, type: s.type, weight: evidence.weight, sure: evidence.fixed };
  if (CAMEL_CASED.test(s.text) && !FAMILY_PREFIX.test(s.text)) fact.camelCased = true;
  const words = k.split(" ");
  if (words.length > 1) {
    if (s.type === "person") {
      fact.lastName = words[words.length - 1];
      fact.shortNames = words.slice(1).map((_, j) => words.slice(j + 1).join(" "));
    } else fact.otherNameWords = words;
  }
  const text = memo.norm(s.text);
  const m = /^(.+\S)\s+(?:Hospital|Airport|Stadium|University|Bridge|Camp|Mosque|Church|Palace|Base|Crossing)$/.exec(text);
  if (m) fact.facilityName = m[1]!.toLowerCase();
  const storm = /^(\S+)\s+(.+)$/.exec(text);
  if (s.type === "misc" && storm && STORM_WORDS.has(storm[1]!)) fact.eventName = storm[2]!.toLowerCase();
  // a headline in capitals is no place to learn a surface from: the tagger reads capitals badly; a
  // name of one letter is looked for where the words around one of its mentions are sure of it (`wrote on X`)
  const surface = evidence.capitals
    ? undefined
    : /^\p{Lu}$/u.test(s.text)
      ? evidence.fixed
        ? { text: s.text, first: s.text, n: 1 }
        : undefined
      : memo.surfaceOf(s.text);
  if (surface) fact.surface = surface;
  const particle = s.type === "person" ? /\s((?:von|van|de|der|den|ten|ter|bin|ibn|al|el|da|di|du|dos|das|della|del|le|la)(?:\s\S+)+)$/u.exec(text) : null;
  if (particle) {
    const family = particle[1]!;
    const capitalised = family.charAt(0).toUpperCase() + family.slice(1);
    fact.familyNames = [family, capitalised].flatMap((t) => memo.surfaceOf(t) ?? []);
  }
  return fact;
}

/** Surfaces that are looked for in their capital form too: names of two words or more, or of four letters or more, written in mixed case. */
function hasCapitalForm(text: string): boolean {
  return /\p{Ll}/u.test(text) && (text.includes(" ") || text.length >= 4);
}

/** Decision (1), from the model's mentions of every article (their facts), in dump order. */
const PERSON = ENTITY_TYPE_IDS.indexOf("person");
/** One word with a capital after lower-case letters: `VinFast`, `OpenAI`, `JPMorgan`. */
const CAMEL_CASED = /^\p{Lu}+\p{Ll}+\p{Lu}[\p{L}]*$/u;
/** Family names' prefixes that put a capital inside a word: `McCarthy`, `MacArthur`, `DeSantis`, `LaGuardia`, `DiCaprio`, `VanDyke`. */
const FAMILY_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|St|O)\p{Lu}/u;
/** The article before an Arabic family name (`al-`, `el-`, `ash-`), lower case. */
const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|ed)[-‐‑]/;

function decideTypes(articles: readonly (readonly TypeFact[])[]): TypeDecision {
  // one type per surface (weighted majority; ties keep each mention's own type); the last name of a
  // full person name votes for the short form ("Yahya Sinwar" -> "Sinwar"), a storm's name for its
  // name alone ("Hurricane Beryl" -> "Beryl")
  const votes = new Map<string, number[]>();
  const vote = (k: string, kind: number, weight: number) => {
    let v = votes.get(k);
    if (!v) votes.set(k, (v = ENTITY_TYPE_IDS.map(() => 0)));
    v[kind]! += weight;
  };
  // a single word that is the last name of a full person name in the dump, and never part of a longer
  // organisation or location name, is that person ("Sinwar" after "Yahya Sinwar"); the name of a
  // facility without its head word takes the facility's type ("Kamal Adwan" after "Kamal Adwan Hospital")
  const lastNames = new Set<string>();
  const inOtherNames = new Set<string>();
  const inPersonNames = new Set<string>();
  const facility = new Map<string, EntityType>();
  // what the words around a name say it is, where they say it: a single word the tagger took for a
  // person, that no person's full name in the dump holds, is what they say ("Boeing shares")
  const sureTypes = new Map<string, number[]>();
  const camelCased = new Set<string>();
  for (const facts of articles)
    for (const f of facts) {
      vote(f.key, ENTITY_TYPE_IDS.indexOf(f.type), f.weight);
      if (f.camelCased) camelCased.add(f.key);
      if (f.sure) {
        let v = sureTypes.get(f.key);
        if (!v) sureTypes.set(f.key, (v = ENTITY_TYPE_IDS.map(() => 0)));
        v[ENTITY_TYPE_IDS.indexOf(f.type)]!++;
      }
      if (f.lastName !== undefined) {
        // "Sudani" after "Mohammed Shia Al-Sudani": an Arabic family name is written without its article too
        const bare = f.lastName.replace(ARABIC_ARTICLE, "");
        for (const last of bare === f.lastName ? [f.lastName] : [f.lastName, bare]) {
          vote(last, PERSON, 1.5);
          lastNames.add(last);
        }
        for (const w of f.key.split(" ")) inPersonNames.add(w);
      }
      // "Della Valle" after "Margherita Della Valle"
      for (const short of f.shortNames ?? []) if (short.includes(" ")) vote(short, ENTITY_TYPE_IDS.indexOf("person"), 1.5);
      if (f.eventName !== undefined) vote(f.eventName, ENTITY_TYPE_IDS.indexOf("misc"), 1.5);
      if (f.otherNameWords) for (const w of f.otherNameWords) inOtherNames.add(w);
      if (f.facilityName !== undefined) facility.set(f.facilityName, f.type);
    }
  const typeOf = new Map<string, EntityType | null>();
  for (const [k, v] of votes) {
    const f = facility.get(k);
    if (f) {
      typeOf.set(k, f);
      continue;
    }
    if (!k.includes(" ") && lastNames.has(k) && !inOtherNames.has(k)) {
      typeOf.set(k, "person");
      continue;
    }
    const max = Math.max(...v);
    const winners = ENTITY_TYPE_IDS.filter((_, i) => v[i] === max);
    const sure = sureTypes.get(k);
    if (sure) {
      const only = ENTITY_TYPE_IDS.filter((_, i) => sure[i]! > 0);
      // a product or a work where the words say so (`Boeing's Starliner capsule`) is one everywhere: a name is rarely one and something else
      if (only.length === 1 && only[0] === "misc") {
        typeOf.set(k, "misc");
        continue;
      }
      if (winners.length === 1 && winners[0] === "person" && !k.includes(" ") && !inPersonNames.has(k) && only.length === 1 && only[0] !== "person") {
        typeOf.set(k, only[0]!);
        continue;
      }
    }
    // a single word taken for a person that no full name in the dump holds and no words around it call one (`Climeworks said`,
    // `in Koramangala`) is far more often a company or a place the model does not know than a person named by one name: no name
    if (winners.length === 1 && winners[0] === "person" && !k.includes(" ") && !inPersonNames.has(k) && !lastNames.has(k) && !(sure && sure[PERSON]! > 0)) {
      // (one written with a capital inside, `VinFast`, `OpenAI`, is a company's, unless a family name's prefix makes it: `McCarthy`, `DeSantis`)
      typeOf.set(k, camelCased.has(k) ? "organization" : "misc");
      continue;
    }
    typeOf.set(k, winners.length === 1 ? winners[0]! : null);
  }
  // the surfaces to look for elsewhere (exact, case-sensitive; in capitals in lines written so), typed as decided, by first token
  const surfaces = new Map<string, EntityType>();
  const byFirst = new Map<string, Surface[]>();
  const capitalsByFirst = new Map<string, Surface[]>();
  const add = (map: Map<string, Surface[]>, first: string, surface: Surface) => {
    const l = map.get(first);
    if (l) l.push(surface);
    else map.set(first, [surface]);
  };
  const addSurface = ({ text, first, n }: { text: string; first: string; n: number }, type: EntityType) => {
    if (surfaces.has(text)) return;
    surfaces.set(text, type);
    add(byFirst, first, { text, n, type });
    const capitals = text.toUpperCase();
    if (hasCapitalForm(text) && !surfaces.has(capitals)) {
      surfaces.set(capitals, type);
      add(capitalsByFirst, first.toUpperCase(), { text: capitals, n, type });
    }
  };
  for (const facts of articles)
    for (const f of facts) {
      const type = typeOf.get(f.key) ?? f.type;
      if (f.surface) addSurface(f.surface, type);
      if (type === "person") for (const family of f.familyNames ?? []) addSurface(family, type);
    }
  for (const l of byFirst.values()) l.sort((x, y) => y.n - x.n);
  for (const l of capitalsByFirst.values()) l.sort((x, y) => y.n - x.n);
  const startsSurface = new Uint8Array(0x10000);
  for (const first of byFirst.keys()) startsSurface[first.charCodeAt(0)] = 1;
  for (const first of capitalsByFirst.keys()) startsSurface[first.charCodeAt(0)] = 1;
  return { typeOf, surfaces, byFirst, capitalsByFirst, startsSurface };
}

/**
 * (2) for one article: its mentions typed as decided (those the words around them type keep their
 * type), without a lone institution's noun the article does not name in full, plus the mentions of
 * known surfaces the model missed.
 */
function findMissed(
  memo: SurfaceMemo,
  a: ResolveInput,
  { evidence }: ArticleFacts,
  { typeOf, byFirst, capitalsByFirst, startsSurface }: TypeDecision,
): ArticleNames {
  const named = institutionsNamed(a.spans);
  let list: EntitySpan[] = [];
  a.spans.forEach((s, i) => {
    if (GENERIC_INSTITUTIONS.has(s.text) && !named.has(s.text)) return;
    // the words of a headline in capitals that the article writes in lower case are common nouns (`KARAJAN TAPES`: `the tapes`)
    const kept = evidence[i]!.capitals ? withoutCommonWords(a.text, s) : s;
    if (!kept) return;
    const type = evidence[i]!.fixed ? kept.type : (typeOf.get(memo.key(kept.text)) ?? kept.type);
    list.push(type === kept.type ? kept : { ...kept, type }); // most keep their type: the model's span serves
  });
  const text = a.text;
  if (byFirst.size > 0) {
    const { bounds, count, lines } = tokenBounds(text);
    const boiler = new Uint8Array(count);
    const capitals = new Uint8Array(count);
    for (const l of lines) {
      if (l.last <= l.first) continue;
      const line = text.slice(l.lineStart, l.lineEnd);
      if (isNamelessLine(line)) boiler.fill(1, l.first, l.last);
      else if (capitalsByFirst.size > 0 && !/\p{Ll}/u.test(line) && /\p{Lu}.*\p{Lu}/u.test(line)) capitals.fill(1, l.first, l.last);
    }
    // The model's mentions (`list` until the end of the loop) are in text order and do not
    // overlap: those a candidate overlaps are model[near..], with `near` moving forward as the tokens do.
    const model = list;
    const replaced = new Set<EntitySpan>();
    const added: EntitySpan[] = [];
    let near = 0;
    for (let i = 0; i < count; i++) {
      const start = bounds[2 * i]!;
      if (!startsSurface[text.charCodeAt(start)] || boiler[i]) continue;
      const token = text.slice(start, bounds[2 * i + 1]);
      const cands = capitals[i] ? (capitalsByFirst.get(token) ?? byFirst.get(token)) : byFirst.get(token);
      if (!cands) continue;
      while (near < model.length && model[near]!.end <= start) near++;
      for (const c of cands) {
        if (i + c.n > count) continue;
        const end = bounds[2 * (i + c.n - 1) + 1]!;
        if (end - start !== c.text.length || !text.startsWith(c.text, start)) continue;
        const before = start > 0 ? text.charCodeAt(start - 1) : 32;
        const after = end < text.length ? text.charCodeAt(end) : 32;
        if (before === 0x40 || before === 0x2f || before === 0x2e || after === 0x40 || after === 0x2f) continue;
        if (c.text.length === 1 && !isLoneLetter(text, bounds, i)) continue;
        if (added.length > 0 && added[added.length - 1]!.end > start) break;
        let past = near;
        while (past < model.length && model[past]!.start < end) past++;
        if (past > near) {
          // a longer name known from elsewhere in the dump that the model cut short here:
          // "Kataib Hezbollah" where the model tagged only "Hezbollah"
          const overlapping = model.slice(near, past);
          const inside = overlapping.every((s) => s.start >= start && s.end <= end && s.end - s.start < end - start);
          if (!inside || c.n < 2) break;
          for (const s of overlapping) replaced.add(s);
        }
        added.push({ start, end, type: c.type, text: text.slice(start, end) });
        i += c.n - 1;
        break;
      }
    }
    if (added.length) {
      list = list.filter((s) => !replaced.has(s)).concat(added);
      list.sort((x, y) => x.start - y.start);
    }
  }
  // most articles' mentions are the model's as they were: its list serves (a big dump kept both)
  return articleNames(memo, text, sameSpans(list, a.spans) ? a.spans : list);
}

function sameSpans(a: readonly EntitySpan[], b: readonly EntitySpan[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

/** What decision (3) reads of an article's mentions after (2): their names, and the acronyms defined in parentheses ("Popular Mobilization Forces (PMF)"). */
function articleNames(memo: SurfaceMemo, text: string, spans: readonly EntitySpan[]): ArticleNames {
  const acronyms = acronymDefinitions(text, spans).map((d: AcronymDefinition): [string, string] => [d.acronym.text.replace(/\./g, ""), memo.norm(d.name.text)]);
  return { spans, names: spans.map((s) => memo.typedName(s)), acronyms };
}

/** A mention in capitals without its first and last words that `text` writes in lower case; undefined when none is left. */
function withoutCommonWords(text: string, s: EntitySpan): EntitySpan | undefined {
  const words = s.text.split(" ");
  let a = 0;
  let b = words.length;
  while (a < b && writtenInLowerCase(text, words[a]!.toLowerCase())) a++;
  while (b > a && writtenInLowerCase(text, words[b - 1]!.toLowerCase())) b--;
  if (a === b) return undefined;
  if (a === 0 && b === words.length) return s;
  const start = s.start + words.slice(0, a).join(" ").length + (a > 0 ? 1 : 0);
  const kept = words.slice(a, b).join(" ");
  return { ...s, start, end: start + kept.length, text: kept };
}

/**
 * Whether the one-letter token i of `text` stands alone as a name: not an initial or a list's
 * letter (`X.`, `X-ray`, `X's`), not the end of another name (`Malcolm X`, `Generation X`).
 */
function isLoneLetter(text: string, bounds: Int32Array, i: number): boolean {
  const after = text.charAt(bounds[2 * i + 1]!);
  if (/[\p{L}\p{N}.\-'’]/u.test(after)) return false;
  if (i === 0) return true;
  const previous = text.slice(bounds[2 * i - 2]!, bounds[2 * i - 1]!);
  return !/^\p{Lu}\p{Ll}/u.test(previous) || /^(?:On|In|At|From|To|For|By|With|And|The)$/.test(previous);
}

/** Whether `text` has `word` (lower case) as a word of its own, written in lower case. */
function writtenInLowerCase(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text.charAt(at - 1) : " ";
    const after = text.charAt(at + word.length) || " ";
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return true;
  }
  return false;
}

/** The words of an institution's name that the article's organisations name in full (`Commission` of `European Commission`). */
function institutionsNamed(spans: readonly EntitySpan[]): Set<string> {
  const named = new Set<string>();
  for (const s of spans) {
    if (s.type !== "organization" || !s.text.includes(" ")) continue;
    for (const w of s.text.split(/\s+/)) if (GENERIC_INSTITUTIONS.has(w)) named.add(w);
  }
  return named;
}

/** Canonical names: type -> name -> the name it stands for. */
type CanonicalNames = Map<EntityType, Map<string, string>>;

/** Decision (3): the canonical name of each (type, name), from every article's names in dump order. */
function decideCanonicalNames(memo: SurfaceMemo, articles: readonly ArticleNames[]): CanonicalNames {
  const freq = new Map<string, number>();
  for (const a of articles) for (const [, name] of a.names) freq.set(name, (freq.get(name) ?? 0) + 1);
  const better = (a: string, b: string) => {
    // prefer more tokens, then more frequent, then mixed case over all caps
    const ta = a.split(" ").length,
      tb = b.split(" ").length;
    if (ta !== tb) return ta > tb;
    const fa = freq.get(a) ?? 0,
      fb = freq.get(b) ?? 0;
    if (fa !== fb) return fa > fb;
    const ca = a === a.toUpperCase() ? 0 : 1,
      cb = b === b.toUpperCase() ? 0 : 1;
    return ca > cb;
  };
  const acronym = new Map<string, string>();
  for (const a of articles) for (const [acr, expansion] of a.acronyms) acronym.set(acr, expansion);
  const canon: CanonicalNames = new Map();
  const byType = new Map<EntityType, Set<string>>();
  for (const a of articles)
    for (const [type, name] of a.names) {
      const names = byType.get(type) ?? new Set<string>();
      names.add(name);
      byType.set(type, names);
    }
  for (const [type, names] of byType) {
    const bestOf = new Map<string, string>();
    canon.set(type, bestOf);
    // case variants (BAGHDAD, Baghdad) side by side; person names by their last name token
    const byLower = new Map<string, string[]>();
    const byLastToken = new Map<string, { name: string; tokens: string[] }[]>();
    for (const n of names) {
      const lower = n.toLowerCase();
      const variants = byLower.get(lower);
      if (variants) variants.push(n);
      else byLower.set(lower, [n]);
      if (type !== "person") continue;
      const tokens = nameTokens(memo, n);
      const last = tokens[tokens.length - 1] ?? "";
      const sharing = byLastToken.get(last);
      if (sharing) sharing.push({ name: n, tokens });
      else byLastToken.set(last, [{ name: n, tokens }]);
    }
    for (const n of names) {
      let best = n;
      const acr = acronym.get(n.replace(/\./g, ""));
      if (acr && type !== "person") best = acr;
      // case variants: BAGHDAD -> Baghdad
      for (const m of byLower.get(best.toLowerCase()) ?? []) if (m !== best && better(m, best)) best = m;
      if (type === "person") {
        const nt = nameTokens(memo, n);
        for (const { name: m, tokens: mt } of byLastToken.get(nt[nt.length - 1] ?? "") ?? []) {
          if (m === n || mt.length <= nt.length) continue;
          // suffix match ("Qaani" -> "Esmail Qaani"), or a given name alone that starts a full name
          const suffix = nt.every((t, i) => mt[mt.length - nt.length + i] === t);
          if (suffix && better(m, best)) best = m;
        }
      }
      bestOf.set(n, best);
    }
  }
  return canon;
}
