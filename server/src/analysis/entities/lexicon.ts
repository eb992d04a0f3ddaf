// Small hand-written word lists used by the rules around the model and by the gazetteer builder.
// General English/news vocabulary, not lists of the entities of any particular dump. Pure data.

import { GAZ_MAX_LEN, GAZ_PREFIX, lowerHash, type Gazetteer } from "./features.js";
import { tokenize } from "./tokenize.js";
import { IntMap, mix } from "./hash.js";

/** Titles, ranks and roles that precede a name and are not part of it (lower-cased). */
export const TITLE_WORDS = new Set([
  "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "dame", "lord", "lady", "madam",
  "president", "vice", "prime", "minister", "secretary", "general", "gen", "gen.", "maj", "maj.", "major",
  "major-general", "lieutenant", "lieutenant-general", "lt", "lt.", "colonel", "col", "col.", "captain", "capt",
  "capt.", "commander", "cmdr", "admiral", "adm", "adm.", "rear", "brigadier", "brigadier-general", "sergeant",
  "sgt", "sgt.", "corporal", "private", "marshal", "field", "chief", "deputy", "acting", "former", "late",
  "king", "queen", "prince", "princess", "crown", "emir", "sheikh", "sheik", "sultan", "ayatollah", "imam",
  "grand", "supreme", "leader", "pope", "cardinal", "archbishop", "bishop", "rabbi", "reverend", "rev", "rev.",
  "father", "senator", "sen", "sen.", "representative", "rep", "rep.", "congressman", "congresswoman", "governor",
  "gov", "gov.", "mayor", "ambassador", "envoy", "judge", "justice", "attorney", "chancellor", "premier",
  "spokesman", "spokeswoman", "spokesperson", "director", "chairman", "chairwoman", "chair", "ceo", "cfo",
  "founder", "coach", "manager", "striker", "midfielder", "defender", "goalkeeper", "captain", "officer",
  "foreign", "defence", "defense", "interior", "finance", "health", "state", "speaker", "mp", "mep", "minister-president",
  "commissioner", "inspector", "superintendent", "detective", "agent", "professor", "doctor", "president-elect",
  "head", "secretary-general", "undersecretary", "under-secretary", "dean", "militant", "militia", "commander-in-chief",
]);

/** Direction words that are not part of a place name unless the name is official. */
export const DIRECTION_WORDS = new Set([
  "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
  "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
  "north-east", "north-west", "south-east", "south-west", "north-eastern", "north-western", "south-eastern",
  "south-western", "upper", "lower", "greater", "occupied",
]);

/** Place names that officially begin with a direction word (lower-cased, as phrases). */
export const OFFICIAL_DIRECTION_NAMES = new Set([
  "north korea", "south korea", "south africa", "south sudan", "north macedonia", "east timor", "west bank",
  "east jerusalem", "west jerusalem", "northern ireland", "western sahara", "north carolina", "south carolina",
  "north dakota", "south dakota", "west virginia", "western australia", "south australia", "northern territory",
  "east africa", "west africa", "north africa", "southern africa", "central africa", "central african republic",
  "central america", "south america", "north america", "east asia", "south asia", "southeast asia",
  "central asia", "western europe", "eastern europe", "central europe", "northern europe", "southern europe",
  "east china sea", "south china sea", "north sea", "east midlands", "west midlands", "north yorkshire",
  "south yorkshire", "west yorkshire", "east sussex", "west sussex", "east london", "north london", "south london",
  "west london", "upper egypt", "lower saxony", "greater london", "greater manchester", "north ossetia",
  "south ossetia", "northern cape", "eastern cape", "western cape", "north island", "south island", "east end",
  "west end", "west coast", "east coast", "north caucasus", "south lebanon", "north rhine-westphalia",
  "southern california", "northern california", "south pole", "north pole", "central park", "west ham",
  "north west", "north east", "south east", "south west",
]);

/** Nationality/religion adjectives and nouns not in the country list (lower-cased). */
export const EXTRA_DEMONYMS = [
  "shiite", "shiites", "shia", "sunni", "sunnis", "muslim", "muslims", "christian", "christians", "jewish", "jew",
  "jews", "arab", "arabs", "arabic", "kurdish", "kurd", "kurds", "islamist", "islamists", "islamic", "western",
  "european", "europeans", "african", "africans", "asian", "asians", "latino", "latina", "hispanic", "druze",
  "alawite", "alawites", "catholic", "catholics", "protestant", "orthodox", "hindu", "hindus", "sikh", "buddhist",
  "zionist", "persian", "gazan", "gazans", "yazidi", "yazidis", "turkmen", "pashtun", "baloch", "berber",
  "scandinavian", "nordic", "balkan", "caribbean", "latin", "anglo", "soviet", "arabian", "middle-eastern",
  "english", "scottish", "welsh", "irish", "british", "american", "americans", "israeli", "israelis",
  "palestinian", "palestinians", "iraqi", "iraqis", "iranian", "iranians", "lebanese", "syrian", "syrians",
  "egyptian", "egyptians", "jordanian", "saudi", "saudis", "emirati", "yemeni", "yemenis", "qatari", "turkish",
  "turks", "russian", "russians", "ukrainian", "ukrainians", "chinese", "french", "german", "germans",
  "european", "indian", "indians", "pakistani", "afghan", "afghans", "democrat", "democrats", "republican",
  "republicans", "tory", "tories", "conservatives", "liberals", "socialists", "communists", "nazi", "nazis",
];

/** Regions, seas and other large places missing from country/city lists (proper case). */
export const EXTRA_REGIONS = [
  "Middle East", "Gulf", "Persian Gulf", "Arabian Peninsula", "Levant", "Balkans", "Caucasus", "Sahel",
  "Horn of Africa", "Latin America", "Scandinavia", "Siberia", "Kashmir", "Kurdistan", "Crimea", "Donbas",
  "West Bank", "Gaza Strip", "Golan Heights", "Sinai", "Red Sea", "Mediterranean", "Black Sea", "Caspian Sea",
  "Dead Sea", "Atlantic", "Pacific", "Indian Ocean", "Arctic", "Antarctica", "Europe", "Asia", "Africa",
  "Americas", "Oceania", "Patagonia", "Tibet", "Xinjiang", "Himalayas", "Alps", "Andes", "Amazon", "Nile",
  "Euphrates", "Tigris", "Jordan River", "Strait of Hormuz", "Bab el-Mandeb", "Suez Canal", "Bosphorus",
  "Silicon Valley", "Wall Street", "Midwest", "New England", "Bay Area", "Balochistan", "Punjab", "Bengal",
  "Darfur", "Tigray", "Kurdistan Region", "Galilee", "Negev", "Judea", "Samaria", "Anbar", "Idlib", "Aleppo",
];

/** Words that end organisation names (general English). */
export const ORG_HEAD_WORDS = [
  "Ministry", "Department", "Party", "Force", "Forces", "Army", "Navy", "Corps", "Brigade", "Brigades", "Battalion",
  "Division", "Regiment", "Guard", "Guards", "Command", "Council", "Committee", "Commission", "Agency", "Authority",
  "Bank", "Group", "Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "LLC", "PLC", "plc", "AG", "SA", "GmbH", "Co", "Co.",
  "Company", "Corporation", "Holdings", "Airlines", "Airways", "Motors", "Energy", "Pharmaceuticals", "Technologies",
  "University", "College", "Institute", "Academy", "School", "Association", "Federation", "Union", "League",
  "Organization", "Organisation", "Front", "Movement", "Court", "Tribunal", "Parliament", "Assembly", "Congress",
  "Senate", "Cabinet", "Office", "Bureau", "Service", "Services", "Foundation", "Fund", "Trust", "Society", "Club",
  "FC", "Network", "Times", "Post", "Journal", "News", "Press", "Television", "Radio", "Broadcasting", "Media",
  "Exchange", "Police", "Mission", "Coalition", "Alliance", "Caucus", "Secretariat", "Directorate", "Administration",
  "Hezbollah", "Brotherhood", "Taliban", "Militia", "Militias", "Unit", "Squadron", "Fleet", "Bureau",
];

/** Words that end place names (general English); CoNLL counts hospitals, airports, bridges as places. */
export const PLACE_HEAD_WORDS = [
  "City", "Strip", "Heights", "Bridge", "Hospital", "Airport", "Camp", "Sea", "Ocean", "River", "Mountains",
  "Mountain", "Mount", "Valley", "Island", "Islands", "Street", "Square", "Province", "Region", "County", "District",
  "Lake", "Gulf", "Bay", "Canal", "Peninsula", "Desert", "Coast", "Crossing", "Border", "Port", "Harbour", "Harbor",
  "Station", "Stadium", "Park", "Avenue", "Road", "Highway", "Plateau", "Basin", "Delta", "Strait", "Straits",
  "Channel", "Hills", "Forest", "Governorate", "Oblast", "Prefecture", "State", "Territory", "Territories",
  "Neighbourhood", "Neighborhood", "Quarter", "Village", "Town", "Base", "Palace", "Cathedral", "Mosque", "Church",
];

/**
 * Builds a gazetteer from category -> names. Names are tokenised like running text; the first
 * words of a longer name are marked GAZ_PREFIX, so that matching stops where no name goes on.
 */
export function buildGazetteer(lists: { mask: number; names: Iterable<string> }[]): Gazetteer {
  const gaz: Gazetteer = new IntMap(1024);
  for (const { mask, names } of lists) {
    for (const name of names) {
      const toks = tokenize(name).tokens.map((t) => t.text);
      if (toks.length === 0 || toks.length > GAZ_MAX_LEN) continue;
      // the hash of the name's first k words, as phraseHash() makes it
      let h = lowerHash(toks[0]);
      for (let k = 1; k < toks.length; k++) {
        gaz.set(h, gaz.get(h) | GAZ_PREFIX);
        h = mix(h, lowerHash(toks[k]));
      }
      gaz.set(h, gaz.get(h) | mask);
    }
  }
  return gaz;
}
