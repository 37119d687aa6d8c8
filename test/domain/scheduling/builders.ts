// Builders for scheduler tests: a need, people, a contract and a request with sensible defaults.
import type { KavContract } from "../../../src/domain/model/contract";
import { defaultPlanConfig } from "../../../src/domain/model/defaults";
import type { Need } from "../../../src/domain/model/need";
import type { Person } from "../../../src/domain/model/people";
import type { ScheduleRequest } from "../../../src/domain/scheduling/scheduleNeeds";
import {
  defaultSchedulingConfig,
  type SchedulingConfig,
} from "../../../src/domain/scheduling/schedulingConfig";

export function aNeed(id: string, over: Partial<Need> = {}): Need {
  return {
    id,
    title: `Need ${id}`,
    description: "",
    rationale: "",
    unit: "oslo",
    contact: "x@example.no",
    area: "IKT",
    category: "ikt",
    insightSource: "submission",
    deliveryTrack: "basis",
    contractType: "services",
    estimatedValue: 500_000,
    securityGraded: false,
    fundingStatus: "funded",
    dependsOn: [],
    joint: { nordic: false, armedForces: false, sharedWithUnits: [] },
    complexity: "medium",
    scores: {},
    status: "planned",
    ...over,
  };
}

export function aLead(id: string, over: Partial<Person> = {}): Person {
  return { id, name: id, role: "lead", category: "ikt", availability: 1, absences: [], ...over };
}

export function aLawyer(id: string, over: Partial<Person> = {}): Person {
  return { id, name: id, role: "lawyer", availability: 1, absences: [], ...over };
}

export function aContract(id: string, end: string, over: Partial<KavContract> = {}): KavContract {
  return {
    id,
    name: id,
    supplier: "S",
    category: "ikt",
    start: "2023-01-01",
    end,
    options: [],
    value: 1e6,
    framework: true,
    ...over,
  };
}

export function aRequest(
  needs: Need[],
  people: Person[] = [aLead("L1"), aLawyer("J1")],
  scheduling: Partial<SchedulingConfig> = {},
  over: Partial<ScheduleRequest> = {},
): ScheduleRequest {
  const config = { ...defaultPlanConfig(2027), scheduling: { ...defaultSchedulingConfig(), ...scheduling } };
  return { needs, contracts: [], people, config, ...over };
}
