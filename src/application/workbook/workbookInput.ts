/**
 * What the workbook is built from (plan result, criteria, ranking, schedule, people, editable state)
 * and the derived lookups every sheet module shares. Redaction is applied here, once, for all sheets.
 */
import type { PlanNeedEntry, PlanResult } from "../planResult";
import type { Need } from "../../domain/model/need";
import type { MainCategory, Unit } from "../../domain/model/organisation";
import type { Person } from "../../domain/model/people";
import type { Criterion, ForceDecision, RankedNeed } from "../../domain/prioritisation/prioritisationTypes";
import type { ScheduledNeed } from "../../domain/scheduling/scheduleTypes";
import { redactNeed, type RedactionOptions } from "../../domain/rules/redaction";
import type { IsoDate } from "../../domain/time/isoDate";
import type { RankingMode } from "./matrixFormulas";
import { translate, type Locale } from "../../i18n/locale";
import { excelMessages } from "../../i18n/excelMessages";
import { ownValue } from "../../domain/model/dataRecord";

/** A ranked need with the extras the engine reports that the Matrise formulas use. */
export interface WorkbookRankedNeed extends RankedNeed {
  /** The date the contract must be in place by (the tie-break after score). */
  readonly deadline?: IsoDate;
  /** Person-weeks of procurement-lead work (WSJF job size, value-effort effort). */
  readonly leadWeeks?: number;
  /** Person-weeks of lawyer work. */
  readonly lawyerWeeks?: number;
  /** The value the mode ranks by (the score in weighted and AHP modes). */
  readonly rankValue?: number;
  /** The engine's explanation lines, worded (the Utvalg reason shows why a need is out and what lets it in). */
  readonly explanation?: readonly {
    readonly code: string;
    readonly message?: Readonly<Record<Locale, string>>;
  }[];
}

/** Weekly load and capacity per person in full-time weeks (the scheduler's ScheduleUtilisation). */
export interface WeeklyUtilisation {
  /** Monday of each week. */
  readonly weekStarts: readonly IsoDate[];
  readonly people: readonly {
    readonly personId: string;
    /** Per week, aligned with weekStarts. */
    readonly load: readonly number[];
    readonly capacity: readonly number[];
  }[];
}

/** One category on the Kraljic chart (the engine's KraljicPoint). */
export interface KraljicRow {
  readonly category: string;
  readonly subcategory?: string;
  readonly needCount: number;
  /** Mean supply-risk score 1–5. */
  readonly supplyRisk: number;
  /** Total estimated value in NOK. */
  readonly profitImpact: number;
}

/** Everything the workbook shows. Ranking and schedule may be empty when those stages have not run. */
export interface WorkbookInput {
  readonly plan: PlanResult;
  readonly criteria: readonly Criterion[];
  readonly ranking: readonly WorkbookRankedNeed[];
  /** How the engine ranked (default weighted); the Matrise rank formula follows it. */
  readonly mode?: RankingMode;
  readonly forced: readonly ForceDecision[];
  readonly schedule: readonly ScheduledNeed[];
  /** The engine's Kraljic points; computed by the same rule from the needs when absent. */
  readonly kraljic?: readonly KraljicRow[];
  /** The scheduler's weekly utilisation (holidays and absences included); derived from the phases when absent. */
  readonly utilisation?: WeeklyUtilisation;
  readonly people: readonly Person[];
  readonly units: readonly Unit[];
  readonly mainCategories: readonly MainCategory[];
  /** Budget in NOK excluding VAT, when one is set. */
  readonly budget?: number;
  /** Available capacity in person-weeks, when known. */
  readonly capacityWeeks?: number;
  /** Lead's comment per need (Utvalg), kept across read-back. */
  readonly notes: Readonly<Record<string, string>>;
  /** Feedback text per need to the submitting unit (Tilbakemelding). */
  readonly feedback: Readonly<Record<string, string>>;
}

/** How to render: UI locale for headers and labels, and the redaction opt-in for this output. */
export interface WorkbookOptions {
  readonly locale: Locale;
  readonly redaction: RedactionOptions;
}

/** Lookups derived once from the input and shared by the sheet modules. */
export interface WorkbookContext {
  readonly input: WorkbookInput;
  readonly locale: Locale;
  /** Translates a key of the Excel catalogue. */
  readonly t: (key: string, params?: Readonly<Record<string, string | number>>) => string;
  /** Every entry in input order, with accepted needs redacted under the options. */
  readonly entries: readonly PlanNeedEntry[];
  /** Accepted needs (redacted), sorted by id. */
  readonly needs: readonly Need[];
  readonly needById: ReadonlyMap<string, Need>;
  readonly rankingById: ReadonlyMap<string, WorkbookRankedNeed>;
  readonly scheduleById: ReadonlyMap<string, ScheduledNeed>;
  readonly forcedById: ReadonlyMap<string, ForceDecision>;
  readonly unitName: (id: string) => string;
  readonly personName: (id: string | undefined) => string | undefined;
  readonly categoryName: (id: string) => string;
  readonly subcategoryName: (categoryId: string, subId: string | undefined) => string | undefined;
}

/** Builds the shared context; fails with a clear message when ids do not line up. */
export function workbookContext(input: WorkbookInput, options: WorkbookOptions): WorkbookContext {
  const entries = input.plan.needs.map((e) =>
    e.need === undefined ? e : { ...e, need: redactNeed(e.need, options.redaction) },
  );
  const needs = entries
    .flatMap((e) => (e.need ? [e.need] : []))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const known = new Set(needs.map((n) => n.id));
  const byNeed = <T extends { needId: string }>(items: readonly T[], what: string): Map<string, T> => {
    const map = new Map<string, T>();
    for (const item of items) {
      if (!known.has(item.needId)) {
        throw new Error(`Workbook: ${what} refers to need ${item.needId}, which is not an accepted need`);
      }
      map.set(item.needId, item);
    }
    return map;
  };
  const units = new Map(input.units.map((u) => [u.id, u.name]));
  const people = new Map(input.people.map((p) => [p.id, p.name]));
  const categories = new Map(input.mainCategories.map((c) => [c.id, c]));
  return {
    input,
    locale: options.locale,
    t: (key, params) => translate(excelMessages, options.locale, key, params),
    entries,
    needs,
    needById: new Map(needs.map((n) => [n.id, n])),
    rankingById: byNeed(input.ranking, "ranking"),
    scheduleById: byNeed(input.schedule, "schedule"),
    forcedById: byNeed(input.forced, "force decision"),
    unitName: (id) => units.get(id) ?? id,
    personName: (id) => (id === undefined ? undefined : (people.get(id) ?? id)),
    categoryName: (id) => categories.get(id)?.name ?? id,
    subcategoryName: (categoryId, subId) =>
      subId === undefined
        ? undefined
        : (categories.get(categoryId)?.subcategories.find((s) => s.id === subId)?.name ?? subId),
  };
}

/** The score a need has on a criterion: the engine's (possibly derived) score, else the submitted one. */
export function criterionScore(ctx: WorkbookContext, need: Need, criterionId: string): number | undefined {
  const fromEngine = ctx.rankingById.get(need.id)?.breakdown.find((b) => b.criterionId === criterionId);
  return fromEngine?.score ?? ownValue(need.scores, criterionId);
}

/**
 * Person-weeks a need takes: the engine's lead + lawyer weeks (what its capacity limits count), else
 * from the schedule: Σ working days / 5 × (lead load + lawyer load) over its phases.
 */
export function needEffortWeeks(ctx: WorkbookContext, needId: string): number | undefined {
  const ranked = ctx.rankingById.get(needId);
  if (ranked?.leadWeeks !== undefined)
    return Math.round((ranked.leadWeeks + (ranked.lawyerWeeks ?? 0)) * 100) / 100;
  return effortWeeks(ctx.scheduleById.get(needId));
}

/** Person-weeks a scheduled need takes: Σ working days / 5 × (lead load + lawyer load) over its phases. */
export function effortWeeks(scheduled: ScheduledNeed | undefined): number | undefined {
  if (scheduled === undefined) return undefined;
  const total = scheduled.phases.reduce(
    (sum, p) => sum + (p.workingDays / 5) * (p.leadLoad + p.lawyerLoad),
    0,
  );
  return Math.round(total * 100) / 100;
}
