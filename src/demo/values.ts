/**
 * Money amounts of the demo tenant: log-normal draws around a subcategory's median, kept inside
 * the range a plan sees (NOK 50 000 – 200 000 000, building works up to 1.5 bn) and rounded to
 * the three significant digits people write in estimates.
 */
import type { SeededRandom } from "./random";
import type { SubcategoryProfile } from "./vocabulary";

/** Smallest amount the demo draws (PFT handles needs from about NOK 100 000). */
export const MIN_VALUE = 50_000;
/** Largest amount for goods and services. */
export const MAX_VALUE = 200_000_000;
/** Largest amount for building works (a new police building). */
export const MAX_WORKS_VALUE = 1_500_000_000;

/** The value rounded to `digits` significant digits (whole kroner). */
export function roundSignificant(value: number, digits = 3): number {
  const magnitude = Math.floor(Math.log10(value)) - digits + 1;
  if (magnitude <= 0) return Math.round(value);
  const step = 10 ** magnitude;
  return Math.round(value / step) * step;
}

/** A value for the profile, `scale` times its median, clamped and rounded. */
export function drawValue(random: SeededRandom, profile: SubcategoryProfile, scale = 1): number {
  const max = profile.contractType === "works" ? MAX_WORKS_VALUE : MAX_VALUE;
  const raw = random.logNormal(profile.valueMedian * scale, profile.valueSigma);
  return roundSignificant(Math.min(max, Math.max(MIN_VALUE, raw)));
}
