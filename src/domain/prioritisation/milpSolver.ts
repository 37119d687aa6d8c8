/**
 * The port to a MILP solver: a 0/1 maximisation model as data (objective and rows by column name),
 * which HiGHS (the production adapter) takes as arrays without parsing, and its CPLEX LP text,
 * which GLPK's glpsol (the reference in tests and the bench) reads.
 *
 * The port is synchronous on purpose: HiGHS loads its WebAssembly module asynchronously once
 * (adapter factory), after which a solve is a plain blocking call; this keeps the domain pure and
 * lets runPlan stay synchronous.
 */

/** Outcome of one solve. */
export interface MilpSolution {
  /**
   * optimal = proved optimal (MIP gap 0); work-limit = stopped at the node limit (deterministic),
   * time-limit = stopped by the time safety net, both with the incumbent, if any.
   */
  readonly status: "optimal" | "work-limit" | "time-limit" | "infeasible" | "failed";
  /** Objective of the returned solution; null when there is none. */
  readonly objective: number | null;
  /** Best proven upper bound on the objective (maximisation); null when unknown. */
  readonly bestBound: number | null;
  /** Column name → value (0/1 for binaries); empty when there is no solution. */
  readonly values: ReadonlyMap<string, number>;
  /** Solver message for failures. */
  readonly message?: string;
}

/** Options of one solve. */
export interface MilpSolveOptions {
  /**
   * Safety net in seconds: CPU time of the process where the adapter can measure it (so load does
   * not trip it), else wall clock; the answer then depends on the machine (status time-limit).
   */
  readonly timeLimitSeconds: number;
  /** Branch-and-bound node limit: a deterministic work limit (same model, same answer). */
  readonly nodeLimit?: number;
  /** A feasible 0/1 start (column → value) the solver may use as its first incumbent. */
  readonly start?: ReadonlyMap<string, number>;
}

/** A MILP solver that maximises a 0/1 model. */
export interface MilpSolver {
  /** Short name shown in results, e.g. `highs 1.15`. */
  readonly name: string;
  /** Solves the model; never throws for infeasible or limited models (status says so). */
  solve(model: BinaryModel, options: MilpSolveOptions): MilpSolution;
}

/** A linear row Σ coef·x ≤ rhs over binary columns. */
export interface LpRow {
  readonly name: string;
  readonly terms: readonly (readonly [column: string, coefficient: number])[];
  readonly rhs: number;
}

/** A 0/1 maximisation model. */
export interface BinaryModel {
  /** Column name → objective coefficient, one entry per column; every column is binary. */
  readonly objective: readonly (readonly [column: string, coefficient: number])[];
  readonly rows: readonly LpRow[];
}

const TERMS_PER_LINE = 8;

function num(v: number): string {
  if (!Number.isFinite(v)) throw new RangeError(`Not a finite LP coefficient: ${v}`);
  return String(v);
}

function writeTerms(terms: readonly (readonly [string, number])[]): string[] {
  const lines: string[] = [];
  for (let i = 0; i < terms.length; i += TERMS_PER_LINE) {
    const chunk = terms.slice(i, i + TERMS_PER_LINE).map(([col, coef], k) => {
      const sign = coef < 0 ? "-" : i + k === 0 ? "" : "+";
      return `${sign} ${num(Math.abs(coef))} ${col}`.trim();
    });
    lines.push(`   ${chunk.join(" ")}`);
  }
  return lines;
}

/** The model as CPLEX LP text (Maximize / Subject To / Binaries / End), lines of at most 8 terms. */
export function toLpText(model: BinaryModel): string {
  const lines = ["\\ Anskaffelsesplan selection model", "Maximize", " obj:"];
  lines.push(...writeTerms(model.objective));
  lines.push("Subject To");
  for (const row of model.rows) {
    if (row.terms.length === 0) continue;
    lines.push(` ${row.name}:`, ...writeTerms(row.terms), `   <= ${num(row.rhs)}`);
  }
  lines.push("Binaries");
  for (let i = 0; i < model.objective.length; i += 16)
    lines.push(
      `   ${model.objective
        .slice(i, i + 16)
        .map(([c]) => c)
        .join(" ")}`,
    );
  lines.push("End", "");
  return lines.join("\n");
}
