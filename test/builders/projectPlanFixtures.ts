// Builders and a fixture plan for the MS Project export: needs, people, ranked and scheduled needs
// (phases laid out on the working calendar), and a plan with every kind of need.
import type { Need } from "../../src/domain/model/need";
import type { Person } from "../../src/domain/model/people";
import { DEFAULT_MAIN_CATEGORIES } from "../../src/domain/model/organisation";
import type { RankedNeed } from "../../src/domain/prioritisation/prioritisationTypes";
import type { PhaseId, ScheduledNeed, ScheduledPhase } from "../../src/domain/scheduling/scheduleTypes";
import type { Procedure } from "../../src/domain/rules/thresholds";
import type { ProjectPlanInput } from "../../src/domain/projectPlan/projectPlanTypes";
import {
  isWorkingDay,
  makeProjectCalendar,
  startAfterLag,
  workingDaysInRange,
  type ProjectCalendar,
} from "../../src/domain/projectPlan/projectCalendar";
import { addDays, type IsoDate } from "../../src/domain/time/isoDate";

/** Norwegian public holidays 2027 (Easter 28 March) and the July holiday weeks 28–30. */
export const HOLIDAYS_2027: readonly IsoDate[] = [
  "2027-01-01",
  "2027-03-25",
  "2027-03-26",
  "2027-03-28",
  "2027-03-29",
  "2027-05-01",
  "2027-05-06",
  "2027-05-16",
  "2027-05-17",
  "2027-12-25",
  "2027-12-26",
  ...Array.from({ length: 19 }, (_, i) => addDays("2027-07-12", i)),
];

/** A need with sensible defaults. */
export function aNeed(overrides: Partial<Need> & { id: string }): Need {
  return {
    title: `Behov ${overrides.id}`,
    description: `Beskrivelse av ${overrides.id}`,
    rationale: "Begrunnelse",
    unit: "oslo",
    contact: "kontakt@politiet.no",
    area: "Materiell",
    category: "materiell",
    insightSource: "submission",
    deliveryTrack: "basis",
    contractType: "goods",
    estimatedValue: 2_000_000,
    securityGraded: false,
    fundingStatus: "funded",
    dependsOn: [],
    joint: { nordic: false, armedForces: false, sharedWithUnits: [] },
    complexity: "medium",
    scores: {},
    status: "planned",
    ...overrides,
  };
}

/** A person with full availability. */
export function aPerson(overrides: Partial<Person> & { id: string }): Person {
  return { name: `Person ${overrides.id}`, role: "lead", availability: 1, absences: [], ...overrides };
}

/** A ranked, selected need. */
export function aRankedNeed(needId: string, rank: number, score: number): RankedNeed {
  return { needId, rank, score, breakdown: [], selected: true, reason: "selected" };
}

/** One phase to lay out: its working days and the working days of idle gap before it. */
export interface PhaseSpec {
  readonly phase: PhaseId;
  readonly days: number;
  readonly gapBefore?: number;
  readonly leadLoad?: number;
  readonly lawyerLoad?: number;
}

/** The first working day on or after `date`. */
export function nextWorkingDay(calendar: ProjectCalendar, date: IsoDate): IsoDate {
  let day = date;
  while (!isWorkingDay(calendar, day)) day = addDays(day, 1);
  return day;
}

/** The day on which a run of `days` working days starting on `start` (a working day) ends. */
export function finishAfter(calendar: ProjectCalendar, start: IsoDate, days: number): IsoDate {
  return days <= 1 ? start : startAfterLag(calendar, start, days - 2);
}

/** A scheduled need whose phases follow each other on the calendar from `start`. */
export function aScheduledNeed(
  calendar: ProjectCalendar,
  spec: {
    needId: string;
    start: IsoDate;
    phases: readonly PhaseSpec[];
    leadId?: string;
    lawyerId?: string;
    procedure?: Procedure;
    deadline?: IsoDate;
  },
): ScheduledNeed {
  const phases: ScheduledPhase[] = [];
  let cursor = nextWorkingDay(calendar, spec.start);
  for (const [i, p] of spec.phases.entries()) {
    const prev = phases[phases.length - 1];
    const start = prev ? startAfterLag(calendar, prev.finish, p.gapBefore ?? 0) : cursor;
    const finish = finishAfter(calendar, start, p.days);
    phases.push({
      phase: p.phase,
      start,
      finish,
      workingDays: workingDaysInRange(calendar, start, finish),
      leadLoad: p.leadLoad ?? 0.2,
      lawyerLoad: spec.lawyerId === undefined ? 0 : (p.lawyerLoad ?? (i === 2 ? 0.3 : 0)),
    });
    cursor = finish;
  }
  const first = phases[0] as ScheduledPhase;
  const last = phases[phases.length - 1] as ScheduledPhase;
  const signed = phases.find((p) => p.phase === "signature")?.finish ?? last.finish;
  const daysLate =
    spec.deadline !== undefined && signed > spec.deadline ? daysBetweenDates(spec.deadline, signed) : 0;
  return {
    needId: spec.needId,
    procedure: spec.procedure ?? "open",
    leadId: spec.leadId ?? "lead-1",
    ...(spec.lawyerId !== undefined ? { lawyerId: spec.lawyerId } : {}),
    phases,
    start: first.start,
    contractSigned: signed,
    finish: last.finish,
    ...(spec.deadline !== undefined ? { deadline: spec.deadline } : {}),
    daysLate,
    ...(daysLate > 0 ? { delayedBy: "lead-capacity" } : {}),
  };
}

function daysBetweenDates(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** The standard phases of an open procedure, in working days. */
export const OPEN_PHASES: readonly PhaseSpec[] = [
  { phase: "preparation", days: 30 },
  { phase: "market-dialogue", days: 20, gapBefore: 3 },
  { phase: "tender-documents", days: 30 },
  { phase: "tender-period", days: 30 },
  { phase: "evaluation", days: 20, gapBefore: 5 },
  { phase: "award-standstill", days: 10 },
  { phase: "signature", days: 10 },
  { phase: "implementation", days: 40 },
];

/** A plan input with every kind of need: graded, fast-track, joint, renewal, dependent and late. */
export function everyKindOfNeedPlan(): ProjectPlanInput {
  const calendar = makeProjectCalendar(HOLIDAYS_2027);
  const needs: Need[] = [
    aNeed({ id: "N-001", title: "Patruljebiler & <båter>", description: "Nye biler\u0007 til UP" }),
    aNeed({
      id: "N-002",
      title: "Hemmelig sambandsutstyr",
      securityGraded: true,
      category: "ikt",
      area: "IKT",
    }),
    aNeed({ id: "N-003", title: "Hurtigkjøp av verneutstyr", deliveryTrack: "hurtig" }),
    aNeed({
      id: "N-004",
      title: "Felles nordisk uniformsavtale",
      joint: { nordic: true, armedForces: true, sharedWithUnits: ["vest", "kripos"] },
    }),
    aNeed({
      id: "N-005",
      title: "Fornyelse av renholdsavtale",
      category: "tjenester-eiendom",
      area: "Eiendom",
      contractType: "services",
      insightSource: "kav-expiry",
      existingContractId: "KAV-0042",
      dependsOn: ["N-001", "N-999"],
    }),
  ];
  const people: Person[] = [
    aPerson({
      id: "lead-1",
      name: "Kari Nordmann",
      category: "materiell",
      absences: [{ from: "2027-02-15", to: "2027-02-19" }],
    }),
    aPerson({ id: "lead-2", name: "Ola Hansen", category: "ikt", availability: 0.8 }),
    aPerson({ id: "lead-3", name: "Ingrid Berg", category: "tjenester-eiendom" }),
    aPerson({ id: "law-1", name: "Jon Jurist", role: "lawyer", availability: 0.5 }),
  ];
  const schedule: ScheduledNeed[] = [
    aScheduledNeed(calendar, {
      needId: "N-001",
      start: "2027-01-18",
      phases: OPEN_PHASES,
      lawyerId: "law-1",
    }),
    aScheduledNeed(calendar, {
      needId: "N-002",
      start: "2027-02-01",
      phases: OPEN_PHASES,
      leadId: "lead-2",
      lawyerId: "law-1",
      procedure: "security-graded",
      deadline: "2027-06-30",
    }),
    aScheduledNeed(calendar, {
      needId: "N-003",
      start: "2027-03-22",
      leadId: "lead-1",
      procedure: "direct",
      phases: [
        { phase: "preparation", days: 10 },
        { phase: "tender-documents", days: 5 },
        { phase: "tender-period", days: 10 },
        { phase: "evaluation", days: 5 },
        { phase: "signature", days: 3 },
      ],
    }),
    aScheduledNeed(calendar, {
      needId: "N-004",
      start: "2027-04-05",
      phases: OPEN_PHASES,
      procedure: "negotiated",
      lawyerId: "law-1",
    }),
    aScheduledNeed(calendar, {
      needId: "N-005",
      start: "2027-12-01",
      phases: OPEN_PHASES.slice(0, 7),
      leadId: "lead-3",
      procedure: "part-II",
      deadline: "2028-03-31",
    }),
  ];
  return {
    planYear: 2027,
    needs,
    schedule,
    ranking: [
      aRankedNeed("N-001", 1, 4.6),
      aRankedNeed("N-002", 2, 4.1),
      aRankedNeed("N-004", 3, 3.75),
      aRankedNeed("N-005", 4, 3.2),
      aRankedNeed("N-003", 5, 2.9),
    ],
    people,
    categories: DEFAULT_MAIN_CATEGORIES,
    holidays: HOLIDAYS_2027,
    holidayNames: { "2027-05-17": "Grunnlovsdag", "2027-07-12": "Fellesferie" },
  };
}
