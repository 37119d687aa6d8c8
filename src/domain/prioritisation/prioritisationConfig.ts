/**
 * Configuration of the prioritisation stage for one plan year, with defaults, and the validation of
 * a criteria set (weights in percent summing to 100). Every field has a default; a plan file may
 * override any of them under `config.prioritisation`.
 */
import { DEFAULT_CRITERIA } from "./defaultCriteria";
import type { Criterion, ForceDecision, PrioritisationMode } from "./prioritisationTypes";
import type { PairwiseMatrix } from "./ahp";
import { DEFAULT_EFFORT_CONFIG, type EffortConfig } from "./estimateEffort";
import type { SelectionMode } from "./selection";

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
  /** How the free needs are selected: rank-order fill (default), most total score, most total value. */
  readonly selection: SelectionMode;
  /** Also run the other selection modes and show what each adds and drops against the chosen one. */
  readonly compareModes: boolean;
  /** ... but only up to this many free candidates (each optimising mode is a MILP solve). */
  readonly compareModesUpTo: number;
  /** At most this many left-out needs above the line (highest-ranked first) get "what would let it in". */
  readonly letInLimit: number;
  /** Effort model: factors on the scheduler's phase templates (docs/prioritisation.md). */
  readonly effort: EffortConfig;
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
  /**
   * Node limit of an exact solve (deterministic): far above what the proof takes on the bench
   * models, so it stops only a pathological search, and at the same point on any machine.
   */
  readonly exactNodeLimit: number;
  /** Wall-clock safety net (seconds) of the selection above exactLimit candidates. */
  readonly timeLimitSeconds: number;
  /** Branch-and-bound node limit above exactLimit candidates (deterministic). */
  readonly nodeLimit: number;
  /** Wall-clock safety net (seconds) per frontier level. */
  readonly frontierTimeLimitSeconds: number;
  /** Node limit per frontier level (deterministic); a level that hits it shows status and gap. */
  readonly frontierNodeLimit: number;
  /** Above this many candidates the frontier levels use the greedy fill (status heuristic), not the MILP. */
  readonly frontierExactUpTo: number;
}

/** Defaults: the domain's criteria, weighted ranking, rank-order selection, no budget limit, 46 working weeks. */
export const DEFAULT_PRIORITISATION_CONFIG: PrioritisationConfig = {
  criteria: DEFAULT_CRITERIA,
  mode: "weighted",
  budgetNok: null,
  forced: [],
  workingWeeksPerYear: 46,
  selection: "rank",
  compareModes: true,
  compareModesUpTo: 5000,
  letInLimit: 500,
  effort: DEFAULT_EFFORT_CONFIG,
  topN: 20,
  stabilityDeltaPp: 5,
  frontierLevels: 8,
  exactLimit: 2000,
  exactTimeLimitSeconds: 120,
  exactNodeLimit: 10_000,
  timeLimitSeconds: 120,
  nodeLimit: 2000,
  frontierTimeLimitSeconds: 60,
  frontierNodeLimit: 500,
  frontierExactUpTo: 5000,
};

/** Prioritisation settings as an input file may give them: any field, the effort model field by field. */
export type PrioritisationConfigOverrides = Partial<Omit<PrioritisationConfig, "effort">> & {
  readonly effort?: Partial<EffortConfig>;
};

/** The defaults with the given fields replaced (the effort model's fields one by one). */
export function prioritisationConfig(overrides: PrioritisationConfigOverrides = {}): PrioritisationConfig {
  const effort = { ...DEFAULT_EFFORT_CONFIG, ...overrides.effort };
  return { ...DEFAULT_PRIORITISATION_CONFIG, ...overrides, effort };
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
