/**
 * The schedule as Project sees it: a task outline (project → main category → need → phases) with
 * stable UIDs, finish-to-start links, resources, assignments and the working calendar.
 * Built by buildProjectPlan; written as Project XML (MSPDI) by src/adapters/mspdi.
 */
import type { Need } from "../model/need";
import type { MainCategory } from "../model/organisation";
import type { Person, PersonRole } from "../model/people";
import type { RankedNeed } from "../prioritisation/prioritisationTypes";
import type { RedactionOptions } from "../rules/redaction";
import type { PhaseId, ScheduledNeed } from "../scheduling/scheduleTypes";
import type { IsoDate } from "../time/isoDate";
import type { Procedure } from "../rules/thresholds";
import type { HolidayRange } from "./projectCalendar";
import type { PreviousUids } from "./uidScheme";

/** Level of a task in the outline. */
export type PlanTaskKind = "project" | "category" | "need" | "phase";

/** A finish-to-start link from a predecessor, with its lag in working days (negative = overlap). */
export interface PlanLink {
  readonly predecessorUid: number;
  readonly lagDays: number;
}

/** One task of the plan, in outline order. */
export interface PlanTask {
  readonly uid: number;
  /** Row number in Project (1-based; the project summary task is 0). */
  readonly id: number;
  /** The plan key stored in Text30 (see taskKeys.ts). */
  readonly key: string;
  readonly kind: PlanTaskKind;
  readonly name: string;
  /** 0 for the project summary, 1 category, 2 need, 3 phase. */
  readonly outlineLevel: number;
  /** Dotted outline number, e.g. `2.14.3`; `0` for the project summary. */
  readonly outlineNumber: string;
  readonly summary: boolean;
  readonly start: IsoDate;
  readonly finish: IsoDate;
  /** Working days in [start, finish] under the plan's calendar. */
  readonly workingDays: number;
  /** Project priority 1–999 (1000 would exempt the task from levelling). */
  readonly priority: number;
  readonly deadline?: IsoDate;
  readonly notes: string;
  /** Start-no-earlier-than constraint that keeps the levelled start (first phase of a need). */
  readonly startNoEarlierThan?: IsoDate;
  readonly predecessors: readonly PlanLink[];
  readonly needId?: string;
  readonly phase?: PhaseId;
  readonly categoryId?: string;
  readonly unit?: string;
  readonly score?: number;
  readonly rank?: number;
  readonly securityGraded?: boolean;
}

/** A person as a Project work resource. */
export interface PlanResource {
  readonly uid: number;
  readonly id: number;
  readonly personId: string;
  readonly name: string;
  readonly role: PersonRole;
  /** Resource group shown in Project: the role's name. */
  readonly group: string;
  /** Availability as a share of full time (Project's Max. Units, 1 = 100 %). */
  readonly maxUnits: number;
  /** The person's absences (inclusive ranges), written as exceptions of the resource's calendar. */
  readonly absences: readonly HolidayRange[];
}

/** A person's work on a phase task. */
export interface PlanAssignment {
  readonly uid: number;
  readonly taskUid: number;
  readonly resourceUid: number;
  readonly role: PersonRole;
  /** Share of full time (1 = 100 %). */
  readonly units: number;
  readonly start: IsoDate;
  readonly finish: IsoDate;
  /** Work in minutes = working days × 450 × units, rounded. */
  readonly workMinutes: number;
}

/** The project's working calendar. */
export interface PlanCalendar {
  readonly name: string;
  readonly holidays: readonly HolidayRange[];
}

/** The whole plan as Project tasks. */
export interface ProjectPlan {
  readonly planYear: number;
  readonly name: string;
  readonly title: string;
  readonly startDate: IsoDate;
  readonly finishDate: IsoDate;
  readonly calendar: PlanCalendar;
  /** In outline order, the project summary (UID 0) first. */
  readonly tasks: readonly PlanTask[];
  readonly resources: readonly PlanResource[];
  readonly assignments: readonly PlanAssignment[];
}

/** Texts the builder writes into the plan (from src/i18n/projectMessages.ts). */
export interface ProjectPlanLabels {
  /** Project name and title, e.g. `Anskaffelsesplan 2027`. */
  readonly projectName: string;
  readonly calendarName: string;
  readonly phases: Readonly<Record<PhaseId, string>>;
  readonly procedures: Readonly<Record<Procedure, string>>;
  /** Resource group per role, e.g. `Anskaffelsesleder`, `Jurist`. */
  readonly roles: Readonly<Record<PersonRole, string>>;
  /** Note line templates with `{value}`: unit, procedure, lead, lawyer, deadline, late, dependsOn, dependsOnMissing. */
  readonly notes: Readonly<
    Record<
      "unit" | "procedure" | "lead" | "lawyer" | "deadline" | "late" | "dependsOn" | "dependsOnMissing",
      string
    >
  >;
}

/** Everything the builder needs from a plan run. */
export interface ProjectPlanInput {
  readonly planYear: number;
  readonly needs: readonly Need[];
  readonly schedule: readonly ScheduledNeed[];
  readonly ranking: readonly RankedNeed[];
  readonly people: readonly Person[];
  readonly categories: readonly MainCategory[];
  /** Non-working days besides weekends (public holidays, July weeks). */
  readonly holidays: readonly IsoDate[];
  /** Optional names of the holidays (date → name), shown on the calendar exceptions. */
  readonly holidayNames?: Readonly<Record<IsoDate, string>>;
}

/** Options of one export. */
export interface ProjectPlanOptions {
  readonly redaction: RedactionOptions;
  readonly labels: ProjectPlanLabels;
  /** UIDs of the previous plan version (e.g. read from its plan.xml), kept where possible. */
  readonly previousUids?: PreviousUids;
}
