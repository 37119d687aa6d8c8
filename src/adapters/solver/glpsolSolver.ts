/**
 * MilpSolver adapter for GLPK's `glpsol` (Debian glpk-utils), the independent reference the tests
 * and the bench compare HiGHS with. Writes the model's CPLEX LP text to a temporary file, runs
 * `glpsol --lp FILE --cuts -w SOLUTION --tmlim S` (all cut classes: without them GLPK's branch and bound stalls on the many equal-weight needs) and reads the raw solution (`s mip ...`, `j k value`).
 * Columns come back in the objective's order.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  toLpText,
  type BinaryModel,
  type MilpSolution,
  type MilpSolveOptions,
  type MilpSolver,
} from "../../domain/prioritisation/milpSolver";

/** True when `glpsol` can be run. */
export function glpsolAvailable(): boolean {
  const r = spawnSync("glpsol", ["--version"], { encoding: "utf8" });
  return r.status === 0;
}

/** A solver that runs glpsol; throws with a clear message when glpsol is not installed. */
export function createGlpsolSolver(): MilpSolver {
  if (!glpsolAvailable()) throw new Error("glpsol not found: install the Debian package glpk-utils");
  return { name: "glpsol", solve: solveWithGlpsol };
}

function solveWithGlpsol(model: BinaryModel, options: MilpSolveOptions): MilpSolution {
  const dir = mkdtempSync(join(tmpdir(), "glpsol-"));
  try {
    const lpFile = join(dir, "model.lp");
    const solFile = join(dir, "model.sol");
    writeFileSync(lpFile, toLpText(model));
    const run = spawnSync(
      "glpsol",
      [
        "--lp",
        lpFile,
        "--cuts",
        "-w",
        solFile,
        "--tmlim",
        String(Math.max(1, Math.ceil(options.timeLimitSeconds))),
      ],
      {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    if (run.status !== 0)
      return {
        status: "failed",
        objective: null,
        bestBound: null,
        values: new Map(),
        message: run.stdout + run.stderr,
      };
    const lines = readFileSync(solFile, "utf8").split("\n");
    const head = lines.find((l) => l.startsWith("s mip"))?.split(/\s+/) ?? [];
    const code = head[4];
    const objective = Number(head[5]);
    const columns = model.objective.map(([col]) => col);
    const values = new Map<string, number>();
    for (const l of lines) {
      const m = /^j (\d+) (\S+)/.exec(l);
      if (m) values.set(columns[Number(m[1]) - 1] ?? `#${m[1]}`, Number(m[2]));
    }
    if (code === "o") return { status: "optimal", objective, bestBound: objective, values };
    if (code === "f") return { status: "time-limit", objective, bestBound: null, values };
    if (code === "n") return { status: "infeasible", objective: null, bestBound: null, values: new Map() };
    return {
      status: "failed",
      objective: null,
      bestBound: null,
      values: new Map(),
      message: `glpsol status ${String(code)}`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
