/**
 * The built-in demo tenant: a deterministic, seeded generator of a realistic plan year for the
 * Norwegian Police — 500 raw needs from all 21 units and 4 areas (some deliberately invalid),
 * 890 KAV contracts, a three-year spend cube, 23 procurement leads and 5 lawyers.
 * Same seed and plan year → the same PlanInput, byte for byte as JSON. Pure: no I/O, no clock.
 */
import { allUnits, defaultPlanConfig } from "../domain/model/defaults";
import type { PlanInput } from "../domain/model/planInput";
import { generateContracts, supplierPools } from "./demoContracts";
import { generateNeedRecords } from "./demoNeeds";
import { generatePeople } from "./demoPeople";
import { generateSpend } from "./demoSpend";
import { SeededRandom } from "./random";
import { plantDuplicateNeeds } from "./plantedInsight";
import { plantReceiptDates, plantSilentUnit } from "./plantedReceipts";

/** The default seed (the default plan year). */
export const DEMO_DEFAULT_SEED = 2027;
/** The default plan year. */
export const DEMO_DEFAULT_PLAN_YEAR = 2027;

/** Options of the demo generator. */
export interface DemoTenantOptions {
  /** Seed of the random source, an integer from 0 to 4 294 967 295; default DEMO_DEFAULT_SEED. */
  readonly seed?: number;
  /** Plan year (2000–2100); default DEMO_DEFAULT_PLAN_YEAR. */
  readonly planYear?: number;
}

/**
 * Generates the demo tenant. The order of generation is fixed (suppliers, contracts, needs, spend,
 * people) and every draw comes from one seeded generator, so the result depends only on the options.
 * @throws RangeError when the seed is not a 32-bit unsigned integer or the plan year is outside 2000–2100.
 */
export function generateDemoTenant(options: DemoTenantOptions = {}): PlanInput {
  const seed = options.seed ?? DEMO_DEFAULT_SEED;
  const planYear = options.planYear ?? DEMO_DEFAULT_PLAN_YEAR;
  if (!Number.isInteger(planYear) || planYear < 2000 || planYear > 2100) {
    throw new RangeError(`Demo tenant: planYear must be a whole year from 2000 to 2100, got ${planYear}`);
  }
  const random = new SeededRandom(seed);
  const config = defaultPlanConfig(planYear);
  const units = allUnits(config);
  const contracts = generateContracts(random, units, planYear, supplierPools(random));
  const generated = plantSilentUnit(generateNeedRecords(random, units, contracts, config), config);
  const needs = plantReceiptDates(plantDuplicateNeeds(generated, config), config);
  const spend = generateSpend(random, contracts, units, planYear);
  const people = generatePeople(random, config.mainCategories, planYear);
  return { config, needs, contracts: contracts.map((c) => c.contract), spend, people };
}
