// Open-addressing tables keyed by 32-bit hashes, for features and gazetteer look-ups (the hashes: ../hashing.ts). Pure code.

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
    while (1 << bits < capacity * 2) bits++;
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
      if (this.used.length <= this.size) this.findUsed();
      this.keys[s] = key === 0 ? 1 : key;
      this.used[this.size++] = s;
    }
    this.vals[s] = value;
  }
  /** Lists the slots in use (a map made by fromTable() does not until it is needed). */
  private findUsed(): void {
    const used = new Int32Array(Math.max(this.keys.length >>> 1, this.size + 1));
    let n = 0;
    for (let s = 0; s < this.keys.length; s++) if (this.keys[s] !== 0) used[n++] = s;
    this.used = used;
  }
  /** Empties the map. */
  clear(): void {
    if (this.used.length < this.size) this.findUsed();
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
  /**
   * A map of `size` keys over slot arrays that `table()` made (they are kept, not copied): how a
   * map is loaded from a file without inserting its keys one by one.
   */
  static fromTable(keys: Int32Array, vals: Int32Array, size: number): IntMap {
    const n = keys.length;
    if (n < 16 || (n & (n - 1)) !== 0 || vals.length !== n || !(size >= 0 && size * 4 <= n * 3)) throw new Error("not an IntMap table");
    const m = new IntMap(4);
    m.keys = keys;
    m.vals = vals;
    m.mask = n - 1;
    m.shift = 32 - Math.log2(n);
    m.size = size;
    // which slots are in use is found when first needed (clear() or set() of a new key)
    m.used = new Int32Array(0);
    return m;
  }

  /**
   * The map's entries in slot arrays (keys, 0 where empty, and values) of the fewest slots that
   * keep at most `maxLoad` of them in use, for storing the map; see fromTable.
   */
  table(maxLoad = 0.5): { keys: Int32Array; vals: Int32Array } {
    let bits = 4;
    while ((1 << bits) * maxLoad < this.size) bits++;
    const keys = new Int32Array(1 << bits);
    const vals = new Int32Array(1 << bits);
    const shift = 32 - bits;
    const mask = (1 << bits) - 1;
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i];
      if (k === 0) continue;
      let s = Math.imul(k, 0x9e3779b1) >>> shift;
      while (keys[s] !== 0) s = (s + 1) & mask;
      keys[s] = k;
      vals[s] = this.vals[i];
    }
    return { keys, vals };
  }
}
