// The bookkeeping of one layout pass (layout.ts): the lanes, with where each one's marks end and the
// long bars placed in it first, and the marks placed so far, in growable typed arrays.

/**
 * The lanes of one pass: per lane, where its last ordinary mark ends (they are placed left to right)
 * and the long bars placed in it beforehand (few, checked one by one).
 */
export class Lanes {
  end: Float64Array;
  private longs: number[][];

  constructor(
    lanes: number,
    private gap: number,
  ) {
    this.end = new Float64Array(lanes);
    this.longs = Array.from({ length: lanes }, () => []);
  }

  clear(): void {
    this.end.fill(-Infinity);
    for (const l of this.longs) l.length = 0;
  }

  addLong(lane: number, x0: number, x1: number): void {
    this.longs[lane]!.push(x0, x1);
  }

  /** Whether [x0, x1] fits in the lane after its last mark and clear of its long bars. */
  fits(lane: number, x0: number, x1: number): boolean {
    if (this.end[lane]! + this.gap > x0) return false;
    const longs = this.longs[lane]!;
    for (let j = 0; j < longs.length; j += 2) if (longs[j]! < x1 + this.gap && longs[j + 1]! + this.gap > x0) return false;
    return true;
  }

  firstFit(x0: number, x1: number): number {
    for (let l = 0; l < this.end.length; l++) if (this.fits(l, x0, x1)) return l;
    return -1;
  }
}

/** A growable set of marks for one layout pass (reused between passes). */
export class Marks {
  count = 0;
  item: Int32Array;
  group: Int32Array;
  member: Int32Array;
  x0: Float32Array;
  x1: Float32Array;
  end: Float32Array;
  lane: Uint8Array;

  constructor(capacity: number) {
    this.item = new Int32Array(capacity);
    this.group = new Int32Array(capacity);
    this.member = new Int32Array(capacity);
    this.x0 = new Float32Array(capacity);
    this.x1 = new Float32Array(capacity);
    this.end = new Float32Array(capacity);
    this.lane = new Uint8Array(capacity);
  }

  push(item: number, g: number, member: number, x0: number, x1: number, end: number, lane: number): void {
    if (this.count === this.item.length) this.grow();
    const m = this.count++;
    this.item[m] = item;
    this.group[m] = g;
    this.member[m] = member;
    this.x0[m] = x0;
    this.x1[m] = x1;
    this.end[m] = end;
    this.lane[m] = lane;
  }

  private grow(): void {
    const next = new Marks(this.item.length * 2);
    next.item.set(this.item);
    next.group.set(this.group);
    next.member.set(this.member);
    next.x0.set(this.x0);
    next.x1.set(this.x1);
    next.end.set(this.end);
    next.lane.set(this.lane);
    this.item = next.item;
    this.group = next.group;
    this.member = next.member;
    this.x0 = next.x0;
    this.x1 = next.x1;
    this.end = next.end;
    this.lane = next.lane;
  }

  /** The kept marks, compacted, with each lane's marks in left-to-right order. */
  finish(kept: number[], lanes: number) {
    const n = kept.length;
    const res = {
      count: n,
      group: new Int32Array(n),
      member: new Int32Array(n),
      x0: new Float32Array(n),
      x1: new Float32Array(n),
      end: new Float32Array(n),
      lane: new Uint8Array(n),
    };
    const perLane: number[][] = Array.from({ length: lanes }, () => []);
    kept.forEach((m, i) => {
      res.group[i] = this.group[m]!;
      res.member[i] = this.member[m]!;
      res.x0[i] = this.x0[m]!;
      res.x1[i] = this.x1[m]!;
      res.end[i] = this.end[m]!;
      res.lane[i] = this.lane[m]!;
      perLane[this.lane[m]!]!.push(i);
    });
    // Ordinary marks were placed left to right; long bars, placed first, are sorted in among them.
    const laneMarks = perLane.map((l) => Int32Array.from(l).sort((a, b) => res.x0[a]! - res.x0[b]!));
    return { ...res, laneMarks };
  }
}

