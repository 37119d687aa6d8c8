/**
 * Starts the plan worker (planWorker.ts) as a module webpack bundles on its own: the one place that
 * names the worker's entry, so the client (workerPlanComputer) can be tested with any endpoint.
 */
import type { PlanWorkerHandle } from "./workerPlanComputer";

/** A fresh plan worker; failures to start or run it are passed to the listener. */
export function spawnPlanWorker(): PlanWorkerHandle {
  // @ts-expect-error -- import.meta is webpack's worker syntax; tsc checks with module commonjs.
  const worker = new Worker(new URL("./planWorker.ts", import.meta.url), { name: "plan" });
  return {
    endpoint: worker,
    terminate: () => worker.terminate(),
    onFailure: (listener) =>
      worker.addEventListener("error", (event) => listener(new Error(event.message || "worker error"))),
  };
}
