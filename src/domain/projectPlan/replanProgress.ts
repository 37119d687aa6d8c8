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
  type PreviousNeed,
} from "../scheduling/scheduleTypes";
import type { ProgressRecord } from "./taskSync";

/**
 * The re-plan input for every scheduled need that Project reports on. Project is the truth for
 * these: a need with nothing started comes back with no finished phase and no current one (not
 * started, whatever the previous plan said). Phases up to the last one reported 100 % are finished
 * — also an earlier one Project shows as not done (work moved on; it keeps its reported or planned
 * dates) — so a finished phase is never scheduled again. A finished phase without an actual start
 * or finish takes the planned date. The phase after them is under way when it has work or an
 * actual start.
 */
export function replanProgress(
  schedule: readonly PreviousNeed[],
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
    if (read) result.push(needProgress(s, read));
  }
  return result;
}

/** Progress of one need from its phases' records. */
function needProgress(s: PreviousNeed, read: ReadonlyMap<PhaseId, ProgressRecord>): NeedProgress {
  const ordered = [...s.phases].sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase));
  let lastDone = -1;
  ordered.forEach((p, i) => {
    if ((read.get(p.phase)?.percentComplete ?? 0) >= 100) lastDone = i;
  });
  const finished: ActualPhase[] = ordered.slice(0, lastDone + 1).map((p) => {
    const r = read.get(p.phase);
    const start = r?.actualStart ?? p.start;
    const finish = r?.actualFinish ?? p.finish;
    return { phase: p.phase, start, finish: finish < start ? start : finish };
  });
  const next = ordered[lastDone + 1];
  const r = next ? read.get(next.phase) : undefined;
  const current =
    next && r && (r.percentComplete > 0 || r.actualStart !== undefined)
      ? {
          phase: next.phase,
          start: r.actualStart ?? next.start,
          percentComplete: Math.min(1, Math.max(0, r.percentComplete / 100)),
        }
      : undefined;
  return {
    needId: s.needId,
    leadId: s.leadId,
    ...(s.lawyerId !== undefined ? { lawyerId: s.lawyerId } : {}),
    finished,
    ...(current ? { current } : {}),
  };
}
