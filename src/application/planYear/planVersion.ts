/**
 * A plan version's file, `versions/<id>.json`: the input snapshot and its SHA-256, the
 * configuration and working edits used, the plan result, and who created it and when. The file is
 * written once (create-only) and never changed; from submission on, the record's `contentHash`
 * (SHA-256 of the file's canonical JSON) is checked on every read, and the section hashes inside
 * the file name the part that was changed by hand. Reading checks the shape and names the file and
 * the field of anything wrong.
 */
import { contentHashOf } from "../../domain/planYear/contentHash";
import { copyEdits } from "../../domain/planYear/planEdits";
import type { PlanInput } from "../../domain/model/planInput";
import type { PlanConfig } from "../../domain/model/planInput";
import type { IsoDate } from "../../domain/time/isoDate";
import type { PlanYearEdits, Stamp, VersionSummary } from "../../domain/planYear/planYearTypes";
import { partCounts, PlanVersionError, type PartCounts } from "../../domain/planYear/versionLifecycle";
import { invalidFile, isJsonObject, parseStoredJson } from "./recordAccess";
import type { PlanResult } from "../planResult";

/** The schema version of version files this code writes and reads. */
export const PLAN_VERSION_SCHEMA_VERSION = 1;

/** The sections whose SHA-256 the file carries. */
export const VERSION_SECTIONS = ["input", "config", "edits", "result"] as const;
/** One hashed section of a version file. */
export type VersionSection = (typeof VERSION_SECTIONS)[number];

/** The content of `versions/<id>.json`. */
export interface PlanVersionFile {
  readonly schemaVersion: typeof PLAN_VERSION_SCHEMA_VERSION;
  readonly planYear: number;
  readonly id: string;
  readonly kind: "annual" | "revision";
  readonly basedOn?: string;
  readonly asOf?: IsoDate;
  readonly created: Stamp;
  /** SHA-256 (hex, of the canonical JSON) of each section; `hashes.input` fingerprints the input snapshot. */
  readonly hashes: Readonly<Record<VersionSection, string>>;
  /** The planning input exactly as planned. */
  readonly input: PlanInput;
  /** The planning configuration used. */
  readonly config: PlanConfig;
  /** The working edits taken into the run. */
  readonly edits: PlanYearEdits;
  /** Accepted needs per part of the plan (which scopes must approve). */
  readonly parts: PartCounts;
  readonly result: PlanResult;
}

/** What a caller supplies for a new version. */
export interface VersionContent {
  readonly input: PlanInput;
  readonly edits: PlanYearEdits;
  readonly result: PlanResult;
  /** The configuration used; the input's own when left out. */
  readonly config?: PlanConfig;
  readonly kind?: "annual" | "revision";
  readonly basedOn?: string;
  readonly asOf?: IsoDate;
}

/** The path of a version's file under the plan year's folder. */
export function versionFileName(id: string): string {
  return `versions/${id}.json`;
}

/** Builds a version file (hashes included). */
export function buildVersionFile(
  planYear: number,
  id: string,
  content: VersionContent,
  created: Stamp,
): PlanVersionFile {
  const config = content.config ?? content.input.config;
  const areas = content.result.needs.flatMap((e) => (e.need ? [e.need.area] : []));
  const sections = { input: content.input, config, edits: content.edits, result: content.result };
  return {
    schemaVersion: PLAN_VERSION_SCHEMA_VERSION,
    planYear,
    id,
    kind: content.kind ?? (content.basedOn === undefined ? "annual" : "revision"),
    ...(content.basedOn !== undefined ? { basedOn: content.basedOn } : {}),
    ...(content.asOf !== undefined ? { asOf: content.asOf } : {}),
    created,
    hashes: {
      input: contentHashOf(sections.input),
      config: contentHashOf(sections.config),
      edits: contentHashOf(sections.edits),
      result: contentHashOf(sections.result),
    },
    ...sections,
    parts: partCounts(areas),
  };
}

/** The summary the record lists for a new draft. */
export function draftSummary(file: PlanVersionFile): VersionSummary {
  return {
    id: file.id,
    status: "draft",
    kind: file.kind,
    created: file.created,
    ...(file.basedOn !== undefined ? { basedOn: file.basedOn } : {}),
    ...(file.asOf !== undefined ? { asOf: file.asOf } : {}),
    approvals: [],
  };
}

const isObject = isJsonObject;
const invalid = invalidFile;

/** Checks the shape of a parsed version file; errors name the file and the field. */
function checkShape(value: unknown, file: string, year: number, id: string): PlanVersionFile {
  if (!isObject(value)) throw invalid(file, "$", "object");
  if (value.schemaVersion !== PLAN_VERSION_SCHEMA_VERSION)
    throw invalid(file, "schemaVersion", "schemaVersion", JSON.stringify(value.schemaVersion) ?? "");
  if (value.planYear !== year) throw invalid(file, "planYear", "expected", String(year));
  if (value.id !== id) throw invalid(file, "id", "expected", id);
  if (value.kind !== "annual" && value.kind !== "revision")
    throw invalid(file, "kind", "expected", "annual | revision");
  const created = value.created;
  if (!isObject(created) || typeof created.by !== "string" || typeof created.at !== "string")
    throw invalid(file, "created", "stamp");
  const hashes = value.hashes;
  if (!isObject(hashes)) throw invalid(file, "hashes", "missing");
  for (const s of VERSION_SECTIONS) {
    if (typeof hashes[s] !== "string" || !/^[0-9a-f]{64}$/.test(hashes[s]))
      throw invalid(file, `hashes.${s}`, "hash");
    if (!isObject(value[s])) throw invalid(file, s, "missing");
  }
  const result = value.result as Record<string, unknown>;
  for (const list of ["needs", "decisions"])
    if (!Array.isArray(result[list])) throw invalid(file, `result.${list}`, "list");
  const edits = value.edits as Record<string, unknown>;
  for (const map of ["weights", "scores", "forced", "notes", "feedback"])
    if (!isObject(edits[map])) throw invalid(file, `edits.${map}`, "object");
  const input = value.input as Record<string, unknown>;
  if (!Array.isArray(input.needs)) throw invalid(file, "input.needs", "list");
  if (!isObject(value.parts)) throw invalid(file, "parts", "missing");
  return value as unknown as PlanVersionFile;
}

/** Fields of the file the record's summary also holds: a change there names the field. */
function summaryMismatch(file: PlanVersionFile, summary: VersionSummary): string | undefined {
  if (file.kind !== summary.kind) return "kind";
  if (file.basedOn !== summary.basedOn) return "basedOn";
  if (file.asOf !== summary.asOf) return "asOf";
  if (file.created.by !== summary.created.by || file.created.at !== summary.created.at) return "created";
  return undefined;
}

/**
 * Parses a version file's text and checks it has not been changed: every section against its
 * hash, and — once submitted — the whole file against the record's contentHash. A change is a
 * `tampered` error naming the file and the field. The edits' maps come back null-prototype.
 */
export function parseVersionFile(
  text: string,
  location: string,
  year: number,
  summary: VersionSummary,
): PlanVersionFile {
  const file = checkShape(parseStoredJson(text, location), location, year, summary.id);
  for (const s of VERSION_SECTIONS)
    if (contentHashOf(file[s]) !== file.hashes[s])
      throw new PlanVersionError("tampered", { file: location, field: s, version: summary.id });
  if (summary.contentHash !== undefined && contentHashOf(file) !== summary.contentHash) {
    const field = summaryMismatch(file, summary) ?? "contentHash";
    throw new PlanVersionError("tampered", { file: location, field, version: summary.id });
  }
  return { ...file, edits: copyEdits(file.edits) };
}
