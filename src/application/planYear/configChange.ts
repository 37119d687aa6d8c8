/**
 * Changing the plan year's configuration: `path=value` settings (`prioritisation.budgetNok=5e7`,
 * `approvers.whole=a@politiet.no,b@politiet.no`, `wheel.approval=2027-01-15`) or a JSON document
 * `{ "config": {…}, "wheel": {…}, "approvers": {…} }`. The result is validated against the schema
 * before it is written, so a wrong value is reported with its field and nothing is stored.
 */
import type { PlanConfig } from "../../domain/model/planInput";
import type { Approvers, PlanYearRecord, WheelDates } from "../../domain/planYear/planYearTypes";
import { APPROVAL_SCOPES } from "../../domain/planYear/planYearTypes";
import { updatePlanYear, type PlanYearDeps, type UpdateOutcome } from "./planYearRecords";

/** Top-level fields of the planning configuration (docs/schemas/plan-input.schema.json, config). */
export const CONFIG_FIELDS: readonly (keyof PlanConfig)[] = [
  "planStart",
  "specialBodies",
  "mainCategories",
  "thresholds",
  "textLimits",
  "scheduling",
  "prioritisation",
  "comments",
];

const WHEEL_FIELDS: readonly (keyof WheelDates)[] = [
  "preparation",
  "localSubmission",
  "centralAnalysis",
  "compilation",
  "approval",
  "publication",
  "revisions",
];

/** A setting or configuration document that cannot be used; `code` is a planYearMessages key. */
export class ConfigChangeError extends Error {
  constructor(
    readonly code: "setting.syntax" | "setting.unknownPath" | "document.unknownField",
    readonly subject: string,
  ) {
    super(`${code}: ${subject}`);
    this.name = "ConfigChangeError";
  }
}

/** One parsed `path=value`. */
export interface ConfigSetting {
  readonly path: readonly string[];
  readonly value: unknown;
}

/** A value as typed: JSON when it parses (numbers, true, null, arrays, objects), otherwise text. */
function typedValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

const accounts = (text: string) =>
  text
    .split(",")
    .map((a) => a.trim().toLowerCase())
    .filter((a) => a !== "");

/** Parses `path=value`; approvers and wheel revisions take comma-separated lists. */
export function parseSetting(text: string): ConfigSetting {
  const at = text.indexOf("=");
  const path = text.slice(0, Math.max(at, 0)).trim().split(".");
  if (at <= 0 || path.some((p) => p === "")) throw new ConfigChangeError("setting.syntax", text);
  const raw = text.slice(at + 1).trim();
  const [root, field] = path;
  if (root === "approvers" && path.length === 2) return { path, value: accounts(raw) };
  if (root === "wheel" && field === "revisions") return { path, value: raw.split(",").map((d) => d.trim()) };
  if (root === "wheel") return { path, value: raw };
  return { path: root === "config" ? path.slice(1) : path, value: typedValue(raw) };
}

/** `target` with `value` set at `path` (objects copied along the way, created where missing). */
function setAt(target: unknown, path: readonly string[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const base = typeof target === "object" && target !== null && !Array.isArray(target) ? target : {};
  const current = (base as Record<string, unknown>)[head];
  const next = Object.prototype.hasOwnProperty.call(base, head) ? current : undefined;
  return { ...base, [head]: setAt(next, rest, value) };
}

/** The record with one setting applied; unknown top-level fields are refused. */
export function applySetting(record: PlanYearRecord, setting: ConfigSetting): PlanYearRecord {
  const [root, field] = setting.path;
  const where = setting.path.join(".");
  if (root === "approvers") {
    if (!APPROVAL_SCOPES.includes(field as (typeof APPROVAL_SCOPES)[number]) || setting.path.length !== 2)
      throw new ConfigChangeError("setting.unknownPath", where);
    return { ...record, approvers: setAt(record.approvers, [field as string], setting.value) as Approvers };
  }
  if (root === "wheel") {
    if (!WHEEL_FIELDS.includes(field as keyof WheelDates) || setting.path.length !== 2)
      throw new ConfigChangeError("setting.unknownPath", where);
    return { ...record, wheel: setAt(record.wheel, [field as string], setting.value) as WheelDates };
  }
  if (!CONFIG_FIELDS.includes(root as keyof PlanConfig))
    throw new ConfigChangeError("setting.unknownPath", where);
  return { ...record, config: setAt(record.config, setting.path, setting.value) as PlanConfig };
}

/** A configuration document: any of config (merged field by field; prioritisation one level deeper), wheel, approvers. */
export interface ConfigDocument {
  readonly config?: Partial<PlanConfig>;
  readonly wheel?: Partial<WheelDates>;
  readonly approvers?: Partial<Approvers>;
}

/** The record with a configuration document applied; unknown fields are refused. */
export function applyConfigDocument(record: PlanYearRecord, document: unknown): PlanYearRecord {
  if (typeof document !== "object" || document === null || Array.isArray(document))
    throw new ConfigChangeError("document.unknownField", "/");
  for (const key of Object.keys(document))
    if (!["config", "wheel", "approvers"].includes(key))
      throw new ConfigChangeError("document.unknownField", `/${key}`);
  const doc = document as ConfigDocument;
  for (const key of Object.keys(doc.config ?? {}))
    if (key !== "planYear" && !CONFIG_FIELDS.includes(key as keyof PlanConfig))
      throw new ConfigChangeError("document.unknownField", `/config/${key}`);
  const prioritisation = doc.config?.prioritisation
    ? { ...record.config.prioritisation, ...doc.config.prioritisation }
    : record.config.prioritisation;
  return {
    ...record,
    config: { ...record.config, ...doc.config, ...(prioritisation ? { prioritisation } : {}) },
    wheel: { ...record.wheel, ...doc.wheel },
    approvers: { ...record.approvers, ...doc.approvers },
  };
}

/** Changes the configuration by settings and/or a document, validated, with If-Match and merge. */
export function updateConfig(
  deps: PlanYearDeps,
  year: number,
  change: { readonly settings?: readonly ConfigSetting[]; readonly document?: unknown },
  who: string,
): Promise<UpdateOutcome> {
  return updatePlanYear(
    deps,
    year,
    (record) => {
      const withDocument =
        change.document === undefined ? record : applyConfigDocument(record, change.document);
      return (change.settings ?? []).reduce(applySetting, withDocument);
    },
    who,
  );
}
