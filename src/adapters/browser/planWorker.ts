/**
 * Entry of the plan worker (a Web Worker bundled by webpack): runs the shared pipeline off the
 * page's main thread. HiGHS (WebAssembly) is imported and instantiated here, never in the page:
 * its loading starts with the worker, so a fresh worker (after a Cancel, or an edit superseded by
 * a newer one) has it by the time its prioritisation needs it; a failed load is tried again then.
 */
import { expose } from "comlink";
import { createInProcessPlanComputer } from "../../application/planCompute";
import type { MilpSolver } from "../../domain/prioritisation/milpSolver";
import { planWorkerApi } from "./planWorkerProtocol";

const loadHighs = async () => {
  const { createHighsSolver } = await import(/* webpackChunkName: "highs" */ "../solver/highsSolver");
  return createHighsSolver();
};

let highs: Promise<MilpSolver> | undefined;
const solver = (): Promise<MilpSolver> => {
  const loading = (highs ??= loadHighs());
  loading.catch(() => {
    if (highs === loading) highs = undefined;
  });
  return loading;
};
void solver().catch(() => undefined);

expose(planWorkerApi(createInProcessPlanComputer(solver)));
