/**
 * The demo's KAV contract register: 890 contracts with suppliers, periods, 0–2 extension options
 * and values. Every contract is in force on 1 January of the plan year; frameworks run at most
 * 4 years including options. Each contract also knows which units buy on it (for the spend cube
 * and for renewal needs); that list stays inside the demo.
 */
import type { KavContract } from "../domain/model/contract";
import type { Unit } from "../domain/model/organisation";
import { firstDayOfMonth, januaryOf, lastDayOfMonth } from "./months";
import { newSupplierName } from "./names";
import { townsOf } from "./places";
import type { SeededRandom } from "./random";
import { drawValue } from "./values";
import { capitalise, fillPlace, SUBCATEGORY_PROFILES, type SubcategoryProfile } from "./vocabulary";

/** Number of contracts in the register (KAV held about 890 agreements in 2022). */
export const DEMO_CONTRACT_COUNT = 890;

/** Suppliers per subcategory in the register. */
const SUPPLIERS_PER_SUBCATEGORY = 10;

/** A contract with the units that buy on it. */
export interface DemoContract {
  readonly contract: KavContract;
  /** Unit ids that call off or pay on the contract. */
  readonly buyers: readonly string[];
}

/** Fixed period and option lengths in months. */
type Structure = readonly [fixedMonths: number, optionMonths: readonly number[]];

const FRAMEWORK_STRUCTURES: readonly (readonly [Structure, number])[] = [
  [[24, [12, 12]], 5],
  [[36, [12]], 2],
  [[48, []], 1],
  [[24, [24]], 1],
  [[24, [12]], 1],
  [[12, [12, 12]], 1],
];

const STRUCTURES_BY_TYPE: Readonly<Record<SubcategoryProfile["contractType"], readonly Structure[]>> = {
  goods: [
    [24, []],
    [36, [12, 12]],
    [48, [12, 12]],
    [60, [12, 12]],
  ],
  services: [
    [36, [12, 12]],
    [48, [12, 12]],
    [60, [24]],
    [48, [24, 24]],
    [36, [24]],
    [72, []],
  ],
  works: [
    [12, []],
    [18, []],
    [24, []],
    [36, []],
  ],
};

/** Suppliers of each subcategory, distinct across the register. */
export function supplierPools(random: SeededRandom): ReadonlyMap<string, readonly string[]> {
  const taken = new Set<string>();
  const pools = new Map<string, readonly string[]>();
  for (const profile of SUBCATEGORY_PROFILES) {
    const names = Array.from({ length: SUPPLIERS_PER_SUBCATEGORY }, () =>
      newSupplierName(random, random.pick(profile.trades), taken),
    );
    pools.set(profile.subcategory, names);
  }
  return pools;
}

function contractName(
  random: SeededRandom,
  profile: SubcategoryProfile,
  framework: boolean,
  item: string,
  localUnit: Unit | undefined,
): string {
  const suffix = localUnit && !item.includes("{place}") ? ` – ${localUnit.name}` : "";
  const town = localUnit ? random.pick(townsOf(localUnit.id)) : "Oslo";
  const phrase = fillPlace(item, town);
  if (framework) return `Rammeavtale for ${phrase}${suffix}`;
  const prefixes =
    profile.contractType === "works"
      ? ["Totalentreprise for ", "Utførelsesentreprise for ", ""]
      : profile.contractType === "goods"
        ? ["Kjøp av ", "Leie av ", "Avtale om "]
        : ["Avtale om ", "Driftsavtale for ", ""];
  return `${capitalise(`${random.pick(prefixes)}${phrase}`)}${suffix}`;
}

function buyersOf(random: SeededRandom, units: readonly Unit[], national: boolean, local: Unit): string[] {
  if (!national) {
    const neighbours = units.filter((u) => u.id !== local.id);
    return random.chance(0.8) ? [local.id] : [local.id, random.pick(neighbours).id];
  }
  const count = random.int(4, units.length);
  return random.sample(units, count).map((u) => u.id);
}

interface ContractDraft {
  readonly startMonth: number;
  readonly buyers: readonly string[];
  readonly contract: Omit<KavContract, "id">;
}

function draftContract(
  random: SeededRandom,
  units: readonly Unit[],
  planYear: number,
  suppliers: ReadonlyMap<string, readonly string[]>,
): ContractDraft {
  const profile = random.weighted(SUBCATEGORY_PROFILES.map((p) => [p, p.weight] as const));
  const framework = random.chance(profile.frameworkShare);
  const [fixedMonths, optionMonths] = framework
    ? random.weighted(FRAMEWORK_STRUCTURES)
    : random.pick(STRUCTURES_BY_TYPE[profile.contractType]);
  const totalMonths = optionMonths.reduce((sum, m) => sum + m, fixedMonths);
  // In force on 1 January of the plan year, registered before the call for needs (1 September).
  const registeredBy = januaryOf(planYear - 1) + 7;
  const start = random.int(januaryOf(planYear) - totalMonths + 1, registeredBy);
  const item = random.pick(profile.items);
  const local = random.pick(units);
  const national = framework && !item.includes("{place}") && random.chance(0.5);
  const buyers = buyersOf(random, units, national, local);
  let optionEnd = start + fixedMonths - 1;
  const options = optionMonths.map((months) => {
    optionEnd += months;
    return { until: lastDayOfMonth(optionEnd) };
  });
  return {
    startMonth: start,
    buyers,
    contract: {
      name: contractName(random, profile, framework, item, national ? undefined : local),
      supplier: random.pick(suppliers.get(profile.subcategory) ?? []),
      category: profile.category,
      subcategory: profile.subcategory,
      start: firstDayOfMonth(start),
      end: lastDayOfMonth(start + fixedMonths - 1),
      options,
      value: drawValue(random, profile, (national ? 3 : 1) * Math.max(1, totalMonths / 24)),
      framework,
    },
  };
}

/** The register: DEMO_CONTRACT_COUNT contracts, numbered KAV-10001… in order of start. */
export function generateContracts(
  random: SeededRandom,
  units: readonly Unit[],
  planYear: number,
  suppliers: ReadonlyMap<string, readonly string[]>,
): DemoContract[] {
  const drafts = Array.from({ length: DEMO_CONTRACT_COUNT }, () =>
    draftContract(random, units, planYear, suppliers),
  );
  return drafts
    .sort((a, b) => a.startMonth - b.startMonth)
    .map((d, i) => ({
      buyers: d.buyers,
      contract: { id: `KAV-${10001 + i}`, ...d.contract },
    }));
}
