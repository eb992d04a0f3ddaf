// What a name's own words say it is: a street, a square, a building, a water or a landform by its
// head or its compound ending (`Tower Bridge`, `River Thames`, `Place de la Concorde`,
// `Alexanderplatz`), an award, a tournament, an event or a law by its head (`Booker Prize`,
// `Palme d'Or`, `Paris Agreement`, `Hurricane Beryl`: none of the three types), a league by its
// word (`Serie A`, `La Liga`; but `Champions League` is a tournament). Pure.

import {
  CENTRE_KINDS,
  CENTRE_WORDS,
  COMPANY_OPENERS,
  COMPANY_SUFFIXES,
  CUP_LEAGUE_OPENERS,
  CUP_OPENERS,
  GAMES_OPENERS,
  INSTITUTION_HEADS,
  LEAGUE_WITH_TIER,
  LEAGUE_WORDS,
  MISC_HEADS,
  NAME_LINKS,
  OF_GOLD,
  PLACE_HEADS,
  PLACE_INSTITUTIONS,
  PLACE_PREFIXES,
  PLACE_SUFFIXES,
  STORM_WORDS,
  WEAK_PLACE_HEADS,
} from "../words/entityCues.js";
import { LOC, MISC, ORG, PER } from "./tspan.js";
import { isAllCaps, isCapWord, isDigits } from "./wordShape.js";

/** `Alexanderplatz`, `Karl-Marx-Allee`, `Praterstraße`: a capitalised word with a street's, square's or bridge's ending. */
export function hasPlaceSuffix(w: string): boolean {
  // most words end in a letter no such ending ends in: no string made for them
  if (w.length < 7 || !SUFFIX_ENDS.has(w.charAt(w.length - 1).toLowerCase()) || !isCapWord(w)) return false;
  const low = w.toLowerCase();
  return PLACE_SUFFIXES.some((s) => low.length >= s.length + 3 && low.endsWith(s));
}
const SUFFIX_ENDS: ReadonlySet<string> = new Set(PLACE_SUFFIXES.map((s) => s.charAt(s.length - 1)));

/** A league's tier after its word: `Serie A`, `Ligue 1`, `Liga MX`. */
export function isLeagueTier(word: string, tier: string | undefined): boolean {
  return LEAGUE_WITH_TIER.has(word) && tier !== undefined && (/^[A-D]$/.test(tier) || /^[12]$/.test(tier) || /^[A-Z]{2,3}$/.test(tier));
}

/**
 * The type the words of a name over tokens [a, b) give it (0: they say nothing). `type` is its type
 * so far: a head that also ends the names of people and clubs (`Hill`, `Forest`) makes a place only
 * of a name not typed as either.
 */
export function shapeType(words: readonly string[], a: number, b: number, type: number): number {
  const n = b - a;
  const head = titled(words[b - 1]!);
  const beforeHead = n >= 2 ? titled(words[b - 2]!) : "";
  const opener = titled(words[a]!);
  const headKinds = headWordKinds(head);
  const openerKinds = headWordKinds(opener);
  for (let i = a; i < b; i++) {
    const w = titled(words[i]!);
    const kinds = headWordKinds(w);
    if (kinds & H_LEAGUE || (i + 1 < b && kinds & H_TIER && isLeagueTier(w, words[i + 1]))) {
      return w === "League" && i > a && CUP_LEAGUE_OPENERS.has(titled(words[i - 1]!)) ? MISC : ORG;
    }
  }
  // `Treaty of Versailles`, `Battle of Britain`, `Gulf of Mexico`, `Party of the Democratic Revolution`
  for (let i = a; i + 1 < b; i++) {
    if (!NAME_LINKS.has(words[i + 1]!)) continue;
    const w = titled(words[i]!);
    const kinds = headWordKinds(w);
    if (kinds & H_MISC || w === "Battle") return MISC;
    // the last head decides: `Port of Rotterdam Authority` is an organisation
    if (kinds & H_PLACE_INSTITUTION) return headKinds & H_INSTITUTION ? ORG : LOC;
    if (kinds & H_INSTITUTION) return ORG;
    break;
  }
  if (n >= 2) {
    if (headKinds & H_MISC || OF_GOLD.test(head) || openerKinds & (H_STORM | H_CUP)) return MISC;
    if (head === "Games" && GAMES_OPENERS.has(beforeHead)) return MISC;
    if (head === "Open" && isCapWord(beforeHead)) return MISC;
  }
  if (/.-Pokal$/.test(head)) return MISC; // `DFB-Pokal`
  if (hasPlaceSuffix(head)) return LOC;
  if (n < 2) return 0;
  // `Elliott Management`, `Harbor Ridge Capital`: a company's suffix after its founder's or its place's name
  if (headKinds & H_COMPANY && head !== "Capital") return ORG;
  // `Grupo Bimbo`, `Panificadora Andina`: the trade's noun before a company's name
  if (openerKinds & H_COMPANY_OPENER) return ORG;
  if (headKinds & H_PLACE || (headKinds & H_CENTRE && CENTRE_KINDS.has(beforeHead))) return LOC;
  if (headKinds & H_WEAK_PLACE && type !== PER && type !== ORG) return LOC;
  if (openerKinds & H_PLACE_PREFIX && (opener !== "Ras" || /^[AaEe][ln][-‐‑]/.test(words[a + 1]!))) return LOC;
  return 0;
}

// The lists of head words a name's words are looked up in, as bits of one look-up per word.
export const H_LEAGUE = 1;
/** LEAGUE_WITH_TIER */
export const H_TIER = 2;
export const H_MISC = 4;
export const H_PLACE_INSTITUTION = 8;
export const H_INSTITUTION = 16;
export const H_STORM = 32;
export const H_CUP = 64;
export const H_COMPANY = 128;
export const H_PLACE = 256;
/** CENTRE_WORDS */
export const H_CENTRE = 512;
export const H_WEAK_PLACE = 1024;
export const H_PLACE_PREFIX = 2048;
export const H_COMPANY_OPENER = 4096;
const HEAD_KINDS: ReadonlyMap<string, number> = (() => {
  const kinds = new Map<string, number>();
  const add = (words: ReadonlySet<string>, bit: number) => {
    for (const w of words) kinds.set(w, (kinds.get(w) ?? 0) | bit);
  };
  add(LEAGUE_WORDS, H_LEAGUE);
  add(LEAGUE_WITH_TIER, H_TIER);
  add(MISC_HEADS, H_MISC);
  add(PLACE_INSTITUTIONS, H_PLACE_INSTITUTION);
  add(INSTITUTION_HEADS, H_INSTITUTION);
  add(STORM_WORDS, H_STORM);
  add(CUP_OPENERS, H_CUP);
  add(COMPANY_SUFFIXES, H_COMPANY);
  add(PLACE_HEADS, H_PLACE);
  add(CENTRE_WORDS, H_CENTRE);
  add(WEAK_PLACE_HEADS, H_WEAK_PLACE);
  add(PLACE_PREFIXES, H_PLACE_PREFIX);
  add(COMPANY_OPENERS, H_COMPANY_OPENER);
  return kinds;
})();

/** The H_* lists a word (as `titled` writes it) is in: 0 for most words. */
export function headWordKinds(word: string): number {
  return HEAD_KINDS.get(word) ?? 0;
}

/** A word in capitals as a title-cased word (`BRIDGE` → `Bridge`), for looking it up among the head words. */
export function titled(w: string): string {
  const second = w.charCodeAt(1);
  if (w.length < 2 || (second >= 0x61 && second <= 0x7a)) return w; // the common case: not in capitals
  return isAllCaps(w) ? w.charAt(0) + w.slice(1).toLowerCase() : w;
}

/**
 * Where a place name that opens at token i ends, when its first word is a place prefix (`River
 * Thames`, `Place de la Concorde`, `Puerta del Sol`, `Straße des 17. Juni`): past the particles and
 * capitalised words after it. i itself when no place name opens there.
 */
export function placePrefixEnd(words: readonly string[], i: number, last: number): number {
  if (!PLACE_PREFIXES.has(titled(words[i]!))) return i;
  let j = i + 1;
  let named = false;
  while (j < last) {
    const w = words[j]!;
    if (isCapWord(w) && /\p{L}/u.test(w)) {
      named = true;
      j++;
    } else if (/^(?:of|the|de|del|des|du|della|di|la|le|les)$/.test(w) && j + 1 < last) j++;
    else if (/^d['’]\p{Lu}/u.test(w)) {
      named = true;
      j++;
    } else if (isDigits(w) && words[j + 1] === "." && j + 2 < last && isCapWord(words[j + 2]!)) j += 2;
    else break;
  }
  while (j > i + 1 && !isCapWord(words[j - 1]!) && !/^d['’]\p{Lu}/u.test(words[j - 1]!)) j--;
  return named ? j : i;
}
