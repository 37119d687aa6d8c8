/**
 * The plan of a run as Project tasks, in the user's language: the one place where the CLI, the task
 * panes and the browser page turn a run's needs, ranking and schedule into a ProjectPlan.
 */
import { buildProjectPlan } from "../../domain/projectPlan/buildProjectPlan";
import type { ProjectPlan, ProjectPlanInput } from "../../domain/projectPlan/projectPlanTypes";
import type { PreviousUids } from "../../domain/projectPlan/uidScheme";
import type { RedactionOptions } from "../../domain/rules/redaction";
import type { PlanInput } from "../../domain/model/planInput";
import type { IsoDate } from "../../domain/time/isoDate";
import { translate, type Locale } from "../../i18n/locale";
import { projectPlanLabels } from "../../i18n/projectMessages";
import { SCHEDULING_MESSAGES } from "../../i18n/schedulingMessages";
import type { PlanResult } from "../planResult";

/** Options of one export. */
export interface ProjectExportOptions {
  readonly locale: Locale;
  readonly redaction: RedactionOptions;
  /** UIDs of the previous plan version (e.g. from its plan.xml). */
  readonly previousUids?: PreviousUids;
}

/** Builds the ProjectPlan of a run with the labels of `options.locale`. */
export function projectPlanForRun(parts: ProjectPlanInput, options: ProjectExportOptions): ProjectPlan {
  return buildProjectPlan(parts, {
    redaction: options.redaction,
    labels: projectPlanLabels(options.locale, parts.planYear),
    ...(options.previousUids ? { previousUids: options.previousUids } : {}),
  });
}

/**
 * The parts of a plan run the Project export needs: accepted needs, the schedule with its holidays
 * (named in `locale`), the ranking when the prioritisation ran, and people and categories from the input.
 */
export function projectPartsOf(
  result: PlanResult,
  input: Pick<PlanInput, "people" | "config">,
  locale: Locale,
): ProjectPlanInput {
  const holidayNames: Record<IsoDate, string> = {};
  for (const h of result.schedule.holidays) {
    const key =
      h.kind === "public-holiday" && h.code !== undefined ? `holiday.${h.code}` : `holiday.${h.kind}`;
    holidayNames[h.date] = translate(SCHEDULING_MESSAGES, locale, key);
  }
  return {
    planYear: result.planYear,
    needs: result.needs.flatMap((e) => (e.status === "accepted" && e.need ? [e.need] : [])),
    schedule: result.schedule.scheduled,
    ranking: result.prioritisation?.result?.ranking ?? [],
    people: input.people,
    categories: input.config.mainCategories,
    holidays: result.schedule.holidays.map((h) => h.date),
    holidayNames,
  };
}
