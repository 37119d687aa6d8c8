/**
 * The demo's spend cube: what each unit paid each supplier per subcategory in the three years
 * before the plan year. Contract spend follows the register (run rate × months in force, split
 * over the buying units); a little off-contract spend with local suppliers shows up beside it.
 */
import { finalExpiry, type SpendRecord } from "../domain/model/contract";
import type { Unit } from "../domain/model/organisation";
import type { DemoContract } from "./demoContracts";
import { januaryOf, monthIndexOf } from "./months";
import { townsOf } from "./places";
import type { SeededRandom } from "./random";
import { roundSignificant } from "./values";
import { SUBCATEGORY_PROFILES } from "./vocabulary";
import { plantedSpend } from "./plantedInsight";

/** Years of history in the cube. */
export const SPEND_YEARS = 3;

/** Off-contract (unit, subcategory, supplier) pairs per unit. */
const LOCAL_SUPPLIERS_PER_UNIT = 3;

type SpendKey = string;

function addSpend(cube: Map<SpendKey, SpendRecord>, row: SpendRecord): void {
  if (row.amount <= 0) return;
  const key = [row.year, row.unit, row.subcategory, row.supplier].join("|");
  const previous = cube.get(key);
  cube.set(key, previous ? { ...previous, amount: previous.amount + row.amount } : row);
}

function contractSpend(
  random: SeededRandom,
  cube: Map<SpendKey, SpendRecord>,
  item: DemoContract,
  years: readonly number[],
): void {
  const { contract, buyers } = item;
  const first = monthIndexOf(contract.start);
  const last = monthIndexOf(finalExpiry(contract));
  const monthlyRate = contract.value / (last - first + 1);
  const shares = buyers.map(() => 1 + 2 * random.float());
  const shareTotal = shares.reduce((a, b) => a + b, 0);
  for (const year of years) {
    const months = Math.min(last, januaryOf(year) + 11) - Math.max(first, januaryOf(year)) + 1;
    if (months <= 0) continue;
    const yearAmount = monthlyRate * months * (0.75 + 0.4 * random.float());
    buyers.forEach((unit, i) => {
      addSpend(cube, {
        unit,
        category: contract.category,
        subcategory: contract.subcategory,
        supplier: contract.supplier,
        year,
        amount: Math.round((yearAmount * (shares[i] ?? 1)) / shareTotal),
      });
    });
  }
}

function localSpend(
  random: SeededRandom,
  cube: Map<SpendKey, SpendRecord>,
  unit: Unit,
  years: readonly number[],
): void {
  for (let i = 0; i < LOCAL_SUPPLIERS_PER_UNIT; i += 1) {
    const profile = random.pick(SUBCATEGORY_PROFILES);
    const supplier = `${random.pick(townsOf(unit.id))} ${random.pick(profile.trades)} AS`;
    const level = random.logNormal(150_000, 0.8);
    for (const year of years) {
      if (!random.chance(0.8)) continue;
      addSpend(cube, {
        unit: unit.id,
        category: profile.category,
        subcategory: profile.subcategory,
        supplier,
        year,
        amount: roundSignificant(level * (0.6 + 0.8 * random.float()), 4),
      });
    }
  }
}

function compareRows(unitOrder: ReadonlyMap<string, number>) {
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return (a: SpendRecord, b: SpendRecord) =>
    a.year - b.year ||
    (unitOrder.get(a.unit) ?? 0) - (unitOrder.get(b.unit) ?? 0) ||
    text(a.category, b.category) ||
    text(a.subcategory ?? "", b.subcategory ?? "") ||
    text(a.supplier, b.supplier);
}

/** The cube for the SPEND_YEARS years before `planYear`, sorted by year, unit, category, supplier. */
export function generateSpend(
  random: SeededRandom,
  contracts: readonly DemoContract[],
  units: readonly Unit[],
  planYear: number,
): SpendRecord[] {
  const years = Array.from({ length: SPEND_YEARS }, (_, i) => planYear - SPEND_YEARS + i);
  const cube = new Map<SpendKey, SpendRecord>();
  for (const item of contracts) contractSpend(random, cube, item, years);
  for (const unit of units) localSpend(random, cube, unit, years);
  for (const row of plantedSpend(years)) addSpend(cube, row);
  const unitOrder = new Map(units.map((u, i) => [u.id, i]));
  return [...cube.values()].sort(compareRows(unitOrder));
}
