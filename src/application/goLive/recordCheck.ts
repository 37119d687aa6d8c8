/**
 * The health check's look at the stored plan-year record: the record's own parser
 * (src/application/planYear/planYearFile.ts — JSON, schema version and migrations, JSON Schema,
 * the year it is filed under) decides, and its first problem is named by its JSON path. Nothing of
 * the record's content is quoted.
 */
import { PLAN_YEAR_SCHEMA_VERSION } from "../../domain/planYear/planYearTypes";
import { parsePlanYearRecord, PlanYearFileError, type PlanYearValidator } from "../planYear/planYearFile";

/** What the stored record's text is. */
export type RecordCheck =
  | { readonly kind: "ok"; readonly version: number }
  | { readonly kind: "unreadable" }
  | { readonly kind: "noVersion" }
  | { readonly kind: "unknownVersion"; readonly version: number | string; readonly known: number }
  | { readonly kind: "invalid"; readonly path: string; readonly count: number };

/** Checks the record's raw JSON text stored at `location` for plan year `year`. */
export function checkRecordText(
  text: string,
  location: string,
  validate: PlanYearValidator,
  year: number,
): RecordCheck {
  try {
    parsePlanYearRecord(text, location, validate, { year });
    return { kind: "ok", version: PLAN_YEAR_SCHEMA_VERSION };
  } catch (error) {
    if (!(error instanceof PlanYearFileError)) throw error;
    const first = error.problems[0];
    switch (first?.code) {
      case "json":
      case "schema.type":
        return first.path === "/" ? { kind: "unreadable" } : invalid(error);
      case "schemaVersion.missing":
        return { kind: "noVersion" };
      case "schemaVersion.unknown":
      case "schemaVersion.newer":
        return {
          kind: "unknownVersion",
          version: String(first.params["found"] ?? "").slice(0, 20),
          known: PLAN_YEAR_SCHEMA_VERSION,
        };
      default:
        return invalid(error);
    }
  }
}

function invalid(error: PlanYearFileError): RecordCheck {
  return { kind: "invalid", path: error.problems[0]?.path ?? "/", count: error.problems.length };
}
