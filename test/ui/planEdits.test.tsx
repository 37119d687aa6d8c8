/**
 * @jest-environment jsdom
 */
// The pane's edits: the reducer, the error texts, the need dialog's edit list (only what changed,
// a force needs a reason), the pairwise weights and their consistency ratio, the weights editor
// (sum shown, applied normalised), and the hook's glue: an edit goes through the composition root's
// one function, the new plan lands in the plan store and what came in and went out is kept.
import { act } from "react";
import {
  editAndReplan,
  EditStoredNotPlannedError,
  NoEditsRecordError,
  PaneEditError,
  type EditedPlan,
  type EditsRecord,
} from "../../src/application/planYear/paneEdits";
import type { PlanResult } from "../../src/application/planResult";
import type { PlanRankedNeed } from "../../src/application/prioritisationStage";
import type { PlanEdit } from "../../src/domain/planYear/planEdits";
import type { PlanInput } from "../../src/domain/model/planInput";
import { PlanCancelledError } from "../../src/application/planCompute";
import {
  editErrorText,
  INITIAL_EDITS_STATE,
  planEditsReducer,
  usePlanEdits,
} from "../../src/taskpane/components/PlanEdits/usePlanEdits";
import { draftOf, needEdits } from "../../src/taskpane/components/PlanEdits/NeedEditDialog";
import { judgedWeights } from "../../src/taskpane/components/PlanEdits/PairwiseDialog";
import { WeightsEditor } from "../../src/taskpane/components/PlanEdits/WeightsEditor";
import { createPlanStore, type PlanStore } from "../../src/taskpane/planStore";
import { PLAN_EDITS_MESSAGES } from "../../src/i18n/planEditsMessages";
import { ERROR_MESSAGES } from "../../src/i18n/errorMessages";
import { translate } from "../../src/i18n/locale";
import { CodedError } from "../../src/application/codedError";
import { handPlan } from "../builders/handPlan";
import { mountPerTest } from "../support/reactMount";

const mount = mountPerTest();

describe("planEditsReducer", () => {
  it("closes the dialog when an edit starts, keeps the change on failure and clears the error on the next edit", () => {
    const change = { cameIn: [], wentOut: [], rankMoved: 2 };
    let s = planEditsReducer(INITIAL_EDITS_STATE, { type: "open", dialog: { kind: "need", needId: "B-1" } });
    expect(s.dialog).toEqual({ kind: "need", needId: "B-1" });
    s = planEditsReducer(s, { type: "started" });
    expect(s).toMatchObject({ status: "working", dialog: { kind: "none" } });
    s = planEditsReducer(s, { type: "done", change, conflicts: ["/edits/weights/reach"] });
    expect(s).toMatchObject({ status: "idle", change, conflicts: ["/edits/weights/reach"] });
    s = planEditsReducer(s, { type: "failed", error: "nei" });
    expect(s).toMatchObject({ status: "failed", change, error: "nei" });
    s = planEditsReducer(s, { type: "started" });
    expect(s.error).toBeUndefined();
    expect(s.conflicts).toEqual([]);
  });

  it("words refused edits and a site without a record in the user's language", () => {
    expect(editErrorText(new PaneEditError("weights-sum", { sum: 90 }), "nb")).toBe(
      "Vektene må til sammen være 100 % (nå 90 %).",
    );
    expect(editErrorText(new NoEditsRecordError(2027), "en")).toContain("without a plan year 2027");
    // Anything else through the error catalogue (errorText), never its raw English message.
    const unexpected = translate(ERROR_MESSAGES, "nb", "error.unexpected", { detail: "offline" });
    expect(editErrorText(new Error("offline"), "nb")).toBe(
      translate(PLAN_EDITS_MESSAGES, "nb", "failed", { reason: unexpected }),
    );
    const network = editErrorText(new TypeError("Failed to fetch"), "nb");
    expect(network).toContain(translate(ERROR_MESSAGES, "nb", "error.network"));
    expect(network).not.toContain("Failed to fetch");
    const coded = editErrorText(new CodedError("graph.noItemAnswer", { item: "9" }), "nb");
    expect(coded).toBe("Endringen ble ikke lagret: SharePoint svarte ikke for element 9. Publiser igjen.");
  });

  it("says an edit is stored when only its computation was cancelled or failed", async () => {
    const stored: (readonly PlanEdit[])[] = [];
    const record = {
      store: async (edits: readonly PlanEdit[]) => {
        stored.push(edits);
        return { input: {} as PlanInput, conflicts: [] };
      },
    } as unknown as EditsRecord;
    const weight: PlanEdit = { kind: "weight", criterionId: "c1", to: 100 } as PlanEdit;
    const cancelled = await editAndReplan(record, [weight], () =>
      Promise.reject(new PlanCancelledError()),
    ).catch((error: unknown) => error);
    expect(stored).toHaveLength(1);
    expect(cancelled).toBeInstanceOf(EditStoredNotPlannedError);
    expect(editErrorText(cancelled, "nb")).toBe(
      translate(PLAN_EDITS_MESSAGES, "nb", "storedNotPlanned.cancelled"),
    );
    const failed = await editAndReplan(record, [weight], () => Promise.reject(new Error("offline"))).catch(
      (error: unknown) => error,
    );
    const text = editErrorText(failed, "en");
    expect(text).toContain("The change is saved in the plan year");
    expect(text).not.toContain("was not saved");
  });
});

const ranked = (force?: PlanRankedNeed["force"]): PlanRankedNeed =>
  ({
    needId: "B-7",
    rank: 9,
    score: 3.1,
    selected: false,
    reason: "budget",
    breakdown: [
      { criterionId: "reach", score: 3, weight: 50, contribution: 1.5, derived: false },
      { criterionId: "maturity", score: 2, weight: 50, contribution: 1, derived: true },
    ],
    ...(force ? { force } : {}),
  }) as unknown as PlanRankedNeed;

describe("need edits", () => {
  it("sends only what changed, as the workbook's edit kinds", () => {
    const before = draftOf(ranked(), "");
    expect(needEdits("B-7", before, before)).toEqual([]);
    const after = {
      ...before,
      scores: new Map(before.scores).set("reach", 5),
      direction: "in" as const,
      reason: "legal-obligation" as const,
      comment: " Pålagt ",
      feedback: "Ring oss",
    };
    expect(needEdits("B-7", before, after)).toEqual([
      { kind: "score", needId: "B-7", criterionId: "reach", to: 5 },
      {
        kind: "force",
        needId: "B-7",
        to: { needId: "B-7", direction: "in", reason: "legal-obligation", comment: "Pålagt" },
      },
      { kind: "feedback", needId: "B-7", to: "Ring oss" },
    ]);
  });

  it("clears a force decision when the need is no longer forced", () => {
    const before = draftOf(ranked({ needId: "B-7", direction: "out", reason: "management-decision" }), "x");
    expect(before).toMatchObject({ direction: "out", reason: "management-decision", feedback: "x" });
    expect(needEdits("B-7", before, { ...before, direction: "none" })).toEqual([
      { kind: "force", needId: "B-7", to: undefined },
    ]);
  });
});

describe("pairwise weights", () => {
  const criteria = [
    { id: "a", name: "A", weight: 50 },
    { id: "b", name: "B", weight: 25 },
    { id: "c", name: "C", weight: 25 },
  ];
  it("gives the weights of consistent judgements with CR 0", () => {
    const r = judgedWeights(
      criteria,
      new Map([
        ["0-1", 2],
        ["0-2", 2],
        ["1-2", 1],
      ]),
    );
    expect(r.weights["a"]).toBeCloseTo(50, 6);
    expect(r.consistencyRatio).toBeCloseTo(0, 9);
    expect(r.acceptable).toBe(true);
  });
  it("refuses circular judgements (CR above 0.10) and names the comparison most at odds", () => {
    const r = judgedWeights(
      criteria,
      new Map([
        ["0-1", 9],
        ["0-2", 1 / 9],
        ["1-2", 9],
      ]),
    );
    expect(r.consistencyRatio).toBeGreaterThan(0.1);
    expect(r.acceptable).toBe(false);
    expect(r.mostInconsistent).toBeDefined();
  });
});

describe("WeightsEditor", () => {
  it("shows the sum and applies the weights scaled to 100 %", () => {
    const applied: ReadonlyMap<string, number>[] = [];
    const criteria = [
      { id: "a", name: "A", weight: 60 },
      { id: "b", name: "B", weight: 40 },
    ];
    act(() =>
      mount.root.render(
        <WeightsEditor
          criteria={criteria}
          locale="nb"
          disabled={false}
          onApply={(w) => applied.push(w)}
          onPairwise={() => undefined}
        />,
      ),
    );
    const input = mount.container.querySelector<HTMLInputElement>("#weight-b");
    if (!input) throw new Error("no weight field");
    act(() => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
      setter?.call(input, "60");
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });
    expect(mount.container.textContent).toContain("Sum: 120 %");
    const apply = [...mount.container.querySelectorAll("button")].find(
      (b) => b.textContent === "Bruk vektene",
    );
    act(() => apply?.click());
    expect(applied).toEqual([
      new Map([
        ["a", 50],
        ["b", 50],
      ]),
    ]);
  });
});

/** A hand-made plan whose ranked needs carry an explanation line, as the engine's do. */
function explained(plan: PlanResult): PlanResult {
  const result = plan.prioritisation?.result;
  if (!result) return plan;
  const why = (reason: string) => ({
    code: `explain-out-${reason}`,
    params: {},
    message: { nb: `ut: ${reason}`, en: reason },
  });
  const ranking = result.ranking.map((r) => ({ ...r, explanation: [why(r.reason)] }));
  return {
    ...plan,
    prioritisation: { ...plan.prioritisation, result: { ...result, ranking } },
  } as PlanResult;
}

describe("usePlanEdits", () => {
  it("puts the edited plan in the plan store and keeps what came in and went out", async () => {
    const before = explained(
      handPlan(2027, [
        { id: "A", rank: 1, include: true },
        { id: "B", rank: 2, include: false, reason: "budget" },
      ]),
    );
    const after = explained(
      handPlan(2027, [
        { id: "A", rank: 2, include: false, reason: "budget" },
        { id: "B", rank: 1, include: true, reason: "forced-in" },
      ]),
    );
    const input = { needs: [] } as unknown as PlanInput;
    const store: PlanStore = createPlanStore();
    store.dispatch({ type: "loaded", loaded: { result: before, input } });
    const sent: (readonly PlanEdit[])[] = [];
    const edit = async (edits: readonly PlanEdit[]): Promise<EditedPlan> => {
      sent.push(edits);
      return { result: after, input, conflicts: [] };
    };
    let hook: ReturnType<typeof usePlanEdits> | undefined;
    function Probe() {
      hook = usePlanEdits(store, edit, "nb");
      return null;
    }
    act(() => mount.root.render(<Probe />));
    const force: PlanEdit = {
      kind: "force",
      needId: "B",
      to: { needId: "B", direction: "in", reason: "legal-obligation" },
    };
    await act(async () => hook?.apply([force]));
    expect(sent).toEqual([[force]]);
    const state = store.get();
    expect(state.kind === "loaded" ? state.plan : undefined).toBe(after);
    expect(hook?.state.change?.cameIn.map((n) => n.needId)).toEqual(["B"]);
    expect(hook?.state.change?.wentOut.map((n) => [n.needId, n.reason, n.why?.nb])).toEqual([
      ["A", "budget", "ut: budget"],
    ]);
    expect(hook?.state.status).toBe("idle");
  });
});

describe("usePlanEdits with two edits at once", () => {
  it("tells only the newest edit's outcome: an older one superseded (cancelled) shows no failure", async () => {
    const before = explained(handPlan(2027, [{ id: "A", rank: 1, include: true }]));
    const after = explained(handPlan(2027, [{ id: "A", rank: 1, include: false, reason: "budget" }]));
    const input = { needs: [] } as unknown as PlanInput;
    const store: PlanStore = createPlanStore();
    store.dispatch({ type: "loaded", loaded: { result: before, input } });
    const pending: { resolve: (plan: EditedPlan) => void; reject: (error: Error) => void }[] = [];
    const edit = () =>
      new Promise<EditedPlan>((resolve, reject) => {
        pending.push({ resolve, reject });
      });
    let hook: ReturnType<typeof usePlanEdits> | undefined;
    function Probe() {
      hook = usePlanEdits(store, edit, "nb");
      return null;
    }
    act(() => mount.root.render(<Probe />));
    const weight: PlanEdit = { kind: "weight", criterionId: "c1", to: 100 };
    let first: Promise<void> | undefined;
    let second: Promise<void> | undefined;
    act(() => {
      first = hook?.apply([weight]);
    });
    act(() => {
      second = hook?.apply([weight]);
    });
    await act(async () => {
      pending[0]?.reject(new PlanCancelledError("Beregningen ble avbrutt."));
      await first;
    });
    expect(hook?.state.status).toBe("working");
    expect(hook?.state.error).toBeUndefined();
    await act(async () => {
      pending[1]?.resolve({ result: after, input, conflicts: [] });
      await second;
    });
    expect(hook?.state.status).toBe("idle");
    expect(hook?.state.change?.wentOut.map((n) => n.needId)).toEqual(["A"]);
    const state = store.get();
    expect(state.kind === "loaded" ? state.plan : undefined).toBe(after);
  });
});

describe("PLAN_EDITS_MESSAGES", () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it("has the same keys and placeholders in bokmål and English", () => {
    expect(Object.keys(PLAN_EDITS_MESSAGES.en).sort()).toEqual(Object.keys(PLAN_EDITS_MESSAGES.nb).sort());
    for (const [key, nb] of Object.entries(PLAN_EDITS_MESSAGES.nb))
      expect({ key, p: placeholders(PLAN_EDITS_MESSAGES.en[key] ?? "") }).toEqual({
        key,
        p: placeholders(nb),
      });
  });
});
