/**
 * The prioritisation stage of runPlan: takes the accepted needs, the contracts and the people,
 * runs the domain engine with the MilpSolver port, and words every message (config errors, score
 * errors, explanation lines) in both UI languages for plan.json and the task pane.
 * Needs whose status is withdrawn or declined are not candidates; they are listed, not dropped.
 * An input without people has no capacity limits (only the budget), rather than zero capacity.
 * The result holds ids, categories, values, dates and scores — fields the redaction policy keeps;
 * the free-text comment of a force decision on a security-graded need is redacted like its text.
 * Equal small parts (explanation lines, score breakdown items, effort bases) are shared objects
 * (domain/model/interner.ts), which keeps 50 000 ranked needs within memory.
 */
import type { Need, NeedStatus } from "../domain/model/need";
import type { PlanInput } from "../domain/model/planInput";
import type { MilpSolver } from "../domain/prioritisation/milpSolver";
import {
  prioritisationConfig,
  PrioritisationConfigError,
} from "../domain/prioritisation/prioritisationConfig";
import type { MessageRef } from "../domain/prioritisation/explain";
import {
  rankAndSelect,
  withModes,
  type PrioritisationInput,
  type RankedPrioritisation,
  type PrioritisationResult,
  type PrioritisedNeed,
} from "../domain/prioritisation/prioritise";
import { mustRedact, REDACTED_TEXT, type RedactionOptions } from "../domain/rules/redaction";
import type { Criterion } from "../domain/prioritisation/prioritisationTypes";
import type { UnavailableReason } from "../domain/prioritisation/selection";
import type { NeedScoreError } from "../domain/prioritisation/scoring";
import { formatPrioritisationMessage } from "../i18n/prioritisationMessages";
import { Interner, jsonKey } from "../domain/model/interner";

/** A message with its words in both UI languages. */
export interface LocalisedMessage extends MessageRef {
  readonly message: { readonly nb: string; readonly en: string };
}

/** A ranked need as plan.json shows it: explanation lines worded. */
export interface PlanRankedNeed extends Omit<PrioritisedNeed, "explanation"> {
  readonly explanation: readonly LocalisedMessage[];
}

/** The prioritisation section of the plan result. */
export interface PlanPrioritisation {
  /** Configuration problems that stopped the stage; empty when it ran. */
  readonly configErrors: readonly LocalisedMessage[];
  /** Needs left out because of their status (withdrawn, declined). */
  readonly notConsidered: readonly { readonly needId: string; readonly status: NeedStatus }[];
  /** The stage's result; absent when configErrors is not empty. */
  readonly result?: Omit<PrioritisationResult, "ranking" | "errors"> & {
    readonly ranking: readonly PlanRankedNeed[];
    readonly errors: readonly (NeedScoreError & { readonly message: LocalisedMessage["message"] })[];
  };
}

/** Statuses that take a need out of the prioritisation. */
export const NOT_CONSIDERED_STATUSES: readonly NeedStatus[] = ["withdrawn", "declined"];

function localise(
  m: MessageRef,
  criteria: readonly Criterion[] = [],
  categories: readonly { readonly id: string; readonly name: string }[] = [],
): LocalisedMessage {
  return {
    ...m,
    message: {
      nb: formatPrioritisationMessage(m, "nb", criteria, categories),
      en: formatPrioritisationMessage(m, "en", criteria, categories),
    },
  };
}

/** Options of the stage. */
export interface PrioritisationStageOptions extends RedactionOptions {
  /** Compute the efficient frontier (default true). */
  readonly frontier?: boolean;
  /** Ids of needs rejected at intake (a force conflict names them as rejected, not unknown). */
  readonly rejectedIds?: readonly string[];
  /** Told the section without its frontier once ranking and selection are known (the frontier follows). */
  readonly onRanked?: (ranked: PlanPrioritisation) => void;
}

/** Runs the prioritisation on the accepted needs of a plan input. */
export function runPrioritisationStage(
  input: PlanInput,
  accepted: readonly Need[],
  solver: MilpSolver,
  options: PrioritisationStageOptions,
): PlanPrioritisation {
  const notConsidered = accepted
    .filter((n) => NOT_CONSIDERED_STATUSES.includes(n.status))
    .map((n) => ({ needId: n.id, status: n.status }));
  const needs = accepted.filter((n) => !NOT_CONSIDERED_STATUSES.includes(n.status));
  const hidden = new Set(accepted.filter((n) => mustRedact(n, options)).map((n) => n.id));
  const config = prioritisationConfig(input.config.prioritisation);
  const redactComment = (r: PrioritisedNeed): PrioritisedNeed => {
    if (!hidden.has(r.needId) || r.force?.comment === undefined) return r;
    const hide = (m: MessageRef) =>
      m.params.comment !== undefined ? { ...m, params: { ...m.params, comment: REDACTED_TEXT } } : m;
    return { ...r, force: { ...r.force, comment: REDACTED_TEXT }, explanation: r.explanation.map(hide) };
  };
  try {
    const { worded, modes, frontier } = rankedAndWorded(
      {
        needs,
        contracts: input.contracts,
        people: input.people.length > 0 ? input.people : null,
        planConfig: input.config,
        config,
        unavailable: new Map<string, UnavailableReason>([
          ...(options.rejectedIds ?? []).map((id) => [id, "rejected"] as const),
          ...notConsidered.map((n) => [n.needId, "not-considered"] as const),
        ]),
      },
      solver,
      (result) => wordResult(result, input.config.mainCategories, redactComment),
    );
    options.onRanked?.({ configErrors: [], notConsidered, result: worded });
    // the ranking was worded once and the domain's copy let go; the other modes and the frontier
    // (numbers only) join it
    const selection = withModes(worded.selection, modes());
    const points = options.frontier === false ? [] : frontier();
    return { configErrors: [], notConsidered, result: { ...worded, selection, frontier: points } };
  } catch (error) {
    if (error instanceof PrioritisationConfigError)
      return { configErrors: error.issues.map((m) => localise(m, config.criteria)), notConsidered };
    throw error;
  }
}

/** The ranked result worded, and the other modes' and the frontier's steps; the domain's ranking is not kept (memory at 50 000 needs). */
function rankedAndWorded(
  input: PrioritisationInput,
  solver: MilpSolver,
  word: (result: PrioritisationResult) => NonNullable<PlanPrioritisation["result"]>,
): Omit<RankedPrioritisation, "ranked"> & { worded: NonNullable<PlanPrioritisation["result"]> } {
  const { ranked, modes, frontier } = rankAndSelect(input, solver);
  return { worded: word(ranked), modes, frontier };
}

/** The domain's result with every message worded and equal small parts shared. */
function wordResult(
  result: PrioritisationResult,
  categories: readonly { readonly id: string; readonly name: string }[],
  redactComment: (r: PrioritisedNeed) => PrioritisedNeed,
): NonNullable<PlanPrioritisation["result"]> {
  const shared = new Interner();
  // equal lines (the same criterion score, the same reason) are worded once and shared
  const byLine = new Map<MessageRef, LocalisedMessage>(); // the domain shares equal lines already
  const word = (m: MessageRef): LocalisedMessage => {
    let worded = byLine.get(m);
    if (worded === undefined) {
      worded = shared.make(`message|${m.code}|${jsonKey(m.params)}`, () =>
        localise(m, result.criteria, categories),
      );
      byLine.set(m, worded);
    }
    return worded;
  };
  return {
    ...result,
    // breakdown items, effort bases, shortfalls and sensitivity items come shared from the domain
    ranking: result.ranking.map(redactComment).map((r) => ({ ...r, explanation: r.explanation.map(word) })),
    errors: result.errors.map((e) => ({ ...e, message: localise(e, result.criteria).message })),
  };
}
