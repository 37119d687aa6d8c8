/**
 * Default plan configuration, and the full unit list (districts + configured special bodies).
 */
import { DEFAULT_MAIN_CATEGORIES, DEFAULT_SPECIAL_BODIES, POLICE_DISTRICTS, type Unit } from "./organisation";
import type { PlanConfig } from "./planInput";
import { DEFAULT_THRESHOLDS } from "../rules/thresholds";
import { isoFromYmd } from "../time/isoDate";
import {
  defaultSchedulingConfig,
  resolveSchedulingConfig,
  type SchedulingConfigOverrides,
} from "../scheduling/schedulingConfig";

/** The default configuration for a plan year. */
export function defaultPlanConfig(planYear: number): PlanConfig {
  return {
    planYear,
    planStart: isoFromYmd(planYear, 1, 15),
    specialBodies: DEFAULT_SPECIAL_BODIES,
    mainCategories: DEFAULT_MAIN_CATEGORIES,
    thresholds: DEFAULT_THRESHOLDS,
    textLimits: { title: 255, text: 4000 },
    scheduling: defaultSchedulingConfig(),
  };
}

/** All units that may submit needs under this configuration. */
export function allUnits(config: Pick<PlanConfig, "specialBodies">): readonly Unit[] {
  return [...POLICE_DISTRICTS, ...config.specialBodies];
}

/** A configuration as a file may give it: the plan year, and any fields that override the defaults. */
export type PlanConfigOverrides = Partial<Omit<PlanConfig, "scheduling">> & {
  readonly planYear: number;
  /** Scheduler settings, merged field by field into the defaults. */
  readonly scheduling?: SchedulingConfigOverrides;
};

/** The full configuration: defaults for the plan year with the given overrides applied. */
export function resolvePlanConfig(overrides: PlanConfigOverrides): PlanConfig {
  return {
    ...defaultPlanConfig(overrides.planYear),
    ...overrides,
    scheduling: resolveSchedulingConfig(overrides.scheduling),
  };
}
