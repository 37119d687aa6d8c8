/**
 * The demo tenant's one seeded random source: a xoroshiro128+ generator from pure-rand, wrapped in
 * the few draws the generators need. Every draw advances the same generator, so the order of calls
 * fixes the data: same seed and same call order → the same tenant, byte for byte.
 */
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import type { RandomGenerator } from "pure-rand/types/RandomGenerator";

/** The largest seed (seeds are 32-bit unsigned integers, each giving its own sequence). */
export const MAX_SEED = 0xffff_ffff;

/** A seeded random source; each call advances the one underlying generator. */
export class SeededRandom {
  private readonly generator: RandomGenerator;

  /** Starts the generator from a seed: an integer from 0 to 4 294 967 295 (32 bits). */
  constructor(seed: number) {
    if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
      throw new RangeError(`The demo seed must be an integer from 0 to ${MAX_SEED}, got ${seed}`);
    }
    this.generator = xoroshiro128plus(seed | 0);
  }

  /** A uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return uniformInt(this.generator, min, max);
  }

  /** A uniform float in [0, 1). */
  float(): number {
    return uniformFloat64(this.generator);
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  /** One element, uniformly; throws on an empty list. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("Cannot pick from an empty list");
    return items[this.int(0, items.length - 1)] as T;
  }

  /** One element, with probability proportional to its weight (weights > 0). */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    if (entries.length === 0 || total <= 0) throw new RangeError("Cannot pick from empty weights");
    let x = this.float() * total;
    for (const [item, w] of entries) {
      x -= w;
      if (x < 0) return item;
    }
    return (entries[entries.length - 1] as readonly [T, number])[0];
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i -= 1) {
      const j = this.int(0, i);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  /** `count` distinct elements in random order (all of them when count ≥ length). */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, count);
  }

  /** A standard normal draw (Marsaglia's polar method: only sqrt and log, no trigonometry). */
  normal(): number {
    for (;;) {
      const u = 2 * this.float() - 1;
      const v = 2 * this.float() - 1;
      const s = u * u + v * v;
      if (s > 0 && s < 1) return u * Math.sqrt((-2 * Math.log(s)) / s);
    }
  }

  /** A log-normal draw with the given median and log-scale spread. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }
}
