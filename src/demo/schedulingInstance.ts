/**
 * Seeded, generated scheduling instances (needs, contracts, 23 leads + 5 lawyers, config) for the
 * scheduler's property tests, the TaskJuggler comparison and the benchmark. Pure and deterministic.
 */
import type { KavContract } from "../domain/model/contract";
import { defaultPlanConfig } from "../domain/model/defaults";
import type { ContractType, DeliveryTrack, Need } from "../domain/model/need";
import type { Person } from "../domain/model/people";
import type { PlanConfig } from "../domain/model/planInput";
import { defaultSchedulingConfig } from "../domain/scheduling/schedulingConfig";
import { addDays, isoFromYmd } from "../domain/time/isoDate";

/** A self-contained scheduling problem. */
export interface SchedulingInstance {
  readonly needs: readonly Need[];
  readonly contracts: readonly KavContract[];
  readonly people: readonly Person[];
  readonly config: PlanConfig;
  /** Need id → priority (higher first), as the prioritisation would give. */
  readonly priority: Readonly<Record<string, number>>;
}

/** Size and shape of a generated instance. */
export interface InstanceOptions {
  readonly seed: number;
  readonly needs: number;
  readonly planYear?: number;
  /** Leads per main category (default 8, 8, 7 = 23). */
  readonly leadsPerCategory?: readonly number[];
  readonly lawyers?: number;
  /** Share of needs with a dependency on an earlier need (default 0.05). */
  readonly dependencyShare?: number;
  /** Give people absences (default true). */
  readonly absences?: boolean;
  /** Plan horizon in years (default 10). */
  readonly horizonYears?: number;
}

/** Mulberry32: a small, fast, seeded generator of floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generated instance: deterministic for the same options. */
export function generateSchedulingInstance(options: InstanceOptions): SchedulingInstance {
  const rnd = seededRandom(options.seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const planYear = options.planYear ?? 2027;
  const base = defaultPlanConfig(planYear);
  const config: PlanConfig = {
    ...base,
    scheduling: { ...defaultSchedulingConfig(), horizonYears: options.horizonYears ?? 10 },
  };
  const categories = base.mainCategories.map((c) => c.id);
  const people: Person[] = [];
  const perCategory = options.leadsPerCategory ?? [8, 8, 7];
  const absence = (from: string) => {
    if (options.absences === false || rnd() < 0.5) return [];
    const start = addDays(from, int(0, 300));
    return [{ from: start, to: addDays(start, int(4, 20)) }];
  };
  categories.forEach((category, c) => {
    for (let i = 0; i < (perCategory[c] ?? 0); i += 1) {
      people.push({
        id: `lead-${category}-${i + 1}`,
        name: `Lead ${category} ${i + 1}`,
        role: "lead",
        category,
        availability: [1, 0.9, 0.8, 0.6][int(0, 3)] as number,
        absences: absence(base.planStart),
      });
    }
  });
  for (let i = 0; i < (options.lawyers ?? 5); i += 1) {
    people.push({
      id: `lawyer-${i + 1}`,
      name: `Lawyer ${i + 1}`,
      role: "lawyer",
      availability: [1, 0.8, 0.6][int(0, 2)] as number,
      absences: absence(base.planStart),
    });
  }
  const needs: Need[] = [];
  const contracts: KavContract[] = [];
  const priority: Record<string, number> = {};
  const tracks: readonly DeliveryTrack[] = [
    "basis",
    "basis",
    "basis",
    "basis",
    "rullerende",
    "rullerende",
    "hurtig",
  ];
  const types: readonly ContractType[] = ["goods", "services", "services", "works"];
  const years = Math.max(1, Math.ceil(options.needs / 150));
  for (let i = 0; i < options.needs; i += 1) {
    const id = `N${String(i + 1).padStart(5, "0")}`;
    const category = categories[int(0, categories.length - 1)] as string;
    const value = Math.round(10 ** (5 + rnd() * 2.8));
    const track = tracks[int(0, tracks.length - 1)] as DeliveryTrack;
    const renewal = track !== "hurtig" && rnd() < 0.4;
    let existingContractId: string | undefined;
    if (renewal) {
      const end = isoFromYmd(planYear + int(0, years), int(1, 12), int(1, 28));
      const contract: KavContract = {
        id: `K${i + 1}`,
        name: `Contract ${i + 1}`,
        supplier: `Supplier ${int(1, 60)}`,
        category,
        start: addDays(end, -4 * 365),
        end: rnd() < 0.5 ? end : addDays(end, -365),
        options: rnd() < 0.5 ? [] : [{ until: end }],
        value,
        framework: rnd() < 0.5,
      };
      contracts.push(contract);
      existingContractId = contract.id;
    }
    const dependsOn =
      i > 0 && rnd() < (options.dependencyShare ?? 0.05)
        ? [`N${String(int(Math.max(1, i - 30), i)).padStart(5, "0")}`]
        : [];
    needs.push({
      id,
      title: `Need ${i + 1}`,
      description: "",
      rationale: "",
      unit: "oslo",
      contact: "planner@example.no",
      area: "Materiell",
      category,
      insightSource: renewal ? "kav-expiry" : "submission",
      deliveryTrack: track,
      contractType: types[int(0, types.length - 1)] as ContractType,
      estimatedValue: value,
      ...(!renewal && track !== "hurtig" && rnd() < 0.6
        ? { neededBy: isoFromYmd(planYear + int(0, years), int(1, 12), int(1, 28)) }
        : {}),
      ...(existingContractId ? { existingContractId } : {}),
      securityGraded: rnd() < 0.05,
      fundingStatus: "funded",
      dependsOn,
      joint: { nordic: false, armedForces: false, sharedWithUnits: [] },
      complexity: "medium",
      scores: {},
      status: "planned",
    });
    priority[id] = Math.round(100 + rnd() * 400) / 100;
  }
  return { needs, contracts, people, config, priority };
}
