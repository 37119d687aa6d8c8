/**
 * A binary min-heap: the scheduler's list of needs whose dependencies are all placed, ordered by
 * the scheduling key (smallest first).
 */

/** Min-heap over items with a comparator (negative when `a` comes first). */
export class ReadyQueue<T> {
  private readonly items: T[] = [];

  /** An empty queue ordered by `compare`. */
  constructor(private readonly compare: (a: T, b: T) => number) {}

  /** Number of queued items. */
  get size(): number {
    return this.items.length;
  }

  /** Adds an item. */
  push(item: T): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(a[i] as T, a[parent] as T) >= 0) break;
      [a[i], a[parent]] = [a[parent] as T, a[i] as T];
      i = parent;
    }
  }

  /** Removes and returns the first item, or undefined when empty. */
  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.compare(a[l] as T, a[m] as T) < 0) m = l;
        if (r < a.length && this.compare(a[r] as T, a[m] as T) < 0) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m] as T, a[i] as T];
        i = m;
      }
    }
    return top;
  }
}
