/**
 * MilpSolver adapter for HiGHS (the `highs` npm package: HiGHS compiled to WebAssembly).
 * The wasm module loads asynchronously once; each solve then runs synchronously on a fresh model
 * with mip_rel_gap 0 and mip_abs_gap 0.999: the selection objective is integral, so an absolute gap
 * below 1 proves the exact optimum. Status "Optimal" ⇒ proved; a time limit returns the incumbent
 * and HiGHS's proven dual bound. A node limit (mip_max_nodes) stops the search at the same point on
 * any machine ("work-limit"); the start given (the rank-order fill) is installed as the first
 * incumbent with setSolution. Presolve runs only on models above PRESOLVE_FROM_COLUMNS columns;
 * below, the search also does without restarts and the RINS/RENS sub-MIPs (SMALL_MODEL_OPTIONS).
 */
import loadHighs from "highs";
import type { MilpSolution, MilpSolveOptions, MilpSolver } from "../../domain/prioritisation/milpSolver";

type HighsModule = Awaited<ReturnType<typeof loadHighs>>;

let loading: Promise<HighsModule> | undefined;

/**
 * Presolve only from this many columns: measured on the bench models, presolve costs more than it
 * saves on small selections (500 needs: 0,3 s without, 0,8 s with) and is what makes large ones
 * solvable (5 000 needs: 24 s to a proof with it, node limit reached without).
 */
const PRESOLVE_FROM_COLUMNS = 1000;

/**
 * Options of the models below PRESOLVE_FROM_COLUMNS columns. The warm start is already a good
 * incumbent, so the RINS and RENS sub-MIPs mostly re-find it, and a restart re-runs the root for
 * little gain. On the bench's `value` model of 500 needs this takes the proof from 184 nodes and
 * 4 289 LP iterations to 128 nodes and 2 428 (about half the CPU time); on larger models both
 * cost more than they save (5 000 needs, `score`, node limit 2 000: 7,7 s → 23 s), so they keep
 * HiGHS's defaults. Deterministic either way: the same model gives the same answer.
 */
const SMALL_MODEL_OPTIONS = {
  mip_allow_restart: false,
  mip_heuristic_run_rins: false,
  mip_heuristic_run_rens: false,
} as const;

/** Where the browser finds `highs.wasm` (Node finds it next to the package by itself). */
export interface HighsLoadOptions {
  readonly locateFile?: (file: string) => string;
}

/**
 * Loads HiGHS (once per process or page) and returns a solver over it. In a browser bundle pass
 * `locateFile` returning the URL the bundler gives `highs/runtime` (the .wasm file).
 */
export async function createHighsSolver(options: HighsLoadOptions = {}): Promise<MilpSolver> {
  loading ??= loadHighs(options.locateFile ? { locateFile: options.locateFile } : undefined);
  const highs = await loading;
  return { name: "HiGHS", solve: (lp, options) => solveWith(highs, lp, options) };
}

function solveWith(highs: HighsModule, lpText: string, options: MilpSolveOptions): MilpSolution {
  try {
    return highs.withModel({ format: "lp", data: lpText }, (model) => {
      model.options.set({
        output_flag: false,
        mip_rel_gap: 0,
        mip_abs_gap: 0.999,
        time_limit: options.timeLimitSeconds,
        ...(options.nodeLimit !== undefined ? { mip_max_nodes: options.nodeLimit } : {}),
        ...(model.getDimensions().numCols <= PRESOLVE_FROM_COLUMNS
          ? { presolve: "off", ...SMALL_MODEL_OPTIONS }
          : { presolve: "choose" }),
      });
      if (options.start !== undefined) warmStart(model, options.start);
      model.run();
      const code = model.getModelStatus();
      const statuses = highs.constants.modelStatus;
      const solution = model.getSolution();
      const values = new Map<string, number>();
      const hasSolution = solution.colValue.length > 0 && code !== statuses.infeasible;
      if (hasSolution) solution.colValue.forEach((v, i) => values.set(model.getColName(i), v));
      const status: MilpSolution["status"] =
        code === statuses.optimal
          ? "optimal"
          : code === statuses.infeasible
            ? "infeasible"
            : code === statuses.timeLimit
              ? "time-limit"
              : code === statuses.solutionLimit || code === statuses.iterationLimit
                ? "work-limit"
                : "failed";
      const bound = Number(model.info.get("mip_dual_bound"));
      return {
        status,
        objective: hasSolution ? model.getObjectiveValue() : null,
        bestBound: Number.isFinite(bound) ? bound : null,
        values,
        ...(status === "failed" ? { message: `HiGHS model status ${code}` } : {}),
      };
    });
  } catch (error) {
    return { status: "failed", objective: null, bestBound: null, values: new Map(), message: String(error) };
  }
}

/** Installs a 0/1 start by column name as HiGHS's first incumbent (HiGHS checks it is feasible). */
function warmStart(
  model: {
    getDimensions(): { readonly numCols: number };
    getColName(i: number): string;
    setSolution(s: { colValue: number[] }): unknown;
  },
  start: ReadonlyMap<string, number>,
): void {
  const { numCols } = model.getDimensions();
  const colValue = Array.from({ length: numCols }, (_, i) => start.get(model.getColName(i)) ?? 0);
  model.setSolution({ colValue });
}
