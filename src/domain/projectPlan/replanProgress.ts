/**
 * Turns the progress read from Project into the rolling re-plan's input (the scheduler's
 * NeedProgress): finished phases with their actual dates, the phase under way with its share done,
 * and the people carrying the need, so the re-plan keeps them and fixes the past.
 */
import {
  PHASES,
  type ActualPhase,
  type NeedProgress,
  type PhaseId,
  type ScheduledNeed,
} from "../scheduling/scheduleTypes";
import type { ProgressRecord } from "./taskSync";

/**
 * The re-plan input for every scheduled need with work started in Project (needs not started are
 * left to the scheduler). A finished phase without an actual start or finish takes the planned date.
 */
export function replanProgress(
  schedule: readonly ScheduledNeed[],
  records: readonly ProgressRecord[],
): NeedProgress[] {
  const byNeed = new Map<string, Map<PhaseId, ProgressRecord>>();
  for (const r of records) {
    if (r.phase === undefined) continue;
    const phases = byNeed.get(r.needId) ?? new Map<PhaseId, ProgressRecord>();
    phases.set(r.phase, r);
    byNeed.set(r.needId, phases);
  }
  const result: NeedProgress[] = [];
  for (const s of schedule) {
    const read = byNeed.get(s.needId);
    if (!read) continue;
    const ordered = [...s.phases].sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase));
    const finished: ActualPhase[] = [];
    let current: NeedProgress["current"];
    for (const p of ordered) {
      const r = read.get(p.phase);
      if (!r) break;
      if (r.percentComplete >= 100) {
        finished.push({
          phase: p.phase,
          start: r.actualStart ?? p.start,
          finish: r.actualFinish ?? p.finish,
        });
        continue;
      }
      if (r.percentComplete > 0 || r.actualStart !== undefined) {
        current = {
          phase: p.phase,
          start: r.actualStart ?? p.start,
          percentComplete: r.percentComplete / 100,
        };
      }
      break;
    }
    if (finished.length === 0 && current === undefined) continue;
    result.push({
      needId: s.needId,
      leadId: s.leadId,
      ...(s.lawyerId !== undefined ? { lawyerId: s.lawyerId } : {}),
      finished,
      ...(current ? { current } : {}),
    });
  }
  return result;
}
