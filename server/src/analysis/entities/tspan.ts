// Spans over the tokens of one article, as the tagger and the rules see them: a type number (the
// tagger's label classes) over tokens [a, b). Pure.

export const PER = 1;
export const ORG = 2;
export const LOC = 3;
/** None of the three types (CoNLL MISC): events, awards, laws, works, products. */
export const MISC = 4;

/** A span over tokens [a, b) of the article's token list. */
export interface TSpan {
  a: number;
  b: number;
  type: number;
}

/** Takes out every span that overlaps [a, b) and adds `span`, keeping `spans` in text order. */
export function putSpan(spans: TSpan[], span: TSpan): void {
  for (let k = spans.length - 1; k >= 0; k--) if (spans[k]!.a < span.b && spans[k]!.b > span.a) spans.splice(k, 1);
  let at = spans.length;
  while (at > 0 && spans[at - 1]!.a > span.a) at--;
  spans.splice(at, 0, span);
}
