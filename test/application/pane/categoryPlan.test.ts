// The procurement lead's "my category" over the demo tenant's plan: the choices count the ranked
// needs per category and add up to the whole ranking; the plan narrowed to one category keeps
// only that category's ranking and schedule, with the selection's count and score over them.
import { categoryChoices, planForCategory } from "../../../src/application/pane/categoryPlan";
import type { PlanResult } from "../../../src/application/planResult";
import { runPlan } from "../../../src/application/runPlan";
import { createHighsSolver } from "../../../src/adapters/solver/highsSolver";
import { generateDemoTenant } from "../../../src/demo/demoTenant";

let plan: PlanResult;
const input = generateDemoTenant();

beforeAll(async () => {
  plan = await runPlan(input, { includeSecurityGraded: false, solver: await createHighsSolver() });
}, 120_000);

const categoryOf = (needId: string) => plan.needs.find((n) => n.id === needId)?.need?.category;

describe("categoryChoices", () => {
  it("lists the configured categories with ranked needs, counts adding up to the ranking", () => {
    const choices = categoryChoices(plan, input.config.mainCategories);
    const ranked = plan.prioritisation?.result?.ranking.filter((r) => r.rank > 0) ?? [];
    expect(choices.length).toBeGreaterThan(1);
    expect(choices.reduce((sum, c) => sum + c.ranked, 0)).toBe(ranked.length);
    const order = input.config.mainCategories.map((c) => c.id);
    expect(choices.map((c) => c.id)).toEqual(order.filter((id) => choices.some((c) => c.id === id)));
    for (const c of choices)
      expect(c.name).toBe(input.config.mainCategories.find((m) => m.id === c.id)?.name);
  });

  it("names a category the configuration lacks by its id", () => {
    expect(categoryChoices(plan, []).every((c) => c.name === c.id)).toBe(true);
  });
});

describe("planForCategory", () => {
  it("keeps the whole plan for all categories", () => {
    expect(planForCategory(plan, "")).toBe(plan);
  });

  it("narrows ranking, selection and schedule to one category", () => {
    const [choice] = categoryChoices(plan, input.config.mainCategories);
    if (!choice) throw new Error("the demo plan has no category with ranked needs");
    const narrowed = planForCategory(plan, choice.id);
    const result = narrowed.prioritisation?.result;
    expect(result?.ranking.length).toBeGreaterThan(0);
    expect(result?.ranking.every((r) => categoryOf(r.needId) === choice.id)).toBe(true);
    expect(result?.ranking.filter((r) => r.rank > 0)).toHaveLength(choice.ranked);
    const selected = result?.ranking.filter((r) => r.rank > 0 && r.selected) ?? [];
    expect(result?.selection.selectedCount).toBe(selected.length);
    expect(result?.selection.totalScore).toBeCloseTo(
      selected.reduce((sum, r) => sum + r.score, 0),
      9,
    );
    expect(result?.selection.selectedCount).toBeLessThan(
      plan.prioritisation?.result?.selection.selectedCount ?? 0,
    );
    expect(narrowed.schedule.scheduled.every((s) => categoryOf(s.needId) === choice.id)).toBe(true);
    expect(narrowed.schedule.metrics.scheduledCount).toBe(narrowed.schedule.scheduled.length);
    expect(narrowed.schedule.metrics.lateCount).toBe(
      narrowed.schedule.scheduled.filter((s) => s.daysLate > 0).length,
    );
    expect(narrowed.needs).toBe(plan.needs);
  });
});
