// The words of a record's metadata and of the labels that open a paragraph: header keys (`Title:`,
// `Date:`, `Source:` …) and the words before a colon that are not a dateline's place (`Note:`,
// `Analysis:`, `Photo:`). Line classification, article structure and the entity rules read them.

// Keys are compared in a normal form: lower case, `_` and `-` as spaces, spaces collapsed
// (`LOAD-DATE` → `load date`, `pubDate` → `pubdate`).

/** Keys whose value is the headline. */
export const TITLE_KEYS = ["title", "headline", "heading", "subject", "hed", "head"] as const;

/** Keys whose value is the day of publication. */
export const DATE_KEYS = [
  "date",
  "published",
  "publication date",
  "pubdate",
  "pub date",
  "posted",
  "updated",
  "date published",
  "published at",
  "posted at",
  "issued",
  "dateline date",
  "first published",
  "created",
  "aired",
  "air date",
  "broadcast",
  "reported",
] as const;

/** Keys whose value is a date that is not the publication's: when the record was loaded, saved or exported. */
export const ACQUISITION_KEYS = [
  "load date",
  "loaddate",
  "retrieved",
  "retrieved at",
  "saved",
  "saved at",
  "saved on",
  "scraped",
  "scraped at",
  "scraped on",
  "exported",
  "exported at",
  "exported on",
  "downloaded",
  "fetched",
  "fetched at",
  "crawled",
  "crawled at",
  "accessed",
  // BibTeX's access date
  "urldate",
  "captured",
  "archived",
  "date and time",
  "generated",
  // a reader app's last sync with its feeds, an import's time
  "synced",
  "synced at",
  "synced on",
  "last synced",
  "last sync",
  "imported",
  "imported at",
  "collected",
  "collected at",
] as const;

/** First words of keys that say when a record was indexed, loaded or saved (`Indexed`, `Index date`, `Ingested at`). */
const ACQUISITION_WORDS: ReadonlySet<string> = new Set([
  // an export's own stamp in German, Spanish, French and the Nordic languages (`erstellt am 09.09.2025 11:20`, `Exporterad: 2026-12-02 09:14`)
  "erstellt",
  "clipped",
  "exporterad",
  "exporterat",
  "eksportert",
  "eksporteret",
  "sparad",
  "lagret",
  "gemt",
  "tallennettu",
  "viety",
  "geëxporteerd",
  "opgeslagen",
  "esportato",
  "salvato",
  "wyeksportowano",
  "zapisano",
  "exportiert",
  "gespeichert",
  "abgerufen",
  "guardado",
  "exportado",
  "generado",
  "exporté",
  "généré",
  "enregistré",
  "retrieved",
  "saved",
  "scraped",
  "exported",
  "downloaded",
  "fetched",
  "crawled",
  "accessed",
  "captured",
  "archived",
  "generated",
  "indexed",
  "index",
  "ingested",
  "harvested",
  "snapshot",
  "collected",
  "added",
  "imported",
  "loaded",
  "load",
  "modified",
  // an e-reader's clipping, added to the device (`Added on …`, `Hinzugefügt am …`, `Ajouté le …`)
  "hinzugefügt",
  "ajouté",
  "añadido",
  "aggiunto",
  "toegevoegd",
  "adicionado",
  // a broadcast capture's banner (`vbi2txt capture · recorded 2024-03-25 18:02 UTC`)
  "recorded",
  // a crawler's run banner (`newscrawl 2.3.1 run=7f3a started 2024-03-04T12:00:00Z`)
  "started",
]);

/** Whether a stamp line says acquisition (`rec 000412 · crawled 06.02.2024`, `saved 03/04/2021`): a word of it before the date. */
export function saysAcquisition(text: string): boolean {
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) if (ACQUISITION_WORDS.has(word)) return true;
  return false;
}

/** A key whose value says when the record was acquired, not published: the known ones, and phrases that open with such a word. */
export function isAcquisitionKey(key: string): boolean {
  return ACQUISITION_KEY_SET.has(key) || ACQUISITION_WORDS.has(key.split(" ")[0]!);
}
const ACQUISITION_KEY_SET: ReadonlySet<string> = new Set(ACQUISITION_KEYS);

/** Keys of an export's banner, about the export rather than a record (`Channel:`, `Items: 12`, `Search terms:`). */
const BANNER_KEYS: ReadonlySet<string> = new Set([
  "channel",
  "channel link",
  "channel title",
  "feed",
  "list",
  "list id",
  "items",
  "entries",
  "results",
  "documents",
  "search",
  "search terms",
  "query",
  "sort",
  "range",
  "account",
]);

export function isBannerKey(key: string): boolean {
  return BANNER_KEYS.has(key);
}

/** A key whose value is the day of publication: the known ones, phrases that end with `date` (`Issue date`, `Release date`) or open with `published` (`published_ts`), unless they say acquisition. */
export function isDateKey(key: string): boolean {
  if (isAcquisitionKey(key)) return false;
  return (
    DATE_KEY_SET.has(key) ||
    /(?:^| )(?:date|dated)$/.test(key) ||
    /^(?:published|pubdate|posted|issued|released|pub)(?: |$)/.test(key) ||
    /^date of (?:issue|publication|release|posting)$/.test(key) ||
    // an embargo's end is when the item may be published: `EMBARGOED UNTIL:`, `Embargo lifts:`, `Under embargo until:`
    /^(?:under )?embargo(?:ed)?(?: (?:until|till|to|lifts|ends|expires))?$/.test(key)
  );
}
const DATE_KEY_SET: ReadonlySet<string> = new Set(DATE_KEYS);

/** Keys whose value is the story's text itself (`body<TAB>MUMBAI: …`, `TX   SANTIAGO - …`): a field of the record, but no boilerplate. */
const BODY_KEYS: ReadonlySet<string> = new Set(["body", "text", "content", "lead"]);

export function isBodyKey(key: string): boolean {
  return BODY_KEYS.has(key);
}

/** Keys that close a record (after its body) in archive exports. */
export const TRAILER_KEYS = [
  "load date",
  "loaddate",
  "language",
  "publication type",
  "document type",
  "copyright",
  "graphic",
  "notes",
  "classification",
  "subject terms",
  "doc id",
] as const;

/** A mail's header keys that address and route it, whose values name no one the story is about. */
export const MAIL_ADDRESSING_KEYS = ["to", "cc", "reply to", "in reply to", "references", "return path", "content type", "mime version", "list id"] as const;

/** Every metadata key of the header layouts: the title, date and acquisition keys and the rest. */
export const METADATA_KEYS = [
  ...TITLE_KEYS,
  ...DATE_KEYS,
  ...ACQUISITION_KEYS,
  ...TRAILER_KEYS,
  "source",
  "publisher",
  "publication",
  "outlet",
  "newspaper",
  "by",
  "byline",
  "author",
  "authors",
  "writer",
  "url",
  "link",
  "guid",
  "permalink",
  "canonical",
  "section",
  "desk",
  "category",
  "categories",
  "tags",
  "tag",
  "keywords",
  "topics",
  "language",
  "lang",
  "id",
  "item id",
  "dateline",
  "location",
  "summary",
  "description",
  "teaser",
  "abstract",
  "length",
  "word count",
  "words",
  "edition",
  "page",
  "pg",
  "body",
  "text",
  "content",
  "from",
  ...MAIL_ADDRESSING_KEYS,
  "message id",
  "list",
  "channel",
  "channel link",
  "feed",
  "layout",
  "type",
  "rights",
  "credit",
  "caption",
  "eds",
  "lead",
  "time",
  "source code",
  "document id",
  "companies",
  "industries",
  "subjects",
  "regions",
  "descriptors",
  "codes",
] as const;

/** A key in the normal form the lists above use. */
export function normalKey(key: string): string {
  const trimmed = key.trim();
  // An archive service's two- or three-letter field codes (`HD`, `PD`, `SN`), in capitals.
  const code = ARCHIVE_CODES.get(trimmed);
  if (code) return code;
  // A namespaced or dotted key (`entry.title`, `item.pubDate`) is its last part, but a name's or a
  // value's part stands for the whole (a news API's `source.name`, `author.name`: the source, the author).
  const parts = trimmed.split(".");
  const last = parts.length > 1 && NAMING_PARTS.has(parts.at(-1)!.toLowerCase()) ? parts.at(-2)! : parts.at(-1)!;
  const lower = last.toLowerCase().replace(/[_-]+/g, " ").replace(/\s+/g, " ");
  // a key run together in capitals, as an API's schema printed in upper case writes it (`PUBLISHEDAT`, `URLTOIMAGE`)
  const spelled = RUN_TOGETHER_KEYS.get(lower) ?? lower;
  // camelCase keys (`publishedAt`, `sourceName`) are words, unless the run-together form is a key already (`pubDate`)
  if (/\p{Ll}\p{Lu}/u.test(last) && !KNOWN_KEY_SET.has(spelled)) {
    const words = last
      .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
      .toLowerCase()
      .replace(/[_-]+/g, " ")
      .replace(/\s+/g, " ");
    return FOREIGN_KEYS.get(words) ?? words;
  }
  // an archive's or a feed's abbreviation of the publication date (`PDATE`, `PUBDT`, `P-DATE`, `PUBL DATE`) is the known key
  if (PUBLICATION_DATE_ABBREVIATION.test(spelled)) return "pubdate";
  // A clipping service in another language: its keys are the English ones (`Titel`, `Datum`, `Quelle`).
  return FOREIGN_KEYS.get(spelled) ?? spelled;
}

const KNOWN_KEY_SET: ReadonlySet<string> = new Set(METADATA_KEYS);
const PUBLICATION_DATE_ABBREVIATION = /^(?:p|pub|publ|publn) ?(?:date|dt)$/;
/** The last parts of dotted keys that name what the part before them is: `source.name`, `author.value`. */
const NAMING_PARTS: ReadonlySet<string> = new Set(["name", "value", "text", "displayname"]);
/** The known keys of two words or more, run together (`publishedat` → `published at`, `urltoimage` → `url to image`). */
const RUN_TOGETHER_KEYS: ReadonlyMap<string, string> = new Map(METADATA_KEYS.filter((key) => key.includes(" ")).map((key) => [key.replace(/ /g, ""), key]));

/** The keys of records in the languages of European clipping services and exporters, and the English keys they are. */
const FOREIGN_KEYS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    title:
      "titel, titre, título, titulo, titolo, überschrift, schlagzeile, titular, titulares, manchete, kop, rubriek, " +
      "overskrift, tittel, otsikko, tytuł, nagłówek",
    // a mail's subject as mail clients set up in those languages write it
    subject: "asunto, betreff, sujet, objet, oggetto, assunto, onderwerp, ämne, emne, aihe, temat",
    date:
      "datum, fecha, date de publication, publicationsdatum, erscheinungsdatum, date de parution, fecha de publicación, " +
      "data de publicação, data di pubblicazione, publicatiedatum, datum van publicatie, data, dato, päivämäärä, päiväys, " +
      "publiceringsdatum, publiseringsdato, publiceringsdato, udgivelsesdato, julkaisupäivä, data publikacji",
    published:
      "veröffentlicht, veröffentlicht am, erschienen, erschienen am, publicado, publicado el, publicado em, publié, publié le, " +
      "pubblicato, pubblicato il, gepubliceerd, gepubliceerd op, publicerad, publicerat, publiceret, publisert, publicert, " +
      "julkaistu, opublikowano, opublikowany",
    source: "quelle, fuente, fonte, bron, källa, kilde, lähde, źródło",
    author: "autor, auteur, autore, autorin, verfasser, författare, forfatter, skribent, kirjoittaja, tekijä",
    section: "rubrik, rubrique, sección, seccion, sezione, ressort, avsnitt, sektion, seksjon, osasto, sekcja, dział, secção, seção",
    body: "volltext, texto, texte, testo, inhalt, brödtext, brødtekst, leipäteksti, teksti, tekst, treść, corpo",
    keywords:
      "schlagwörter, schlagworte, stichwörter, mots clés, palabras clave, nyckelord, stikkord, nøgleord, avainsanat, trefwoorden, " +
      "słowa kluczowe, palavras chave, parole chiave",
    language: "sprache, idioma, langue, lingua, språk, sprog, kieli, język, taal, língua",
    length: "länge, umfang, longitud, ord, antal ord, antall ord, sanamäärä, sanat, woorden, aantal woorden, słowa, liczba słów, palavras",
    page: "seite, página, pagina, sida, side, sivu, strona",
    "doc id": "dokument id, documento id",
  }).flatMap(([english, foreign]) => foreign.split(", ").map((key): [string, string] => [key, english])),
);

/**
 * The key a field's value says it is, where languages split a key's meaning: `Rubrik:` is the headline in
 * Swedish and Danish, the section in German; Dutch `Rubriek:` is a section, and some exports title with it.
 * A headline is a phrase of several words; a section is a word or two, or a path of them (`Sport / Ishockey`, `Politik > Inland`).
 */
export function keyOfValue(name: string, rawKey: string, value: string): string {
  if (!SPLIT_KEYS.has(rawKey.toLowerCase())) return name;
  return !/[/>|›»]/.test(value) && (value.match(/\p{L}+/gu)?.length ?? 0) >= 4 ? "title" : "section";
}
const SPLIT_KEYS: ReadonlySet<string> = new Set(["rubrik", "rubriek"]);

/**
 * The field codes of archive-service exports and the keys they stand for: Factiva's style (`HD`,
 * `SN`, `LP`, `TD`) and the bibliographic databases' (`TI` title, `SO` source, `AU` author, `AB`
 * abstract, `TX` full text, `DE` descriptors), whose value follows after spaces or a tab.
 */
export const ARCHIVE_CODES: ReadonlyMap<string, string> = new Map([
  ["HD", "headline"],
  ["TI", "title"],
  ["SO", "source"],
  ["AU", "author"],
  ["AB", "abstract"],
  ["TX", "text"],
  ["DE", "descriptors"],
  ["SU", "subjects"],
  ["PD", "published"],
  ["SN", "source"],
  ["SC", "source code"],
  ["BY", "byline"],
  ["WC", "length"],
  ["LA", "language"],
  ["CY", "copyright"],
  ["AN", "document id"],
  ["ED", "edition"],
  ["PG", "page"],
  ["ET", "time"],
  ["CO", "companies"],
  ["IN", "industries"],
  ["NS", "subjects"],
  ["RE", "regions"],
  ["IPD", "descriptors"],
  ["IPC", "codes"],
  ["PUB", "publisher"],
  ["ART", "caption"],
  ["CR", "credit"],
  ["LP", "lead"],
  ["TD", "text"],
  // another service's three-letter codes, written in brackets (`[TTL] Storm hits coast`, `[PDT] 03.11.2026`)
  ["TTL", "headline"],
  ["AUT", "byline"],
  ["PDT", "published"],
  ["RID", "document id"],
  ["TXT", "text"],
  ["CPR", "copyright"],
  ["WCT", "length"],
  ["SRC", "source"],
  // other services' codes for the same fields (`HL: Storm hits coast`, `DT: 17.11.2026`, `RF: CLDG-0042`)
  ["HL", "headline"],
  ["HED", "headline"],
  ["DT", "date"],
  ["RF", "document id"],
  ["REF", "document id"],
  ["UR", "url"],
  ["SE", "section"],
  ["KW", "keywords"],
  ["BD", "text"],
  ["LG", "language"],
]);

/**
 * The tags of citation managers' tagged exports and the keys they stand for: RIS (`TI  - Title`,
 * `DA  - 2024/03/06`, `Y2  - ` the access date) and EndNote's refer format (`%T Title`, `%8 date`).
 * A year alone (`PY`, `%D`) is no day of publication; the record's end (`ER  - `) closes it as a
 * trailer does.
 */
export const CITATION_TAGS: ReadonlyMap<string, string> = new Map([
  ["TY", "type"],
  ["TI", "title"],
  ["T1", "title"],
  ["CT", "title"],
  ["AU", "author"],
  ["A1", "author"],
  ["A2", "author"],
  ["A3", "author"],
  ["JO", "publication"],
  ["JF", "publication"],
  ["JA", "publication"],
  ["J2", "publication"],
  ["T2", "publication"],
  ["PB", "publisher"],
  ["CY", "location"],
  ["PY", "year"],
  ["Y1", "date"],
  ["DA", "date"],
  ["Y2", "accessed"],
  ["SP", "page"],
  ["KW", "keywords"],
  ["AB", "abstract"],
  ["N2", "abstract"],
  ["N1", "notes"],
  ["UR", "url"],
  ["LA", "language"],
  ["ET", "edition"],
  ["DO", "doi"],
  ["SN", "issn"],
  ["VL", "volume"],
  ["IS", "issue"],
  ["AN", "accession number"],
  ["DB", "database"],
  ["%0", "type"],
  ["%T", "title"],
  ["%A", "author"],
  ["%E", "author"],
  ["%J", "publication"],
  ["%B", "publication"],
  ["%I", "publisher"],
  ["%C", "location"],
  ["%D", "year"],
  ["%8", "date"],
  ["%K", "keywords"],
  ["%X", "abstract"],
  ["%Z", "notes"],
  ["%U", "url"],
  ["%P", "page"],
  ["%7", "edition"],
  ["%G", "language"],
  ["%R", "doi"],
  ["%V", "volume"],
  ["%N", "issue"],
]);

/** Words (lower case) of labels that open a line before a colon or a dash (`BREAKING NEWS:`, `Photo:`): a phrase with one of them is no place. */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  "title",
  "headline",
  "heading",
  "date",
  "published",
  "publication date",
  "posted",
  "updated",
  "source",
  "publisher",
  "by",
  "byline",
  "author",
  "authors",
  "url",
  "link",
  "section",
  "category",
  "categories",
  "tags",
  "keywords",
  "language",
  "id",
  "dateline",
  "location",
  "summary",
  "description",
  "note",
  "editor",
  "editor's",
  "nb",
  "ps",
  "update",
  "warning",
  "photo",
  "image",
  "caption",
  "video",
  "audio",
  "watch",
  "listen",
  "read",
  "related",
  "analysis",
  "opinion",
  "comment",
  "correction",
  "corrected",
  "exclusive",
  "breaking",
  "live",
  "factbox",
  "explainer",
  "review",
  "interview",
  "q&a",
  "background",
  "context",
  "tl;dr",
  "tldr",
  "disclaimer",
  "quote",
  "question",
  "answer",
  "topics",
  "sport",
  "sports",
  "business",
  "politics",
  "world",
  "news",
  "result",
  "results",
  "score",
  "final",
  "highlights",
  "timeline",
  "key",
  "facts",
  "more",
  "share",
  "follow",
  "subscribe",
  "email",
  "tel",
  "phone",
  "fax",
  "why",
  "what",
  "how",
  "who",
  "when",
  "where",
  "he",
  "she",
  "they",
  "it",
  "we",
  "i",
  "you",
  "and",
  "but",
  "so",
  "also",
]);

/** Words of picture credits and captions (`FILE PHOTO`, `Image Credit`, `Getty Images`): a phrase with one of them is no place. */
export const PICTURE_WORDS: ReadonlySet<string> = new Set([
  "photo",
  "photos",
  "photograph",
  "image",
  "images",
  "picture",
  "pictures",
  "pic",
  "credit",
  "credits",
  "caption",
  "file",
  "graphic",
  "illustration",
  "video",
  "getty",
  "shutterstock",
]);

/** Whole phrases (lower case) that open a paragraph before a colon and are no place: the label words, and openers such as `The`, `First`, `In short`. */
export const NOT_A_DATELINE: ReadonlySet<string> = new Set([
  ...LABEL_WORDS,
  "editor's note",
  "editor’s note",
  "photos",
  "read more",
  "clarification",
  "q",
  "a",
  "sources",
  "transcript",
  "step",
  "tip",
  "example",
  "key points",
  "in short",
  "bottom line",
  "this",
  "that",
  "there",
  "here",
  "the",
  "meanwhile",
  "however",
  "first",
  "second",
  "third",
  "finally",
]);
