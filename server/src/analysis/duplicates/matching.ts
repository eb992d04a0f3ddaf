// Duplicate articles in a news dump, from their fingerprints: the same headline posted twice (exact), the same headline
// re-posted with small edits (near), and the same story re-published under a new headline (body).
// Pure: no fs, no vscode. Cost is linear in the text plus the (few) candidate pairs; nothing
// compares every pair of articles.
//
// Rules
// - exact: headlines equal after collapsing whitespace.
// - near: headlines whose normalised words (NFKC, lower case, apostrophes and quotes dropped,
//   every other punctuation mark or dash a word break, "U.S." = "US", "1,000" = "1000") are equal,
//   or differ by at most maxEdits(n) word edits (a word changed, added or dropped), n being the
//   longer headline's word count: 0 edits below 3 words, 1 edit for 3-7 words, 2 from 8 words on.
//   Candidates come from a prefix-filter index (distinct headlines indexed under their 2 or 3
//   rarest words, stop words last; two headlines within the allowed edits must share one), then
//   cheap length and shared-word checks, then a word-level edit distance.
// - Significant change: when a changed (substituted, added or dropped) word is a number, a number
//   word, a negation, or a name, the headlines tell different stories ("Apple shares rise after
//   earnings beat" vs "Amazon shares rise after earnings beat"): near only if the bodies confirm
//   it. A word is a name when its own article's body writes it capitalised (not at a sentence
//   start) and never in lower case; when the body does not settle it, when the headline writes it
//   with a capital (so a changed first word or a title-case word is treated as a possible name).
// - Generic headline: at most 1 content word (not a stop word), or only generic column words,
//   dates and numbers ("Live updates", "Morning briefing", "Letters to the editor",
//   "Corrections", "Morning briefing: March 5") names a recurring slot, not a story. Such headlines
//   (exact or near) count as duplicates only if the bodies confirm it.
// - Bodies confirm a headline match when both have at least `minBodyWords` words and an estimated
//   Jaccard similarity of at least `confirmThreshold` (default 0.5). Such pairs are found from the
//   bodies' side (LSH below), so templated headlines ("Draw 512 results", "Draw 513 results")
//   are never compared pair by pair; copies of one body (estimate >= 0.95) are matched by headline
//   within their cluster.
// - body: MinHash over 5-word shingles of the body (lines equal to the headline, short boilerplate
//   such as "Follow", "Short Url", "Updated ...", and header lines such as "Source: ..." dropped):
//   64 values by one-permutation hashing (24-bit minima) with rotation densification; one LSH
//   pass with rows per band chosen so that a pair at min(confirmThreshold, bodyThreshold) becomes
//   a candidate with probability >= 0.999 (32 bands of 2 rows by default); candidates verified
//   on all 64 values; body duplicates when the estimated Jaccard >= `bodyThreshold` (default 0.8).
//   Pairs already in one headline group are not reported again: a body group lists the first
//   article of each headline group (or single article) it joins; `similarity` is the lowest
//   estimate on the links that joined them.
// - Groups are connected components (3 articles sharing a headline: one group of 3). A headline
//   group is "exact" when all its headlines are equal after collapsing whitespace, else "near".
// - Kept between edits (Matching): the matching remembers the pairs each step decided on (the
//   headline pairs of step 2 with their verdicts, the notable visits of each LSH bucket of step 3),
//   so an article whose body changed while its headline stayed is matched again alone: its step-2
//   pairs are judged again and the buckets it leaves or joins are walked again, the same walk as
//   the whole pass makes there; the groups are then assembled from what is remembered.

import { DEFAULT_SETTINGS } from "../../vocabulary/settings.js";
import { fmix32 } from "../hashing.js";
import { type ArticleFingerprint, type DuplicateInput, estimateJaccard, fingerprintArticle, NUM_HASHES } from "./fingerprint.js";
import { maxEdits, NEGATIONS, NUMBER_WORDS, wordEdits } from "./headlines.js";

export type DuplicateKind = "exact" | "near" | "body";

export interface DuplicateGroup {
  kind: DuplicateKind;
  /** Indices into the input, in document order; the first is the original. */
  articles: number[];
  /** For body groups: the estimated Jaccard similarity (lowest on the joining links). */
  similarity?: number;
}

export interface DuplicateOptions {
  /** Estimated Jaccard of body shingles at or above which two bodies are duplicates. */
  bodyThreshold: number;
  /** Estimated Jaccard at or above which bodies confirm a generic or significant headline match. */
  confirmThreshold: number;
  /** Bodies with fewer words take part in no body comparison. */
  minBodyWords: number;
}

export const defaultDuplicateOptions: DuplicateOptions = {
  bodyThreshold: DEFAULT_SETTINGS.duplicates.bodyThreshold,
  confirmThreshold: 0.5,
  minBodyWords: 20,
};

class UnionFind {
  readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) {
      p[x] = p[p[x]!]!;
      x = p[x]!;
    }
    return x;
  }
  /** Joins; the smaller index stays the root. Returns false when already joined. */
  union(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
    return true;
  }
}

/** Rows per LSH band: the most (fewest candidates) that still catch a pair at the threshold. */
export function bandRows(threshold: number): number {
  const t = Math.min(Math.max(threshold, 0.01), 1);
  for (const r of [8, 4, 2]) {
    if (1 - (1 - t ** r) ** (NUM_HASHES / r) >= 0.999) return r;
  }
  return 1;
}

function resolveOptions(options?: Partial<DuplicateOptions>): DuplicateOptions {
  const o = { ...defaultDuplicateOptions };
  if (options) {
    for (const k of Object.keys(o) as (keyof DuplicateOptions)[]) {
      const v = options[k];
      if (typeof v === "number" && Number.isFinite(v)) o[k] = v;
    }
  }
  return o;
}

/** A copy at least this similar to a bucket member is not chained into the bucket itself. */
const NEAR_IDENTICAL = 0.95;
/** At most this many bucket members are visited per insertion (a safety bound). */
const MAX_BUCKET_WALK = 256;
// A prefix word shared by very many headlines (only very short headlines have no rarer word, as in
// "Item 1" … "Item 100000"): only its most recent holders are compared, which keeps the index linear.
const MAX_POSTING_WALK = 512;

/** The key of an article's signature in one LSH band of `rows` rows (a 32-bit hash of the band's values). */
function bandKey(minhash: readonly number[], band: number, rows: number): number {
  const off = band * rows;
  let h = band + 1;
  for (let r = 0; r < rows; r++) h = Math.imul(h ^ minhash[off + r]!, 0x9e3779b1) ^ (h >>> 15);
  return fmix32(h) | 0;
}

/**
 * Calls visit(j, i, band, key) (j before i in `indices`) for the pairs of articles that agree on
 * all rows of at least one LSH band of their signatures (`keys[band * n + article]`, for every
 * article in `indices`). A pair may be visited more than once. visit returns true when i is a
 * near-identical copy of j: then i is not added to the bucket (anything like i is found through
 * j), so thousands of copies of one body cost linear time. Buckets live in an open-addressing
 * table from a band's key to the newest member; equal keys of different values only add
 * candidates. Each bucket is walked on its own: walkBucket gives the same visits for one bucket.
 */
function forEachBandPair(
  keys: Int32Array,
  n: number,
  bands: number,
  indices: readonly number[],
  visit: (j: number, i: number, band: number, key: number) => boolean,
): void {
  let cap = 16;
  while (cap < indices.length * 2) cap *= 2;
  const tableKeys = new Int32Array(cap);
  const tableHeads = new Int32Array(cap);
  const nextArr = new Int32Array(indices.length);
  for (let band = 0; band < bands; band++) {
    tableHeads.fill(-1);
    for (let x = 0; x < indices.length; x++) {
      const key = keys[band * n + indices[x]!]!;
      let slot = key & (cap - 1);
      while (tableHeads[slot] !== -1 && tableKeys[slot] !== key) slot = (slot + 1) & (cap - 1);
      const head = tableHeads[slot]!;
      let copy = false;
      let walked = 0;
      for (let y = head; y >= 0 && walked < MAX_BUCKET_WALK; y = nextArr[y]!, walked++) {
        if (visit(indices[y]!, indices[x]!, band, key)) {
          copy = true;
          break;
        }
      }
      if (copy) continue;
      tableKeys[slot] = key;
      tableHeads[slot] = x;
      nextArr[x] = head;
    }
  }
}

/** The walk of forEachBandPair in one bucket, whose members (in document order) are given. */
function walkBucket(members: readonly number[], visit: (j: number, i: number) => boolean): void {
  const inserted: number[] = [];
  for (const x of members) {
    let copy = false;
    for (let k = inserted.length - 1, walked = 0; k >= 0 && walked < MAX_BUCKET_WALK; k--, walked++) {
      if (visit(inserted[k]!, x)) {
        copy = true;
        break;
      }
    }
    if (!copy) inserted.push(x);
  }
}

/** Finds duplicate groups among articles (in document order). */
export function findDuplicates(articles: DuplicateInput[], options?: Partial<DuplicateOptions>): DuplicateGroup[] {
  return findDuplicatesFromFingerprints(articles.map(fingerprintArticle), options);
}

/** As findDuplicates, from fingerprints computed (and perhaps cached) by fingerprintArticle. */
export function findDuplicatesFromFingerprints(fps: readonly ArticleFingerprint[], options?: Partial<DuplicateOptions>): DuplicateGroup[] {
  return new Matching(fps, options).groups();
}

/**
 * Headline groups of step 1: articles whose headlines are equal after normalisation, each group a
 * linked list (first, next) in document order.
 */
interface HeadlineGroups {
  first: number[];
  size: number[];
  next: Int32Array;
}

/** A visit of the LSH pass that can decide something: its bodies are similar enough to confirm a headline, to be duplicates, or to be copies. */
interface NotableVisit {
  readonly band: number;
  /** The member of the bucket visited (earlier in the dump). */
  readonly earlier: number;
  /** The article walking the bucket. */
  readonly later: number;
  readonly similarity: number;
  /** Whether the two headlines are within the allowed word edits (read only when the bodies confirm them). */
  readonly headlinesNear: boolean;
}

/**
 * What a matching decided, for a later matching of the same fingerprints (Matching.state and
 * Matching.restore): step 1's joins (article pairs), step 2's judged pairs (a, b, word edits
 * allowed, 1 when joined) and step 3's notable visits (band, earlier, later, 1 when the headlines
 * are near), flat. The visits' buckets and similarities are read again from the fingerprints.
 */
export interface MatchingState {
  /** The options it was made under: another body threshold notes other visits. */
  readonly bodyThreshold: number;
  readonly sameHeadlinePairs: ArrayLike<number>;
  readonly nearPairs: ArrayLike<number>;
  readonly visits: ArrayLike<number>;
}

/**
 * The matching of a dump's fingerprints, kept between edits. It runs the steps once over all
 * articles, remembering what each decided on; `update` follows a change of one article's body
 * (its headline the same), and `groups` assembles the groups from what is remembered: the same
 * groups as a matching of the changed fingerprints from scratch.
 */
export class Matching {
  private readonly n: number;
  private readonly fps: ArticleFingerprint[];
  private readonly opt: DuplicateOptions;
  /** Articles joined as headline duplicates: made again by `groups`. */
  private headlineUF: UnionFind;
  private readonly editScratch = { table: new Int32Array(1024) };
  /** Step 1's joins (pairs of articles, flat): they depend on headlines alone. */
  private readonly sameHeadlinePairs: number[] = [];
  /** Step 2's member pairs (a of the earlier headline group, b of the later), the word edits allowed, and the verdict. */
  private readonly nearPairs: { a: number; b: number; limit: number; joined: boolean }[] = [];
  /** Per article, its pairs in nearPairs. */
  private readonly nearPairsOf = new Map<number, number[]>();
  /** Step 3: which articles take part, and each one's key in each band (band-major: keys[band * n + article]). */
  private readonly eligible: Uint8Array;
  private readonly bandKeys: Int32Array;
  private readonly rows: number;
  private readonly bands: number;
  /** Visits of step 3 as low as this similarity can decide something. */
  private readonly notable: number;
  /** The notable visits of each bucket, by bucket (band * 2^32 + key as unsigned). */
  private readonly bucketVisits = new Map<number, NotableVisit[]>();
  private groupsMemo: DuplicateGroup[] | undefined;

  /** With `restored` (checked by `restore`), its decisions stand instead of the steps being run. */
  constructor(fps: readonly ArticleFingerprint[], options?: Partial<DuplicateOptions>, restored?: MatchingState) {
    this.fps = [...fps];
    this.opt = resolveOptions(options);
    this.n = fps.length;
    this.headlineUF = new UnionFind(this.n);
    this.rows = bandRows(Math.min(this.opt.confirmThreshold, this.opt.bodyThreshold));
    this.bands = NUM_HASHES / this.rows;
    this.notable = Math.min(this.opt.confirmThreshold, this.opt.bodyThreshold, NEAR_IDENTICAL);
    this.eligible = new Uint8Array(this.n);
    this.bandKeys = new Int32Array(this.bands * this.n);
    if (restored) this.adopt(restored);
    else {
      this.nearHeadlines(this.sameNormalisedHeadlines());
      this.similarBodies();
    }
  }

  /**
   * The matching of `fps` that an earlier one of the same fingerprints and options decided
   * (`state`), without running its steps; undefined when the state cannot be theirs (another
   * threshold, an article or band out of range, a visit of two articles in different buckets).
   */
  static restore(fps: readonly ArticleFingerprint[], options: Partial<DuplicateOptions> | undefined, state: MatchingState): Matching | undefined {
    if (resolveOptions(options).bodyThreshold !== state.bodyThreshold || !fitsMatching(fps, state)) return undefined;
    return new Matching(fps, options, state);
  }

  /** What this matching decided, as `restore` takes it. */
  state(): MatchingState {
    const nearPairs: number[] = [];
    for (const pair of this.nearPairs) nearPairs.push(pair.a, pair.b, pair.limit, pair.joined ? 1 : 0);
    const visits: number[] = [];
    for (const list of this.bucketVisits.values()) for (const v of list) visits.push(v.band, v.earlier, v.later, v.headlinesNear ? 1 : 0);
    return { bodyThreshold: this.opt.bodyThreshold, sameHeadlinePairs: [...this.sameHeadlinePairs], nearPairs, visits };
  }

  /** Takes a state's decisions as this matching's (the band keys computed, the visits' similarities read again). */
  private adopt(state: MatchingState): void {
    const { n } = this;
    for (let i = 0; i < n; i++) this.setBandKeys(i);
    for (let e = 0; e < state.sameHeadlinePairs.length; e++) this.sameHeadlinePairs.push(state.sameHeadlinePairs[e]!);
    const pairs = state.nearPairs;
    for (let e = 0; e < pairs.length; e += 4) {
      const [a, b] = [pairs[e]!, pairs[e + 1]!];
      const p = this.nearPairs.length;
      this.nearPairs.push({ a, b, limit: pairs[e + 2]!, joined: pairs[e + 3] === 1 });
      for (const article of [a, b]) {
        const list = this.nearPairsOf.get(article);
        if (list) list.push(p);
        else this.nearPairsOf.set(article, [p]);
      }
    }
    const visits = state.visits;
    for (let e = 0; e < visits.length; e += 4) {
      const [band, earlier, later] = [visits[e]!, visits[e + 1]!, visits[e + 2]!];
      const similarity = estimateJaccard(this.fps[later]!.minhash!, this.fps[earlier]!.minhash!);
      const visit: NotableVisit = { band, earlier, later, similarity, headlinesNear: visits[e + 3] === 1 };
      const id = bucketId(band, this.bandKeys[band * n + later]!);
      const list = this.bucketVisits.get(id);
      if (list) list.push(visit);
      else this.bucketVisits.set(id, [visit]);
    }
  }

  /**
   * Follows a change of article `index` to `fp`. Only a change that leaves the headline as it was
   * (what steps 1 and 2 index) is followed: false otherwise, and then this matching is stale.
   */
  update(index: number, fp: ArticleFingerprint): boolean {
    const old = this.fps[index]!;
    if (old.exactKey !== fp.exactKey || old.normKey !== fp.normKey || old.generic !== fp.generic) return false;
    this.fps[index] = fp;
    this.groupsMemo = undefined;
    for (const p of this.nearPairsOf.get(index) ?? []) {
      const pair = this.nearPairs[p]!;
      const { changedA, changedB } = wordEdits(this.fps[pair.a]!.words, this.fps[pair.b]!.words, pair.limit, this.editScratch);
      pair.joined = this.nearJoins(pair.a, pair.b, changedA, changedB);
    }
    // The buckets the article leaves and those it joins are walked again.
    const { n, bands, bandKeys } = this;
    const before: number[] = [];
    for (let band = 0; band < bands; band++) before.push(this.eligible[index] ? bandKeys[band * n + index]! : 0);
    const wasEligible = this.eligible[index] === 1;
    this.setBandKeys(index);
    for (let band = 0; band < bands; band++) {
      const keys = new Set<number>();
      if (wasEligible) keys.add(before[band]!);
      if (this.eligible[index]) keys.add(bandKeys[band * n + index]!);
      for (const key of keys) this.rewalk(band, key);
    }
    return true;
  }

  /** The duplicate groups. */
  groups(): DuplicateGroup[] {
    this.groupsMemo ??= this.assemble();
    return this.groupsMemo;
  }

  private bodySim(i: number, j: number): number {
    const a = this.fps[i]!;
    const b = this.fps[j]!;
    if (!a.minhash || !b.minhash || a.bodyWords < this.opt.minBodyWords || b.bodyWords < this.opt.minBodyWords) return 0;
    return estimateJaccard(a.minhash, b.minhash);
  }

  private confirmed(i: number, j: number): boolean {
    return this.bodySim(i, j) >= this.opt.confirmThreshold;
  }

  private members(groups: HeadlineGroups, k: number): number[] {
    if (groups.size[k] === 1) return [groups.first[k]!];
    const out: number[] = [];
    for (let i = groups.first[k]!; i >= 0; i = groups.next[i]!) out.push(i);
    return out;
  }

  /** Step 1: headlines equal after normalisation (exact ones included) join, unless generic (see step 3). */
  private sameNormalisedHeadlines(): HeadlineGroups {
    const { fps, n } = this;
    const normIndex = new Map<string, number>();
    const first: number[] = [];
    const last: number[] = [];
    const size: number[] = [];
    const next = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      const fp = fps[i]!;
      if (fp.words.length === 0) continue;
      const k = normIndex.get(fp.normKey);
      if (k === undefined) {
        normIndex.set(fp.normKey, first.length);
        first.push(i);
        last.push(i);
        size.push(1);
      } else {
        next[last[k]!] = i;
        last[k] = i;
        size[k]!++;
      }
    }
    const groups = { first, size, next };
    for (let k = 0; k < first.length; k++) {
      if (size[k]! < 2 || fps[first[k]!]!.generic) continue;
      const list = this.members(groups, k);
      for (let m = 1; m < list.length; m++) this.sameHeadlinePairs.push(list[0]!, list[m]!);
    }
    return groups;
  }

  /**
   * Step 2: headlines a word or two apart, by prefix filtering over distinct normalised headlines.
   * With the distinct words of each headline in one global order (rarest first, stop words last),
   * two headlines within L edits share a word among their first L + 1; L <= 1 when the headline
   * has at most 7 words (it loses at most one word to any partner within the allowed edits), else
   * L <= 2. Word sets are flattened: group k's distinct word ids are setData[setStart[k] ..
   * setStart[k+1]). Pairs that surely need the bodies (a generic headline; a number or negation
   * among the words that differ) are left to step 3, which finds body-similar pairs without
   * comparing all pairs.
   */
  private nearHeadlines(groups: HeadlineGroups): void {
    const { fps } = this;
    const g = groups.first.length;
    const tokenIds = new Map<number, number>();
    const df: number[] = [];
    const hardSignificant: number[] = [];
    const lengths = new Int32Array(g);
    let total = 0;
    for (let k = 0; k < g; k++) total += lengths[k] = fps[groups.first[k]!]!.words.length;
    const setStart = new Int32Array(g + 1);
    const setData = new Int32Array(total);
    let stamp = new Int32Array(1024).fill(-1);
    let used = 0;
    for (let k = 0; k < g; k++) {
      setStart[k] = used;
      const fp = fps[groups.first[k]!]!;
      for (let wi = 0; wi < fp.wordKeys.length; wi++) {
        const key = fp.wordKeys[wi]!;
        let id = tokenIds.get(key);
        if (id === undefined) {
          id = df.length;
          tokenIds.set(key, id);
          df.push(key < 0 ? 1 << 30 : 0); // stop words last
          const w = fp.words[wi]!;
          hardSignificant.push(/\d/.test(w) || NUMBER_WORDS.has(w) || NEGATIONS.has(w) ? 1 : 0);
          if (id >= stamp.length) {
            const bigger = new Int32Array(stamp.length * 2).fill(-1);
            bigger.set(stamp);
            stamp = bigger;
          }
        }
        if (stamp[id] === k) continue;
        stamp[id] = k;
        df[id]!++;
        setData[used++] = id;
      }
    }
    setStart[g] = used;
    // Sort each set by (df, id): insertion sort, sets are short.
    for (let k = 0; k < g; k++) {
      const a = setStart[k]!;
      const b = setStart[k + 1]!;
      for (let x = a + 1; x < b; x++) {
        const v = setData[x]!;
        const dv = df[v]!;
        let y = x - 1;
        while (y >= a && (df[setData[y]!]! > dv || (df[setData[y]!]! === dv && setData[y]! > v))) {
          setData[y + 1] = setData[y]!;
          y--;
        }
        setData[y + 1] = v;
      }
    }
    // Postings as linked lists: postHead[token] -> entry, entries (postGroup, postNext).
    const otherMark = new Int32Array(df.length).fill(-1);
    const postHead = new Int32Array(df.length).fill(-1);
    const postGroup = new Int32Array(3 * g);
    const postNext = new Int32Array(3 * g);
    let entries = 0;
    const lastSeen = new Int32Array(g).fill(-1);
    stamp.fill(-1);
    for (let k = 0; k < g; k++) {
      const len = lengths[k]!;
      if (len < 2 || fps[groups.first[k]!]!.generic) continue; // one word cannot change; generic: step 3
      const a = setStart[k]!;
      const size = setStart[k + 1]! - a;
      for (let x = a; x < a + size; x++) stamp[setData[x]!] = k;
      const prefix = Math.min(len <= 7 ? 2 : 3, size);
      for (let p = 0; p < prefix; p++) {
        const t = setData[a + p]!;
        let walked = 0;
        for (let e = postHead[t]!; e >= 0 && walked++ < MAX_POSTING_WALK; e = postNext[e]!) {
          const other = postGroup[e]!;
          if (lastSeen[other] === k) continue;
          lastSeen[other] = k;
          const olen = lengths[other]!;
          const limit = maxEdits(Math.max(len, olen));
          if (limit === 0 || (len > olen ? len - olen : olen - len) > limit) continue;
          // Shared distinct words: each edit removes at most one word from either side.
          const oa = setStart[other]!;
          const ob = setStart[other + 1]!;
          let shared = 0;
          let hard = false;
          for (let q = oa; q < ob; q++) {
            const tok = setData[q]!;
            otherMark[tok] = other;
            if (stamp[tok] === k) shared++;
            else if (hardSignificant[tok]) hard = true;
          }
          if (shared < Math.max(size, ob - oa) - limit) continue;
          for (let x = a; x < a + size && !hard; x++) {
            const tok = setData[x]!;
            if (otherMark[tok] !== other && hardSignificant[tok]) hard = true;
          }
          if (hard) continue; // a number or negation differs: bodies decide (step 3)
          this.verifyNear(groups, other, k, limit);
        }
        postGroup[entries] = k;
        postNext[entries] = postHead[t]!;
        postHead[t] = entries++;
      }
    }
  }

  /**
   * Judges the members of two headline groups within `limit` word edits: each pair joins where the
   * change does not need the bodies or they confirm it. Every pair is judged and remembered (its
   * verdict may change with a body).
   */
  private verifyNear(groups: HeadlineGroups, ga: number, gb: number, limit: number): void {
    const { fps } = this;
    const la = this.members(groups, ga);
    const lb = this.members(groups, gb);
    const { distance, changedA, changedB } = wordEdits(fps[la[0]!]!.words, fps[lb[0]!]!.words, limit, this.editScratch);
    if (distance > limit || distance === 0) return;
    for (const a of la) {
      for (const b of lb) {
        const p = this.nearPairs.length;
        this.nearPairs.push({ a, b, limit, joined: this.nearJoins(a, b, changedA, changedB) });
        for (const article of [a, b]) {
          const list = this.nearPairsOf.get(article);
          if (list) list.push(p);
          else this.nearPairsOf.set(article, [p]);
        }
      }
    }
  }

  /** Whether two headlines a few words apart (`changedA`, `changedB`: the changed words' positions) join. */
  private nearJoins(a: number, b: number, changedA: readonly number[], changedB: readonly number[]): boolean {
    const fa = this.fps[a]!;
    const fb = this.fps[b]!;
    // A name written another way (`German` / `Germany's`, `Gyökeres` / `Gyokeres`) changes no story.
    const variant = changedA.length > 0 && changedA.length === changedB.length && changedA.every((p, k) => isVariant(fa.words[p]!, fb.words[changedB[k]!]!));
    const needsBodies = fa.generic || fb.generic || (!variant && (changedA.some((p) => fa.significant[p]) || changedB.some((p) => fb.significant[p])));
    return !needsBodies || this.confirmed(a, b);
  }

  private headlinesNear(i: number, j: number): boolean {
    const a = this.fps[i]!;
    const b = this.fps[j]!;
    if (a.words.length === 0 || b.words.length === 0) return false;
    if (a.normKey === b.normKey) return true;
    const limit = maxEdits(Math.max(a.words.length, b.words.length));
    if (limit === 0 || Math.abs(a.words.length - b.words.length) > limit) return false;
    return wordEdits(a.words, b.words, limit, this.editScratch).distance <= limit;
  }

  private linkIfNear(i: number, j: number): void {
    if (this.headlineUF.find(i) !== this.headlineUF.find(j) && this.headlinesNear(i, j)) this.headlineUF.union(i, j);
  }

  /**
   * Step 3: one LSH pass over the MinHash bands finds the pairs whose bodies are similar. Similar
   * enough to confirm (confirmThreshold) and headlines within the allowed edits: a headline
   * duplicate (generic headlines, changed numbers or negations). Similar enough to be duplicates
   * (bodyThreshold): a body link. The visits that decide something are remembered per bucket;
   * `assemble` applies them once all headline groups are known.
   */
  private similarBodies(): void {
    const eligible: number[] = [];
    for (let i = 0; i < this.n; i++) {
      this.setBandKeys(i);
      if (this.eligible[i]) eligible.push(i);
    }
    forEachBandPair(this.bandKeys, this.n, this.bands, eligible, (j, i, band, key) => {
      const visit = this.visit(j, i, band);
      if (visit) {
        const id = bucketId(band, key);
        const list = this.bucketVisits.get(id);
        if (list) list.push(visit);
        else this.bucketVisits.set(id, [visit]);
      }
      return visit !== undefined && visit.similarity >= NEAR_IDENTICAL;
    });
  }

  /** Whether article i takes part in step 3, and its band keys if it does. */
  private setBandKeys(i: number): void {
    const fp = this.fps[i]!;
    const takesPart = fp.minhash !== null && fp.bodyWords >= this.opt.minBodyWords;
    this.eligible[i] = takesPart ? 1 : 0;
    if (takesPart) for (let band = 0; band < this.bands; band++) this.bandKeys[band * this.n + i] = bandKey(fp.minhash!, band, this.rows);
  }

  /** The visit of j by i in `band`, when the bodies are similar enough to decide something. */
  private visit(j: number, i: number, band: number): NotableVisit | undefined {
    const { fps, opt } = this;
    const similarity = estimateJaccard(fps[i]!.minhash!, fps[j]!.minhash!);
    if (similarity < this.notable) return undefined;
    return { band, earlier: j, later: i, similarity, headlinesNear: similarity >= opt.confirmThreshold && this.headlinesNear(i, j) };
  }

  /** Walks one bucket again (its members as they are now), as the whole pass would, and remembers its notable visits. */
  private rewalk(band: number, key: number): void {
    const { n, bandKeys, eligible } = this;
    const members: number[] = [];
    for (let i = 0, at = band * n; i < n; i++, at++) if (eligible[i] && bandKeys[at] === key) members.push(i);
    const visits: NotableVisit[] = [];
    walkBucket(members, (j, i) => {
      const visit = this.visit(j, i, band);
      if (visit) visits.push(visit);
      return visit !== undefined && visit.similarity >= NEAR_IDENTICAL;
    });
    const id = bucketId(band, key);
    if (visits.length) this.bucketVisits.set(id, visits);
    else this.bucketVisits.delete(id);
  }

  /**
   * The groups from what the steps decided: the headline joins of steps 1 to 3 and within copies,
   * then the body links in the order the LSH pass visits them (band by band, article by article,
   * the newest bucket member first), each joining what was apart (the lowest similarity on them
   * is the group's).
   */
  private assemble(): DuplicateGroup[] {
    const { n, opt } = this;
    const headlineUF = (this.headlineUF = new UnionFind(n));
    const same = this.sameHeadlinePairs;
    for (let e = 0; e < same.length; e += 2) headlineUF.union(same[e]!, same[e + 1]!);
    for (const pair of this.nearPairs) if (pair.joined) headlineUF.union(pair.a, pair.b);
    const visits: NotableVisit[] = [];
    for (const list of this.bucketVisits.values()) for (const v of list) visits.push(v);
    visits.sort((x, y) => x.band - y.band || x.later - y.later || y.earlier - x.earlier);
    let copies: UnionFind | undefined;
    for (const v of visits) {
      if (v.headlinesNear) headlineUF.union(v.later, v.earlier);
      if (v.similarity >= NEAR_IDENTICAL) (copies ??= new UnionFind(n)).union(v.later, v.earlier);
    }
    if (copies) {
      const eligible: number[] = [];
      for (let i = 0; i < n; i++) if (this.eligible[i]) eligible.push(i);
      this.headlinesWithinCopies(eligible, copies);
    }
    const bodyLinks: number[] = [];
    const rawBodyUF = new UnionFind(n);
    for (const v of visits) if (v.similarity >= opt.bodyThreshold && rawBodyUF.union(v.later, v.earlier)) bodyLinks.push(v.earlier, v.later, v.similarity);
    return this.components(bodyLinks);
  }

  /**
   * Copies of one body were not all compared with each other: match their headlines within each
   * cluster of copies (the bodies confirm any match). All pairs in a small cluster; in a large
   * one, an index of each headline with one word dropped (one word changed, added or dropped).
   */
  private headlinesWithinCopies(eligible: readonly number[], copyUF: UnionFind): void {
    const { fps, n } = this;
    const clusterCount = new Int32Array(n);
    for (const i of eligible) clusterCount[copyUF.find(i)]!++;
    const clusters = new Map<number, number[]>();
    for (const i of eligible) {
      const r = copyUF.find(i);
      if (clusterCount[r]! < 2) continue;
      const list = clusters.get(r);
      if (list) list.push(i);
      else clusters.set(r, [i]);
    }
    for (const [, list] of clusters) {
      if (list.length <= 64) {
        for (let x = 1; x < list.length; x++) for (let y = 0; y < x; y++) this.linkIfNear(list[y]!, list[x]!);
        continue;
      }
      const seen = new Map<string, number>();
      for (const i of list) {
        const words = fps[i]!.words;
        if (words.length === 0) continue;
        const keys = [fps[i]!.normKey];
        if (words.length >= 3) for (let w = 0; w < words.length; w++) keys.push([...words.slice(0, w), ...words.slice(w + 1)].join(" "));
        for (const key of keys) {
          const j = seen.get(key);
          if (j === undefined) seen.set(key, i);
          else this.linkIfNear(j, i);
        }
      }
    }
  }

  /** Step 4: the groups, headline groups first by position, then body groups of one representative (the first article) per headline group. */
  private components(bodyLinks: readonly number[]): DuplicateGroup[] {
    const { fps, n, headlineUF } = this;
    // Headline groups count as one node.
    const bodyUF = new UnionFind(n);
    for (let i = 0; i < n; i++) {
      const r = headlineUF.find(i);
      if (r !== i) bodyUF.union(r, i);
    }
    const linkSim = new Float64Array(n).fill(1); // lowest similarity on links, kept at the root
    for (let e = 0; e < bodyLinks.length; e += 3) {
      const ri = bodyUF.find(bodyLinks[e]!);
      const rj = bodyUF.find(bodyLinks[e + 1]!);
      if (ri === rj) continue;
      const low = Math.min(bodyLinks[e + 2]!, linkSim[ri]!, linkSim[rj]!);
      bodyUF.union(ri, rj);
      linkSim[bodyUF.find(ri)] = low;
    }
    const result: DuplicateGroup[] = [];
    for (const list of componentsOf(n, (i) => headlineUF.find(i))) {
      const key = fps[list[0]!]!.exactKey;
      const kind: DuplicateKind = list.every((i) => fps[i]!.exactKey === key) ? "exact" : "near";
      result.push({ kind, articles: list });
    }
    for (const list of componentsOf(n, (i) => (headlineUF.find(i) === i ? bodyUF.find(i) : -1))) {
      result.push({ kind: "body", articles: list, similarity: Math.round(linkSim[bodyUF.find(list[0]!)]! * 1000) / 1000 });
    }
    result.sort((x, y) => x.articles[0]! - y.articles[0]! || x.articles[1]! - y.articles[1]!);
    return result;
  }
}

/**
 * Whether a state's articles and bands lie within `fps` and the matching's bands, and each visit
 * is of two articles that take part in step 3 and share the visit's bucket.
 */
function fitsMatching(fps: readonly ArticleFingerprint[], state: MatchingState): boolean {
  const n = fps.length;
  const article = (i: number) => Number.isInteger(i) && i >= 0 && i < n;
  const { sameHeadlinePairs: same, nearPairs: pairs, visits } = state;
  if (same.length % 2 !== 0 || pairs.length % 4 !== 0 || visits.length % 4 !== 0) return false;
  for (let e = 0; e < same.length; e++) if (!article(same[e]!)) return false;
  for (let e = 0; e < pairs.length; e += 4) if (!article(pairs[e]!) || !article(pairs[e + 1]!) || !(pairs[e + 2]! >= 0)) return false;
  const opt = resolveOptions({ bodyThreshold: state.bodyThreshold });
  const rows = bandRows(Math.min(opt.confirmThreshold, opt.bodyThreshold));
  const takesPart = (i: number) => fps[i]!.minhash !== null && fps[i]!.bodyWords >= opt.minBodyWords;
  for (let e = 0; e < visits.length; e += 4) {
    const [band, earlier, later] = [visits[e]!, visits[e + 1]!, visits[e + 2]!];
    if (!(Number.isInteger(band) && band >= 0 && band < NUM_HASHES / rows) || !article(earlier) || !article(later)) return false;
    if (!takesPart(earlier) || !takesPart(later)) return false;
    if (bandKey(fps[earlier]!.minhash!, band, rows) !== bandKey(fps[later]!.minhash!, band, rows)) return false;
  }
  return true;
}

/** A bucket of step 3: its band and its key. */
function bucketId(band: number, key: number): number {
  return band * 2 ** 32 + (key >>> 0);
}

/** The members (in order) of each component with two or more of the indices 0..n-1, by `root` (-1: in none). */
function componentsOf(n: number, root: (i: number) => number): number[][] {
  const count = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const r = root(i);
    if (r >= 0) count[r]!++;
  }
  const lists = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = root(i);
    if (r < 0 || count[r]! < 2) continue;
    const list = lists.get(r);
    if (list) list.push(i);
    else lists.set(r, [i]);
  }
  return [...lists.values()];
}

/**
 * Two forms of one name: the longer is the shorter (four letters at least) with a possessive or a
 * nationality ending (`german` / `germanys`, `nigeria` / `nigerian`, `iran` / `iranian`); `germania`
 * is another name.
 */
function isVariant(a: string, b: string): boolean {
  // The same name with its accents and without (`Gyökeres` / `Gyokeres`)
  if (a.length === b.length && withoutAccents(a) === withoutAccents(b)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && VARIANT_ENDINGS.has(long.slice(short.length));
}
function withoutAccents(word: string): string {
  return word.normalize("NFD").replace(/\p{M}+/gu, "");
}
const VARIANT_ENDINGS: ReadonlySet<string> = new Set(["s", "y", "ys", "n", "ns", "an", "ans", "ian", "ians", "ese", "i", "is"]);
