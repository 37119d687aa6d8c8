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

/** The phases of a plan computation, in the order they start. */
export type PlanPhase = "intake" | "prioritisation" | "selection" | "schedule";

/** Every phase in order (for progress displays). */
export const PLAN_PHASES: readonly PlanPhase[] = ["intake", "prioritisation", "selection", "schedule"];

/** The part of the plan result known once the intake has run: every need, accepted or rejected. */
export type PlanIntakeView = Pick<PlanResult, "planYear" | "counts" | "needs" | "redaction">;

/**
 * A phase that has started; the prioritisation's event carries the intake's result. Once the
 * ranking and selection are known a second "selection" event carries them when asked (`ranked`
 * option) (`ranked`: the plan's
 * prioritisation section with an empty frontier), so an edit's new ranking can show while the
 * frontier and the schedule are still computed; the final result has the same section with its
 * frontier.
 */
export interface PlanProgress {
  readonly phase: PlanPhase;
  readonly intake?: PlanIntakeView;
  readonly ranked?: PlanPrioritisation;
}

/** What the pane asks for: redaction and, for a rolling re-plan, the previous plan and progress. */
export interface PlanComputeOptions {
  readonly includeSecurityGraded: boolean;
  readonly rolling?: RollingInput;
  /** Compute the efficient frontier (default true). */
  readonly frontier?: boolean;
  /** Tell the ranked prioritisation early (PlanProgress.ranked; default false: an edit asks for it). */
  readonly ranked?: boolean;
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
        ...(options.ranked ? { reportRanked: true } : {}),
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
