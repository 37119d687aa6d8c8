/**
 * The early change of a pane edit: the re-plan reports its ranked prioritisation before the
 * frontier and schedule, and what that says moved (rankedChange) equals what the finished plan
 * says (planChange) — on the demo tenant's first needs, planned with HiGHS, with one selected need
 * forced out and one left-out need forced in.
 */
import { followRankedChange, planChange, type PlanChange } from "../../../src/application/planYear/paneEdits";
import type { PlanProgress } from "../../../src/application/planCompute";
import { runPlan } from "../../../src/application/runPlan";
import { createHighsSolver } from "../../../src/adapters/solver/highsSolver";
import { generateDemoTenant } from "../../../src/demo/demoTenant";
import type { PlanInput } from "../../../src/domain/model/planInput";

let input: PlanInput;
beforeAll(() => {
  const demo = generateDemoTenant();
  input = { ...demo, needs: demo.needs.slice(0, 120) };
});

describe("rankedChange", () => {
  it("tells from the ranked event what the finished plan says moved, with the same ranking", async () => {
    const solver = await createHighsSolver();
    const unasked: PlanProgress[] = [];
    const before = await runPlan(input, {
      includeSecurityGraded: false,
      solver,
      onProgress: (p) => unasked.push(p),
    });
    // not asked for: no ranked event (a first load stays as lean as before); the schedule before the frontier
    expect(unasked.map((p) => p.phase)).toEqual([
      "intake",
      "prioritisation",
      "selection",
      "schedule",
      "frontier",
    ]);
    expect(unasked.some((p) => p.ranked !== undefined || p.scheduled !== undefined)).toBe(false);
    const ranking = before.prioritisation?.result?.ranking ?? [];
    const firstIn = ranking.find((r) => r.reason === "selected");
    const firstOut = ranking.find((r) => r.reason === "budget" || r.reason === "capacity");
    if (!firstIn || !firstOut) throw new Error("The demo's first needs have no selected and left-out need.");
    const prioritisation = input.config.prioritisation ?? {};
    const edited: PlanInput = {
      ...input,
      config: {
        ...input.config,
        prioritisation: {
          ...prioritisation,
          forced: [
            ...(prioritisation.forced ?? []),
            { needId: firstIn.needId, direction: "out", reason: "legal-obligation" },
            { needId: firstOut.needId, direction: "in", reason: "legal-obligation" },
          ],
        },
      },
    };
    const early: PlanChange[] = [];
    const phases: PlanProgress[] = [];
    const follow = followRankedChange(before, (change) => early.push(change));
    const after = await runPlan(edited, {
      includeSecurityGraded: false,
      solver,
      reportProvisional: true,
      onProgress: (progress) => {
        phases.push(progress);
        follow(progress);
      },
    });
    // told once, before the schedule started; the schedule and decisions before the frontier
    expect(early).toHaveLength(1);
    const rankedAt = phases.findIndex((p) => p.ranked !== undefined);
    expect(phases.slice(rankedAt + 1).map((p) => p.phase)).toEqual(["schedule", "frontier"]);
    expect(phases[rankedAt]?.ranked?.result?.ranking).toEqual(after.prioritisation?.result?.ranking);
    // the other modes (MILPs) are compared after the ranking is told
    const selection = after.prioritisation?.result?.selection;
    expect(selection?.modes.length).toBeGreaterThan(0);
    expect(phases[rankedAt]?.ranked?.result?.selection).toEqual({ ...selection, modes: [] });
    expect(phases[rankedAt]?.ranked?.result?.frontier).toEqual([]);
    expect(phases.at(-1)?.scheduled).toEqual({ schedule: after.schedule, decisions: after.decisions });
    const final = planChange(before, after);
    expect(final.cameIn.map((c) => c.needId)).toContain(firstOut.needId);
    expect(final.wentOut.map((c) => c.needId)).toContain(firstIn.needId);
    expect(early[0]).toEqual(final);
  });
});
