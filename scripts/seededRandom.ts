// Deterministic random numbers for generated text and fuzz tests: the same sequence on every
// platform for the same seed, so that a dump or a failure can be made again from its seed.

/** A function returning numbers in [0, 1). */
export type Random = () => number;

/** mulberry32: small, fast, and the same numbers on every platform. A string seed is first hashed (FNV-1a). */
export function seededRandom(seed: number | string): Random {
  let state = typeof seed === "number" ? seed >>> 0 : fnv1a(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
