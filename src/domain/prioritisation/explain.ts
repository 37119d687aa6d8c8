/**
 * The explanation of a ranked need as message references (code + parameters, worded by
 * src/i18n/prioritisationMessages.ts): rank and score, one line per criterion (derived or not),
 * why it is in or out, and its weight sensitivity.
 */
import type { PrioritisedNeed } from "./prioritise";

/** A message reference: code + parameters, worded by src/i18n/prioritisationMessages.ts. */
export interface MessageRef {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The explanation lines of a need: rank and score, derived scores, why in or out, sensitivity. */
export function explain(n: Omit<PrioritisedNeed, "explanation">, total: number): MessageRef[] {
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
      lines.push({ code: "explain-selected", params: {} });
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

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
