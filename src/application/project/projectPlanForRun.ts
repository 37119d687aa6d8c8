/**
 * The plan of a run as Project tasks, in the user's language: the one place where the CLI, the task
 * panes and the browser page turn a run's needs, ranking and schedule into a ProjectPlan.
 */
import { buildProjectPlan } from "../../domain/projectPlan/buildProjectPlan";
import type { ProjectPlan, ProjectPlanInput } from "../../domain/projectPlan/projectPlanTypes";
import type { PreviousUids } from "../../domain/projectPlan/uidScheme";
import type { RedactionOptions } from "../../domain/rules/redaction";
import type { Locale } from "../../i18n/locale";
import { projectPlanLabels } from "../../i18n/projectMessages";

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
