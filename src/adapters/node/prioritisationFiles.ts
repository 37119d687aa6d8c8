/**
 * Reads the files of `prioritise --weights FILE | --ahp FILE`: a weights file is a JSON object
 * criterion id → weight in percent; an AHP file is `{ "criteria": [ids], "matrix": [[…]] }`.
 * Shape errors raise InputFileError naming the file and the problem; the engine checks the values.
 */
import type { PairwiseMatrix } from "../../domain/prioritisation/ahp";
import type { Criterion } from "../../domain/prioritisation/prioritisationTypes";
import { InputFileError, problem } from "./inputFileError";
import { readJsonFile } from "./planInputFile";
import { hasOwnKey } from "../../domain/model/dataRecord";

/** The criteria with the weights of a weights file; every id must be a known criterion. */
export async function readWeightsFile(file: string, criteria: readonly Criterion[]): Promise<Criterion[]> {
  const doc = await readJsonFile(file);
  if (typeof doc !== "object" || doc === null || Array.isArray(doc))
    throw new InputFileError(file, [problem("weights-not-object")]);
  const entries = Object.entries(doc as Record<string, unknown>);
  const known = new Set(criteria.map((c) => c.id));
  const problems = [
    ...entries
      .filter(([id]) => !known.has(id))
      .map(([id]) => problem("unknown-criterion", { id, known: [...known].join(", ") })),
    ...criteria.filter((c) => !hasOwnKey(doc, c.id)).map((c) => problem("missing-weight", { id: c.id })),
    ...entries
      .filter(([, w]) => typeof w !== "number")
      .map(([id, w]) => problem("weight-not-number", { id, value: String(JSON.stringify(w)).slice(0, 80) })),
  ];
  if (problems.length > 0) throw new InputFileError(file, problems);
  const weights = new Map(entries as [string, number][]);
  return criteria.map((c) => ({ ...c, weight: weights.get(c.id) as number }));
}

/** The pairwise matrix of an AHP file. */
export async function readAhpFile(file: string): Promise<PairwiseMatrix> {
  const doc = (await readJsonFile(file)) as { criteria?: unknown; matrix?: unknown } | null;
  const criteriaOk = Array.isArray(doc?.criteria) && doc.criteria.every((c) => typeof c === "string");
  const matrixOk =
    Array.isArray(doc?.matrix) &&
    doc.matrix.every((row) => Array.isArray(row) && row.every((v) => typeof v === "number"));
  if (!criteriaOk || !matrixOk) throw new InputFileError(file, [problem("ahp-shape")]);
  return { criteria: doc?.criteria as string[], matrix: doc?.matrix as number[][] };
}
