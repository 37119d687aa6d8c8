/**
 * Reads the write-back decisions out of a plan result (plan.json). A plan may carry an explicit
 * `decisions` section (one entry per need: status, rank, decision, planned start/finish, feedback);
 * without it, rejected needs get feedback listing their intake errors (bokmål) and nothing else.
 * Needs created centrally from accepted suggestions have no list item: their decisions stay in the plan.
 */
import type { NeedDecision } from "./publishDecisions";
import { WRITE_BACK_FIELDS, type WriteBackField } from "./listSchemas";
import type { WriteBackValue } from "./fieldMapping";

/** Thrown for a plan file whose decisions cannot be read; names the entry and the field. */
export class PlanDecisionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PlanDecisionError";
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function valueOf(
  entry: Record<string, unknown>,
  field: WriteBackField,
  where: string,
): WriteBackValue | undefined {
  const v = entry[field];
  if (v === undefined) return undefined;
  if (v === null || typeof v === "string" || (typeof v === "number" && Number.isFinite(v))) return v;
  throw new PlanDecisionError(
    `${where}: field ${field} must be text, a number or null (got ${JSON.stringify(v)}).`,
  );
}

/** Ids of the needs created centrally (`createdCentrally`): they have no list item to write to. */
function centralIds(needs: unknown): Set<string> {
  if (!Array.isArray(needs)) return new Set();
  return new Set(
    needs.flatMap((e) =>
      isRecord(e) && e.createdCentrally === true && typeof e.id === "string" ? [e.id] : [],
    ),
  );
}

/** The decisions in a parsed plan.json; none for needs created centrally (no list item holds them). */
export function decisionsFromPlan(plan: unknown): NeedDecision[] {
  if (!isRecord(plan)) throw new PlanDecisionError("The plan file is not a JSON object.");
  if (Array.isArray(plan.decisions)) {
    const central = centralIds(plan.needs);
    return plan.decisions.flatMap((entry, i) => {
      const where = `decisions[${i}]`;
      if (!isRecord(entry) || typeof entry.needId !== "string" || entry.needId === "") {
        throw new PlanDecisionError(`${where}: needId is required.`);
      }
      const values: Partial<Record<WriteBackField, WriteBackValue>> = {};
      for (const field of WRITE_BACK_FIELDS) {
        const v = valueOf(entry, field, `${where} (${entry.needId})`);
        if (v !== undefined) values[field] = v;
      }
      return central.has(entry.needId) ? [] : [{ needId: entry.needId, values }];
    });
  }
  if (!Array.isArray(plan.needs))
    throw new PlanDecisionError("The plan file has neither `decisions` nor `needs`.");
  const out: NeedDecision[] = [];
  plan.needs.forEach((entry, i) => {
    if (!isRecord(entry) || typeof entry.id !== "string")
      throw new PlanDecisionError(`needs[${i}]: id is required.`);
    if (entry.status !== "rejected") return;
    const errors = Array.isArray(entry.errors) ? entry.errors : [];
    const lines = errors.map((e) =>
      isRecord(e) && isRecord(e.message) && typeof e.message.nb === "string"
        ? e.message.nb
        : JSON.stringify(e),
    );
    out.push({
      needId: entry.id,
      values: { feedback: `Behovet kunne ikke behandles:\n${lines.join("\n")}` },
    });
  });
  return out;
}
