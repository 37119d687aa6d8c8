// Builders for intake tests: a valid raw need (as SharePoint delivers it) and an intake context.
import { defaultPlanConfig } from "../../../src/domain/model/defaults";
import type { RawRecord } from "../../../src/domain/intake/intakeTypes";
import type { IntakeContext } from "../../../src/domain/intake/validateNeeds";
import { DEFAULT_CRITERIA } from "../../../src/domain/prioritisation/defaultCriteria";

/** A raw need that passes every rule, with Norwegian strings everywhere; override fields as needed. */
export function aRawNeed(overrides: Record<string, unknown> = {}): RawRecord {
  return {
    id: "N-0001",
    title: "Nye patruljebiler",
    description: "Utskifting av 40 patruljebiler",
    rationale: "Dagens avtale løper ut",
    unit: "Oslo politidistrikt",
    contact: "kari.nordmann@politiet.no",
    area: "Materiell",
    category: "Materiell og logistikk",
    subcategory: "Kjøretøy og båter",
    insightSource: "Avtaleutløp",
    deliveryTrack: "Basisleveranse",
    contractType: "Varer",
    estimatedValue: "1 500 000,50",
    neededBy: "15.01.2027",
    existingContractId: "KAV-0001",
    securityGraded: "Nei",
    fundingStatus: "Delvis finansiert",
    dependsOn: "",
    jointNordic: "x",
    jointArmedForces: "",
    sharedWithUnits: "Kripos; Øst",
    complexity: "Høy",
    status: "Innmeldt",
    score_reach: "4",
    score_maturity: 3,
    ...overrides,
  };
}

/** The minimal valid raw need: only the required fields. */
export function aMinimalRawNeed(overrides: Record<string, unknown> = {}): RawRecord {
  return {
    id: "N-0002",
    title: "Lisenser",
    unit: "kripos",
    area: "IKT",
    category: "ikt",
    contractType: "Tjenester",
    estimatedValue: "250 000",
    deliveryTrack: "hurtig",
    ...overrides,
  };
}

/** An intake context on the default 2027 configuration, default criteria and two KAV contracts. */
export function anIntakeContext(): IntakeContext {
  return {
    config: defaultPlanConfig(2027),
    criteriaIds: DEFAULT_CRITERIA.map((c) => c.id),
    contractIds: new Set(["KAV-0001", "KAV-0002"]),
  };
}
