// The places of a dump on the globe: each place entity the gazetteer can locate, with its
// coordinates, what it is and how often the dump mentions it; the rest listed as not located.
// Pure: the gazetteer arrives as data (server/models/places.json, built by scripts/build-places.mjs).

import { describePlace, type PlaceTable } from "../entities/places.js";
import type { EntityMention } from "../types.js";

type PlaceKind = PlaceTable[string][0];

/** A gazetteer entry: the hover's three fields, then the coordinates in decimal degrees. */
export type GazetteerEntry = readonly [kind: PlaceKind, where: string, extra: string | number, latitude?: number, longitude?: number];
export type Gazetteer = Readonly<Record<string, GazetteerEntry>>;

export interface Geocoded {
  /** The gazetteer's name for it (the text's may differ in case or a leading "the"). */
  readonly key: string;
  readonly kind: PlaceKind;
  /** A city's country; a country's region. */
  readonly where: string;
  readonly latitude: number;
  readonly longitude: number;
  /** What the hover says of it: "Capital of Iraq, pop. 7.2 million". */
  readonly description: string;
}

export interface LocatedPlace extends Geocoded {
  /** The name the dump uses most for it. */
  readonly name: string;
  /** Every entity name that lands here ("US", "United States"), most mentioned first. */
  readonly names: readonly string[];
  /** The country it is in (a country: itself). */
  readonly country: string;
  readonly count: number;
  /** Article indices, ascending. */
  readonly articles: readonly number[];
  /** Its mentions in document order. */
  readonly mentions: readonly EntityMention[];
}

export interface PlacesOfDump {
  /** Most mentioned first. */
  readonly located: readonly LocatedPlace[];
  /** Place names the gazetteer does not know, most mentioned first. */
  readonly unlocated: readonly { readonly name: string; readonly count: number }[];
}

/**
 * Where a place name is: as written, without a leading "the", or in title case (datelines write
 * "CAIRO"); undefined when the gazetteer has no coordinates for it.
 */
export function geocode(name: string, gazetteer: Gazetteer | undefined): Geocoded | undefined {
  if (!gazetteer) return undefined;
  const bare = name.replace(/^the\s+/i, "");
  for (const key of [name, bare, titleCase(bare)]) {
    const entry = Object.hasOwn(gazetteer, key) ? gazetteer[key] : undefined;
    if (!entry) continue;
    const [kind, where, extra, latitude, longitude] = entry;
    if (latitude === undefined || longitude === undefined) return undefined;
    return { key, kind, where, latitude, longitude, description: describePlace(key, { [key]: [kind, where, extra] }) ?? "" };
  }
  return undefined;
}

function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** The located and unlocated places among `mentions` (location mentions only count). */
export function placesOf(mentions: readonly EntityMention[], gazetteer: Gazetteer | undefined): PlacesOfDump {
  const byName = new Map<string, EntityMention[]>();
  for (const m of mentions) {
    if (m.type !== "location") continue;
    const group = byName.get(m.canonical);
    if (group) group.push(m);
    else byName.set(m.canonical, [m]);
  }
  // Names that land on the same point ("US" and "United States") make one place.
  const atPoint = new Map<string, { where: Geocoded; names: [string, EntityMention[]][] }>();
  const unlocated: { name: string; count: number }[] = [];
  for (const [name, group] of byName) {
    const where = geocode(name, gazetteer);
    if (!where) {
      unlocated.push({ name, count: group.length });
      continue;
    }
    const point = `${where.latitude},${where.longitude}`;
    const place = atPoint.get(point);
    if (place) place.names.push([name, group]);
    else atPoint.set(point, { where, names: [[name, group]] });
  }
  const located = [...atPoint.values()].map(({ where, names }) => {
    names.sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
    const mentionsHere = names.length === 1 ? names[0]![1] : names.flatMap(([, group]) => group).sort(inDocumentOrder);
    const name = names[0]![0];
    return {
      ...where,
      name,
      names: names.map(([n]) => n),
      country: where.kind === "country" ? name : where.where,
      count: mentionsHere.length,
      articles: distinctArticles(mentionsHere),
      mentions: mentionsHere,
    };
  });
  located.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  unlocated.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { located, unlocated };
}

function inDocumentOrder(a: EntityMention, b: EntityMention): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

function distinctArticles(mentions: readonly EntityMention[]): number[] {
  return [...new Set(mentions.map((m) => m.article))].sort((a, b) => a - b);
}
