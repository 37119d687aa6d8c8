/**
 * Rows and ids of the demo's need list: 500 rows, row n carrying the id `BH-000n`
 * (BH = behov), except the one row that deliberately repeats another row's id.
 */

/** Number of need rows in the demo tenant, the invalid ones included. */
export const DEMO_NEED_COUNT = 500;

/** The id of the need in (1-based) row `row`: `BH-0001` … `BH-0500`. */
export function needIdOfRow(row: number): string {
  return `BH-${String(row).padStart(4, "0")}`;
}
