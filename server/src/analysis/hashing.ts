// The 32-bit hashing the core's fingerprints and features share: FNV-1a over code units, and
// MurmurHash3's finalizer and a pair mixer to spread the bits.

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** Adds one code unit to an FNV-1a state. */
export function fnvChar(h: number, c: number): number {
  return Math.imul(h ^ c, FNV_PRIME) | 0;
}

/** MurmurHash3's finalizer: every input bit reaches every output bit (unsigned result). */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Mixes two 32-bit values into one (order matters). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x5bd1e995, 0x9e3779b1) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}
