/**
 * Memoizes a pure function of a string key. A batch repeats the same descriptions, codes and dates on thousands of
 * lines, so most lookups are answered from the map. Bounded: when full it starts over (no unbounded growth on a file
 * whose every line differs). Callers must treat the answers as read-only, as they are shared.
 */
export function memoByKey<A extends unknown[], R>(fn: (...args: A) => R, keyOf: (...args: A) => string, max = 4096): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args: A): R => {
    const key = keyOf(...args);
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as R;
    const value = fn(...args);
    if (cache.size >= max) cache.clear();
    cache.set(key, value);
    return value;
  };
}
