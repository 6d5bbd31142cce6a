/**
 * The first `k` items of a ranking without sorting them all: how a search returns a page of 20 out of 100,000.
 *
 * @module
 */

/**
 * The first `k` of `0..count-1` in the order of `before`, sorted. A bounded max-heap keeps this O(count log k), so a
 * page of 20 out of 100,000 matches does not sort them all.
 * @param count - how many items there are (identified by their index)
 * @param k - how many to keep
 * @param before - negative when item `a` ranks before item `b`
 */
export function topK(count: number, k: number, before: (a: number, b: number) => number): number[] {
  if (k <= 0) return [];
  if (k >= count) return Array.from({ length: count }, (_, i) => i).sort(before);
  const heap: number[] = [];
  const up = (i: number) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (before(heap[i], heap[parent]) <= 0) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < heap.length && before(heap[l], heap[worst]) > 0) worst = l;
      if (r < heap.length && before(heap[r], heap[worst]) > 0) worst = r;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst], heap[i]];
      i = worst;
    }
  };
  for (let i = 0; i < count; i++) {
    if (heap.length < k) {
      heap.push(i);
      up(heap.length - 1);
    } else if (before(i, heap[0]) < 0) {
      heap[0] = i;
      down(0);
    }
  }
  return heap.sort(before);
}
