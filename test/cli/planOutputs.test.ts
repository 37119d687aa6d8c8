// Tests of the plan output folder: plan.xlsx is written up to XLSX_AUTO_NEEDS accepted needs, skipped
// above with a message (unless --xlsx), and never with --no-xlsx; plan.json and plan.xml always.
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runPlan } from "../../src/application/runPlan";
import type { PlanResult } from "../../src/application/planResult";
import { generateDemoTenant } from "../../src/demo/demoTenant";
import type { CliContext } from "../../src/cli/cliContext";
import { writeRunOutputs, XLSX_AUTO_NEEDS } from "../../src/cli/planOutputs";
import { formatNumber } from "../../src/i18n/locale";

function context(lines: string[]): CliContext {
  return { out: (t) => lines.push(t), err: (t) => lines.push(t), locale: "en", exitCode: 0 };
}

describe("writeRunOutputs: plan.xlsx by size and option", () => {
  const input = generateDemoTenant();
  let result: PlanResult;
  beforeAll(async () => {
    result = await runPlan(input, { includeSecurityGraded: false });
  });
  const write = async (r: PlanResult, xlsx?: boolean) => {
    const out = mkdtempSync(join(tmpdir(), "plan-outputs-"));
    const lines: string[] = [];
    await writeRunOutputs(
      context(lines),
      out,
      { result: r, input },
      {
        includeGraded: false,
        ...(xlsx !== undefined ? { xlsx } : {}),
      },
    );
    return { out, lines, xlsx: existsSync(join(out, "plan.xlsx")) };
  };

  it("writes plan.xlsx by default up to the limit and not with --no-xlsx", async () => {
    expect(result.counts.accepted).toBeLessThanOrEqual(XLSX_AUTO_NEEDS);
    expect((await write(result)).xlsx).toBe(true);
    const without = await write(result, false);
    expect(without.xlsx).toBe(false);
    expect(without.lines.join("\n")).not.toContain("plan.xlsx");
    expect(JSON.parse(readFileSync(join(without.out, "plan.json"), "utf8"))).toEqual(
      JSON.parse(JSON.stringify(result)),
    );
    expect(existsSync(join(without.out, "plan.xml"))).toBe(true);
  });

  it("skips plan.xlsx above the limit and says so, unless --xlsx", async () => {
    const large = { ...result, counts: { ...result.counts, accepted: XLSX_AUTO_NEEDS + 1 } };
    const skipped = await write(large);
    expect(skipped.xlsx).toBe(false);
    expect(skipped.lines.join("\n")).toContain(
      `Did not write plan.xlsx: ${formatNumber(XLSX_AUTO_NEEDS + 1, "en")} accepted needs`,
    );
    expect((await write(large, true)).xlsx).toBe(true);
  });
});
