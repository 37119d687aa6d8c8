/**
 * The procurement lead's "my category": the categories of the plan's ranked needs with their
 * counts, and the plan narrowed to one category (its ranking, its selection's count and total
 * score, its scheduled needs), so the ranking and schedule views show only that category.
 */
import type { PlanResult } from "../planResult";

/** A category the lead can choose, with how many ranked needs it has. */
export interface CategoryChoice {
  readonly id: string;
  readonly name: string;
  readonly ranked: number;
}

/** Category id of each accepted need of the plan. */
function categoryOfNeeds(plan: PlanResult): Map<string, string> {
  const categories = new Map<string, string>();
  for (const entry of plan.needs) if (entry.need) categories.set(entry.id, entry.need.category);
  return categories;
}

/**
 * The categories that have ranked needs, in the order of `names` (the plan configuration's main
 * categories), then any category the configuration does not name (shown by its id).
 */
export function categoryChoices(
  plan: PlanResult,
  names: readonly { readonly id: string; readonly name: string }[],
): CategoryChoice[] {
  const of = categoryOfNeeds(plan);
  const counts = new Map<string, number>();
  for (const r of plan.prioritisation?.result?.ranking ?? []) {
    const id = of.get(r.needId);
    if (r.rank > 0 && id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const named = names.filter((c) => counts.has(c.id)).map((c) => ({ ...c, ranked: counts.get(c.id) ?? 0 }));
  const known = new Set(names.map((c) => c.id));
  const other = [...counts.keys()]
    .filter((id) => !known.has(id))
    .sort()
    .map((id) => ({ id, name: id, ranked: counts.get(id) ?? 0 }));
  return [...named, ...other];
}

/**
 * The plan narrowed to the needs of `categoryId` (`""`: the whole plan): the ranking and the
 * scheduled needs of the category, the selection's count and total score over them, and the
 * schedule's scheduled and late counts over them.
 */
export function planForCategory(plan: PlanResult, categoryId: string): PlanResult {
  if (categoryId === "") return plan;
  const of = categoryOfNeeds(plan);
  const inCategory = (needId: string) => of.get(needId) === categoryId;
  const section = plan.prioritisation;
  const result = section?.result;
  const ranking = result?.ranking.filter((r) => inCategory(r.needId)) ?? [];
  const selected = ranking.filter((r) => r.rank > 0 && r.selected);
  const scheduled = plan.schedule.scheduled.filter((s) => inCategory(s.needId));
  return {
    ...plan,
    ...(section && result
      ? {
          prioritisation: {
            ...section,
            result: {
              ...result,
              ranking,
              selection: {
                ...result.selection,
                selectedCount: selected.length,
                totalScore: selected.reduce((sum, r) => sum + r.score, 0),
              },
            },
          },
        }
      : {}),
    schedule: {
      ...plan.schedule,
      scheduled,
      metrics: {
        ...plan.schedule.metrics,
        scheduledCount: scheduled.length,
        lateCount: scheduled.filter((s) => s.daysLate > 0).length,
      },
    },
  };
}
