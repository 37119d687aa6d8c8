/**
 * The workbook for a plan run: the plan result plus the organisation and people from the planning
 * input. Stages the result does not carry yet (ranking, schedule) come in through `stages`; when
 * absent the sheets show the needs without rank or dates rather than inventing them.
 */
import type { PlanInput } from "../../domain/model/planInput";
import { allUnits } from "../../domain/model/defaults";
import { DEFAULT_CRITERIA } from "../../domain/prioritisation/defaultCriteria";
import type { Criterion, ForceDecision } from "../../domain/prioritisation/prioritisationTypes";
import type { ScheduledNeed } from "../../domain/scheduling/scheduleTypes";
import { personUtilisation } from "../../domain/scheduling/personUtilisation";
import { defaultSchedulingConfig } from "../../domain/scheduling/schedulingConfig";
import type { Locale } from "../../i18n/locale";
import type { WorkbookModel } from "../../domain/workbook/workbookModel";
import type { PlanResult } from "../planResult";
import { buildWorkbook } from "./buildWorkbook";
import { withWheelSheet } from "./wheelSheet";
import type { RankingMode } from "./matrixFormulas";
import type { KraljicRow, WeeklyUtilisation, WorkbookInput, WorkbookRankedNeed } from "./workbookInput";

/** Results of the later stages, when they ran. */
export interface PlanStages {
  readonly criteria?: readonly Criterion[];
  readonly mode?: RankingMode;
  readonly ranking?: readonly WorkbookRankedNeed[];
  readonly forced?: readonly ForceDecision[];
  readonly budget?: number;
  readonly capacityWeeks?: number;
  readonly schedule?: readonly ScheduledNeed[];
  readonly utilisation?: WeeklyUtilisation;
  readonly kraljic?: readonly KraljicRow[];
}

/** The later stages as the plan result carries them (prioritisation and schedule sections). */
export function stagesOfPlan(result: PlanResult): PlanStages {
  const schedule = { schedule: result.schedule.scheduled, utilisation: result.schedule.metrics.utilisation };
  const p = result.prioritisation?.result;
  if (p === undefined) return schedule;
  const capacity = p.selection.limits.filter((l) => l.id !== "budget").reduce((s, l) => s + l.capacity, 0);
  return {
    ...schedule,
    criteria: p.criteria,
    mode: p.mode,
    ranking: p.ranking,
    forced: p.ranking.flatMap((r) => (r.force ? [r.force] : [])),
    kraljic: p.kraljic,
    ...(p.selection.budget !== null ? { budget: p.selection.budget } : {}),
    ...(capacity > 0 ? { capacityWeeks: Math.round(capacity * 10) / 10 } : {}),
  };
}

/** The workbook input for a plan result and the input it was computed from. */
export function workbookInputFromPlan(
  result: PlanResult,
  input: PlanInput,
  stages: PlanStages = {},
): WorkbookInput {
  const base: WorkbookInput = {
    plan: result,
    criteria: stages.criteria ?? DEFAULT_CRITERIA,
    ranking: stages.ranking ?? [],
    forced: stages.forced ?? [],
    schedule: stages.schedule ?? [],
    people: input.people,
    units: allUnits(input.config),
    mainCategories: input.config.mainCategories,
    notes: input.config.comments?.notes ?? {},
    feedback: input.config.comments?.feedback ?? {},
  };
  return {
    ...base,
    ...(stages.mode !== undefined ? { mode: stages.mode } : {}),
    ...(stages.budget !== undefined ? { budget: stages.budget } : {}),
    ...(stages.capacityWeeks !== undefined ? { capacityWeeks: stages.capacityWeeks } : {}),
    ...(stages.utilisation !== undefined
      ? { utilisation: withPeople(stages.utilisation, stages.schedule ?? [], input) }
      : {}),
    ...(stages.kraljic !== undefined ? { kraljic: stages.kraljic } : {}),
  };
}

/**
 * Per-person utilisation for the Kapasitet sheet: the scheduler's when the plan carries it, else
 * recomputed from the phases (plan.json keeps utilisation per role by default).
 */
function withPeople(
  utilisation: WeeklyUtilisation,
  schedule: readonly ScheduledNeed[],
  input: PlanInput,
): WeeklyUtilisation {
  if (utilisation.people.length > 0 || input.people.length === 0) return utilisation;
  const calendar = (input.config.scheduling ?? defaultSchedulingConfig()).calendar;
  return {
    weekStarts: utilisation.weekStarts,
    people: personUtilisation(schedule, input.people, calendar, utilisation.weekStarts),
  };
}

/**
 * The workbook model of a plan run, redacted as the run was (the result's own opt-in); the stages
 * default to those the result carries.
 */
export function planWorkbook(
  result: PlanResult,
  input: PlanInput,
  locale: Locale,
  stages: PlanStages = stagesOfPlan(result),
): WorkbookModel {
  const workbook = buildWorkbook(workbookInputFromPlan(result, input, stages), {
    locale,
    redaction: { includeSecurityGraded: result.redaction.includeSecurityGraded },
  });
  if (!result.insight) return workbook;
  // The Årshjul sheet when the run has the insight (docs/insight.md).
  const names = new Map(allUnits(input.config).map((u) => [u.id, u.name]));
  return withWheelSheet(workbook, {
    wheel: result.insight.wheel,
    planYear: input.config.planYear,
    unitName: (id) => names.get(id) ?? id,
    locale,
  });
}
