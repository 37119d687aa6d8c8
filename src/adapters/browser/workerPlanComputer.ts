/**
 * The PlanComputer of the page: every plan is computed in a Web Worker (comlink over its message
 * port), so the page stays responsive. Cancel terminates the worker — whatever phase it is in,
 * HiGHS's solve included — and starts a fresh one for the next computation. Values cross the
 * boundary packed (cloneBoundary), so records keyed by data keep their null prototype.
 */
import { transfer, wrap, type Endpoint, type Remote } from "comlink";
import { CodedError } from "../../application/codedError";
import {
  PlanCancelledError,
  type PlanComputeControl,
  type PlanComputeOptions,
  type PlanComputer,
  type PlanProgress,
} from "../../application/planCompute";
import type { PlanResult } from "../../application/planResult";
import type { PlanInput } from "../../domain/model/planInput";
import type { DemoTenantOptions } from "../../demo/demoTenant";
import { packForClone, unpackFromClone, type PackedValue } from "./cloneBoundary";
import type { PlanWorkerApi } from "./planWorkerProtocol";
import { withProgress, type PlanParts } from "../../application/provisionalPlan";

/** A started worker: its message endpoint, how to stop it, and how it reports a crash. */
export interface PlanWorkerHandle {
  readonly endpoint: Endpoint;
  terminate(): void;
  onFailure?(listener: (error: Error) => void): void;
}

/** A PlanComputer that also generates the demo input in its worker, and stops it for good. */
export interface WorkerPlanComputer extends PlanComputer {
  /** The demo tenant's input, generated in the worker. */
  demoInput(options: DemoTenantOptions): Promise<PlanInput>;
  /** Stops the worker (the page is closing, a test ends). */
  dispose(): void;
}

/** The worker stopped (a crash, a failed load): what waited on it is rejected with this coded error. */
export class PlanWorkerError extends CodedError {
  constructor(detail: string) {
    super("worker.failed", { detail });
    this.name = "PlanWorkerError";
  }
}

/** One running worker and the calls waiting on it. */
interface RunningWorker {
  readonly handle: PlanWorkerHandle;
  readonly api: Remote<PlanWorkerApi>;
  readonly pending: Set<(error: Error) => void>;
}

/** A PlanComputer over workers made by `spawn` (one at a time; computations queue on it). */
export function createWorkerPlanComputer(spawn: () => PlanWorkerHandle): WorkerPlanComputer {
  let current: RunningWorker | undefined;
  const start = (): RunningWorker => {
    const handle = spawn();
    const running: RunningWorker = { handle, api: wrap<PlanWorkerApi>(handle.endpoint), pending: new Set() };
    handle.onFailure?.((error) => stop(running, new PlanWorkerError(error.message)));
    return running;
  };
  // Stops a worker, rejects what waits on it, and has a fresh one ready (loading HiGHS at once:
  // after a Cancel or a superseded edit, the next computation follows right away).
  const stop = (running: RunningWorker, error: Error, restart = true): void => {
    if (current !== running) return;
    running.handle.terminate();
    current = restart ? start() : undefined;
    current?.api.warm().catch(() => undefined);
    for (const reject of [...running.pending]) reject(error);
  };
  return {
    compute: (input, options, control = {}) => {
      current ??= start();
      return computeOn(current, input, options, control, (running) =>
        stop(running, new PlanCancelledError()),
      );
    },
    demoInput: async (options) => {
      current ??= start();
      const running = current;
      return unpackFromClone(await tracked(running, () => running.api.demoInput(options)));
    },
    dispose: () => {
      if (current) stop(current, new PlanCancelledError(), false);
    },
  };
}

/** A call on `running` that is rejected, like a computation, when the worker stops before it answers. */
function tracked<T>(running: RunningWorker, call: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const fail = (error: unknown): void => {
      running.pending.delete(fail);
      reject(error);
    };
    running.pending.add(fail);
    call().then((value) => {
      running.pending.delete(fail);
      resolve(value);
    }, fail);
  });
}

/** Runs one computation on `running`; an abort calls `cancel` (which terminates the worker). */
function computeOn(
  running: RunningWorker,
  input: PlanInput,
  options: PlanComputeOptions,
  control: PlanComputeControl,
  cancel: (running: RunningWorker) => void,
): Promise<PlanResult> {
  const { signal, onProgress } = control;
  if (signal?.aborted) return Promise.reject(new PlanCancelledError());
  return new Promise<PlanResult>((resolve, reject) => {
    const progress = onProgress ? new MessageChannel() : undefined;
    const settle = (): void => {
      progress?.port1.close();
      running.pending.delete(fail);
      signal?.removeEventListener("abort", onAbort);
    };
    const fail = (error: unknown): void => {
      settle();
      reject(error);
    };
    const onAbort = (): void => cancel(running);
    running.pending.add(fail);
    signal?.addEventListener("abort", onAbort, { once: true });
    // The parts told in progress are the result's (one object each in the worker): the page keeps
    // those copies, so what was drawn from them need not be drawn again when the plan arrives.
    let told: PlanParts = {};
    if (progress && onProgress)
      progress.port1.onmessage = (event: MessageEvent<PackedValue<PlanProgress>>) => {
        const shown = unpackFromClone(event.data);
        told = withProgress(told, shown);
        onProgress(shown);
      };
    const request = packForClone({ input, options });
    const call = progress
      ? running.api.compute(transfer(request, [progress.port2]), progress.port2)
      : running.api.compute(request);
    call.then((packed) => {
      settle();
      resolve(withToldParts(unpackFromClone(packed), told));
    }, fail);
  });
}

/**
 * The result with the copies of its parts the page already has (needs, ranking, schedule,
 * decisions: the same values, told in progress).
 */
function withToldParts(result: PlanResult, told: PlanParts): PlanResult {
  const ranking = told.ranked?.result?.ranking;
  const section = result.prioritisation;
  return {
    ...result,
    ...(told.intake ? { needs: told.intake.needs } : {}),
    ...(ranking && section?.result
      ? { prioritisation: { ...section, result: { ...section.result, ranking } } }
      : {}),
    ...(told.scheduled ?? {}),
  };
}
