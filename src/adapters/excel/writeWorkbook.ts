/**
 * Writes the workbook model into the open workbook through Office.js. One sync finds our existing
 * sheets; then the planned operations go out in batches under the request payload limit (5 MB on
 * the web; we stay under 4 MB), each with calculation and screen updating suspended, and the last
 * batch asks for a full recalculation. Syncs happen once per batch, never per row or cell.
 */
import type { WorkbookModel } from "../../domain/workbook/workbookModel";
import type { ExcelSupport } from "./requirements";
import { batchOps, planWrite, type WriteOp } from "./writeOps";

/** Options of a write. */
export interface WriteOptions {
  readonly support: ExcelSupport;
  /** Upper bound on the estimated bytes of one request; default 4 000 000. */
  readonly maxRequestBytes?: number;
}

/** What a write cost: syncs, and estimated bytes per batch. */
export interface WriteStats {
  readonly syncs: number;
  readonly batchBytes: readonly number[];
}

/** Default request budget: 4 MB, under Excel on the web's 5 MB limit. */
export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;

/** Runs the batches one after another, one sync each (recursion instead of a loop around sync). */
async function runBatches(
  context: Excel.RequestContext,
  batches: readonly WriteOp[][],
  support: ExcelSupport,
  index = 0,
): Promise<number> {
  const batch = batches[index];
  if (batch === undefined) return 0;
  const app = context.workbook.application;
  if (support.calculationSuspend) app.suspendApiCalculationUntilNextSync();
  if (support.screenUpdating) app.suspendScreenUpdatingUntilNextSync();
  for (const op of batch) op.run(context);
  if (index === batches.length - 1) app.calculate("Full");
  await context.sync();
  return 1 + (await runBatches(context, batches, support, index + 1));
}

/** Writes the model; returns the number of syncs and the estimated bytes of each batch. */
export async function writeWorkbookModel(
  context: Excel.RequestContext,
  model: WorkbookModel,
  options: WriteOptions,
): Promise<WriteStats> {
  if (!options.support.base) throw new Error("Excel: ExcelApi 1.4 is required to write the workbook");
  const maxBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const probes = model.sheets.map((s) =>
    context.workbook.worksheets.getItemOrNullObject(s.name).load("isNullObject"),
  );
  await context.sync();
  const existing = new Set(
    model.sheets.filter((_, i) => probes[i]?.isNullObject === false).map((s) => s.name),
  );
  const batches = batchOps(planWrite(model, existing, options.support, maxBytes), maxBytes);
  const syncs = await runBatches(context, batches, options.support);
  return { syncs: 1 + syncs, batchBytes: batches.map((b) => b.reduce((s, op) => s + op.bytes, 0)) };
}
