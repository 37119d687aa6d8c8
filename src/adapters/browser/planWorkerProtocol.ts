/**
 * The plan worker's protocol (comlink): one call, `compute`, taking the planning input and options
 * packed for structured clone (cloneBoundary) and a MessagePort for the progress (each phase's
 * event, packed), resolving with the packed plan result. `planWorkerApi` is the worker's side over
 * any PlanComputer; it closes the progress port when the computation ends. `demoInput` generates
 * the demo tenant there too, off the page's main thread; `warm` loads the solver ahead. (A port rather than a
 * comlink proxy: the page closes its end itself when it cancels and terminates the worker.)
 */
import type { PlanComputeOptions, PlanComputer } from "../../application/planCompute";
import type { PlanResult } from "../../application/planResult";
import type { PlanInput } from "../../domain/model/planInput";
import { generateDemoTenant, type DemoTenantOptions } from "../../demo/demoTenant";
import { packForClone, unpackFromClone, type PackedValue } from "./cloneBoundary";

/** One computation as it crosses to the worker. */
export interface PlanWorkerRequest {
  readonly input: PlanInput;
  readonly options: PlanComputeOptions;
}

/** What the worker exposes. */
export interface PlanWorkerApi {
  compute(
    request: PackedValue<PlanWorkerRequest>,
    progressPort?: MessagePort,
  ): Promise<PackedValue<PlanResult>>;
  /** The demo tenant's input, generated in the worker (it takes a few hundred milliseconds). */
  demoInput(options: DemoTenantOptions): Promise<PackedValue<PlanInput>>;
  /** Loads what the computations need ahead (the solver), so the next one need not wait for it. */
  warm(): Promise<void>;
}

/**
 * The worker's side: unpacks the request, computes, packs the progress and the result; `warm`
 * loads ahead what the computer will need (nothing by default).
 */
export function planWorkerApi(
  computer: PlanComputer,
  warm: () => Promise<void> = async () => undefined,
): PlanWorkerApi {
  return {
    async compute(request, progressPort) {
      const { input, options } = unpackFromClone(request);
      try {
        const result = await computer.compute(
          input,
          options,
          progressPort ? { onProgress: (progress) => progressPort.postMessage(packForClone(progress)) } : {},
        );
        return packForClone(result);
      } finally {
        progressPort?.close();
      }
    },
    demoInput: async (options) => packForClone(generateDemoTenant(options)),
    warm,
  };
}
