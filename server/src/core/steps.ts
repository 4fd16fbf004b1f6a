/**
 * Work done in steps: a generator that yields between pieces of a long job (reading a 10 MB file), so the editor can
 * answer other requests in between. The CLI and tests run the same generator to the end in one go.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once and returns the result. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
