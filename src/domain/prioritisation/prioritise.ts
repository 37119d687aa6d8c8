/**
 * The prioritisation stage: scores (given and derived) → ranking (mode, tie rule) → selection under
 * budget and capacity after force-in/out (exact MILP through the solver port) → efficient frontier,
 * Kraljic points, per-need explanations with weight sensitivity, and top-N stability.
 * Pure apart from the solver port; every entry point (CLI, task pane, browser) calls this.
 */
import type { KavContract } from "../model/contract";
import type { Need } from "../model/need";
import type { Person } from "../model/people";
import type { PlanConfig } from "../model/planInput";
import type { Procedure } from "../rules/thresholds";
import type { IsoDate } from "../time/isoDate";
import { ahpWeights, pairwiseIssues, type AhpResult } from "./ahp";
import { capacityFromPeople } from "./capacity";
import { effortIssues, estimateEffort, type Effort, type EffortBasis } from "./estimateEffort";
import { defaultSchedulingConfig } from "../scheduling/schedulingConfig";
import type { LetIn, LimitShortfall } from "./rankFill";
import { efficientFrontier, type FrontierPoint } from "./frontier";
import { kraljicPoints, type KraljicPoint } from "./kraljic";
import type { MilpSolver } from "./milpSolver";
import {
  criteriaIssues,
  PrioritisationConfigError,
  type ConfigIssue,
  type PrioritisationConfig,
} from "./prioritisationConfig";
import type {
  Criterion,
  ForceDecision,
  LimitId,
  PrioritisationMode,
  RankedNeed,
  ValueEffortQuadrant,
} from "./prioritisationTypes";
import { median, quadrantOf, rankOrder, rankValueFor } from "./ranking";
import { scoreNeed, type NeedScoreError, type ScoredNeed } from "./scoring";
import {
  selectNeeds,
  SELECTION_MODES,
  type LimitUse,
  type CandidateDecision,
  type SelectionCandidate,
  type SelectionLimits,
  type SelectionMode,
  type SelectionResult,
  type SelectionStatus,
  type SolveSettings,
  type UnavailableReason,
} from "./selection";
import { explain, type MessageRef } from "./explain";
import { nearestCompetitor, needSensitivity, type NeedSensitivity } from "./sensitivity";
import { dataRecord, ownValue } from "../model/dataRecord";
import { Interner } from "../model/interner";
import { topStability, type StabilityReport } from "./stability";

/** A ranked need with everything its explanation needs. */
export interface PrioritisedNeed extends RankedNeed {
  /** The value the mode ranks by (score, WSJF, or quadrant band + score). */
  readonly rankValue: number;
  readonly category: string;
  readonly cost: number;
  readonly procedure: Procedure;
  readonly leadWeeks: number;
  readonly lawyerWeeks: number;
  readonly deadline?: IsoDate;
  /** WSJF = score / lead weeks (every mode reports it). */
  readonly wsjf: number;
  readonly quadrant: ValueEffortQuadrant;
  readonly force?: ForceDecision;
  /** What the lead and lawyer weeks were made of (effort model). */
  readonly effortBasis: EffortBasis;
  /** Limits the need would break (for budget / capacity / dependency reasons). */
  readonly limits: readonly LimitId[];
  /** By how much each of those limits falls short. */
  readonly shortfall: readonly LimitShortfall[];
  /** Rank mode, left out above the lowest selected need: the smallest changes that let it in. */
  readonly letIn?: LetIn;
  /** Needs it waits for (dependency reason). */
  readonly blockedBy: readonly string[];
  /** Forced in because this forced-in need depends on it. */
  readonly requiredBy?: string;
  /** Weight sensitivity; absent for forced needs and when there is no competitor across the line. */
  readonly sensitivity?: NeedSensitivity;
  /** Explanation lines in order. */
  readonly explanation: readonly MessageRef[];
}

/** Another selection mode against the chosen one. */
export interface ModeComparison {
  readonly mode: SelectionMode;
  readonly status: SelectionStatus;
  readonly gap: number | null;
  readonly selectedCount: number;
  readonly totalScore: number;
  /** Σ score × estimated value (NOK) of the selected needs. */
  readonly totalValue: number;
  readonly totalCost: number;
  /** Needs this mode selects that the chosen mode leaves out, in rank order. */
  readonly adds: readonly string[];
  /** Needs the chosen mode selects that this mode leaves out, in rank order. */
  readonly drops: readonly string[];
}

/** Summary of the selection. */
export interface SelectionSummary {
  /** rank = rank-order fill; score = most total score; value = most total score × estimated value. */
  readonly mode: SelectionMode;
  readonly status: SelectionStatus;
  readonly solver: string;
  /** Candidates the solver chose among (after forced and dependency exclusions). */
  readonly freeCandidates: number;
  readonly exactLimit: number;
  /**
   * The solver's deterministic work budget in branch-and-bound nodes (exactNodeLimit up to
   * exactLimit free candidates, else nodeLimit); null in rank mode. Status `work-limit` says it
   * stopped the proof, `time-limit` that the wall-clock safety net did.
   */
  readonly nodeLimit: number | null;
  readonly selectedCount: number;
  /** Σ score of the selected needs. */
  readonly totalScore: number;
  /** Σ score × estimated value (NOK) of the selected needs. */
  readonly totalValue: number;
  /** Proven upper bound on the total score; null when unknown. */
  readonly bound: number | null;
  /** Relative optimality gap; 0 when proved optimal. */
  readonly gap: number | null;
  readonly totalCost: number;
  readonly budget: number | null;
  readonly limits: readonly LimitUse[];
  readonly exceededByForced: readonly LimitId[];
  /** The other modes side by side: what each adds and drops against this one (empty when not compared). */
  readonly modes: readonly ModeComparison[];
}

/** The prioritisation section of a plan. */
export interface PrioritisationResult {
  readonly mode: PrioritisationMode;
  /** Criteria with the weights used (from AHP when pairwise comparisons were given). */
  readonly criteria: readonly Criterion[];
  readonly ahp?: AhpResult;
  /** Ranked needs, best first. */
  readonly ranking: readonly PrioritisedNeed[];
  /** Needs that could not be scored (not ranked, not selected). */
  readonly errors: readonly NeedScoreError[];
  readonly selection: SelectionSummary;
  readonly frontier: readonly FrontierPoint[];
  readonly kraljic: readonly KraljicPoint[];
  readonly stability: StabilityReport;
}

/** Inputs of the stage. */
export interface PrioritisationInput {
  readonly needs: readonly Need[];
  readonly contracts: readonly KavContract[];
  /** People for the capacity limits; null = no capacity limits. */
  readonly people: readonly Person[] | null;
  readonly planConfig: PlanConfig;
  readonly config: PrioritisationConfig;
  /** Why needs that are not among `needs` are missing (rejected at intake, withdrawn/declined). */
  readonly unavailable?: ReadonlyMap<string, UnavailableReason>;
}

/** Options of a run. */
export interface PrioritiseOptions {
  /** Compute the efficient frontier (default true). */
  readonly frontier?: boolean;
  /**
   * Told the result without its frontier (`frontier: []`) and the other modes (`selection.modes:
   * []`) as soon as the ranking and selection are known, before their solves; the returned result
   * is this one with its frontier and modes.
   */
  readonly onRanked?: (ranked: PrioritisationResult) => void;
}

/** The criteria to use: AHP weights when a pairwise matrix is given; throws on any config issue. */
export function effectiveCriteria(config: PrioritisationConfig): {
  criteria: readonly Criterion[];
  ahp?: AhpResult;
} {
  const issues: ConfigIssue[] = [];
  if (config.mode === "ahp" && config.ahp === undefined) issues.push({ code: "ahp-missing", params: {} });
  let criteria = config.criteria;
  let ahp: AhpResult | undefined;
  if (config.ahp !== undefined) {
    const ids = new Set(config.criteria.map((c) => c.id));
    const matrixIds = new Set(config.ahp.criteria);
    if (ids.size !== matrixIds.size || [...ids].some((id) => !matrixIds.has(id)))
      issues.push({
        code: "ahp-criteria",
        params: { expected: [...ids].join(", "), given: config.ahp.criteria.join(", ") },
      });
    const matrixIssues = pairwiseIssues(config.ahp);
    issues.push(...matrixIssues);
    if (issues.length === 0) {
      ahp = ahpWeights(config.ahp);
      const weights = ahp.weights;
      if (!ahp.acceptable) {
        const worst = ahp.mostInconsistent;
        issues.push({
          code: "ahp-inconsistent",
          params: {
            cr: Math.round(ahp.consistencyRatio * 1000) / 1000,
            row: worst?.rowCriterion ?? "",
            column: worst?.columnCriterion ?? "",
            given: worst ? Math.round(worst.given * 1000) / 1000 : 0,
            implied: worst ? Math.round(worst.implied * 1000) / 1000 : 0,
            suggested: worst ? Math.round(worst.suggested * 1000) / 1000 : 0,
          },
        });
      }
      criteria = config.criteria.map((c) => ({ ...c, weight: ownValue(weights, c.id) ?? 0 }));
    }
  }
  issues.push(...criteriaIssues(criteria));
  if (issues.length > 0) throw new PrioritisationConfigError(issues);
  return ahp ? { criteria, ahp } : { criteria };
}

function forceIssues(config: PrioritisationConfig, needIds: ReadonlySet<string>): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const seen = new Set<string>();
  for (const f of config.forced) {
    if (!needIds.has(f.needId)) issues.push({ code: "force-unknown-need", params: { need: f.needId } });
    if (seen.has(f.needId)) issues.push({ code: "force-duplicate", params: { need: f.needId } });
    seen.add(f.needId);
  }
  if (config.budgetNok !== null && !(config.budgetNok >= 0))
    issues.push({ code: "budget-invalid", params: { value: String(config.budgetNok) } });
  return issues;
}

/** Sensitivity of a need that no need across the line can swap with by score. */
const RESOURCE_BOUND: NeedSensitivity = { resourceBound: true, perCriterion: [] };

/** Scores, efforts and score errors of the needs; throws on config issues. */
function scoreAll(input: PrioritisationInput, criteria: readonly Criterion[]) {
  const { config, planConfig } = input;
  const scheduling = planConfig.scheduling ?? defaultSchedulingConfig();
  // equal small parts (an effort basis, a criterion's score) are one shared object (interner.ts)
  const shared = new Interner();
  const efforts = new Map<string, Effort>(
    input.needs.map((n) => {
      const effort = estimateEffort(n, planConfig, scheduling, config.effort);
      return [n.id, { ...effort, basis: shared.of(effort.basis) }];
    }),
  );
  const ctx = {
    planStart: planConfig.planStart,
    contractsById: new Map(input.contracts.map((c) => [c.id, c])),
    weeksToSignature: (n: Need) => (efforts.get(n.id) as Effort).weeksToSignature,
  };
  const scored: ScoredNeed[] = [];
  const errors: NeedScoreError[] = [];
  for (const n of input.needs) {
    const r = scoreNeed(n, criteria, ctx);
    if (r.scored) scored.push({ ...r.scored, breakdown: r.scored.breakdown.map((b) => shared.of(b)) });
    errors.push(...r.errors);
  }
  const issues = [
    ...forceIssues(config, new Set(input.needs.map((n) => n.id))),
    ...effortIssues(config.effort),
  ];
  const unscored = new Set(errors.map((e) => e.needId));
  for (const f of config.forced)
    if (unscored.has(f.needId)) issues.push({ code: "force-unscored", params: { need: f.needId } });
  if (issues.length > 0) throw new PrioritisationConfigError(issues);
  return { efforts, scored, errors, unscored, shared };
}

/** The selection candidates in rank order. */
function candidatesOf(
  ordered: readonly ScoredNeed[],
  needById: ReadonlyMap<string, Need>,
  efforts: ReadonlyMap<string, Effort>,
  forceById: ReadonlyMap<string, ForceDecision>,
): SelectionCandidate[] {
  return ordered.map((s) => {
    const need = needById.get(s.needId) as Need;
    const effort = efforts.get(s.needId) as Effort;
    const force = forceById.get(s.needId)?.direction;
    const base = {
      id: s.needId,
      points: Math.round(s.score * 100),
      cost: need.estimatedValue,
      category: need.category,
      leadWeeks: effort.leadWeeks,
      lawyerWeeks: effort.lawyerWeeks,
      dependsOn: need.dependsOn,
    };
    return force ? { ...base, force } : base;
  });
}

/** Budget and capacity limits of the plan year. */
function limitsOf(input: PrioritisationInput): SelectionLimits {
  const { config, planConfig } = input;
  const capacity =
    input.people === null
      ? null
      : capacityFromPeople(
          input.people,
          planConfig.mainCategories.map((c) => c.id),
          planConfig.planYear,
          config.workingWeeksPerYear,
        );
  return {
    budget: config.budgetNok,
    leadWeeksByCategory: capacity?.leadWeeksByCategory ?? null,
    lawyerWeeks: capacity?.lawyerWeeks ?? null,
  };
}

/** Σ score × estimated value of the selected needs of a selection. */
function totalValueOf(
  selection: SelectionResult,
  needById: ReadonlyMap<string, Need>,
  scoreOf: (id: string) => number,
) {
  let total = 0;
  for (const [id, d] of selection.decisions)
    if (d.selected) total += scoreOf(id) * (needById.get(id)?.estimatedValue ?? 0);
  return total;
}

/** The other selection modes against the chosen one: what each adds and drops, in rank order. */
function compareModes(
  chosen: SelectionResult,
  run: (mode: SelectionMode) => SelectionResult,
  order: readonly string[],
  value: (r: SelectionResult) => number,
): ModeComparison[] {
  const inChosen = (id: string) => chosen.decisions.get(id)?.selected === true;
  return SELECTION_MODES.filter((m) => m !== chosen.mode).map((mode) => {
    const r = run(mode);
    const inOther = (id: string) => r.decisions.get(id)?.selected === true;
    return {
      mode,
      status: r.status,
      gap: r.gap,
      selectedCount: order.filter(inOther).length,
      totalScore: r.points / 100,
      totalValue: value(r),
      totalCost: r.totalCost,
      adds: order.filter((id) => inOther(id) && !inChosen(id)),
      drops: order.filter((id) => inChosen(id) && !inOther(id)),
    };
  });
}

/** Solver settings of the selection and of the frontier levels. */
function solveSettings(config: PrioritisationConfig, unavailable: ReadonlyMap<string, UnavailableReason>) {
  const selection: SolveSettings = {
    mode: config.selection,
    exactLimit: config.exactLimit,
    exactTimeLimitSeconds: config.exactTimeLimitSeconds,
    exactNodeLimit: config.exactNodeLimit,
    timeLimitSeconds: config.timeLimitSeconds,
    nodeLimit: config.nodeLimit,
    letInLimit: config.letInLimit,
    unavailable,
  };
  const frontier: SolveSettings = {
    mode: config.selection === "value" ? "value" : "score",
    exactLimit: 0,
    exactTimeLimitSeconds: config.frontierTimeLimitSeconds,
    timeLimitSeconds: config.frontierTimeLimitSeconds,
    nodeLimit: config.frontierNodeLimit,
    letIn: false,
    unavailable,
    reasons: false,
  };
  return { selection, frontier };
}

/** Runs the prioritisation stage. Throws PrioritisationConfigError for configuration problems. */
export function prioritise(
  input: PrioritisationInput,
  solver: MilpSolver,
  options: PrioritiseOptions = {},
): PrioritisationResult {
  const { ranked, modes, frontier } = rankAndSelect(input, solver);
  options.onRanked?.(ranked);
  return {
    ...ranked,
    selection: withModes(ranked.selection, modes()),
    frontier: options.frontier === false ? [] : frontier(),
  };
}

/** The selection summary with the other modes compared (the ranked result's has none yet). */
export function withModes(summary: SelectionSummary, modes: readonly ModeComparison[]): SelectionSummary {
  return modes.length > 0 ? { ...summary, modes } : summary;
}

/** The ranked prioritisation and a step that computes its efficient frontier. */
export interface RankedPrioritisation {
  /** The result with an empty frontier and no other modes compared (`selection.modes: []`). */
  readonly ranked: PrioritisationResult;
  /** The other selection modes against the chosen one (their solves come after the ranking). */
  readonly modes: () => readonly ModeComparison[];
  /** The frontier's points; holds the selection's inputs only, not the ranking (which may go first). */
  readonly frontier: () => FrontierPoint[];
}

/**
 * Ranking, selection, explanations and lenses, with the frontier left as a step to run: a caller
 * that words the ranking can let the domain's ranking go before the frontier's solves (memory at
 * 50 000 needs). Throws PrioritisationConfigError for configuration problems.
 */
export function rankAndSelect(input: PrioritisationInput, solver: MilpSolver): RankedPrioritisation {
  const { config } = input;
  const { criteria, ahp } = effectiveCriteria(config);
  const needById = new Map(input.needs.map((n) => [n.id, n]));
  const forceById = new Map(config.forced.map((f) => [f.needId, f]));
  const { efforts, scored, errors, unscored, shared } = scoreAll(input, criteria);
  const unavailable = new Map<string, UnavailableReason>(input.unavailable ?? []);
  for (const id of unscored) unavailable.set(id, "unscored");

  // ranking
  const medianLead = median(scored.map((s) => (efforts.get(s.needId) as Effort).leadWeeks));
  const rankValueOf = (id: string) => (score: number) =>
    rankValueFor(config.mode, score, (efforts.get(id) as Effort).leadWeeks, medianLead);
  const ordered = rankOrder(scored.map((s) => ({ ...s, rankValue: rankValueOf(s.needId)(s.score) })));

  // selection, the other modes, the frontier
  const candidates = candidatesOf(ordered, needById, efforts, forceById);
  const limits = limitsOf(input);
  const settings = solveSettings(config, unavailable);
  const selection = selectNeeds(candidates, limits, solver, settings.selection);
  const scoreOf = new Map(scored.map((s) => [s.needId, s]));
  const valueOf = (r: SelectionResult) => totalValueOf(r, needById, (id) => scoreOf.get(id)?.score ?? 0);
  const runMode = (mode: SelectionMode) =>
    selectNeeds(candidates, limits, solver, { ...settings.selection, mode, letIn: false });
  const order = ordered.map((s) => s.needId);
  const compare =
    config.compareModes &&
    selection.freeCandidates > 0 &&
    selection.freeCandidates <= config.compareModesUpTo;
  const ranking = rankedNeeds(ordered, selection, {
    needById,
    efforts,
    forceById,
    scoreOf,
    criteria,
    medianLead,
    shared,
  });
  const { stability, kraljic } = lenses(ordered, scored, {
    needById,
    scoreOf,
    criteria,
    config,
    rankValueOf,
  });
  const result: PrioritisationResult = {
    mode: config.mode,
    criteria,
    ranking,
    errors,
    selection: summaryOf(selection, config, ranking.filter((r) => r.selected).length, valueOf(selection), []),
    frontier: [],
    kraljic,
    stability,
    ...(ahp ? { ahp } : {}),
  };
  const modes = () => (compare ? compareModes(selection, runMode, order, valueOf) : []);
  return {
    ranked: result,
    modes,
    frontier: frontierStep(candidates, limits, solver, settings.frontier, config),
  };
}

/** The frontier as a step; a function of its own so that it holds nothing else of the run. */
function frontierStep(
  candidates: readonly SelectionCandidate[],
  limits: SelectionLimits,
  solver: MilpSolver,
  settings: SolveSettings,
  config: PrioritisationConfig,
): () => FrontierPoint[] {
  return () =>
    candidates.length === 0
      ? []
      : efficientFrontier(
          candidates,
          limits,
          solver,
          { ...settings, greedyOnly: candidates.length > config.frontierExactUpTo },
          config.frontierLevels,
        );
}

/** Top-N stability under weight changes and the Kraljic points (the lenses beside the ranking). */
function lenses(
  ordered: readonly (ScoredNeed & { readonly rankValue: number })[],
  scored: readonly ScoredNeed[],
  ctx: {
    readonly needById: ReadonlyMap<string, Need>;
    readonly scoreOf: ReadonlyMap<string, ScoredNeed>;
    readonly criteria: readonly Criterion[];
    readonly config: PrioritisationConfig;
    readonly rankValueOf: (id: string) => (score: number) => number;
  },
): { stability: StabilityReport; kraljic: KraljicPoint[] } {
  const vector = (id: string) =>
    dataRecord((ctx.scoreOf.get(id) as ScoredNeed).breakdown.map((b) => [b.criterionId, b.score]));
  const stability = topStability(
    ordered.map((s) => ({ ...s, scores: vector(s.needId), rankValueOf: ctx.rankValueOf(s.needId) })),
    ctx.criteria,
    ctx.config.topN,
    ctx.config.stabilityDeltaPp,
  );
  const supplyRisk = (id: string) =>
    ctx.scoreOf.get(id)?.breakdown.find((b) => b.criterionId === "supplyRisk")?.score;
  const kraljic = kraljicPoints(
    scored.map((s) => ctx.needById.get(s.needId) as Need),
    supplyRisk,
  );
  return { stability, kraljic };
}

/** The selection summary of plan.json. */
function summaryOf(
  selection: SelectionResult,
  config: PrioritisationConfig,
  selectedCount: number,
  totalValue: number,
  modes: readonly ModeComparison[],
): SelectionSummary {
  return {
    mode: selection.mode,
    status: selection.status,
    solver: selection.solver,
    freeCandidates: selection.freeCandidates,
    exactLimit: config.exactLimit,
    nodeLimit:
      selection.mode === "rank"
        ? null
        : selection.freeCandidates <= config.exactLimit
          ? config.exactNodeLimit
          : config.nodeLimit,
    selectedCount,
    totalScore: selection.points / 100,
    totalValue,
    bound: selection.boundPoints === null || selection.mode !== "score" ? null : selection.boundPoints / 100,
    gap: selection.gap,
    totalCost: selection.totalCost,
    budget: config.budgetNok,
    limits: selection.limits,
    exceededByForced: selection.exceededByForced,
    modes,
  };
}

interface RankContext {
  readonly needById: ReadonlyMap<string, Need>;
  readonly efforts: ReadonlyMap<string, Effort>;
  readonly forceById: ReadonlyMap<string, ForceDecision>;
  readonly scoreOf: ReadonlyMap<string, ScoredNeed>;
  readonly criteria: readonly Criterion[];
  readonly medianLead: number;
  /** Shares equal lines, shortfalls and sensitivity items across the ranking. */
  readonly shared: Interner;
}

/** The weight sensitivity of each need on the selection line, against the nearest competitor across it. */
function lineSensitivity(
  ordered: readonly ScoredNeed[],
  selection: SelectionResult,
  criteria: readonly Criterion[],
  vector: (id: string) => Record<string, number>,
): (s: ScoredNeed, d: CandidateDecision) => NeedSensitivity | undefined {
  const freeIn = ordered.filter((s) => selection.decisions.get(s.needId)?.reason === "selected");
  const freeOut = ordered.filter((s) => {
    const d = selection.decisions.get(s.needId);
    return (
      d?.reason === "budget" ||
      d?.reason === "capacity" ||
      (d?.reason === "dependency" && d.limits.length > 0)
    );
  });
  // nearest-scoring need on the other side of the line (see sensitivity.ts)
  const byScoreAsc = (list: readonly ScoredNeed[]) =>
    [...list].sort((a, b) => a.score - b.score || (a.needId < b.needId ? -1 : 1));
  const outAsc = byScoreAsc(freeOut);
  const inAsc = byScoreAsc(freeIn);
  const freeOutIds = new Set(freeOut.map((s) => s.needId));
  return (s, d) => {
    if (d.reason !== "selected" && !freeOutIds.has(s.needId)) return undefined;
    const competitor = nearestCompetitor(d.selected ? outAsc : inAsc, s.score, d.selected);
    if (!competitor) return RESOURCE_BOUND;
    return needSensitivity(
      vector(s.needId),
      competitor.needId,
      vector(competitor.needId),
      criteria,
      d.selected,
    );
  };
}

/** A sensitivity with its per-criterion items shared (few distinct ones over many needs). */
function sharedSensitivity(s: NeedSensitivity | undefined, shared: Interner): NeedSensitivity | undefined {
  if (s === undefined || s === RESOURCE_BOUND) return s;
  const perCriterion = s.perCriterion.map((x) => shared.of(x));
  return s.smallest ? { ...s, perCriterion, smallest: shared.of(s.smallest) } : { ...s, perCriterion };
}

/** The ranked needs with their decisions, sensitivity and explanation lines. */
function rankedNeeds(
  ordered: readonly (ScoredNeed & { readonly rankValue: number })[],
  selection: SelectionResult,
  ctx: RankContext,
): PrioritisedNeed[] {
  const vector = (id: string) =>
    dataRecord((ctx.scoreOf.get(id) as ScoredNeed).breakdown.map((b) => [b.criterionId, b.score]));
  const sensitivityOf = lineSensitivity(ordered, selection, ctx.criteria, vector);
  const { shared } = ctx;
  return ordered.map((s, i) => {
    const need = ctx.needById.get(s.needId) as Need;
    const effort = ctx.efforts.get(s.needId) as Effort;
    const d = selection.decisions.get(s.needId);
    if (!d) throw new Error(`No selection decision for ${s.needId}`);
    const force = ctx.forceById.get(s.needId);
    const sensitivity = sharedSensitivity(sensitivityOf(s, d), shared);
    const entry: PrioritisedNeed = {
      needId: s.needId,
      rank: i + 1,
      score: s.score,
      breakdown: s.breakdown,
      selected: d.selected,
      reason: d.reason,
      rankValue: s.rankValue,
      category: need.category,
      cost: need.estimatedValue,
      procedure: effort.procedure,
      leadWeeks: effort.leadWeeks,
      lawyerWeeks: effort.lawyerWeeks,
      effortBasis: effort.basis,
      wsjf: s.score / Math.max(effort.leadWeeks, 0.01),
      quadrant: quadrantOf(s.score, effort.leadWeeks, ctx.medianLead),
      limits: d.limits,
      shortfall: d.shortfall.map((x) => shared.of(x)),
      blockedBy: d.blockedBy,
      explanation: [],
      ...(d.letIn !== undefined ? { letIn: d.letIn } : {}),
      ...(s.deadline !== undefined ? { deadline: s.deadline } : {}),
      ...(force ? { force } : {}),
      ...(d.requiredBy !== undefined ? { requiredBy: d.requiredBy } : {}),
      ...(sensitivity ? { sensitivity } : {}),
    };
    const explanation = explain(entry, ordered.length, selection.mode).map((line) => shared.of(line));
    return { ...entry, explanation };
  });
}
