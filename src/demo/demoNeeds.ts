/**
 * The demo's need list: valid need specs turned into Needs (ids, text, contact, scores) and then
 * into raw records as SharePoint delivers them, with the invalid rows planted at their fixed rows.
 */
import type { RawRecord } from "../domain/intake/intakeTypes";
import { finalExpiry } from "../domain/model/contract";
import type { Complexity, FundingStatus, Need, NeedStatus } from "../domain/model/need";
import type { Unit } from "../domain/model/organisation";
import type { PlanConfig } from "../domain/model/planInput";
import { regimeFor } from "../domain/rules/thresholds";
import type { DemoContract } from "./demoContracts";
import { DEMO_INVALID_ROWS, plantFault } from "./invalidRows";
import { monthIndexOf, januaryOf } from "./months";
import { personName, policeEmail } from "./names";
import { DEMO_NEED_COUNT, needIdOfRow } from "./needIds";
import { needScores } from "./needScores";
import { needSpecs, ordinarySpec, type NeedSpec } from "./needSpecs";
import { needDescription, needRationale, needTitle, type NeedTextInput } from "./needText";
import type { SeededRandom } from "./random";
import { toRawRecord } from "./rawFormat";

function complexity(random: SeededRandom, spec: NeedSpec, config: PlanConfig): Complexity {
  if (spec.graded) return "high";
  const regime = regimeFor(
    { estimatedValue: spec.estimatedValue, contractType: spec.profile.contractType, securityGraded: false },
    config.thresholds,
    config.planStart,
  );
  if (regime === "part-III")
    return spec.estimatedValue >= 50_000_000 || random.chance(0.3) ? "high" : "medium";
  if (regime === "part-II") return random.chance(0.8) ? "medium" : "low";
  return random.chance(0.8) ? "low" : "medium";
}

function fundingStatus(random: SeededRandom, spec: NeedSpec): FundingStatus {
  if (spec.renews && random.chance(0.8)) return "funded";
  return random.weighted([
    ["funded", 55],
    ["partly-funded", 25],
    ["unfunded", 20],
  ] as const);
}

function status(random: SeededRandom): NeedStatus {
  return random.chance(0.85) ? "submitted" : "in-analysis";
}

/** The spec as a validated-looking Need with id `id`. */
function buildNeed(
  random: SeededRandom,
  spec: NeedSpec,
  id: string,
  dependsOnId: string | undefined,
  config: PlanConfig,
): Need {
  const text: NeedTextInput = {
    ...spec,
    renews: spec.renews?.contract,
    fastTrack: spec.deliveryTrack === "hurtig",
    spendAnalysis: spec.insightSource === "spend-analysis",
    market: spec.insightSource === "market",
    dependsOnId,
    planYear: config.planYear,
  };
  const contactName = personName(random);
  const renewedExpiry = spec.renews ? finalExpiry(spec.renews.contract) : undefined;
  return {
    id,
    title: needTitle(random, text),
    description: needDescription(random, text),
    rationale: needRationale(random, text),
    unit: spec.unit.id,
    contact: random.chance(0.5) ? policeEmail(contactName) : contactName,
    area: spec.profile.area,
    category: spec.profile.category,
    subcategory: spec.profile.subcategory,
    insightSource: spec.insightSource,
    deliveryTrack: spec.deliveryTrack,
    contractType: spec.profile.contractType,
    estimatedValue: spec.estimatedValue,
    neededBy: spec.neededBy,
    existingContractId: spec.renews?.contract.id,
    securityGraded: spec.graded,
    fundingStatus: fundingStatus(random, spec),
    dependsOn: dependsOnId ? [dependsOnId] : [],
    joint: {
      nordic: spec.nordic,
      armedForces: spec.armedForces,
      sharedWithUnits: spec.sharedWith.map((u) => u.id),
    },
    complexity: complexity(random, spec, config),
    scores: needScores(random, {
      profile: spec.profile,
      graded: spec.graded,
      monthsToExpiry:
        renewedExpiry === undefined ? undefined : monthIndexOf(renewedExpiry) - januaryOf(config.planYear),
      fastTrack: spec.deliveryTrack === "hurtig",
      reach: 1 + spec.sharedWith.length + (spec.renews ? spec.renews.buyers.length - 1 : 0),
      joint: spec.nordic || spec.armedForces || spec.sharedWith.length > 0,
      spendAnalysis: spec.insightSource === "spend-analysis",
      estimatedValue: spec.estimatedValue,
    }),
    status: status(random),
  };
}

/** DEMO_NEED_COUNT raw need records: valid rows plus the planted DEMO_INVALID_ROWS. */
export function generateNeedRecords(
  random: SeededRandom,
  units: readonly Unit[],
  contracts: readonly DemoContract[],
  config: PlanConfig,
): RawRecord[] {
  const invalidByRow = new Map(DEMO_INVALID_ROWS.map((r) => [r.row, r]));
  const validRows = Array.from({ length: DEMO_NEED_COUNT }, (_, i) => i + 1).filter(
    (row) => !invalidByRow.has(row),
  );
  const specs = needSpecs(random, units, contracts, config.planYear, validRows.length);
  const idOf = new Map(specs.map((spec, i) => [spec, needIdOfRow(validRows[i] ?? 0)]));
  const records: RawRecord[] = [];
  let next = 0;
  for (let row = 1; row <= DEMO_NEED_COUNT; row += 1) {
    const invalid = invalidByRow.get(row);
    if (invalid) {
      const base = buildNeed(
        random,
        ordinarySpec(random, units, config.planYear),
        needIdOfRow(row),
        undefined,
        config,
      );
      records.push(plantFault(toRawRecord(random, base, units), invalid, config.planYear));
      continue;
    }
    const spec = specs[next] as NeedSpec;
    next += 1;
    const dependsOnId = spec.after ? idOf.get(spec.after) : undefined;
    records.push(toRawRecord(random, buildNeed(random, spec, needIdOfRow(row), dependsOnId, config), units));
  }
  return records;
}
