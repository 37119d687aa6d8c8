/**
 * Contract expiry analysis (KAV): for every contract its last possible end (options included,
 * and how many options remain to be used), the lead time its renewal needs and so its latest
 * start (renewalLeadTime, the scheduler's model). A contract is in scope when it still runs at
 * the horizon's start and its latest start is no later than the horizon's end. Each contract in
 * scope is either covered — linked to the needs whose `existingContractId` names it — or gets
 * exactly one suggested renewal need, which the category team accepts (it becomes a need with the
 * contract linked) or dismisses with a reason. No contract in scope is left without one or the other.
 */
import { WorkCalendar } from "../calendar/workCalendar";
import { finalExpiry, type KavContract } from "../model/contract";
import type { Area } from "../model/organisation";
import type { ContractType, Need } from "../model/need";
import type { ThresholdSet } from "../rules/thresholds";
import type { SchedulingConfig } from "../scheduling/schedulingConfig";
import { addDays, type IsoDate } from "../time/isoDate";
import { longestLeadDays, renewalLeadTime, type RenewalLeadTime } from "./renewalLeadTime";

/** The window in which a latest start calls for action. */
export interface PlanningHorizon {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/** A decision the category team took on a suggestion (kept in the plan-year record). */
export interface SuggestionDecision {
  readonly suggestionId: string;
  readonly action: "accepted" | "dismissed";
  /** Required when dismissed: why no renewal is needed (e.g. "Behovet bortfaller"). */
  readonly reason?: string;
  /**
   * The contract's last possible end when the decision was taken (carried into a new year): the
   * decision holds only while KAV gives the same end; a changed end asks again.
   */
  readonly contractEnd?: IsoDate;
}

/** Lifecycle of a suggestion. */
export type SuggestionStatus = "open" | "accepted" | "dismissed";

/** A suggested renewal need for a contract in scope that no need covers. */
export interface RenewalSuggestion {
  /** `FORSLAG-<contract id>`. */
  readonly id: string;
  readonly contractId: string;
  readonly status: SuggestionStatus;
  readonly dismissReason?: string;
  readonly category: string;
  readonly subcategory?: string;
  readonly area: Area;
  readonly contractType: ContractType;
  /** The contract's value, taken as the renewal's estimated value (NOK excl. VAT). */
  readonly estimatedValue: number;
  /** The renewal must be signed by then. */
  readonly neededBy: IsoDate;
}

/** One contract's expiry and renewal picture. */
export interface ContractExpiry extends RenewalLeadTime {
  readonly contractId: string;
  readonly supplier: string;
  readonly category: string;
  readonly subcategory?: string;
  readonly value: number;
  /** End of the fixed period. */
  readonly end: IsoDate;
  /** The last possible end with every option used. */
  readonly finalExpiry: IsoDate;
  /** Options whose period has not begun at the horizon's start (so may still be used). */
  readonly optionsRemaining: number;
  /** The latest start lies before the horizon's start: the renewal is already late to start. */
  readonly overdue: boolean;
  /** Needs whose `existingContractId` is this contract (empty when a suggestion stands instead). */
  readonly coveredBy: readonly string[];
  readonly suggestion?: RenewalSuggestion;
}

/** Result of the analysis: the contracts in scope, counts and the totals behind them. */
export interface ContractExpiryAnalysis {
  readonly horizon: PlanningHorizon;
  /** Contracts in scope, by latest start then id. */
  readonly contracts: readonly ContractExpiry[];
  readonly counts: {
    readonly contracts: number;
    readonly inScope: number;
    readonly covered: number;
    readonly suggested: number;
    readonly dismissed: number;
    readonly accepted: number;
    readonly overdue: number;
    /** Always 0: a contract in scope without a need and without a suggestion. */
    readonly uncovered: number;
  };
  /** Contract value (NOK) of the contracts in scope with an open suggestion. */
  readonly suggestedValue: number;
}

/** What the analysis needs. */
export interface ContractExpiryInput {
  readonly contracts: readonly KavContract[];
  /** Accepted needs; withdrawn ones do not cover a contract. */
  readonly needs: readonly Need[];
  readonly scheduling: SchedulingConfig;
  readonly thresholds: readonly ThresholdSet[];
  readonly horizon: PlanningHorizon;
  readonly decisions?: readonly SuggestionDecision[];
}

/** The suggestion id for a contract. */
export function suggestionIdFor(contractId: string): string {
  return `FORSLAG-${contractId}`;
}

/** The default horizon of plan year Y: from the plan start to 31 December of Y + 1. */
export function defaultHorizon(planYear: number, planStart: IsoDate): PlanningHorizon {
  return { start: planStart, end: `${String(planYear + 1).padStart(4, "0")}-12-31` };
}

interface Profile {
  readonly contractType: ContractType;
  readonly area: Area;
}

/** The most common contract type and area of the needs per subcategory (then per category). */
function profilesFromNeeds(needs: readonly Need[]): (contract: KavContract) => Profile {
  const tallies = new Map<string, Map<string, number>>();
  for (const n of needs) {
    for (const key of [`s:${n.subcategory ?? ""}`, `c:${n.category}`]) {
      const t = tallies.get(key) ?? new Map<string, number>();
      const k = `${n.contractType}|${n.area}`;
      t.set(k, (t.get(k) ?? 0) + 1);
      tallies.set(key, t);
    }
  }
  const pick = (key: string): Profile | undefined => {
    const t = tallies.get(key);
    if (!t) return undefined;
    const [best] = [...t.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const [contractType, area] = (best as [string, number])[0].split("|");
    return { contractType: contractType as ContractType, area: area as Area };
  };
  const fallback: Profile = { contractType: "services", area: "Anskaffelser" };
  return (c) =>
    (c.subcategory !== undefined ? pick(`s:${c.subcategory}`) : undefined) ??
    pick(`c:${c.category}`) ??
    fallback;
}

function optionsRemaining(contract: KavContract, from: IsoDate): number {
  let periodStart = contract.end;
  let count = 0;
  for (const o of contract.options) {
    if (periodStart >= from) count += 1;
    periodStart = o.until;
  }
  return count;
}

function coveringNeeds(needs: readonly Need[]): Map<string, string[]> {
  const byContract = new Map<string, string[]>();
  for (const n of needs) {
    if (n.existingContractId === undefined || n.status === "withdrawn") continue;
    const list = byContract.get(n.existingContractId) ?? [];
    list.push(n.id);
    byContract.set(n.existingContractId, list);
  }
  return byContract;
}

function suggestionFor(
  contract: KavContract,
  profile: Profile,
  lead: RenewalLeadTime,
  decision: SuggestionDecision | undefined,
): RenewalSuggestion {
  const status: SuggestionStatus = decision?.action ?? "open";
  return {
    id: suggestionIdFor(contract.id),
    contractId: contract.id,
    status,
    ...(status === "dismissed" ? { dismissReason: decision?.reason ?? "" } : {}),
    category: contract.category,
    ...(contract.subcategory !== undefined ? { subcategory: contract.subcategory } : {}),
    area: profile.area,
    contractType: profile.contractType,
    estimatedValue: contract.value,
    neededBy: lead.signBy,
  };
}

function checkDecisions(decisions: readonly SuggestionDecision[]): Map<string, SuggestionDecision> {
  const byId = new Map<string, SuggestionDecision>();
  for (const d of decisions) {
    if (d.action === "dismissed" && !(d.reason ?? "").trim())
      throw new RangeError(`Suggestion ${d.suggestionId}, field reason: a dismissal needs a reason`);
    byId.set(d.suggestionId, d);
  }
  return byId;
}

/** The decision on the contract's suggestion, unless it was taken for another end of the contract. */
function decisionFor(
  decisions: ReadonlyMap<string, SuggestionDecision>,
  contract: KavContract,
): SuggestionDecision | undefined {
  const decision = decisions.get(suggestionIdFor(contract.id));
  if (decision?.contractEnd !== undefined && decision.contractEnd !== finalExpiry(contract)) return undefined;
  return decision;
}

/** Runs the expiry analysis; pure and deterministic. */
export function analyseContractExpiry(input: ContractExpiryInput): ContractExpiryAnalysis {
  const { horizon, scheduling } = input;
  const decisions = checkDecisions(input.decisions ?? []);
  const covering = coveringNeeds(input.needs);
  const profileOf = profilesFromNeeds(input.needs);
  const running = input.contracts.filter((c) => finalExpiry(c) >= horizon.start);
  const calendar = new WorkCalendar(
    scheduling.calendar,
    addDays(horizon.start, -longestLeadDays(scheduling)),
  );
  const inScope: ContractExpiry[] = [];
  for (const contract of running) {
    const profile = profileOf(contract);
    const lead = renewalLeadTime(
      contract,
      profile.contractType,
      scheduling,
      input.thresholds,
      horizon.start,
      calendar,
    );
    if (lead.latestStart > horizon.end) continue;
    const coveredBy = covering.get(contract.id) ?? [];
    inScope.push({
      ...lead,
      contractId: contract.id,
      supplier: contract.supplier,
      category: contract.category,
      ...(contract.subcategory !== undefined ? { subcategory: contract.subcategory } : {}),
      value: contract.value,
      end: contract.end,
      finalExpiry: finalExpiry(contract),
      optionsRemaining: optionsRemaining(contract, horizon.start),
      overdue: lead.latestStart < horizon.start,
      coveredBy,
      ...(coveredBy.length === 0
        ? { suggestion: suggestionFor(contract, profile, lead, decisionFor(decisions, contract)) }
        : {}),
    });
  }
  inScope.sort(
    (a, b) =>
      (a.latestStart < b.latestStart ? -1 : a.latestStart > b.latestStart ? 1 : 0) ||
      (a.contractId < b.contractId ? -1 : 1),
  );
  return summarise(horizon, input.contracts.length, inScope);
}

function summarise(
  horizon: PlanningHorizon,
  total: number,
  contracts: readonly ContractExpiry[],
): ContractExpiryAnalysis {
  const count = (p: (c: ContractExpiry) => boolean) => contracts.filter(p).length;
  const open = contracts.filter((c) => c.suggestion?.status === "open");
  return {
    horizon,
    contracts,
    counts: {
      contracts: total,
      inScope: contracts.length,
      covered: count((c) => c.coveredBy.length > 0),
      suggested: count((c) => c.suggestion !== undefined),
      dismissed: count((c) => c.suggestion?.status === "dismissed"),
      accepted: count((c) => c.suggestion?.status === "accepted"),
      overdue: count((c) => c.overdue),
      uncovered: count((c) => c.coveredBy.length === 0 && c.suggestion === undefined),
    },
    suggestedValue: open.reduce((sum, c) => sum + c.value, 0),
  };
}
