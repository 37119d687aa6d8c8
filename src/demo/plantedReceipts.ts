/**
 * Receipt dates and the annual wheel's planted cases in the demo tenant (docs/demo-tenant.md,
 * "Planted insight cases"), added after every random draw so nothing else in the tenant moves:
 * - one unit that has not submitted (PLANTED_SILENT_UNIT): its rows are handed to other units, so
 *   received, accepted and rejected stay as they were;
 * - a receipt date (`receivedDate`) on every row: annual-cycle rows spread over September and
 *   October of the year before the plan year (before the 1 November deadline), fast-track rows
 *   in the FAST_TRACK_WINDOW_DAYS before the plan start — the scheduler has no release date, so a
 *   fast-track need received later would be planned to start before it arrived; received this
 *   close to the plan start, its 60-day SLA runs out around the time the plan can sign it, and
 *   the share delivered in time is a real mixture;
 * - PLANTED_LATE_DAYS: the first valid annual-cycle rows of as many different units arrive that
 *   many days after the local submission deadline.
 * Dates come from the row number, not from the random source; every other row is in Norwegian
 * format (dd.mm.yyyy), the rest ISO, as a SharePoint list or a hand-made file delivers them.
 */
import type { RawRecord } from "../domain/intake/intakeTypes";
import { RAW_NEED_FIELDS } from "../domain/intake/intakeTypes";
import { organisationLookup } from "../domain/intake/organisationLookup";
import { allUnits } from "../domain/model/defaults";
import type { PlanConfig } from "../domain/model/planInput";
import { defaultWheel } from "../domain/planYear/planYearDefaults";
import { addDays, daysBetween, type IsoDate } from "../domain/time/isoDate";
import { formatDate } from "../i18n/locale";
import { DEMO_INVALID_ROWS } from "./invalidRows";

/** The unit that has submitted nothing. */
export const PLANTED_SILENT_UNIT = "finnmark";

/** Days after the local submission deadline of the planted late submissions, one unit each. */
export const PLANTED_LATE_DAYS = [1, 6, 13, 18] as const;

/** Fast-track rows arrive within this many days before the plan start. */
export const FAST_TRACK_WINDOW_DAYS = 26;

const invalidRows = new Set(DEMO_INVALID_ROWS.map((r) => r.row));
const fieldOrder = new Map<string, number>(RAW_NEED_FIELDS.map((f, i) => [f, i]));

function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === "string" && value !== "" ? value.split(";") : [];
}

const track = (record: RawRecord): string => String(record["deliveryTrack"] ?? "");
const isFastTrack = (record: RawRecord) => ["hurtig", "Hurtigleveranse"].includes(track(record));
const isBasis = (record: RawRecord) => ["basis", "Basisleveranse"].includes(track(record));

/**
 * The needs with every row of PLANTED_SILENT_UNIT handed to another unit, taken in turn from the
 * configured units (skipping the silent unit and those the row is shared with).
 */
export function plantSilentUnit(needs: readonly RawRecord[], config: PlanConfig): RawRecord[] {
  const lookup = organisationLookup(config);
  const others = allUnits(config)
    .map((u) => u.id)
    .filter((u) => u !== PLANTED_SILENT_UNIT);
  let turn = 0;
  return needs.map((record) => {
    if (lookup.unit(String(record["unit"] ?? ""))?.id !== PLANTED_SILENT_UNIT) return record;
    const shared = new Set(listOf(record["sharedWithUnits"]));
    let unit = others[turn % others.length] as string;
    while (shared.has(unit)) unit = others[++turn % others.length] as string;
    turn += 1;
    return { ...record, unit };
  });
}

/** The rows (0-based) of the planted late submissions: first valid basis row of each new unit. */
function lateRows(needs: readonly RawRecord[], config: PlanConfig): Map<number, number> {
  const lookup = organisationLookup(config);
  const units = new Set<string>();
  const late = new Map<number, number>();
  needs.forEach((record, i) => {
    if (late.size === PLANTED_LATE_DAYS.length || invalidRows.has(i + 1) || !isBasis(record)) return;
    const unit = lookup.unit(String(record["unit"] ?? ""))?.id;
    if (unit === undefined || units.has(unit)) return;
    units.add(unit);
    late.set(i, PLANTED_LATE_DAYS[late.size] as number);
  });
  return late;
}

/** The record with `receivedDate` in its place among the raw fields (RAW_NEED_FIELDS order). */
function withReceivedDate(record: RawRecord, date: IsoDate, row: number): RawRecord {
  const entries = [
    ...Object.entries(record),
    ["receivedDate", row % 2 === 0 ? formatDate(date, "nb") : date],
  ];
  const rank = (key: string) => fieldOrder.get(key) ?? RAW_NEED_FIELDS.length;
  entries.sort((a, b) => rank(a[0] as string) - rank(b[0] as string));
  return Object.fromEntries(entries) as RawRecord;
}

/** The needs with a receipt date each (see the module comment). */
export function plantReceiptDates(needs: readonly RawRecord[], config: PlanConfig): RawRecord[] {
  const wheel = defaultWheel(config.planYear);
  const annualDays = daysBetween(wheel.preparation, wheel.localSubmission);
  const late = lateRows(needs, config);
  return needs.map((record, i) => {
    const lateBy = late.get(i);
    const date =
      lateBy !== undefined
        ? addDays(wheel.localSubmission, lateBy)
        : isFastTrack(record)
          ? addDays(config.planStart, ((i * 29) % FAST_TRACK_WINDOW_DAYS) - FAST_TRACK_WINDOW_DAYS)
          : addDays(wheel.preparation, (i * 37) % annualDays);
    return withReceivedDate(record, date, i);
  });
}
