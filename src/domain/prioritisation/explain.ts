/**
 * The explanation of a ranked need as message references (code + parameters, worded by
 * src/i18n/prioritisationMessages.ts): rank and score, one line per criterion (derived or not),
 * why it is in or out (in rank mode: the limit that stopped it, by how much, and the smallest change
 * that lets it in), and its weight sensitivity.
 */
import type { PrioritisedNeed } from "./prioritise";
import type { LetIn, LimitShortfall } from "./rankFill";
import type { SelectionMode } from "./selection";

/** A message reference: code + parameters, worded by src/i18n/prioritisationMessages.ts. */
export interface MessageRef {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The explanation lines of a need: rank and score, derived scores, why in or out, sensitivity. */
export function explain(
  n: Omit<PrioritisedNeed, "explanation">,
  total: number,
  mode: SelectionMode = "score",
): MessageRef[] {
  const lines: MessageRef[] = [
    { code: "explain-rank", params: { rank: n.rank, total, score: round2(n.score) } },
  ];
  for (const b of n.breakdown)
    lines.push({
      code: b.derived ? "explain-criterion-derived" : "explain-criterion",
      params: {
        criterion: b.criterionId,
        score: b.score,
        weight: round2(b.weight),
        contribution: round2(b.contribution),
      },
    });
  switch (n.reason) {
    case "forced-in":
      if (n.requiredBy !== undefined)
        lines.push({ code: "explain-required-by", params: { need: n.requiredBy } });
      else
        lines.push({
          code: "explain-forced-in",
          params: { reason: n.force?.reason ?? "", comment: n.force?.comment ?? "" },
        });
      break;
    case "forced-out":
      lines.push({
        code: "explain-forced-out",
        params: { reason: n.force?.reason ?? "", comment: n.force?.comment ?? "" },
      });
      break;
    case "selected":
      lines.push({ code: mode === "score" ? "explain-selected" : `explain-selected-${mode}`, params: {} });
      break;
    case "budget":
    case "capacity":
      lines.push({ code: `explain-out-${n.reason}`, params: { limits: n.limits.join(", ") } });
      break;
    case "dependency":
      lines.push({
        code: "explain-out-dependency",
        params: { needs: n.blockedBy.join(", "), limits: n.limits.join(", ") },
      });
      break;
  }
  if (!n.selected) lines.push(...shortfallLines(n.shortfall), ...letInLines(n.letIn, n.shortfall));
  const s = n.sensitivity;
  if (s?.resourceBound) lines.push({ code: "explain-resource-bound", params: {} });
  else if (s?.smallest)
    lines.push({
      code: n.selected ? "explain-sensitivity-out" : "explain-sensitivity-in",
      params: {
        criterion: s.smallest.criterionId,
        delta: s.smallest.deltaPp,
        competitor: s.competitorId ?? "",
      },
    });
  else if (s) lines.push({ code: "explain-sensitivity-none", params: { competitor: s.competitorId ?? "" } });
  return lines;
}

/** One line per limit that falls short: by how much, needed and left. */
export function shortfallLines(shortfall: readonly LimitShortfall[]): MessageRef[] {
  return shortfall.map((s): MessageRef =>
    s.limit === "budget"
      ? {
          code: "explain-short-budget",
          params: {
            shortNok: Math.ceil(s.short),
            neededNok: Math.round(s.needed),
            availableNok: Math.round(s.available),
          },
        }
      : {
          code: "explain-short-weeks",
          params: {
            limit: s.limit,
            short: round1up(s.short),
            needed: round1(s.needed),
            available: round1(s.available),
          },
        },
  );
}

/** The changes that let a left-out need in: raise limits (as `limit=amount` pairs) or defer needs. */
export function letInLines(
  letIn: LetIn | undefined,
  shortfall: readonly LimitShortfall[] = [],
): MessageRef[] {
  if (letIn === undefined) return [];
  const lines: MessageRef[] = [];
  // a raise beyond the shortfall: higher-ranked needs that are out would come in first and take some
  const more = (letIn.raise ?? []).some(
    (r) =>
      r.by > (shortfall.find((s) => s.limit === r.limit)?.short ?? 0) + (r.limit === "budget" ? 1000 : 0.1),
  );
  if (letIn.raise !== null && letIn.raise.length > 0)
    lines.push({
      code: more ? "explain-let-in-raise-more" : "explain-let-in-raise",
      params: { raise: letIn.raise.map((r) => `${r.limit}=${r.by}`).join("|") },
    });
  if (letIn.defer !== null && letIn.defer.length > 0)
    lines.push({
      code: letIn.defer.length === 1 ? "explain-let-in-defer-one" : "explain-let-in-defer",
      params: { needs: letIn.defer.join(", "), count: letIn.defer.length },
    });
  if (lines.length === 0) lines.push({ code: "explain-let-in-none", params: {} });
  return lines;
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}

function round1up(v: number): number {
  return Math.ceil(v * 10 - 1e-9) / 10;
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
