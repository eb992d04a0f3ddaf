// What a place is, from the small gazetteer built by scripts/build-places.mjs (GeoNames cities
// and world countries): "City in Iraq, pop. 5.7 million"; "Country in Western Asia, capital
// Baghdad". Pure: the table arrives as data.

/** name → [kind, where, capital-or-population] */
export type PlaceTable = Record<string, [kind: "country" | "capital" | "city", where: string, extra: string | number]>;

export function describePlace(name: string, table: PlaceTable | undefined): string | undefined {
  const place = table?.[name] ?? table?.[name.replace(/^the\s+/i, "")];
  if (!place) return undefined;
  const [kind, where, extra] = place;
  if (kind === "country") return `Country in ${where}${extra ? `, capital ${extra}` : ""}`;
  const people = typeof extra === "number" ? `, pop. ${population(extra)}` : "";
  return kind === "capital" ? `Capital of ${where}${people}` : `City in ${where}${people}`;
}

function population(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)} million` : `${Math.round(n / 1e3)},000`;
}
