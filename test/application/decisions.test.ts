// The decisions every run publishes: one per received need, with feedback in bokmål, read by publish.
import { runPlan } from "../../src/application/runPlan";
import { decisionsFromPlan } from "../../src/application/sharepoint/planDecisions";
import { createHighsSolver } from "../../src/adapters/solver/highsSolver";
import { generateDemoTenant } from "../../src/demo/demoTenant";

describe("plan decisions", () => {
  it("decide every demo need: include with dates, defer with the reason, rejected with the errors", async () => {
    const plan = await runPlan(generateDemoTenant(), {
      includeSecurityGraded: false,
      solver: await createHighsSolver(),
      frontier: false,
    });
    const result = plan.prioritisation?.result;
    if (!result) throw new Error("no prioritisation");
    const byId = new Map(plan.decisions.map((d) => [d.needId, d]));
    const notConsidered = new Set(plan.prioritisation?.notConsidered.map((n) => n.needId));
    for (const entry of plan.needs.filter((n) => !notConsidered.has(n.id)))
      expect(byId.has(entry.id) || entry.status === "rejected").toBe(true);
    // one decision per id; a rejected duplicate of an accepted id is decided through the original
    expect(new Set(plan.decisions.map((d) => d.needId)).size).toBe(plan.decisions.length);
    const acceptedIds = new Set(plan.needs.filter((n) => n.status === "accepted").map((n) => n.id));
    const rejected = plan.needs.filter((n) => n.status === "rejected" && !acceptedIds.has(n.id));
    expect(rejected).toHaveLength(plan.counts.rejected - 1);
    for (const entry of rejected)
      expect(byId.get(entry.id)?.feedback).toBe(
        `Behovet kunne ikke behandles: ${entry.errors.map((e) => e.message.nb).join(" ")}`,
      );
    const selected = result.ranking.filter((r) => r.selected);
    for (const r of selected) {
      const d = byId.get(r.needId);
      expect(d).toMatchObject({ decision: "include", status: "planned", rank: r.rank });
      expect(d?.plannedStart).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(d?.feedback).toMatch(
        /^Behovet er med i anskaffelsesplanen 2027 .* Planlagt oppstart \d\d\.\d\d\.\d{4}/,
      );
    }
    const deferred = result.ranking.filter((r) => r.rank > 0 && !r.selected);
    for (const r of deferred)
      expect(byId.get(r.needId)).toMatchObject({ decision: "defer", plannedStart: null });
    for (const e of result.errors) expect(byId.get(e.needId)?.feedback).toContain("kunne ikke rangeres");
    // publish reads exactly these decisions from plan.json
    const published = decisionsFromPlan(JSON.parse(JSON.stringify(plan)));
    expect(published).toHaveLength(plan.decisions.length);
    const first = published.find((p) => p.needId === selected[0]?.needId);
    expect(first?.values.decision).toBe("include");
    expect(first?.values.rank).toBe(selected[0]?.rank);
  });
});
