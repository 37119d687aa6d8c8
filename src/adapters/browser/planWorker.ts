/**
 * Entry of the plan worker (a Web Worker bundled by webpack): runs the shared pipeline off the
 * page's main thread. HiGHS (WebAssembly) is imported and instantiated here, never in the page:
 * when a prioritisation first needs it, or earlier when the page warms a fresh worker (one started
 * after a Cancel or a superseded edit); a failed load is tried again when next needed.
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

expose(planWorkerApi(createInProcessPlanComputer(solver), () => solver().then(() => undefined)));
