// Builders for prioritisation tests: needs, people, and random selection instances.
import type { Need } from "../../../src/domain/model/need";
import type { Person } from "../../../src/domain/model/people";
import { defaultPlanConfig } from "../../../src/domain/model/defaults";
import type { SelectionCandidate } from "../../../src/domain/prioritisation/selection";

/** Scores 3 on every default criterion. */
export const MID_SCORES = {
  operationalCriticality: 3,
  timeCriticality: 3,
  strategicAlignment: 3,
  economicBenefit: 3,
  supplyRisk: 3,
  reach: 3,
  maturity: 3,
};

/** A valid need with defaults; override what the test is about. */
export function aNeed(overrides: Partial<Need> & { id: string }): Need {
  return {
    title: `Need ${overrides.id}`,
    description: "d",
    rationale: "r",
    unit: "oslo",
    contact: "a@b.no",
    area: "IKT",
    category: "ikt",
    insightSource: "submission",
    deliveryTrack: "basis",
    contractType: "goods",
    estimatedValue: 500_000,
    securityGraded: false,
    fundingStatus: "funded",
    dependsOn: [],
    joint: { nordic: false, armedForces: false, sharedWithUnits: [] },
    complexity: "medium",
    scores: MID_SCORES,
    status: "submitted",
    ...overrides,
  };
}

/** A full-time lead in `category` without absences. */
export function aLead(id: string, category: string, availability = 1): Person {
  return { id, name: id, role: "lead", category, availability, absences: [] };
}

/** A full-time lawyer without absences. */
export function aLawyer(id: string, availability = 1): Person {
  return { id, name: id, role: "lawyer", availability, absences: [] };
}

/** The default plan config for 2027. */
export const PLAN_2027 = defaultPlanConfig(2027);

/** Sum of a field over the chosen candidates. */
export function usage(
  cands: readonly SelectionCandidate[],
  ids: ReadonlySet<string>,
  f: (c: SelectionCandidate) => number,
): number {
  return cands.filter((c) => ids.has(c.id)).reduce((s, c) => s + f(c), 0);
}
