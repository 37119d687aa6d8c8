/**
 * Configuration of the prioritisation stage for one plan year, with defaults, and the validation of
 * a criteria set (weights in percent summing to 100). Every field has a default; a plan file may
 * override any of them under `config.prioritisation`.
 */
import { DEFAULT_CRITERIA } from "./defaultCriteria";
import type { Criterion, ForceDecision, PrioritisationMode } from "./prioritisationTypes";
import type { PairwiseMatrix } from "./ahp";

/** Settings of the prioritisation stage. */
export interface PrioritisationConfig {
  readonly criteria: readonly Criterion[];
  readonly mode: PrioritisationMode;
  /** Pairwise comparisons; when given (mode `ahp`), they replace the criteria weights. */
  readonly ahp?: PairwiseMatrix;
  /** Budget for the plan year in NOK (a need costs its estimated value); null = no budget limit. */
  readonly budgetNok: number | null;
  /** Force-in / force-out decisions. */
  readonly forced: readonly ForceDecision[];
  /** Working weeks in a year for a full-time person (after holidays and public holidays). */
  readonly workingWeeksPerYear: number;
  /** Share of a full-time week a lead spends on a need in every phase. */
  readonly leadLoad: number;
  /** Share of a full-time week a lawyer spends on a need in tender documents and award. */
  readonly lawyerLoad: number;
  /** Size of the top set whose stability is reported. */
  readonly topN: number;
  /** Weight change (percentage points) for the stability check. */
  readonly stabilityDeltaPp: number;
  /** Number of budget levels on the efficient frontier (plus the zero level). */
  readonly frontierLevels: number;
  /** Up to this many free candidates the selection is solved to proven optimality. */
  readonly exactLimit: number;
  /** Safety time limit (seconds) for an exact solve; hitting it is reported, never hidden. */
  readonly exactTimeLimitSeconds: number;
  /** Time limit (seconds) of the selection above exactLimit candidates. */
  readonly timeLimitSeconds: number;
  /** Time limit (seconds) per frontier level; a level that hits it shows status and gap. */
  readonly frontierTimeLimitSeconds: number;
}

/** Defaults: the domain's criteria, weighted mode, no budget limit, 46 working weeks, 40 %/20 % loads. */
export const DEFAULT_PRIORITISATION_CONFIG: PrioritisationConfig = {
  criteria: DEFAULT_CRITERIA,
  mode: "weighted",
  budgetNok: null,
  forced: [],
  workingWeeksPerYear: 46,
  leadLoad: 0.4,
  lawyerLoad: 0.2,
  topN: 20,
  stabilityDeltaPp: 5,
  frontierLevels: 8,
  exactLimit: 2000,
  exactTimeLimitSeconds: 120,
  timeLimitSeconds: 30,
  frontierTimeLimitSeconds: 1,
};

/** The defaults with the given fields replaced. */
export function prioritisationConfig(overrides: Partial<PrioritisationConfig> = {}): PrioritisationConfig {
  return { ...DEFAULT_PRIORITISATION_CONFIG, ...overrides };
}

/** A configuration problem: a stable code and the values for its message (prioritisationMessages). */
export interface ConfigIssue {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Thrown when the prioritisation configuration cannot be used; lists every issue found. */
export class PrioritisationConfigError extends Error {
  /** Every issue found, each with a message code from prioritisationMessages. */
  readonly issues: readonly ConfigIssue[];
  /** Builds the error from its issues (the message lists their codes). */
  constructor(issues: readonly ConfigIssue[]) {
    super(
      `Invalid prioritisation configuration: ${issues.map((i) => `${i.code} ${JSON.stringify(i.params)}`).join("; ")}`,
    );
    this.name = "PrioritisationConfigError";
    this.issues = issues;
  }
}

/** Tolerance on the sum of weights (percent). */
const WEIGHT_SUM_TOLERANCE = 1e-6;

/** Issues of a criteria set: empty ids, duplicates, negative or non-finite weights, sum ≠ 100. */
export function criteriaIssues(criteria: readonly Criterion[]): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  if (criteria.length === 0) issues.push({ code: "criteria-empty", params: {} });
  const seen = new Set<string>();
  for (const c of criteria) {
    if (c.id.trim() === "") issues.push({ code: "criterion-id-empty", params: {} });
    if (seen.has(c.id)) issues.push({ code: "criterion-duplicate", params: { criterion: c.id } });
    seen.add(c.id);
    if (!Number.isFinite(c.weight) || c.weight < 0)
      issues.push({
        code: "criterion-weight-invalid",
        params: { criterion: c.id, weight: String(c.weight) },
      });
  }
  const sum = criteria.reduce((s, c) => s + (Number.isFinite(c.weight) ? c.weight : 0), 0);
  if (criteria.length > 0 && Math.abs(sum - 100) > WEIGHT_SUM_TOLERANCE)
    issues.push({ code: "weights-sum", params: { sum: Math.round(sum * 1000) / 1000 } });
  return issues;
}
