// The words of a record's metadata and of the labels that open a paragraph: header keys (`Title:`,
// `Date:`, `Source:` …) and the words before a colon that are not a dateline's place (`Note:`,
// `Analysis:`, `Photo:`). Line classification, article structure and the entity rules read them.

/** Keys whose value is the headline. */
export const TITLE_KEYS = ["title", "headline", "heading"] as const;

/** Keys whose value is the day of publication. */
export const DATE_KEYS = ["date", "published", "publication date", "posted", "updated"] as const;

/** Every metadata key of the header layouts (title and date keys included). */
export const METADATA_KEYS = [
  ...TITLE_KEYS, ...DATE_KEYS, "source", "publisher", "by", "byline", "author", "authors", "url", "link", "section",
  "category", "categories", "tags", "keywords", "language", "id", "dateline", "location", "summary", "description",
] as const;

/** Words (lower case) of labels that open a line before a colon or a dash (`BREAKING NEWS:`, `Photo:`): a phrase with one of them is no place. */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  ...METADATA_KEYS,
  "note", "editor", "editor's", "nb", "ps", "update", "warning", "photo", "image", "caption", "video", "audio", "watch",
  "listen", "read", "related", "analysis", "opinion", "comment", "correction", "corrected", "exclusive", "breaking",
  "live", "factbox", "explainer", "review", "interview", "q&a", "background", "context", "tl;dr", "tldr",
  "disclaimer", "quote", "question", "answer", "topics", "sport", "sports", "business", "politics", "world", "news",
  "result", "results", "score", "final", "highlights", "timeline", "key", "facts", "more", "share", "follow",
  "subscribe", "email", "tel", "phone", "fax", "why", "what", "how", "who", "when", "where",
  "he", "she", "they", "it", "we", "i", "you", "and", "but", "so", "also",
]);

/** Whole phrases (lower case) that open a paragraph before a colon and are no place: the label words, and openers such as `The`, `First`, `In short`. */
export const NOT_A_DATELINE: ReadonlySet<string> = new Set([
  ...LABEL_WORDS,
  "editor's note", "editor’s note", "photos", "read more", "clarification", "q", "a", "sources", "transcript",
  "step", "tip", "example", "key points", "in short", "bottom line", "this", "that", "there", "here", "the",
  "meanwhile", "however", "first", "second", "third", "finally",
]);
