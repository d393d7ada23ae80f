/**
 * Growable typed arrays for index builders: half the memory of a JS number array for 32-bit values (a
 * quarter for 16-bit ones), and no per-element boxing. Capacity doubles; `view()` is the filled part.
 */
type TypedCtor<T> = { new (length: number): T };

export class Grow<T extends Int32Array | Uint16Array> {
  length = 0;
  private data: T;
  constructor(
    private readonly ctor: TypedCtor<T>,
    capacity = 1024,
  ) {
    this.data = new ctor(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new this.ctor(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  get(i: number): number {
    return this.data[i]!;
  }

  set(i: number, value: number): void {
    this.data[i] = value;
  }

  /** The filled part (a view: later pushes may reallocate and leave it behind). */
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}
