// Cross-check of the demo tenant and the intake: exactly the planted rows are rejected, for several seeds.
import { runPlan } from "../../src/application/runPlan";
import { generateDemoTenant } from "../../src/demo/demoTenant";
import { DEMO_INVALID_ROWS } from "../../src/demo/invalidRows";

describe("demo tenant through the pipeline", () => {
  it.each([2027, 1, 42])(
    "seed %i: the planted rows and only they are rejected, on the planted field",
    async (seed) => {
      const input = generateDemoTenant({ seed });
      const result = await runPlan(input, { includeSecurityGraded: false });
      expect(result.counts.received).toBe(input.needs.length);
      const rejected = result.needs.filter((n) => n.status === "rejected");
      expect(rejected.map((n) => n.row)).toEqual(DEMO_INVALID_ROWS.map((r) => r.row));
      for (const planted of DEMO_INVALID_ROWS) {
        const entry = rejected.find((n) => n.row === planted.row);
        expect(
          entry?.errors.map((e) => [e.field.startsWith("score_") ? "score" : e.field, e.code]),
        ).toContainEqual([planted.field.startsWith("score_") ? "score" : planted.field, planted.fault]);
      }
    },
  );
});
