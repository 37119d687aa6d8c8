// Reference solver for tests: enumerates every subset of the free candidates (n ≤ 20), for any
// objective weight (points by default; points × size units for the value mode).
import type { SelectionCandidate, SelectionLimits } from "../../../src/domain/prioritisation/selection";

/** Best points by exhaustive search, or "conflict" when a forced-in need needs an excluded one. */
export function bruteForceBest(
  cands: readonly SelectionCandidate[],
  limits: SelectionLimits,
  weight: (c: SelectionCandidate) => number = (c) => c.points,
): number | "conflict" {
  const byId = new Map(cands.map((c) => [c.id, c]));
  // excluded: forced out, or depends (transitively) on an excluded or unknown need
  const excluded = new Set(cands.filter((c) => c.force === "out").map((c) => c.id));
  let changed = true;
  while (changed) {
    changed = false;
    for (const c of cands)
      if (!excluded.has(c.id) && c.dependsOn.some((d) => !byId.has(d) || excluded.has(d))) {
        excluded.add(c.id);
        changed = true;
      }
  }
  // forced: forced in and what they depend on
  const forced = new Set(cands.filter((c) => c.force === "in").map((c) => c.id));
  changed = true;
  while (changed) {
    changed = false;
    for (const id of [...forced])
      for (const d of byId.get(id)?.dependsOn ?? [])
        if (!forced.has(d)) {
          forced.add(d);
          changed = true;
        }
  }
  if ([...forced].some((id) => excluded.has(id) || !byId.has(id))) return "conflict";
  const free = cands.filter((c) => !excluded.has(c.id) && !forced.has(c.id));
  const categories = [
    ...new Set([...Object.keys(limits.leadWeeksByCategory ?? {}), ...cands.map((c) => c.category)]),
  ];
  const rows: { cap: number; use: (c: SelectionCandidate) => number }[] = [];
  if (limits.budget !== null) rows.push({ cap: limits.budget, use: (c) => c.cost });
  if (limits.leadWeeksByCategory !== null)
    for (const k of categories)
      rows.push({
        cap: limits.leadWeeksByCategory[k] ?? 0,
        use: (c) => (c.category === k ? c.leadWeeks : 0),
      });
  if (limits.lawyerWeeks !== null) rows.push({ cap: limits.lawyerWeeks, use: (c) => c.lawyerWeeks });
  const forcedList = cands.filter((c) => forced.has(c.id));
  const remaining = rows.map((r) => Math.max(0, r.cap - forcedList.reduce((s, c) => s + r.use(c), 0)));
  const forcedPoints = forcedList.reduce((s, c) => s + weight(c), 0);
  let best = 0;
  for (let mask = 0; mask < 1 << free.length; mask += 1) {
    const chosen = free.filter((_, i) => (mask >> i) & 1);
    const ids = new Set(chosen.map((c) => c.id));
    const closed = chosen.every((c) => c.dependsOn.every((d) => ids.has(d) || forced.has(d)));
    if (!closed) continue;
    const fits = rows.every(
      (r, k) => chosen.reduce((s, c) => s + r.use(c), 0) <= (remaining[k] as number) + 1e-6,
    );
    if (!fits) continue;
    best = Math.max(
      best,
      chosen.reduce((s, c) => s + weight(c), 0),
    );
  }
  return forcedPoints + best;
}
