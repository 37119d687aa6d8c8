/**
 * Writes the workbook model into the open workbook through Office.js, so that a failure never
 * leaves a half-written workbook and a co-author's sheet is never thrown away:
 *
 * 1. read the document's link (which sheets the add-in wrote last time) and probe our sheet and
 *    table names; a sheet or table of ours that the link does not list is a name clash, reported
 *    before anything changes;
 * 2. write the new sheets under temporary names, in batches under the request payload limit
 *    (5 MB on the web; we stay under 4 MB), each with calculation suspended, one sync per batch;
 * 3. only after the last of those syncs succeeded, one swap batch (screen updating suspended):
 *    the old sheets and tables step aside (renamed), the new ones take their names, the link is
 *    replaced, and only then are the old sheets deleted; then a full recalculation.
 *
 * If a fill batch fails, the temporary sheets are removed and the previous sheets stay as they
 * were. The swap is one request: should it fail, nothing has been deleted (deletes come last).
 */
import type { WorkbookModel } from "../../domain/workbook/workbookModel";
import {
  serializeWorkbookLink,
  WorkbookLinkError,
  type WorkbookLink,
} from "../../application/workbook/workbookLink";
import { linkOf, queueWriteLink, readDocumentLink, type DocumentLink } from "./documentLink";
import type { ExcelSupport } from "./requirements";
import { batchOps, planWrite, type WriteOp, type WriteTarget } from "./writeOps";

/** Options of a write. */
export interface WriteOptions {
  readonly support: ExcelSupport;
  /** The link the document keeps after the write (plan year, layout, state written). */
  readonly link: WorkbookLink;
  /** Upper bound on the estimated bytes of one request; default 4 000 000. */
  readonly maxRequestBytes?: number;
}

/** What a write cost: syncs, and estimated bytes per batch. */
export interface WriteStats {
  readonly syncs: number;
  readonly batchBytes: readonly number[];
}

/** A sheet or table of the workbook already uses a name the write needs; nothing was changed. */
export class WorkbookClashError extends Error {
  constructor(
    readonly kind: "sheet" | "table",
    readonly sheet: string,
    readonly table?: string,
  ) {
    super(`Excel: the ${kind} ${table ?? sheet} is not ours; nothing was written`);
    this.name = "WorkbookClashError";
  }
}

/** Default request budget: 4 MB, under Excel on the web's 5 MB limit. */
export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;

const TEMP_SUFFIX = " ~ny";
/** Where a sheet is written before the swap (31 characters at most, as Excel allows). */
export const tempSheetName = (name: string) => `${name.slice(0, 31 - TEMP_SUFFIX.length)}${TEMP_SUFFIX}`;
/** Where a table is created before the swap. */
export const tempTableName = (name: string) => `${name}_ny`;
const OLD_SUFFIX = " ~gml";
const oldSheetName = (name: string) => `${name.slice(0, 31 - OLD_SUFFIX.length)}${OLD_SUFFIX}`;
const oldTableName = (name: string) => `${name}_gml`;
const TARGET: WriteTarget = { sheet: tempSheetName, table: tempTableName };

const tablesOf = (model: WorkbookModel) => model.sheets.flatMap((s) => s.tables.map((t) => t.name));

/**
 * The sheets the document's link lists as ours. A link in our namespace that cannot be parsed still
 * shows the add-in wrote the workbook: then our sheet names are ours (the user chose to overwrite).
 */
function listedSheets(model: WorkbookModel, found: DocumentLink): readonly string[] {
  try {
    return linkOf(found)?.sheets ?? [];
  } catch (error) {
    if (error instanceof WorkbookLinkError) return model.sheets.map((s) => s.name);
    throw error;
  }
}

/** Finds our existing sheets and refuses names the document's link does not show as ours. */
async function ownedSheets(
  context: Excel.RequestContext,
  model: WorkbookModel,
  found: DocumentLink,
): Promise<{ owned: Set<string>; oldTables: string[] }> {
  const sheets = context.workbook.worksheets;
  const names = model.sheets.map((s) => s.name);
  const probes = [...names, ...names.map(tempSheetName), ...names.map(oldSheetName)].map((name) => ({
    name,
    probe: sheets.getItemOrNullObject(name).load("isNullObject"),
  }));
  const tables = context.workbook.tables.load("items/name, items/worksheet/name");
  await context.sync();
  const listed = new Set(listedSheets(model, found));
  const owned = new Set<string>();
  for (const { name, probe } of probes) {
    if (probe.isNullObject) continue;
    if (!names.includes(name) || !listed.has(name)) throw new WorkbookClashError("sheet", name);
    owned.add(name);
  }
  const tableNames = tablesOf(model);
  const ours = new Set([...tableNames, ...tableNames.map(tempTableName), ...tableNames.map(oldTableName)]);
  const oldTables: string[] = [];
  for (const t of tables.items) {
    if (owned.has(t.worksheet.name)) oldTables.push(t.name);
    else if (ours.has(t.name)) throw new WorkbookClashError("table", t.worksheet.name, t.name);
  }
  const all = new Set(tables.items.map((t) => t.name));
  const aside = tables.items.find((t) => oldTables.includes(t.name) && all.has(oldTableName(t.name)));
  if (aside !== undefined)
    throw new WorkbookClashError("table", aside.worksheet.name, oldTableName(aside.name));
  return { owned, oldTables };
}

/** Runs the fill batches one after another, one sync each (recursion instead of a loop around sync). */
async function runBatches(
  context: Excel.RequestContext,
  batches: readonly WriteOp[][],
  support: ExcelSupport,
  index = 0,
): Promise<number> {
  const batch = batches[index];
  if (batch === undefined) return 0;
  if (support.calculationSuspend) context.workbook.application.suspendApiCalculationUntilNextSync();
  for (const op of batch) op.run(context);
  await context.sync();
  return 1 + (await runBatches(context, batches, support, index + 1));
}

/** The last batch: old sheets out, new sheets and tables renamed in, the link replaced, recalculated. */
function queueSwap(
  context: Excel.RequestContext,
  model: WorkbookModel,
  existing: { readonly owned: ReadonlySet<string>; readonly oldTables: readonly string[] },
  options: WriteOptions,
  found: DocumentLink,
): void {
  const app = context.workbook.application;
  if (options.support.screenUpdating) app.suspendScreenUpdatingUntilNextSync();
  const sheets = context.workbook.worksheets;
  const tables = context.workbook.tables;
  const old = model.sheets.filter((s) => existing.owned.has(s.name));
  for (const t of existing.oldTables) tables.getItem(t).name = oldTableName(t);
  for (const s of old) sheets.getItem(s.name).name = oldSheetName(s.name);
  for (const s of model.sheets) sheets.getItem(tempSheetName(s.name)).name = s.name;
  for (const name of tablesOf(model)) tables.getItem(tempTableName(name)).name = name;
  queueWriteLink(context, options.support, serializeWorkbookLink(options.link), found);
  for (const s of old) sheets.getItem(oldSheetName(s.name)).delete();
  app.calculate("Full");
}

/** Removes the temporary sheets a failed write left (best effort; the original error is rethrown). */
async function removeTempSheets(context: Excel.RequestContext, model: WorkbookModel): Promise<void> {
  const probes = model.sheets.map((s) =>
    context.workbook.worksheets.getItemOrNullObject(tempSheetName(s.name)).load("isNullObject"),
  );
  await context.sync();
  for (const p of probes) if (!p.isNullObject) p.delete();
  await context.sync();
}

/** Writes the model; returns the number of syncs and the estimated bytes of each fill batch. */
export async function writeWorkbookModel(
  context: Excel.RequestContext,
  model: WorkbookModel,
  options: WriteOptions,
): Promise<WriteStats> {
  if (!options.support.base) throw new Error("Excel: ExcelApi 1.4 is required to write the workbook");
  const maxBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const found = await readDocumentLink(context, options.support);
  const existing = await ownedSheets(context, model, found);
  const reads = found.partIds.length > 0 ? 3 : 2;
  const batches = batchOps(planWrite(model, options.support, maxBytes, TARGET), maxBytes);
  try {
    const fills = await runBatches(context, batches, options.support);
    queueSwap(context, model, existing, options, found);
    await context.sync();
    return { syncs: reads + fills + 1, batchBytes: batches.map((b) => b.reduce((s, op) => s + op.bytes, 0)) };
  } catch (error) {
    await removeTempSheets(context, model).catch(() => undefined);
    throw error;
  }
}
