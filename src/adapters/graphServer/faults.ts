/**
 * Switchable fault injection of the demo server: throttling (429 with Retry-After), 503, 504,
 * connection resets (GET only: a reset of a write leaves the client unsure whether it happened),
 * slow answers, error objects inside a delta page (a reported SharePoint defect) and lost answers
 * (a write is done but the connection drops before the answer is sent), truncated and shapeless
 * answers to reads, drawn from a seeded generator so a test run is reproducible.
 */

/** A kind of fault. */
export type FaultKind =
  | "429"
  | "503"
  | "504"
  | "reset"
  | "slow"
  | "deltaError"
  | "lostAnswer"
  /** GET only: 200 with the JSON body cut off halfway (an answer no parser can read). */
  | "truncated"
  /** GET only: 200 with `{}` where a collection or item was asked for (no `value`, no `id`). */
  | "shapeless";

/** Fault settings; `rate` 0 switches faults off. */
export interface FaultSettings {
  /** Share of requests (and of $batch sub-requests) that fail, 0–1. */
  readonly rate: number;
  readonly kinds: readonly FaultKind[];
  /** Retry-After sent with 429 and 503, in seconds (may be fractional). */
  readonly retryAfterSeconds: number;
  /** Delay of a slow answer, in milliseconds. */
  readonly slowMs: number;
  readonly seed: number;
  /** Only $batch sub-requests fail (the calls themselves go through): sustained throttling of writes. */
  readonly onlyInBatch?: boolean;
}

/** No faults. */
export const NO_FAULTS: FaultSettings = { rate: 0, kinds: [], retryAfterSeconds: 1, slowMs: 0, seed: 1 };

/** Draws faults from a seeded generator (mulberry32). */
export class FaultInjector {
  private state: number;
  private settings: FaultSettings;

  constructor(settings: FaultSettings = NO_FAULTS) {
    this.settings = settings;
    this.state = settings.seed >>> 0;
  }

  /** Current settings. */
  get current(): FaultSettings {
    return this.settings;
  }

  /** Switches to new settings (and reseeds). */
  set(settings: FaultSettings): void {
    this.settings = settings;
    this.state = settings.seed >>> 0;
  }

  /** A number in [0, 1). */
  random(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** The fault for a request, if any; `allowed` limits the kinds (e.g. no resets for writes). */
  draw(allowed: (kind: FaultKind) => boolean): FaultKind | undefined {
    const { rate, kinds } = this.settings;
    if (rate <= 0 || kinds.length === 0) return undefined;
    if (this.random() >= rate) return undefined;
    const usable = kinds.filter(allowed);
    if (usable.length === 0) return undefined;
    return usable[Math.floor(this.random() * usable.length)];
  }
}
