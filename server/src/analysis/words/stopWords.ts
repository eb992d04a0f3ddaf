// English function words: articles, prepositions, conjunctions, pronouns, auxiliaries, wh-words,
// and the verbs of reporting that news is full of. They carry no topic: segmentation compares the
// content words of paragraphs without them, duplicate detection compares headlines without them,
// and a person's role in the text ends where one begins.

export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or but of to in on at by for from with as into onto over under about after before while " +
    "is are was were be been being has have had do does did will would can could may might must shall should " +
    "it its this that these those he she they we you i his her their our your my him them us " +
    "up out off down new says say said told vs via amid than then so if how what why who when where which"
  ).split(" "),
);
