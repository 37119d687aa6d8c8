/**
 * Test builder: a small, hand-made PlanResult — only the sections the version use cases and the
 * diff read (needs, decisions, ranking reasons, scheduled dates) — so tests state exactly what
 * differs between two versions.
 */
import type { PlanResult } from "../../src/application/planResult";
import type { Need } from "../../src/domain/model/need";
import type { Area } from "../../src/domain/model/organisation";
import type { SelectionReason } from "../../src/domain/prioritisation/prioritisationTypes";

/** One need of a hand-made plan. */
export interface HandNeed {
  readonly id: string;
  readonly area?: Area;
  /** Rejected at intake (no need, no decision fields). */
  readonly rejected?: boolean;
  readonly graded?: boolean;
  readonly rank?: number;
  readonly include?: boolean;
  readonly reason?: SelectionReason;
  readonly start?: string;
  readonly finish?: string;
  readonly daysLate?: number;
  readonly deadline?: string;
}

function needOf(h: HandNeed): Need {
  return {
    id: h.id,
    title: `Behov ${h.id}`,
    description: "Beskrivelse",
    rationale: "Begrunnelse",
    unit: "oslo",
    contact: "kontakt@politiet.no",
    area: h.area ?? "IKT",
    category: "ikt",
    insightSource: "submission",
    deliveryTrack: "basis",
    contractType: "goods",
    estimatedValue: 1_000_000,
    securityGraded: h.graded === true,
    fundingStatus: "funded",
    dependsOn: [],
    joint: { nordic: false, armedForces: false, sharedWithUnits: [] },
    complexity: "low",
    scores: {},
    status: "submitted",
  };
}

/** A PlanResult of the given needs (schedule and ranking only for needs that have them). */
export function handPlan(year: number, needs: readonly HandNeed[]): PlanResult {
  const entries = needs.map((h, i) => ({
    id: h.id,
    row: i + 1,
    status: h.rejected ? ("rejected" as const) : ("accepted" as const),
    ...(h.rejected ? {} : { need: needOf(h) }),
    redacted: false,
    errors: [],
  }));
  const scheduled = needs
    .filter((h) => h.start !== undefined && h.finish !== undefined)
    .map((h) => ({
      needId: h.id,
      procedure: "open",
      leadId: "lead-1",
      phases: [],
      start: h.start as string,
      contractSigned: h.finish as string,
      finish: h.finish as string,
      daysLate: h.daysLate ?? 0,
      ...(h.deadline ? { deadline: h.deadline } : {}),
    }));
  const ranking = needs
    .filter((h) => h.rank !== undefined)
    .map((h) => ({
      needId: h.id,
      rank: h.rank,
      selected: h.include === true,
      reason: h.reason ?? "selected",
    }));
  const decisions = needs.map((h) => ({
    needId: h.id,
    status: h.rejected ? null : h.include ? "planned" : "deferred",
    rank: h.rank ?? null,
    decision: h.rejected ? null : h.include ? "include" : "defer",
    plannedStart: h.start ?? null,
    plannedFinish: h.finish ?? null,
    feedback: h.include ? `Med i planen ${year}.` : `Ikke med i planen ${year}.`,
  }));
  const accepted = entries.filter((e) => e.status === "accepted").length;
  return {
    schemaVersion: 1,
    planYear: year,
    counts: { received: entries.length, accepted, rejected: entries.length - accepted },
    needs: entries,
    redaction: { includeSecurityGraded: false, redactedCount: 0 },
    schedule: { planStart: `${year}-01-15`, scheduled, unscheduled: [], warnings: [], excluded: [] },
    prioritisation: { configErrors: [], notConsidered: [], result: { ranking } },
    decisions,
  } as unknown as PlanResult;
}
