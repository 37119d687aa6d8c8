/**
 * Accepting a suggested renewal need: the suggestion becomes a raw need record, with the contract
 * linked (`existingContractId`) and the insight source `kav-expiry`, that goes through the same
 * intake as every submitted need. On the next analysis the contract shows as covered by it.
 */
import type { RawRecord } from "../../domain/intake/intakeTypes";
import type { ContractExpiry } from "../../domain/insight/contractExpiry";
import type { KavContract } from "../../domain/model/contract";
import { INSIGHT_MESSAGES } from "../../i18n/insightMessages";
import { formatDate, translate } from "../../i18n/locale";

/** Who takes over the accepted suggestion. */
export interface AcceptSuggestionOptions {
  /** Id of the new need (unique in the plan year). */
  readonly needId: string;
  /** The unit that owns the renewal (e.g. `pft` for a national framework). */
  readonly unit: string;
  /** The category team member who accepted it. */
  readonly contact: string;
}

/**
 * The raw need record for an accepted suggestion; text in bokmål as the units write it.
 * @throws RangeError when the contract has no suggestion.
 */
export function suggestionToNeedRecord(
  expiry: ContractExpiry,
  contract: KavContract,
  options: AcceptSuggestionOptions,
): RawRecord {
  const s = expiry.suggestion;
  if (!s)
    throw new RangeError(`Contract ${expiry.contractId}, field suggestion: the contract has no suggestion`);
  const params = {
    contractName: contract.name,
    contractId: contract.id,
    supplier: contract.supplier,
    finalExpiry: formatDate(expiry.finalExpiry, "nb"),
    signBy: formatDate(expiry.signBy, "nb"),
    latestStart: formatDate(expiry.latestStart, "nb"),
    procedure: expiry.procedure,
  };
  return {
    id: options.needId,
    title: translate(INSIGHT_MESSAGES, "nb", "suggestion.title", params),
    description: translate(INSIGHT_MESSAGES, "nb", "suggestion.description", params),
    rationale: translate(INSIGHT_MESSAGES, "nb", "suggestion.rationale", params),
    unit: options.unit,
    contact: options.contact,
    area: s.area,
    category: s.category,
    ...(s.subcategory !== undefined ? { subcategory: s.subcategory } : {}),
    insightSource: "kav-expiry",
    deliveryTrack: "basis",
    contractType: s.contractType,
    estimatedValue: s.estimatedValue,
    neededBy: s.neededBy,
    existingContractId: contract.id,
    securityGraded: false,
  };
}
