/**
 * A map keyed by two strings, nested, so that a lookup per row builds no key
 * string. Iteration is not offered: callers that need the order of first
 * appearance keep their own list.
 */
export class TwoKeyMap<V> {
  private readonly outer = new Map<string, Map<string, V>>();

  get(a: string, b: string): V | undefined {
    return this.outer.get(a)?.get(b);
  }

  set(a: string, b: string, value: V): void {
    let inner = this.outer.get(a);
    if (inner === undefined) {
      inner = new Map();
      this.outer.set(a, inner);
    }
    inner.set(b, value);
  }
}
