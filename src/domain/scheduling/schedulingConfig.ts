/**
 * Scheduling configuration and its defaults: phase templates per procedure (durations in weeks and
 * the load of the lead and the lawyer), legal minimum periods, the renewal buffer, the fast-track
 * SLA, the working calendar, the plan horizon and per-need overrides (procedure, phase durations).
 */
import { PROCEDURES, type Procedure } from "../rules/thresholds";
import { DEFAULT_CALENDAR_CONFIG, type CalendarConfig } from "../calendar/workCalendar";
import { PHASES, type PhaseId } from "./scheduleTypes";

/** How a phase's duration is counted: effort in working days, legal periods in calendar days. */
export type DurationKind = "working-days" | "calendar-days";

/** Legal periods (tender period, award + standstill) count calendar days; every other phase working days. */
export const PHASE_DURATION_KIND: Readonly<Record<PhaseId, DurationKind>> = {
  preparation: "working-days",
  "market-dialogue": "working-days",
  "tender-documents": "working-days",
  "tender-period": "calendar-days",
  evaluation: "working-days",
  "award-standstill": "calendar-days",
  signature: "working-days",
  implementation: "working-days",
};

/** One phase of a procedure's template. */
export interface PhaseTemplate {
  readonly phase: PhaseId;
  /** Duration in weeks (0 leaves the phase out). */
  readonly weeks: number;
  /** Share of a full-time week the lead spends on the need during the phase (0–1). */
  readonly leadLoad: number;
  /** Share of a full-time week a lawyer spends on it (0 = no lawyer in this phase). */
  readonly lawyerLoad: number;
}

/** Phase templates keyed by procedure; each lists the phases in PHASES order. */
export type PhaseTemplates = Readonly<Record<Procedure, readonly PhaseTemplate[]>>;

/** Minimum time limits in calendar days (above the EEA threshold; standstill wherever it applies). */
export interface LegalMinimums {
  /** Open procedure: tender period. */
  readonly openTenderDays: number;
  /** Restricted/negotiated procedures: period for requests to participate. */
  readonly requestDays: number;
  /** Restricted/negotiated procedures: tender period after the requests. */
  readonly restrictedTenderDays: number;
  /** Standstill (karensperiode) after the award notice. */
  readonly standstillDays: number;
}

/** A planner's per-need choices. */
export interface NeedScheduleOverride {
  /** Procedure instead of the one the thresholds give. */
  readonly procedure?: Procedure;
  /** Phase durations in weeks instead of the template's; legal minimums still apply. */
  readonly phaseWeeks?: Readonly<Partial<Record<PhaseId, number>>>;
}

/**
 * What the ordering favours. `lateness-first` (default): the least priority-weighted tardiness
 * found by a few dispatch rules and a local search on the order (dispatchSearch.ts); a need is
 * never put back because it is late. `late-count`: needs that cannot meet their deadline even
 * without waiting (negative slack) go after those that still can — fewer late needs, many more
 * days late. `tardiness`: strictly by slack, one dispatch.
 */
export type OrderingPolicy = "lateness-first" | "late-count" | "tardiness";

/** The ordering policies. */
export const ORDERING_POLICIES: readonly OrderingPolicy[] = ["lateness-first", "late-count", "tardiness"];

/** Configuration of the scheduler. */
export interface SchedulingConfig {
  readonly ordering: OrderingPolicy;
  /**
   * Most work the lateness-first search may do, in need placements (a full dispatch places every
   * need once; a local-search move re-places the needs after the first one it moves): needs³ ÷ 3 000
   * (at least 700) up to this at 300 needs, then falling as this × 300 ÷ needs, at least one dispatch
   * (searchBudget). A count, never a time, so results do not depend on the machine's load.
   */
  readonly searchPlacements: number;
  /**
   * What a late need costs the lateness-first search beyond its days late, in days (× its
   * priority, like each day late): weighted tardiness plus a fixed cost per late need.
   */
  readonly lateNeedDays: number;
  readonly phaseTemplates: PhaseTemplates;
  readonly legalMinimums: LegalMinimums;
  /** A renewal must be signed this many calendar days before the old contract's final expiry. */
  readonly renewalBufferDays: number;
  /** Fast-track (hurtigleveranse) needs must be signed this many calendar days after the plan start. */
  readonly fastTrackSlaDays: number;
  readonly calendar: CalendarConfig;
  /** Work is placed no later than this many years after the plan start; later work is reported unscheduled. */
  readonly horizonYears: number;
  /** Need id → the planner's overrides. */
  readonly overrides: Readonly<Record<string, NeedScheduleOverride>>;
}

/** Default phase durations in weeks (docs/domain: direct, mini-competition, part II, open, negotiated, security graded). */
const DEFAULT_WEEKS: Readonly<Record<PhaseId, readonly [number, number, number, number, number, number]>> = {
  preparation: [2, 2, 4, 6, 8, 16],
  "market-dialogue": [0, 0, 2, 4, 6, 6],
  "tender-documents": [1, 1, 3, 6, 8, 8],
  "tender-period": [2, 2, 4, 6, 9, 9],
  evaluation: [1, 1, 3, 4, 10, 10],
  "award-standstill": [0.5, 1.5, 2, 2, 2, 2],
  signature: [0.5, 0.5, 1, 2, 2, 4],
  implementation: [2, 2, 4, 8, 12, 12],
};

/** Default loads [lead, lawyer] per phase: leads throughout, lawyers in tender documents and award. */
const DEFAULT_LOADS: Readonly<Record<PhaseId, readonly [number, number]>> = {
  preparation: [0.4, 0],
  "market-dialogue": [0.3, 0],
  "tender-documents": [0.4, 0.2],
  "tender-period": [0.2, 0],
  evaluation: [0.4, 0],
  "award-standstill": [0.3, 0.2],
  signature: [0.3, 0],
  implementation: [0.2, 0],
};

function defaultTemplates(): PhaseTemplates {
  const entries = PROCEDURES.map((procedure, column) => {
    const phases = PHASES.map((phase): PhaseTemplate => {
      const [leadLoad, lawyerLoad] = DEFAULT_LOADS[phase];
      return { phase, weeks: DEFAULT_WEEKS[phase][column] as number, leadLoad, lawyerLoad };
    });
    return [procedure, phases] as const;
  });
  return Object.fromEntries(entries) as unknown as PhaseTemplates;
}

/** The default scheduling configuration. */
export function defaultSchedulingConfig(): SchedulingConfig {
  return {
    ordering: "lateness-first",
    searchPlacements: 9_000,
    lateNeedDays: 30,
    phaseTemplates: defaultTemplates(),
    legalMinimums: { openTenderDays: 30, requestDays: 30, restrictedTenderDays: 25, standstillDays: 10 },
    renewalBufferDays: 30,
    fastTrackSlaDays: 60,
    calendar: DEFAULT_CALENDAR_CONFIG,
    horizonYears: 10,
    overrides: {},
  };
}

/** Scheduler settings as an input file may give them: any field, the rest from the defaults. */
export interface SchedulingConfigOverrides {
  readonly ordering?: OrderingPolicy;
  readonly searchPlacements?: number;
  readonly lateNeedDays?: number;
  readonly phaseTemplates?: Partial<PhaseTemplates>;
  readonly legalMinimums?: Partial<LegalMinimums>;
  readonly renewalBufferDays?: number;
  readonly fastTrackSlaDays?: number;
  readonly calendar?: Partial<CalendarConfig>;
  readonly horizonYears?: number;
  readonly overrides?: Readonly<Record<string, NeedScheduleOverride>>;
}

/** The defaults with `overrides` applied field by field (templates per procedure). */
export function resolveSchedulingConfig(overrides: SchedulingConfigOverrides = {}): SchedulingConfig {
  const base = defaultSchedulingConfig();
  return {
    ...base,
    ...overrides,
    phaseTemplates: { ...base.phaseTemplates, ...overrides.phaseTemplates },
    legalMinimums: { ...base.legalMinimums, ...overrides.legalMinimums },
    calendar: { ...base.calendar, ...overrides.calendar },
    overrides: overrides.overrides ?? base.overrides,
  };
}

/** Checks a configuration and throws a RangeError naming the offending item and field. */
export function validateSchedulingConfig(config: SchedulingConfig): void {
  for (const procedure of PROCEDURES) {
    const template = config.phaseTemplates[procedure];
    if (!template) throw new RangeError(`phaseTemplates.${procedure}: missing template`);
    template.forEach((t, i) => {
      const where = `phaseTemplates.${procedure}[${i}]`;
      if (t.phase !== PHASES[i])
        throw new RangeError(`${where}.phase: expected ${PHASES[i]}, got ${t.phase}`);
      checkWeeks(t.weeks, `${where}.weeks`);
      checkLoad(t.leadLoad, `${where}.leadLoad`);
      checkLoad(t.lawyerLoad, `${where}.lawyerLoad`);
    });
    if (template.length !== PHASES.length)
      throw new RangeError(`phaseTemplates.${procedure}: needs ${PHASES.length} phases`);
  }
  if (!ORDERING_POLICIES.includes(config.ordering)) {
    throw new RangeError(`ordering: must be ${ORDERING_POLICIES.join(", ")}, got ${String(config.ordering)}`);
  }
  for (const [key, value] of Object.entries(config.legalMinimums)) {
    if (!Number.isInteger(value) || value < 0)
      throw new RangeError(`legalMinimums.${key}: must be a whole number ≥ 0`);
  }
  const counts = [
    "renewalBufferDays",
    "fastTrackSlaDays",
    "horizonYears",
    "searchPlacements",
    "lateNeedDays",
  ] as const;
  for (const key of counts) {
    if (!Number.isInteger(config[key]) || config[key] < 0)
      throw new RangeError(`${key}: must be a whole number ≥ 0`);
  }
  for (const [needId, override] of Object.entries(config.overrides)) {
    if (override.procedure !== undefined && !PROCEDURES.includes(override.procedure)) {
      throw new RangeError(`overrides.${needId}.procedure: unknown procedure ${String(override.procedure)}`);
    }
    for (const [phase, weeks] of Object.entries(override.phaseWeeks ?? {})) {
      if (!(PHASES as readonly string[]).includes(phase))
        throw new RangeError(`overrides.${needId}.phaseWeeks: unknown phase ${phase}`);
      checkWeeks(weeks as number, `overrides.${needId}.phaseWeeks.${phase}`);
    }
  }
}

function checkWeeks(weeks: number, where: string): void {
  if (typeof weeks !== "number" || !Number.isFinite(weeks) || weeks < 0)
    throw new RangeError(`${where}: must be a number of weeks ≥ 0`);
}

function checkLoad(load: number, where: string): void {
  if (typeof load !== "number" || !(load >= 0 && load <= 1))
    throw new RangeError(`${where}: must be a share between 0 and 1`);
}
