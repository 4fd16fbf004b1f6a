/**
 * A growable Int32Array. The tokenizer records millions of offsets for a large file; typed storage keeps
 * that off the garbage-collected heap and avoids one object per element.
 */
export class IntList {
  private data: Int32Array;
  /** Filled length. Writers that fill `buffer` directly set it themselves. */
  length = 0;

  constructor(initialCapacity: number) {
    this.data = new Int32Array(Math.max(16, initialCapacity | 0));
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow();
    this.data[this.length++] = value;
  }

  get(index: number): number {
    return this.data[index];
  }

  set(index: number, value: number): void {
    this.data[index] = value;
  }

  /** The filled part. A view, not a copy: copying megabytes per parse costs more than the spare capacity. */
  toArray(): Int32Array {
    return this.data.subarray(0, this.length);
  }

  /** The backing array (capacity `buffer.length`), for hot loops that write directly and then set `length`. */
  get buffer(): Int32Array {
    return this.data;
  }

  /** Doubles the capacity, keeping the first `length` values; returns the new backing array. */
  grow(): Int32Array {
    const next = new Int32Array(this.data.length * 2);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
    return next;
  }
}
