// The pane's one plan state: loading → loaded (plan and input); a re-plan keeps where the plan came
// from; a sync replaces it; listeners hear every change; the Excel session reads and sets it.
// A computation through trackedPlanComputer shows its phases and the intake's needs, can be
// cancelled from the state, and leaves no marker behind when it ends. An edit's re-plan (provisional)
// shows its new ranking, then its schedule, then the finished plan; a newer one supersedes it, and
// one cancelled gives the last finished plan back; a superseded computation's plans never show.
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

  describe("provisional plans", () => {
    /** A PlanComputer whose computations the test drives: each call's control and how to end it. */
    function drivenComputer() {
      const calls: {
        control: PlanComputeControl;
        finish: (result: PlanResult) => void;
        aborted: () => boolean;
      }[] = [];
      const computer: PlanComputer = {
        compute: (_input, _options, control = {}) =>
          new Promise<PlanResult>((resolve, reject) => {
            calls.push({ control, finish: resolve, aborted: () => control.signal?.aborted === true });
            control.signal?.addEventListener("abort", () => reject(new PlanCancelledError()));
          }),
      };
      return { computer, calls };
    }
    const shownOf = (store: ReturnType<typeof createPlanStore>) => {
      const state = store.get();
      if (state.kind !== "loaded") throw new Error(`not loaded: ${state.kind}`);
      return state;
    };
    const partsOf = (plan: PlanResult) => ({
      intake: { planYear: plan.planYear, counts: plan.counts, needs: plan.needs, redaction: plan.redaction },
      ranked: { configErrors: [], notConsidered: [] },
      scheduled: { schedule: plan.schedule, decisions: plan.decisions },
    });
    const loadedStore = (plan: PlanResult) => {
      const store = createPlanStore();
      store.dispatch({ type: "loaded", loaded: { result: plan, input: input(2027) } });
      return store;
    };

    it("shows the new ranking, then the schedule, then the finished plan", async () => {
      const before = planOf(someNeeds(2));
      const after = planOf(someNeeds(4));
      const store = loadedStore(before);
      const { computer, calls } = drivenComputer();
      const tracked = trackedPlanComputer(store, computer, "Avbrutt.");
      const edited = input(2028);
      const told: string[] = [];
      const running = tracked.compute(
        edited,
        { includeSecurityGraded: false, provisional: true },
        { onProgress: (p) => told.push(p.phase) },
      );
      const { control } = calls[0]!;
      const parts = partsOf(after);
      control.onProgress?.({ phase: "prioritisation", intake: parts.intake });
      expect(shownOf(store)).toMatchObject({ plan: before, input: input(2027) });
      control.onProgress?.({ phase: "selection", ranked: parts.ranked });
      // the new needs and ranking with the previous schedule, which is pending
      expect(shownOf(store).plan).toMatchObject({ needs: after.needs, prioritisation: parts.ranked });
      expect(shownOf(store).plan.schedule).toBe(before.schedule);
      expect(shownOf(store).input).toBe(edited);
      expect(shownOf(store).provisional).toMatchObject({ pending: "schedule", finished: before });
      control.onProgress?.({ phase: "schedule" });
      control.onProgress?.({ phase: "frontier", scheduled: parts.scheduled });
      expect(shownOf(store).plan.schedule).toBe(after.schedule);
      expect(shownOf(store).provisional).toMatchObject({ pending: "frontier", finished: before });
      calls[0]!.finish(after);
      await expect(running).resolves.toBe(after);
      // the computation stored its finished plan itself; no provisional state is left
      const done = shownOf(store);
      expect(done.plan).toBe(after);
      expect(done.provisional).toBeUndefined();
      expect(told).toEqual(["prioritisation", "selection", "schedule", "frontier"]);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(store.get()).toEqual({ kind: "loaded", plan: after, input: edited });
    });

    it("lets a newer edit supersede an older one: the older is cancelled and never shows again", async () => {
      const before = planOf(someNeeds(2));
      const older = planOf(someNeeds(3));
      const newer = planOf(someNeeds(5));
      const store = loadedStore(before);
      const { computer, calls } = drivenComputer();
      const tracked = trackedPlanComputer(store, computer, "Avbrutt.");
      const options = { includeSecurityGraded: false, provisional: true };
      const first = tracked.compute(input(2027), options);
      const { intake, ranked } = partsOf(older);
      calls[0]!.control.onProgress?.({ phase: "selection", intake, ranked });
      expect(shownOf(store).plan.needs).toBe(older.needs);
      const second = tracked.compute(input(2028), options);
      // the older computation is cancelled before the newer one starts
      expect(calls[0]!.aborted()).toBe(true);
      await expect(first).rejects.toThrow("Avbrutt.");
      expect(calls[1]!.aborted()).toBe(false);
      // until the newer's ranking is known, the older's provisional plan stays (no flicker back)
      expect(shownOf(store).plan.needs).toBe(older.needs);
      // anything the older still tells is not shown
      const shown = shownOf(store).plan;
      calls[0]!.control.onProgress?.({ phase: "frontier", scheduled: partsOf(older).scheduled });
      expect(shownOf(store).plan).toBe(shown);
      expect(shownOf(store).plan.schedule).toBe(before.schedule);
      calls[1]!.control.onProgress?.({ phase: "selection", ...partsOf(newer) });
      expect(shownOf(store).plan.needs).toBe(newer.needs);
      // the last finished plan is still the one before both edits
      expect(shownOf(store).provisional).toMatchObject({ finished: before });
      calls[1]!.finish(newer);
      await expect(second).resolves.toBe(newer);
      expect(shownOf(store).plan).toBe(newer);
    });

    it("ignores a plan of a computation that a newer one has superseded, and provisional plans of one not running", () => {
      const before = planOf(someNeeds(2));
      const stale = planOf(someNeeds(3));
      const store = loadedStore(before);
      const cancel = () => undefined;
      store.dispatch({ type: "computing", computing: { id: 2, phase: "selection", cancel } });
      store.dispatch({ type: "replanned", id: 1, plan: stale, input: input(2028) });
      store.dispatch({ type: "provisional", id: 1, plan: stale, input: input(2028), pending: "schedule" });
      expect(shownOf(store)).toMatchObject({ plan: before, input: input(2027) });
      // without an id (a caller's own re-plan, a sync) or from the running computation: shown
      store.dispatch({ type: "provisional", id: 2, plan: stale, input: input(2028), pending: "frontier" });
      expect(shownOf(store).provisional).toMatchObject({ id: 2, pending: "frontier", finished: before });
      store.dispatch({ type: "replanned", plan: before, input: input(2027) });
      expect(shownOf(store).provisional).toBeUndefined();
    });

    it("gives the last finished plan back when an edit's computation is cancelled or fails", async () => {
      const before = planOf(someNeeds(2));
      const after = planOf(someNeeds(4));
      const store = loadedStore(before);
      const { computer, calls } = drivenComputer();
      const tracked = trackedPlanComputer(store, computer, "Avbrutt.");
      const options = { includeSecurityGraded: false, provisional: true };
      const cancelled = tracked.compute(input(2028), options);
      calls[0]!.control.onProgress?.({ phase: "frontier", ...partsOf(after) });
      expect(shownOf(store).plan.needs).toBe(after.needs);
      shownOf(store).computing?.cancel();
      await expect(cancelled).rejects.toThrow("Avbrutt.");
      expect(store.get()).toEqual({ kind: "loaded", plan: before, input: input(2027) });

      const failing: PlanComputer = {
        compute: async (_input, _options, control) => {
          control?.onProgress?.({ phase: "selection", ...partsOf(after) });
          expect(shownOf(store).provisional?.pending).toBe("frontier");
          throw new Error("HiGHS krasjet");
        },
      };
      await expect(
        trackedPlanComputer(store, failing, "Avbrutt.").compute(input(2028), options),
      ).rejects.toThrow("HiGHS krasjet");
      expect(store.get()).toEqual({ kind: "loaded", plan: before, input: input(2027) });
    });
  });
});
