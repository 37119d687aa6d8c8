/**
 * The plan-year record as the workbook's EditsSink: the edits read back from a workbook (the pane's
 * "Oppdater", the CLI's `--workbook FILE.xlsx`) are stored in the record with who and when, through
 * `recordEdits` (conditional write, merged on a concurrent change), so the next run and another
 * person get them.
 */
import type { EditsSink } from "../workbook/workbookEdits";
import type { WorkbookChange } from "../workbook/readBack";
import { recordEdits, type PlanYearDeps, type UpdateOutcome } from "./planYearRecords";

/** An EditsSink writing to one plan year's record; `outcomes` lists what each store did. */
export interface RecordEditsSink extends EditsSink {
  readonly outcomes: readonly UpdateOutcome[];
}

/**
 * The sink of `year`'s record. `who` names the account when the caller passes none (the signed-in
 * account, or the CLI's --user); the changes are stored as the read-back gives them.
 */
export function recordEditsSink(
  deps: PlanYearDeps,
  year: number,
  who: () => Promise<string>,
): RecordEditsSink {
  const outcomes: UpdateOutcome[] = [];
  return {
    outcomes,
    async recordEdits(changes: readonly WorkbookChange[], account: string | undefined): Promise<void> {
      if (changes.length === 0) return;
      outcomes.push(await recordEdits(deps, year, changes, account ?? (await who())));
    },
  };
}
