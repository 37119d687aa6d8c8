// The charts' data on the demo tenant's plan (HiGHS, as the pane runs it): the frontier points are
// the plan's frontier and the chosen plan its selection (a rank-mode plan beyond C* gets one flat
// derived point at its cost, a score-mode plan none; the best score at its cost is read as a step
// over the levels at or below it); the Kraljic quadrants hold every point once; capacity per role
// adds up to the bookings recomputed from the scheduled phases; the timeline has a bar per
// scheduled need, the plan's late count and no graded title; the wheel's stages fill its year and
// today's stage is the one wheelStage names.
import { createHighsSolver } from "../../../src/adapters/solver/highsSolver";
import { planChartsData, type PlanChartsData } from "../../../src/application/charts/planCharts";
import { frontierChartData } from "../../../src/application/charts/frontierChart";
import { wheelChartData } from "../../../src/application/charts/wheelChart";
import type { PlanResult } from "../../../src/application/planResult";
import { runPlan } from "../../../src/application/runPlan";
import { generateDemoTenant } from "../../../src/demo/demoTenant";
import { defaultWheel, wheelStage } from "../../../src/domain/planYear/planYearDefaults";
import { REDACTED_TEXT } from "../../../src/domain/rules/redaction";
import { personUtilisation } from "../../../src/domain/scheduling/personUtilisation";
import { defaultSchedulingConfig } from "../../../src/domain/scheduling/schedulingConfig";
import { addDays, daysBetween } from "../../../src/domain/time/isoDate";
import { CHART_MESSAGES } from "../../../src/i18n/chartMessages";

const input = generateDemoTenant();
let plan: PlanResult;
let scorePlan: PlanResult;
let charts: PlanChartsData;
let gradedTitles: string[];

beforeAll(async () => {
  const solver = await createHighsSolver();
  plan = await runPlan(input, { includeSecurityGraded: false, solver });
  const open = await runPlan(input, { includeSecurityGraded: true, solver, frontier: false });
  const scoreInput = {
    ...input,
    config: {
      ...input.config,
      prioritisation: { ...input.config.prioritisation, selection: "score" as const },
    },
  };
  scorePlan = await runPlan(scoreInput, { includeSecurityGraded: false, solver, frontier: false });
  gradedTitles = open.needs.flatMap((e) => (e.need?.securityGraded ? [e.need.title] : []));
  charts = planChartsData({ plan, input, today: "2026-12-04" });
}, 180_000);

describe("frontier chart data", () => {
  it("is the plan's frontier, with the plan's selection as the chosen point", () => {
    const result = plan.prioritisation?.result;
    if (!result) throw new Error("the demo plan has no prioritisation");
    const solved = charts.frontier?.points.filter((p) => !p.derived);
    expect(solved?.map((p) => [p.budget, p.totalScore, p.selectedCount])).toEqual(
      result.frontier.map((p) => [p.budget, p.totalScore, p.selectedCount]),
    );
    expect(result.frontier.length).toBeGreaterThan(2);
    const selected = result.ranking.filter((r) => r.selected);
    expect(charts.frontier?.chosen.cost).toBeCloseTo(
      selected.reduce((s, r) => s + r.cost, 0),
      0,
    );
    expect(charts.frontier?.chosen.totalScore).toBeCloseTo(
      selected.reduce((s, r) => s + r.score, 0),
      6,
    );
    expect(charts.frontier?.chosen.selectedCount).toBe(selected.length);
    expect(charts.frontier?.mode).toBe(result.selection.mode);
  });

  it("extends a rank-mode plan that costs more than C* with a flat derived point at its cost", () => {
    const result = plan.prioritisation?.result;
    const data = charts.frontier;
    if (!result || !data) throw new Error("no frontier");
    const last = result.frontier[result.frontier.length - 1];
    if (!last) throw new Error("no frontier point");
    expect(data.mode).toBe("rank");
    expect(data.chosen.cost).toBeGreaterThan(last.budget);
    expect(data.points).toHaveLength(result.frontier.length + 1);
    expect(data.points[data.points.length - 1]).toEqual({
      budget: data.chosen.cost,
      totalScore: last.totalScore,
      selectedCount: last.selectedCount,
      optimal: last.status === "optimal",
      derived: true,
    });
    expect(data.points.filter((p) => p.derived)).toHaveLength(1);
    // beyond C* the best the frontier proves is the unlimited optimum, at least the plan's score
    expect(data.bestAtCost).toBe(Math.max(...result.frontier.map((p) => p.totalScore)));
    expect(data.bestAtCost).toBeGreaterThanOrEqual(data.chosen.totalScore);
  });

  it("reads the best score at a cost between levels as a step (the levels at or below it)", () => {
    const result = plan.prioritisation?.result;
    if (!result) throw new Error("no prioritisation");
    const [, a, b] = result.frontier;
    if (!a || !b) throw new Error("too few frontier points");
    const cost = Math.round((a.budget + b.budget) / 2);
    const data = frontierChartData({
      configErrors: [],
      notConsidered: [],
      result: { ...result, selection: { ...result.selection, totalCost: cost } },
    });
    const atOrBelow = result.frontier.filter((p) => p.budget <= cost).map((p) => p.totalScore);
    expect(atOrBelow.length).toBeGreaterThan(1);
    expect(data?.bestAtCost).toBe(Math.max(...atOrBelow));
    expect(data?.bestAtCost).toBeLessThan(b.totalScore);
    expect(data?.points.some((p) => p.derived)).toBe(false);
  });

  it("adds nothing for a score-mode plan, which lies within the frontier's budgets", () => {
    const result = plan.prioritisation?.result;
    const scoreResult = scorePlan.prioritisation?.result;
    if (!result || !scoreResult) throw new Error("no prioritisation");
    // the frontier's levels are solved in score mode for rank and score plans alike
    const data = frontierChartData({
      configErrors: [],
      notConsidered: [],
      result: { ...scoreResult, frontier: result.frontier },
    });
    const last = result.frontier[result.frontier.length - 1];
    if (!data || !last) throw new Error("no frontier");
    expect(data.mode).toBe("score");
    expect(data.chosen.cost).toBeLessThanOrEqual(last.budget);
    expect(data.points.map((p) => p.budget)).toEqual(result.frontier.map((p) => p.budget));
    expect(data.points.some((p) => p.derived)).toBe(false);
    const atOrBelow = result.frontier.filter((p) => p.budget <= data.chosen.cost).map((p) => p.totalScore);
    expect(data.bestAtCost).toBe(atOrBelow.length > 0 ? Math.max(...atOrBelow) : null);
  });

  it("is absent without a frontier", () => {
    expect(frontierChartData(undefined)).toBeUndefined();
    const result = plan.prioritisation?.result;
    if (!result) throw new Error("no prioritisation");
    expect(
      frontierChartData({ configErrors: [], notConsidered: [], result: { ...result, frontier: [] } }),
    ).toBe(undefined);
  });
});

describe("Kraljic chart data", () => {
  it("places every Kraljic point of the plan once, in its quadrant, named by category", () => {
    const points = plan.prioritisation?.result?.kraljic ?? [];
    const data = charts.kraljic;
    if (!data) throw new Error("no Kraljic data");
    const shown = data.quadrants.flatMap((q) => q.points);
    expect(shown).toHaveLength(points.length);
    for (const q of data.quadrants)
      expect(q.points.length).toBe(points.filter((p) => p.quadrant === q.quadrant).length);
    expect(shown.reduce((s, p) => s + p.needCount, 0)).toBe(points.reduce((s, p) => s + p.needCount, 0));
    for (const q of data.quadrants)
      for (const p of q.points) {
        const highImpact = p.profitImpact >= data.impactMedian;
        const highRisk = p.supplyRisk >= data.riskMidpoint;
        expect(q.quadrant).toBe(
          highRisk ? (highImpact ? "strategic" : "bottleneck") : highImpact ? "leverage" : "non-critical",
        );
      }
    const names = input.config.mainCategories.map((c) => c.name);
    for (const p of shown) expect(names.some((n) => p.label.startsWith(n))).toBe(true);
  });
});

describe("capacity chart data", () => {
  it("adds up, per role and week, to the bookings recomputed from the scheduled phases", () => {
    const { weekStarts } = plan.schedule.metrics.utilisation;
    const calendar = (input.config.scheduling ?? defaultSchedulingConfig()).calendar;
    const people = personUtilisation(plan.schedule.scheduled, input.people, calendar, weekStarts);
    expect(charts.capacity.map((r) => r.role).sort()).toEqual(["lawyer", "lead"]);
    for (const series of charts.capacity) {
      const mine = people.filter((p) => p.role === series.role);
      expect(series.weeks).toHaveLength(weekStarts.length);
      series.weeks.forEach((w, i) => {
        expect(w.load).toBeCloseTo(
          mine.reduce((s, p) => s + (p.load[i] ?? 0), 0),
          2,
        );
        expect(w.capacity).toBeCloseTo(
          mine.reduce((s, p) => s + (p.capacity[i] ?? 0), 0),
          2,
        );
      });
      expect(series.totalLoad).toBeGreaterThan(0);
      expect(series.totalLoad).toBeLessThanOrEqual(series.totalCapacity);
      expect(series.busiest?.share).toBeGreaterThan(0);
    }
  });
});

describe("timeline chart data", () => {
  it("has one bar per scheduled need, in start order, the plan's late count and no graded title", () => {
    const { bars, lateCount } = charts.timeline;
    expect(bars.map((b) => b.needId).sort()).toEqual(plan.schedule.scheduled.map((s) => s.needId).sort());
    expect(lateCount).toBe(plan.schedule.metrics.lateCount);
    for (let i = 1; i < bars.length; i += 1)
      expect((bars[i - 1]?.start ?? "") <= (bars[i]?.start ?? "")).toBe(true);
    for (const b of bars) expect(b.start <= b.contractSigned).toBe(true);
    expect(gradedTitles.length).toBeGreaterThan(0);
    for (const b of bars) expect(gradedTitles).not.toContain(b.title);
    const redacted = new Set(plan.needs.filter((e) => e.redacted).map((e) => e.id));
    for (const b of bars.filter((x) => redacted.has(x.needId)))
      expect(b.title.startsWith(REDACTED_TEXT)).toBe(true);
  });
});

describe("wheel chart data", () => {
  const wheel = defaultWheel(2027);
  it("fills the wheel's year with its stages in order", () => {
    const data = wheelChartData(wheel, "2026-12-04");
    expect(data.segments.reduce((s, x) => s + x.days, 0)).toBe(365);
    expect(data.segments[0]?.start).toBe(wheel.preparation);
    data.segments.forEach((s, i) => {
      expect(daysBetween(s.start, s.end) + 1).toBe(s.days);
      const next = data.segments[i + 1];
      if (next) expect(next.start).toBe(addDays(s.end, 1));
    });
    expect(data.segments.find((s) => s.stage === "publication")?.days).toBe(1);
  });

  it.each(["2026-08-31", "2026-09-01", "2026-12-04", "2027-01-03", "2027-01-31", "2027-06-01"])(
    "marks today's stage as wheelStage names it (%s)",
    (today) => {
      const data = wheelChartData(wheel, today);
      expect(data.stage).toBe(wheelStage(wheel, today));
      const current = data.segments.filter((s) => s.current);
      if (data.stage === "before") {
        expect(current).toHaveLength(0);
        expect(data.dayOfWheel).toBeUndefined();
      } else {
        expect(current).toHaveLength(1);
        expect(current[0] && current[0].start <= today && today <= current[0].end).toBe(true);
        expect(data.dayOfWheel).toBe(daysBetween(wheel.preparation, today));
      }
    },
  );

  it("names the next milestone and the days left", () => {
    expect(wheelChartData(wheel, "2026-12-04").next).toEqual({
      id: "centralAnalysis",
      date: wheel.centralAnalysis,
      daysLeft: 28,
    });
    expect(charts.wheel.stage).toBe(wheelStage(defaultWheel(plan.planYear), "2026-12-04"));
  });
});

describe("charts of the procurement lead's category", () => {
  it("narrows the Kraljic points and the timeline to the category; frontier, capacity and wheel stay the plan's", () => {
    const categoryOf = new Map(plan.needs.flatMap((e) => (e.need ? [[e.id, e.need.category] as const] : [])));
    const points = plan.prioritisation?.result?.kraljic ?? [];
    const main = input.config.mainCategories.find(
      (c) => points.some((p) => p.category === c.id) && points.some((p) => p.category !== c.id),
    );
    if (!main) throw new Error("the demo plan has no category among others on the Kraljic chart");
    const mine = planChartsData({
      plan,
      input,
      today: "2026-12-04",
      category: { id: main.id, name: main.name },
    });

    const shown = mine.kraljic?.quadrants.flatMap((q) => q.points) ?? [];
    const expected = points.filter((p) => p.category === main.id);
    expect(shown).toHaveLength(expected.length);
    for (const p of shown) expect(p.label.startsWith(main.name)).toBe(true);
    // Each point keeps the quadrant the whole plan gives it (the plan's median line).
    expect(mine.kraljic?.impactMedian).toBe(charts.kraljic?.impactMedian);
    for (const q of mine.kraljic?.quadrants ?? [])
      expect(q.points.length).toBe(expected.filter((p) => p.quadrant === q.quadrant).length);

    const bars = mine.timeline.bars;
    expect(bars.map((b) => b.needId).sort()).toEqual(
      plan.schedule.scheduled
        .filter((s) => categoryOf.get(s.needId) === main.id)
        .map((s) => s.needId)
        .sort(),
    );
    expect(bars.length).toBeLessThan(charts.timeline.bars.length);
    expect(mine.timeline.lateCount).toBe(bars.filter((b) => b.daysLate > 0).length);

    expect(mine.frontier).toEqual(charts.frontier);
    expect(mine.capacity).toEqual(charts.capacity);
    expect(mine.wheel).toEqual(charts.wheel);
    expect(mine.scope).toEqual({
      frontier: { kind: "plan" },
      kraljic: { kind: "category", name: main.name },
      capacity: { kind: "plan" },
      timeline: { kind: "category", name: main.name },
      wheel: { kind: "plan" },
    });
    // Each whole-plan chart has its sentence in the catalogue.
    for (const [id, scope] of Object.entries(mine.scope ?? {}))
      if (scope.kind === "plan") expect(CHART_MESSAGES.nb[`scope.plan.${id}`]).toBeDefined();
    expect(charts.scope).toBeUndefined();
  });

  it("has no Kraljic data for a category without points", () => {
    const none = planChartsData({
      plan,
      input,
      today: "2026-12-04",
      category: { id: "no-such", name: "Ingen" },
    });
    expect(none.kraljic).toBeUndefined();
    expect(none.timeline).toEqual({ bars: [], lateCount: 0 });
  });
});

describe("wheel chart data from a plan-year record's wheel", () => {
  it("uses the record's dates, not the seed's, for the stages and today's stage", () => {
    const seed = defaultWheel(plan.planYear);
    const record = { ...seed, localSubmission: "2026-11-20", centralAnalysis: "2026-12-10" };
    const data = planChartsData({ plan, input, wheel: record, today: "2026-12-04" }).wheel;
    expect(data.stage).toBe("localSubmission");
    expect(data.segments.find((s) => s.stage === "preparation")?.end).toBe("2026-11-19");
    expect(data.segments.find((s) => s.current)?.start).toBe("2026-11-20");
    expect(data.next).toEqual({ id: "centralAnalysis", date: "2026-12-10", daysLeft: 6 });
    expect(charts.wheel.next?.date).toBe(seed.centralAnalysis);
  });
});
