// Realistic news dumps of any size for the benchmarks and the tests that need big dumps: invented
// stories whose sentences are recombined from templates with people, places, organisations,
// numbers and dates varied, written out in the layouts the analyser reads (scraper pages, separator
// lines with headers, blank-line bylines, archive exports, feed exports, wire copy, mail archives),
// one layout per dump as one tool makes it, or runs of several (`mix`). No article and no sentence
// occurs twice, so the analyser's caches (of article texts, of words) do no more for it than for
// real news, and the structure lines are written intact. The same seed gives the same bytes. Place names come from the places table, organisations and outlets from the gazetteers;
// people are made of the given names and surnames below.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Random, seededRandom } from "./seededRandom.js";

export const DUMP_LAYOUTS = ["scraper", "separators", "bylines", "archive", "feed", "wire", "mail"] as const;
type ToolLayout = (typeof DUMP_LAYOUTS)[number];
/** A tool's layout, or `mix`: runs of records of several tools, one after another. */
export type DumpLayout = ToolLayout | "mix";
/**
 * The layouts `mix` takes its runs from. Not all of them: the analyser reads a mixed dump by
 * headline rules, which take a blank-line layout's one-line subheads for headlines, and when
 * scraper pages and dated records (byline or wire date lines) mix, it reads records opened by date
 * lines and splits each scraper page at its `Updated` line.
 */
const MIXABLE: readonly ToolLayout[] = ["scraper", "separators", "feed"];
/** Layouts whose records state how many there are (`3 of 50 DOCUMENTS`, `Items: 50`). */
const STATES_COUNT: readonly ToolLayout[] = ["archive", "feed"];

export interface GeneratedArticle {
  /** The headline as the analyser should read it (the title key's value, without markers). */
  headline: string;
  /** The day of publication the record states (ISO); null where it says only `Updated 5 min ago`. */
  published: string | null;
  layout: ToolLayout;
}

export interface GeneratedDump {
  text: string;
  articles: GeneratedArticle[];
}

/**
 * A dump of at least `bytes` characters (it ends with a whole article), deterministic by `seed`.
 * Sizes from a few kilobytes to hundreds of megabytes; about 6 KB an article.
 */
export function generateNewsDump(bytes: number, seed = 1, layout: DumpLayout = "scraper"): GeneratedDump {
  const dumpSeed = seed * 7919 + DUMP_LAYOUTS.indexOf(layout as ToolLayout) + 2;
  const rnd = seededRandom(dumpSeed);
  const world = new World(rnd);
  const writer = new Writer(dumpSeed);
  const stories: Story[] = [];
  const layouts: ToolLayout[] = [];
  const records: string[] = [];
  let size = 0;
  let run = 0;
  let current = layout === "mix" ? oneOf(rnd, MIXABLE) : layout;
  while (size < bytes) {
    if (layout === "mix" && run-- <= 0) {
      current = oneOf(
        rnd,
        MIXABLE.filter((l) => l !== current),
      );
      run = randomInt(rnd, 3, 12);
    }
    const story = world.story();
    stories.push(story);
    layouts.push(current);
    // written with the count of records so far; the records that state the count are written again below
    records.push(writer.record(story, current, records.length, records.length + 1));
    size += records.at(-1)!.length;
  }
  layouts.forEach((l, i) => {
    if (STATES_COUNT.includes(l)) records[i] = writer.record(stories[i]!, l, i, records.length);
  });
  return {
    text: records.join(""),
    articles: stories.map((s, i) => ({
      headline: s.headline,
      published: layouts[i] === "scraper" && s.updatedMinutesAgo ? null : s.published,
      layout: layouts[i]!,
    })),
  };
}

// ---- randomness -----------------------------------------------------------------------------------

const randomInt = (rnd: Random, low: number, high: number) => low + Math.floor(rnd() * (high - low + 1));
const oneOf = <T>(rnd: Random, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
const chance = (rnd: Random, p: number) => rnd() < p;

function shuffled<T>(rnd: Random, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Index into a list of `n` with Zipf's law (a few items often, most rarely), as names recur in news. */
function zipfIndex(rnd: Random, n: number): number {
  // inverse of the continuous approximation of the harmonic CDF
  return Math.min(n - 1, Math.floor(Math.exp(rnd() * Math.log(n + 1)) - 1));
}

/** A 53-bit hash of a string (FNV-1a and the same with MurmurHash2's multiplier): enough to tell 10^6 sentences apart. */
function hash53(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 2 ** 21 + ((b >>> 0) & 0x1fffff);
}

// ---- dates ----------------------------------------------------------------------------------------

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const FIRST_DAY = Date.UTC(2019, 0, 1);
const LAST_DAY = Date.UTC(2025, 5, 30);
const DAY_MS = 86_400_000;

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const parts = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate(), weekday: d.getUTCDay(), ms: d.getTime() };
};
const pad2 = (n: number) => String(n).padStart(2, "0");
const usDate = (iso: string) => ((p) => `${MONTHS[p.month]} ${p.day}, ${p.year}`)(parts(iso));
const ukDate = (iso: string) => ((p) => `${p.day} ${MONTHS[p.month]} ${p.year}`)(parts(iso));
const clock = (rnd: Random) => `${pad2(randomInt(rnd, 5, 22))}:${pad2(randomInt(rnd, 0, 59))}:${pad2(randomInt(rnd, 0, 59))}`;
/** `Tue, 05 Mar 2024 14:02:11 GMT` */
const rfc822 = (iso: string, time: string, zone = "GMT") =>
  ((p) => `${WEEKDAYS[p.weekday]!.slice(0, 3)}, ${pad2(p.day)} ${MONTHS[p.month]!.slice(0, 3)} ${p.year} ${time} ${zone}`)(parts(iso));
/** The date of an mbox `From ` line: `Wed Mar  1 07:02:11 2023` */
const asctime = (iso: string, time: string) =>
  ((p) => `${WEEKDAYS[p.weekday]!.slice(0, 3)} ${MONTHS[p.month]!.slice(0, 3)} ${String(p.day).padStart(2, " ")} ${time} ${p.year}`)(parts(iso));

// ---- vocabulary -----------------------------------------------------------------------------------

const GIVEN_NAMES = `Anna Maria Elena Sofia Laura Clara Ines Hannah Amira Fatima Aisha Leila Yasmin Nadia Priya Ananya Meera
Mei Ying Hana Yuki Aiko Min-ji Seo-yeon Linh Thao Siti Nur Amara Chiamaka Ngozi Zanele Thandiwe Wanjiru Akosua Adaeze Lucia
Camila Valentina Gabriela Daniela Beatriz Marta Agnieszka Katarzyna Olena Iryna Natalia Svetlana Ingrid Astrid Freya Sigrid
Emma Olivia Charlotte Grace Rachel Sarah Rebecca Helen Margaret Diane Karen Julia Claire Mathilde Camille Chiara Giulia
James John Robert Michael David Richard Thomas Daniel Matthew Andrew Peter Paul Mark Simon Oliver Henry Edward George Samuel
Ahmed Mohammed Omar Hassan Karim Yusuf Tariq Bilal Khalid Mustafa Ali Reza Arash Dariusz Piotr Tomasz Marek Jakub Andriy
Oleksandr Dmitri Sergei Mikhail Nikolai Lars Anders Erik Jonas Henrik Pieter Joost Lukas Felix Matthias Stefan Jurgen Luca
Marco Giovanni Alessandro Javier Carlos Miguel Diego Alejandro Mateo Rafael Joao Pedro Tiago Kwame Kofi Chukwuemeka Emeka
Oluwaseun Tendai Sipho Thabo Jomo Baraka Raj Arjun Vikram Sanjay Rahul Anil Hiroshi Kenji Takeshi Haruto Wei Jun Hao Minh
Tuan Jae-won Min-ho Ji-hoon Somchai Arif Budi Rizal Kemal Emre Mehmet Burak`.split(/\s+/);

const SURNAMES = `Okafor Adeyemi Mensah Owusu Nwosu Balogun Diallo Traore Keita Ndiaye Kamau Otieno Mwangi Banda Phiri Dlamini
Nkosi Mokoena Haddad Khalil Mansour Nasser Farouk Aziz Rahimi Karimi Tehrani Hosseini Yilmaz Demir Kaya Celik Sahin Ozturk
Cohen Levi Mizrahi Friedman Kowalski Nowak Wisniewski Lewandowski Zielinski Kaminski Shevchenko Kovalenko Bondarenko Melnyk
Petrov Ivanov Smirnov Volkov Sokolov Novak Horvat Kovacs Nagy Szabo Popescu Ionescu Dimitrov Georgiou Papadopoulos Nikolaidis
Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Garcia Martinez Lopez Gonzalez Rodriguez Fernandez
Sanchez Perez Gomez Diaz Moreno Alvarez Romero Navarro Torres Ramirez Castillo Vargas Silva Santos Oliveira Pereira Costa
Almeida Carvalho Ribeiro Souza Ferreira Muller Schmidt Schneider Fischer Weber Wagner Becker Hoffmann Schulz Koch Richter
Klein Wolf Neumann Zimmermann Braun Hartmann Lange Dubois Martin Bernard Moreau Laurent Lefebvre Leroy Girard Bonnet Fontaine
Rousseau Vincent Mercier Dupont Lambert Janssen Peeters Maes Jacobs Mertens Visser Smit Bakker Mulder Jansen Dekker Andersen
Nielsen Hansen Pedersen Larsen Johansson Lindqvist Eriksson Karlsson Nilsson Berg Haugen Halvorsen Virtanen Korhonen
Makinen Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson White Harris Thompson
Clark Lewis Walker Hall Allen Young King Wright Scott Green Baker Adams Nelson Carter Mitchell Roberts Turner Phillips Campbell
Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers Reed Morgan Bell Murray Kelly Sullivan Walsh Byrne Ryan OBrien
Gallagher Doyle MacLeod Fraser Sharma Patel Gupta Singh Kumar Reddy Iyer Nair Menon Chatterjee Banerjee Das Bose Rao Joshi
Khan Qureshi Malik Chaudhry Hussain Siddiqui Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Sato Kato
Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Lin Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Nguyen Tran
Le Pham Hoang Vu Dang Bui Santoso Wijaya Hidayat Gunawan Rahman Ismail Abdullah Tan Lim Ong Goh Chua`
  .split(/\s+/)
  .map((s) => (s === "OBrien" ? "O'Brien" : s));

type Topic = "politics" | "economy" | "courts" | "health" | "sport" | "weather" | "culture" | "conflict" | "technology";
const TOPICS: readonly Topic[] = ["politics", "economy", "courts", "health", "sport", "weather", "culture", "conflict", "technology"];

/** Roles people hold in stories of each topic; `{org}` is the story's organisation. */
const ROLES: Record<Topic, readonly string[]> = {
  politics: [
    "prime minister",
    "foreign minister",
    "finance minister",
    "interior minister",
    "opposition leader",
    "senator",
    "mayor",
    "party leader",
    "spokesperson",
  ],
  economy: ["chief executive", "chief financial officer", "chairman", "central bank governor", "trade minister", "chief economist", "union leader"],
  courts: ["judge", "chief prosecutor", "defence lawyer", "attorney general", "justice minister", "court spokesperson"],
  health: ["health minister", "chief medical officer", "epidemiologist", "hospital director", "lead researcher", "professor of medicine"],
  sport: ["head coach", "captain", "striker", "goalkeeper", "sporting director", "midfielder", "club president"],
  weather: ["chief meteorologist", "civil protection chief", "regional governor", "fire chief", "emergency services director"],
  culture: ["festival director", "curator", "novelist", "film director", "conductor", "museum director"],
  conflict: ["defence minister", "army spokesperson", "military commander", "United Nations envoy", "foreign minister", "aid coordinator"],
  technology: ["chief executive", "chief technology officer", "regulator", "digital minister", "security researcher", "founder"],
};

/** What a story of each topic is about: filled into headline and sentence templates as `{thing}`. */
const THINGS: Record<Topic, readonly string[]> = {
  politics: [
    "budget",
    "pension reform",
    "election law",
    "coalition deal",
    "tax plan",
    "housing bill",
    "migration pact",
    "constitutional amendment",
    "border agreement",
    "anti-corruption bill",
  ],
  economy: [
    "merger",
    "rate decision",
    "export quota",
    "bond sale",
    "takeover bid",
    "wage deal",
    "fuel subsidy",
    "factory expansion",
    "debt restructuring",
    "trade tariff",
  ],
  courts: [
    "fraud case",
    "extradition request",
    "appeal",
    "bribery trial",
    "class action",
    "inquiry",
    "defamation suit",
    "corruption case",
    "sentencing hearing",
    "asylum ruling",
  ],
  health: [
    "vaccine programme",
    "hospital funding plan",
    "measles outbreak",
    "drug trial",
    "screening scheme",
    "cholera outbreak",
    "malaria campaign",
    "nursing strike",
    "cancer study",
    "obesity strategy",
  ],
  sport: [
    "title race",
    "transfer",
    "relegation battle",
    "cup run",
    "qualifying campaign",
    "stadium plan",
    "doping case",
    "coaching change",
    "derby",
    "season opener",
  ],
  weather: ["flood warning", "heatwave", "drought", "storm", "wildfire", "cold snap", "landslide", "cyclone", "water rationing plan", "evacuation order"],
  culture: [
    "film festival",
    "exhibition",
    "book prize",
    "restoration project",
    "opera season",
    "music festival",
    "heritage listing",
    "art auction",
    "theatre revival",
    "museum reopening",
  ],
  conflict: [
    "ceasefire",
    "prisoner exchange",
    "peace talks",
    "offensive",
    "aid corridor",
    "border clash",
    "drone attack",
    "troop withdrawal",
    "mine clearance",
    "evacuation",
  ],
  technology: [
    "data breach",
    "chip plant",
    "satellite launch",
    "antitrust case",
    "privacy rules",
    "software outage",
    "broadband rollout",
    "AI model",
    "ransomware attack",
    "spectrum auction",
  ],
};

const OUTCOME_VERBS = ["approved", "rejected", "delayed", "revised", "backed", "criticised", "suspended", "extended", "welcomed", "questioned"];
const SAY_VERBS = ["said", "told reporters", "said in a statement", "told a news conference", "wrote on social media", "said in an interview"];
const NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "11", "12", "15", "20"];
const ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
const GROUPS = [
  "residents",
  "farmers",
  "teachers",
  "nurses",
  "workers",
  "students",
  "shop owners",
  "drivers",
  "pensioners",
  "fishermen",
  "doctors",
  "families",
];
const FEELINGS = ["cautious", "optimistic", "frustrated", "relieved", "divided", "sceptical", "hopeful", "angry", "confident", "worried"];
const REASONS = [
  "rising costs",
  "a shortage of staff",
  "delays in funding",
  "concerns over safety",
  "pressure from lenders",
  "a legal challenge",
  "weak demand",
  "opposition from local councils",
  "a dispute over land",
  "gaps in the data",
];

interface Place {
  city: string;
  country: string;
}

/** Names read from the places table and the gazetteers, filtered to ones that read as names in running text. */
interface Names {
  places: Place[];
  companies: string[];
  international: string[];
  outlets: string[];
  parties: string[];
  clubs: string[];
  universities: string[];
  waters: string[];
  lands: string[];
}

let namesMemo: Names | undefined;
function names(): Names {
  if (namesMemo) return namesMemo;
  const models = join(__dirname, "..", "server", "models");
  const plainName = /^[A-Z][a-z]+(?: (?:of|for|and|the|de|[A-Z][a-z]+)){0,4}$/;
  const list = (file: string, minWords = 1) =>
    readFileSync(join(models, "gazetteers", `${file}.txt`), "utf8")
      .split("\n")
      .filter((n) => plainName.test(n) && n.split(" ").length >= minWords && !/ (?:of|for|and|the|de)$/.test(n));
  const table = JSON.parse(readFileSync(join(models, "places.json"), "utf8")) as Record<string, [string, string, number | string]>;
  const places = Object.entries(table)
    .filter(([name, [kind, , population]]) => (kind === "city" || kind === "capital") && Number(population) >= 250_000 && plainName.test(name))
    .map(([city, [, country]]) => ({ city, country }))
    .filter((p) => /^[A-Z][a-z]+(?: [A-Z][a-z]+)*$/.test(p.country));
  namesMemo = {
    places,
    companies: list("org-company", 2),
    international: list("org-international", 2),
    outlets: list("org-agency", 2),
    parties: list("org-party", 2),
    clubs: list("org-sport", 2),
    universities: list("org-university", 2),
    waters: list("loc-water", 2),
    lands: list("loc-land", 2),
  };
  return namesMemo;
}

const WIRE_AGENCIES = [
  { name: "Reuters", short: "Reuters" },
  { name: "Associated Press", short: "AP" },
  { name: "Agence France-Presse", short: "AFP" },
  { name: "Bloomberg", short: "Bloomberg" },
  { name: "Deutsche Presse-Agentur", short: "dpa" },
];

// ---- stories --------------------------------------------------------------------------------------

interface Person {
  given: string;
  surname: string;
  role: string;
}

/** One invented story: who and where, and its text as paragraphs of sentences. */
interface Story {
  topic: Topic;
  headline: string;
  published: string;
  place: Place;
  agency: (typeof WIRE_AGENCIES)[number];
  author: string;
  outlet: string;
  /** Two short summary lines without final stops (the scraper layout's bullets). */
  bullets: string[];
  /** A photo caption, or undefined. */
  caption: string | undefined;
  /** Body paragraphs; a paragraph of one short line without final punctuation is a subhead. */
  paragraphs: string[];
  /** Whether dates in the text are written day-first (`4 March`) or month-first (`March 4`). */
  dayFirst: boolean;
  /** A scraper page's `Updated 12 min ago` instead of its day, or undefined. */
  updatedMinutesAgo: number | undefined;
}

/** Texts at least this long (sentences, bullets, captions) occur once in a dump. */
export const UNIQUE_FROM = 40;

/** The people, places and organisations a dump's stories draw on, and the sentences already written. */
class World {
  /** The name lists in an order of this dump's own: Zipf's law then makes its own names the frequent ones. */
  private readonly names: Names;
  /** The people of this dump: a few recur in many stories, most appear once or twice. */
  private readonly people: Person[] = [];
  private readonly usedSentences = new Set<number>();
  private readonly usedHeadlines = new Set<number>();

  constructor(private readonly rnd: Random) {
    const all = names();
    const order = <T>(list: readonly T[]) => shuffled(rnd, list);
    this.names = {
      places: order(all.places),
      companies: order(all.companies),
      international: order(all.international),
      outlets: order(all.outlets),
      parties: order(all.parties),
      clubs: order(all.clubs),
      universities: order(all.universities),
      waters: order(all.waters),
      lands: order(all.lands),
    };
  }

  /** An item of a list, the first ones much more often than the last (see zipfIndex). */
  private frequent<T>(list: readonly T[]): T {
    return list[zipfIndex(this.rnd, list.length)]!;
  }

  story(): Story {
    const { rnd } = this;
    const topic = oneOf(rnd, TOPICS);
    const published = isoDay(FIRST_DAY + Math.floor(rnd() * ((LAST_DAY - FIRST_DAY) / DAY_MS)) * DAY_MS);
    const place = this.frequent(this.names.places);
    const cast = new Cast(this, topic, place, published, rnd);
    let headline = cast.headline();
    for (let tries = 0; this.usedHeadlines.has(hash53(headline.toLowerCase())); tries++)
      headline = tries < 50 ? cast.headline() : `${cast.headline()} (${tries})`;
    this.usedHeadlines.add(hash53(headline.toLowerCase()));
    const paragraphs: string[] = [];
    const sentences = randomInt(rnd, 14, 70);
    let written = 0;
    let sinceSubhead = 0;
    while (written < sentences) {
      if (sinceSubhead > 5 && written < sentences - 4 && chance(rnd, 0.12)) {
        paragraphs.push(this.unique(() => cast.subhead(), false));
        sinceSubhead = 0;
        continue;
      }
      const length = Math.min(sentences - written, randomInt(rnd, 1, 3));
      const paragraph: string[] = [];
      for (let i = 0; i < length; i++) paragraph.push(this.unique(() => (written === 0 && i === 0 ? cast.lead() : cast.sentence())));
      paragraphs.push(paragraph.join(" "));
      written += length;
      sinceSubhead++;
    }
    return {
      topic,
      headline,
      published,
      place,
      agency: oneOf(rnd, WIRE_AGENCIES),
      author: `${oneOf(rnd, GIVEN_NAMES)} ${oneOf(rnd, SURNAMES)}`,
      outlet: this.frequent(this.names.outlets),
      bullets: [this.unique(() => cast.bullet(), false), this.unique(() => cast.bullet(), false)],
      caption: chance(rnd, 0.6) ? this.unique(() => cast.caption()) : undefined,
      paragraphs,
      dayFirst: cast.dayFirst,
      updatedMinutesAgo: chance(rnd, 0.3) ? randomInt(rnd, 1, 59) : undefined,
    };
  }

  /**
   * A text `make` gives that no earlier story has (when it is at least UNIQUE_FROM characters long:
   * short subheads such as "What comes next" may recur, as they do in real news): made again, with
   * other choices, until it is new.
   */
  private unique(make: () => string, sentence = true): string {
    for (let tries = 0; tries < 1000; tries++) {
      const text = sentence ? make() : make().replace(/[.]$/, "");
      if (text.length < UNIQUE_FROM) return text;
      const key = hash53(text);
      if (this.usedSentences.has(key)) continue;
      this.usedSentences.add(key);
      return text;
    }
    throw new Error("the templates ran out of new sentences");
  }

  /** A person of this dump's cast list, in the role given when first drawn (new people are drawn as the list grows). */
  person(topic: Topic): Person {
    const { rnd } = this;
    // about as many people as stories, a third of them recurring
    const i = zipfIndex(rnd, this.people.length + 40);
    if (i < this.people.length && this.people[i]!.role && ROLES[topic].includes(this.people[i]!.role)) return this.people[i]!;
    const person = { given: oneOf(rnd, GIVEN_NAMES), surname: oneOf(rnd, SURNAMES), role: oneOf(rnd, ROLES[topic]) };
    this.people.push(person);
    return person;
  }

  organisation(topic: Topic, place: Place): string {
    const { rnd, names } = this;
    const city = place.city;
    switch (topic) {
      case "politics":
        return chance(rnd, 0.6) ? this.frequent(names.parties) : `${city} City Council`;
      case "economy":
      case "technology":
        return chance(rnd, 0.8) ? this.frequent(names.companies) : `${place.country} Central Bank`;
      case "courts":
        return oneOf(rnd, [`${place.country} Supreme Court`, `${city} High Court`, `${city} District Court`, this.frequent(names.companies)]);
      case "health":
        return chance(rnd, 0.5)
          ? this.frequent(names.universities)
          : oneOf(rnd, ["World Health Organization", `${place.country} Health Ministry`, "Red Cross"]);
      case "sport":
        return this.frequent(names.clubs);
      case "weather":
        return oneOf(rnd, [`${place.country} Meteorological Office`, `${city} Fire Department`, "Red Crescent", "Red Cross"]);
      case "culture":
        return oneOf(rnd, [`${city} Museum of Art`, `${city} Philharmonic`, `${city} Film Festival`, this.frequent(names.universities)]);
      case "conflict":
        return this.frequent(names.international);
    }
  }

  otherPlace(): Place {
    return this.frequent(this.names.places);
  }

  landmark(): string {
    return chance(this.rnd, 0.5) ? this.frequent(this.names.waters) : this.frequent(this.names.lands);
  }

  outlet(): string {
    return this.frequent(this.names.outlets);
  }
}

/**
 * The people, organisations and places of one story, and its templates. A person is named in full
 * with their role the first time, by surname after; dates are drawn around the day of publication.
 */
class Cast {
  private readonly people: Person[];
  private readonly mentioned = new Set<Person>();
  private readonly orgs: string[];
  /** What the story is about: a main subject and a related one. */
  private readonly things: string[];
  readonly dayFirst: boolean;
  private readonly day: ReturnType<typeof parts>;

  constructor(
    private readonly world: World,
    private readonly topic: Topic,
    private readonly place: Place,
    published: string,
    private readonly rnd: Random,
  ) {
    this.people = Array.from({ length: randomInt(rnd, 2, 4) }, () => world.person(topic));
    this.orgs = Array.from({ length: randomInt(rnd, 2, 3) }, () => world.organisation(topic, place));
    this.things = [oneOf(rnd, THINGS[topic]), oneOf(rnd, THINGS[topic])];
    this.dayFirst = chance(rnd, 0.4);
    this.day = parts(published);
  }

  /** Fills a template: `[a|b]` picks one, `{slot}` is a name, a number or a date. */
  private fill(template: string): string {
    const picked = template.replace(/\[([^\]]*)\]/g, (_, options: string) => oneOf(this.rnd, options.split("|")));
    // a name introduced with its role ends with a comma, which the template's own punctuation replaces
    const text = picked.replace(/\{(\w+)\}/g, (_, slot: string) => this.slot(slot)).replace(/,([,.])/g, "$1");
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  private slot(name: string): string {
    const { rnd } = this;
    switch (name) {
      case "person":
        return this.name(oneOf(rnd, this.people));
      case "lead":
        return this.name(this.people[0]!);
      case "other":
        return this.name(this.people[1]!);
      case "surname":
        return this.people[0]!.surname;
      case "org":
        return oneOf(rnd, this.orgs);
      case "org2":
        return this.orgs.at(-1)!;
      case "city":
        return this.place.city;
      case "country":
        return this.place.country;
      case "elsewhere":
        return this.world.otherPlace().city;
      case "abroad":
        return this.world.otherPlace().country;
      case "landmark":
        return this.world.landmark();
      case "outlet":
        return this.world.outlet();
      case "thing":
        return chance(rnd, 0.8) ? this.things[0]! : this.things[1]!;
      case "role":
        return oneOf(rnd, ROLES[this.topic]);
      case "outcome":
        return oneOf(rnd, OUTCOME_VERBS);
      case "say":
        return oneOf(rnd, SAY_VERBS);
      case "group":
        return oneOf(rnd, GROUPS);
      case "feeling":
        return oneOf(rnd, FEELINGS);
      case "reason":
        return oneOf(rnd, REASONS);
      case "count":
        return oneOf(rnd, NUMBER_WORDS);
      case "ordinal":
        return oneOf(rnd, ORDINALS);
      case "pct":
        return `${(rnd() * 30 + 0.1).toFixed(1)}%`;
      case "number":
        return (randomInt(rnd, 12, 9_000) * (chance(rnd, 0.3) ? 100 : 1)).toLocaleString("en-US");
      case "money":
        return oneOf(rnd, [
          `$${(rnd() * 90 + 1).toFixed(1)} ${oneOf(rnd, ["million", "billion"])}`,
          `${randomInt(rnd, 2, 900)} million ${oneOf(rnd, ["euros", "pounds", "dollars"])}`,
        ]);
      case "score":
        return `${randomInt(rnd, 1, 5)}-${randomInt(rnd, 0, 3)}`;
      case "age":
        return String(randomInt(rnd, 19, 86));
      case "rain":
        return String(randomInt(rnd, 30, 400));
      case "votes":
        return String(randomInt(rnd, 40, 420));
      case "degrees":
        return String(randomInt(rnd, 28, 47));
      case "weekday":
        return WEEKDAYS[(this.day.weekday + 7 - randomInt(rnd, 0, 4)) % 7]!;
      case "date":
        return this.monthDay(this.day.ms - randomInt(rnd, 2, 200) * DAY_MS);
      case "nextDate":
        return this.monthDay(this.day.ms + randomInt(rnd, 3, 120) * DAY_MS);
      case "month":
        return MONTHS[(this.day.month + 12 - randomInt(rnd, 1, 9)) % 12]!;
      case "year":
        return String(this.day.year - randomInt(rnd, 1, 25));
      case "nextYear":
        return String(this.day.year + randomInt(rnd, 1, 6));
      case "ago":
        return `${oneOf(rnd, NUMBER_WORDS.slice(0, 8))} years ago`;
      default:
        throw new Error(`unknown slot {${name}}`);
    }
  }

  private monthDay(ms: number): string {
    const d = new Date(ms);
    const [day, month] = [d.getUTCDate(), MONTHS[d.getUTCMonth()]!];
    const withYear = d.getUTCFullYear() !== this.day.year && chance(this.rnd, 0.6);
    if (this.dayFirst) return `${day} ${month}${withYear ? ` ${d.getUTCFullYear()}` : ""}`;
    return `${month} ${day}${withYear ? `, ${d.getUTCFullYear()}` : ""}`;
  }

  /** A person in full with their role the first time (three ways news writes it), by surname after. */
  private name(p: Person): string {
    if (this.mentioned.has(p)) return p.surname;
    this.mentioned.add(p);
    const full = `${p.given} ${p.surname}`;
    switch (randomInt(this.rnd, 0, 2)) {
      case 0:
        return `${p.role.replace(/\b[a-z]/g, (c) => c.toUpperCase())} ${full}`;
      case 1:
        return `${full}, the ${p.role} of ${oneOf(this.rnd, this.orgs)},`;
      default:
        return `${full}, ${p.role} at ${oneOf(this.rnd, this.orgs)},`;
    }
  }

  headline(): string {
    const t = this.topic;
    const generic = [
      "{org} [warns|says|admits] {thing} [faces|needs] [more time|new money|a rethink]",
      "{country} [to review|braces for|moves ahead with] {thing} after {reason}",
      "{city} {group} [protest|rally|march] over {thing}",
      "{surname} [defends|stands by|drops] {thing} as [critics|rivals|allies] [push back|close in|waver]",
      "{thing} in {city} [hit by|stalled by|delayed by] {reason}",
      "{org} and {org2} [agree|sign|unveil] {money} {thing}",
      "[Inside|Behind] the {thing} that [divided|changed|shook] {city}",
      "{count} [dead|injured|missing|arrested] [after|as] {thing} [hits|spreads through|grips] {city}",
      "{surname} [calls for|rules out|promises] [new|fresh|urgent] {thing} in {country}",
    ];
    const byTopic: Record<Topic, string[]> = {
      politics: [
        "{surname} [wins|loses|survives] {ordinal} [vote|confidence vote|term] in {country}",
        "{country} parliament [passes|blocks|amends] {thing} by {count} votes",
      ],
      economy: [
        "{org} [shares|profits|sales] [jump|slide|fall|rise] {pct} on {thing}",
        "{country} [inflation|growth|unemployment] [hits|slows to|eases to] {pct}",
      ],
      courts: ["{surname} [jailed|cleared|fined|charged] in {city} {thing}", "Court [upholds|overturns|delays] ruling in {thing} against {org}"],
      health: [
        "{thing} [reaches|leaves|expands to] {number} [people|patients|children] in {country}",
        "Study of {number} patients [links|ties|clears] {thing} to [risk|relief|harm]",
      ],
      sport: [
        "{org} [beat|hold|stun] rivals {score} [to stay top|in cup tie|in derby]",
        "{surname} [scores twice|sees red|returns] as {org} [win|draw|lose] in {city}",
      ],
      weather: [
        "{thing} [forces|prompts|triggers] [evacuations|closures|alerts] across {country}",
        "{landmark} [rises|falls|floods] to [record|critical] level near {city}",
      ],
      culture: [
        "{city} {thing} [opens|closes|returns] with {number} [visitors|tickets sold|entries]",
        "{surname} [wins|shares|is shortlisted for] {city} {thing}",
      ],
      conflict: ["{count} killed in {thing} near {city}, officials say", "{org} [brokers|seeks|warns over] {thing} in {country}"],
      technology: ["{org} [fined|sued|probed] over {thing} in {country}", "{org} [unveils|delays|scraps] {thing} worth {money}"],
    };
    return this.fill(oneOf(this.rnd, chance(this.rnd, 0.5) ? byTopic[t] : generic)).replace(/[.,]$/, "");
  }

  /** The first sentence: who did what where and when, as a lead does. */
  lead(): string {
    return this.fill(
      oneOf(this.rnd, [
        "{lead} [said|announced|confirmed] on {weekday} that the {thing} would [go ahead|be delayed|be reviewed] after {reason}, [a move|a decision] that [surprised|angered|reassured] {group} in {city}.",
        "The {org} [approved|rejected|postponed] the {thing} on {weekday}, [ending|prolonging|reopening] a dispute that began in {month} and has [divided|unsettled|occupied] {country} since.",
        "{group} in {city} [woke|were told|learned] on {weekday} that the {thing} had been {outcome}, {count} [weeks|months|days] after {lead} first [proposed|raised|promised] it.",
        "[More than|Nearly|About] {number} {group} [joined|followed|watched] the {thing} in {city} on {weekday}, [officials|organisers|police] said, [the largest|the first|the latest] such [gathering|event|test] since {year}.",
      ]),
    );
  }

  sentence(): string {
    const t = this.topic;
    const generic = [
      '{person} {say} that the {thing} was "[not finished|far from over|the right decision|a mistake|long overdue]" and that {group} would [be consulted|have a say|see changes] by {nextDate}.',
      "The {org} said the {thing} would cost {money} over {count} years, [more than|less than|about half of] [first estimated|the figure given in {year}|what {org2} had forecast].",
      "{person} [declined to comment|did not respond|could not be reached] on {weekday}, but [a spokesperson|an aide|a colleague] said the [figures|plans|talks] were [under review|on track|at an early stage].",
      "In {year}, a similar {thing} in {elsewhere} [collapsed|stalled|succeeded] after {reason}, and {group} there [still|now|later] [recall|describe|remember] it as [a warning|a turning point|a lesson].",
      "[Figures|Data|Estimates] published by the {org} on {date} showed [a rise|a fall|no change] of {pct} [from a year earlier|since {month}|compared with {year}].",
      "{group} interviewed in {city} were {feeling}; one, {age}, said she had [waited|saved|campaigned] for {count} years [for this|to see it|for an answer].",
      "The {thing} comes {count} [weeks|months] after {person} [visited|toured|left] {elsewhere}, where [talks|meetings|visits] with the {org} [ended without agreement|produced a draft deal|were cut short].",
      "[Critics|Supporters|Analysts] [say|argue|warn] the {thing} could [affect|help|hurt] {number} {group}, [especially|mostly|above all] in [the north of|the south of|rural areas around] {city}.",
      "{person}, who [took office|was appointed|was elected] in {year}, has made the {thing} [a priority|a test of credibility|part of a wider plan], [an aide|a spokesperson|a colleague] {say}.",
      "A [report|review|survey] by {outlet} in {month} [found|suggested|concluded] that {pct} of {group} [backed|opposed|knew little about] the {thing}.",
      "[Officials|Diplomats|Organisers] in {abroad} said on {weekday} they were [following|watching|studying] the {thing} closely, [citing|because of|given] {reason}.",
      "The {org2} [has until|expects a decision by|will meet again on] {nextDate}, [when|at which point|by which time] the {thing} [must be signed|is due to be reviewed|could be put to a vote].",
      "Asked about the {thing} on {weekday}, {person} [pointed to|blamed|cited] {reason} and said the {org} had [done what it could|acted too slowly|been misled].",
      "The last time {country} [faced|attempted|debated] a {thing} of this [size|kind|scale] was in {year}, {ago}, when {number} {group} [were affected|took part|lost out].",
      '"[We|They|You] cannot [wait|keep going|pretend] [another year|like this|any longer]," {person} said at the {org} in {city}, [adding|noting|insisting] that the {thing} was [overdue|underfunded|misunderstood].',
      "[Near|Along|Outside] the {landmark}, {group} said {reason} had [made things worse|changed little|been exaggerated] since {month}.",
      "The {thing} [is expected to|could|was meant to] [bring in|save|cost] {money}, according to [figures seen by|a memo obtained by|a statement to] {outlet}.",
      "On {date}, {person} [met|called|wrote to] {other} to [discuss|settle|raise] the {thing}, [two people|three officials|a source] familiar with the [talks|matter|exchange] said.",
    ];
    const byTopic: Record<Topic, string[]> = {
      politics: [
        "Lawmakers [voted|were due to vote] {votes} to {votes} on the {thing}, with members of the {org} [split|united|absent] and {other} [abstaining|voting against|voting in favour].",
        "Polls published by {outlet} put support for {surname} at {pct}, [down|up] from {pct} in {month}, ahead of the vote on {nextDate}.",
      ],
      economy: [
        "Shares in the {org} [rose|fell|closed] {pct} in {city} on {weekday}, [valuing|leaving|giving] the company at {money}.",
        "Inflation in {country} [slowed|accelerated|held] at {pct} in {month}, and the central bank [kept|cut|raised] its main rate to {pct} on {date}.",
      ],
      courts: [
        "The court in {city} [heard|was told] that {number} [documents|payments|messages] linked {surname} to the {thing} between {year} and {nextYear}.",
        "{person} [denied|admitted|disputed] [all|three of the|two of the] charges, and the {thing} was adjourned until {nextDate}.",
      ],
      health: [
        "The study followed {number} patients in {country} and {abroad} from {year}, and found the {thing} [cut|raised|did not change] the risk by {pct}.",
        "Hospitals in {city} [reported|treated|admitted] {number} cases in {month}, [twice|three times|half] as many as in {year}, the {org} said.",
      ],
      sport: [
        "{surname} scored in the {ordinal} minute of stoppage time as the {org} won {score} in {city} on {weekday}, their {ordinal} win in a row.",
        "The {org} [sit|remain|dropped to] {ordinal} in the table with {count} games left, {count} points [behind|ahead of] {org2}.",
      ],
      weather: [
        "Up to {rain} millimetres of rain fell on {city} in {count} hours on {weekday}, the {org} said, the most since {date}.",
        "Temperatures [reached|approached|passed] {degrees} degrees Celsius in {city} on {weekday}, and [schools|offices|markets] in {elsewhere} [closed|shortened hours|stayed open].",
      ],
      culture: [
        "The {thing} drew {number} visitors in its first {count} weeks, [more than|fewer than|almost double] the {year} edition, organisers at the {org} said.",
        "A [novel|film|exhibition|recording] by {person} about {city} in {year} was [praised|criticised|shortlisted] by [critics|judges|the jury] in {abroad}.",
      ],
      conflict: [
        "[More than|Some|At least] {number} people have been [displaced|evacuated|reported missing] from around {city} since {date}, according to the {org}.",
        "[Shelling|Fighting|Drone strikes] near {city} [killed|wounded] at least {count} people on {weekday}, {person} {say}.",
      ],
      technology: [
        "The {org} said the {thing} [affected|exposed|reached] {number} [customers|accounts|users] in {country} and {abroad} between {month} and {date}.",
        "Regulators in {city} gave the {org} until {nextDate} to [explain|fix|report on] the {thing}, [or face|risking|under threat of] fines of up to {pct} of turnover.",
      ],
    };
    return this.fill(oneOf(this.rnd, chance(this.rnd, 0.15) ? byTopic[t] : generic));
  }

  /** A one-line subhead between paragraphs: short, no final punctuation. */
  subhead(): string {
    return this.fill(
      oneOf(this.rnd, [
        "What comes next",
        "Who decides",
        "[Reaction|Questions|Doubts] in {city}",
        "[Costs|Risks|Stakes] for {group}",
        "Pressure from {abroad}",
        "[Appeal|Vote|Review] [expected|considered|delayed]",
      ]),
    );
  }

  bullet(): string {
    return this.fill(
      oneOf(this.rnd, [
        "{thing} [could|may|will] [cost|save] {money} over {count} years",
        "{group} in {city} [say|fear|hope] [little|much|nothing] will change",
        "{org} [to|will] [review|appeal|publish] [its|the] [plans|findings|figures] by {nextDate}",
        "[First|Largest|Latest] [such|similar] [move|case|decision] since {year}",
      ]),
    );
  }

  caption(): string {
    return this.fill(
      oneOf(this.rnd, [
        "{group} [gather|wait|queue] [outside|near|in front of] the {org} in {city}, {country}, on {date}. ({outlet})",
        "{person} [speaks|arrives|leaves] [at|after] a [news conference|meeting|hearing] in {city} on {weekday}. [File photo|Photo]: {outlet}",
      ]),
    );
  }
}

// ---- layouts --------------------------------------------------------------------------------------

/**
 * Writes stories out in one layout each, as the tool that makes that layout does. A record's own
 * choices (times, page numbers) come from a random source of its own, so that writing it again
 * with another count of records changes nothing else.
 */
class Writer {
  /** The mailing list of the mail layout. */
  private readonly list: string;
  private rnd: Random;
  private total = 0;

  constructor(private readonly seed: number) {
    this.rnd = seededRandom(seed);
    this.list = `${oneOf(this.rnd, ["world", "wire", "news", "briefing"])}-desk`;
  }

  /** The text of record `index` of `total`, ending with a line end. */
  record(story: Story, layout: ToolLayout, index: number, total: number): string {
    this.rnd = seededRandom(this.seed * 31 + index);
    this.total = total;
    return `${this[layout](story, index).join("\n")}\n`;
  }

  /** The first paragraph with the dateline the layout writes (`CITY:`, `CITY (Agency) -`). */
  private withDateline(story: Story, style: "colon" | "wire" | "dash"): string[] {
    const [first, ...rest] = story.paragraphs;
    const city = story.place.city.toUpperCase();
    const opener = style === "colon" ? `${city}: ` : style === "wire" ? `${city} (${story.agency.short}) - ` : `${city} -- `;
    return [opener + first!, ...rest];
  }

  /** Sample style: the headline four times, caption, relative or absolute `Updated`, bullets, paragraphs one a line. */
  private scraper(story: Story): string[] {
    const h = story.headline;
    const updated = story.updatedMinutesAgo ? `Updated ${story.updatedMinutesAgo} min ago` : `Updated ${ukDate(story.published)}`;
    const lines = [h, "", h];
    if (story.caption) lines.push(story.caption);
    lines.push("Short Url", updated, "Follow", "", h, "", h, ...story.bullets.map((b) => `  • ${b}`), "");
    const [first, ...rest] = this.withDateline(story, "colon");
    lines.push(first!, "");
    for (const p of rest) lines.push(...(isSubhead(p) ? ["", p] : [p]));
    lines.push("");
    return lines;
  }

  /** A separator line, then `Title:`/`Date:`/`Source:`/`By:` headers, then paragraphs one a line. */
  private separators(story: Story): string[] {
    const date = oneOf(this.rnd, [rfc822(story.published, clock(this.rnd)), usDate(story.published), story.published]);
    return [
      "==========",
      `Title: ${story.headline}`,
      `Date: ${date}`,
      `Source: ${story.agency.name}`,
      `By: ${story.author}`,
      "",
      ...this.withDateline(story, "wire"),
      "",
    ];
  }

  /** Blank-line layout: headline, `By Name | date`, paragraphs between blank lines. */
  private bylines(story: Story): string[] {
    const date = story.dayFirst ? ukDate(story.published) : usDate(story.published);
    return [story.headline, `By ${story.author} | ${date}`, "", ...this.withDateline(story, "wire").flatMap((p) => [p, ""])];
  }

  /** Archive-service export: `N of M DOCUMENTS`, outlet and date lines, BYLINE/SECTION/LENGTH keys, trailer. */
  private archive(story: Story, index: number): string[] {
    const p = parts(story.published);
    const words = story.paragraphs.reduce((n, para) => n + para.split(" ").length, 0);
    const centre = (s: string) => `${" ".repeat(Math.max(0, Math.floor((78 - s.length) / 2)))}${s}`;
    return [
      centre(`${index + 1} of ${this.total} DOCUMENTS`),
      "",
      "",
      centre(story.outlet),
      "",
      centre(`${usDate(story.published)} ${WEEKDAYS[p.weekday]}`),
      "",
      story.headline,
      "",
      `BYLINE: ${story.author}`,
      "",
      `SECTION: ${story.topic.toUpperCase()}; Pg. ${randomInt(this.rnd, 2, 48)}`,
      "",
      `LENGTH: ${words} words`,
      "",
      "",
      ...this.withDateline(story, "dash").flatMap((para) => [para, ""]),
      `LOAD-DATE: ${usDate(isoDay(p.ms + randomInt(this.rnd, 1, 3) * DAY_MS))}`,
      "",
      "LANGUAGE: ENGLISH",
      "",
      "PUBLICATION-TYPE: Newspaper",
      "",
      "",
      centre(`Copyright ${p.year} ${story.outlet}`),
      centre("All Rights Reserved"),
      "",
      "",
      "",
    ];
  }

  /** Feed reader export: a banner before the first item, then `Title:`/`Link:`/`Published:`/`Author:`/`Summary:` items. */
  private feed(story: Story, index: number): string[] {
    const banner =
      index === 0
        ? [
            "Harbourlight Reader 3.2 - feed export",
            `Channel: ${story.outlet}`,
            `Exported: ${rfc822(story.published, clock(this.rnd))}`,
            `Items: ${this.total}`,
            "============================================================",
            "",
          ]
        : [];
    const slug = story.headline
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
    return [
      ...banner,
      `Title: ${story.headline}`,
      `Link: https://news.example.net/${story.topic}/${slug}-${index + 1000}`,
      `Published: ${rfc822(story.published, clock(this.rnd))}`,
      `Author: ${story.author}`,
      `Summary: ${story.paragraphs.filter((para) => !isSubhead(para)).join(" ")}`,
      "",
    ];
  }

  /** Wire copy: headline, `Agency, 4 Mar 2024 10:55 GMT`, caption, `CITY, March 4 (Agency) -` paragraphs, trailer. */
  private wire(story: Story): string[] {
    const p = parts(story.published);
    const [first, ...rest] = story.paragraphs;
    const dateline = `${story.place.city.toUpperCase()}, ${MONTHS[p.month]!.slice(0, 3)} ${p.day} (${story.agency.short}) - `;
    return [
      story.headline,
      `${story.agency.name}, ${p.day} ${MONTHS[p.month]!.slice(0, 3)} ${p.year} ${clock(this.rnd).slice(0, 5)} GMT`,
      ...(story.caption ? [story.caption] : []),
      dateline + first!,
      ...rest.filter((para) => !isSubhead(para)),
      `Reporting by ${story.author}; Editing by ${oneOf(this.rnd, GIVEN_NAMES)} ${oneOf(this.rnd, SURNAMES)}`,
      "",
    ];
  }

  /** A mailing-list archive: mbox `From ` line and mail headers, the forwarded story wrapped at 72, list footer. */
  private mail(story: Story): string[] {
    const time = clock(this.rnd);
    const address = `${story.author.toLowerCase().replace(/[^a-z]+/g, ".")}@example.org`;
    const wrapped = this.withDateline(story, "wire").flatMap((para) => [...wrap(para, 72), ""]);
    return [
      `From ${address}  ${asctime(story.published, time)}`,
      `From: ${story.author} <${address}>`,
      `To: ${this.list}@lists.example.org`,
      `Subject: [${this.list}] ${story.headline}`,
      `Date: ${rfc822(story.published, time, "+0000")}`,
      `Message-ID: <${story.published.replace(/-/g, "")}${time.replace(/:/g, "")}.${randomInt(this.rnd, 1000, 9999)}@mail.example.org>`,
      "",
      ...wrapped,
      "_______________________________________________",
      `${this.list} mailing list`,
      `${this.list}@lists.example.org`,
      "",
    ];
  }
}

/** A paragraph that is a one-line subhead. */
function isSubhead(paragraph: string): boolean {
  return paragraph.length < 60 && !/[.!?"]$/.test(paragraph);
}

/**
 * Greedy wrap at `width` columns. A line does not start with "by" (it stays with the word before):
 * the analyser reads "by Le Journal de Montreal." under a line without a final stop as a byline
 * under a headline, and the dump would hold an article the generator did not write.
 */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width && word.toLowerCase() !== "by") {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
