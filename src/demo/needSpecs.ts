/**
 * The mix of demo needs before they get ids and text: projects whose steps depend on each other,
 * renewals of contracts that expire in the plan horizon, fast-track needs, joint needs (Nordic,
 * Armed Forces, shared between units), ordinary submissions, and a share of graded needs.
 */
import { finalExpiry } from "../domain/model/contract";
import type { DeliveryTrack, InsightSource } from "../domain/model/need";
import type { Unit } from "../domain/model/organisation";
import { addDays, daysBetween, isoFromYmd, type IsoDate } from "../domain/time/isoDate";
import type { DemoContract } from "./demoContracts";
import { townsOf } from "./places";
import type { SeededRandom } from "./random";
import { drawValue, MIN_VALUE, roundSignificant } from "./values";
import { fillPlace, profileOf, SUBCATEGORY_PROFILES, type SubcategoryProfile } from "./vocabulary";

/** Shares of the valid needs by kind. */
export const NEED_MIX = { renewal: 0.25, fastTrack: 0.05, joint: 0.08, graded: 0.08 } as const;

/** A need as planned by the generator, before it is given an id, text and scores. */
export interface NeedSpec {
  readonly profile: SubcategoryProfile;
  readonly unit: Unit;
  /** What is bought, `{place}` filled in. */
  readonly item: string;
  readonly fixedTitle?: string;
  readonly insightSource: InsightSource;
  readonly deliveryTrack: DeliveryTrack;
  readonly estimatedValue: number;
  readonly neededBy?: IsoDate;
  readonly renews?: DemoContract;
  readonly nordic: boolean;
  readonly armedForces: boolean;
  readonly sharedWith: readonly Unit[];
  readonly graded: boolean;
  /** The spec this one depends on (a project's earlier step). */
  readonly after?: NeedSpec;
}

/** The dates a renewal's contract must run out between: the plan year and the next. */
export function renewalHorizon(planYear: number): { readonly from: IsoDate; readonly to: IsoDate } {
  return { from: isoFromYmd(planYear, 1, 1), to: isoFromYmd(planYear + 1, 12, 31) };
}

interface ProjectStep {
  readonly subcategory: string;
  /** Title; `{place}` is a town of the unit, `{unit}` the unit's name. */
  readonly title: string;
  readonly scale: number;
  /** Lowest value of the step (a new police building is a very large work). */
  readonly minValue?: number;
  /** Index of the step this one depends on. */
  readonly after?: number;
}

const BUILDING_PROJECT: readonly ProjectStep[] = [
  { subcategory: "bygg", title: "Nytt politihus i {place}", scale: 12, minValue: 250_000_000 },
  { subcategory: "kontor", title: "Inventar og møbler til nytt politihus i {place}", scale: 3, after: 0 },
  { subcategory: "nett", title: "Nettverk og samband i nytt politihus i {place}", scale: 1, after: 0 },
];

/** Projects whose steps depend on earlier ones: 10 dependencies in all, a DAG by construction. */
const PROJECTS: readonly (readonly ProjectStep[])[] = [
  BUILDING_PROJECT,
  BUILDING_PROJECT,
  BUILDING_PROJECT,
  [
    { subcategory: "programvare", title: "Nytt saksbehandlingssystem for forvaltningssaker", scale: 5 },
    {
      subcategory: "ikt-tjenester",
      title: "Migrering av data til nytt saksbehandlingssystem",
      scale: 1,
      after: 0,
    },
    { subcategory: "reise", title: "Opplæring i nytt saksbehandlingssystem", scale: 1, after: 1 },
  ],
  [
    { subcategory: "bygg", title: "Ladeanlegg for elektriske tjenestebiler i {place}", scale: 0.2 },
    { subcategory: "kjoretoy", title: "Elektriske patruljebiler til {unit}", scale: 1, after: 0 },
  ],
  [
    { subcategory: "teknisk-utstyr", title: "Droner til {unit}", scale: 1 },
    { subcategory: "reise", title: "Kurs for dronepiloter i {unit}", scale: 1, after: 0 },
  ],
];

const NORDIC_SUBCATEGORIES = ["kjoretoy", "uniform", "beskyttelse", "vapen", "maskinvare", "programvare"];
const ARMED_FORCES_SUBCATEGORIES = ["vapen", "beskyttelse", "kjoretoy", "teknisk-utstyr", "uniform", "nett"];

/** Relative share of needs each unit submits (others: 0.6). */
const UNIT_WEIGHTS: Readonly<Record<string, number>> = {
  oslo: 3,
  ost: 2,
  vest: 2,
  "sor-ost": 2,
  "sor-vest": 1.6,
  trondelag: 1.6,
  innlandet: 1.3,
  agder: 1.2,
  "more-og-romsdal": 1,
  nordland: 1,
  troms: 0.9,
  finnmark: 0.8,
  pft: 1.5,
  pit: 1.5,
  kripos: 1,
};

/** Everything the spec builders share. */
interface SpecContext {
  readonly random: SeededRandom;
  readonly units: readonly Unit[];
  readonly planYear: number;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function randomDate(random: SeededRandom, from: IsoDate, to: IsoDate): IsoDate {
  return addDays(from, random.int(0, daysBetween(from, to)));
}

function weightedUnit(ctx: SpecContext): Unit {
  return ctx.random.weighted(ctx.units.map((u) => [u, UNIT_WEIGHTS[u.id] ?? 0.6] as const));
}

function weightedProfile(ctx: SpecContext, allowed?: readonly string[]): SubcategoryProfile {
  const pool = allowed
    ? SUBCATEGORY_PROFILES.filter((p) => allowed.includes(p.subcategory))
    : SUBCATEGORY_PROFILES;
  return ctx.random.weighted(pool.map((p) => [p, p.weight] as const));
}

/** A plain submission; `shared` picks an item that is not tied to one town. */
function plainSpec(ctx: SpecContext, profile: SubcategoryProfile, unit: Unit, shared = false): NeedSpec {
  const { random, planYear } = ctx;
  const general = profile.items.filter((item) => !item.includes("{place}"));
  const items = shared && general.length > 0 ? general : profile.items;
  const item = fillPlace(random.pick(items), random.pick(townsOf(unit.id)));
  const withCents = random.chance(0.05);
  const value = drawValue(random, profile);
  return {
    profile,
    unit,
    item,
    insightSource: random.weighted([
      ["submission", 70],
      ["spend-analysis", 15],
      ["market", 15],
    ] as const),
    deliveryTrack: random.chance(0.15) ? "rullerende" : "basis",
    estimatedValue: withCents ? value + random.int(1, 99) / 100 : value,
    neededBy: random.chance(0.05)
      ? undefined
      : randomDate(random, isoFromYmd(planYear, 3, 1), isoFromYmd(planYear + 1, 12, 31)),
    nordic: false,
    armedForces: false,
    sharedWith: [],
    graded: false,
  };
}

function projectSpecs(ctx: SpecContext): NeedSpec[] {
  const { random, planYear } = ctx;
  const districts = random.sample(
    ctx.units.filter((u) => u.kind === "district"),
    PROJECTS.length,
  );
  const specs: NeedSpec[] = [];
  PROJECTS.forEach((steps, p) => {
    const unit = districts[p] ?? weightedUnit(ctx);
    const town = random.pick(townsOf(unit.id));
    const made: NeedSpec[] = [];
    for (const step of steps) {
      const profile = profileOf(step.subcategory);
      const title = step.title.replace("{place}", town).replace("{unit}", unit.name);
      const before = step.after === undefined ? undefined : made[step.after];
      const neededBy = before?.neededBy
        ? addDays(before.neededBy, random.int(30, 150))
        : randomDate(random, isoFromYmd(planYear, 3, 1), isoFromYmd(planYear, 12, 31));
      made.push({
        ...plainSpec(ctx, profile, unit),
        item: lowerFirst(title),
        fixedTitle: title,
        insightSource: "submission",
        deliveryTrack: "basis",
        estimatedValue: Math.max(step.minValue ?? 0, drawValue(random, profile, step.scale)),
        neededBy,
        after: before,
      });
    }
    specs.push(...made);
  });
  return specs;
}

function renewalSpecs(ctx: SpecContext, contracts: readonly DemoContract[], count: number): NeedSpec[] {
  const { random } = ctx;
  const horizon = renewalHorizon(ctx.planYear);
  const expiring = contracts.filter((c) => {
    const end = finalExpiry(c.contract);
    return end >= horizon.from && end <= horizon.to;
  });
  return random.sample(expiring, count).map((renews) => {
    const profile = profileOf(renews.contract.subcategory ?? "");
    const pft = ctx.units.find((u) => u.id === "pft");
    const buyer = ctx.units.find((u) => u.id === renews.buyers[0]) ?? weightedUnit(ctx);
    const unit = renews.buyers.length > 3 && pft ? pft : buyer;
    return {
      ...plainSpec(ctx, profile, unit),
      item: lowerFirst(renews.contract.name),
      insightSource: "kav-expiry",
      deliveryTrack: "basis",
      estimatedValue: roundSignificant(renews.contract.value * (0.9 + 0.5 * random.float())),
      neededBy: finalExpiry(renews.contract),
      renews,
    };
  });
}

function fastTrackSpec(ctx: SpecContext): NeedSpec {
  const { random, planYear } = ctx;
  const profile = weightedProfile(
    ctx,
    SUBCATEGORY_PROFILES.filter((p) => p.contractType !== "works").map((p) => p.subcategory),
  );
  const value = roundSignificant(Math.min(1_290_000, Math.max(MIN_VALUE, random.logNormal(400_000, 0.6))), 2);
  return {
    ...plainSpec(ctx, profile, weightedUnit(ctx)),
    insightSource: "submission",
    deliveryTrack: "hurtig",
    estimatedValue: value,
    neededBy: addDays(isoFromYmd(planYear, 1, 15), random.int(14, 120)),
  };
}

function jointSpec(ctx: SpecContext, index: number): NeedSpec {
  const { random } = ctx;
  const kind = index % 3;
  if (kind === 0) {
    return {
      ...plainSpec(ctx, weightedProfile(ctx, NORDIC_SUBCATEGORIES), weightedUnit(ctx), true),
      insightSource: "nordic",
      nordic: true,
    };
  }
  if (kind === 1) {
    const profile = weightedProfile(ctx, ARMED_FORCES_SUBCATEGORIES);
    return {
      ...plainSpec(ctx, profile, weightedUnit(ctx), true),
      insightSource: "armed-forces",
      armedForces: true,
    };
  }
  const unit = weightedUnit(ctx);
  const others = ctx.units.filter((u) => u.id !== unit.id);
  const spec = plainSpec(ctx, weightedProfile(ctx), unit, true);
  return {
    ...spec,
    sharedWith: random.sample(others, random.int(2, 6)),
    estimatedValue: roundSignificant(spec.estimatedValue * 2),
  };
}

function ordinarySpecs(ctx: SpecContext, count: number): NeedSpec[] {
  // The first ones visit every unit and every subcategory once, so all units and areas appear.
  const units = ctx.random.shuffle(ctx.units);
  return Array.from({ length: count }, (_, i) =>
    plainSpec(ctx, SUBCATEGORY_PROFILES[i] ?? weightedProfile(ctx), units[i] ?? weightedUnit(ctx)),
  );
}

/**
 * Marks `count` specs as graded, weighted by subcategory. Fast-track needs and project steps stay
 * ungraded; project steps also keep their identity, which the `after` links rely on.
 */
function withGrading(ctx: SpecContext, specs: readonly NeedSpec[], count: number): NeedSpec[] {
  const candidates = specs
    .map((spec, index) => ({ spec, index }))
    .filter(
      ({ spec }) => spec.deliveryTrack !== "hurtig" && !spec.fixedTitle && spec.profile.gradedWeight > 0,
    );
  const graded = new Set<number>();
  while (graded.size < count && graded.size < candidates.length) {
    const open = candidates.filter((c) => !graded.has(c.index));
    graded.add(ctx.random.weighted(open.map((c) => [c.index, c.spec.profile.gradedWeight] as const)));
  }
  return specs.map((spec, index) => (graded.has(index) ? { ...spec, graded: true } : spec));
}

/** `count` valid need specs in random order: projects, renewals, fast-track, joint, ordinary; some graded. */
export function needSpecs(
  random: SeededRandom,
  units: readonly Unit[],
  contracts: readonly DemoContract[],
  planYear: number,
  count: number,
): NeedSpec[] {
  const ctx: SpecContext = { random, units, planYear };
  const projects = projectSpecs(ctx);
  const renewals = renewalSpecs(ctx, contracts, Math.round(count * NEED_MIX.renewal));
  const fast = Array.from({ length: Math.round(count * NEED_MIX.fastTrack) }, () => fastTrackSpec(ctx));
  const joint = Array.from({ length: Math.round(count * NEED_MIX.joint) }, (_, i) => jointSpec(ctx, i));
  const fixed = [...projects, ...renewals, ...fast, ...joint];
  const all = [...fixed, ...ordinarySpecs(ctx, count - fixed.length)];
  return random.shuffle(withGrading(ctx, all, Math.round(count * NEED_MIX.graded)));
}

/** One ordinary need spec (the base of a deliberately invalid row). */
export function ordinarySpec(random: SeededRandom, units: readonly Unit[], planYear: number): NeedSpec {
  const ctx: SpecContext = { random, units, planYear };
  return plainSpec(ctx, weightedProfile(ctx), weightedUnit(ctx));
}
