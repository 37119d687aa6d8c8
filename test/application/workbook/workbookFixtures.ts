// Builders for workbook tests: needs, a plan result, a reference ranking (Σ w·s/100, score desc,
// id asc — the documented rule, used until the prioritisation engine is wired), schedule and people.
import type { Need } from "../../../src/domain/model/need";
import type { PlanResult, PlanNeedEntry } from "../../../src/application/planResult";
import type { PlanSchedule } from "../../../src/application/scheduleStage";
import type { Criterion } from "../../../src/domain/prioritisation/prioritisationTypes";
import type { ScheduledNeed } from "../../../src/domain/scheduling/scheduleTypes";
import type { Person } from "../../../src/domain/model/people";
import { DEFAULT_CRITERIA } from "../../../src/domain/prioritisation/defaultCriteria";
import { DEFAULT_MAIN_CATEGORIES, POLICE_DISTRICTS } from "../../../src/domain/model/organisation";
import type { WorkbookInput, WorkbookRankedNeed } from "../../../src/application/workbook/workbookInput";
import type { RankingMode } from "../../../src/application/workbook/matrixFormulas";
import { addDays } from "../../../src/domain/time/isoDate";

/** A valid need; override any field. */
export function aNeed(overrides: Partial<Need> & { id: string }): Need {
  return {
    title: `Behov ${overrides.id}`,
    description: "Beskrivelse",
    rationale: "Begrunnelse",
    unit: "oslo",
    contact: "kari@politiet.no",
    area: "Materiell",
    category: "materiell",
    subcategory: "kjoretoy",
    insightSource: "submission",
    deliveryTrack: "basis",
    contractType: "goods",
    estimatedValue: 2_000_000,
    neededBy: "2027-09-01",
    securityGraded: false,
    fundingStatus: "funded",
    dependsOn: [],
    joint: { nordic: false, armedForces: false, sharedWithUnits: [] },
    complexity: "medium",
    scores: {},
    status: "submitted",
    ...overrides,
  };
}

/** Deterministic pseudo-random scores 1–5 per criterion from a seed. */
export function scoresFor(
  seed: number,
  criteria: readonly Criterion[] = DEFAULT_CRITERIA,
): Record<string, number> {
  let x = seed * 2654435761;
  return Object.fromEntries(
    criteria.map((c) => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return [c.id, 1 + (x % 5)];
    }),
  );
}

/** `count` needs spread over categories and subcategories, with seeded scores. */
export function someNeeds(count: number): Need[] {
  return Array.from({ length: count }, (_, i) => {
    const cat = DEFAULT_MAIN_CATEGORIES[i % DEFAULT_MAIN_CATEGORIES.length] ?? DEFAULT_MAIN_CATEGORIES[0]!;
    const sub = cat.subcategories[i % cat.subcategories.length];
    return aNeed({
      id: `B-${String(i + 1).padStart(4, "0")}`,
      category: cat.id,
      subcategory: sub?.id,
      unit: POLICE_DISTRICTS[i % POLICE_DISTRICTS.length]?.id ?? "oslo",
      estimatedValue: 150_000 + ((i * 7919) % 40) * 250_000,
      scores: scoresFor(i + 1),
    });
  });
}

/** A schedule section with nothing scheduled (the workbook input carries its own schedule). */
export function emptySchedule(): PlanSchedule {
  return {
    planStart: "2027-01-15",
    scheduled: [],
    unscheduled: [],
    warnings: [],
    excluded: [],
    prioritySource: "default-score",
    holidays: [],
    metrics: {
      scheduledCount: 0,
      unscheduledCount: 0,
      lateCount: 0,
      totalDaysLate: 0,
      maxDaysLate: 0,
      weightedTardiness: 0,
      makespanDays: 0,
      makespanEnd: "2027-01-15",
      lateByReason: {},
      utilisation: { weekStarts: [], weekLabels: [], people: [], roles: [], peakUtilisation: 0 },
    },
  };
}

/** A plan result holding the accepted needs and optional rejected entries. */
export function planOf(needs: readonly Need[], rejected: readonly PlanNeedEntry[] = []): PlanResult {
  const accepted: PlanNeedEntry[] = needs.map((need, i) => ({
    id: need.id,
    row: i + 1,
    status: "accepted",
    need,
    redacted: false,
    errors: [],
  }));
  return {
    schemaVersion: 1,
    planYear: 2027,
    counts: {
      received: accepted.length + rejected.length,
      accepted: accepted.length,
      rejected: rejected.length,
    },
    needs: [...accepted, ...rejected],
    decisions: [],
    redaction: { includeSecurityGraded: true, redactedCount: 0 },
    schedule: emptySchedule(),
  };
}

/** Lead person-weeks of a need for the fixtures: 1–5 weeks in half steps, from the id. */
export function leadWeeksOf(id: string): number {
  const h = [...id].reduce((a, ch) => (a * 31 + ch.charCodeAt(0)) % 997, 7);
  return 1 + (h % 9) * 0.5;
}

function medianOf(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? 0 : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Reference ranking — the engine's documented rule (docs/prioritisation.md on branch prio), used as
 * the oracle until the engine is on main: score = Σ w·s / 100; rank value by mode (weighted: score;
 * wsjf: score / max(lead weeks, 0.01); value-effort: quadrant band × 10 + score); order by rank
 * value desc, score desc (1e-9 tolerance), deadline asc (none last), id; top `selectCount` selected.
 */
export function referenceRanking(
  needs: readonly Need[],
  criteria: readonly Criterion[] = DEFAULT_CRITERIA,
  mode: RankingMode = "weighted",
  selectCount = Math.ceil(needs.length / 2),
): WorkbookRankedNeed[] {
  const scored = needs.map((n) => {
    const breakdown = criteria.map((c) => {
      const score = n.scores[c.id] ?? 1;
      return {
        criterionId: c.id,
        score,
        weight: c.weight,
        contribution: (c.weight * score) / 100,
        derived: false,
      };
    });
    // Σ w·s / 100 computed exactly (integer sum, one division), as SUMPRODUCT(...)/100 does.
    const total = breakdown.reduce((s, b) => s + b.weight * b.score, 0) / 100;
    return { n, breakdown, total, leadWeeks: leadWeeksOf(n.id) };
  });
  const med = medianOf(scored.map((s) => s.leadWeeks));
  const band = (score: number, weeks: number) => (score >= 3 ? (weeks > med ? 3 : 4) : weeks > med ? 1 : 2);
  const valued = scored.map((s) => ({
    ...s,
    rankValue:
      mode === "wsjf"
        ? s.total / Math.max(s.leadWeeks, 0.01)
        : mode === "value-effort"
          ? band(s.total, s.leadWeeks) * 10 + s.total
          : s.total,
  }));
  valued.sort((a, b) => {
    if (Math.abs(a.rankValue - b.rankValue) > 1e-9) return b.rankValue - a.rankValue;
    if (Math.abs(a.total - b.total) > 1e-9) return b.total - a.total;
    const da = a.n.neededBy;
    const db = b.n.neededBy;
    if (da !== db) {
      if (da === undefined) return 1;
      if (db === undefined) return -1;
      return da < db ? -1 : 1;
    }
    return a.n.id < b.n.id ? -1 : a.n.id > b.n.id ? 1 : 0;
  });
  return valued.map((s, i) => ({
    needId: s.n.id,
    rank: i + 1,
    score: s.total,
    rankValue: s.rankValue,
    breakdown: s.breakdown,
    selected: i < selectCount,
    reason: i < selectCount ? "selected" : "budget",
    leadWeeks: s.leadWeeks,
    ...(s.n.neededBy !== undefined ? { deadline: s.n.neededBy } : {}),
  }));
}

/** Two leads and a lawyer. */
export const PEOPLE: readonly Person[] = [
  { id: "L1", name: "Kari Nordmann", role: "lead", category: "materiell", availability: 1, absences: [] },
  { id: "L2", name: "Ola Hansen", role: "lead", category: "ikt", availability: 0.8, absences: [] },
  { id: "J1", name: "Jon Jurist", role: "lawyer", availability: 1, absences: [] },
];

/** A schedule for the given needs: staggered starts, three phases each. */
export function scheduleFor(needIds: readonly string[]): ScheduledNeed[] {
  return needIds.map((needId, i) => {
    const start = addDays("2027-01-18", (i % 20) * 7);
    const tender = addDays(start, 14);
    const signed = addDays(start, 41);
    const finish = addDays(start, 69);
    return {
      needId,
      procedure: "open",
      leadId: i % 2 === 0 ? "L1" : "L2",
      lawyerId: "J1",
      phases: [
        {
          phase: "preparation",
          start,
          finish: addDays(start, 11),
          workingDays: 10,
          leadLoad: 0.4,
          lawyerLoad: 0,
        },
        {
          phase: "tender-documents",
          start: tender,
          finish: addDays(tender, 25),
          workingDays: 20,
          leadLoad: 0.3,
          lawyerLoad: 0.2,
        },
        {
          phase: "implementation",
          start: addDays(signed, 1),
          finish,
          workingDays: 20,
          leadLoad: 0.1,
          lawyerLoad: 0,
        },
      ],
      start,
      contractSigned: signed,
      finish,
      deadline: "2027-06-01",
      daysLate: signed > "2027-06-01" ? 10 : 0,
    } as ScheduledNeed;
  });
}

/** A complete workbook input over `needs`, ranked by the reference rule. */
export function workbookInputFor(
  needs: readonly Need[],
  overrides: Partial<WorkbookInput> = {},
): WorkbookInput {
  return {
    plan: planOf(needs),
    criteria: DEFAULT_CRITERIA,
    ranking: referenceRanking(needs),
    forced: [],
    schedule: scheduleFor(needs.map((n) => n.id)),
    people: PEOPLE,
    units: POLICE_DISTRICTS,
    mainCategories: DEFAULT_MAIN_CATEGORIES,
    budget: 50_000_000,
    capacityWeeks: 400,
    notes: {},
    feedback: {},
    ...overrides,
  };
}
