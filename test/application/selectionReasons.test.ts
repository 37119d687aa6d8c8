// The default (rank-order) selection on the demo tenant: every need left out above the lowest
// selected rank says which limit stopped it, by how much and what lets it in (in Norwegian
// formats); security-graded needs carry proportional effort, not one flat figure; force conflicts
// name the forced need, the path to the blocking dependency and why it blocks.
import { createHighsSolver } from "../../src/adapters/solver/highsSolver";
import { runPrioritisationStage } from "../../src/application/prioritisationStage";
import { runPlan } from "../../src/application/runPlan";
import { generateDemoTenant } from "../../src/demo/demoTenant";
import type { Need } from "../../src/domain/model/need";
import type { PlanInput } from "../../src/domain/model/planInput";
import type { MilpSolver } from "../../src/domain/prioritisation/milpSolver";
import {
  estimateEffort,
  securityUplift,
  DEFAULT_EFFORT_CONFIG,
} from "../../src/domain/prioritisation/estimateEffort";
import { defaultSchedulingConfig } from "../../src/domain/scheduling/schedulingConfig";
import { aLead, aNeed, PLAN_2027 } from "../domain/prioritisation/builders";
import { planWorkbook } from "../../src/application/workbook/fromPlan";

let highs: MilpSolver;
beforeAll(async () => {
  highs = await createHighsSolver();
});

describe("rank-order selection on the demo tenant", () => {
  const demo = generateDemoTenant();
  const plan = () => runPlan(demo, { includeSecurityGraded: true, solver: highs, frontier: false });

  it("gives every need left out above the line its limit, shortfall and a verified way in", async () => {
    const result = (await plan()).prioritisation?.result;
    expect(result?.selection.mode).toBe("rank");
    const ranking = result?.ranking ?? [];
    const lowest = Math.max(...ranking.filter((r) => r.reason === "selected").map((r) => r.rank));
    const above = ranking.filter((r) => !r.selected && r.rank < lowest && r.reason !== "forced-out");
    expect(above.length).toBeGreaterThan(10);
    for (const r of above) {
      expect(r.shortfall.length).toBeGreaterThan(0);
      expect(r.letIn?.raise ?? r.letIn?.defer).toBeTruthy();
      const nb = r.explanation.map((e) => e.message.nb).join(" ");
      expect(nb).toMatch(/mangler [\d ]+(,\d)? (uker|kr)/);
      expect(nb).toMatch(/Kommer med om/);
    }
    // the top-ranked needs that are out: a capacity or budget limit a lead can act on
    for (const r of above.slice(0, 5)) expect(["capacity", "budget", "dependency"]).toContain(r.reason);
  });

  it("shows the shortfall and the way in on the Utvalg sheet", async () => {
    const result = await plan();
    const out = result.prioritisation?.result?.ranking.find((r) => r.letIn !== undefined);
    const sheet = planWorkbook(result, demo, "nb").sheets.find((s) => s.name === "Utvalg");
    const rows = sheet?.blocks.flatMap((b) => b.cells) ?? [];
    const row = rows.find((line) => line[0]?.kind === "text" && line[0].value === out?.needId);
    const reason = row?.find((c) => c?.kind === "text" && c.value.includes("Kommer med om"));
    expect(reason).toBeDefined();
  });

  it("gives security-graded needs proportional effort, so graded needs are selected too", async () => {
    const p = await plan();
    const sched = defaultSchedulingConfig();
    const uplift = securityUplift(sched, DEFAULT_EFFORT_CONFIG).lead;
    const needs = new Map(p.needs.filter((n) => n.need).map((n) => [n.id, n.need as Need]));
    const graded = (p.prioritisation?.result?.ranking ?? []).filter(
      (r) => needs.get(r.needId)?.securityGraded,
    );
    expect(graded.length).toBeGreaterThan(20);
    expect(new Set(graded.map((g) => g.leadWeeks)).size).toBeGreaterThan(3); // not one flat figure
    expect(graded.filter((g) => g.selected).length).toBeGreaterThan(0);
    for (const g of graded) {
      const need = needs.get(g.needId) as Need;
      if (g.effortBasis.template === "security-graded") continue; // at or above the FOSA threshold
      const plain = estimateEffort({ ...need, securityGraded: false }, demo.config, sched);
      expect(g.leadWeeks).toBeCloseTo(plain.leadWeeks * (1 + uplift), 1);
    }
  });
});

describe("force conflicts", () => {
  const input = (forcedIds: string[]): PlanInput => ({
    config: {
      ...PLAN_2027,
      prioritisation: {
        forced: forcedIds.map((needId) => ({
          needId,
          direction: "in" as const,
          reason: "legal-obligation" as const,
        })),
      },
    },
    needs: [],
    contracts: [],
    spend: [],
    people: [aLead("l", "ikt")],
  });
  const unscored = aNeed({ id: "C", scores: { operationalCriticality: 3 } });

  it("names the forced need, the path and an unscored dependency (A → B → C)", () => {
    const needs = [aNeed({ id: "A", dependsOn: ["B"] }), aNeed({ id: "B", dependsOn: ["C"] }), unscored];
    const p = runPrioritisationStage(input(["A"]), needs, highs, { includeSecurityGraded: false });
    expect(p.configErrors.map((e) => [e.code, e.params])).toEqual([
      ["force-conflict-unscored", { need: "A", dependency: "C", path: "A → B → C" }],
    ]);
    expect(p.configErrors[0]?.message.nb).toBe(
      "Behovet A er tvunget inn, men avhenger av C (A → B → C), som har manglende eller ugyldige poeng og ikke kan rangeres.",
    );
  });

  it("says when the dependency was rejected, withdrawn or does not exist", () => {
    const needs = [
      aNeed({ id: "A", dependsOn: ["R"] }),
      aNeed({ id: "B", dependsOn: ["W"] }),
      aNeed({ id: "D", dependsOn: ["Z"] }),
      aNeed({ id: "W", status: "withdrawn" }),
    ];
    const p = runPrioritisationStage(input(["A", "B", "D"]), needs, highs, {
      includeSecurityGraded: false,
      rejectedIds: ["R"],
    });
    expect(p.configErrors.map((e) => e.code)).toEqual([
      "force-conflict-rejected",
      "force-conflict-not-considered",
      "force-conflict-unknown",
    ]);
    expect(p.configErrors.map((e) => e.message.en)).toContain(
      "Need B is forced in, but depends on W (B → W), which is withdrawn or declined.",
    );
  });
});
