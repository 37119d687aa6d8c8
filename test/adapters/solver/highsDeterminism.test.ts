// The optimising selection with the real HiGHS gives byte-identical results for the same input:
// no wall clock decides the answer, only deterministic node limits. With a tiny node budget the
// proof stops (status work-limit, the budget recorded) at the same point on every run; with the
// default budget the same input is proved optimal, and never worse than the tiny-budget answer.
// The time safety net counts CPU seconds (in Node), not the wall clock, and says when it stopped.
import { createHighsSolver } from "../../../src/adapters/solver/highsSolver";
import { defaultPlanConfig } from "../../../src/domain/model/defaults";
import type { MilpSolver } from "../../../src/domain/prioritisation/milpSolver";
import {
  prioritisationConfig,
  type PrioritisationConfigOverrides,
} from "../../../src/domain/prioritisation/prioritisationConfig";
import { prioritise } from "../../../src/domain/prioritisation/prioritise";
import { aLawyer, aLead } from "../../domain/prioritisation/builders";
import { randomNeeds } from "../../domain/prioritisation/randomNeeds";

const people = [
  ...["materiell", "ikt", "tjenester-eiendom"].flatMap((c) => [aLead(`${c}-1`, c), aLead(`${c}-2`, c, 0.8)]),
  aLawyer("jur-1"),
];

let highs: MilpSolver;
beforeAll(async () => {
  highs = await createHighsSolver();
});

/** The prioritisation of 200 random needs in `selection` mode, frontier included. */
function run(
  selection: "score" | "value",
  overrides: PrioritisationConfigOverrides = {},
  solver: MilpSolver = highs,
) {
  const needs = randomNeeds(200, 42);
  const budgetNok = Math.round(needs.reduce((s, n) => s + n.estimatedValue, 0) * 0.3);
  return prioritise(
    {
      needs,
      contracts: [],
      people,
      planConfig: defaultPlanConfig(2027),
      config: prioritisationConfig({ budgetNok, selection, frontierLevels: 3, ...overrides }),
    },
    solver,
  );
}

describe("HiGHS selection is deterministic", () => {
  it.each(["score", "value"] as const)("the same input gives byte-identical results (%s)", (mode) => {
    const first = run(mode);
    const second = run(mode);
    expect(first.selection.status).toBe("optimal");
    expect(first.selection.nodeLimit).toBe(10_000);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it("a tiny node budget stops the proof at the same point on every run and says so", () => {
    const tiny = { exactNodeLimit: 1, frontierNodeLimit: 1 };
    const first = run("value", tiny);
    const second = run("value", tiny);
    expect(first.selection.status).toBe("work-limit");
    expect(first.selection.nodeLimit).toBe(1);
    expect(first.selection.gap).toBeGreaterThan(0);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    const proved = run("value");
    expect(proved.selection.status).toBe("optimal");
    expect(proved.selection.totalValue).toBeGreaterThanOrEqual(first.selection.totalValue);
  });

  it("the time safety net counts this process's CPU time, not the wall clock, and says when it stopped", async () => {
    let cpuSeconds = 0;
    const jumping = await createHighsSolver({ cpuClock: () => (cpuSeconds += 1000) });
    const settings = { exactTimeLimitSeconds: 100 };
    const stopped = run("value", settings, jumping);
    expect(stopped.selection.status).toBe("time-limit");
    // stopped before the root's bound or after it: never a claim of a proof
    expect(stopped.selection.gap === null || stopped.selection.gap > 0).toBe(true);
    const still = await createHighsSolver({ cpuClock: () => 0 });
    expect(run("value", settings, still).selection.status).toBe("optimal");
  });
});
