// The words that tell what a name is, from the name's own shape or from the words news writing puts
// around it: the head of a street, a square, a building or a river in the languages news quotes
// them in; the heads of awards, tournaments, wars and laws (CoNLL MISC: none of the three types);
// the nouns that stand in apposition before or after a name ("carmaker Xpeng", "the ruling Morena
// party"); the nouns of a company or a club after its name ("Boeing shares", "Lille coach"); the
// keys whose value is an outlet. General vocabulary of the language and of news, no list of any
// dump's names. The entity rules (entities/rules.ts, entities/shapes.ts, entities/cues.ts) read it.

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/**
 * Lower-case nouns that name a kind of organisation and stand right before a name in apposition
 * ("carmaker Xpeng", "the consultancy Data Cívica", "his club Marseille") or after it ("the INDIA
 * alliance", "the ruling Morena party"). Words that also name people ("investor", "developer")
 * are left out; so are those that name a national team ("team", "side").
 */
export const ORG_DESCRIPTORS = words(`
  company firm corporation conglomerate group holding giant startup start-up business brand chain
  carmaker automaker chipmaker drugmaker planemaker steelmaker toymaker shipbuilder manufacturer supplier
  retailer supermarket grocer bookseller distributor wholesaler airline carrier operator utility insurer
  lender bank brokerage exchange bourse fund miner refiner publisher broadcaster newspaper tabloid daily
  magazine weekly agency outlet network channel streamer studio label app platform website portal
  regulator watchdog ministry department council commission committee authority parliament legislature
  party alliance coalition movement militia faction union federation association confederation league
  club charity foundation think-tank consultancy institute university college academy
`);

/**
 * Lower-case nouns that name a kind of place: after a name ("Aichi prefecture", "the Nysa river") or
 * before `of` ("the town of Klodzko"). Left out: those a person's name stands before as often
 * ("the Trump camp", "a Biden state visit", "the border").
 */
export const PLACE_DESCRIPTORS = words(`
  city town village hamlet capital suburb neighbourhood neighborhood district borough municipality
  province prefecture region county governorate oblast canton territory enclave
  island islands peninsula river lake sea bay gulf strait coast valley desert mountain mountains volcano
`);
/** Lower-case nouns of facilities: after a person's name they make it the facility's ("the Alberto Pasqualini refinery"); after an organisation's, its owner's ("an UNRWA facility"). */
export const FACILITY_NOUNS = words("port harbour harbor airport airfield refinery facility crossing terminal base mine dam");
/**
 * Lower-case nouns of the sites that mines, oil, gas and steam are got from: the name before them is
 * the site's, a place ("the Kamoa mine", "Olkaria wells", "the Zohr gasfield"), not the owner's,
 * unless the name is a known organisation's or follows `a`/`an` ("a Glencore mine").
 */
export const SITE_NOUNS = words(`
  mine mines field fields oilfield oilfields gasfield gasfields wells deposit deposits concession
  concessions site sites basin prospect
`);

/**
 * Lower-case nouns of things that are none of the three types: products, vehicles, spacecraft and
 * drugs ("the Starliner capsule", "the R21 vaccine"). A name before one of them is such a thing,
 * unless it is a place that modifies it or the maker's ("a SpaceX capsule").
 */
export const THING_NOUNS = words(`
  rocket capsule spacecraft rover lander probe satellite telescope booster
  drug vaccine jab pill treatment
  smartphone phone handset console laptop chip chips processor software
  hatchback sedan saloon pickup truck
`);
/** Lower-case nouns of awards and ceremonies: a name before them is the award's (`18 Emmy awards`, `the fifth Palme d'Or winner`). */
export const AWARD_NOUNS = words("award awards prize prizes trophy medal nomination nominations winner winners laureate ceremony");

/** Nouns after a name that make it a company ("Boeing shares", "Rivian founder RJ Scaringe", "Vodafone chief executive"). */
export const COMPANY_NOUNS = words(`
  shares share stock stocks shareholders investors bonds deliveries sales revenue revenues profit profits
  earnings customers subscribers employees workers staff dealers plants factories factory stores outlets
  headquarters founder co-founder ceo cfo chairman chairwoman board unit subsidiary boss
`);

/**
 * Words of a sports report. An article with two of them or more (a score counts as one) may name
 * clubs by their towns (`Braga`, `Kano`); elsewhere a town the tagger took for an organisation is
 * the town.
 */
export const SPORT_REPORT_WORDS = words(`
  coach coaches league leagues club clubs match matches goal goals scored striker midfielder defender goalkeeper
  squad fixture fixtures derby stadium relegation relegated tournament innings wicket wickets cricket football
  soccer rugby basketball playoff playoffs semi-final quarter-final kick-off half-time penalty penalties season
  beat beating unbeaten drew
`);

/** Nouns after a town's name that make it its club ("Lille coach Paulo Fonseca", "Barcelona fans"); a country before them is its national team, a location. */
export const CLUB_NOUNS = words(`
  coach manager striker forward midfielder defender goalkeeper keeper winger captain player players squad
  fans supporters teammate teammates academy boss
`);

/** What a post is made in or on: "wrote on X", "a message on Instagram". */
export const POSTING_VERBS = words("wrote posted tweeted shared announced celebrated commented replied said");
export const POSTING_NOUNS = words("post posts message messages video videos statement account page channel livestream thread");

/** People's roles before `at` + an organisation: "an economist at Capital Economics", "analysts at Bernstein". */
export const ROLES_AT = words(`
  analyst analysts economist economists strategist strategists researcher researchers scientist scientists
  professor professors lecturer fellow director manager managers executive executives official officials
  trader traders partner engineer engineers lawyer lawyers spokesperson spokesman spokeswoman consultant
  banker bankers head chief
`);

/**
 * Nationality and people's words the gazetteer's demonyms lack (its countries' package writes
 * `Filipino`, `Kazakhstani`, `Ecuadorean`): names of nothing, as the guidelines say of nationality words.
 */
export const NATIONALITY_WORDS = words(`
  Philippine Kazakh Uzbek Tajik Kyrgyz Ecuadorian Argentinian Bosnian Botswanan Djiboutian Icelandic Korean
  Kosovan Luxembourgish Maldivian Nepali Slovenian Surinamese Catalan Basque Flemish Bavarian Tibetan Uyghur
  Uighur Rohingya Tamil Sindhi Punjabi Yoruba Igbo Hausa Zulu Xhosa Maori Māori Papuan
`);

/** Last words of the names of administrative areas, which no organisation's or person's name ends with. */
export const ADMINISTRATIVE_AREAS = words("Region Province Prefecture Governorate Oblast Parish");
/** Last words of the names of lands and administrative areas, which no organisation's name ends with. */
export const AREA_HEADS: ReadonlySet<string> = new Set([...ADMINISTRATIVE_AREAS, ...words("Hills Mountains Valley Plateau Plains Park Garden Gardens")]);

/** The last words of a newsroom's desks, which sign date lines and bylines (`National Desk — Tuesday, 20 January 2026`): no name. */
export const DESK_WORDS = words("Desk Newsroom Newsdesk");
/** Capitalised titles and groups that name an office or a body in the possessive: `Prosecutor's Office`, `People's Party`. */
export const OFFICE_HOLDERS = words(`
  Prosecutor Minister General Governor President Mayor Auditor Ombudsman Registrar Commissioner People Workers
  Women Children Farmers Nurses Teachers Veterans Consumers Citizens
`);

/** Lower-case particles inside place names in the languages news quotes them in (`Dar es Salaam`, `Santa Cruz de la Sierra`, `Rio Grande do Norte`). */
export const PLACE_PARTICLES = words("de del do da dos das es di della la las los");

/** Roles that work for an organisation named after `of`: `an analyst of Bernstein`, `director of Uplift`, `Analyst Rohan Mehta of Bernstein`. */
export const EMPLOYEE_ROLES = words(`
  analyst analysts economist economists strategist strategists consultant consultants banker bankers trader
  traders researcher researchers director spokesperson spokesman spokeswoman
`);

/** Lower-case compound endings of street, square and bridge names, in the languages news quotes them in (`Alexanderplatz`, `Praterstraße`, `Oberbaumbrücke`). */
export const PLACE_SUFFIXES = [
  "straße",
  "strasse",
  "platz",
  "allee",
  "gasse",
  "damm",
  "ufer",
  "brücke",
  "markt",
  "chaussee",
  "bahnhof",
  "kirche",
  "straat",
  "plein",
  "gracht",
  "gatan",
  "torget",
] as const;

/** Capitalised last words of place names: streets, squares, buildings, public places, waters and landforms (`Leipziger Straße`, `Tower Bridge`, `Jezero Crater`). */
export const PLACE_HEADS = words(`
  Street Road Way Avenue Boulevard Lane Square Plaza Straße Strasse Allee Platz Gasse Vía Via Tor
  Bridge Tower Towers Building Gate Wall Palace Castle Fort Cathedral Abbey Basilica Church Chapel Mosque
  Synagogue Temple Shrine Museum Gallery Theatre Theater Opera Arena Stadium Stadion Velodrome Station
  Terminal Airport Airfield Airbase Port Harbour Harbor Docks Wharf Pier Quay Canal Tunnel Dam Reservoir
  Crossing Checkpoint Interchange Junction Prison Jail Hospital Infirmary Monument Memorial Mausoleum
  Crater Mountains Mountain Peak Volcano Island Islands Peninsula Bay Sea Ocean Lake River Creek Falls
  Strait Desert Glacier Heights Strip Delta Basin Oasis Zone Marg Nagar Chowk
`);

/**
 * Capitalised last words of place names that also end the names of other things: a club (`Crystal
 * Palace` is in PLACE_HEADS, but `Nottingham Forest`), a person (`Adrian Hill`, `Min-ji Park`). They
 * make a name a location only when the tagger did not make it a person or an organisation.
 */
export const WEAK_PLACE_HEADS = words("Park Gardens Hall Hill Hills Valley Forest Beach Coast Quarter Base Landing");

/** The second word of two-word heads of public places (`Convention Centre`, `Space Center`): the first is one of CENTRE_KINDS. */
export const CENTRE_WORDS = words("Centre Center");
export const CENTRE_KINDS = words("Convention Conference Exhibition Shopping Trade Medical Space Sports Community Arts Cultural Detention");

/**
 * Capitalised first words of place names: waters, mountains, and streets, squares, bridges and gates
 * in the languages news quotes them in (`River Thames`, `Mount Etna`, `Place de la Concorde`,
 * `Puerta del Sol`, `Pont Marie`, `Straße des 17. Juni`). `Tour` is left out: `Tour de France`.
 */
export const PLACE_PREFIXES = words(`
  River Lake Mount Mt Cape Isle Île Ile Rue Place Avenue Boulevard Quai Pont Porte Parc Jardin Gare Palais
  Château Calle Plaza Paseo Avenida Puerta Puente Parque Estación Praça Rua Ponte Viale Piazza Piazzale Corso
  Passo Lago Monte Mont Lac Sierra Cerro Wadi Jebel Jabal Ras Bab Straße Strasse Platz Checkpoint Rambla
  Stadio Estadio Stade Estádio Théâtre Teatro Museo Musée Palacio Palazzo Castello Schloss
  Puerto Ciudad Isla Islas Laguna Bahía Golfo Playa Río Península Jalan Lorong Lebuh Soi Thanon
`);

/** Capitalised last words of names that are none of the three types: awards, tournaments, events, wars, laws and agreements (CoNLL MISC). */
export const MISC_HEADS = words(`
  Prize Prizes Award Awards Cup Trophy Medal Championship Championships Olympics Paralympics Prix
  Festival Biennale Expo Airshow Marathon Regatta Derby Week War Wars Revolution Uprising Intifada Spring Massacre
  Genocide Holocaust Coup Crisis Accord Accords Agreement Framework Treaty Convention Protocol Charter Pact Act Bill
  Directive Declaration Amendment Doctrine Deal Syndrome
`);

/** The French "of gold" that ends the names of awards (`Palme d'Or`, `Ballon d'Or`, `Lion d'Or`). */
export const OF_GOLD = /^d['’]or$/i;

/** Capitalised first words of cups in the languages news quotes them in (`Copa America`, `Coppa Italia`, `Coupe de France`): MISC. */
export const CUP_OPENERS = words("Copa Coppa Coupe Taça Pokal");

/** Capitalised words that open the name of a storm (`Hurricane Beryl`, `Storm Boris`, `Typhoon Yagi`): the name is none of the three types. */
export const STORM_WORDS = words("Hurricane Typhoon Cyclone Storm Tornado");

/** Words after `Olympic`, `Commonwealth` and the like that end the name of a games: `Games` alone is also a company's (`Epic Games`). */
export const GAMES_OPENERS = words("Olympic Paralympic Commonwealth Asian African Pan Winter Summer Youth Invictus Mediterranean Arab");

/** Capitalised words of league names (`Premier League`, `La Liga`, `Ligue 1`, `Serie A`, `Bundesliga`): a league is an organisation. */
export const LEAGUE_WORDS = words("League Liga Ligue Lig Bundesliga Premiership Eredivisie Ekstraklasa Superliga");
/** Leagues whose name ends in a letter or a number: `Serie A`, `Ligue 1`, `2. Bundesliga`. */
export const LEAGUE_WITH_TIER = words("Serie Ligue Liga");
/** The first words of cup competitions named "… League" (`Champions League`, `Europa League`): tournaments, none of the three types. */
export const CUP_LEAGUE_OPENERS = words("Champions Europa Conference Nations");

/**
 * Head words of institutions that a name of the form "HEAD of|for|on … NAME" is built on
 * (`Organization of the Petroleum Exporting Countries`, `National Observatory of Athens`,
 * `Institut de Recherche en Sciences de la Santé`, `Unión por la Patria`), in the languages news
 * quotes them in. PLACE_INSTITUTIONS make the whole a location (`Democratic Republic of Congo`).
 */
export const INSTITUTION_HEADS = words(`
  Ministry Department Bank Banks University Institute Institution Commission Council Committee Organization
  Organisation Association Federation Confederation Union Court Courts Office Agency Authority Academy
  Society Fund Foundation Observatory Centre Center Centres Centers School College Board Bureau Service
  Party Front Movement Alliance Coalition League Church Corps Command Forces Army Navy Police Tribunal
  Chamber Assembly Parliament Congress Conference Secretariat Directorate Administration Trust Group
  Regulator Survey Inspectorate
  Ministerio Ministère Ministerium Banco Banque Universidad Université Universität Università Instituto
  Institut Istituto Unión Partido Parti Partei Partito Movimiento Mouvement Frente Fundación Fondation
  Asociación Federación Fédération Comisión Consejo Conseil Cámara Corte Comité
  Senado Sénat Senato Congreso Congrès Congresso Asamblea Assemblée Assemblea Câmara Camera Comissão
  Commissione Consiglio Conselho Junta Secretaría Superintendencia Procuraduría Fiscalía Defensoría
  Contraloría Dirección Agencia Agence Agenzia Autoridad Autorité Autorità Servicio Oficina Sociedad
  Société Società Sociedade Organización Organização Organizzazione Federazione Associação Associazione
  Confederación Confederação Sindicato Syndicat Gobierno Gouvernement Governo Bolsa Universidade
`);
/**
 * Function words as a line written in capitals writes them (wire copy, telex, headlines): no name
 * runs over them. Not those that are also names or parts of names there: `US`, `IS`, `WHO`, `IT`,
 * `A` (`SERIE A`), `NEW`, and the words that link a name's parts (`OF`, `AND`, `DE`).
 */
export const CAPITALS_FUNCTION_WORDS = words(`
  THE AN AT TO IN BY WITH FROM AS INTO OVER UNDER ABOUT AFTER BEFORE WHILE AGAINST THAN THEN AMID
  SAID SAYS TOLD WAS WERE ARE BE BEEN HAS HAVE HAD WOULD COULD SHOULD THAT THIS THESE THOSE WHICH
  WHEN WHERE BUT OR IF ITS THEIR HIS HER THEY
`);
/** Words that join the last parts of such a name, in the languages news quotes them in (`Energy and Mines`, `Energía y Minas`). */
export const AND_WORDS = words("and & y e et und");
export const PLACE_INSTITUTIONS = words(
  "Republic Kingdom Museum Museo Musée Gulf Bay Sea Isle Strait Straits Cape Palace Castle Cathedral Tower Bridge Port Basilica",
);
/** Words that join the parts of such a name. */
export const NAME_LINKS = words("of for on de del della delle di da do dos das du des en la le el los las por para pour per für van voor");

/**
 * Capitalised nouns an institution of a nation is named by after its nationality word (`Welsh
 * Government`, `Scottish Parliament`, `Welsh Labour`, `Welsh Conservatives`): the nationality word
 * belongs to the name. Lower-case, the same words are a description (`the Iraqi government`).
 */
export const NATIONAL_INSTITUTIONS = words(`
  Government Parliament Assembly Executive Cabinet Labour Labor Conservatives Conservative Liberals
  Liberal Greens Green Socialists Nationalists Democrats Party
`);

/** Heads of a government's departments and chambers, which a nationality word before them describes (`the Colombian Defence Ministry`, `the Nigerian Senate`) rather than names. */
export const MINISTRY_HEADS = words(`Ministry Ministries Department Departments Senate`);

/** Single capitalised words that are the common noun of an institution (`the Government`, `the Ministry`): a name only where the text names the institution in full. */
export const GENERIC_INSTITUTIONS = words(`
  Government Ministry Department Agency Authority Council Committee Commission Court Cabinet Parliament
  Assembly Administration Police Army Navy Company Group Bank Party Union Opposition Board Office
`);

/**
 * Metadata keys (in metadataKey's normal form) whose value names an organisation: the outlet
 * (`Source: Bloomberg`, `Publisher: The Guardian`, `journal: Science`, `Medio: La Tercera`) or,
 * in a mail or news post's headers, the poster's (`Organization: Orbital Readers Club`).
 */
export const OUTLET_KEYS = words(`
  source publisher publication outlet newspaper network agency wire journal magazine feed
  medio periódico periodico diario revista revue rivista zeitung zeitschrift
  organization organisation organización organizacion organizzazione
`);

/** Nouns of a photo credit before an agency: `(AP Photo/Lena Ortiz)`, `Photo: AFP`. */
export const CREDIT_WORDS = words("Photo Photos Picture Pictures Image Images Video Graphic Illustration File Photograph");

/** Last words of the names of newspapers and magazines, which keep a capitalised `The` (`The Guardian`, `The Midland Courier`), as CoNLL tags them. */
export const PUBLICATION_HEADS = words(`
  Times Post Herald Guardian Journal Courier Gazette Telegraph Tribune Observer Independent Mail Express
  Mirror Sun Standard Star Economist Chronicle Inquirer Examiner Globe Record Monitor Review Register News
  Daily Weekly Bulletin Dispatch Mercury Sentinel Echo Argus Advertiser Leader Press Atlantic Spectator
  Ledger Brief Wire Digest Courant Enquirer Recorder Reporter Messenger Citizen Beacon Bugle Clarion Insider
`);
/**
 * The last words of PUBLICATION_HEADS that end only newspapers' names, so that a name of two
 * capitalised words or more ending in one is an outlet without its `The` too (`Kiwi Courier`,
 * `Istmo Daily`, `Harbour City Times`); not `Star`, `Globe`, `Leader`, `News` (`Golden Globe`,
 * `Supreme Leader`, `Good News`).
 */
export const NEWSPAPER_HEADS = words(`
  Times Post Herald Journal Courier Gazette Telegraph Tribune Chronicle Inquirer Examiner Monitor
  Daily Dispatch Sentinel Advertiser Ledger Wire Courant Enquirer
`);
/** First words of the names of newspapers after their `The` (`The Daily Meridian`, `The Sunday Herald`). */
export const PUBLICATION_OPENERS = words("Daily Weekly Sunday Evening Morning");

/**
 * Lower-case nouns of people's occupations and standing that news writes before a name like a
 * title (`Entrepreneur Elon Musk`, `Novelist Samantha Harvey`, `Billionaire investor …`): not part
 * of the name. Titles and ranks proper are lexicon.ts's TITLE_WORDS.
 */
export const PERSON_ROLES = words(`
  entrepreneur billionaire millionaire businessman businesswoman tycoon magnate investor financier banker
  novelist author writer poet playwright journalist reporter columnist presenter
  actor actress singer rapper musician composer conductor pianist violinist guitarist drummer artist
  painter sculptor photographer filmmaker producer designer architect chef comedian model influencer
  star legend icon veteran athlete footballer cricketer golfer cyclist swimmer sprinter runner boxer
  wrestler skier rider jockey scientist physicist chemist biologist economist historian philosopher
  researcher analyst activist campaigner dissident lawyer prosecutor soldier pilot astronaut cosmonaut
  explorer priest monk nun cleric preacher pastor candidate lawmaker legislator politician councillor player
  councilman councilwoman owner heir heiress philanthropist blogger whistleblower expert official
  executive adviser advisor aide editor correspondent member mastermind
`);

/** Capitalised words that end a company's name after its founder's or its place's (`Harbor Ridge Capital`, `Elliott Management`, `RBC Capital Markets`). */
export const COMPANY_SUFFIXES = words(`
  Capital Partners Management Holdings Holding Ventures Advisors Advisers Securities Markets Investments
  Investors Associates Industries Enterprises Technologies Labs Pharmaceuticals Pharma Motors Motor
  Airlines Airways Insurance Energy Resources Brands Global Inc Inc. Corp Corp. Ltd Ltd. plc PLC LLC AG SA
  GmbH NV SE Telecom Telecoms Telecommunications Sekuritas Logistics Shipping Mining Minerals Metals Steel
  Foods Breweries Brewery Pictures Studios Healthcare Therapeutics Biotech Electronics Semiconductor
  Construction Engineering Petroleum Chemicals Cement Retail Hotels Software Systems Networks
`);

/**
 * Capitalised first words of company names in the languages news quotes them in, the noun of the
 * trade before the name (`Grupo Bimbo`, `Panificadora Andina`, `Groupe Renault`, `Compañía Minera
 * Antamina`, `Laboratorios Richmond`): the name is an organisation's, not a person's.
 */
export const COMPANY_OPENERS = words(`
  Grupo Groupe Gruppo Compañía Compania Companhia Compagnie Compagnia Empresa Empresas Corporación
  Corporacion Corporação Sociedad Sociedade Société Societe Società Industrias Indústrias Industrie
  Constructora Construtora Inmobiliaria Panificadora Distribuidora Comercializadora Aerolíneas Aerolineas
  Cervecería Cerveceria Cervejaria Laboratorios Laboratórios Laboratoires Minera Mineração Petrolera
  Petróleos Petroleos Editorial Editora Transportes Supermercados Almacenes Tiendas Farmacias Seguros
  Financiera Inversiones Cementos Aceros Alimentos Bodegas Viña Vinícola Agroindustrial Textil Hidroeléctrica
  Banco Banca Studio Studios Estudio Estúdio
`);

/** A company's legal form after its name (`Embraer S.A.`, `Siemens AG`, `Grupo Bimbo, S.A.B. de C.V.`). */
export const LEGAL_FORM =
  /^(?:S\.A\.(?:B\.|S\.|C\.|A\.)?|SAB|S\.L\.|S\.p\.A\.?|SpA|S\.r\.l\.?|Srl|Ltda\.?|N\.V\.|NV|B\.V\.|BV|AG|SE|SA|plc|PLC|Inc\.?|Ltd\.?|LLC|L\.L\.C\.|LP|L\.P\.|GmbH|Corp\.?|K\.K\.|Pty|Bhd|Tbk|ASA|Oyj)$/;
/** The legal forms that follow a comma after the name: those that are no other word (`SA` is also South Africa's). */
export const LEGAL_FORM_AFTER_COMMA = /^(?:.*\..*|Inc|Ltd|LLC|PLC|plc|GmbH|AG|SpA|Srl|Ltda|Bhd|Tbk|Oyj|ASA)$/;

/** Lower-case nouns of works and vehicles before their names: "the shuttle Columbia", "the film Oppenheimer", "the album Renaissance"; not those that are verbs as often (`play`, `ship`, `book`). */
export const WORK_NOUNS = words(`
  shuttle vessel tanker yacht frigate destroyer submarine
  film movie novel memoir album song series documentary opera painting
`);

/** Verbs of winning before `the` and a prize's name: "won the Golden Leopard", "awarded the Nobel". */
export const PRIZE_VERBS = words("won win wins winning awarded receives received collected scooped claimed clinched lifted");

/** Parties' names used as adjectives before a noun (`Conservative rule`, `Republican lawmakers`): no mention, as CoNLL leaves them MISC. */
export const PARTY_ADJECTIVES = words("Conservative Liberal Socialist Communist Republican Democratic Progressive Nationalist Unionist");

/**
 * Nouns before a number that point into a text: `Article 8`, `Articles 2 and 3`, `Section 230`,
 * `Rule 39`, `Chapter 11`. A reference, none of the three types.
 */
export const REFERENCE_NOUNS = words(`
  article articles section sections paragraph paragraphs clause clauses rule rules chapter chapters annex appendix
  item items entry entries story document clipping ítem artículo articulo noticia nota
`);

/**
 * The values of a rating field, in the languages monitoring and alert services write them
 * (`Relevancia: ALTA`, `Priority: HIGH`, `Priorité : MOYENNE`): no names, also in capitals.
 */
export const RATING_VALUES = words(`
  high medium low critical urgent normal routine
  alta media baja alto medio bajo
  haute moyenne basse élevée elevee faible
  hoch mittel niedrig
  alta média baixa
`);

/**
 * Nouns that legal and official texts capitalise when they refer back to the one they are about:
 * `the Court held`, `the Government argued`, `the Registrar`. Alone after `the`, a common noun, not
 * a name; the names of legislatures (`the Senate`) and of a central bank (`the Fed`) are names.
 */
export const REFERRING_BACK_NOUNS = words("court chamber registry registrar government tribunal applicant applicants respondent claimant prosecution");
