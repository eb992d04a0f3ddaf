// Cheap 32-bit integer hashing used for features and gazetteer look-ups. Pure code.

export const FNV_OFFSET = 0x811c9dc5 | 0;

/** FNV-1a over UTF-16 code units of `s`, continuing from `h`. */
export function fnv(s: string, h: number = FNV_OFFSET): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Adds one code unit to an FNV-1a state. */
export function fnvChar(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193) | 0;
}

/** Mixes two 32-bit values into one (order matters). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x5bd1e995, 0x9e3779b1) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** Mixes three values. */
export function mix3(a: number, b: number, c: number): number {
  return mix(mix(a, b), c);
}

/** Open-addressing map from 32-bit keys to 32-bit values; get() gives 0 when absent. */
export class IntMap {
  private keys: Int32Array;
  private vals: Int32Array;
  private mask: number;
  private shift: number;
  /** Slots in use, so that clear() costs what was added, not the capacity. */
  private used: Int32Array;
  size = 0;
  constructor(capacity = 16) {
    let bits = 4;
    while ((1 << bits) < capacity * 2) bits++;
    this.keys = new Int32Array(1 << bits);
    this.vals = new Int32Array(1 << bits);
    this.used = new Int32Array(1 << (bits - 1));
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
  }
  private slot(key: number): number {
    const k = key === 0 ? 1 : key;
    let s = Math.imul(k, 0x9e3779b1) >>> this.shift;
    const keys = this.keys;
    for (;;) {
      const x = keys[s];
      if (x === k || x === 0) return s;
      s = (s + 1) & this.mask;
    }
  }
  get(key: number): number {
    return this.vals[this.slot(key)];
  }
  set(key: number, value: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const s = this.slot(key);
    if (this.keys[s] === 0) {
      this.keys[s] = key === 0 ? 1 : key;
      this.used[this.size++] = s;
    }
    this.vals[s] = value;
  }
  /** Empties the map. */
  clear(): void {
    if (this.keys.length > 1 << 16) {
      const fresh = new IntMap(16);
      this.keys = fresh.keys;
      this.vals = fresh.vals;
      this.used = fresh.used;
      this.mask = fresh.mask;
      this.shift = fresh.shift;
    } else {
      for (let i = 0; i < this.size; i++) {
        const s = this.used[i];
        this.keys[s] = 0;
        this.vals[s] = 0;
      }
    }
    this.size = 0;
  }
  private grow(): void {
    const oldK = this.keys;
    const oldV = this.vals;
    const bits = 32 - this.shift + 1;
    this.keys = new Int32Array(1 << bits);
    this.vals = new Int32Array(1 << bits);
    this.used = new Int32Array(1 << (bits - 1));
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    let n = 0;
    for (let i = 0; i < oldK.length; i++) {
      if (oldK[i] === 0) continue;
      const s = this.slot(oldK[i]);
      this.keys[s] = oldK[i];
      this.vals[s] = oldV[i];
      this.used[n++] = s;
    }
  }
  *entries(): IterableIterator<[number, number]> {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== 0) yield [this.keys[i], this.vals[i]];
  }
}
