/**
 * The port through which the task pane computes a plan: the shared pipeline (runPlan) run
 * somewhere that does not block the page (a Web Worker in the browser), telling each phase as it
 * starts — the intake's needs first, so they can be shown before the ranking, selection and
 * schedule arrive — and cancellable with an AbortSignal. The in-process implementation here is
 * what the worker runs, and what tests run directly.
 */
import type { PlanInput } from "../domain/model/planInput";
import type { MilpSolver } from "../domain/prioritisation/milpSolver";
import type { PlanResult } from "./planResult";
import type { PlanPrioritisation } from "./prioritisationStage";
import { runPlan } from "./runPlan";
import type { RollingInput } from "./scheduleStage";

/**
 * The phases of a plan computation, in the order they start: the schedule runs as soon as the
 * ranking and selection are known, then the other selection modes and the efficient frontier.
 */
export type PlanPhase = "intake" | "prioritisation" | "selection" | "schedule" | "frontier";

/** Every phase in order (for progress displays). */
export const PLAN_PHASES: readonly PlanPhase[] = [
  "intake",
  "prioritisation",
  "selection",
  "schedule",
  "frontier",
];

/** The part of the plan result known once the intake has run: every need, accepted or rejected. */
export type PlanIntakeView = Pick<PlanResult, "planYear" | "counts" | "needs" | "redaction">;

/** The part of the plan result known once the schedule has run (before the frontier). */
export type PlanScheduledView = Pick<PlanResult, "schedule" | "decisions">;

/**
 * A phase that has started; the prioritisation's event carries the intake's result. Asked for
 * (`provisional` option), two more events tell the plan's parts as they are known, so a provisional
 * plan can show before the finished one: the "selection" event's `ranked` (the prioritisation
 * section without its frontier and other modes), once the ranking and selection are known, and the
 * "frontier" event's `scheduled` (schedule and decisions). The final result has the same ranking,
 * schedule and decisions, with the frontier and the other modes.
 */
export interface PlanProgress {
  readonly phase: PlanPhase;
  readonly intake?: PlanIntakeView;
  readonly ranked?: PlanPrioritisation;
  readonly scheduled?: PlanScheduledView;
}

/** What the pane asks for: redaction and, for a rolling re-plan, the previous plan and progress. */
export interface PlanComputeOptions {
  readonly includeSecurityGraded: boolean;
  readonly rolling?: RollingInput;
  /** Compute the efficient frontier (default true). */
  readonly frontier?: boolean;
  /**
   * Tell the provisional plan's parts early (PlanProgress.ranked and .scheduled; default false: an
   * edit's re-plan asks for them, and the pane shows them as a provisional plan).
   */
  readonly provisional?: boolean;
}

/** How a caller follows and stops one computation. */
export interface PlanComputeControl {
  /** Aborting rejects the computation with PlanCancelledError and stops its work. */
  readonly signal?: AbortSignal;
  /** Told when each phase starts. */
  readonly onProgress?: (progress: PlanProgress) => void;
}

/** Computes plans (intake → prioritisation → selection → schedule) with the host's solver. */
export interface PlanComputer {
  compute(input: PlanInput, options: PlanComputeOptions, control?: PlanComputeControl): Promise<PlanResult>;
}

/** The computation was cancelled (the message is for logs; the pane words it from its catalogue). */
export class PlanCancelledError extends Error {
  constructor(message = "The plan computation was cancelled.") {
    super(message);
    this.name = "PlanCancelledError";
  }
}

/** True for the error of a cancelled computation. */
export function isPlanCancelled(error: unknown): error is PlanCancelledError {
  return error instanceof Error && error.name === "PlanCancelledError";
}

/**
 * A PlanComputer that runs the pipeline in this thread. `loadSolver` is called when the
 * prioritisation starts (once per computation; the loader may cache). Abort is checked as each
 * phase starts: the synchronous stages between cannot be interrupted in-process (the worker's
 * client terminates the worker instead).
 */
export function createInProcessPlanComputer(loadSolver: () => Promise<MilpSolver>): PlanComputer {
  return {
    async compute(input, options, control = {}) {
      const { signal, onProgress } = control;
      const check = (): void => {
        if (signal?.aborted) throw new PlanCancelledError();
      };
      check();
      return runPlan(input, {
        includeSecurityGraded: options.includeSecurityGraded,
        ...(options.rolling ? { rolling: options.rolling } : {}),
        ...(options.frontier === false ? { frontier: false } : {}),
        ...(options.provisional ? { reportProvisional: true } : {}),
        solver: async () => {
          check();
          return loadSolver();
        },
        onProgress: (progress) => {
          check();
          onProgress?.(progress);
        },
      });
    },
  };
}
