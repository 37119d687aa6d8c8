/**
 * Seeds the demo server's SharePoint from a planning input (the demo tenant): a site with users,
 * the KAV list (one item per contract) and the intake list (one item per raw need). Each intake
 * column gets the typed kind the tool would create when every record's value fits it (Norwegian
 * numbers → currency, dates → date-only, ja/nei → yes/no, known ids → choice/lookup/person), and
 * is a plain text column otherwise — as in a list that coordinators built by hand. Values are stored
 * as SharePoint stores them, so a sync gives back the same needs.
 */
import type { RawRecord } from "../../domain/intake/intakeTypes";
import { RAW_NEED_FIELDS, SCORE_FIELD_PREFIX } from "../../domain/intake/intakeTypes";
import { finalExpiry } from "../../domain/model/contract";
import type { PlanInput } from "../../domain/model/planInput";
import { isIsoDate } from "../../domain/time/isoDate";
import { parseNorwegianDate } from "../../domain/intake/parseNorwegianDate";
import {
  BUILT_IN_COLUMN_FIELDS,
  defaultColumnName,
  intakeListDefinition,
  kavListDefinition,
  peopleListDefinition,
  type ColumnSpec,
} from "../../application/sharepoint/listSchemas";
import { instantOfLocalMidnight } from "../../application/sharepoint/zonedDates";
import type { SharePointStore, StoredList, StoredSite } from "./sharePointStore";
import { DEMO_SITE, DEMO_SITE_URL } from "./demoSite";

export { DEMO_SITE, DEMO_SITE_URL };

/** What seeding created. */
export interface SeededSite {
  readonly site: StoredSite;
  readonly intake: StoredList;
  readonly kav: StoredList;
  readonly people: StoredList;
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const t = value
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/kr$/i, "")
    .replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : undefined;
}

function toIsoDate(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  if (isIsoDate(value)) return value;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value.trim());
  if (!m) return undefined;
  const iso = `${m[3]}-${(m[2] as string).padStart(2, "0")}-${(m[1] as string).padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : undefined;
}

function toBoolean(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value !== "string") return undefined;
  const t = value.trim().toLowerCase();
  if (["ja", "true", "yes"].includes(t)) return true;
  if (["nei", "false", "no"].includes(t)) return false;
  return undefined;
}

/** Converts a raw value to the column's stored value, or undefined when it does not fit. */
function converter(
  column: ColumnSpec,
  store: SharePointStore,
  ids: { users: Map<string, string>; contracts: Map<string, string> },
): (value: unknown) => unknown {
  switch (column.kind) {
    case "number":
    case "currency":
      return toNumber;
    case "date":
      return (v) => {
        const d = toIsoDate(v);
        return d === undefined ? undefined : instantOfLocalMidnight(d, store.timeZone);
      };
    case "boolean":
      return toBoolean;
    case "choice":
      return (v) => (typeof v === "string" && column.choices?.includes(v) ? v : undefined);
    case "multiChoice":
      return (v) =>
        Array.isArray(v) && v.every((x) => typeof x === "string" && (column.choices?.includes(x) ?? true))
          ? v
          : undefined;
    case "person":
      return (v) => (typeof v === "string" ? ids.users.get(v.toLowerCase()) : undefined);
    case "lookup":
      return (v) => (typeof v === "string" ? ids.contracts.get(v) : undefined);
    default:
      return (v) => (typeof v === "string" ? v : undefined);
  }
}

/** A value as a text column holds it: lists separated by "; " (as people type them), the rest as text. */
function asText(value: unknown): string {
  return Array.isArray(value) ? value.map(String).join("; ") : String(value);
}

/** Creates the demo site from a planning input. */
export function seedDemoSite(
  store: SharePointStore,
  input: PlanInput,
  criteriaIds: readonly string[],
): SeededSite {
  const site = store.addSite(DEMO_SITE.hostname, DEMO_SITE.path, DEMO_SITE.displayName);
  const users = store.findList(site, "User Information List") as StoredList;
  const userIds = new Map<string, string>();
  const contacts = new Set<string>();
  for (const need of input.needs)
    if (typeof need.contact === "string" && /^[^@\s]+@[^@\s]+$/.test(need.contact))
      contacts.add(need.contact.toLowerCase());
  for (const email of [...contacts].sort()) {
    const added = store.addItem(users, { Title: email.split("@")[0], EMail: email });
    if (typeof added !== "string") userIds.set(email, added.id);
  }

  const kav = store.createList(site, kavListDefinition(input.config));
  const contractIds = new Map<string, string>();
  for (const c of input.contracts) {
    const added = store.addItem(kav, {
      Title: c.name,
      KavId: c.id,
      Supplier: c.supplier,
      ...(input.config.mainCategories.some((m) => m.id === c.category) ? { Category: c.category } : {}),
      ...(c.subcategory ? { Subcategory: c.subcategory } : {}),
      StartDate: instantOfLocalMidnight(c.start, store.timeZone),
      EndDate: instantOfLocalMidnight(c.end, store.timeZone),
      FinalEndDate: instantOfLocalMidnight(finalExpiry(c), store.timeZone),
      ContractValue: c.value,
      Framework: c.framework,
    });
    if (typeof added === "string") throw new Error(`KAV contract ${c.id}: ${added}`);
    contractIds.set(c.id, added.id);
  }

  const typed = intakeListDefinition(input.config, criteriaIds, kav.id);
  // The receipt date is the items' own creation time (the built-in Created column).
  const fields = [...RAW_NEED_FIELDS, ...criteriaIds.map((c) => `${SCORE_FIELD_PREFIX}${c}`)].filter(
    (f) => !BUILT_IN_COLUMN_FIELDS.has(f),
  );
  const ids = { users: userIds, contracts: contractIds };
  // Per raw field: the typed column when every present value fits it, else a text column.
  const plan = fields.map((field) => {
    const column = typed.columns.find((c) => c.name === defaultColumnName(field)) as ColumnSpec;
    const convert = converter(column, store, ids);
    const present = input.needs.map((n) => n[field]).filter((v) => v !== undefined && v !== null && v !== "");
    const fits = present.every((v) => convert(v) !== undefined);
    const chosen: ColumnSpec = fits
      ? column
      : { name: column.name, displayName: column.displayName, kind: "text" };
    return {
      field,
      column: chosen,
      convert: fits ? convert : asText,
    };
  });
  const writeBack = typed.columns.filter((c) => !plan.some((p) => p.column.name === c.name));
  const intake = store.createList(site, { ...typed, columns: [...plan.map((p) => p.column), ...writeBack] });
  input.needs.forEach((need: RawRecord, index) => {
    const values: Record<string, unknown> = {};
    for (const { field, column, convert } of plan) {
      const raw = need[field];
      if (raw === undefined || raw === null || raw === "") continue;
      const key =
        column.kind === "lookup" || column.kind === "person" ? `${column.name}LookupId` : column.name;
      values[key] = convert(raw);
    }
    const received = parseNorwegianDate(String(need["receivedDate"] ?? ""));
    const created = received.ok ? instantOfLocalMidnight(received.value, store.timeZone) : undefined;
    const added = store.addItem(intake, values, created?.replace(/\.\d{3}Z$/, "Z"));
    if (typeof added === "string") throw new Error(`Need #${index + 1} (${String(need.id ?? "")}): ${added}`);
  });

  const people = store.createList(site, peopleListDefinition(input.config));
  for (const person of input.people) {
    const added = store.addItem(people, {
      Title: person.name,
      PersonId: person.id,
      Role: person.role,
      ...(person.category !== undefined ? { Category: person.category } : {}),
      Availability: Math.round(person.availability * 1000) / 10,
      Absences: person.absences.map((a) => (a.from === a.to ? a.from : `${a.from}–${a.to}`)).join("\n"),
    });
    if (typeof added === "string") throw new Error(`Person ${person.id}: ${added}`);
  }
  return { site, intake, kav, people };
}
