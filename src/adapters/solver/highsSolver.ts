/**
 * MilpSolver adapter for HiGHS (the `highs` npm package: HiGHS compiled to WebAssembly).
 * The wasm module loads asynchronously once per process or page; each solve then runs synchronously
 * on a fresh model passed as arrays (sparse rows, no LP text to write or parse: at 5 000 needs
 * HiGHS parsed the LP text in 0,65–0,9 s, it takes the arrays in 3–30 ms) with mip_rel_gap 0 and
 * mip_abs_gap 0.999:
 * the selection objective is integral, so an absolute gap below 1 proves the exact optimum.
 * Status "Optimal" ⇒ proved. A node limit (mip_max_nodes) stops the search at the same point on any
 * machine ("work-limit"). The time limit is a safety net in CPU seconds of this process where the
 * host tells them (Node), checked in HiGHS's MIP interrupt callback, so load on a shared machine
 * does not trip it; HiGHS's own wall-clock limit stays as a backstop at WALL_BACKSTOP times that
 * (browsers: the wall clock alone). Either stop returns the incumbent and HiGHS's proven bound
 * ("time-limit"). The start given (the rank-order fill) is installed as the first incumbent with
 * setSolution. Presolve runs only on models above PRESOLVE_FROM_COLUMNS columns;
 * below, the search also does without restarts and the RENS sub-MIP (SMALL_MODEL_OPTIONS), and
 * a small model with a narrow objective (score mode) without two root heuristics
 * (NARROW_OBJECTIVE_OPTIONS).
 */
import loadHighs, { type HighsCallbackMap, type Model, type ModelData } from "highs";
import type {
  BinaryModel,
  MilpSolution,
  MilpSolveOptions,
  MilpSolver,
} from "../../domain/prioritisation/milpSolver";

type HighsModule = Awaited<ReturnType<typeof loadHighs>>;

let loading: Promise<HighsModule> | undefined;

/**
 * Presolve only from this many columns: measured on the bench models, presolve costs more than it
 * saves on small selections (500 needs: 0,3 s without, 0,8 s with) and is what makes large ones
 * solvable (5 000 needs: 24 s to a proof with it, node limit reached without).
 */
const PRESOLVE_FROM_COLUMNS = 1000;

/**
 * Options of the models below PRESOLVE_FROM_COLUMNS columns: no restarts (a restart re-runs the
 * root for little gain) and no RENS sub-MIP, but RINS on. Measured on five random 500-need `value`
 * models (bench generator, seeds 500–504; deterministic work): with RINS the LP iterations went
 * 2 428 / 16 420 / 8 826 / 16 109 / 1 144 → 3 008 / 11 160 / 1 089 / 8 344 / 1 254 and the CPU
 * time in all 7,3 s → 4,8 s (glpsol --cuts: 7,6 s): on most models HiGHS spends its nodes finding
 * the optimum, not proving it, and RINS finds it early. HiGHS's defaults (restarts and RENS too):
 * 4 362 / 11 690 / 3 271 / 14 669 / 1 446 iterations. On larger models restarts and the sub-MIPs
 * pay (5 000 needs, `score`, node limit 2 000: 7,7 s → 23 s without restarts), so they keep
 * HiGHS's defaults. Deterministic either way: the same model gives the same answer.
 */
const SMALL_MODEL_OPTIONS = {
  mip_allow_restart: false,
  mip_heuristic_run_rins: true,
  mip_heuristic_run_rens: false,
} as const;

/**
 * Up to this ratio of the largest to the smallest objective weight a small model has a "narrow"
 * objective (`score` mode: 1–5 points, ratio at most 5; `value` mode multiplies by sizes that
 * span orders of magnitude). Its LP optimum is nearly integral and HiGHS's root cut loop closes
 * the gap; the root reduced-cost sub-MIP and feasibility jump then only cost time
 * (NARROW_OBJECTIVE_OPTIONS). Measured on twelve 500-need `score` models (bench generator, seeds
 * 500–511, warm, best of two): 1 924 ms in all with them, 1 188 ms without (glpsol 1 401 ms); on
 * the `value` models the same options cost time (9 379 → 11 863 ms), so those keep them.
 */
const NARROW_OBJECTIVE_SPREAD = 10;

const NARROW_OBJECTIVE_OPTIONS = {
  mip_heuristic_run_root_reduced_cost: false,
  mip_heuristic_run_feasibility_jump: false,
} as const;

/**
 * HiGHS's wall-clock limit as a multiple of the CPU-time limit, for what the MIP callback cannot
 * stop (an LP solve): a machine shared by many processes gives one of them a fraction of a core.
 */
const WALL_BACKSTOP = 5;

/** Seconds of CPU time used by this process, where the host tells them (Node); else undefined. */
type CpuClock = () => number;

function processCpuClock(): CpuClock | undefined {
  const proc = (globalThis as { process?: { cpuUsage?: () => { user: number; system: number } } }).process;
  if (typeof proc?.cpuUsage !== "function") return undefined;
  return () => {
    const { user, system } = (proc.cpuUsage as () => { user: number; system: number })();
    return (user + system) / 1e6;
  };
}

/** Where the browser finds `highs.wasm` (Node finds it next to the package by itself), and the CPU clock. */
export interface HighsLoadOptions {
  readonly locateFile?: (file: string) => string;
  /** CPU seconds of this process for the time safety net; default process.cpuUsage where it exists. */
  readonly cpuClock?: () => number;
}

/**
 * Loads HiGHS (once per process or page) and returns a solver over it. In a browser bundle pass
 * `locateFile` returning the URL the bundler gives `highs/runtime` (the .wasm file).
 */
export async function createHighsSolver(options: HighsLoadOptions = {}): Promise<MilpSolver> {
  loading ??= loadHighs(options.locateFile ? { locateFile: options.locateFile } : undefined);
  const highs = await loading;
  const clock = options.cpuClock ?? processCpuClock();
  return { name: "HiGHS", solve: (model, options) => solveWith(highs, model, options, clock) };
}

/**
 * The model as HiGHS arrays: columns in objective order (binary: integer in [0, 1]), one sparse
 * row per non-empty LpRow (−∞ ≤ Σ coef·x ≤ rhs), repeated columns in a row summed.
 */
export function toHighsModel(highs: HighsModule, model: BinaryModel): ModelData {
  const index = new Map(model.objective.map(([col], i) => [col, i]));
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const rowUpper: number[] = [];
  for (const row of model.rows) {
    if (row.terms.length === 0) continue;
    const coefs = new Map<number, number>();
    for (const [col, coef] of row.terms) {
      const i = index.get(col);
      if (i === undefined) throw new RangeError(`Row ${row.name} names unknown column ${col}`);
      coefs.set(i, (coefs.get(i) ?? 0) + coef);
    }
    for (const [i, coef] of coefs) {
      indices.push(i);
      values.push(coef);
    }
    starts.push(indices.length);
    rowUpper.push(row.rhs);
  }
  const numCols = model.objective.length;
  const numRows = rowUpper.length;
  return {
    numCols,
    numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: model.objective.map(([, coef]) => coef),
    colLower: new Float64Array(numCols),
    colUpper: new Float64Array(numCols).fill(1),
    rowLower: new Float64Array(numRows).fill(-Infinity),
    rowUpper,
    matrix: { format: "csr", numRows, numCols, starts, indices, values },
    integrality: new Int32Array(numCols).fill(highs.constants.variableType.integer),
  };
}

/** Largest over smallest non-zero objective weight (absolute values); 1 for an empty objective. */
export function objectiveSpread(model: BinaryModel): number {
  let low = Infinity;
  let high = 0;
  for (const [, coef] of model.objective) {
    const w = Math.abs(coef);
    if (w === 0) continue;
    low = Math.min(low, w);
    high = Math.max(high, w);
  }
  return high === 0 ? 1 : high / low;
}

/**
 * HiGHS options of one solve: exact gaps, the limits given, presolve and heuristics by model size
 * and, for small models, by the spread of the objective.
 */
export function solveOptions(model: BinaryModel, options: MilpSolveOptions, cpuClock: boolean) {
  const numCols = model.objective.length;
  const small = numCols <= PRESOLVE_FROM_COLUMNS;
  const narrow = small && objectiveSpread(model) <= NARROW_OBJECTIVE_SPREAD;
  return {
    output_flag: false,
    mip_rel_gap: 0,
    mip_abs_gap: 0.999,
    time_limit: options.timeLimitSeconds * (cpuClock ? WALL_BACKSTOP : 1),
    ...(options.nodeLimit !== undefined ? { mip_max_nodes: options.nodeLimit } : {}),
    ...(small ? { presolve: "off", ...SMALL_MODEL_OPTIONS } : { presolve: "choose" }),
    ...(narrow ? NARROW_OBJECTIVE_OPTIONS : {}),
  };
}

function solveWith(
  highs: HighsModule,
  model: BinaryModel,
  options: MilpSolveOptions,
  clock: CpuClock | undefined,
): MilpSolution {
  try {
    return highs.withModel(toHighsModel(highs, model), (m) => {
      m.options.set(solveOptions(model, options, clock !== undefined));
      if (options.start !== undefined)
        m.setSolution({ colValue: model.objective.map(([col]) => options.start?.get(col) ?? 0) });
      m.run(clock ? cpuLimit(highs, clock, options.timeLimitSeconds) : undefined);
      return answerOf(highs, m, model);
    });
  } catch (error) {
    return { status: "failed", objective: null, bestBound: null, values: new Map(), message: String(error) };
  }
}

/** A MIP interrupt callback that stops the search once this process has used `seconds` of CPU time. */
function cpuLimit(highs: HighsModule, clock: CpuClock, seconds: number): HighsCallbackMap {
  const deadline = clock() + seconds;
  return {
    [highs.constants.callbackType.mipInterrupt](event) {
      if (clock() > deadline) event.interrupt();
      return undefined;
    },
  };
}

/** Status, incumbent (by column name) and proven bound after a run. */
function answerOf(highs: HighsModule, m: Model, model: BinaryModel): MilpSolution {
  const code = m.getModelStatus();
  const statuses = highs.constants.modelStatus;
  const { colValue } = m.getSolution();
  const values = new Map<string, number>();
  const hasSolution = colValue.length > 0 && code !== statuses.infeasible;
  if (hasSolution) model.objective.forEach(([col], i) => values.set(col, colValue[i] as number));
  const status: MilpSolution["status"] =
    code === statuses.optimal
      ? "optimal"
      : code === statuses.infeasible
        ? "infeasible"
        : code === statuses.timeLimit || code === statuses.interrupted
          ? "time-limit"
          : code === statuses.solutionLimit || code === statuses.iterationLimit
            ? "work-limit"
            : "failed";
  const bound = Number(m.info.get("mip_dual_bound"));
  return {
    status,
    objective: hasSolution ? m.getObjectiveValue() : null,
    bestBound: Number.isFinite(bound) ? bound : null,
    values,
    ...(status === "failed" ? { message: `HiGHS model status ${code}` } : {}),
  };
}
