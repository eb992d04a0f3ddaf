// The names of months and weekdays, and the number words of dates ("four years ago"): one
// definition that line classification, date recognition, the entity rules and the date texts of
// hovers all read.

/** Full month names, January first. */
export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;
/** Short month names as hovers write them, January first. */
export const MONTH_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
/** Full weekday names, Sunday first (as Date.getUTCDay counts). */
export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
/** Short weekday names as hovers write them, Sunday first. */
export const WEEKDAY_SHORT = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;

/** Every spelling news uses for a month (lower case, without a final full stop) → 1-12. */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES.map((m, i) => [m.toLowerCase(), i + 1] as const),
  ...MONTH_SHORT.map((m, i) => [m.toLowerCase(), i + 1] as const),
  ["sept", 9],
]);
/** Every spelling news uses for a weekday (lower case, without a final full stop) → 0 (Sunday)-6. */
export const WEEKDAY_NUMBERS: ReadonlyMap<string, number> = new Map([
  ...WEEKDAY_NAMES.map((d, i) => [d.toLowerCase(), i] as const),
  ...WEEKDAY_SHORT.map((d, i) => [d.toLowerCase(), i] as const),
  ["tues", 2],
  ["thur", 4],
  ["thurs", 4],
]);

/**
 * Month names of the other languages news dumps carry (French, Spanish, Portuguese, Italian,
 * German, Dutch), lower case as the Romance languages write them → 1-12. English spellings they share
 * (`april`, `august`, `november`) are left to the English names.
 */
export const FOREIGN_MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  [
    ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
    ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
  ]
    .flatMap((names) => names.map((name, i) => [name, i + 1] as const))
    .filter(([name]) => !MONTH_NUMBERS.has(name)),
);
/**
 * Foreign month names that are also English words or names (`mars`, `Mai`, `mayo`): a month only
 * with a day or year beside it, or after a word of its language that introduces a month (`en mai`).
 */
export const AMBIGUOUS_FOREIGN_MONTHS: ReadonlySet<string> = new Set(["mars", "mai", "mayo", "juli", "juni", "mei"]);
/**
 * Abbreviated month names of those languages as wires write them after a day ("29 oct", "3 févr.",
 * "12 dic 2024", "5 Okt."), lower case → 1-12. The English abbreviations are among them (agencies
 * write them in lower case too).
 */
export const FOREIGN_MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map<string, number>([
  ...MONTH_SHORT.map((m, i) => [m.toLowerCase(), i + 1] as const),
  // Spanish, French, Portuguese, Italian, German
  ...([
    ["ene", 1],
    ["abr", 4],
    ["ago", 8],
    ["dic", 12],
    ["sept", 9],
    ["janv", 1],
    ["févr", 2],
    ["fév", 2],
    ["avr", 4],
    ["juil", 7],
    ["déc", 12],
  ] as const),
  ...([
    ["fev", 2],
    ["set", 9],
    ["out", 10],
    ["dez", 12],
    ["gen", 1],
    ["mag", 5],
    ["giu", 6],
    ["lug", 7],
    ["ott", 10],
    ["mär", 3],
    ["okt", 10],
    // Dutch
    ["mrt", 3],
  ] as const),
]);
/** Abbreviations that are English words too ("3 out of 5", "won 2 set", "3 may"): a month only with a year after them. */
export const AMBIGUOUS_MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(["out", "set", "may", "mag", "gen", "ago", "mar", "jan"]);

/** Rows of seven weekday names, Sunday first, as one table: name → 0 (Sunday)-6. */
function weekdayTable(rows: readonly (readonly string[])[]): ReadonlyMap<string, number> {
  return new Map(rows.flatMap((names) => names.map((name, i) => [name, i] as const)));
}

/** Weekday names of French, Spanish, Portuguese, Italian and Dutch (lower case, as they write them) → 0 (Sunday)-6. */
export const FOREIGN_WEEKDAY_NUMBERS = weekdayTable([
  ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
  ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"],
  ["domingo", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado"],
  ["domenica", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"],
  ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"],
]);
/**
 * The weekday abbreviations of those languages and of German and Dutch as tools write them before a
 * date (`lun, 8 abr 2024`, `Sa., 09.03.2024`, `seg, 12 fev 2024`, `wo 6 maart 2024`), lower case → 0
 * (Sunday)-6. Most are words too (`do`, `so`, `mar`, `sex`): a weekday only right before a date.
 * The languages never give one abbreviation two days (`mar` is Tuesday in French, Spanish and
 * Italian alike; `di`, `do` the same day in German and Dutch).
 */
export const FOREIGN_WEEKDAY_ABBREVIATIONS = weekdayTable([
  // French, Spanish, Portuguese, Italian, German, Dutch
  ["dim", "lun", "mar", "mer", "jeu", "ven", "sam"],
  ["dom", "lun", "mar", "mié", "jue", "vie", "sáb"],
  ["dom", "seg", "ter", "qua", "qui", "sex", "sáb"],
  ["dom", "lun", "mar", "mer", "gio", "ven", "sab"],
  ["so", "mo", "di", "mi", "do", "fr", "sa"],
  ["zo", "ma", "di", "wo", "do", "vr", "za"],
  // written without their accents
  ["dom", "lun", "mar", "mie", "jue", "vie", "sab"],
]);

/** German weekday names (capitalised, as German writes nouns) → 0 (Sunday)-6. */
export const GERMAN_WEEKDAY_NUMBERS = weekdayTable([["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"]]);

/** The month a word names (`March`, `mar.`, `Sept`), if any. */
export function monthNumber(word: string): number | undefined {
  return MONTH_NUMBERS.get(word.toLowerCase().replace(/\.$/, ""));
}

/** The weekday a word names (`Friday`, `fri.`), if any. */
export function weekdayNumber(word: string): number | undefined {
  return WEEKDAY_NUMBERS.get(word.toLowerCase().replace(/\.$/, ""));
}

/**
 * Whether a word names a month (in any spelling) or a weekday (in full: the abbreviations `Sun`,
 * `Sat`, `Wed` are words and names far more often than days).
 */
export function isMonthOrWeekday(word: string): boolean {
  return monthNumber(word) !== undefined || (WEEKDAY_NAMES as readonly string[]).some((d) => d.toLowerCase() === word.toLowerCase());
}

const alternatives = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).join("|");

/** Regular-expression sources (no groups, case as written): the full names, and the abbreviations. */
export const MONTH_FULL_PATTERN = alternatives(MONTH_NAMES);
export const MONTH_ABBREVIATION_PATTERN = alternatives([...MONTH_SHORT.filter((m) => m !== "May"), "Sept"]);
export const WEEKDAY_FULL_PATTERN = alternatives(WEEKDAY_NAMES);
/** Any spelling of a month, with an optional full stop (use with the `i` flag). */
export const MONTH_PATTERN = `(?:${alternatives(MONTH_NUMBERS.keys())})\\.?`;
/** Any spelling of a weekday, with an optional full stop (use with the `i` flag). */
export const WEEKDAY_PATTERN = `(?:${alternatives(WEEKDAY_NUMBERS.keys())})\\.?`;

/** Regular-expression sources (no groups; use with the `i` flag) of the foreign month and weekday names above. */
export const FOREIGN_MONTH_PATTERN = alternatives(FOREIGN_MONTH_NUMBERS.keys());
export const FOREIGN_MONTH_ABBREVIATION_PATTERN = alternatives(FOREIGN_MONTH_ABBREVIATIONS.keys());
export const FOREIGN_WEEKDAY_PATTERN = alternatives([...FOREIGN_WEEKDAY_NUMBERS.keys(), ...GERMAN_WEEKDAY_NUMBERS.keys()]);
export const FOREIGN_WEEKDAY_ABBREVIATION_PATTERN = alternatives(FOREIGN_WEEKDAY_ABBREVIATIONS.keys());

/** Number words of counts in dates (`four years ago`, `a year ago`). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ["a", 1],
  ["an", 1],
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
  ["thirteen", 13],
  ["fourteen", 14],
  ["fifteen", 15],
  ["sixteen", 16],
  ["seventeen", 17],
  ["eighteen", 18],
  ["nineteen", 19],
  ["twenty", 20],
  ["thirty", 30],
  ["forty", 40],
  ["fifty", 50],
]);

/**
 * How a holiday's day is found in a year: a fixed month-day, the n-th weekday of a month (n < 0
 * counts from the month's end), or days from Western Easter Sunday.
 */
export type HolidayRule = { fixed: [month: number, day: number] } | { nth: number; weekday: number; month: number; plusDays?: number } | { easter: number };

/**
 * Holidays news names as days, by their spellings (a regular-expression source, case as written;
 * a longer name before a shorter one it begins with):
 * only those whose day is the same wherever the story is told (no "Independence Day", "Labour Day"
 * or "Mother's Day", which differ by country), and Thanksgiving and its shopping days and the two
 * federal Mondays as the United States keeps them.
 */
export const HOLIDAYS: readonly (readonly [pattern: string, rule: HolidayRule])[] = [
  ["Christmas Eve", { fixed: [12, 24] }],
  ["Christmas(?: Day)?", { fixed: [12, 25] }],
  ["Boxing Day", { fixed: [12, 26] }],
  ["New Year['’]s Eve|Hogmanay", { fixed: [12, 31] }],
  ["New Year['’]s Day", { fixed: [1, 1] }],
  ["Epiphany", { fixed: [1, 6] }],
  ["Valentine['’]s Day", { fixed: [2, 14] }],
  ["(?:International )?Women['’]s Day", { fixed: [3, 8] }],
  ["St\\.? Patrick['’]s Day|Saint Patrick['’]s Day", { fixed: [3, 17] }],
  ["May Day", { fixed: [5, 1] }],
  ["Bastille Day", { fixed: [7, 14] }],
  ["Halloween", { fixed: [10, 31] }],
  ["All Saints['’] Day", { fixed: [11, 1] }],
  ["Guy Fawkes Night|Bonfire Night", { fixed: [11, 5] }],
  ["Armistice Day|Remembrance Day|Veterans Day", { fixed: [11, 11] }],
  ["Ash Wednesday", { easter: -46 }],
  ["Palm Sunday", { easter: -7 }],
  ["Maundy Thursday", { easter: -3 }],
  ["Good Friday", { easter: -2 }],
  ["Easter Monday", { easter: 1 }],
  ["Easter(?: Sunday)?", { easter: 0 }],
  ["Ascension Day", { easter: 39 }],
  ["Pentecost|Whit Sunday", { easter: 49 }],
  ["Martin Luther King(?: Jr\\.?)? Day", { nth: 3, weekday: 1, month: 1 }],
  ["Presidents['’]? Day", { nth: 3, weekday: 1, month: 2 }],
  ["Memorial Day", { nth: -1, weekday: 1, month: 5 }],
  ["Labor Day", { nth: 1, weekday: 1, month: 9 }],
  ["Thanksgiving(?: Day)?", { nth: 4, weekday: 4, month: 11 }],
  ["Black Friday", { nth: 4, weekday: 4, month: 11, plusDays: 1 }],
  ["Cyber Monday", { nth: 4, weekday: 4, month: 11, plusDays: 4 }],
];

/** Seasons by their names, with TimeML's token and the month each begins in (winter: the December it begins in). */
export const SEASONS: ReadonlyMap<string, { token: "SP" | "SU" | "FA" | "WI"; firstMonth: number }> = new Map([
  ["spring", { token: "SP", firstMonth: 3 }],
  ["summer", { token: "SU", firstMonth: 6 }],
  ["autumn", { token: "FA", firstMonth: 9 }],
  ["fall", { token: "FA", firstMonth: 9 }],
  ["winter", { token: "WI", firstMonth: 12 }],
]);

/** Parts of the day by their names, with TimeML's token (`Tuesday night` → `…TNI`). */
export const PARTS_OF_DAY: ReadonlyMap<string, "MO" | "AF" | "EV" | "NI"> = new Map([
  ["morning", "MO"],
  ["afternoon", "AF"],
  ["evening", "EV"],
  ["night", "NI"],
]);

/** Ordinal words of quarters, halves and centuries (`the first quarter`, `the nineteenth century`). */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ["first", 1],
  ["second", 2],
  ["third", 3],
  ["fourth", 4],
  ["fifth", 5],
  ["sixth", 6],
  ["seventh", 7],
  ["eighth", 8],
  ["ninth", 9],
  ["tenth", 10],
  ["eleventh", 11],
  ["twelfth", 12],
  ["thirteenth", 13],
  ["fourteenth", 14],
  ["fifteenth", 15],
  ["sixteenth", 16],
  ["seventeenth", 17],
  ["eighteenth", 18],
  ["nineteenth", 19],
  ["twentieth", 20],
  ["twenty-first", 21],
]);

/** The number an ordinal names, in words or figures (`third`, `3rd`, `21st`), if any. */
export function ordinalNumber(word: string): number | undefined {
  const l = word.toLowerCase();
  const figures = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(l);
  return figures ? Number(figures[1]) : ORDINAL_WORDS.get(l);
}

/**
 * Countries whose outlets write numeric dates day first (most of the world but the United States),
 * by name and by web domain: the guidelines read `6/3/2024` from `ABC News (Australia)` as 6 March.
 */
const DAY_FIRST_COUNTRIES: ReadonlySet<string> = new Set(
  `australia, new zealand, uk, britain, england, scotland, wales, ireland, india, pakistan, bangladesh, south africa, nigeria,
  kenya, ghana, singapore, malaysia, hong kong, france, germany, spain, italy, portugal, netherlands, belgium, brazil,
  argentina, mexico, chile, colombia, peru, turkey, israel, egypt, russia, ukraine, poland`.split(/,\s*/),
);
const DAY_FIRST_DOMAIN = /\.(?:au|uk|nz|ie|in|pk|bd|za|ng|ke|gh|sg|my|fr|de|es|it|pt|nl|be|br|ar|mx|cl|co|pe|tr|il|eg|ru|ua|pl)\b/i;

/** Whether a date line names an outlet's country (`ABC News (Australia)`) or domain (`abc.net.au`) that writes the day first. */
export function namesDayFirstCountry(line: string): boolean {
  const country = /\(([\p{L} ]{2,30})\)/u.exec(line)?.[1]?.toLowerCase();
  return (country !== undefined && DAY_FIRST_COUNTRIES.has(country)) || DAY_FIRST_DOMAIN.test(line);
}
