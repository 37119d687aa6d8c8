// The pane's one plan state: loading → loaded (plan and input); a re-plan keeps where the plan came
// from; a sync replaces it; listeners hear every change; the Excel session reads and sets it.
import { createPlanStore, loadedInput, planSession } from "../../src/taskpane/planStore";
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
});
