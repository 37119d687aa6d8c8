/**
 * Pairwise comparison weights (AHP, Saaty): a positive reciprocal matrix on the 1–9 scale gives
 * weights from its principal eigenvector, λmax, the consistency index CI = (λmax − n)/(n − 1) and
 * the consistency ratio CR = CI / RI(n). CR above 0.10 blocks the weights; the explanation names the
 * comparison that departs most from the weights (largest |ln(a_ij · w_j / w_i)|).
 */
import { dataRecord } from "../model/dataRecord";

/** Pairwise comparisons of criteria: `matrix[i][j]` = how much more important criteria[i] is than criteria[j]. */
export interface PairwiseMatrix {
  readonly criteria: readonly string[];
  readonly matrix: readonly (readonly number[])[];
}

/** Saaty's random consistency index RI for n = 1..10 (Saaty 1980). */
export const RANDOM_INDEX: readonly number[] = [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49];

/** Largest acceptable consistency ratio. */
export const MAX_CONSISTENCY_RATIO = 0.1;

/** The comparison that departs most from the derived weights. */
export interface InconsistentComparison {
  readonly rowCriterion: string;
  readonly columnCriterion: string;
  /** The judgement given, a_ij. */
  readonly given: number;
  /** The ratio the weights imply, w_i / w_j. */
  readonly implied: number;
  /** The nearest value on the 1–9 scale (or its reciprocal) to the implied ratio. */
  readonly suggested: number;
}

/** Result of an AHP weighting. */
export interface AhpResult {
  /** Criterion id → weight in percent (sums to 100). */
  readonly weights: Readonly<Record<string, number>>;
  readonly lambdaMax: number;
  readonly consistencyIndex: number;
  /** CR; 0 for n ≤ 2 (always consistent). */
  readonly consistencyRatio: number;
  /** True when CR ≤ 0.10. */
  readonly acceptable: boolean;
  /** The most inconsistent comparison; absent for n ≤ 2. */
  readonly mostInconsistent?: InconsistentComparison;
}

/** A problem with the matrix itself (shape, scale, reciprocity). */
export interface AhpIssue {
  readonly code: "ahp-size" | "ahp-shape" | "ahp-value" | "ahp-reciprocal" | "ahp-diagonal";
  readonly params: Readonly<Record<string, string | number>>;
}

/** The 1–9 scale of a pairwise judgement. */
export const SAATY_VALUES: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9];
const RECIPROCAL_TOLERANCE = 1e-3;

function onSaatyScale(v: number): boolean {
  return SAATY_VALUES.some((s) => Math.abs(v - s) < 1e-9 || Math.abs(v - 1 / s) < 1e-6);
}

/** Issues of a pairwise matrix: size 1–10, square, values on 1/9..9, unit diagonal, a_ji = 1/a_ij. */
export function pairwiseIssues(p: PairwiseMatrix): AhpIssue[] {
  const n = p.criteria.length;
  const issues: AhpIssue[] = [];
  if (n < 1 || n > RANDOM_INDEX.length)
    return [{ code: "ahp-size", params: { n, max: RANDOM_INDEX.length } }];
  if (p.matrix.length !== n || p.matrix.some((row) => row.length !== n))
    return [{ code: "ahp-shape", params: { n } }];
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < n; j += 1) {
      const a = p.matrix[i]?.[j] as number;
      const ci = p.criteria[i] as string;
      const cj = p.criteria[j] as string;
      if (i === j) {
        if (a !== 1) issues.push({ code: "ahp-diagonal", params: { criterion: ci, value: a } });
      } else if (!Number.isFinite(a) || a <= 0 || !onSaatyScale(a)) {
        issues.push({ code: "ahp-value", params: { row: ci, column: cj, value: String(a) } });
      } else if (j > i) {
        const back = p.matrix[j]?.[i] as number;
        if (Math.abs(a * back - 1) > RECIPROCAL_TOLERANCE)
          issues.push({ code: "ahp-reciprocal", params: { row: ci, column: cj, value: a, back } });
      }
    }
  }
  return issues;
}

/** Principal eigenvector of a positive matrix by power iteration, normalised to sum 1. */
export function principalEigenvector(matrix: readonly (readonly number[])[]): number[] {
  const n = matrix.length;
  let w = new Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < 1000; iter += 1) {
    const next = matrix.map((row) => row.reduce((s, a, j) => s + a * (w[j] as number), 0));
    const total = next.reduce((s, v) => s + v, 0);
    const normalised = next.map((v) => v / total);
    const change = normalised.reduce((m, v, i) => Math.max(m, Math.abs(v - (w[i] as number))), 0);
    w = normalised;
    if (change < 1e-13) break;
  }
  return w;
}

/** The value on the 1–9 scale (or its reciprocal) nearest to `ratio`. */
export function nearestSaaty(ratio: number): number {
  const candidates = [...SAATY_VALUES, ...SAATY_VALUES.slice(1).map((s) => 1 / s)];
  return candidates.reduce((best, c) =>
    Math.abs(Math.log(c / ratio)) < Math.abs(Math.log(best / ratio)) ? c : best,
  );
}

/**
 * Weights, λmax, CI and CR of a valid pairwise matrix (check it with pairwiseIssues first).
 * λmax = mean_i((Aw)_i / w_i).
 */
export function ahpWeights(p: PairwiseMatrix): AhpResult {
  const n = p.criteria.length;
  const w = principalEigenvector(p.matrix);
  const lambdaMax =
    p.matrix.reduce(
      (s, row, i) => s + row.reduce((t, a, j) => t + a * (w[j] as number), 0) / (w[i] as number),
      0,
    ) / n;
  const consistencyIndex = n > 1 ? Math.max(0, (lambdaMax - n) / (n - 1)) : 0;
  const ri = RANDOM_INDEX[n - 1] as number;
  const consistencyRatio = ri > 0 ? consistencyIndex / ri : 0;
  const weights = dataRecord<number>();
  p.criteria.forEach((c, i) => (weights[c] = (w[i] as number) * 100));
  let worst: InconsistentComparison | undefined;
  let worstDeparture = -1;
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) {
      const given = p.matrix[i]?.[j] as number;
      const implied = (w[i] as number) / (w[j] as number);
      const departure = Math.abs(Math.log(given / implied));
      if (departure > worstDeparture + 1e-12) {
        worstDeparture = departure;
        worst = {
          rowCriterion: p.criteria[i] as string,
          columnCriterion: p.criteria[j] as string,
          given,
          implied,
          suggested: nearestSaaty(implied),
        };
      }
    }
  }
  const result = {
    weights,
    lambdaMax,
    consistencyIndex,
    consistencyRatio,
    acceptable: consistencyRatio <= MAX_CONSISTENCY_RATIO,
  };
  return n > 2 && worst ? { ...result, mostInconsistent: worst } : result;
}
