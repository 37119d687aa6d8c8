/**
 * Rolling plan (rullerende plan): progress as of a re-planning date derived from the previous plan,
 * and the difference between two plans (moved, added, dropped, newly late).
 */
import type { WorkCalendar } from "../calendar/workCalendar";
import { daysBetween, toDayNumber, type IsoDate } from "../time/isoDate";
import type { NeedProgress, PreviousNeed, ScheduledNeed } from "./scheduleTypes";

/**
 * Progress of every need of `previous` that started before `asOf`, assuming work went as planned:
 * phases finished before `asOf` are done; the phase spanning `asOf` is current, its share complete
 * being the share of its working days before `asOf`; a need whose every phase finished before
 * `asOf` comes with all of them finished (the scheduler reports it completed). Actual figures from
 * the planners replace these.
 */
export function progressFromSchedule(
  previous: readonly PreviousNeed[],
  asOf: IsoDate,
  calendar: WorkCalendar,
): NeedProgress[] {
  const day = toDayNumber(asOf);
  const out: NeedProgress[] = [];
  for (const s of previous) {
    if (s.start >= asOf) continue;
    const finished = s.phases
      .filter((p) => p.finish < asOf)
      .map(({ phase, start, finish }) => ({ phase, start, finish }));
    const running = s.phases.find((p) => p.start < asOf && p.finish >= asOf);
    const current = running
      ? {
          phase: running.phase,
          start: running.start,
          percentComplete:
            running.workingDays > 0
              ? calendar.workingDaysIn(toDayNumber(running.start), day - 1) / running.workingDays
              : 0,
        }
      : undefined;
    // Every phase done before asOf: the need is reported with all of them finished (completed).
    out.push({
      needId: s.needId,
      leadId: s.leadId,
      ...(s.lawyerId !== undefined ? { lawyerId: s.lawyerId } : {}),
      finished,
      ...(current ? { current } : {}),
    });
  }
  return out;
}

/** True when the progress says work has started (a finished phase or one under way). */
export function hasStarted(progress: NeedProgress): boolean {
  return progress.finished.length > 0 || progress.current !== undefined;
}

/** A need whose dates changed between two plans. */
export interface MovedNeed {
  readonly needId: string;
  readonly previousStart: IsoDate;
  readonly start: IsoDate;
  readonly previousSigned: IsoDate;
  readonly signed: IsoDate;
  /** Calendar days the signature moved (positive = later). */
  readonly signedShiftDays: number;
}

/** What changed from one plan version to the next. */
export interface ScheduleDiff {
  readonly moved: readonly MovedNeed[];
  /** Needs only in the new plan. */
  readonly added: readonly string[];
  /** Needs only in the previous plan (completed needs excepted). */
  readonly dropped: readonly string[];
  /** Needs now done in every phase (left the schedule; not counted as dropped). */
  readonly completed: readonly string[];
  /** Needs late now that were on time (or absent) before, with their days late. */
  readonly newlyLate: readonly { readonly needId: string; readonly daysLate: number }[];
  /** Needs present in both with the same start, signature and finish. */
  readonly unchanged: number;
}

/** The difference between `previous` and `next` (needs matched by id); `completed` are the ids now done. */
export function diffSchedules(
  previous: readonly PreviousNeed[],
  next: readonly ScheduledNeed[],
  completed: readonly string[] = [],
): ScheduleDiff {
  const done = new Set(completed);
  const before = new Map(previous.map((s) => [s.needId, s]));
  const after = new Set(next.map((s) => s.needId));
  const moved: MovedNeed[] = [];
  const added: string[] = [];
  const newlyLate: { needId: string; daysLate: number }[] = [];
  let unchanged = 0;
  for (const s of next) {
    const old = before.get(s.needId);
    if (!old) added.push(s.needId);
    else if (old.start !== s.start || old.contractSigned !== s.contractSigned || old.finish !== s.finish) {
      moved.push({
        needId: s.needId,
        previousStart: old.start,
        start: s.start,
        previousSigned: old.contractSigned,
        signed: s.contractSigned,
        signedShiftDays: daysBetween(old.contractSigned, s.contractSigned),
      });
    } else unchanged += 1;
    if (s.daysLate > 0 && (!old || old.daysLate === 0))
      newlyLate.push({ needId: s.needId, daysLate: s.daysLate });
  }
  const dropped = previous.filter((s) => !after.has(s.needId) && !done.has(s.needId)).map((s) => s.needId);
  return { moved, added, dropped, completed: [...done], newlyLate, unchanged };
}
