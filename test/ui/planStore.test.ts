// The pane's one plan state: loading → loaded (plan and input); a re-plan keeps where the plan came
// from; a sync replaces it; listeners hear every change; the Excel session reads and sets it.
// A computation through trackedPlanComputer shows its phases and the intake's needs, can be
// cancelled from the state, and leaves no marker behind when it ends.
import {
  createPlanStore,
  loadedInput,
  planSession,
  trackedPlanComputer,
  type PlanState,
} from "../../src/taskpane/planStore";
import {
  PlanCancelledError,
  type PlanComputeControl,
  type PlanComputer,
} from "../../src/application/planCompute";
import type { PlanResult } from "../../src/application/planResult";
import type { PlanInput } from "../../src/domain/model/planInput";
import { defaultPlanConfig } from "../../src/domain/model/defaults";
import { planOf, someNeeds } from "../application/workbook/workbookFixtures";

const input = (year: number): PlanInput => ({
  config: defaultPlanConfig(year),
  needs: [],
  contracts: [],
  spend: [],
  people: [],
});
const connection = {
  graphBaseUrl: "https://graph.example/v1.0",
  siteUrl: "https://site",
  intakeList: "I",
  kavList: "",
  peopleList: "",
};

describe("planStore", () => {
  it("holds one plan and its input through load, re-plan and sync", () => {
    const store = createPlanStore();
    const heard: string[] = [];
    const stop = store.subscribe(() => heard.push(store.get().kind));
    expect(store.get()).toEqual({ kind: "loading" });
    expect(() => loadedInput(store)).toThrow("No plan is loaded yet");
    const first = planOf(someNeeds(2));
    store.dispatch({ type: "loaded", loaded: { result: first, input: input(2027), notice: "demo" } });
    expect(loadedInput(store).config.planYear).toBe(2027);

    const second = planOf(someNeeds(3));
    planSession(store).planned(second, input(2028));
    expect(store.get()).toMatchObject({ kind: "loaded", plan: second, notice: "demo" });
    expect(planSession(store).input().config.planYear).toBe(2028);

    store.dispatch({ type: "synced", plan: first, input: input(2027), from: connection });
    expect(store.get()).toEqual({ kind: "loaded", plan: first, input: input(2027), from: connection });
    store.dispatch({ type: "failed", reason: "nede" });
    expect(store.get()).toEqual({ kind: "failed", reason: "nede" });
    stop();
    store.dispatch({ type: "loaded", loaded: { result: first, input: input(2027) } });
    expect(heard).toEqual(["loaded", "loaded", "loaded", "failed"]);
  });

  it("shows a tracked computation's phases and needs, cancels it from the state, and clears the marker", async () => {
    const store = createPlanStore();
    const plan = planOf(someNeeds(2));
    let controlSeen: PlanComputeControl | undefined;
    let finish: (result: PlanResult) => void = () => undefined;
    const worker: PlanComputer = {
      compute: (_input, _options, control) =>
        new Promise<PlanResult>((resolve, reject) => {
          controlSeen = control;
          finish = resolve;
          control?.signal?.addEventListener("abort", () => reject(new PlanCancelledError()));
        }),
    };
    const computer = trackedPlanComputer(store, worker, "Avbrutt.");
    const computingOf = (state: PlanState) => (state.kind === "failed" ? undefined : state.computing);

    const first = computer.compute(input(2027), { includeSecurityGraded: false });
    expect(computingOf(store.get())?.phase).toBe("intake");
    const intake = { planYear: 2027, counts: plan.counts, needs: plan.needs, redaction: plan.redaction };
    controlSeen?.onProgress?.({ phase: "prioritisation", intake });
    controlSeen?.onProgress?.({ phase: "selection" });
    expect(computingOf(store.get())).toMatchObject({ phase: "selection", intake });
    finish(plan);
    await expect(first).resolves.toBe(plan);
    store.dispatch({ type: "loaded", loaded: { result: plan, input: input(2027) } });
    // The marker stays until the caller has stored the plan, then goes.
    expect(store.get()).toMatchObject({ kind: "loaded", plan, computing: { phase: "selection", intake } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.get()).toEqual({ kind: "loaded", plan, input: input(2027) });

    // A re-plan keeps the plan shown while it computes; Cancel in the state rejects it in the pane's words.
    const second = computer.compute(input(2027), { includeSecurityGraded: false });
    expect(store.get()).toMatchObject({ kind: "loaded", plan, computing: { phase: "intake" } });
    computingOf(store.get())?.cancel();
    await expect(second).rejects.toThrow("Avbrutt.");
    expect(store.get()).toEqual({ kind: "loaded", plan, input: input(2027) });
  });
});
