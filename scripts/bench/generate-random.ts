// Seeded randomness for the generated benchmark dataset. Math.random would make two runs of the
// benchmark measure different data; a 32-bit generator seeded by the caller gives the same bytes
// for the same seed on every machine.

/** A seeded source of numbers in [0, 1) and the few draws the generator needs. */
export class Random {
  private state: number;

  constructor(seed: number) {
    // Any integer seed; 0 would be a fixed point of some generators, not of mulberry32, but mixing
    // in a constant keeps nearby seeds from starting on nearby streams.
    this.state = (seed ^ 0x9e3779b9) >>> 0;
  }

  /** mulberry32: tiny, fast, and good enough for picking templates and days. */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** A standard normal draw (Box–Muller; one of the pair is enough here). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** Eight lowercase hex digits, for ids. */
  hex8(): string {
    return Math.floor(this.next() * 4294967296)
      .toString(16)
      .padStart(8, '0');
  }
}

/**
 * Draws indices 0…n−1 with given weights in O(log n) each: a cumulative table and a binary search.
 * Used for Zipf-like place frequency (weight 1/rank^s) and for weighted choices of episodes.
 */
export class WeightedPicker {
  private readonly cumulative: Float64Array;

  constructor(weights: readonly number[]) {
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((w, i) => {
      sum += w;
      this.cumulative[i] = sum;
    });
  }

  pick(random: Random): number {
    const c = this.cumulative;
    const target = random.next() * c[c.length - 1]!;
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (c[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** Weights 1/(rank+1)^s: a few places carry most of the news, a long tail is named once or twice. */
export function zipfWeights(n: number, s = 1.05): number[] {
  return Array.from({ length: n }, (_, rank) => 1 / Math.pow(rank + 1, s));
}
