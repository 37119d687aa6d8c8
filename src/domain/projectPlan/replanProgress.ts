/**
 * Turns the progress read from Project into the rolling re-plan's input (the scheduler's
 * NeedProgress): finished phases with their actual dates, the phase under way with its share done,
 * and the people carrying the need, so the re-plan keeps them and fixes the past.
 */
import { PHASES, type PhaseId, type ScheduledNeed } from "../scheduling/scheduleTypes";
import type { IsoDate } from "../time/isoDate";
import type { ProgressRecord } from "./taskSync";

/** A finished phase with its actual dates. */
export interface ActualPhase {
  readonly phase: PhaseId;
  readonly start: IsoDate;
  readonly finish: IsoDate;
}

/**
 * A started need's progress, in the shape of the scheduler's rolling-plan input (NeedProgress in
 * scheduleTypes.ts on the scheduler's branch): structurally the same type, so it passes straight in.
 */
export interface ReplanProgress {
  readonly needId: string;
  readonly leadId: string;
  readonly lawyerId?: string;
  /** Finished phases with actual dates, in phase order. */
  readonly finished: readonly ActualPhase[];
  /** The phase under way, with the share done (0–1). */
  readonly current?: { readonly phase: PhaseId; readonly start: IsoDate; readonly percentComplete: number };
}

/**
 * The re-plan input for every scheduled need with work started in Project (needs not started are
 * left to the scheduler). A finished phase without an actual start or finish takes the planned date.
 */
export function replanProgress(
  schedule: readonly ScheduledNeed[],
  records: readonly ProgressRecord[],
): ReplanProgress[] {
  const byNeed = new Map<string, Map<PhaseId, ProgressRecord>>();
  for (const r of records) {
    if (r.phase === undefined) continue;
    const phases = byNeed.get(r.needId) ?? new Map<PhaseId, ProgressRecord>();
    phases.set(r.phase, r);
    byNeed.set(r.needId, phases);
  }
  const result: ReplanProgress[] = [];
  for (const s of schedule) {
    const read = byNeed.get(s.needId);
    if (!read) continue;
    const ordered = [...s.phases].sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase));
    const finished: ActualPhase[] = [];
    let current: ReplanProgress["current"];
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
