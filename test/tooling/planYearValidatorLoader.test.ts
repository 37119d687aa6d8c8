// The build-time plan-year validator (the webpack loader the pane's bundle uses, since the CSP
// forbids eval in the page) judges records exactly like the CLI's runtime-compiled validator: a
// valid record passes, a broken one gets the same problems naming the same fields.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { planYearValidatorOf } from "../../src/application/planYear/planYearFile";
import { nodePlanYearValidator } from "../../src/adapters/node/jsonSchemas";
import { testRecord } from "../builders/memoryPlanYearStore";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const loader = require("../../scripts/lib/planYearValidatorLoader.js") as (
  this: { resourcePath: string; addDependency(file: string): void },
  source: string,
) => string;

function buildTimeValidator() {
  const resourcePath = join(__dirname, "../../docs/schemas/plan-year.schema.json");
  const dependencies: string[] = [];
  const code = loader.call(
    { resourcePath, addDependency: (file) => dependencies.push(file) },
    readFileSync(resourcePath, "utf8"),
  );
  expect(dependencies).toEqual([join(__dirname, "../../docs/schemas/plan-input.schema.json")]);
  const module = { exports: {} as unknown };
  new Function("module", "exports", "require", code)(module, module.exports, require);
  return planYearValidatorOf(module.exports as Parameters<typeof planYearValidatorOf>[0]);
}

describe("plan-year validator compiled at build time", () => {
  it("accepts a valid record and names the same problems as the CLI's validator", () => {
    const built = buildTimeValidator();
    const runtime = nodePlanYearValidator();
    const record = JSON.parse(JSON.stringify(testRecord(2027))) as Record<string, unknown>;
    expect(built(record)).toEqual([]);
    const broken = { ...record, planYear: "2027", surplus: true, approvers: { whole: [] } };
    const problems = built(broken);
    expect(problems.length).toBeGreaterThanOrEqual(3);
    expect(problems).toEqual(runtime(broken));
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(["/planYear", "/surplus", "/approvers/procurement"]),
    );
  });
});
