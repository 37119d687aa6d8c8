/**
 * The schedule stage of the planning pipeline: schedules the accepted needs that are still in play
 * (statuses submitted, in-analysis, planned), with the prioritisation's priorities when given and
 * the documented default priority (defaultPriority) otherwise. Needs left out because of their
 * status are listed, never dropped silently; every code gets its message in both languages.
 * A rolling re-plan freezes the work the previous plan had started and reports the difference.
 */
import type { Need, NeedStatus } from "../domain/model/need";
import type { PlanInput } from "../domain/model/planInput";
import { WorkCalendar } from "../domain/calendar/workCalendar";
import {
  diffSchedules,
  hasStarted,
  progressFromSchedule,
  type ScheduleDiff,
} from "../domain/scheduling/rollingPlan";
import { scheduleNeeds } from "../domain/scheduling/scheduleNeeds";
import { defaultSchedulingConfig } from "../domain/scheduling/schedulingConfig";
import type {
  NeedProgress,
  PreviousNeed,
  ScheduleResult,
  ScheduleWarning,
  UnscheduledNeed,
  UtilisationDetail,
} from "../domain/scheduling/scheduleTypes";
import { minDate, type IsoDate } from "../domain/time/isoDate";
import { translate } from "../i18n/locale";
import { SCHEDULING_MESSAGES } from "../i18n/schedulingMessages";

/** Statuses whose needs are scheduled. */
export const SCHEDULED_STATUSES: readonly NeedStatus[] = ["submitted", "in-analysis", "planned"];

/** A message in both UI languages. */
export interface BilingualMessage {
  readonly nb: string;
  readonly en: string;
}

/** The schedule section of the plan result. */
export interface PlanSchedule extends Omit<ScheduleResult, "unscheduled" | "warnings" | "completed"> {
  /** Rolling plan: needs done in every phase (absent in plans written before it existed). */
  readonly completed?: ScheduleResult["completed"];
  readonly unscheduled: readonly (UnscheduledNeed & { readonly message: BilingualMessage })[];
  readonly warnings: readonly (ScheduleWarning & { readonly message: BilingualMessage })[];
  /** Accepted needs not scheduled because of their status (deferred, declined, withdrawn). */
  readonly excluded: readonly { readonly needId: string; readonly status: NeedStatus }[];
  /** Where the priorities came from. */
  readonly prioritySource: "prioritisation" | "default-score";
  /** Rolling plan: what changed against the previous plan (present when re-planning). */
  readonly diff?: ScheduleDiff;
}

/**
 * A rolling re-plan: the previous plan's schedule and the re-planning date, and the progress the
 * planners reported (e.g. read from MS Project), which replaces the as-planned progress of a need
 * (a reported need with no finished phase and none under way is not started).
 */
export interface RollingInput {
  readonly previous: readonly PreviousNeed[];
  readonly asOf: IsoDate;
  readonly actual?: readonly NeedProgress[];
}

function bilingual(key: string, params: Readonly<Record<string, string | number>>): BilingualMessage {
  return {
    nb: translate(SCHEDULING_MESSAGES, "nb", key, params),
    en: translate(SCHEDULING_MESSAGES, "en", key, params),
  };
}

/**
 * The progress of every need started by `rolling.asOf`: what the planners reported (e.g. read from
 * Project, which is the truth for the needs it covers — also when it says "not started"), else
 * what the previous plan had done by then. Completed needs come with every phase finished.
 */
export function rollingProgress(input: PlanInput, rolling: RollingInput): NeedProgress[] {
  const calendarConfig = (input.config.scheduling ?? defaultSchedulingConfig()).calendar;
  const first = rolling.previous.reduce((d, s) => minDate(d, s.start), rolling.asOf);
  const calendar = new WorkCalendar(calendarConfig, first);
  const reported = new Map((rolling.actual ?? []).map((p) => [p.needId, p]));
  const derived = progressFromSchedule(rolling.previous, rolling.asOf, calendar).filter(
    (p) => !reported.has(p.needId),
  );
  return [...derived, ...reported.values()].filter(hasStarted);
}

/** Schedules `accepted` needs of `input`; `priority` (need id → higher first) comes from the prioritisation when run. */
export function scheduleAccepted(
  input: PlanInput,
  accepted: readonly Need[],
  priority?: Readonly<Record<string, number>>,
  rolling?: RollingInput,
  utilisation: UtilisationDetail = "role",
): PlanSchedule {
  const inPlay = accepted.filter((n) => SCHEDULED_STATUSES.includes(n.status));
  const excluded = accepted
    .filter((n) => !SCHEDULED_STATUSES.includes(n.status))
    .map((n) => ({ needId: n.id, status: n.status }));
  const ids = new Set(inPlay.map((n) => n.id));
  const progress = rolling ? rollingProgress(input, rolling).filter((p) => ids.has(p.needId)) : undefined;
  const result = scheduleNeeds({
    needs: inPlay,
    contracts: input.contracts,
    people: input.people,
    config: input.config,
    ...(priority ? { priority } : {}),
    ...(rolling ? { asOf: rolling.asOf, progress } : {}),
    utilisation,
  });
  return {
    ...result,
    unscheduled: result.unscheduled.map((u) => ({
      ...u,
      message: bilingual(`unscheduled.${u.reason}`, u.params),
    })),
    warnings: result.warnings.map((w) => ({ ...w, message: bilingual(`warning.${w.code}`, w.params) })),
    excluded,
    prioritySource: priority ? "prioritisation" : "default-score",
    ...(rolling
      ? {
          diff: diffSchedules(
            rolling.previous,
            result.scheduled,
            result.completed.map((c) => c.needId),
          ),
        }
      : {}),
  };
}
