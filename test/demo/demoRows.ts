// Test helpers for the demo tenant: the valid rows, and strict readers of the raw formats the demo
// writes (independent of the intake's parsers, which are tested on their own).
import type { RawRecord } from "../../src/domain/intake/intakeTypes";
import type { PlanInput } from "../../src/domain/model/planInput";
import { allUnits } from "../../src/domain/model/defaults";
import { isIsoDate, isoFromYmd, isValidYmd } from "../../src/domain/time/isoDate";
import { DEMO_INVALID_ROWS } from "../../src/demo/invalidRows";

/** The rows that are not deliberately invalid, with their 1-based row numbers. */
export function validRows(tenant: PlanInput): { row: number; record: RawRecord }[] {
  const invalid = new Set(DEMO_INVALID_ROWS.map((r) => r.row));
  return tenant.needs.map((record, i) => ({ row: i + 1, record })).filter(({ row }) => !invalid.has(row));
}

/** True for "Ja" or true. */
export function isYes(value: unknown): boolean {
  return value === true || value === "Ja";
}

/** A yes/no value as the demo writes it. */
export function isYesNo(value: unknown): boolean {
  return typeof value === "boolean" || value === "Ja" || value === "Nei";
}

/** An amount: a JSON number, or "1 500 000,50" (space or no-break space groups), or plain digits. */
export function readAmount(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  if (!/^(\d{1,3}([ \u00a0]\d{3})*|\d+)(,\d{1,2})?$/.test(value)) return undefined;
  return Number(value.replace(/[ \u00a0]/g, "").replace(",", "."));
}

/** A date: "15.01.2027" or "2027-01-15", and a real calendar day. */
export function readDate(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  if (isIsoDate(value)) return value;
  const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value);
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(y, mo, d) ? isoFromYmd(y, mo, d) : undefined;
}

/** The unit id a raw unit value names (by id or by name), if any. */
export function readUnit(tenant: PlanInput, value: unknown): string | undefined {
  return allUnits(tenant.config).find((u) => u.id === value || u.name === value)?.id;
}

/** A list field: one id, a ";"-separated string, or an array of ids. */
export function readList(value: unknown): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.map(String);
  return String(value).split(";");
}
