/**
 * Seeded randomness for the sample data. Every stream is derived from a fixed
 * seed and a key naming what it is for (`office|02-01|2019`), so the figures
 * of one unit do not shift when another unit is added or the loop order
 * changes, and two runs produce byte-identical files.
 */

/** The one seed of the whole sample; change it to get another, equally valid sample. */
export const SEED = 20251001;

/** mulberry32: a small 32-bit generator, uniform on [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string's UTF-16 code units, 32 bits. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A random stream with the draws the sample needs. */
export class Rng {
  private constructor(private readonly next: () => number) {}

  /** The stream for one purpose, e.g. `Rng.for('office', '02-01', 2019)`. */
  static for(...key: (string | number)[]): Rng {
    return new Rng(mulberry32(hashText(`${SEED}|${key.join('|')}`)));
  }

  uniform(lo = 0, hi = 1): number {
    return lo + (hi - lo) * this.next();
  }

  /** Approximately normal (sum of six uniforms), so no platform-dependent maths is involved. */
  normal(mean = 0, sd = 1): number {
    let s = 0;
    for (let i = 0; i < 6; i++) s += this.next();
    return mean + sd * (s - 3) * Math.SQRT2;
  }

  /** A positive factor around 1 whose logarithm is roughly normal with deviation `sd`. */
  factor(sd: number): number {
    return Math.exp(this.normal(0, sd));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A copy of `items` in random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}

/** `x` limited to [lo, hi]. */
export const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
