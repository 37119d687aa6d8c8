/**
 * The workbook's link to the plan it was written from, kept IN the document as a custom XML part
 * (Office.js `customXmlParts`, the .xlsx package's `customXml/itemN.xml`) or, on hosts without
 * custom XML parts, as one document setting holding the same XML. It names the plan year, the
 * version (if any), the plan-year record's eTag and time, the sheets the add-in wrote (so a
 * co-author's sheet is never taken for ours) and the read-back layout and EditState as written:
 * the baseline "Oppdater" diffs against after the workbook is closed and opened again.
 *
 * One pure serializer and parser, used by both writers and both readers. The JSON payloads are
 * escaped so that any Unicode text gives well-formed XML 1.0.
 */
import type { ForceDecision } from "../../domain/prioritisation/prioritisationTypes";
import type { ReadBackLayout } from "../../domain/workbook/workbookModel";
import type { ScoreOverrides } from "./applyEdits";
import type { EditState } from "./readBack";

/** Namespace of the part (`getByNamespace` finds it by this). */
export const WORKBOOK_LINK_NAMESPACE = "urn:anskaffelsesplan:workbook-link:1";
/** Name of the document setting used where custom XML parts are missing (ExcelApi < 1.5). */
export const WORKBOOK_LINK_SETTING = "anskaffelsesplan.workbookLink";
/** Schema version of the part. */
export const WORKBOOK_LINK_SCHEMA_VERSION = 1;

/** The plan-year record a workbook was written from, when a record is connected. */
export interface RecordStamp {
  readonly etag?: string;
  /** ISO date-time of the record's last change as read. */
  readonly modified?: string;
}

/** What the document remembers about the plan it was written from. */
export interface WorkbookLink {
  readonly planYear: number;
  readonly versionId?: string;
  readonly record?: RecordStamp;
  /** ISO date-time of the write. */
  readonly writtenAt: string;
  /** Names of the sheets the add-in wrote. */
  readonly sheets: readonly string[];
  readonly layout: ReadBackLayout;
  /** The editable state as written: the baseline of the next read-back. */
  readonly state: EditState;
  /** Scores people changed in the sheet in earlier rounds, applied again on every re-plan. */
  readonly scoreOverrides: ScoreOverrides;
}

/** A link part that cannot be used, with the field at fault. */
export class WorkbookLinkError extends Error {
  constructor(
    readonly field: string,
    detail: string,
  ) {
    super(`Workbook link: ${field}: ${detail}`);
    this.name = "WorkbookLinkError";
  }
}

const XML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};
const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);

/**
 * JSON whose every character is legal in XML 1.0: JSON.stringify already escapes controls and lone
 * surrogates; U+FFFE and U+FFFF are escaped here.
 */
const xmlSafeJson = (value: unknown) =>
  JSON.stringify(value).replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);

/**
 * The part's XML: schema version and plan year as attributes; every text (version, record eTag and
 * time, time of writing, sheets, layout, state) as JSON in elements, where any Unicode is safe.
 */
export function serializeWorkbookLink(link: WorkbookLink): string {
  const origin = {
    writtenAt: link.writtenAt,
    ...(link.versionId !== undefined ? { versionId: link.versionId } : {}),
    ...(link.record !== undefined ? { record: link.record } : {}),
  };
  const element = (name: string, value: unknown) => `<${name}>${escapeXml(xmlSafeJson(value))}</${name}>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<workbookLink xmlns="${WORKBOOK_LINK_NAMESPACE}" schemaVersion="${WORKBOOK_LINK_SCHEMA_VERSION}" planYear="${link.planYear}">` +
    element("origin", origin) +
    element("sheets", link.sheets) +
    element("layout", link.layout) +
    element("editState", link.state) +
    element("scoreOverrides", link.scoreOverrides) +
    `</workbookLink>`
  );
}

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e] ?? "";
  });
}

/** The root element's attributes (any prefix, either quote). */
function rootAttributes(xml: string): Map<string, string> {
  const root = /<(?:[\w.-]+:)?workbookLink\b([^>]*)>/.exec(xml);
  if (root === null) throw new WorkbookLinkError("workbookLink", "no <workbookLink> root element");
  const attrs = new Map<string, string>();
  for (const m of (root[1] ?? "").matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    attrs.set(m[1] ?? "", unescapeXml(m[2] ?? m[3] ?? ""));
  return attrs;
}

function elementJson(xml: string, name: string): unknown {
  const m = new RegExp(`<(?:[\\w.-]+:)?${name}>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}>`).exec(xml);
  if (m === null) throw new WorkbookLinkError(name, "missing");
  try {
    return JSON.parse(unescapeXml(m[1] ?? ""));
  } catch {
    throw new WorkbookLinkError(name, "not valid JSON");
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function need<T>(ok: boolean, field: string, detail: string, value: unknown): T {
  if (!ok) throw new WorkbookLinkError(field, detail);
  return value as T;
}

function stringMap(v: unknown, field: string): Record<string, string> {
  const ok = isRecord(v) && Object.values(v).every((x) => typeof x === "string");
  return Object.assign(
    Object.create(null) as object,
    need<Record<string, string>>(ok, field, "must map ids to texts", v),
  );
}

function numberMap(v: unknown, field: string): Record<string, number> {
  const ok = isRecord(v) && Object.values(v).every((x) => typeof x === "number" && Number.isFinite(x));
  return Object.assign(
    Object.create(null) as object,
    need<Record<string, number>>(ok, field, "must map ids to numbers", v),
  );
}

function forceDecisions(v: unknown): ForceDecision[] {
  const ok =
    Array.isArray(v) &&
    v.every(
      (f) =>
        isRecord(f) &&
        typeof f["needId"] === "string" &&
        (f["direction"] === "in" || f["direction"] === "out") &&
        typeof f["reason"] === "string" &&
        (f["comment"] === undefined || typeof f["comment"] === "string"),
    );
  return need<ForceDecision[]>(ok, "editState.forced", "must be a list of force decisions", v);
}

/** Need id → criterion id → score, checked. */
function scoreTable(v: unknown, field: string): Record<string, Record<string, number>> {
  const rows = need<Record<string, unknown>>(isRecord(v), field, "must be an object", v);
  return Object.assign(
    Object.create(null) as object,
    Object.fromEntries(Object.entries(rows).map(([id, row]) => [id, numberMap(row, `${field}.${id}`)])),
  );
}

/** Checks the parsed EditState field by field. */
function editState(v: unknown): EditState {
  if (!isRecord(v)) throw new WorkbookLinkError("editState", "must be an object");
  const entryIds = v["entryIds"];
  return {
    weights: numberMap(v["weights"], "editState.weights"),
    scores: scoreTable(v["scores"], "editState.scores"),
    forced: forceDecisions(v["forced"]),
    notes: stringMap(v["notes"], "editState.notes"),
    feedback: stringMap(v["feedback"], "editState.feedback"),
    entryIds: need<string[]>(
      Array.isArray(entryIds) && entryIds.every((id) => typeof id === "string"),
      "editState.entryIds",
      "must be a list of need ids",
      entryIds,
    ),
  };
}

/** Checks the read-back layout's shape (sheet and table names, column offsets). */
function layoutOf(v: unknown): ReadBackLayout {
  const part = (name: string, numbers: readonly string[]) => {
    const p = isRecord(v) ? v[name] : undefined;
    const ok =
      isRecord(p) &&
      typeof p["sheet"] === "string" &&
      typeof p["table"] === "string" &&
      numbers.every((k) => Number.isInteger(p[k]) && (p[k] as number) >= 0);
    need<unknown>(ok, `layout.${name}`, "has a missing or invalid field", p);
  };
  part("matrix", ["idCol", "firstScoreCol", "scoreCol", "rankValueCol", "rankCol"]);
  part("selection", ["idCol", "forceCol", "forceReasonCol", "commentCol"]);
  part("feedback", ["idCol", "commentCol"]);
  const m = (v as Record<string, Record<string, unknown>>)["matrix"] ?? {};
  need<unknown>(
    typeof m["weightsRef"] === "string" &&
      Array.isArray(m["criteriaIds"]) &&
      m["criteriaIds"].every((c) => typeof c === "string"),
    "layout.matrix",
    "needs weightsRef and criteriaIds",
    m,
  );
  return v as ReadBackLayout;
}

/** Time of writing, version and record stamp, checked. */
function originOf(v: unknown): Pick<WorkbookLink, "writtenAt" | "versionId" | "record"> {
  if (!isRecord(v) || typeof v["writtenAt"] !== "string")
    throw new WorkbookLinkError("origin.writtenAt", "missing");
  const versionId = v["versionId"];
  if (versionId !== undefined && typeof versionId !== "string")
    throw new WorkbookLinkError("origin.versionId", "must be a text");
  const record = v["record"];
  const okRecord =
    record === undefined ||
    (isRecord(record) &&
      ["etag", "modified"].every((k) => record[k] === undefined || typeof record[k] === "string"));
  if (!okRecord) throw new WorkbookLinkError("origin.record", "must hold etag and modified as texts");
  return {
    writtenAt: v["writtenAt"],
    ...(versionId !== undefined ? { versionId } : {}),
    ...(record !== undefined ? { record: record as RecordStamp } : {}),
  };
}

/** Parses the part's XML; throws WorkbookLinkError naming the field at fault. */
export function parseWorkbookLink(xml: string): WorkbookLink {
  const attrs = rootAttributes(xml);
  const schema = attrs.get("schemaVersion");
  if (schema !== String(WORKBOOK_LINK_SCHEMA_VERSION))
    throw new WorkbookLinkError("schemaVersion", `unknown version ${JSON.stringify(schema ?? "")}`);
  const planYear = Number(attrs.get("planYear"));
  if (!Number.isInteger(planYear) || planYear < 1900 || planYear > 9999)
    throw new WorkbookLinkError("planYear", "must be a year");
  const sheets = elementJson(xml, "sheets");
  return {
    planYear,
    ...originOf(elementJson(xml, "origin")),
    sheets: need<string[]>(
      Array.isArray(sheets) && sheets.every((s) => typeof s === "string"),
      "sheets",
      "must be a list of sheet names",
      sheets,
    ),
    layout: layoutOf(elementJson(xml, "layout")),
    state: editState(elementJson(xml, "editState")),
    scoreOverrides: scoreTable(elementJson(xml, "scoreOverrides"), "scoreOverrides"),
  };
}
