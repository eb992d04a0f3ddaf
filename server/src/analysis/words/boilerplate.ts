// What scrapers and export tools put around the news: lines that are no text of the story (`Short
// Url`, `Follow`, `Share this article`, `Updated 3 sec ago`, `4 min read`). Line classification,
// entity recognition (such lines name nobody) and duplicate fingerprints (they are in every
// article) read them from here.

import { MONTH_PATTERN, WEEKDAY_PATTERN } from "./calendar.js";
import { METADATA_KEYS } from "./metadata.js";

/** Whole lines of site furniture, lower case. */
export const FURNITURE_LINES = [
  "short url",
  "follow",
  "follow us",
  "share",
  "share this",
  "share this article",
  "advertisement",
  "advert",
  "subscribe",
  "sign up",
  "read more",
  "related",
  "comments",
  "comment",
  "print",
  "email",
  "copy link",
  "skip to content",
  "listen",
] as const;

/** A web archive's toolbar over a saved page: `[ GO ]  58 captures  12 Jun 2023 - 03 Feb 2024  [ ABOUT THIS CAPTURE ]`. */
export const ARCHIVE_TOOLBAR = /(?<![\p{L}\p{N}])\d[\d,.]*\s+(?:captures|snapshots|mementos)\b|\babout\s+this\s+capture\b/iu;

/**
 * A page's navigation as a text browser dumps it (`lynx -dump`, `elinks`): three links or more, each
 * a few words after its link number (`[1]Skip to main content [2]Menu [3]Search [4]Subscribe`).
 */
export const NAVIGATION_LINE = /^\s*(?:[*•|]\s*)?\[\d{1,4}\][^[\]\s]+(?: [^[\]\s]+){0,3}(?:\s+(?:[*•|]\s+)?\[\d{1,4}\][^[\]\s]+(?: [^[\]\s]+){0,3}){2,}\s*$/;

/** A line of site furniture alone. */
export const FURNITURE_LINE = new RegExp(`^\\s*(?:${FURNITURE_LINES.map((l) => l.replace(/ /g, "\\s+")).join("|")})\\s*$`, "i");

const COUNT_NOUN =
  "(?:comments?|likes?|votes?|points?|upvotes?|downvotes?|shares?|reposts?|boosts?|repl(?:y|ies)|favou?rites?|faves|views?|reactions?|retweets?|quotes?|bookmarks?|kommentare?|commentaires?|comentarios?)";
const COUNT_MARK = "(?:[▲▼↑↓♥♡❤💙👍💬🗨🔁🔄↻↺↩↪⭐★☆]\\uFE0F?)";
const COUNT = `(?:${COUNT_MARK}\\s*[\\d.,]+[kKmM]?(?:\\s+${COUNT_NOUN})?|[\\d.,]+[kKmM]?\\s+${COUNT_NOUN}|flair:\\s*[^·•|]{1,30})`;
/** A post's counts on a forum or a social network: `▲ 1.4k · 412 comments · flair: News`, `♥ 23  🔁 4`. */
export const ENGAGEMENT_LINE = new RegExp(`^\\s*${COUNT}(?:\\s*(?:[·•|]|\\s)\\s*${COUNT})*\\s*$`, "iu");

/**
 * The links a link aggregator sets beside a post's score and age (`| hide | past | discuss |
 * 412 comments`, Lobsters' `caches`, Reddit's `share save report`): a part of its post line.
 */
export const POST_ACTION_PART = new RegExp(
  `^(?:(?:hide|unhide|past|discuss|flag|unflag|vouch|favou?rite|web|caches?|archive|edit|delete|save|unsave|share|report|reply|context|parent|permalink|crosspost|embed|source|suggest)(?:\\s+|$))+$|^${COUNT}$`,
  "iu",
);

/**
 * A press release's label above its title, which says what it is and when it may run: `FOR IMMEDIATE
 * RELEASE`, `PRESS RELEASE`, `For release at 10:00 CET`, `COMMUNIQUÉ DE PRESSE`, `Pressemitteilung`, `Nota de prensa`.
 */
export const RELEASE_LABEL_LINE =
  /^\s*(?:for (?:immediate )?release\b.{0,40}|(?:immediate|press|news|media) release|not for (?:publication|release) (?:before|until)\b.{0,40}|pour (?:diffusion|publication) imm[ée]diate|communiqu[ée] de presse|pressemitteilung|presseinformation|nota de prensa|comunicado de prensa|para (?:difusi[óo]n|publicaci[óo]n) inmediata|comunicato stampa)\s*[:.]?\s*$/iu;

/** An `Updated …` stamp, whatever follows. */
export const UPDATED_LINE = /^\s*(?:last\s+)?updated\b.*$/i;

/** A stamp of the site's, whatever follows: `Updated 19 February 2024`, `Published 3 hours ago`, `Last updated: …`. */
export const STAMP_LINE = /^\s*(?:last\s+)?(?:updated|published|posted)\b.*$/i;

/** A stamp followed by a date or an age, which is the site's, not the story's: `Updated 3 sec ago`, `Published 5 June 2024`. */
export const DATED_STAMP_LINE = new RegExp(
  `^\\s*(?:(?:last\\s+)?updated:?\\s+(?:\\d|an?\\s|just\\b|on\\s|at\\s|yesterday|today|(?:${WEEKDAY_PATTERN}|${MONTH_PATTERN})(?![\\p{L}])).*|(?:published|posted):?\\s+\\d.*)\\s*$`,
  "iu",
);

/** When the page was saved or scraped, which is no date of the story: `Scraped at 2023-04-06T22:54:21Z`, `Saved on 5 April 2023`. */
export const ACQUISITION_STAMP_LINE = /^\s*(?:saved|scraped|retrieved|captured|archived|downloaded|fetched|crawled)(?:\s+(?:at|on|from))?\s*:?\s+\S.*$/i;

/**
 * An e-reader's line under a clipping's title: what was clipped, where, and when it was added
 * (`- Your Highlight on page 2 | Location 31-38 | Added on Tuesday, November 14, 2023 8:05:12 PM`),
 * in the device's languages.
 */
export const CLIPPING_STAMP_LINE =
  /^\s*-\s+(?:your|ihre|votre|tu|su|la tua|uw|sua)\s.{1,80}?\|\s*(?:added on|hinzugefügt am|ajouté le|añadido el|aggiunto il|toegevoegd op|adicionado em)\s+\S.*$/iu;

/**
 * A mailed newsletter's own lines around its stories (`View this email in your browser`, `Unsubscribe ·
 * Update preferences`), and a mailing list's footer under each message, as list software writes it:
 * Mailman's `hoops-l mailing list` (alone, or with the list's address or an unsubscribe note after a dash) and its
 * `…/mailman/listinfo/…` link, Google Groups' `You received this message because you are subscribed …`,
 * `To unsubscribe send an email to …`, LISTSERV's and Sympa's `You are currently subscribed to … as …`, in the lists' languages.
 */
export const NEWSLETTER_FURNITURE =
  /^\s*(?:view (?:this|it|the|today's) (?:e-?mail|newsletter|issue|message|edition) (?:in|on) (?:your|a|the) (?:web )?browser\b|you(?:'re|’re| are) receiving this\b|unsubscribe\b|(?:update|manage) (?:your )?(?:preferences|subscription|email settings)\b|forward(?: this)? to a friend\b|[\w.+-]+(?:@[\w.-]+)? (?:mailing list|mailing-list|list(?:serv)? digest)(?:\s*$|\s+(?:--|[–—|])\s)|(?:liste de diffusion|lista de correo|lista de distribuci[oó]n|mailingliste|mailing-liste|lista di distribuzione) [\w.+-]+(?:\s*$|\s+(?:--|[–—|])\s)|you received this (?:message|e-?mail) because you are subscribed\b|(?:to|para|pour|um) (?:vous |se |sich )?(?:unsubscribe|darse de baja|d[ée]sinscrire|d[ée]sabonner|abzumelden)\b.{0,80}?(?:@|https?:\/\/|\b(?:send|e-?mail|click|visit|envoyez|courriel|env[ií]e|senden|schicken)\b)|you are (?:currently )?subscribed to\b|\S*\/mailman\/listinfo\/)/i;

/**
 * A messenger's mark over a post it forwards or re-posts from another channel or day (`[ Forwarded from Pacific Rugby Desk ]`,
 * `Forwarded from Baltic Wire`, `↪ Reposted from 02.12.2026`, `Weitergeleitet von …`, `Reenviado de …`, `Переслано от …`):
 * the post's furniture, neither its headline nor its date (the name it gives is a mention like any other).
 */
export const FORWARD_MARKER_LINE =
  /^\s*[[(]?\s*(?:[↪➡→⤷🔁↻]\uFE0F?\s*)?(?:forwarded|reposted|re-posted|reshared|boosted|retweeted|weitergeleitet|transf[ée]r[ée]|reenviado|reenviada|encaminhado|reencaminhado|inoltrato|doorgestuurd|videresendt|vidarebefordrad|vidarebefordrat|välitetty|przekazano|przekazane|переслано|пересланное сообщение)(?:\s+message)?\s+(?:from|von|de|da|van|fra|från|od|от|z|by|via)\s*:?\s+\S.{0,60}?\s*[\])]?\s*$/iu;

/** A banner's part that says when it was sent or exported, among others: `Issue 212 · sent 14/06/2024 05:30 WAT · 4 stories`, `exported Sat, 13 Jul 2024 09:20:11 +0000`. */
export const SENT_STAMP_PART = /^(?:sent|delivered|mailed|exported|generated|saved|created|compiled)(?:\s+(?:at|on))?\s*:?\s+(?:\p{L}{3,9},?\s+)?\S*\d/iu;

/** A reading-time note: `4 min read`. */
export const READING_TIME = /^\s*\d+\s*min(?:ute)?s?\s+read\s*$/i;

/** A line that is only a web address, or a `URL:` line. */
export const URL_LINE = /^\s*(?:(?:https?:\/\/|www\.)\S+|url\s*:.*)\s*$/i;

/** A `key: value` line of a header layout (`Source: Reuters`, `URL: …`). */
export const METADATA_LINE = new RegExp(`^\\s*(?:${METADATA_KEYS.join("|")}|tag)\\s*:`, "i");

/** Lines of a site or an export tool that are no text of the story: furniture, stamps, reading times, metadata. */
export function isSiteFurniture(line: string): boolean {
  return FURNITURE_LINE.test(line) || STAMP_LINE.test(line) || READING_TIME.test(line) || METADATA_LINE.test(line);
}

/** Lines that carry no names: furniture, `Updated …` stamps and web addresses. */
export function isNamelessLine(line: string): boolean {
  return FURNITURE_LINE.test(line) || UPDATED_LINE.test(line) || URL_LINE.test(line) || ENGAGEMENT_LINE.test(line);
}
