/**
 * Memoizes pure answers by a string key. A batch repeats the same descriptions, codes and dates on thousands of
 * lines, so most lookups are answered from the map. Bounded: when full it starts over (no unbounded growth on a file
 * whose every line differs). Callers must treat the answers as read-only, as they are shared.
 */
export class BoundedMemo<R> {
  private readonly cache = new Map<string, R>();

  constructor(private readonly max = 4096) {}

  get(key: string, compute: () => R): R {
    const hit = this.cache.get(key);
    if (hit !== undefined || this.cache.has(key)) return hit as R;
    const value = compute();
    if (this.cache.size >= this.max) this.cache.clear();
    this.cache.set(key, value);
    return value;
  }
}

/** `fn` memoized by `keyOf` of its arguments (see BoundedMemo). */
export function memoByKey<A extends unknown[], R>(fn: (...args: A) => R, keyOf: (...args: A) => string, max = 4096): (...args: A) => R {
  const memo = new BoundedMemo<R>(max);
  return (...args: A): R => memo.get(keyOf(...args), () => fn(...args));
}
