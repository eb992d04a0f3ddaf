// What a date's clause says about time: the future, the past, or nothing clear. Resolution reads
// it to pick the year of a month-day and the week of a weekday (news looks back from its day of
// publication, unless the clause speaks of the future). The clause is cut out of its sentence
// first: reported speech after "said", verbs of intention ("ruled out holding … in May"),
// relative clauses and parentheticals keep their own tense.

import { sentenceBounds } from "../document/sentences.js";
import { WEEKDAY_FULL_PATTERN } from "../words/calendar.js";

// Future markers for a sentence.
export const FUTURE_RE = new RegExp(
  String.raw`\b(?:will|won['’]t|shall|(?:days?|weeks?|months?)\s+away|is\s+due|are\s+due|due\s+(?:on|in|out|this|next|later|by|for)|was\s+due|were\s+due|due\s+to|expected\s+to|scheduled|set\s+to|plans?\s+to|planned|going\s+to|upcoming|(?:next|coming)\s+(?:week|month|year|${WEEKDAY_FULL_PATTERN})|to\s+be\s+held|set\s+for|slated|would\s+(?:hold|meet|visit|travel|vote|take\s+place|begin|start|resume|open|close))\b|['’]ll\b`,
  "i",
);
/**
 * "to face Peñarol on Tuesday": an infinitive of a fixture looks ahead of its own verb only, so it
 * speaks of the future only when nothing in the clause before it is past ("Persib travel to
 * Bangkok to face …", not "were tired after a trip to face …").
 */
const FIXTURE_INFINITIVE_RE = /\bto\s+(?:face|play|host)\b/;
/** The present of a fixture or a meeting right after "who" or "which": "Chennai, who play Lucknow on Friday". */
const RELATIVE_SCHEDULED_RE = /^(?:again\s+|also\s+|then\s+|next\s+)?(?:play|face|host|meet|visit|travel|vote|hold|open|begin|start|resume)s?\b/;
/** Adjectives in "un-…-ed" ("unchanged", "unbeaten"), which look like past verbs. */
const UN_ADJECTIVE_RE = /\bun[a-z]+ed\b/g;
// A past verb right before a weekday/date ("said on Friday", "met Thursday"); case-sensitive, so
// that a name ending in "ed" ("Buriram United on October 8") is no verb.
export const PAST_BEFORE_RE =
  /(?<!\b(?:be|is|are|am|being)\s+(?:[a-z]+ly\s+)?)\b(?:(?!(?:expected|scheduled|planned|slated|proposed|delayed|postponed|pushed|moved|needed|due)\b)[a-z]\w*ed|seen|born|said|told|met|held|took|gave|made|began|came|went|saw|was|were|had|did|struck|hit|left|fled|won|lost|sent|shot|fought|spoke|wrote|led|rose|fell|paid|found|brought|became|kept|ran|broke|began|stood|sold|spent|thought|bought|caught|taught|drew|flew|grew|knew|threw|woke|ate|chose|froze|stole|swore|tore|wore|hung|dug|struck|slid|lit|bit|hid|rode|drove|sank|sang|swam|began|bled|fed|felt|dealt|meant|sought|heard|laid)\s+(?:on\s+|in\s+|late\s+|early\s+|last\s+)?$/;

/** The sentence around [pos, end), with a NUL where the span was. */
function sentenceAround(text: string, pos: number, end: number): string {
  const { from, to } = wrappedSentenceBounds(text, pos, end);
  return `${text.slice(from, pos)}\u0000${text.slice(end, to)}`.replace(NON_ASCII_LETTER_RE, asciiStandIn);
}

// The tense patterns find English words with the ASCII \b, which takes a letter outside ASCII for
// a word's edge ("sent" in the French "présenté"): such letters become "x" (a surrogate pair "xx").
const NON_ASCII_LETTER_RE = /(?![a-zA-Z])\p{L}/gu;
const asciiStandIn = (c: string): string => "x".repeat(c.length);

/** How many wrapped lines a sentence may be joined across, either way. */
const WRAP_REACH = 3;

/**
 * The sentence around [pos, end), across the line breaks of hard-wrapped text (PDF pages, mail
 * at 72 columns): a line that ends without a sentence mark, followed by a line that goes on in
 * lower case, is one sentence with it ("… will be\nheld on the same day.").
 */
function wrappedSentenceBounds(text: string, pos: number, end: number): { from: number; to: number } {
  let { from, to } = sentenceBounds(text, pos, end);
  for (let n = 0; n < WRAP_REACH && from > 0 && (text[from - 1] === "\n" || text[from - 1] === "\r"); n++) {
    let e = from - 1;
    if (text[e] === "\n" && text[e - 1] === "\r") e--;
    if (e === 0 || !goesOn(text, e, from) || /[.!?:"”\n\r][ \t]*$/.test(text.slice(Math.max(0, e - 4), e))) break;
    from = sentenceBounds(text, e, e).from;
  }
  for (let n = 0; n < WRAP_REACH && to < text.length && (text[to] === "\n" || text[to] === "\r"); n++) {
    let s = to + 1;
    if (text[to] === "\r" && text[s] === "\n") s++;
    if (/[.!?:"”][ \t]*$/.test(text.slice(Math.max(0, to - 4), to)) || !goesOn(text, to, s)) break;
    to = sentenceBounds(text, s, s).to;
  }
  return { from, to };
}

/** Words no sentence ends with: a line that ends with one goes on in the next whatever its case (`Results are due on` / `Friday.`). */
const OPEN_LINE_END = /\b(?:on|in|at|by|for|from|to|of|the|a|an|and|or|until|since|before|after|this|next|last)[ \t]*$/i;

/**
 * Whether the line that ends at `lineEnd` goes on in the line that starts at `next`: the next
 * starts in lower case, this one cannot end a sentence, or this one is a full line of wrapped
 * prose that stops mid-sentence ("… is due to visit" / "Porto Velho on Friday.").
 */
function goesOn(text: string, lineEnd: number, next: number): boolean {
  return (
    /^[ \t]*\p{Ll}/u.test(text.slice(next, next + 8)) || OPEN_LINE_END.test(text.slice(Math.max(0, lineEnd - 12), lineEnd)) || wrappedMidSentence(text, lineEnd)
  );
}

/** How long a line must be to be taken for one a hard wrap cut (shorter ones may be headlines or subheads). */
const WRAPPED_LINE_MIN = 40;

/**
 * Whether the line ending at `lineEnd` is wrapped prose cut mid-sentence: long, ending in a
 * lower-case word or a comma, and itself inside a paragraph (it starts in lower case, a sentence
 * ends within it, or a long line comes before it): a headline above a body is none of these.
 */
function wrappedMidSentence(text: string, lineEnd: number): boolean {
  const lineStart = lineStartBefore(text, lineEnd);
  const line = text.slice(lineStart, lineEnd);
  if (line.trim().length < WRAPPED_LINE_MIN || !/[\p{Ll},][ \t]*$/u.test(line)) return false;
  if (/^[ \t]*\p{Ll}/u.test(line) || /[.!?]["”’]?\s+\p{Lu}/u.test(line)) return true;
  if (lineStart === 0) return false;
  let previousEnd = lineStart - 1;
  if (text[previousEnd] === "\n" && text[previousEnd - 1] === "\r") previousEnd--;
  return text.slice(lineStartBefore(text, previousEnd), previousEnd).trim().length >= WRAPPED_LINE_MIN;
}

/** Where the line that holds position `pos` (or ends there) starts. */
function lineStartBefore(text: string, pos: number): number {
  let at = pos;
  while (at > 0 && text[at - 1] !== "\n" && text[at - 1] !== "\r") at--;
  return at;
}

/**
 * What a clause says about time: the past, the future, nothing clear (`neutral`), or `ahead`: the
 * date cannot lie before the day of publication (the end of a period still running, what is
 * awaited), where the future tense only leans forward.
 */
export type Tense = "future" | "ahead" | "past" | "neutral";

const PAST_IN_CLAUSE_RE =
  /\b(?:was|were|had|did|said|told|met|held|took|gave|made|began|came|went|saw|struck|hit|left|fled|won|lost|sent|shot|fought|spoke|wrote|led|rose|fell|paid|found|brought|became|kept|ran|broke|stood|sold|spent|thought|bought|caught|drew|flew|grew|knew|threw|chose|stole|hid|drove|sank|slid|beat|fed|felt|dealt|meant|sought|heard|laid|born|ago|(?=[a-z]{2,}ed\b)(?<!\b(?:is|are|am|be|being|remains?|gets?|get)\s+(?:[a-z]+ly\s+)?)(?!(?:need|feed|seed|speed|shed|bleed|breed|proceed|succeed|exceed|indeed|hundred|kindred|armed|based|related|expected|scheduled|planned|slated|named|united|detailed|advanced|limited|displaced|wounded|injured|occupied|alleged|so-called)\b)[a-z]{2,}ed)\b/;
// The same without "was" and "were": inside reported speech ("said no decision was likely before
// June") they are the backshifted present, not the past.
const PAST_REPORTED_RE = new RegExp(PAST_IN_CLAUSE_RE.source.replace("was|were|", ""));

// Verbs that report speech or thought: the date after "X said (that)" belongs to what was said.
const REPORT_VERB =
  "said|says|say|told|tells|added|adds|stated|noted|warned|warns|argued|wrote|writes|reported|announced|explained|insisted|claimed|believes?|thinks?|acknowledged|confirmed|estimated|predicted|showed|shows|suggested|suggests|indicated|indicates|signalled|signaled|hinted";
const REPORT_VERB_RE = new RegExp(`\\b(?:${REPORT_VERB})\\b`);
// "X said (that) …", "X told reporters (that) …", "X warned investors that …": what follows is the reported clause.
const REPORT_FRAME_RE = new RegExp(
  `\\b(?:(?:said|says|say)\\b(?:\\s+that\\b)?|(?:told|tells)\\s+(?:[\\p{L}’'-]+\\s+){1,3}?(?:that\\b)?|(?:${REPORT_VERB})\\s+(?:[\\p{L}’'-]+\\s+){0,3}?that\\b)`,
  "gu",
);
// A reporting verb right before the date modifies the reporting: "said in May that", "told reporters on Tuesday"
// (not "said a cut in January was possible": after "said", a noun phrase is the reported clause's subject).
// ("expected to be announced on Monday" is no reporting: the passive infinitive looks ahead; nor
// is "said it would meet on Friday": a verb of its own between them governs the date.)
const REPORT_THEN_DATE_RE = new RegExp(
  `(?<!\\bbe\\s+)\\b(?:${REPORT_VERB})\\s+(?!(?<=\\b(?:said|says|say)\\s+)(?:a|an|the)\\s)(?:(?!(?:would|will|could|should|might|may|must|can|shall|to)\\b)[\\p{L}’'-]+\\s+){0,3}?(?:on|in|last|late|early|this|during)\\s+$`,
  "u",
);
/**
 * A past verb right after the date, which stands between its subject and that verb: "The Supreme
 * Court on Monday suspended a federal plan …", "Police on Friday were called" (not "was due").
 */
const PAST_AFTER_RE =
  /^\s+(?:[a-z]+ly\s+)?(?:(?!(?:expected|scheduled|planned|slated|proposed|needed|due|set)\b)[a-z]{2,}ed|said|told|met|held|took|gave|made|began|came|went|saw|struck|hit|left|won|lost|sent|shot|spoke|wrote|led|rose|fell|paid|found|brought|became|kept|ran|broke|stood|sold|spent|(?:was|were)(?!\s+(?:due|expected|scheduled|set|slated|planned|supposed|going|to|possible|likely|unlikely|probable)\b))\b/;
/**
 * A participle phrase set off by a comma that holds the date: "Koulibaly, injured playing for
 * Senegal … on Monday": what it tells has happened, whatever the sentence's main verb.
 */
const PARTICIPLE_PHRASE_RE =
  /,\s+(?:[a-z]+ly\s+)?(?:(?!(?:expected|scheduled|planned|slated|proposed|set|due|based|aimed|designed|intended|meant|needed|named|called|known|followed|preceded|accompanied|backed|chaired)\b)[a-z]{2,}ed|born|beaten|shot|struck|taken|hit|hurt|caught|seen|held|won|lost|broken|thrown|stolen|sold|sent|found)\s[^,;:]*$/;
// Verbs of intention, decision and delay: the date of what they govern is not theirs ("ruled out
// holding an election in May", "agreed to meet in June", "pushed back their bets … to September").
const INTENT_RE =
  /\b(?:(?:ask|call|press|push|appeal|lobby|campaign|wish|aim)(?:s|es|ed|ing)?\s+for\b|(?:hope|hopes|hoped|hoping)\s+for\b|(?:agree|decide|promise|pledge|vow|threaten|refuse|propose|offer|urge|order|hope|want|intend|aim|seek|prepare|plan|vote|ask|call)(?:s|d|ed|ing)?\s+(?:[a-z]+\s+){0,2}?to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)[a-z]+|sought\s+to\s+[a-z]+|(?:rul(?:es|ed|ing)\s+out|consider(?:s|ed|ing)?|discuss(?:es|ed|ing)?)\s+[a-z]+ing\b|(?:push(?:es|ed|ing)?\s+back|postpone[sd]?|delay(?:s|ed)?|defer(?:s|red)?|put(?:s|ting)?\s+off|mov(?:es|ed)\s+(?:up|back|forward))\b)/g;
// Non-restrictive relative clauses carry their own tense: ", who joined Nestlé in 1986,"; so do
// appositions and participle phrases: ", a law aimed at curbing Big Tech,", ", co-hosted by the
// United States,".
const RELATIVE_CLAUSE_RE =
  /,\s*(?:who|which|whose|where)\b[^,]*,|,\s+(?:a|an)\s[^,]{1,80},|,\s+(?:[a-z]+-)?[a-z]+ed\s+(?:by|in|at|on|with|from|for|as|to)\b[^,]*,/g;
// Where the date's clause ends after it: a comma, a conjunction, a relative pronoun.
const CLAUSE_END_RE =
  /(?:,\s|\s(?:and|but|while|whereas|although|though|because|after|before|when|as|since|so|then|than|that|who|whom|whose|which|whether|if)\s).*$/s;
/** A conjunction of time right before a clause (the clause opener it ends with). */
const TIME_CONJUNCTION_RE = /\b(?:before|after|when|whenever|once)\s+$/;
// Words that open a clause of its own inside the sentence; the last one before the date opens the
// date's clause ("will offer … after the board rejected a merger on Monday").
const CLAUSE_OPENER_RE = /\b(?:after|before|when|whenever|since|because|as|while|although|though|once|whereas|who|which|that|where)\s+/g;
// A verb of duration or ending in the present right before the date: the period is still running
// ("the exhibition, which runs until Jan. 19", "talks that end on Friday", "runs from June 1").
const RUNNING_UNTIL_RE =
  /(?<!\b(?:the|an?|of|his|her|their|its|\d[\d,]*|two|three|four|five|six|many|more|loose)\s+)\b(?:runs?|lasts?|continues?|ends?|expires?|closes|stays?\s+open|remains?\s+open|(?:is|are)\s+(?:open|valid|in\s+force))\s+(?:from|until|till|through|to|on|in)\s+(?:the\s+(?:end|middle|start)\s+of\s+)?$/;
/** A closing announced in the present passive: "Markets are closed on Monday for a public holiday" (not "were closed"). */
const CLOSED_ON_RE = /\b(?:is|are)\s+(?:also\s+)?(?:closed|shut|cancel+ed|suspended|banned)\s+(?:on|from)\s+$/;
/** A financial year still running: "for the year ending in March" (its end lies ahead). */
const YEAR_ENDING_RE = /\b(?:financial\s+|fiscal\s+|business\s+)?year\s+ending\s+(?:in\s+)?$/;
const UNTIL_RE = /\b(?:until|till|through)\s+(at\s+least\s+|as\s+late\s+as\s+|no\s+earlier\s+than\s+)?(?:the\s+(?:end|middle)\s+of\s+)?$/i;
/** A deadline given or set: "were given until Friday to move out", "has until Monday", "a deadline of Friday". */
const DEADLINE_BEFORE_RE = /\b(?:(?:given|granted|gives?|grants?|has|have|got|get|gets)\s+(?:\p{L}+\s+){0,3}?until|deadline\s+(?:of|on|is|was))\s+$/u;
const WEEKDAY_START_RE = new RegExp(String.raw`^(?:${WEEKDAY_FULL_PATTERN})\b`, "i");
// An unplanned event right before the date happened on it: "investigate the incident on Saturday",
// "the attack on Oct. 7" (a vote or a strike on Monday may still be planned).
const UNPLANNED_EVENT_BEFORE_RE =
  /\b(?:attacks?|bombings?|massacres?|killings?|raids?|assaults?|shootings?|stabbings?|crash(?:es)?|explosions?|blasts?|incidents?|earthquakes?|quakes?|floods?|fires?|murders?|ambush|riots?|clashes|hijacking|abduction|kidnapping|derailment|eruption|collapse|accidents?|deaths?)\s+(?:on|in|of)\s+$/i;
// "ahead of Monday's anniversary", "ahead of the May 6 election", "waiting for Friday's report":
// what is awaited lies ahead.
// "since Monday", "since losing Sunday's election": what a span runs from has happened.
const SINCE_RE = /\b[Ss]ince\s+(?:[a-z]+ing\s+)?(?:the\s+|a\s+|his\s+|her\s+|their\s+|its\s+|last\s+)?$/;
const AHEAD_OF_RE =
  /\b(?:[Aa]head\s+of|[Aa]wait(?:s|ed|ing)?|[Ww]ait(?:s|ed|ing)?\s+for|[Ll]ook(?:s|ed|ing)?\s+ahead\s+to)\s+(?:the\s+|a\s+|its\s+|their\s+|this\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;
/** What is expected or due on the day: "Splashdown off Florida expected Sunday", "a ruling is due Tuesday" (not "was expected"). */
const EXPECTED_ON_RE = /(?<!\b(?:was|were|had\s+been)\s+)\b(?:expected|due)\s+(?:on\s+|by\s+|late\s+|early\s+)?$/;
/**
 * A knockout tie still to be played on the day: "the quarter-final against Al Ittihad on
 * Tuesday", "their second leg with Porto on Wednesday" (a round is named before it is played).
 */
const KNOCKOUT_TIE_RE =
  /\b(?:the|their|its|his|her|a)\s+(?:[\p{L}-]+\s+){0,4}?(?:final|semi-?final|quarter-?final|second\s+leg|return\s+leg|play-?off|replay)s?\s+(?:against|with|at|versus|vs\.?|v\.?)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:on\s+|this\s+|next\s+)?$/u;
/** Events that are scheduled: what a list, a campaign or tickets are for has not happened. */
const SCHEDULED_EVENTS =
  "elections?|votes?|polls?|primar(?:y|ies)|run-?offs?|referendum|ballot|congress|convention|summit|final|match|derby|race|festival|tournament|games";
/** What is made or done for a coming event, before it: "a single list for the municipal primaries of ", "candidates for the local elections in ". */
const PREPARED_FOR = String.raw`\b(?:lists?|slates?|candidates?|candidacy|candidacies|nominees?|nominations?|campaign(?:s|ing)?|preparations?|prepar(?:e|es|ing)|registration|registering|tickets?|bids?|platform|manifesto|run-?up|squad|line-?up)\s+for\s+(?:the|its|their|this|next)\s+`;
const PREPARED_FOR_RE = new RegExp(`${PREPARED_FOR}(?:[\\p{L}-]+\\s+){0,3}?(?:${SCHEDULED_EVENTS})\\s+(?:of|in|on)\\s+$`, "u");
/** The same with the date before the event: "candidates for the June primaries". */
const PREPARED_FOR_THE_RE = new RegExp(`${PREPARED_FOR}$`, "u");
const SCHEDULED_EVENT_AFTER_RE = new RegExp(`^\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${SCHEDULED_EVENTS})\\b`, "u");
/** A tie that was played: "lost the final against Spain on Sunday". */
const PLAYED_TIE_RE =
  /\b(?:won|lost|drew|beat|played|reached|watched|missed|[a-z]+ed)\s+(?:the|their|its|his|her|a)\s+(?:[\p{L}-]+\s+){0,4}?(?:final|semi-?final|quarter-?final|second\s+leg|return\s+leg|play-?off|replay)s?\s/u;
// Lines of image captions: their present tense says what the photo shows ("Milik celebrates his
// goal against Brest on Sunday. Photo: …"), not what is scheduled.
const CAPTION_LINE_RE =
  /^\s*(?:GRAPHIC|PHOTO|Photo|Caption|CAPTION|Image|IMAGE|Picture|PICTURE)\s*:|\b(?:Photo|Photograph|Picture|Image)\s*(?::|by\b)|\((?:REUTERS|Reuters|AP|AFP|EPA|Getty Images)[^)]{0,40}\)\s*$/;
// Trailing attribution: ", traders said.", ", a diplomat told Reuters on Friday."
const TRAILING_ATTRIBUTION_RE = new RegExp(
  `,[^,]{0,60}?\\b(?:${REPORT_VERB}|according\\s+to)\\b(?:\\s+[\\p{Lu}][^,]*|\\s+(?:on|in|at|during|late|early|earlier|later|last|this|to|via|from|after|before|a|an|the)\\b[^,]*)?[.!?”"’]*\\s*$`,
  "u",
);
// Modal verbs: what they govern has not happened ("would not play again until … May", "could take place as early as Saturday").
const MODAL_RE =
  /\b(?:(?:would|could|might|should|can|must)(?:n['’]t)?|cannot)\s+(?:not\s+|also\s+|still\s+|only\s+|then\s+|soon\s+|likely\s+|now\s+|even\s+|never\s+)?(?!have\b)[a-z]+|\bmay\s+(?:not\s+|also\s+|still\s+|soon\s+)?(?!have\b)[a-z]{2,}/;
/**
 * What may come: "a cut in January is possible", "a deal in March is likely"; in reported speech
 * also in the backshifted past ("said a cut in January was possible").
 */
const POSSIBLE_RE =
  /\b(is|are|was|were)\s+(?:still\s+|now\s+|also\s+|quite\s+|very\s+|more\s+|less\s+|not\s+)?(?:possible|likely|unlikely|probable|on\s+the\s+(?:cards|table))\b/;
// Expectation and scheduling words: "now expect a first cut on June 6", "bets on a rate cut in
// September", "the company's next earnings report in May", "as early as Saturday".
const EXPECT_RE =
  /\b(?:(?:is|are|be|was|were)\s+(?:widely\s+|now\s+|also\s+|still\s+)?expected|expects?|expecting|expectations?|anticipates?|anticipating|(?<!\b(?:its|their|his|her|our|the|a|an)\s+(?:[\w-]+\s+){0,3})forecasts?|forecasting|predicts?|bets?\s+on|betting\s+on|wager(?:s|ing)?\s+on|pric(?:es|ing)\s+in|on\s+track\s+to|poised\s+to|likely\s+to|unlikely\s+to|as\s+(?:early|soon)\s+as|warn(?:s|ed|ing)?\s+of|prepar(?:e|es|ing)\s+for|no\s+(?:earlier|sooner|later)\s+than|(?:\bthe|\bits|\bhis|\bher|\btheir|\bour|['’]s)\s+next\s+(?!day\b|morning\b|afternoon\b|evening\b|night\b|week\b|time\b)[a-z]+)\b/i;
// Present tense of a scheduled event: "Sri Lanka votes on Saturday", "the Congress opens on
// Tuesday", "Powell testifies before Congress on Wednesday", "Freixe takes over on Sept. 1".
const SCHEDULED_RE =
  /\b(?=[a-z]+s\b)(?<!\b(?:the|a|an|of|his|her|its|their|our|your|my|these|those|some|many|more|all|and|or|to|for|with|by|postal|early|final|first|\d+)\s+)(?:votes|holds|opens|reopens|begins|starts|ends|closes|meets|convenes|testifies|takes|goes|heads|travels|visits|arrives|leaves|returns|launches|kicks\s+off|resumes|hosts|faces|plays|releases|publishes|expires|lapses|runs|lands|sits|hears|delivers|gathers|concludes|finishes|wraps\s+up|unveils|debuts|premieres|tours|flies|addresses|attends|celebrates|observes|enters|steps\s+down|rules|decides|reports|announces)\b/;

// The same for a plural subject: "Negotiators meet again on Monday", "Talks resume in May"; a team
// takes a plural verb: "Brazil play Peru in Lima on Tuesday", "Japan face Iraq on Friday", also
// after a relative clause ("his side, who beat Spain in 2008, face France on Tuesday").
const SCHEDULED_PLURAL_RE =
  /\b(?:[A-Za-z][a-z]{2,}s|[Tt]hey|[Ww]e|(?:side|team|squad),)\s+(?:again\s+|also\s+|then\s+|formally\s+|officially\s+)?(?:vote|hold|open|reopen|begin|start|meet|convene|resume|return|travel|head|fly|gather|go|face|play|take\s+office|kick\s+off)\b|\b\p{Lu}\p{L}+,?\s+(?:play|face|host|meet|visit|take\s+on)\s+(?=\p{Lu}|(?:on|in|at)\b)/u;

/** A short quote as the one word "Title", unless it reads as speech (a sentence mark at its end, more than five words). */
function titleForShortQuote(quote: string, inner: string): string {
  return /[.,!?]\s*$/.test(inner) || inner.trim().split(/\s+/).length > 5 ? quote : "Title";
}

/** Where the last match of global `re` in `text` ends, or -1. (Functions here are module-level: the bundle names each closure as it is made.) */
function lastFrameEnd(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let at = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) at = m.index + m[0].length;
  return at;
}

/** What the clause around [start,end) says about time: the future, what must lie ahead, the past, or nothing clear. */
export function clauseTense(text: string, start: number, end: number): Tense {
  let around = sentenceAround(text, start, end);
  // Short quoted titles ("Anora", "Today") are words of the clause, not the edges of a quote.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the NUL marks where the date was (sentenceAround)
  if (around.includes('"') || around.includes("“")) around = around.replace(/["“]([^"“”\u0000\n]{1,40})["”]/g, titleForShortQuote);
  const cut = around.indexOf("\u0000");
  // The clause: stop at quotes, colons, semicolons and dashes on either side.
  let before = around.slice(0, cut).replace(/^.*[“”"«»;:—–]/s, "");
  let after = around.slice(cut + 1).replace(/[“”"«»;:—–].*$/s, "");
  const tail = before.slice(-90); // these patterns end at the date
  const near = tail.slice(-48); // the words right before the date, for the patterns of a few words
  if (AHEAD_OF_RE.test(near) || RUNNING_UNTIL_RE.test(near) || YEAR_ENDING_RE.test(near)) return "ahead";
  if (EXPECTED_ON_RE.test(near) || CLOSED_ON_RE.test(near) || (KNOCKOUT_TIE_RE.test(tail) && !PLAYED_TIE_RE.test(tail))) return "future";
  if (PREPARED_FOR_RE.test(tail) || (PREPARED_FOR_THE_RE.test(tail) && SCHEDULED_EVENT_AFTER_RE.test(after))) return "future";
  // The end of a span says nothing of its verb's time ("suspended all flights until May 30" in
  // early May: this May; "the show ran until February" in October: last February), but "until at
  // least" looks ahead; a weekday after "until" is read by the clause ("talks lasted until Friday").
  const until = UNTIL_RE.exec(near);
  if (until?.[1] || DEADLINE_BEFORE_RE.test(near)) return "future";
  if (until && !WEEKDAY_START_RE.test(text.slice(start, end))) return "neutral";
  if (PAST_BEFORE_RE.test(tail) || SINCE_RE.test(near) || REPORT_THEN_DATE_RE.test(tail) || UNPLANNED_EVENT_BEFORE_RE.test(near)) return "past";
  // The clause's own verb: right after the date when the subject comes before it; a participle
  // phrase's own when the date is inside one.
  if (!/,\s*$/.test(before) && PAST_AFTER_RE.test(after)) return "past";
  // (A phrase with a verb of its own is a clause: "Caintra, which …, warned that plants could cut shifts by April".)
  const participle = PARTICIPLE_PHRASE_RE.exec(tail)?.[0];
  // (A phrase that reports speech before the date is no participle phrase of it: ", the BCRA, held its rate … and said a cut in January was possible".)
  if (participle && !/\bthat\b/.test(participle) && !FUTURE_RE.test(participle) && !MODAL_RE.test(participle) && !REPORT_VERB_RE.test(participle))
    return "past";
  before = before.replace(RELATIVE_CLAUSE_RE, ",");
  // The date's own clause inside reported speech or after a verb of intention.
  let reported = false;
  const rep = lastFrameEnd(REPORT_FRAME_RE, before);
  if (rep >= 0) {
    before = before.slice(rep);
    reported = true;
  }
  // A clause break before the date: what comes before it is another clause.
  const br = /^(?:.*),\s*(?:and|but|while|whereas|although|though|because|so|yet)\s/s.exec(before);
  if (br) before = before.slice(br[0].length);
  // Future words before a verb of intention still count ("plans to publish … in November"); its past does not.
  const intentFree = before;
  const intent = lastFrameEnd(INTENT_RE, before);
  if (intent >= 0) before = before.slice(intent);
  const fronted = /^\s*(?:\p{L}+\s+){0,2}$/u.test(before); // "On Friday, …", "Later on Thursday, …"
  after = after.replace(TRAILING_ATTRIBUTION_RE, "");
  const lastComma = before.search(/,\s(?!.*,\s)/s);
  if (!fronted && /^\s*,\s/.test(after) && lastComma >= 0) {
    // Inside a parenthetical: "The talks, first reported by the Journal on Friday, could …".
    before = before.slice(lastComma + 1);
    after = "";
  } else if (!fronted) after = after.replace(CLAUSE_END_RE, "");
  else {
    // "On Friday, officials said they would …": the reporting verb is the date's verb.
    const r = REPORT_VERB_RE.exec(after);
    if (r) after = after.slice(0, r.index + r[0].length);
    // Without a comma after it the date is no fronted adverbial: "People living today outside Africa carry …".
    if (!/^\s*,/.test(after)) after = after.replace(CLAUSE_END_RE, "");
  }
  const past = reported ? PAST_REPORTED_RE : PAST_IN_CLAUSE_RE;
  const pastBefore = past.test(before.replace(UN_ADJECTIVE_RE, "")); // "names unchanged squad to face …" is no past
  const possible = (words: string): boolean => {
    const m = POSSIBLE_RE.exec(words);
    return m !== null && (reported || m[1] === "is" || m[1] === "are");
  };
  const future = (words: string): boolean =>
    FUTURE_RE.test(words) || MODAL_RE.test(words) || (FIXTURE_INFINITIVE_RE.test(words) && !pastBefore) || possible(words);
  // The nearest clause with a tense of its own decides: "BBVA will offer … after Sabadell's board
  // rejected a merger on Monday", "Spain will face Italy, who beat them on Saturday".
  const opener = lastFrameEnd(CLAUSE_OPENER_RE, before);
  if (opener >= 0) {
    const inner = `${before.slice(opener)} ${after}`;
    if (future(inner)) return "future";
    if (past.test(inner)) return "past";
    // "for Chennai, who play Lucknow on Friday": a relative clause's own scheduled present.
    if (/\b(?:who|which|that)\s+$/.test(before.slice(0, opener)) && RELATIVE_SCHEDULED_RE.test(before.slice(opener))) return "future";
    // "before the arena closes for a rebuild in January", "once the law takes effect in March":
    // after a conjunction of time, the present of a scheduled event speaks of the future.
    const inside = before.slice(opener);
    if (TIME_CONJUNCTION_RE.test(before.slice(0, opener)) && (SCHEDULED_RE.test(inside) || SCHEDULED_PLURAL_RE.test(inside))) return "future";
  }
  const clause = `${before} ${after}`;
  const wide = `${intentFree} ${after}`;
  if (future(wide) || EXPECT_RE.test(wide)) return "future";
  if (past.test(clause)) return "past";
  if (inCaption(text, start)) return "neutral";
  if (SCHEDULED_RE.test(before) || SCHEDULED_PLURAL_RE.test(before) || /\b(?:is|are)\s+(?:on\s+|for\s+)?$/.test(before)) return "future";
  // A start or a deadline with nothing past around it: "cuts from October", "until Monday".
  if (
    /\b(?:from|until|till|by|before|starting|beginning)\s+(?:early\s+|late\s+|mid-?)?$/i.test(before) &&
    !/^\s*(?:[-–—]|to\b|through\b|until\b|and\b)/i.test(after)
  )
    return "future";
  return "neutral";
}

/** A trailing attribution up to the date: "…, Cheshire Constabulary said on " (the sentence ends after the date). */
const ATTRIBUTION_BEFORE_RE = new RegExp(`,[^,]{0,60}?\\b(?:${REPORT_VERB})\\s+(?:(?:late|early)\\s+)?(?:on\\s+|in\\s+)?$`, "u");

/**
 * Whether the date at [start, end) only dates the telling of its sentence's news, after a day the
 * sentence gave before: "… in the early hours of Sunday, police said on Monday." (what happened
 * "later the same day" happened on the Sunday).
 */
export function attributionAfterDay(text: string, start: number, end: number, dayGivenEnd: number): boolean {
  const { from, to } = sentenceBounds(text, start, end);
  return dayGivenEnd > from && /^\s*[.!?]?\s*$/.test(text.slice(end, to)) && ATTRIBUTION_BEFORE_RE.test(text.slice(Math.max(from, start - 90), start));
}

/**
 * Whether the date at [start, end) dates a statement whose reported words run on to `later` in
 * the same sentence: "Comelec said in October that the elections would take place next year" (so
 * "next year" counts from October's year).
 */
export function statementDate(text: string, start: number, end: number, later: number): boolean {
  const { from, to } = sentenceBounds(text, start, end);
  return (
    later < to &&
    /^\s*,?\s*that\b/.test(text.slice(end, end + 12)) &&
    REPORT_THEN_DATE_RE.test(text.slice(Math.max(from, start - 90), start).replace(NON_ASCII_LETTER_RE, asciiStandIn))
  );
}

/** Whether the line around `pos` is an image caption. */
function inCaption(text: string, pos: number): boolean {
  let from = pos;
  while (from > 0 && text[from - 1] !== "\n" && text[from - 1] !== "\r") from--;
  let to = pos;
  while (to < text.length && text[to] !== "\n" && text[to] !== "\r") to++;
  return CAPTION_LINE_RE.test(text.slice(from, to));
}

/** After "today": an occasion of the day ("Today marks an important moment", "today is the deadline"). */
const TODAY_OCCASION_RE =
  /^\s*,?\s*(?:marks?|is\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:day|anniversary|deadline)|begins?|starts?|ends?|opens?|closes?|launch(?:es)?|announces?|unveils?|releases?|votes?|meets?|holds?|celebrates?|commemorates?|takes\s+effect|comes\s+into\s+force)\b/iu;
/** Nouns after "today's" that happen on the day ("today's vote"); other nouns make it the present age ("today's youth"). */
export const TODAYS_EVENT_RE =
  /^['’]s\s+(?:[\p{L}-]+\s+)?(?:meeting|session|vote|votes|game|match|announcement|decision|deadline|election|talks|summit|hearing|ceremony|rally|protest|strike|march|trading|sale|auction|debate|speech|statement|report|release|launch|event|visit|edition|judgment|judgement|ruling|verdict)(?!\p{L})/iu;
/** Auxiliaries and copulas of the present: "Today he is the most famous painter", "today we are living", "Banks today cannot …". */
const PRESENT_AUXILIARY_RE = /^(?:is|are|am|has|have|does|do|remains?|seems?|can|cannot|(?:is|are|has|have|does|do|ca)n['’]t)$/;
/** Past participles after "has"/"have". */
const PAST_PARTICIPLE_RE =
  /^(?:[a-z]{2,}ed|been|chosen|made|taken|given|won|lost|become|come|gone|seen|met|held|begun|done|said|told|left|fallen|risen|written|spoken|broken|brought|bought|sold|set|put|cut|hit|shown|grown|known|thrown|drawn|struck|paid|sent|spent|built|kept|led|found)$/;
/** Personal pronouns that make a clause's subject, whose verb the tense words may not know ("the challenges we face today"). */
const SUBJECT_PRONOUN_RE = /^(?:I|we|you|they|he|she|it|people|we['’]re|they['’]re)$/i;
/** Words that start a phrase rather than being a verb: "today at midnight", "today the people …", "today after …". */
const PHRASE_START_RE =
  /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|many|most|all|no|on|at|in|for|to|from|with|by|of|after|before|about|over|into|around|during|until|amid|against|across|outside|inside|near|under|without|ahead|alone|again|too|also|not|only|just|so|more|less|there|here|he|she|it|we|they|you|i|one|two|three|four|five|six|seven|eight|nine|ten|for|or|nor|yet|while|where|whether|what|how|than|both|either|neither|each|every|such|least|last|next|morning|afternoon|evening|night|is|are|am|has|have|does|do|can|may|might|must|should|would|could|will|shall|be)$/;
/** Verbs of an act done on a day, in the present: "Voters today elect …", "The court today rules …". */
const DAY_ACT_VERB_RE =
  /^(?:vote|elect|hold|open|begin|start|end|close|meet|launch|decide|rule|mark|celebrate|face|play|host|travel|visit|sign|announce|release|unveil|publish|return|resume|go|head|arrive|leave|take|hear|issue|present|submit|debate|consider|receive|welcome|honour|honor|commemorate|observe|join|enter|kick|gather|march|strike|walk|reach)(?:s|es)?$/;
/** Verbs of a lasting state in the present: "Only ruins remain today", "a park stands on the site today". */
const STATE_VERB_RE = /^(?:remains?|stands?|lives?|exists?|survives?|belongs?|lies|lie|sits?|houses|serves?|owns?|holds?|contains?|works?|runs?|looks?)$/;
/** Verbs of the past or the future: "and today the start made the difference", "today they will vote". */
const TENSED_WORD_RE =
  /^(?:was|were|had|did|(?:was|were|had|did)n['’]t|will|shall|won['’]t|made|took|gave|came|went|saw|met|held|won|lost|left|said|told|began|became|fell|rose|[a-z]{2,}ed)$/;

const REPORT_THEN_TODAY_RE = new RegExp(`\\b(?:${REPORT_VERB})\\s+$`);

/**
 * Whether "today" names the day of publication rather than the present age ("Readers today want
 * shorter books", "Today he is the most famous painter", "Mexico today is a very different
 * country"). It names the day when a word places something in it ("later today", "until today",
 * "is today"), a time of day follows it, an occasion is its verb ("Today marks …"), it stands inside
 * a progressive ("I am today asking"), or the first verb after it, else its clause, speaks of the
 * past or the future ("and today the start made the difference", "The company said today"). An
 * attribution set into a quote after it ("Today, said Priya Raman, …", "Today, he said, …") is not its clause's verb.
 */
export function todayNamesADay(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  const after = text.slice(end, end + 120);
  if (/\b(?:earlier|later|until|till|from|by|since|starting|effective|as\s+of|up\s+to|is|was)\s+$/i.test(before)) return true;
  // "Today I am pleased to announce …": a speaker's own act is of the day.
  if (/^\s*,?\s*I\s/.test(after)) return true;
  if (/^\s*(?:at\s+\d|,?\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\s+(?:morning|afternoon|evening)\b)/.test(after)) return true;
  if (TODAY_OCCASION_RE.test(after) || (/\b(?:am|is|are)\s+$/.test(before) && /^\s+[a-z]+ing\b/.test(after))) return true;
  const inserted = /^,\s*(?:(?:[\p{L}’'-]+\s+){1,3}(?:said|says|say|added|adds|insisted|insists|argued|argues)|(?:said|says|according\s+to)\b[^,;.]*),/u.exec(
    after,
  );
  // The first verb after it, up to a comma or another clause: "Today many of their tenants are …",
  // "Young people today spend more than their parents did".
  // (A quote that opens right after it goes on with its clause: 'voters today "punish whoever …"';
  // not after a reporting verb: 'said today "we are ready"' quotes what was said that day.)
  const unquoted = REPORT_THEN_TODAY_RE.test(before) ? after : after.replace(/^\s*[“"]/, " ");
  const following = (inserted ? after.slice(inserted[0].length) : unquoted.replace(/^\s*,/, ""))
    .split(/[,.;:!?"“”]|\s(?:than|who|which|that|when|because|as|if|and|but)\s/)[0]!
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 10);
  // "Embrapa … today runs 43 research centres", "satellites today measure the glacier": a verb in
  // the present right after it (no past or future form, no word that starts a phrase, no act of
  // the day: "Voters today elect a president").
  const first = following[0];
  if (
    first &&
    !inserted &&
    /^[a-z]+$/.test(first) &&
    !TENSED_WORD_RE.test(first) &&
    !PAST_IN_CLAUSE_RE.test(first) &&
    !PHRASE_START_RE.test(first) &&
    !DAY_ACT_VERB_RE.test(first) &&
    !/ly$/.test(first)
  )
    return false;
  for (let i = 0; i < following.length; i++) {
    const w = following[i]!;
    // "today the people have chosen change": the present perfect tells what happened on the day
    if ((w === "has" || w === "have") && PAST_PARTICIPLE_RE.test(following[i + 1] ?? "")) return true;
    if (PRESENT_AUXILIARY_RE.test(w)) return false;
    if (TENSED_WORD_RE.test(w)) return !reportedBackshift(text, start, w);
  }
  // Else the last verb before it, back to a comma: "We wrote history today", "is used in 60% of
  // abortions today", "is expected to name his cabinet today".
  const clauseBefore = text
    .slice(Math.max(0, start - 120), start)
    .split(/[,.;:!?"“”]/)
    .pop()!;
  if (FUTURE_RE.test(clauseBefore) || MODAL_RE.test(clauseBefore) || EXPECT_RE.test(clauseBefore)) return true;
  const preceding = clauseBefore.split(/\s+/).filter(Boolean).slice(-10);
  for (let i = preceding.length - 1; i >= 0; i--) {
    const w = preceding[i]!;
    if (PRESENT_AUXILIARY_RE.test(w)) return false;
    if (TENSED_WORD_RE.test(w)) return !/^(?:is|are|am|be|been|being)$/.test(preceding[i - 1] ?? "") && !reportedBackshift(text, start, w);
  }
  // "Another clean sheet at the BayArena today:": a sentence with no verb and no subject, ended by
  // it, is a headline's day ("a library and a park, the Parque da Juventude, stand on its site
  // today" has a verb of state: the present age).
  if (
    following.length === 0 &&
    !preceding.some((w) => SUBJECT_PRONOUN_RE.test(w) || STATE_VERB_RE.test(w)) &&
    /^\s*[:;.!?–—]/.test(after) &&
    !/[,;]/.test(text.slice(sentenceBounds(text, start, end).from, start))
  )
    return true;
  const own = inserted ? `${text.slice(0, end)}${" ".repeat(inserted[0].length)}${text.slice(end + inserted[0].length)}` : text;
  return clauseTense(own, start, end) !== "neutral";
}

/** "Reeves told parliament … that Britain today was paying the price": "was" in reported speech is the backshifted present. */
function reportedBackshift(text: string, start: number, verb: string): boolean {
  if (verb !== "was" && verb !== "were") return false;
  const { from } = sentenceBounds(text, start, start);
  REPORT_FRAME_RE.lastIndex = 0;
  return REPORT_FRAME_RE.test(text.slice(from, start));
}

/** Nouns of events that have happened when a date names them: "the Oct 7 attack", "a December mortar attack". */
const PAST_EVENT_RE =
  /^\s+(?:[a-z]+\s+)?(?:attacks?|bombings?|massacres?|killings?|raids?|strikes?|assaults?|shootings?|onslaught|crash(?:es)?|explosions?|blasts?|incidents?|invasion|coup|uprising|earthquakes?|floods?|fires?|murders?|ambush|riots?|protests?|clashes|deaths?|arrests?|rampage|hijacking|abduction|kidnapping|offensive|incursion|crackdown|collapse|derailment|eruption|storm|hurricane|tsunami|leak|hack|breach|heist|defeat|loss|win|victory|ruling|verdict|agreement|accord|ceasefire|truce|deal)\b/;

/** Nouns that a month name before them dates: "a May election", "the March deadline". */
export const MONTH_EVENT_NOUN_RE =
  /^(?:elections?|votes?|polls?|ballot|referendum|runoff|primary|primaries|deadline|meeting|summit|session|talks|conference|budget|launch|release|visit|trip|rally|protest|attack|offensive|ceasefire|agreement|deal|accord|figures|data|report|sales|decision|hearing|trial|verdict|ruling|auction|sitting|congress|convention|festival|tournament|final|derby|count|census)$/;

function pastEvent(text: string, end: number): boolean {
  return PAST_EVENT_RE.test(text.slice(end, end + 40));
}

/** The tense of a month or month-day's clause, worked out only if its resolution needs it. */
export function lazyTense(text: string, start: number, end: number): () => Tense {
  let t: Tense | undefined;
  return () => (t ??= pastEvent(text, end) ? "past" : clauseTense(text, start, end));
}

/** A direction word before or at the start of the span: "next Tuesday", "by next March", "last Friday". */
export function direction(text: string, start: number, t: string): "next" | "last" | "this" | undefined {
  const w = (
    /^(next|last|this|coming)\b/i.exec(t)?.[1] ?? /\b(next|last|this|coming)\s+$/i.exec(text.slice(Math.max(0, start - 8), start))?.[1]
  )?.toLowerCase();
  return w === "coming" ? "next" : (w as "next" | "last" | "this" | undefined);
}

// prevWord and nextWord scan by hand: as regular expressions over a slice they were a sixth of
