/**
 * Entry of the plan worker (a Web Worker bundled by webpack): runs the shared pipeline off the
 * page's main thread. HiGHS (WebAssembly) is imported and instantiated here, the first time a
 * prioritisation needs it, never in the page.
 */
import { expose } from "comlink";
import { createInProcessPlanComputer } from "../../application/planCompute";
import { planWorkerApi } from "./planWorkerProtocol";

const loadHighs = async () => {
  const { createHighsSolver } = await import(/* webpackChunkName: "highs" */ "../solver/highsSolver");
  return createHighsSolver();
};

expose(planWorkerApi(createInProcessPlanComputer(loadHighs)));
