/**
 * Writes the outputs of a plan run into a directory: plan.json (streamed, jsonFile.ts) and plan.xlsx.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { writeJsonFile } from "./jsonFile";
import { join } from "node:path";
import type { PlanResult } from "../../application/planResult";
import type { WorkbookModel } from "../../domain/workbook/workbookModel";
import type { WorkbookLink } from "../../application/workbook/workbookLink";
import { writeXlsx } from "../xlsx/writeXlsx";

/** Optional outputs besides plan.json. */
export interface PlanOutputs {
  /** The workbook to write as DIR/plan.xlsx. */
  readonly workbook?: WorkbookModel;
  /** The link plan.xlsx carries (docs/excel.md), so `plan --workbook` can read its edits back. */
  readonly link?: WorkbookLink;
}

/** Writes DIR/plan.json (and DIR/plan.xlsx when a workbook is given) and returns the paths written. */
export async function writePlanOutputs(
  dir: string,
  result: PlanResult,
  outputs: PlanOutputs = {},
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const planJson = join(dir, "plan.json");
  await writeJsonFile(planJson, result);
  const written = [planJson];
  if (outputs.workbook !== undefined) {
    const planXlsx = join(dir, "plan.xlsx");
    await writeFile(planXlsx, await writeXlsx(outputs.workbook, outputs.link));
    written.push(planXlsx);
  }
  return written;
}
