// The prioritisation through the CLI: plan writes a prioritisation section that validates against
// docs/schemas/plan.schema.json; prioritise prints a ranked table and reports configuration errors.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkAgainstSchema } from "../../src/adapters/node/jsonSchemas";
import { serialisePlanInput } from "../../src/adapters/node/planInputFile";
import type { PlanResult } from "../../src/application/planResult";
import { runCli } from "./runCli";
import { generateDemoTenant } from "../../src/demo/demoTenant";

const run = runCli;

const dir = mkdtempSync(join(tmpdir(), "anskaffelsesplan-prio-"));
const demo = generateDemoTenant({ seed: 11 });
const input = {
  ...demo,
  config: {
    ...demo.config,
    prioritisation: {
      budgetNok: 60_000_000,
      forced: [
        {
          needId: "BH-0002",
          direction: "in" as const,
          reason: "legal-obligation" as const,
          comment: "Lovkrav",
        },
      ],
    },
  },
  needs: demo.needs.slice(0, 80),
};
const inputFile = join(dir, "input.json");
writeFileSync(inputFile, serialisePlanInput(input));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
};

describe("prioritisation in the CLI", () => {
  it("plan writes ranking, selection, frontier and explanations that validate against the schema", async () => {
    expect(checkAgainstSchema("plan-input", JSON.parse(readFileSync(inputFile, "utf8")))).toEqual([]);
    const r = await run("plan", "--input", inputFile, "--out", join(dir, "plan"));
    expect(r.code).toBe(0);
    const plan = JSON.parse(readFileSync(join(dir, "plan", "plan.json"), "utf8")) as PlanResult;
    expect(checkAgainstSchema("plan", plan)).toEqual([]);
    const result = plan.prioritisation?.result;
    expect(result?.selection).toMatchObject({ mode: "rank", status: "rank-order" });
    expect(result?.selection.modes.map((m) => [m.mode, m.status])).toEqual([
      ["score", "optimal"],
      ["value", "optimal"],
    ]);
    expect(result?.selection.totalCost).toBeLessThanOrEqual(60_000_000);
    expect(result?.ranking.find((x) => x.needId === "BH-0002")).toMatchObject({
      selected: true,
      reason: "forced-in",
    });
    expect(result?.frontier.length).toBeGreaterThan(1);
    const ranked = new Set(result?.ranking.map((x) => x.needId));
    const unscored = new Set(result?.errors.map((e) => e.needId));
    const considered = plan.needs.filter(
      (n) => n.status === "accepted" && !["withdrawn", "declined"].includes(n.need?.status ?? ""),
    );
    // every considered need is ranked or listed with its score errors: nothing dropped
    expect(considered.every((n) => ranked.has(n.id) !== unscored.has(n.id))).toBe(true);
    expect(result?.ranking[0]?.explanation[0]?.message.nb).toMatch(/^Rangert 1 av/);
  });

  it("prioritise prints a ranked table with the selection summary", async () => {
    const r = await run(
      "--lang",
      "en",
      "prioritise",
      "--input",
      inputFile,
      "--budget",
      "40 mill",
      "--top",
      "5",
    );
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[0]).toMatch(/^#\s+id\s+score\s+selected\s+reason/);
    expect(lines[1]).toMatch(/^1\s+BH-\d+/);
    expect(r.out).toMatch(
      /Selected \d+ of \d+ ranked needs: total score [\d.]+, cost NOK\s[\d,]+ \(rank order\)/,
    );
    expect(r.out).toMatch(/budget: [\d,.]+ of 40,000,000\.0/);
    expect(r.out).toContain("Selection: by rank (take what fits, from the top).");
    expect(r.out).toMatch(/most total score: \d+ selected, .*\(proved optimal\); adds/);
    // every need left out above the line says by how much and what lets it in
    const why = r.out.split("Left out above the lowest selected rank, and what lets them in:")[1] ?? "";
    const rows = why.split("\n").filter((l) => /^\s+#\d+ BH-/.test(l));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/short by .*Comes in if/);
  });

  it("plan --selection score selects the most total score, proved optimal", async () => {
    const r = await run(
      "plan",
      "--input",
      inputFile,
      "--out",
      join(dir, "plan-score"),
      "--selection",
      "score",
    );
    expect(r.code).toBe(0);
    const plan = JSON.parse(readFileSync(join(dir, "plan-score", "plan.json"), "utf8")) as PlanResult;
    expect(checkAgainstSchema("plan", plan)).toEqual([]);
    expect(plan.prioritisation?.result?.selection).toMatchObject({
      mode: "score",
      status: "optimal",
      gap: 0,
    });
    const bad = await run("prioritise", "--input", inputFile, "--selection", "best");
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/rank, score, value/);
  });

  it("prioritise --weights rejects weights that do not sum to 100", async () => {
    const weights = file("weights.json", {
      operationalCriticality: 40,
      timeCriticality: 20,
      strategicAlignment: 15,
      economicBenefit: 15,
      supplyRisk: 10,
      reach: 5,
      maturity: 5,
    });
    const r = await run("--lang", "en", "prioritise", "--input", inputFile, "--weights", weights);
    expect(r.code).toBe(1);
    expect(r.err).toContain("Weights must sum to 100 %, but sum to 110 %.");
  });

  it("prioritise --weights names a criterion the file leaves out", async () => {
    const r = await run(
      "prioritise",
      "--input",
      inputFile,
      "--weights",
      file("partial.json", { reach: 100 }),
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain("mangler vekt for kriteriet «operationalCriticality»");
  });

  it("prioritise --ahp blocks inconsistent comparisons and names the worst one", async () => {
    const ids = [
      "operationalCriticality",
      "timeCriticality",
      "strategicAlignment",
      "economicBenefit",
      "supplyRisk",
      "reach",
      "maturity",
    ];
    const matrix = ids.map((_, i) =>
      ids.map((__, j) => (i === j ? 1 : (i + j) % 2 === 0 ? (i < j ? 9 : 1 / 9) : i < j ? 1 / 9 : 9)),
    );
    const r = await run(
      "prioritise",
      "--input",
      inputFile,
      "--ahp",
      file("ahp.json", { criteria: ids, matrix }),
    );
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/for inkonsistente \(CR = [\d,]+ > 0,10\)\. Mest inkonsistent: \w+ mot \w+/);
  });

  it("prioritise --ahp with consistent comparisons ranks with the AHP weights", async () => {
    const ids = [
      "operationalCriticality",
      "timeCriticality",
      "strategicAlignment",
      "economicBenefit",
      "supplyRisk",
      "reach",
      "maturity",
    ];
    const matrix = ids.map(() => ids.map(() => 1));
    const r = await run(
      "--lang",
      "en",
      "prioritise",
      "--input",
      inputFile,
      "--ahp",
      file("ahp-ok.json", { criteria: ids, matrix }),
      "--top",
      "3",
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain("proved optimal");
  });
});
